#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sitedesk::pkce {

namespace {

QByteArray randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (char &byte : raw)
        byte = char(generator->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray makeVerifier()
{
    return randomUrlSafe(48);   // 64 characters
}

QByteArray challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeState()
{
    return randomUrlSafe(24);
}

} // namespace sitedesk::pkce
