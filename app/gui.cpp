#include "gui.h"

#include "browserlauncher.h"
#include "servicehub.h"

#include "auth/authservice.h"
#include "budget/budgettab.h"
#include "photos/photostab.h"
#include "cache/cachedatabase.h"
#include "dailylog/dailylogattachments.h"
#include "dailylog/dailylogtab.h"
#include "dailylog/dailylogwriter.h"
#include "drawings/drawingstab.h"
#include "main/mainwindow.h"
#include "outbox/outboxindicator.h"
#include "outbox/outboxservice.h"
#include "main/workspacepage.h"
#include "photos/photodownloads.h"
#include "photos/photoeditor.h"
#include "photos/photouploads.h"
#include "photos/thumbnailcache.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "submittals/submittal.h"
#include "submittals/submittalstab.h"
#include "submittals/submittalwriter.h"
#include "startupprobe.h"
#include "uploads/uploadservice.h"
#include "uploads/uploadstore.h"
#include "uploads/uploadspanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>

#include <cstdio>
#include <functional>

namespace sitedesk {

namespace {

QString opt(const char *name) { return QString::fromLatin1(name); }

// Points a tool tab at the window's cache and project when it is shown: a cold start loads only
// the tab the user left open (not 50,000 photos behind the Drawings tab), and a hidden tab
// catches up with project and cache switches the next time it is shown. Changes that come
// together (at start: the window shown, the cache opened, the project announced) are applied
// once, on the next turn of the event loop, so the tab loads its log once, not three times.
class TabSource final : public QObject
{
public:
    TabSource(QWidget *tab, std::function<void()> apply) : QObject(tab), m_apply(std::move(apply)) { tab->installEventFilter(this); }

    void changed()
    {
        m_stale = true;
        if (static_cast<QWidget *>(parent())->isVisible())
            scheduleUpdate();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_stale)
            scheduleUpdate();
        return false;
    }

private:
    void scheduleUpdate()
    {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QMetaObject::invokeMethod(this, [this] {
            m_scheduled = false;
            if (m_stale) {
                m_stale = false;
                m_apply();
            }
        }, Qt::QueuedConnection);
    }

    std::function<void()> m_apply;
    bool m_stale = true;
    bool m_scheduled = false;
};

// Adds a tool tab that shows the window's cache and project: every tab has
// setSource(CacheDatabase *, qint64 projectId) and follows project and cache switches.
template<typename Tab>
Tab *addToolTab(MainWindow &window, Tab *tab, const QString &name, const QString &key)
{
    window.addToolTab(tab, name, key);
    auto *source = new TabSource(tab, [&window, tab] { tab->setSource(window.cache(), window.projectId()); });
    QObject::connect(&window, &MainWindow::projectChanged, source, &TabSource::changed);
    QObject::connect(&window, &MainWindow::cacheChanged, source, &TabSource::changed);
    return tab;
}

// Flags that point the window at a server (the README's demo uses them for the sandbox).
// They are saved, like choosing "Custom server" in Settings.
bool applyServerFlags(QCommandLineParser &parser, AppSettings &settings)
{
    if (!parser.isSet(opt("api-base")) && !parser.isSet(opt("login-base")) && !parser.isSet(opt("client-id")))
        return true;
    ServerConfig config = settings.serverConfig();
    if (parser.isSet(opt("api-base")) || parser.isSet(opt("login-base"))) {
        config.environment = ServerConfig::Environment::Custom;
        config.apiBase = QUrl(parser.value(opt("api-base")));
        config.loginBase = QUrl(parser.isSet(opt("login-base")) ? parser.value(opt("login-base"))
                                                                : parser.value(opt("api-base")));
        config.anyLoopbackPort = true;
    }
    if (parser.isSet(opt("client-id")))
        config.clientId = parser.value(opt("client-id"));
    if (!config.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("Gui", "sitedesk: the server URLs must be http(s) URLs.")));
        return false;
    }
    settings.setServerConfig(config);
    return true;
}

} // namespace

