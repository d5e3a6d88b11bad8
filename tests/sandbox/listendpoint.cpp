#include "listendpoint.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sandbox {

namespace {

QDateTime parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return time;
}

QString pageUrl(const QUrl &baseUrl, const HttpRequest &request, int page, int perPage)
{
    QUrl url = baseUrl;
    url.setPath(request.path);
    QUrlQuery query = request.query;
    query.removeAllQueryItems(QStringLiteral("page"));
    query.removeAllQueryItems(QStringLiteral("per_page"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

bool filterUpdatedAt(const HttpRequest &request, QList<QJsonObject> *items, HttpResponse *error)
{
    const QString range = request.queryValue(QStringLiteral("filters[updated_at]"));
    if (range.isEmpty())
        return true;
    const QStringList ends = range.split(QStringLiteral("..."));
    const QDateTime from = parseTime(ends.value(0));
    const QDateTime to = ends.size() > 1 ? parseTime(ends.value(1)) : QDateTime();
    if (ends.size() != 2 || (!ends.value(0).trimmed().isEmpty() && !from.isValid()) || (!ends.value(1).trimmed().isEmpty() && !to.isValid())) {
        *error = HttpResponse::json(400, QJsonObject{{QStringLiteral("error"), QJsonObject{
            {QStringLiteral("code"), QStringLiteral("invalid_filter")},
            {QStringLiteral("message"), QStringLiteral("filters[updated_at] must be a range: <ISO 8601>...<ISO 8601>")},
            {QStringLiteral("details"), QJsonArray()}}}});
        return false;
    }
    items->removeIf([&](const QJsonObject &item) {
        const QDateTime updated = parseTime(item.value(QLatin1String("updated_at")).toString());
        return (from.isValid() && updated < from) || (to.isValid() && updated > to);
    });
    return true;
}

HttpResponse listResponse(const HttpRequest &request, const QUrl &baseUrl, QList<QJsonObject> items, const ListOptions &options)
{
    HttpResponse error;
    if (!filterUpdatedAt(request, &items, &error))
        return error;

    const QString sort = request.queryValue(QStringLiteral("sort"));
    if (!sort.isEmpty()) {
        const bool descending = sort.startsWith(QLatin1Char('-'));
        const QString field = descending ? sort.mid(1) : sort;
        std::stable_sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            const QVariant left = a.value(field).toVariant(), right = b.value(field).toVariant();
            const bool less = QVariant::compare(left, right) == QPartialOrdering::Less;
            const bool greater = QVariant::compare(left, right) == QPartialOrdering::Greater;
            return descending ? greater : less;
        });
    }

    const int total = int(items.size());
    int perPage = request.queryValue(QStringLiteral("per_page")).toInt();
    if (perPage <= 0)
        perPage = options.defaultPerPage;
    perPage = std::min(perPage, options.maxPerPage);
    const int page = std::max(1, request.queryValue(QStringLiteral("page")).toInt());
    const int lastPage = std::max(1, (total + perPage - 1) / perPage);

    QJsonArray array;
    const qint64 first = qint64(page - 1) * perPage;
    for (qint64 i = first; i < std::min<qint64>(total, first + perPage); ++i)
        array.append(items.at(i));

    HttpResponse response = options.wrapData
        ? HttpResponse::json(200, QJsonObject{{QStringLiteral("data"), array}})
        : HttpResponse::json(200, QJsonDocument(array));
    response.setHeader("Total", QByteArray::number(total));
    response.setHeader("Per-Page", QByteArray::number(perPage));
    QStringList links;
    links << QStringLiteral("<%1>; rel=\"first\"").arg(pageUrl(baseUrl, request, 1, perPage));
    if (page > 1)
        links << QStringLiteral("<%1>; rel=\"prev\"").arg(pageUrl(baseUrl, request, std::min(page - 1, lastPage), perPage));
    if (page < lastPage)
        links << QStringLiteral("<%1>; rel=\"next\"").arg(pageUrl(baseUrl, request, page + 1, perPage));
    links << QStringLiteral("<%1>; rel=\"last\"").arg(pageUrl(baseUrl, request, lastPage, perPage));
    response.setHeader("Link", links.join(QStringLiteral(", ")).toUtf8());
    return response;
}

} // namespace sandbox
