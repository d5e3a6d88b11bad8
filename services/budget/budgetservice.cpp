#include "budget/budgetservice.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/pagedreply.h"
#include "budget/budgetmodificationstore.h"
#include "budget/budgetstore.h"
#include "budget/directcoststore.h"
#include "cache/cachedatabase.h"
#include "cache/syncstatestore.h"

#include <QJsonObject>

namespace sitedesk {

namespace {

ApiError storageError(const QString &message)
{
    return ApiError::make(ApiError::Kind::Storage, message);
}

} // namespace

QUrlQuery BudgetService::projectQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("project_id"), QString::number(m_context.projectId));
    return query;
}

PagedReply *BudgetService::fetch(const QString &path, const QUrlQuery &query, int maxPerPage)
{
    ApiRequest request = ApiRequest::get(path, query, m_context.companyId);
    request.maxPerPage = maxPerPage;
    m_paged = m_context.api->fetchAll(request);
    return m_paged;
}

void BudgetService::start(const SyncContext &context)
{
    m_context = context;
    m_records = 0;
    m_viewIds.clear();
    m_viewIndex = -1;
    m_firstError = {};
    m_cancelled = false;
    m_done = false;
    m_stepsDone = 0;
    m_steps = 3;   // views, modifications, direct costs; two more per view once known
    PagedReply *reply = fetch(QStringLiteral("/rest/v1.0/budget_views"), projectQuery(), 1000);
    connect(reply, &PagedReply::finished, this, &BudgetService::onViews);
}

void BudgetService::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    if (m_paged)
        m_paged->abort();
}

void BudgetService::step()
{
    emit progress(++m_stepsDone, m_steps);
}

void BudgetService::onViews()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    if (reply->error())
        return stop(reply->error());   // nothing replaced: the cached views stay
    QList<BudgetView> views;
    for (const QJsonValue &item : reply->items())
        if (auto view = BudgetView::fromJson(item.toObject(), m_context.projectId))
            views.append(*view);
    QString error;
    if (!BudgetStore(*m_context.cache).replaceViews(m_context.projectId, views, &error))
        return stop(storageError(error));
    m_records += int(views.size());
    for (const BudgetView &view : views)
        m_viewIds.append(view.id);
    m_steps += 2 * int(m_viewIds.size());
    step();
    nextView();
}

void BudgetService::nextView()
{
    if (m_cancelled)
        return stop(ApiError::make(ApiError::Kind::Cancelled));
    if (++m_viewIndex >= m_viewIds.size())
        return fetchModifications();
    const QString path = QStringLiteral("/rest/v1.0/budget_views/%1/budget_detail_columns").arg(m_viewIds.at(m_viewIndex));
    m_reply = m_context.api->send(ApiRequest::get(path, projectQuery(), m_context.companyId));
    connect(m_reply, &ApiReply::finished, this, &BudgetService::onColumns);
}

void BudgetService::onColumns()
{
    ApiReply *reply = m_reply;
    reply->deleteLater();
    step();
    if (reply->error()) {
        if (reply->error().kind == ApiError::Kind::Cancelled)
            return stop(reply->error());
        if (!m_firstError)
            m_firstError = reply->error();
        step();
        return nextView();   // this view keeps its cached columns and rows
    }
    m_columns = reply->json().array();
    const QString path = QStringLiteral("/rest/v1.0/budget_views/%1/detail_rows").arg(m_viewIds.at(m_viewIndex));
    PagedReply *rows = fetch(path, projectQuery(), 1000);
    connect(rows, &PagedReply::finished, this, &BudgetService::onRows);
}

void BudgetService::onRows()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    step();
    if (reply->error()) {
        if (reply->error().kind == ApiError::Kind::Cancelled)
            return stop(reply->error());
        if (!m_firstError)
            m_firstError = reply->error();
        return nextView();
    }
    QList<BudgetColumn> columns;
    for (const QJsonValue &item : std::as_const(m_columns))
        if (auto column = BudgetColumn::fromJson(item.toObject()))
            columns.append(*column);
    const QJsonArray items = reply->items();
    QList<BudgetRow> rows;
    rows.reserve(items.size());
    for (const QJsonValue &item : items)
        if (auto row = BudgetRow::fromJson(item.toObject(), columns))
            rows.append(*row);
    QString error;
    if (!BudgetStore(*m_context.cache).replaceViewContent(m_context.projectId, m_viewIds.at(m_viewIndex), columns, rows, &error)) {
        if (!m_firstError)
            m_firstError = storageError(error);
    } else {
        m_records += int(rows.size());
    }
    nextView();
}

