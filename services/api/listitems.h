#pragma once

#include "core/jsonrecord.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace sitedesk {

// The records of one Procore list, page by page as they arrived: each as the bytes Procore sent
// (listbody.h) so the cache can store those, and each parsed unless the page was read as records
// only (a long list's pages, streamed to the cache: forEachRecord reads just the fields a record
// keeps). Handing the pages over as they are costs nothing; joining them into one array copied
// every record on the UI thread.
class ListItems
{
public:
    // `raw` holds the page's records as bytes, or nothing when they could not be told apart.
    void appendPage(QJsonArray items, QList<QByteArray> raw)
    {
        if (raw.size() != items.size())
            raw.clear();
        m_size += items.size();
        m_pages.append({std::move(items), std::move(raw), true});
    }
    // A page read as records only: their bytes, checked as valid JSON, and no parsed tree.
    void appendRecords(QList<QByteArray> records)
    {
        m_size += records.size();
        m_pages.append({QJsonArray(), std::move(records), false});
    }
    void append(const ListItems &other)
    {
        m_pages.append(other.m_pages);
        m_size += other.m_size;
    }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Calls f(const QJsonObject &record, const QByteArray &raw) for each record in order; raw is
    // empty when the bytes are unknown (the store then writes the parsed record instead).
    // A records-only page is parsed record by record here: slower than forEachRecord.
    template<typename F>
    void forEach(F &&f) const
    {
        for (const Page &page : m_pages) {
            if (!page.parsed) {
                for (const QByteArray &raw : page.raw)
                    f(QJsonDocument::fromJson(raw).object(), raw);
                continue;
            }
            const bool hasRaw = !page.raw.isEmpty();
            for (qsizetype i = 0; i < page.items.size(); ++i)
                f(page.items.at(i).toObject(), hasRaw ? page.raw.at(i) : QByteArray());
        }
    }

    // Calls f(const json::Record &) for each record in order: read from the bytes Procore sent,
    // or, where those are unknown, from the parsed record written out again.
    template<typename F>
    void forEachRecord(F &&f) const
    {
        for (const Page &page : m_pages) {
            if (!page.raw.isEmpty() || !page.parsed) {
                for (const QByteArray &raw : page.raw)
                    f(json::Record(raw));
                continue;
            }
            for (const QJsonValue &item : page.items)
                f(json::Record(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)));
        }
    }

    QJsonArray toArray() const
    {
        QJsonArray all;
        for (const Page &page : m_pages) {
            if (!page.parsed) {
                for (const QByteArray &raw : page.raw)
                    all.append(QJsonDocument::fromJson(raw).object());
                continue;
            }
            for (const QJsonValue &item : page.items)
                all.append(item);
        }
        return all;
    }

private:
    struct Page
    {
        QJsonArray items;
        QList<QByteArray> raw;
        bool parsed = true;
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
