#pragma once

#include "common/noticebar.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QComboBox;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace sitedesk {

class AppSettings;
class CacheDatabase;
class CompaniesModel;
class OfflineBanner;
class ProjectListView;
class ProjectsModel;

// What the user works in once data is cached: a toolbar with the company combo and the
// current project (a button opening the picker), the offline banner, a notice bar for
// problems, and one tab per Procore tool. Owns the company and project models of the cache
// it is given; reads and remembers the current company, project and tab in AppSettings.
class WorkspacePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    explicit WorkspacePage(AppSettings *settings, QWidget *parent = nullptr);
    ~WorkspacePage() override;

    // null while no cache is open; the models are rebuilt for each cache.
    void setCache(CacheDatabase *cache);
    // Adds a tool tab; key names it in AppSettings::lastTab ("projects", "drawings", …).
    int addToolTab(QWidget *widget, const QString &name, const QString &key);
    QString currentTabKey() const;

    void setOnline(bool online, const std::optional<QDateTime> &cachedOn);
    void showNotice(NoticeBar::Kind kind, const QString &text);
    void hideNotice();
    // "You are signed out …" with a Sign In button, while cached data is browsed.
    void setSignedOutNoticeVisible(bool visible);

    qint64 companyId() const;
    qint64 projectId() const;
    QString projectTitle() const;   // "1001 Zürich Tower" or empty

    QToolBar *toolBar() const;
    QTabWidget *tabs() const;
    OfflineBanner *offlineBanner() const;
    NoticeBar *noticeBar() const;
    ProjectListView *projectsView() const;
    QComboBox *companyCombo() const;
    QToolButton *projectButton() const;
    void addToolBarAction(QAction *action);

    // After the picker chose: switch the combo, the Projects tab and the button.
    void setCurrentProject(qint64 companyId, qint64 projectId);

signals:
    void projectChanged(qint64 companyId, qint64 projectId);
    // The user opened a project from the list (not a restore or a company switch).
    void projectChosen(qint64 companyId, qint64 projectId);
    void pickProjectRequested();
    void syncRequested();
    void signInRequested();

private:
    void onCompanyActivated(int row);
    void chooseProject(qint64 projectId);
    void syncCompanyCombo();
    void updateProjectButton();
    void onTabChanged(int index);

    AppSettings *m_settings;
    CompaniesModel *m_companies = nullptr;
    ProjectsModel *m_projects = nullptr;
    QToolBar *m_toolBar;
    QComboBox *m_companyCombo;
    QToolButton *m_projectButton;
    OfflineBanner *m_offlineBanner;
    NoticeBar *m_notice;
    NoticeBar *m_signedOutNotice;
    QTabWidget *m_tabs;
    ProjectListView *m_projectsView;
    QString m_wantedTab;
    bool m_addingTab = false;
};

} // namespace sitedesk
