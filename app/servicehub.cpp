#include "servicehub.h"

#include "api/apiclient.h"
#include "api/tokensource.h"
#include "auth/authservice.h"
#include "auth/tokenstore.h"
#include "dailylog/dailylogattachments.h"
#include "dailylog/dailylogwriter.h"
#include "outbox/outboxservice.h"
#include "photos/photoeditor.h"
#include "photos/photouploads.h"
#include "settings/appsettings.h"
#include "submittals/submittalwriter.h"
#include "sync/syncengine.h"

#include <QNetworkAccessManager>

namespace sitedesk {

ServiceHub::ServiceHub(AppSettings *settings, const QString &tokenOverride, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_network(new QNetworkAccessManager(this)),
      m_tokenStore(new TokenStore(QStringLiteral("Sitedesk"), this)),
      m_auth(new AuthService(m_network, m_tokenStore, this))
{
    if (!tokenOverride.isEmpty())
        m_override = new StaticTokenSource(tokenOverride, this);
    m_api = new ApiClient(m_network, m_override ? m_override : static_cast<TokenSource *>(m_auth), this);
    m_sync = new SyncEngine(m_api, this);
    m_outbox = new OutboxService(m_api, this);
    DailyLogWriter::registerApplier();   // sent daily log changes land in the day view at once
    SubmittalWriter::registerApplier();  // and sent submittal edits in the log
    photouploads::registerAttacher();    // uploaded photos become images in their album
    dailylogattachments::registerAttachers();   // files dropped on a daily log entry join it
    PhotoEditor::registerApplier();      // sent photo edits land in the grid at once
    // A finished sync means Procore answered: a good moment to send what waits.
    connect(m_sync, &SyncEngine::finished, m_outbox, &OutboxService::flush);
    applyServerConfig();
    connect(m_settings, &AppSettings::serverConfigChanged, this, &ServiceHub::applyServerConfig);
}

ServiceHub::~ServiceHub() = default;

void ServiceHub::applyServerConfig()
{
    const ServerConfig config = m_settings->serverConfig();
    m_auth->setServerConfig(config);
    m_api->setApiBase(config.apiBase);
}

} // namespace sitedesk
