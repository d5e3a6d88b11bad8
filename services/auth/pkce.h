#pragma once

#include <QByteArray>

namespace sitedesk::pkce {

// RFC 7636: a 43+ character verifier from the system's secure random generator,
// and its S256 challenge (base64url without padding of SHA-256).
QByteArray makeVerifier();
QByteArray challengeFor(const QByteArray &verifier);
// A random `state` for the authorize request (also from the system generator).
QByteArray makeState();

} // namespace sitedesk::pkce
