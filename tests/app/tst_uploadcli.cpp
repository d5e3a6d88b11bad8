// `sitedesk upload` end to end: the real binary against the sandbox, real files in a
// temporary folder; exit codes, a line per failed file, and a resumed upload on a second run.
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 kCompany = Q_INT64_C(562949953421312);
constexpr qint64 kProject = Q_INT64_C(562949953600000);

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

QString app()
{
#ifdef SITEDESK_PATH
    return QStringLiteral(SITEDESK_PATH);
#else
    return QStringLiteral("sitedesk");
#endif
}

} // namespace

class TestUploadCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filesAreAttachedToTheSubmittal();
    void missingFileFailsWithItsName();
    void secondRunResumesAnInterruptedUpload();

private:
    Run upload(const QStringList &files);
    QString writeFile(const QString &name, qint64 size);
    QStringList attachmentNames();

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_token;
    qint64 m_submittalId = 0;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    QTemporaryDir m_files;
};

void TestUploadCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY(m_sandbox->isRunning());
    m_token = m_sandbox->issueTokens().access;
    const QJsonArray log = m_sandbox->listAll(QStringLiteral("/rest/v1.1/projects/%1/submittals").arg(kProject), m_token, kCompany);
    QVERIFY(!log.isEmpty());
    m_submittalId = log.first().toObject().value(QStringLiteral("id")).toInteger();
}

Run TestUploadCli::upload(const QStringList &files)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("SITEDESK_ACCESS_TOKEN"), m_token);
    process.setProcessEnvironment(env);
    process.start(app(), QStringList{QStringLiteral("upload"), QStringLiteral("--company"), QString::number(kCompany),
                                     QStringLiteral("--project"), QString::number(kProject), QStringLiteral("--submittal"),
                                     QString::number(m_submittalId), QStringLiteral("--data-dir"), m_data.path(),
                                     QStringLiteral("--api-base"), m_sandbox->baseUrl().toString()} + files);
    process.waitForFinished(180000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardError()};
}

QString TestUploadCli::writeFile(const QString &name, qint64 size)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QByteArray block(1024 * 1024, 'x');
    for (qint64 left = size; left > 0; left -= block.size())
        file.write(block.left(std::min<qint64>(left, block.size())));
    return file.fileName();
}

QStringList TestUploadCli::attachmentNames()
{
    const QString path = QStringLiteral("/rest/v1.1/projects/%1/submittals/%2").arg(kProject).arg(m_submittalId);
    QStringList names;
    for (const QJsonValue &value : m_sandbox->get(path, m_token, kCompany).json().object().value(QStringLiteral("associated_attachments")).toArray())
        names.append(value.toObject().value(QStringLiteral("filename")).toString());
    return names;
}

void TestUploadCli::filesAreAttachedToTheSubmittal()
{
    const Run run = upload({writeFile(QStringLiteral("cover letter.pdf"), 40 * 1024), writeFile(QStringLiteral("samples.zip"), 11 * 1024 * 1024)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("samples.zip: attached"));
    QVERIFY(attachmentNames().contains(QStringLiteral("cover letter.pdf")));
    QVERIFY(attachmentNames().contains(QStringLiteral("samples.zip")));
}

void TestUploadCli::missingFileFailsWithItsName()
{
    const QString missing = m_files.filePath(QStringLiteral("not-there.pdf"));
    const Run run = upload({writeFile(QStringLiteral("present.pdf"), 1000), missing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("not-there.pdf: not a readable file"), run.err.constData());
    QVERIFY(attachmentNames().contains(QStringLiteral("present.pdf")));
}

void TestUploadCli::secondRunResumesAnInterruptedUpload()
{
    const QString file = writeFile(QStringLiteral("resumed.bin"), 12 * 1024 * 1024);
    // The storage keeps dropping connections: the first run gives up waiting for the network.
    m_sandbox->injectFault(QStringLiteral("drop"), 40, QStringLiteral("/__storage/"));
    const Run first = upload({file});
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.err.contains("resumed.bin: not attached"), first.err.constData());
    QVERIFY(!attachmentNames().contains(QStringLiteral("resumed.bin")));
    m_sandbox->clearFaults();
    const Run second = upload({file});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(attachmentNames().count(QStringLiteral("resumed.bin")), 1);
}

QTEST_GUILESS_MAIN(TestUploadCli)
#include "tst_uploadcli.moc"
