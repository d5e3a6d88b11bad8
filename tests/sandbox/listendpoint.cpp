#include "listendpoint.h"

#include "procoreerror.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sandbox {

namespace {

// Normalises an ISO 8601 time to the sandbox's canonical UTC form, which sorts as text; "" when
// it cannot be read. A '+' of an offset may have arrived as a space (an unencoded '+').
QString canonicalTime(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() && text.contains(QLatin1Char(' ')))
        time = QDateTime::fromString(text.replace(QLatin1Char(' '), QLatin1Char('+')), Qt::ISODateWithMs);
    return time.isValid() ? SandboxData::timestamp(time) : QString();
}

bool lessThan(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toInteger() != b.toInteger() ? a.toInteger() < b.toInteger() : a.toDouble() < b.toDouble();
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
    if (a.isBool() && b.isBool())
        return !a.toBool() && b.toBool();
    return a.type() < b.type();   // nulls and absent values first
}

} // namespace

HttpResponse ListEndpoint::respond(const HttpRequest &request, const RestContext &context, QList<QJsonObject> records,
                                   const Projection &projection) const
{
    filterDeleted(request, &records);
    if (m_options.filterUpdatedAt && !filterUpdatedAt(request, &records))
        return ProcoreError::badRequest(QStringLiteral("filters[updated_at] must be a range: <ISO 8601>...<ISO 8601>"));
    sort(request.queryValue(QStringLiteral("sort")), &records);

    const int total = int(records.size());
    int perPage = request.queryValue(QStringLiteral("per_page")).toInt();
    if (perPage <= 0)
        perPage = m_options.defaultPerPage;
    perPage = std::min(perPage, m_options.maxPerPage);
    const int page = std::max(1, request.queryValue(QStringLiteral("page")).toInt());
    const int lastPage = std::max(1, (total + perPage - 1) / perPage);

    QJsonArray items;
    const qint64 first = qint64(page - 1) * perPage;
    for (qint64 i = first; i < std::min<qint64>(total, first + perPage); ++i)
        items.append(projection ? projection(records.at(i)) : records.at(i));

    HttpResponse response = m_options.wrapData ? HttpResponse::json(200, QJsonObject{{QStringLiteral("data"), items}})
                                               : HttpResponse::json(200, QJsonDocument(items));
    response.setHeader("Total", QByteArray::number(total));
    response.setHeader("Per-Page", QByteArray::number(perPage));
    QByteArrayList links{'<' + pageUrl(context, request, 1, perPage) + ">; rel=\"first\""};
    if (page > 1)
        links << '<' + pageUrl(context, request, std::min(page - 1, lastPage), perPage) + ">; rel=\"prev\"";
    if (page < lastPage)
        links << '<' + pageUrl(context, request, page + 1, perPage) + ">; rel=\"next\"";
    links << '<' + pageUrl(context, request, lastPage, perPage) + ">; rel=\"last\"";
    response.setHeader("Link", links.join(", "));
    return response;
}

void ListEndpoint::filterDeleted(const HttpRequest &request, QList<QJsonObject> *records) const
{
    const QString mode = m_options.deletedFilter.isEmpty() ? QString() : request.queryValue(m_options.deletedFilter);
    if (mode == QLatin1String("with") || mode == QLatin1String("true"))
        return;
    const bool onlyDeleted = mode == QLatin1String("only");
    records->removeIf([onlyDeleted](const QJsonObject &record) { return SandboxData::isDeleted(record) != onlyDeleted; });
}

bool ListEndpoint::filterUpdatedAt(const HttpRequest &request, QList<QJsonObject> *records)
{
    const QString range = request.queryValue(QStringLiteral("filters[updated_at]"));
    if (range.isEmpty())
        return true;
    const QStringList ends = range.split(QStringLiteral("..."));
    if (ends.size() != 2)
        return false;
    const QString from = canonicalTime(ends.at(0));
    const QString to = canonicalTime(ends.at(1));
    if ((from.isEmpty() && !ends.at(0).trimmed().isEmpty()) || (to.isEmpty() && !ends.at(1).trimmed().isEmpty()))
        return false;
    // Stored times are canonical, so text comparison is time comparison (fast at 100,000 rows).
    records->removeIf([&from, &to](const QJsonObject &record) {
        const QString updated = record.value(QLatin1String("updated_at")).toString();
        return (!from.isEmpty() && updated < from) || (!to.isEmpty() && updated > to);
    });
    return true;
}

void ListEndpoint::sort(const QString &sort, QList<QJsonObject> *records)
{
    if (sort.isEmpty())
        return;
    const bool descending = sort.startsWith(QLatin1Char('-'));
    const QString field = descending ? sort.mid(1) : sort;
    std::stable_sort(records->begin(), records->end(), [&field, descending](const QJsonObject &a, const QJsonObject &b) {
        return descending ? lessThan(b.value(field), a.value(field)) : lessThan(a.value(field), b.value(field));
    });
}

QByteArray ListEndpoint::pageUrl(const RestContext &context, const HttpRequest &request, int page, int perPage)
{
    UrlParams query = request.query;
    query.remove(QStringLiteral("page"));
    query.remove(QStringLiteral("per_page"));
    query.add(QStringLiteral("page"), QString::number(page));
    query.add(QStringLiteral("per_page"), QString::number(perPage));
    return context.baseUrl.toEncoded() + QUrl::toPercentEncoding(request.path, "/") + '?' + query.toEncoded();
}

} // namespace sandbox
