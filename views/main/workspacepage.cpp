#include "main/workspacepage.h"

#include "common/icons.h"
#include "companies/companiesmodel.h"
#include "main/offlinebanner.h"
#include "projects/projectlistview.h"
#include "projects/projectsmodel.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sitedesk {

WorkspacePage::WorkspacePage(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_toolBar(new QToolBar(tr("Project"), this))
    , m_companyCombo(new QComboBox(this))
    , m_projectButton(new QToolButton(this))
    , m_offlineBanner(new OfflineBanner(this))
    , m_notice(new NoticeBar(this))
    , m_signedOutNotice(new NoticeBar(this))
    , m_tabs(new QTabWidget(this))
    , m_projectsView(new ProjectListView(this))
    , m_wantedTab(settings->lastTab())
{
    m_companyCombo->setObjectName(QStringLiteral("companyCombo"));
    m_companyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_companyCombo->setMinimumContentsLength(16);
    m_companyCombo->setToolTip(tr("Company"));
    m_companyCombo->setAccessibleName(tr("Company"));
    m_projectButton->setObjectName(QStringLiteral("projectButton"));
    m_projectButton->setIcon(Icons::project());
    m_projectButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_projectButton->setToolTip(tr("Choose another project (Ctrl+O)"));
    m_projectButton->setAccessibleName(tr("Project"));

    auto *companyLabel = new QLabel(tr("Co&mpany:"), this);
    companyLabel->setBuddy(m_companyCombo);
    m_toolBar->setObjectName(QStringLiteral("projectToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(companyLabel);
    m_toolBar->addWidget(m_companyCombo);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_projectButton);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    m_offlineBanner->hide();
    m_notice->setObjectName(QStringLiteral("workspaceNotice"));
    m_notice->setCloseable(true);
    m_notice->hide();
    m_signedOutNotice->setObjectName(QStringLiteral("signedOutNotice"));
    m_signedOutNotice->setKind(NoticeBar::Kind::Information);
    m_signedOutNotice->setText(tr("You are signed out. Cached data is shown; sign in to sync."));
    connect(m_signedOutNotice->addActionButton(tr("Sign &In…")), &QToolButton::clicked, this,
            &WorkspacePage::signInRequested);
    m_signedOutNotice->hide();
    m_tabs->setObjectName(QStringLiteral("toolTabs"));
    m_tabs->setDocumentMode(true);
    m_projectsView->setShowUpdated(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_offlineBanner);
    layout->addWidget(m_signedOutNotice);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);

    connect(m_companyCombo, &QComboBox::activated, this, &WorkspacePage::onCompanyActivated);
    connect(m_projectButton, &QToolButton::clicked, this, &WorkspacePage::pickProjectRequested);
    connect(m_projectsView, &ProjectListView::projectActivated, this, &WorkspacePage::chooseProject);
    connect(m_projectsView, &ProjectListView::syncRequested, this, &WorkspacePage::syncRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, &WorkspacePage::onTabChanged);

    addToolTab(m_projectsView, tr("&Projects"), QStringLiteral("projects"));
    updateProjectButton();
}

WorkspacePage::~WorkspacePage() = default;

void WorkspacePage::setCache(CacheDatabase *cache)
{
    // The list view lets go first; the combo notices its model's destruction by itself.
    m_projectsView->setModel(nullptr);
    delete m_companies;
    delete m_projects;
    m_companies = nullptr;
    m_projects = nullptr;
    if (cache) {
        m_companies = new CompaniesModel(*cache, this);
        m_projects = new ProjectsModel(*cache, this);
        m_companyCombo->setModel(m_companies);
        m_projectsView->setModel(m_projects);
        // A sync may bring the first companies, or replace them.
        connect(m_companies, &QAbstractItemModel::modelReset, this, &WorkspacePage::syncCompanyCombo);
        connect(m_companies, &QAbstractItemModel::rowsInserted, this, &WorkspacePage::syncCompanyCombo);
        connect(m_projects, &QAbstractItemModel::modelReset, this, &WorkspacePage::updateProjectButton);
    }
    syncCompanyCombo();
}

int WorkspacePage::addToolTab(QWidget *widget, const QString &name, const QString &key)
{
    m_addingTab = true;   // the first tab becomes current by itself; that is not a choice
    const int index = m_tabs->addTab(widget, name);
    m_tabs->tabBar()->setTabData(index, key);
    m_addingTab = false;
    if (key == m_wantedTab)
        m_tabs->setCurrentIndex(index);
    return index;
}

QString WorkspacePage::currentTabKey() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 ? m_tabs->tabBar()->tabData(index).toString() : QString();
}

