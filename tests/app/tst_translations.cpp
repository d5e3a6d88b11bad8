// The shipped translations end to end: the real sitedesk binary picks the embedded
// :/i18n/sitedesk_<locale>.qm from the locale named in its environment.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString app()
{
#ifdef SITEDESK_PATH
    return QStringLiteral(SITEDESK_PATH);
#else
    return QStringLiteral("sitedesk");
#endif
}

const QString kEnglish = QStringLiteral("Procore company id.");

// Locale environment variables (name, value) for one run.
using LocaleVars = QList<QPair<QString, QString>>;

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncHelpFollowsTheLocale_data();
    void syncHelpFollowsTheLocale();

private:
    QString syncHelp(const LocaleVars &localeVariables);

    QTemporaryDir m_home;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
}

// Runs `sitedesk sync --help` with only the given locale variables set and returns stdout with
// runs of white space folded, so that help-text wrapping does not matter.
QString TestTranslations::syncHelp(const LocaleVars &localeVariables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Whatever the caller's shell has set must not leak in: LANGUAGE and LC_MESSAGES decide the UI
    // languages of QLocale() before LANG does.
    const QStringList inherited = env.keys();
    for (const QString &key : inherited) {
        if (key == QLatin1String("LANG") || key == QLatin1String("LANGUAGE") || key.startsWith(QLatin1String("LC_")))
            env.remove(key);
    }
    for (const auto &[name, value] : localeVariables)
        env.insert(name, value);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("SITEDESK_ACCESS_TOKEN"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(app(), {QStringLiteral("sync"), QStringLiteral("--help")});
    if (!process.waitForStarted(30000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning("sitedesk did not finish: %s", qPrintable(process.errorString()));
        return {};
    }
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("sitedesk sync --help exited with %d: %s", process.exitCode(), err.constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void TestTranslations::syncHelpFollowsTheLocale_data()
{
    QTest::addColumn<LocaleVars>("environment");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fr") << LocaleVars{{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")},
                                {QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8")},
                                {QStringLiteral("LANGUAGE"), QStringLiteral("fr")}}
                        << QStringLiteral("ID de l'entreprise dans Procore.");
    QTest::newRow("es") << LocaleVars{{QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8")},
                                {QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8")},
                                {QStringLiteral("LANGUAGE"), QStringLiteral("es")}}
                        << QStringLiteral("ID de la empresa en Procore.");
    QTest::newRow("C") << LocaleVars{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                               {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}}
                       << kEnglish;
}

void TestTranslations::syncHelpFollowsTheLocale()
{
    QFETCH(LocaleVars, environment);
    QFETCH(QString, expected);

    const QString help = syncHelp(environment);
    QVERIFY2(!help.isEmpty(), "no help text");
    QVERIFY2(help.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(expected, help)));
    if (expected != kEnglish)
        QVERIFY2(!help.contains(kEnglish), qPrintable(QStringLiteral("still English: %1").arg(help)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