void BudgetService::fetchModifications()
{
    PagedReply *reply = fetch(QStringLiteral("/rest/v1.0/projects/%1/budget_modifications").arg(m_context.projectId), {}, 1000);
    connect(reply, &PagedReply::finished, this, &BudgetService::onModifications);
}

void BudgetService::onModifications()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    step();
    if (reply->error()) {
        if (reply->error().kind == ApiError::Kind::Cancelled)
            return stop(reply->error());
        if (!m_firstError)
            m_firstError = reply->error();
        return fetchDirectCosts();
    }
    const QString currency = BudgetStore(*m_context.cache).currency(m_context.projectId);
    const int decimals = currency.isEmpty() ? 2 : Money::decimalsFor(currency);
    QList<BudgetModification> modifications;
    for (const QJsonValue &item : reply->items())
        if (auto modification = BudgetModification::fromJson(item.toObject(), m_context.projectId, decimals))
            modifications.append(*modification);
    QString error;
    if (BudgetModificationStore(*m_context.cache).replaceForProject(m_context.projectId, modifications, &error))
        m_records += int(modifications.size());
    else if (!m_firstError)
        m_firstError = storageError(error);
    fetchDirectCosts();
}

void BudgetService::fetchDirectCosts()
{
    if (m_cancelled)
        return stop(ApiError::make(ApiError::Kind::Cancelled));
    const auto state = SyncStateStore(*m_context.cache).state(m_context.projectId, directCostsStateName());
    m_directCostsWatermark = state && state->lastSuccess.isValid() ? state->watermark : QString();
    QUrlQuery query;
    if (!m_directCostsWatermark.isEmpty()) {
        const QString until = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        query.addQueryItem(QStringLiteral("filters[updated_at]"), m_directCostsWatermark + QStringLiteral("...") + until);
    }
    PagedReply *reply = fetch(QStringLiteral("/rest/v1.1/projects/%1/direct_costs").arg(m_context.projectId), query, 1000);
    connect(reply, &PagedReply::finished, this, &BudgetService::onDirectCosts);
}

void BudgetService::onDirectCosts()
{
    PagedReply *reply = m_paged;
    reply->deleteLater();
    step();
    if (reply->error()) {
        if (reply->error().kind == ApiError::Kind::Cancelled)
            return stop(reply->error());
        if (!m_firstError)
            m_firstError = reply->error();
        return complete();
    }
    QList<DirectCost> costs;
    QString watermark = m_directCostsWatermark;
    for (const QJsonValue &item : reply->items()) {
        if (auto cost = DirectCost::fromJson(item.toObject(), m_context.projectId)) {
            costs.append(*cost);
            watermark = std::max(watermark, cost->updatedAt);
        }
    }
    DirectCostStore store(*m_context.cache);
    QString error;
    const bool incremental = !m_directCostsWatermark.isEmpty();
    if (incremental ? store.merge(m_context.projectId, costs, &error) : store.replaceForProject(m_context.projectId, costs, &error)) {
        m_records += int(costs.size());
        SyncStateStore(*m_context.cache).markSuccess(m_context.projectId, directCostsStateName(),
                                                     QDateTime::currentDateTimeUtc(), watermark);
    } else if (!m_firstError) {
        m_firstError = storageError(error);
    }
    complete();
}

void BudgetService::complete()
{
    if (m_firstError)
        return stop(m_firstError);
    if (m_done)
        return;
    m_done = true;
    SyncStateStore(*m_context.cache).markSuccess(m_context.projectId, name(), QDateTime::currentDateTimeUtc(), QString());
    emit finished({});
}

void BudgetService::stop(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (error.kind != ApiError::Kind::Cancelled && m_context.cache)
        SyncStateStore(*m_context.cache).markFailure(m_context.projectId, name(), error.userMessage());
    emit finished(error);
}

} // namespace sitedesk