void WorkspacePage::setOnline(bool online, const std::optional<QDateTime> &cachedOn)
{
    m_offlineBanner->setCachedOn(cachedOn);
    m_offlineBanner->setVisible(!online);
}

void WorkspacePage::showNotice(NoticeBar::Kind kind, const QString &text)
{
    m_notice->showNotice(kind, text);
}

void WorkspacePage::hideNotice()
{
    m_notice->hide();
}

void WorkspacePage::setSignedOutNoticeVisible(bool visible)
{
    m_signedOutNotice->setVisible(visible);
}

qint64 WorkspacePage::companyId() const
{
    return m_settings->lastCompanyId();
}

qint64 WorkspacePage::projectId() const
{
    return m_settings->lastProjectId();
}

QString WorkspacePage::projectTitle() const
{
    if (!m_projects)
        return {};
    const int row = m_projects->rowForProject(projectId());
    if (row < 0)
        return {};
    const QString number = m_projects->index(row, ProjectsModel::Number).data().toString();
    const QString name = m_projects->index(row, ProjectsModel::Name).data().toString();
    return number.isEmpty() ? name : tr("%1 %2").arg(number, name);
}

QToolBar *WorkspacePage::toolBar() const { return m_toolBar; }
QTabWidget *WorkspacePage::tabs() const { return m_tabs; }
OfflineBanner *WorkspacePage::offlineBanner() const { return m_offlineBanner; }
NoticeBar *WorkspacePage::noticeBar() const { return m_notice; }
ProjectListView *WorkspacePage::projectsView() const { return m_projectsView; }
QComboBox *WorkspacePage::companyCombo() const { return m_companyCombo; }
QToolButton *WorkspacePage::projectButton() const { return m_projectButton; }

void WorkspacePage::addToolBarAction(QAction *action)
{
    m_toolBar->addAction(action);
}

void WorkspacePage::setCurrentProject(qint64 companyId, qint64 projectId)
{
    m_settings->setLastCompanyId(companyId);
    m_settings->setLastProjectId(projectId);
    syncCompanyCombo();
    m_projectsView->selectProject(projectId);
    emit projectChanged(companyId, projectId);
}

void WorkspacePage::onCompanyActivated(int row)
{
    if (!m_companies || row < 0)
        return;
    const qint64 id = m_companies->companyId(row);
    if (id == companyId())
        return;
    m_settings->setLastCompanyId(id);
    m_projects->setCompanyId(id);
    // The remembered project belongs to the previous company: nothing is chosen now.
    if (m_projects->rowForProject(projectId()) < 0)
        m_settings->setLastProjectId(0);
    updateProjectButton();
    emit projectChanged(id, projectId());
}

void WorkspacePage::chooseProject(qint64 projectId)
{
    setCurrentProject(companyId(), projectId);
    emit projectChosen(companyId(), projectId);
}

void WorkspacePage::syncCompanyCombo()
{
    if (m_companies && m_companies->rowCount() > 0) {
        int row = m_companies->rowForCompany(companyId());
        if (row < 0) {
            // Nothing remembered yet (first sync): start with the user's own company, as the
            // session does when the first sync ends.
            row = m_companies->preferredRow();
            m_settings->setLastCompanyId(m_companies->companyId(row));
        }
        m_companyCombo->setCurrentIndex(row);
        m_projects->setCompanyId(companyId());
        m_projectsView->selectProject(projectId());
    }
    m_companyCombo->setEnabled(m_companies && m_companies->rowCount() > 0);
    updateProjectButton();
}

void WorkspacePage::updateProjectButton()
{
    const QString title = projectTitle();
    m_projectButton->setText(title.isEmpty() ? tr("Choose a Project…") : title);
}

void WorkspacePage::onTabChanged(int index)
{
    if (m_addingTab || index < 0)
        return;
    const QString key = m_tabs->tabBar()->tabData(index).toString();
    m_settings->setLastTab(key);
    m_wantedTab = key;
}

} // namespace sitedesk
