#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace sitedesk {

class AppSettings;
class CacheDatabase;
class CompaniesModel;
class ProjectListView;
class ProjectsModel;

// Chooses the company and project to work on: a company combo above a searchable project
// table (type to filter, arrows to move, Enter to choose, Esc to close). The choice is
// remembered in AppSettings and announced with projectChosen(). Reads the cache only.
class ProjectPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectPicker)

public:
    // cache may be null (nothing cached yet): the picker then only offers to sync.
    ProjectPicker(CacheDatabase *cache, AppSettings *settings, QWidget *parent = nullptr);
    ~ProjectPicker() override;

    qint64 currentCompanyId() const;
    ProjectListView *listView() const;
    QComboBox *companyCombo() const;
    CompaniesModel *companiesModel() const;
    ProjectsModel *projectsModel() const;

signals:
    void projectChosen(qint64 companyId, qint64 projectId);
    void syncRequested(qint64 companyId);

private:
    void onCompanyChanged(int row);
    void choose(qint64 projectId);
    void selectRememberedCompany();

    AppSettings *m_settings;
    CompaniesModel *m_companies = nullptr;
    ProjectsModel *m_projects = nullptr;
    QComboBox *m_companyCombo;
    ProjectListView *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace sitedesk
