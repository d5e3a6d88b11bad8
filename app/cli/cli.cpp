#include "cli.h"

#include "exportsources.h"
#include "recordwriter.h"
#include "servicehub.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "auth/authservice.h"
#include "cache/cachedatabase.h"
#include "companies/companystore.h"
#include "core/jsonfields.h"
#include "dailylog/dailylogtype.h"
#include "outbox/outboxservice.h"
#include "outbox/outboxstore.h"
#include "projects/projectstore.h"
#include "settings/appsettings.h"
#include "sync/syncengine.h"
#include "sync/toolregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace sitedesk {

namespace {

void writeOut(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &line)
{
    const QByteArray data = line.toUtf8() + '\n';
    std::fwrite(data.constData(), 1, size_t(data.size()), stderr);
    std::fflush(stderr);
}

QString opt(const char *name) { return QString::fromLatin1(name); }

// --from, --to and --type of export --tool daily_log into *scope; the usage problem, or "".
QString dailyLogOptions(const QCommandLineParser &parser, const QString &tool, exportsources::Scope *scope)
{
    const bool given = parser.isSet(opt("from")) || parser.isSet(opt("to")) || parser.isSet(opt("type"));
    if (given && tool != opt("daily_log"))
        return Cli::tr("--from, --to and --type apply to --tool daily_log only.");
    for (const auto &[name, date] : {std::pair{opt("from"), &scope->from}, std::pair{opt("to"), &scope->to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid())
            return Cli::tr("--%1 must be a date YYYY-MM-DD, not \"%2\".").arg(name, parser.value(name));
    }
    if (scope->from.isValid() && scope->to.isValid() && scope->to < scope->from)
        return Cli::tr("--to must not be before --from.");
    if (parser.isSet(opt("type"))) {
        scope->logType = DailyLogType::normalized(parser.value(opt("type")));
        if (scope->logType.isEmpty())
            return Cli::tr("Unknown daily log type \"%1\". Known types: %2.").arg(parser.value(opt("type")), DailyLogType::names().join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

bool Cli::isCommand(const QString &word) { return commands().contains(word); }

QStringList Cli::commands()
{
    return {opt("sync"), opt("export"), opt("companies"), opt("projects"), opt("upload"), opt("offline")};
}

Cli::Cli(QStringList arguments, QObject *parent) : QObject(parent), m_arguments(std::move(arguments)) {}

Cli::~Cli() = default;

void Cli::addCommonOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Sitedesk command line: sync Procore data into the local cache and export it."));
    parser.addHelpOption();
    parser.addPositionalArgument(opt("command"), tr("One of: %1").arg(commands().join(QStringLiteral(", "))));
    parser.addOptions({
        {opt("company"), tr("Procore company id."), opt("ID")},
        {opt("project"), tr("Procore project id."), opt("ID")},
        {opt("tools"), tr("Comma-separated tools to sync (default: all). Known: %1.").arg(ToolRegistry::names().join(QStringLiteral(", "))), opt("LIST")},
        {opt("full"), tr("sync: also read in full what is otherwise read in full every six hours (each drawing area's drawings,"
                         " the submittals' count), to see at once what was deleted in Procore.")},
        {opt("tool"), tr("Tool to export. Known: %1.").arg(exportsources::toolNames().join(QStringLiteral(", "))), opt("NAME")},
        {opt("submittal"), tr("Submittal to attach the files of upload to."), opt("ID")},
        {opt("album"), tr("Photo album (image category) to add the photos of upload to, instead of --submittal."), opt("ID")},
        {opt("set"), tr("Drawing set for offline --tool drawings (default: every current sheet)."), opt("ID")},
        {opt("view"), tr("Budget view id for export --tool budget (default: the project's first view)."), opt("ID")},
        {opt("from"), tr("First day (YYYY-MM-DD) for export --tool daily_log."), opt("DATE")},
        {opt("to"), tr("Last day (YYYY-MM-DD) for export --tool daily_log."), opt("DATE")},
        {opt("type"), tr("Daily log type for export --tool daily_log, e.g. manpower or notes (default: every type)."), opt("TYPE")},
        {opt("format"), tr("Output format: json or csv (export); table, json or csv (companies, projects)."), opt("FORMAT")},
        {opt("api-base"), tr("Procore API base URL, e.g. https://api.procore.com."), opt("URL")},
        {opt("login-base"), tr("Procore login base URL, e.g. https://login.procore.com."), opt("URL")},
        {opt("client-id"), tr("OAuth client id of the app registration."), opt("ID")},
        {opt("data-dir"), tr("Folder of the cache database (default: the signed-in user's cache)."), opt("DIR")},
    });
}

void Cli::start()
{
    if (!parse())
        return;
    m_settings = std::make_unique<AppSettings>();
    ServerConfig config = m_settings->serverConfig();
    if (m_parser.isSet(opt("api-base")) || m_parser.isSet(opt("login-base")))
        config.environment = ServerConfig::Environment::Custom;
    if (m_parser.isSet(opt("api-base")))
        config.apiBase = QUrl(m_parser.value(opt("api-base")));
    if (m_parser.isSet(opt("login-base")))
        config.loginBase = QUrl(m_parser.value(opt("login-base")));
    if (config.loginBase.isEmpty())
        config.loginBase = config.apiBase;
    if (m_parser.isSet(opt("client-id")))
        config.clientId = m_parser.value(opt("client-id"));
    for (const QUrl &url : {config.apiBase, config.loginBase}) {
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != opt("http") && url.scheme() != opt("https")))
            return usageError(tr("Not a valid http(s) URL: %1").arg(url.toString()));
    }
    m_accountKey = config.accountKey();

    m_hub = new ServiceHub(m_settings.get(), qEnvironmentVariable("SITEDESK_ACCESS_TOKEN"), this);
    // Flags apply to this run only; the window's saved settings stay as they are.
    m_hub->auth()->setServerConfig(config);
    m_hub->api()->setApiBase(config.apiBase);

    if (m_command == opt("sync"))
        runSync();
    else if (m_command == opt("export"))
        runExport();
    else if (m_command == opt("upload"))
        runUpload();
    else if (m_command == opt("offline"))
        runOffline();
    else
        runList(m_command);
}

bool Cli::parse()
{
    addCommonOptions(m_parser);
    if (!m_parser.parse(m_arguments)) {
        usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(opt("help"))) {
        writeOut(m_parser.helpText().toUtf8());
        emit finished(Success);
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    // upload takes its files as further arguments; every other command stands alone.
    if (positional.isEmpty() || !isCommand(positional.first()) || (positional.size() != 1 && positional.first() != opt("upload"))) {
        usageError(tr("Expected one command: %1.").arg(commands().join(QStringLiteral(", "))));
        return false;
    }
    m_command = positional.first();
    return true;
}

qint64 Cli::idOption(const QString &name, bool *ok)
{
    if (!m_parser.isSet(name)) {
        *ok = true;
        return 0;
    }
    const qint64 id = m_parser.value(name).toLongLong(ok);
    if (!*ok || id <= 0) {
        *ok = false;
        usageError(tr("--%1 needs a numeric Procore id, not \"%2\".").arg(name, m_parser.value(name)));
    }
    return id;
}

void Cli::runSync()
{
    bool ok = false;
    const qint64 companyId = idOption(opt("company"), &ok);
    if (!ok)
        return;
    const qint64 projectId = idOption(opt("project"), &ok);
    if (!ok)
        return;
    if (companyId == 0)
        return usageError(tr("sync needs --company ID."));
    QStringList tools;
    if (m_parser.isSet(opt("tools"))) {
        tools = m_parser.value(opt("tools")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &tool : tools) {
            tool = tool.trimmed();
            const ToolRegistry::Entry *entry = ToolRegistry::find(tool);
            if (!entry)
                return usageError(tr("Unknown tool \"%1\". Known tools: %2.").arg(tool, ToolRegistry::names().join(QStringLiteral(", "))));
            if (entry->scope == ToolSync::Scope::Project && projectId == 0)
                return usageError(tr("The tool \"%1\" needs --project ID.").arg(tool));
        }
    }
    withToken([=, this] {
        withCache(true, [=, this](CacheDatabase &) {
            sendOutbox([=, this] { sync(tools, companyId, projectId, [this] { succeed(); }); });
        });
    });
}

void Cli::runExport()
{
    const QString tool = m_parser.value(opt("tool"));
    if (tool.isEmpty())
        return usageError(tr("export needs --tool NAME (%1).").arg(exportsources::toolNames().join(QStringLiteral(", "))));
    if (!exportsources::toolNames().contains(tool))
        return usageError(tr("Unknown tool \"%1\". Exportable tools: %2.").arg(tool, exportsources::toolNames().join(QStringLiteral(", "))));
    const QString format = m_parser.value(opt("format")).isEmpty() ? opt("json") : m_parser.value(opt("format"));
    if (format != opt("json") && format != opt("csv"))
        return usageError(tr("--format must be json or csv, not \"%1\".").arg(format));
    bool ok = false;
    const qint64 companyId = idOption(opt("company"), &ok);
    if (!ok)
        return;
    const qint64 projectId = idOption(opt("project"), &ok);
    if (!ok)
        return;
    if (exportsources::needsCompany(tool) && companyId == 0)
        return usageError(tr("Exporting %1 needs --company ID.").arg(tool));
    if (exportsources::needsProject(tool) && projectId == 0)
        return usageError(tr("Exporting %1 needs --project ID.").arg(tool));
    const qint64 viewId = idOption(opt("view"), &ok);
    if (!ok)
        return;
    if (viewId != 0 && tool != opt("budget"))
        return usageError(tr("--view applies to --tool budget only."));

    exportsources::Scope scope{companyId, projectId, viewId};
    const QString optionsProblem = dailyLogOptions(m_parser, tool, &scope);
    if (!optionsProblem.isEmpty())
        return usageError(optionsProblem);

    withCache(false, [=, this](CacheDatabase &cache) {
        const QString problem = exportsources::scopeProblem(cache, tool, scope);
        if (!problem.isEmpty())
            return fail(problem);
        const auto records = exportsources::records(cache, tool, scope);
        writeOut(format == opt("csv") ? recordwriter::toCsv(*records) : recordwriter::toJson(*records));
        succeed();
    });
}

void Cli::runList(const QString &tool)
{
    bool ok = false;
    const qint64 companyId = idOption(opt("company"), &ok);
    if (!ok)
        return;
    if (tool == opt("projects") && companyId == 0)
        return usageError(tr("projects needs --company ID."));
    const QString format = m_parser.value(opt("format")).isEmpty() ? opt("table") : m_parser.value(opt("format"));
    if (format != opt("table") && format != opt("json") && format != opt("csv"))
        return usageError(tr("--format must be table, json or csv, not \"%1\".").arg(format));

    withToken([=, this] {
        withCache(true, [=, this](CacheDatabase &cache) {
            sync({tool}, companyId, 0, [=, this, &cache] {
                const auto records = *exportsources::records(cache, tool, {companyId, 0});
                if (format == opt("json")) {
                    writeOut(recordwriter::toJson(records));
                } else if (format == opt("csv")) {
                    writeOut(recordwriter::toCsv(records));
                } else {
                    QByteArray table;
                    for (const QJsonObject &record : records) {
                        QStringList cells{QString::number(json::toId(record.value(opt("id"))))};
                        if (tool == opt("projects"))
                            cells << json::toText(record.value(opt("project_number")));
                        cells << json::toText(record.value(opt("name")));
                        table += cells.join(QLatin1Char('\t')).toUtf8() + '\n';
                    }
                    writeOut(table);
                }
                succeed();
            });
        });
    });
}

void Cli::withToken(std::function<void()> next)
{
    if (m_hub->usesTokenOverride())
        return next();
    AuthService *auth = m_hub->auth();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(auth, &AuthService::stateChanged, this, [=, this](AuthService::State state) {
        if (state == AuthService::State::Restoring)
            return;
        disconnect(*connection);
        if (state == AuthService::State::SignedIn)
            return next();
        fail(tr("Not signed in to %1. Sign in with the Sitedesk window first, or set SITEDESK_ACCESS_TOKEN.")
                 .arg(auth->serverConfig().loginBase.toString()));
    });
    auth->restoreSession();
}

void Cli::withCache(bool needUser, std::function<void(CacheDatabase &)> next)
{
    auto open = [=, this](const QString &path) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_cache = new CacheDatabase(path, this);
        switch (m_cache->open()) {
        case CacheDatabase::OpenStatus::Failed:
        case CacheDatabase::OpenStatus::TooNew:
            return fail(m_cache->errorText());
        case CacheDatabase::OpenStatus::RebuiltCorrupt:
            writeErr(m_cache->errorText());
            break;
        default:
            break;
        }
        next(*m_cache);
    };
    if (m_parser.isSet(opt("data-dir")))
        return open(QDir(m_parser.value(opt("data-dir"))).absoluteFilePath(opt("sitedesk.sqlite")));
    const qint64 userId = m_settings->userIdFor(m_accountKey);
    if (userId != 0)
        return open(m_settings->cacheDatabasePath(m_accountKey, userId));
    if (!needUser)
        return fail(tr("Nothing is cached for %1 yet. Run \"sitedesk sync\" first, or pass --data-dir.").arg(m_accountKey));

    // First run for this account: learn who is signed in to name their cache folder.
    ApiReply *reply = m_hub->api()->send(ApiRequest::get(opt("/rest/v1.0/me")));
    connect(reply, &ApiReply::finished, this, [=, this] {
        reply->deleteLater();
        if (reply->error())
            return fail(reply->error().userMessage());
        const QJsonObject me = reply->json().object();
        const qint64 id = json::toId(me.value(opt("id")));
        if (id == 0)
            return fail(tr("Procore did not say who is signed in."));
        m_settings->setUserFor(m_accountKey, id, json::toText(me.value(opt("name"))));
        open(m_settings->cacheDatabasePath(m_accountKey, id));
    });
}

// Changes made offline (in the window) go to Procore before the sync reads it back, so the
// sync brings their server versions home. Refused or conflicting changes stay for the user.
void Cli::sendOutbox(std::function<void()> next)
{
    if (OutboxStore(*m_cache).count() == 0)
        return next();
    OutboxService *outbox = m_hub->outbox();
    auto sent = std::make_shared<int>(0);
    connect(outbox, &OutboxService::sent, this, [sent] { ++*sent; });
    connect(outbox, &OutboxService::idle, this, [=, this] {
        disconnect(outbox, nullptr, this, nullptr);
        const int waiting = OutboxStore(*m_cache).count();
        writeErr(tr("Sent %1 change(s) to Procore.").arg(*sent));
        if (waiting > 0)
            writeErr(tr("%1 change(s) still wait; open the Outbox in Sitedesk to see why.").arg(waiting));
        next();
    });
    outbox->setCache(m_cache);
}

void Cli::sync(const QStringList &tools, qint64 companyId, qint64 projectId, std::function<void()> next)
{
    SyncEngine *engine = m_hub->sync();
    engine->setCache(m_cache);
    connect(engine, &SyncEngine::progress, this, [](int percent, const QString &text) {
        writeErr(QStringLiteral("[%1%] %2").arg(percent, 3).arg(text));
    });
    connect(engine, &SyncEngine::finished, this, [=, this](const SyncEngine::Summary &summary) {
        writeErr(tr("%1 (%n request(s))", nullptr, summary.requests).arg(summary.message()));
        if (summary.ok())
            return next();
        fail(summary.errors.isEmpty() ? summary.message() : summary.errors.first().userMessage());
    });
    const auto depth = m_parser.isSet(opt("full")) ? SyncEngine::Depth::Everything : SyncEngine::Depth::Changes;
    if (!engine->start(companyId, projectId, tools, depth))
        fail(tr("Could not start the sync."));
}

void Cli::usageError(const QString &message)
{
    writeErr(tr("sitedesk: %1").arg(message));
    writeErr(tr("Try \"sitedesk --help\" or \"sitedesk COMMAND --help\"."));
    emit finished(UsageError);
}

void Cli::fail(const QString &message)
{
    writeErr(tr("sitedesk: %1").arg(message));
    emit finished(Failure);
}

void Cli::succeed()
{
    emit finished(Success);
}

} // namespace sitedesk
