#include "cache/migrations.h"

#include "cache/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sitedesk::migrations {

namespace {

// v1: companies, projects and the per-tool sync bookkeeping. Typed columns serve sorting and
// searching; `raw` keeps Procore's JSON verbatim (compact) for export and for later fields.
Migration version1()
{
    return {1, QStringLiteral("companies, projects, sync_state"),
            {QStringLiteral("CREATE TABLE companies ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " is_active INTEGER NOT NULL DEFAULT 1,"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX companies_by_name ON companies(name COLLATE NOCASE)"),
             // No foreign key to companies: a project may be cached before its company list
             // (CLI sync of one project); CompanyStore removes projects of dropped companies.
             QStringLiteral("CREATE TABLE projects ("
                            " id INTEGER PRIMARY KEY,"
                            " company_id INTEGER NOT NULL,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " display_name TEXT NOT NULL DEFAULT '',"
                            " project_number TEXT NOT NULL DEFAULT '',"
                            " city TEXT NOT NULL DEFAULT '',"
                            " stage TEXT NOT NULL DEFAULT '',"
                            " active INTEGER NOT NULL DEFAULT 1,"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX projects_by_company"
                            " ON projects(company_id, display_name COLLATE NOCASE)"),
             QStringLiteral("CREATE TABLE sync_state ("
                            " scope_id INTEGER NOT NULL,"
                            " tool TEXT NOT NULL,"
                            " last_success TEXT,"
                            " watermark TEXT NOT NULL DEFAULT '',"
                            " last_error TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (scope_id, tool)) WITHOUT ROWID")},
            {}};
}

// v2: the Budget tool. Amounts are exact decimal text ("-1234.50", never a REAL): a view's
// detail rows keep one such text per column id in `amounts` (JSON object), so a view's
// configured columns need no schema change. A view's columns and rows are replaced together.
Migration version2()
{
    return {2, QStringLiteral("budget views, columns, detail rows, modifications, direct costs"),
            {QStringLiteral("CREATE TABLE budget_views ("
                            " project_id INTEGER NOT NULL,"
                            " id INTEGER NOT NULL,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " description TEXT NOT NULL DEFAULT '',"
                            " role TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}',"
                            " PRIMARY KEY (project_id, id)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE budget_view_columns ("
                            " project_id INTEGER NOT NULL,"
                            " view_id INTEGER NOT NULL,"
                            " column_id TEXT NOT NULL,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " position INTEGER NOT NULL DEFAULT 0,"
                            " type TEXT NOT NULL DEFAULT '',"
                            " aggregatable INTEGER NOT NULL DEFAULT 0,"
                            " groupable INTEGER NOT NULL DEFAULT 0,"
                            " raw TEXT NOT NULL DEFAULT '{}',"
                            " PRIMARY KEY (project_id, view_id, column_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE budget_detail_rows ("
                            " project_id INTEGER NOT NULL,"
                            " view_id INTEGER NOT NULL,"
                            " row_key TEXT NOT NULL,"
                            " ordinal INTEGER NOT NULL DEFAULT 0,"
                            " line_item_id INTEGER NOT NULL DEFAULT 0,"
                            " division_id INTEGER NOT NULL DEFAULT 0,"
                            " division TEXT NOT NULL DEFAULT '',"
                            " cost_code_id INTEGER NOT NULL DEFAULT 0,"
                            " cost_code TEXT NOT NULL DEFAULT '',"
                            " cost_type TEXT NOT NULL DEFAULT '',"
                            " description TEXT NOT NULL DEFAULT '',"
                            " currency TEXT NOT NULL DEFAULT '',"
                            " amounts TEXT NOT NULL DEFAULT '{}',"
                            " raw TEXT NOT NULL DEFAULT '{}',"
                            " PRIMARY KEY (project_id, view_id, row_key))"),
             QStringLiteral("CREATE TABLE budget_modifications ("
                            " id INTEGER PRIMARY KEY,"
                            " project_id INTEGER NOT NULL,"
                            " from_line_item_id INTEGER NOT NULL DEFAULT 0,"
                            " to_line_item_id INTEGER NOT NULL DEFAULT 0,"
                            " amount TEXT NOT NULL DEFAULT '0',"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX budget_modifications_by_project ON budget_modifications(project_id, created_at)"),
             QStringLiteral("CREATE TABLE direct_costs ("
                            " id INTEGER PRIMARY KEY,"
                            " project_id INTEGER NOT NULL,"
                            " direct_cost_type TEXT NOT NULL DEFAULT '',"
                            " direct_cost_date TEXT NOT NULL DEFAULT '',"
                            " vendor TEXT NOT NULL DEFAULT '',"
                            " invoice_number TEXT NOT NULL DEFAULT '',"
                            " status TEXT NOT NULL DEFAULT '',"
                            " description TEXT NOT NULL DEFAULT '',"
                            " amount TEXT NOT NULL DEFAULT '0',"
                            " currency TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX direct_costs_by_project ON direct_costs(project_id, direct_cost_date)")},
            {}};
}

// v3: the Daily Log tool. Every log type (manpower_logs, notes_logs, … timecard_entries) in
// one table: typed columns for what the day view, totals and filters read, `raw` for the rest.
// daily_log_coverage records the days already fetched per project, so a sync asks Procore for
// each day once and later runs only for the recent days.
Migration version3()
{
    return {3, QStringLiteral("daily log entries and the fetched date range"),
            {QStringLiteral("CREATE TABLE daily_log_entries ("
                            " project_id INTEGER NOT NULL,"
                            " log_type TEXT NOT NULL,"
                            " id INTEGER NOT NULL,"
                            " log_date TEXT NOT NULL DEFAULT '',"
                            " vendor_id INTEGER NOT NULL DEFAULT 0,"
                            " vendor TEXT NOT NULL DEFAULT '',"
                            " location_id INTEGER NOT NULL DEFAULT 0,"
                            " location TEXT NOT NULL DEFAULT '',"
                            " summary TEXT NOT NULL DEFAULT '',"
                            " workers INTEGER NOT NULL DEFAULT 0,"
                            " hours REAL NOT NULL DEFAULT 0,"
                            " status TEXT NOT NULL DEFAULT '',"
                            " created_by TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}',"
                            " PRIMARY KEY (project_id, log_type, id)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX daily_log_entries_by_day ON daily_log_entries(project_id, log_date, log_type)"),
             QStringLiteral("CREATE TABLE daily_log_coverage ("
                            " project_id INTEGER PRIMARY KEY,"
                            " first_day TEXT NOT NULL,"
                            " last_day TEXT NOT NULL,"
                            " complete INTEGER NOT NULL DEFAULT 0)")},
            {}};
}

// Drawings: areas, sets, the current drawings per area and every revision. Areas, sets and
// drawings are replaced in full per project; revisions are merged incrementally and removed
// when Procore reports them deleted. file_sha256 names a downloaded PDF in the FileStore.
Migration version4()
{
    return {4, QStringLiteral("drawing areas, sets, drawings and revisions"),
            {QStringLiteral("CREATE TABLE drawing_areas ("
                            " id INTEGER PRIMARY KEY,"
                            " project_id INTEGER NOT NULL,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX drawing_areas_by_project ON drawing_areas(project_id)"),
             QStringLiteral("CREATE TABLE drawing_sets ("
                            " id INTEGER PRIMARY KEY,"
                            " project_id INTEGER NOT NULL,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " set_date TEXT NOT NULL DEFAULT '',"
                            " is_default INTEGER NOT NULL DEFAULT 0,"
                            " position INTEGER NOT NULL DEFAULT 0,"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX drawing_sets_by_project ON drawing_sets(project_id)"),
             QStringLiteral("CREATE TABLE drawings ("
                            " id INTEGER PRIMARY KEY,"
                            " project_id INTEGER NOT NULL,"
                            " area_id INTEGER NOT NULL DEFAULT 0,"
                            " number TEXT NOT NULL DEFAULT '',"
                            " title TEXT NOT NULL DEFAULT '',"
                            " discipline TEXT NOT NULL DEFAULT '',"
                            " current_revision_id INTEGER NOT NULL DEFAULT 0,"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX drawings_by_area ON drawings(project_id, area_id)"),
             QStringLiteral("CREATE TABLE drawing_revisions ("
                            " id INTEGER PRIMARY KEY,"
                            " project_id INTEGER NOT NULL,"
                            " drawing_id INTEGER NOT NULL DEFAULT 0,"
                            " area_id INTEGER NOT NULL DEFAULT 0,"
                            " number TEXT NOT NULL DEFAULT '',"
                            " title TEXT NOT NULL DEFAULT '',"
                            " discipline TEXT NOT NULL DEFAULT '',"
                            " revision_number TEXT NOT NULL DEFAULT '',"
                            " is_current INTEGER NOT NULL DEFAULT 0,"
                            " set_id INTEGER NOT NULL DEFAULT 0,"
                            " set_name TEXT NOT NULL DEFAULT '',"
                            " drawing_date TEXT NOT NULL DEFAULT '',"
                            " received_date TEXT NOT NULL DEFAULT '',"
                            " pdf_url TEXT NOT NULL DEFAULT '',"
                            " pdf_size INTEGER NOT NULL DEFAULT 0,"
                            " file_sha256 TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX drawing_revisions_by_drawing ON drawing_revisions(project_id, drawing_id)")},
            {}};
}

// The outbox: every create and edit the user made that Procore has not confirmed, in order.
// Nothing is sent before it is stored here, so a kill or a dropped network loses nothing.
Migration version5()
{
    return {5, QStringLiteral("outbox of changes waiting for Procore"),
            {QStringLiteral("CREATE TABLE outbox ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " company_id INTEGER NOT NULL DEFAULT 0,"
                            " project_id INTEGER NOT NULL DEFAULT 0,"
                            " tool TEXT NOT NULL DEFAULT '',"
                            " method TEXT NOT NULL DEFAULT '',"
                            " path TEXT NOT NULL DEFAULT '',"
                            " check_path TEXT NOT NULL DEFAULT '',"
                            " body TEXT NOT NULL DEFAULT '{}',"
                            " item_key TEXT NOT NULL DEFAULT '',"
                            " summary TEXT NOT NULL DEFAULT '',"
                            " base_updated_at TEXT NOT NULL DEFAULT '',"
                            " state TEXT NOT NULL DEFAULT 'pending',"
                            " error TEXT NOT NULL DEFAULT '',"
                            " field_errors TEXT NOT NULL DEFAULT '{}',"
                            " server_version TEXT NOT NULL DEFAULT '{}',"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " created_at TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX outbox_by_project ON outbox(project_id, tool)"),
             QStringLiteral("CREATE INDEX outbox_by_item ON outbox(item_key)")},
            {}};
}

// v6: the upload queue. One row per file on its way to Procore and then to an item; the
// segment plan (sizes, hashes, storage URLs, ETags once stored) is JSON so a restart resumes
// without sending a stored segment again.
Migration version6()
{
    return {6, QStringLiteral("upload queue"),
            {QStringLiteral("CREATE TABLE upload_queue ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " company_id INTEGER NOT NULL DEFAULT 0,"
                            " project_id INTEGER NOT NULL DEFAULT 0,"
                            " target_tool TEXT NOT NULL DEFAULT '',"
                            " target_id INTEGER NOT NULL DEFAULT 0,"
                            " local_path TEXT NOT NULL DEFAULT '',"
                            " size INTEGER NOT NULL DEFAULT 0,"
                            " modified TEXT NOT NULL DEFAULT '',"
                            " content_type TEXT NOT NULL DEFAULT '',"
                            " state TEXT NOT NULL DEFAULT 'queued',"
                            " uuid TEXT NOT NULL DEFAULT '',"
                            " segments TEXT NOT NULL DEFAULT '[]',"
                            " post_url TEXT NOT NULL DEFAULT '',"
                            " fields TEXT NOT NULL DEFAULT '{}',"
                            " error TEXT NOT NULL DEFAULT '',"
                            " waiting_for_network INTEGER NOT NULL DEFAULT 0,"
                            " restarts INTEGER NOT NULL DEFAULT 0,"
                            " created_at TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX upload_queue_by_project ON upload_queue(project_id, state)")},
            {}};
}

// v7: the FileStore's index of downloaded files (drawing sheets, attachments …). One row per
// key ("drawing_revision:123"); the bytes live in files next to the cache database. last_used_at
// orders LRU eviction; pinned rows are kept offline and never evicted.
Migration version7()
{
    return {7, QStringLiteral("downloaded files: key, local path, size, checksum, pin and last use"),
            {QStringLiteral("CREATE TABLE cached_files ("
                            " key TEXT PRIMARY KEY,"
                            " path TEXT NOT NULL DEFAULT '',"
                            " size INTEGER NOT NULL DEFAULT 0,"
                            " sha256 TEXT NOT NULL DEFAULT '',"
                            " content_type TEXT NOT NULL DEFAULT '',"
                            " pinned INTEGER NOT NULL DEFAULT 0,"
                            " fetched_at TEXT NOT NULL DEFAULT '',"
                            " last_used_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX cached_files_by_use ON cached_files(pinned, last_used_at)")},
            {}};
}

Migration version8()
{
    return {8, QStringLiteral("photos: albums and photos, indexed for the grid's album and timeline views"),
            {QStringLiteral("CREATE TABLE photo_albums ("
                            " id INTEGER PRIMARY KEY,"
                            " project_id INTEGER NOT NULL,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " position INTEGER NOT NULL DEFAULT 0,"
                            " private INTEGER NOT NULL DEFAULT 0,"
                            " count INTEGER NOT NULL DEFAULT 0,"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX photo_albums_by_project ON photo_albums(project_id)"),
             QStringLiteral("CREATE TABLE photos ("
                            " id INTEGER PRIMARY KEY,"
                            " project_id INTEGER NOT NULL,"
                            " album_id INTEGER NOT NULL DEFAULT 0,"
                            " filename TEXT NOT NULL DEFAULT '',"
                            " description TEXT NOT NULL DEFAULT '',"
                            " taken_at TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " uploader_id INTEGER NOT NULL DEFAULT 0,"
                            " uploader TEXT NOT NULL DEFAULT '',"
                            " location TEXT NOT NULL DEFAULT '',"
                            " width INTEGER NOT NULL DEFAULT 0,"
                            " height INTEGER NOT NULL DEFAULT 0,"
                            " size INTEGER NOT NULL DEFAULT 0,"
                            " private INTEGER NOT NULL DEFAULT 0,"
                            " starred INTEGER NOT NULL DEFAULT 0,"
                            " gps_lat TEXT NOT NULL DEFAULT '',"
                            " gps_long TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX photos_by_album ON photos(project_id, album_id)"),
             QStringLiteral("CREATE INDEX photos_by_taken ON photos(project_id, taken_at)")},
            {}};
}

// v9: the Submittals log. Typed columns are what the log shows, filters and sorts by; the ball
// in court keeps its people's ids as ",id,id," so "mine" is one LIKE, and their names for show.
Migration version9()
{
    return {9, QStringLiteral("submittals log"),
            {QStringLiteral("CREATE TABLE submittals ("
                            " id INTEGER PRIMARY KEY,"
                            " project_id INTEGER NOT NULL,"
                            " number TEXT NOT NULL DEFAULT '',"
                            " revision TEXT NOT NULL DEFAULT '',"
                            " title TEXT NOT NULL DEFAULT '',"
                            " spec_section TEXT NOT NULL DEFAULT '',"
                            " type TEXT NOT NULL DEFAULT '',"
                            " status_id INTEGER NOT NULL DEFAULT 0,"
                            " status_name TEXT NOT NULL DEFAULT '',"
                            " status_group TEXT NOT NULL DEFAULT '',"
                            " ball_in_court TEXT NOT NULL DEFAULT '',"
                            " ball_in_court_ids TEXT NOT NULL DEFAULT '',"
                            " responsible_contractor TEXT NOT NULL DEFAULT '',"
                            " due_date TEXT NOT NULL DEFAULT '',"
                            " required_on_site_date TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL DEFAULT '',"
                            " raw TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX submittals_by_project ON submittals(project_id, number)"),
             QStringLiteral("CREATE INDEX submittals_by_status ON submittals(project_id, status_id)"),
             QStringLiteral("CREATE INDEX submittals_by_due ON submittals(project_id, due_date)")},
            {}};
}

// v10: which revision of each drawing the user last opened, so a revision that arrives by sync
// shows as "new since last view" until the sheet is opened. Drawings already cached count as
// seen: an upgrade does not mark the whole log new.
Migration version10()
{
    return {10, QStringLiteral("drawings: the revision last viewed per drawing"),
            {QStringLiteral("CREATE TABLE drawing_views ("
                            " drawing_id INTEGER PRIMARY KEY,"
                            " project_id INTEGER NOT NULL,"
                            " revision_id INTEGER NOT NULL DEFAULT 0,"
                            " viewed_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX drawing_views_by_project ON drawing_views(project_id)"),
             QStringLiteral("INSERT INTO drawing_views (drawing_id, project_id, revision_id)"
                            " SELECT id, project_id, current_revision_id FROM drawings")},
            {}};
}

bool runStep(QSqlDatabase &database, const Migration &step, QString *error)
{
    Transaction transaction(database);
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("schema step %1 (%2): %3").arg(step.version).arg(step.summary, why);
        return false;
    };
    if (!transaction.isActive())
        return fail(transaction.errorText());
    QSqlQuery query(database);
    for (const QString &sql : step.statements) {
        if (!query.exec(sql))
            return fail(query.lastError().text());
    }
    QString applyError;
    if (step.apply && !step.apply(database, &applyError))
        return fail(applyError);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
        return fail(query.lastError().text());
    query.finish();
    if (!transaction.commit())
        return fail(transaction.errorText());
    return true;
}

} // namespace

const QList<Migration> &all()
{
    // Append new versions at the end; never edit a released entry.
    static const QList<Migration> steps = {
        version1(),
        version2(),
        version3(),
        version4(),
        version5(),
        version6(),
        version7(),
        version8(),
        version9(),
        version10(),
    };
    return steps;
}

int latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

int readVersion(const QSqlDatabase &database, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    if (error)
        *error = query.lastError().text();
    return -1;
}

bool migrate(QSqlDatabase &database, int targetVersion, QString *error,
             const QList<Migration> &steps)
{
    const int current = readVersion(database, error);
    if (current < 0)
        return false;
    for (const Migration &step : steps) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        if (!runStep(database, step, error))
            return false;
    }
    return true;
}

} // namespace sitedesk::migrations
