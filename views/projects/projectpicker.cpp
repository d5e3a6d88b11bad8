#include "projects/projectpicker.h"

#include "cache/cachedatabase.h"
#include "companies/companiesmodel.h"
#include "projects/projectlistview.h"
#include "projects/projectsmodel.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QTableView>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitedesk {

ProjectPicker::ProjectPicker(CacheDatabase *cache, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_companyCombo(new QComboBox(this))
    , m_list(new ProjectListView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Choose a Project"));
    setObjectName(QStringLiteral("projectPicker"));
    m_companyCombo->setObjectName(QStringLiteral("pickerCompanyCombo"));
    m_companyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_buttons->button(QDialogButtonBox::Open)->setText(tr("&Open Project"));

    if (cache) {
        m_companies = new CompaniesModel(*cache, this);
        m_projects = new ProjectsModel(*cache, this);
        m_companyCombo->setModel(m_companies);
        m_list->setModel(m_projects);
    }
    m_companyCombo->setEnabled(m_companies && m_companies->rowCount() > 0);

    auto *companyLabel = new QLabel(tr("&Company:"), this);
    companyLabel->setBuddy(m_companyCombo);
    auto *top = new QFormLayout;
    top->addRow(companyLabel, m_companyCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(640, 420);

    connect(m_companyCombo, &QComboBox::currentIndexChanged, this, &ProjectPicker::onCompanyChanged);
    connect(m_list, &ProjectListView::projectActivated, this, &ProjectPicker::choose);
    connect(m_list, &ProjectListView::currentProjectChanged, this, [this](qint64 id) {
        m_buttons->button(QDialogButtonBox::Open)->setEnabled(id != 0);
    });
    connect(m_list, &ProjectListView::syncRequested, this,
            [this] { emit syncRequested(currentCompanyId()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { choose(m_list->currentProjectId()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    selectRememberedCompany();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(m_list->currentProjectId() != 0);
    setTabOrder(m_companyCombo, m_list->searchField());
    setTabOrder(m_list->searchField(), m_list->table());
    m_list->searchField()->setFocus();
}

ProjectPicker::~ProjectPicker() = default;

qint64 ProjectPicker::currentCompanyId() const
{
    const int row = m_companyCombo->currentIndex();
    return m_companies && row >= 0 ? m_companies->companyId(row) : 0;
}

ProjectListView *ProjectPicker::listView() const
{
    return m_list;
}

QComboBox *ProjectPicker::companyCombo() const
{
    return m_companyCombo;
}

CompaniesModel *ProjectPicker::companiesModel() const
{
    return m_companies;
}

ProjectsModel *ProjectPicker::projectsModel() const
{
    return m_projects;
}

void ProjectPicker::onCompanyChanged(int row)
{
    if (!m_projects)
        return;
    m_projects->setCompanyId(row >= 0 ? m_companies->companyId(row) : 0);
    m_list->selectProject(m_settings->lastProjectId());
}

void ProjectPicker::choose(qint64 projectId)
{
    const qint64 companyId = currentCompanyId();
    if (projectId == 0 || companyId == 0)
        return;
    m_settings->setLastCompanyId(companyId);
    m_settings->setLastProjectId(projectId);
    emit projectChosen(companyId, projectId);
    accept();
}

void ProjectPicker::selectRememberedCompany()
{
    if (!m_companies || m_companies->rowCount() == 0)
        return;
    const int remembered = m_companies->rowForCompany(m_settings->lastCompanyId());
    const int row = remembered >= 0 ? remembered : 0;
    if (m_companyCombo->currentIndex() == row)
        onCompanyChanged(row);   // the combo picked row 0 itself when the model was set
    else
        m_companyCombo->setCurrentIndex(row);
}

} // namespace sitedesk
