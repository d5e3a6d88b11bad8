#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace sitedesk {

// The records of one Procore list, page by page as they arrived: each parsed, and each as the
// bytes Procore sent (listbody.h) so the cache can store those. Handing the pages over as they
// are costs nothing; joining them into one array copied every record on the UI thread.
class ListItems
{
public:
    // `raw` holds the page's records as bytes, or nothing when they could not be told apart.
    void appendPage(QJsonArray items, QList<QByteArray> raw)
    {
        if (raw.size() != items.size())
            raw.clear();
        m_size += items.size();
        m_pages.append({std::move(items), std::move(raw)});
    }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Calls f(const QJsonObject &record, const QByteArray &raw) for each record in order; raw is
    // empty when the bytes are unknown (the store then writes the parsed record instead).
    template<typename F>
    void forEach(F &&f) const
    {
        for (const Page &page : m_pages) {
            const bool hasRaw = !page.raw.isEmpty();
            for (qsizetype i = 0; i < page.items.size(); ++i)
                f(page.items.at(i).toObject(), hasRaw ? page.raw.at(i) : QByteArray());
        }
    }

    QJsonArray toArray() const
    {
        QJsonArray all;
        for (const Page &page : m_pages)
            for (const QJsonValue &item : page.items)
                all.append(item);
        return all;
    }

private:
    struct Page
    {
        QJsonArray items;
        QList<QByteArray> raw;
    };
    QList<Page> m_pages;
    qsizetype m_size = 0;
};

// Gives a record made from one of these items the bytes Procore sent, which from then on stand
// for it: its parsed tree is dropped, being several times their size (a sync holding tens of
// thousands of records until it writes them held hundreds of megabytes of trees).
template<typename Record>
void keepBytesOnly(Record &record, const QByteArray &raw)
{
    record.rawJson = raw;
    if (!raw.isEmpty())
        record.raw = QJsonObject();
}

} // namespace sitedesk