int runGui(QApplication &app)
{
    StartupProbe::installIfAsked(&app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Gui", "Sitedesk: Procore on the desktop, online and offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {opt("api-base"), QCoreApplication::translate("Gui", "Use a custom Procore API base URL."), opt("URL")},
        {opt("login-base"), QCoreApplication::translate("Gui", "Use a custom Procore login base URL."), opt("URL")},
        {opt("client-id"), QCoreApplication::translate("Gui", "OAuth client id of the app registration."), opt("ID")},
        {opt("sign-in"), QCoreApplication::translate("Gui", "Start signing in right away when not signed in.")},
    });
    parser.process(app);

    app.setWindowIcon(QIcon(opt(":/icons/sitedesk.svg")));
    AppSettings settings;
    if (!applyServerFlags(parser, settings))
        return 2;

    ServiceHub hub(&settings, QString());
    hub.auth()->setBrowserLauncher(&openInBrowser);
    Session session(&settings, hub.auth(), hub.api(), hub.sync());
    // The Photos tab's thumbnails and downloads follow the session's cache (built before the
    // window, so they outlive the tab that shows them).
    ThumbnailCache photoThumbnails(hub.network());
    PhotoDownloads photoDownloads(hub.network());
    QObject::connect(&session, &Session::cacheChanged, &photoThumbnails, &ThumbnailCache::setCache);
    QObject::connect(&session, &Session::cacheChanged, &photoDownloads, &PhotoDownloads::setCache);
    photoThumbnails.setCache(session.cache());
    photoDownloads.setCache(session.cache());
    MainWindow window(&settings, hub.auth(), &session, hub.sync(), hub.api());
    QObject::connect(&session, &Session::cacheChanged, hub.outbox(), &OutboxService::setCache);
    hub.outbox()->setCache(session.cache());
    installOutbox(&window, hub.outbox());
    UploadService uploads(hub.api(), hub.network());
    QObject::connect(&session, &Session::cacheChanged, &uploads, &UploadService::setCache);
    uploads.setCache(session.cache());
    uploads.start();
    installUploads(&window, &uploads);
    addToolTab(window, new BudgetTab, QCoreApplication::translate("Gui", "&Budget"), opt("budget"));
    auto *photos = addToolTab(window, new PhotosTab(&photoThumbnails, &photoDownloads), QCoreApplication::translate("Gui", "&Photos"), opt("photos"));
    photos->setEditor(new PhotoEditor(hub.api(), hub.outbox(), photos));
    photos->setApi(hub.api());   // albums kept offline
    photos->setFileCacheLimit(settings.fileCacheLimitBytes());
    // Dropped photos become images in their album (photouploads.h); unreadable files are named.
    QObject::connect(photos, &PhotosTab::uploadRequested, &uploads, [&window, &uploads](qint64 projectId, qint64 albumId, const QStringList &paths) {
        QStringList errors;
        uploads.enqueue({window.companyId(), projectId, photouploads::tool(), albumId}, paths, &errors);
        if (!errors.isEmpty())
            window.workspace()->showNotice(NoticeBar::Kind::Warning, errors.join(QLatin1Char(' ')));
    });
    auto *dailyLog = addToolTab(window, new DailyLogTab, QCoreApplication::translate("Gui", "&Daily Log"), opt("daily_log"));
    dailyLog->setWriter(new DailyLogWriter(hub.outbox(), dailyLog));
    // Files dropped on a daily log entry go to Procore with it; Procore's answer lands in the day view.
    QObject::connect(dailyLog, &DailyLogTab::attachFilesRequested, &uploads,
                     [&window, &uploads](qint64 projectId, const QString &type, qint64 entryId, const QStringList &paths) {
                         QStringList errors;
                         uploads.enqueue({window.companyId(), projectId, dailylogattachments::toolFor(type), entryId}, paths, &errors);
                         if (!errors.isEmpty())
                             window.workspace()->showNotice(NoticeBar::Kind::Warning, errors.join(QLatin1Char(' ')));
                     });
    auto *drawings = new DrawingsTab(hub.api());
    drawings->setFileCacheLimit(settings.fileCacheLimitBytes());
    addToolTab(window, drawings, QCoreApplication::translate("Gui", "Dra&wings"), opt("drawings"));
    auto *submittals = addToolTab(window, new SubmittalsTab(hub.api()), QCoreApplication::translate("Gui", "&Submittals"), opt("submittals"));
    submittals->setWriter(new SubmittalWriter(hub.outbox(), submittals));
    submittals->setCurrentUserId(settings.userId());
    QObject::connect(&settings, &AppSettings::changed, submittals, [submittals, &settings] { submittals->setCurrentUserId(settings.userId()); });
    // Files dropped on a submittal go to Procore and are attached to it; unreadable files are named.
    QObject::connect(submittals, &SubmittalsTab::attachFilesRequested, &uploads,
                     [&window, &uploads](qint64 projectId, qint64 submittalId, const QStringList &paths) {
                         QStringList errors;
                         uploads.enqueue({window.companyId(), projectId, Submittal::tool(), submittalId}, paths, &errors);
                         if (!errors.isEmpty())
                             window.workspace()->showNotice(NoticeBar::Kind::Warning, errors.join(QLatin1Char(' ')));
                     });
    // An attached file shows in the submittal's attachments at once (Procore's record read again).
    QObject::connect(&uploads, &UploadService::entryChanged, submittals, [&uploads, submittals](qint64 id) {
        const auto entry = uploads.store() ? uploads.store()->entry(id) : std::nullopt;
        if (entry && entry->state == UploadEntry::State::Attached && entry->targetTool == Submittal::tool())
            submittals->refreshSubmittal(entry->targetId);
    });
    window.show();

    if (parser.isSet(opt("sign-in"))) {
        QObject::connect(hub.auth(), &AuthService::stateChanged, &window, [&hub](AuthService::State state) {
            static bool asked = false;
            if (state == AuthService::State::SignedOut && !asked) {
                asked = true;
                hub.auth()->signIn();
            }
        });
    }
    session.start();
    return app.exec();
}

} // namespace sitedesk
