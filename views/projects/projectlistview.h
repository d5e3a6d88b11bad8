#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace sitedesk {

class ProjectFilterModel;
class ProjectsModel;

// A search field over a table of one company's projects, filtering as the user types; the
// body of the project picker and of the workspace's Projects tab. Up/Down/Page keys in the
// search field move through the table; Enter or a double click activates the current project.
// When there is nothing to show, a sentence says why instead of an empty grid.
class ProjectListView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListView)

public:
    explicit ProjectListView(QWidget *parent = nullptr);

    // Not owned; may be null (no cache).
    void setModel(ProjectsModel *model);
    ProjectsModel *model() const;
    ProjectFilterModel *filterModel() const;
    QLineEdit *searchField() const;
    QTableView *table() const;

    qint64 currentProjectId() const;   // 0 when none
    void selectProject(qint64 projectId);
    void setSearchText(const QString &text);
    // Also shows the "Updated" column (the Projects tab has room for it; the picker not).
    void setShowUpdated(bool show);

signals:
    void projectActivated(qint64 projectId);
    void currentProjectChanged(qint64 projectId);
    void syncRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSearchEdited(const QString &text);
    void ensureCurrentRow();
    void updateEmptyState();
    void activateCurrent();
    void applyColumnVisibility();

    ProjectsModel *m_model = nullptr;
    ProjectFilterModel *m_filter;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QWidget *m_emptyPage;
    QLabel *m_emptyText;
    QPushButton *m_syncNow;
    bool m_showUpdated = false;
    qint64 m_wantedProject = 0;   // kept current across reloads of the model
};

} // namespace sitedesk
