// The Daily Log tab on the offscreen platform, filled by a real DailyLogSync from the sandbox
// into a real cache: the day a user picks, the keys that move it, the range with its filters
// and totals, the exports, and entries written with no signal that reach Procore later.
#include "signedinfixture.h"

#include "cache/cachedatabase.h"
#include "common/noticebar.h"
#include "dailylog/dailylogdaymodel.h"
#include "dailylog/dailylogentrydialog.h"
#include "dailylog/dailylogfiltermodel.h"
#include "dailylog/dailylogstore.h"
#include "dailylog/dailylogsync.h"
#include "dailylog/dailylogtab.h"
#include "dailylog/dailylogwriter.h"
#include "dailylog/manpowertotalsmodel.h"
#include "outbox/outboxservice.h"
#include "outbox/outboxstore.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace sitedesk;

namespace {

const QDate kSandboxToday(2026, 1, 5);
const QString kManpower = QStringLiteral("manpower_logs");

QString pdfText(QPdfDocument &document)
{
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + QLatin1Char('\n');
    return text.simplified();
}

} // namespace

class TestDailyLogTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chosenDayShowsASectionPerTypeWithCounts();
    void nextAndPreviousDayKeysMoveTheDate();
    void monthFilteredByTypeHasMatchingTotals();
    void pdfReportOfTheDayHasEveryEntryAndPageNumbers();
    void pdfReportOfAMonthRunsOverSeveralPages();
    void csvOfTheDayHasALinePerEntry();
    void entryWrittenOfflineShowsSurvivesRestartAndReachesProcore();
    void refusedCreateShowsProcoresMessageAndStaysEditable();
    void copyManpowerRepeatsThePreviousDaysCrews();

private:
    void reopenCache();
    QModelIndex rowWithStatus(const QString &type, const QString &status) const;

    std::unique_ptr<SignedInFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    qint64 m_projectId = 0;
    QDate m_busyDay;
    std::unique_ptr<DailyLogTab> m_tab;
};

void TestDailyLogTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<SignedInFixture>();
    QVERIFY(m_fixture->signIn());
    const QJsonArray companies = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/companies"), m_fixture->auth.accessToken()).json().array();
    const qint64 companyId = companies.first().toObject().value(QStringLiteral("id")).toInteger();
    const QJsonArray projects = m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.0/projects?company_id=%1").arg(companyId),
                                                            m_fixture->auth.accessToken(), companyId);
    m_projectId = projects.first().toObject().value(QStringLiteral("id")).toInteger();

    m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("sitedesk.sqlite")));
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Created);
    SyncEngine engine(&m_fixture->api);
    engine.setCache(m_cache.get());
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QVERIFY(engine.start(companyId, m_projectId, {QStringLiteral("projects"), DailyLogSync::name()}));
    QVERIFY(finished.wait(120000));
    QVERIFY2(engine.lastSummary().ok(), qPrintable(engine.lastSummary().message()));

    // The busiest working day of the last month before the sandbox's today: several types.
    const QMap<QDate, int> counts = DailyLogStore(*m_cache).countsByDay(m_projectId, kSandboxToday.addDays(-30), kSandboxToday.addDays(-2));
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (!m_busyDay.isValid() || it.value() > counts.value(m_busyDay))
            m_busyDay = it.key();
    QVERIFY(m_busyDay.isValid());
    DailyLogWriter::registerApplier();
}

void TestDailyLogTab::init()
{
    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());
    m_tab = std::make_unique<DailyLogTab>();
    m_tab->setToday(kSandboxToday);
    m_tab->resize(1300, 800);
    m_tab->setSource(m_cache.get(), m_projectId);
}

void TestDailyLogTab::cleanup()
{
    m_tab.reset();
}

void TestDailyLogTab::reopenCache()
{
    const QString file = m_cache->filePath();
    m_tab->setSource(nullptr, 0);
    m_cache.reset();
    m_cache = std::make_unique<CacheDatabase>(file);
    QCOMPARE(m_cache->open(), CacheDatabase::OpenStatus::Opened);
}

QModelIndex TestDailyLogTab::rowWithStatus(const QString &type, const QString &status) const
{
    DailyLogDayModel *model = m_tab->dayModel();
    const QModelIndex section = model->sectionIndex(type);
    for (int row = 0; row < model->rowCount(section); ++row)
        if (model->index(row, DailyLogDayModel::Status, section).data().toString() == status)
            return model->index(row, 0, section);
    return {};
}

void TestDailyLogTab::chosenDayShowsASectionPerTypeWithCounts()
{
    m_tab->calendar()->setSelectedDate(m_busyDay);   // as a click on the day does
    QCOMPARE(m_tab->date(), m_busyDay);
    const QList<DailyLogEntry> entries = DailyLogStore(*m_cache).between(m_projectId, m_busyDay, m_busyDay);
    QMap<QString, int> perType;
    for (const DailyLogEntry &entry : entries)
        ++perType[entry.type];
    QVERIFY2(perType.size() >= 3, "the busiest day should have several log types");
    DailyLogDayModel *model = m_tab->dayModel();
    QCOMPARE(model->rowCount(), perType.size());
    for (auto it = perType.begin(); it != perType.end(); ++it) {
        const QModelIndex section = model->sectionIndex(it.key());
        QVERIFY2(section.isValid(), qPrintable(it.key()));
        QCOMPARE(section.data(DailyLogDayModel::CountRole).toInt(), it.value());
        QVERIFY(section.data().toString().endsWith(QStringLiteral("(%1)").arg(it.value())));
        QVERIFY(m_tab->dayView()->isExpanded(section));
    }
    QVERIFY(m_tab->dayTitle()->text().contains(QString::number(entries.size())));
    QVERIFY(m_tab->calendar()->dateTextFormat(m_busyDay).fontWeight() == QFont::Bold);
    // Manpower by company for the day adds up to the cache's totals.
    int workers = 0;
    for (const DailyLogStore::ManpowerTotal &total : DailyLogStore(*m_cache).manpowerTotals(m_projectId, m_busyDay, m_busyDay))
        workers += total.workers;
    QCOMPARE(m_tab->dayTotals()->grandTotal().workers, workers);
}

void TestDailyLogTab::nextAndPreviousDayKeysMoveTheDate()
{
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    m_tab->setDate(m_busyDay);
    m_tab->dayView()->setFocus();
    QTest::keyClick(m_tab->dayView(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_tab->date(), m_busyDay.addDays(1));
    QCOMPARE(m_tab->calendar()->selectedDate(), m_busyDay.addDays(1));
    QTest::keyClick(m_tab->dayView(), Qt::Key_BracketRight, Qt::ControlModifier);
    QCOMPARE(m_tab->date(), m_busyDay.addDays(2));
    QTest::keyClick(m_tab->dayView(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_tab->date(), m_busyDay.addDays(1));
    QVERIFY(m_tab->nextDayAction()->toolTip().contains(QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText)));
}

void TestDailyLogTab::monthFilteredByTypeHasMatchingTotals()
{
    m_tab->setDate(m_busyDay);
    m_tab->setSpan(DailyLogTab::Span::Month);
    const QDate from(m_busyDay.year(), m_busyDay.month(), 1);
    const QDate to = from.addMonths(1).addDays(-1);
    QCOMPARE(m_tab->filterModel()->rowCount(), DailyLogStore(*m_cache).between(m_projectId, from, to).size());
    QComboBox *types = m_tab->typeFilter();
    types->setCurrentIndex(types->findData(kManpower));
    const int rows = m_tab->filterModel()->rowCount();
    QCOMPARE(rows, DailyLogStore(*m_cache).between(m_projectId, from, to, {kManpower}).size());
    int workers = 0;
    for (const DailyLogStore::ManpowerTotal &total : DailyLogStore(*m_cache).manpowerTotals(m_projectId, from, to))
        workers += total.workers;
    QCOMPARE(m_tab->rangeTotals()->grandTotal().workers, workers);
    // One company: the totals follow the filter.
    QComboBox *vendors = m_tab->vendorFilter();
    const QString vendor = m_tab->rangeTotals()->totals().first().vendor;
    vendors->setCurrentIndex(vendors->findData(vendor));
    QVERIFY(m_tab->filterModel()->rowCount() < rows);
    QCOMPARE(m_tab->rangeTotals()->totals().size(), 1);
    QCOMPARE(m_tab->rangeTotals()->totals().first().vendor, vendor);
}

void TestDailyLogTab::pdfReportOfTheDayHasEveryEntryAndPageNumbers()
{
    m_tab->setDate(m_busyDay);
    const QString path = m_dir.filePath(QStringLiteral("day.pdf"));
    QString error;
    QVERIFY2(m_tab->exportDay(path, DailyLogTab::ExportFormat::Pdf, &error), qPrintable(error));
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 1);
    const QString text = pdfText(document);
    QVERIFY(text.contains(QStringLiteral("Daily Report")));
    QVERIFY2(text.contains(QStringLiteral("Page 1 of %1").arg(document.pageCount())), qPrintable(text.left(300)));
    const QList<DailyLogEntry> entries = DailyLogStore(*m_cache).between(m_projectId, m_busyDay, m_busyDay);
    for (const DailyLogEntry &entry : entries) {
        if (!entry.vendor.isEmpty())
            QVERIFY2(text.contains(entry.vendor), qPrintable(entry.vendor));
    }
    const QModelIndex manpower = m_tab->dayModel()->sectionIndex(kManpower);
    if (manpower.isValid())
        QVERIFY(text.contains(manpower.data().toString()));
}

void TestDailyLogTab::pdfReportOfAMonthRunsOverSeveralPages()
{
    m_tab->setDate(m_busyDay);
    m_tab->setSpan(DailyLogTab::Span::Month);
    const QString path = m_dir.filePath(QStringLiteral("month.pdf"));
    QString error;
    QVERIFY2(m_tab->exportRange(path, DailyLogTab::ExportFormat::Pdf, &error), qPrintable(error));
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    const int pages = document.pageCount();
    QVERIFY2(pages > 2, qPrintable(QString::number(pages)));
    const QString last = document.getAllText(pages - 1).text().simplified();
    QVERIFY2(last.contains(QStringLiteral("Page %1 of %1").arg(pages)), qPrintable(last.right(200)));
    QVERIFY(pdfText(document).contains(QStringLiteral("Manpower by company")));
}

void TestDailyLogTab::csvOfTheDayHasALinePerEntry()
{
    m_tab->setDate(m_busyDay);
    const QString path = m_dir.filePath(QStringLiteral("day.csv"));
    QVERIFY(m_tab->exportDay(path, DailyLogTab::ExportFormat::Csv));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_tab->dayModel()->entryCount() + 1);
    QVERIFY(lines.first().contains(QStringLiteral("Date,Type,Entry,Company,Location,Workers,Hours,Status")));
    QVERIFY(lines.at(1).startsWith(m_busyDay.toString(Qt::ISODate)));
}

void TestDailyLogTab::entryWrittenOfflineShowsSurvivesRestartAndReachesProcore()
{
    const QString waiting = QStringLiteral("Waiting to send");
    m_tab->setDate(m_busyDay);
    const int before = m_tab->dayModel()->sectionIndex(kManpower).data(DailyLogDayModel::CountRole).toInt();
    {
        m_fixture->api.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1")));   // no signal on site
        OutboxService outbox(&m_fixture->api);
        outbox.setRetryInterval(3600000);
        outbox.setCache(m_cache.get());
        DailyLogWriter writer(&outbox);
        m_tab->setWriter(&writer);
        DailyLogEntryDialog *dialog = m_tab->addEntry(kManpower);
        QVERIFY(dialog);
        auto *company = qobject_cast<QComboBox *>(dialog->editor(QStringLiteral("vendor_id")));
        company->setCurrentIndex(company->findText(QStringLiteral("Acme Electric")));
        qobject_cast<QSpinBox *>(dialog->editor(QStringLiteral("num_workers")))->setValue(7);
        qobject_cast<QDoubleSpinBox *>(dialog->editor(QStringLiteral("num_hours")))->setValue(8);
        qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("mt_location")))->setText(QStringLiteral("Building 9 > Level 1"));
        dialog->accept();
        QTRY_VERIFY(rowWithStatus(kManpower, waiting).isValid());
        QCOMPARE(m_tab->dayModel()->sectionIndex(kManpower).data(DailyLogDayModel::CountRole).toInt(), before + 1);
        const QModelIndex row = rowWithStatus(kManpower, waiting);
        QCOMPARE(row.siblingAtColumn(DailyLogDayModel::Company).data().toString(), QStringLiteral("Acme Electric"));
        QCOMPARE(row.siblingAtColumn(DailyLogDayModel::Location).data().toString(), QStringLiteral("Building 9>Level 1"));
        QSignalSpy idle(&outbox, &OutboxService::idle);
        outbox.flush();
        QVERIFY(!idle.isEmpty() || idle.wait(20000));
        QVERIFY(!outbox.isSending());
        m_tab->setWriter(nullptr);
    }
    // Sitedesk quits and starts again, on a new connection to the same cache file.
    reopenCache();
    m_tab = std::make_unique<DailyLogTab>();
    m_tab->setToday(kSandboxToday);
    m_tab->setSource(m_cache.get(), m_projectId);
    m_tab->setDate(m_busyDay);
    QVERIFY(rowWithStatus(kManpower, waiting).isValid());

    // Back in signal: the outbox sends it and Procore's answer replaces the draft.
    m_fixture->api.setApiBase(m_fixture->sandbox->baseUrl());
    OutboxService outbox(&m_fixture->api);
    QSignalSpy sent(&outbox, &OutboxService::sent);
    outbox.setCache(m_cache.get());
    QVERIFY(sent.wait(20000));
    QTRY_VERIFY(!rowWithStatus(kManpower, waiting).isValid());
    QCOMPARE(m_tab->dayModel()->sectionIndex(kManpower).data(DailyLogDayModel::CountRole).toInt(), before + 1);
    const qint64 procoreId = sent.first().at(1).value<QJsonObject>().value(QStringLiteral("id")).toInteger();
    QVERIFY(procoreId > 0);
    const auto tokens = m_fixture->sandbox->issueTokens();
    const qint64 companyId = m_fixture->sandbox->get(QStringLiteral("/rest/v1.0/companies"), tokens.access).json().array().first()
                                 .toObject().value(QStringLiteral("id")).toInteger();
    const QJsonArray listed = m_fixture->sandbox->listAll(QStringLiteral("/rest/v1.0/projects/%1/manpower_logs?log_date=%2")
                                                              .arg(m_projectId).arg(m_busyDay.toString(Qt::ISODate)), tokens.access, companyId);
    int found = 0;
    for (const QJsonValue &value : listed) {
        const QJsonObject log = value.toObject();
        if (log.value(QStringLiteral("id")).toInteger() == procoreId) {
            ++found;
            QCOMPARE(log.value(QStringLiteral("num_workers")).toInt(), 7);
            QCOMPARE(log.value(QStringLiteral("location")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Building 9>Level 1"));
            QCOMPARE(log.value(QStringLiteral("vendor")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Electric"));
        }
    }
    QCOMPARE(found, 1);
}

void TestDailyLogTab::refusedCreateShowsProcoresMessageAndStaysEditable()
{
    OutboxService outbox(&m_fixture->api);
    outbox.setCache(m_cache.get());
    DailyLogWriter writer(&outbox);
    m_tab->setWriter(&writer);
    m_tab->setDate(kSandboxToday.addDays(1));   // Procore refuses logs for days to come
    QSignalSpy needsUser(&outbox, &OutboxService::needsUser);
    DailyLogEntryDialog *dialog = m_tab->addEntry(QStringLiteral("notes_logs"));
    qobject_cast<QPlainTextEdit *>(dialog->editor(QStringLiteral("comment")))->setPlainText(QStringLiteral("Pour planned"));
    dialog->accept();
    QVERIFY(needsUser.wait(20000));

    QTRY_VERIFY(rowWithStatus(QStringLiteral("notes_logs"), QStringLiteral("Refused by Procore")).isValid());
    const QModelIndex row = rowWithStatus(QStringLiteral("notes_logs"), QStringLiteral("Refused by Procore"));
    QVERIFY(row.data(DailyLogDayModel::NeedsUserRole).toBool());
    QVERIFY2(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("can't be in the future")), qPrintable(row.data(Qt::ToolTipRole).toString()));
    // Still editable: the form opens with what was typed and Procore's words.
    DailyLogEntryDialog *again = m_tab->editItem(*m_tab->dayModel()->item(row));
    QVERIFY(again);
    QCOMPARE(qobject_cast<QPlainTextEdit *>(again->editor(QStringLiteral("comment")))->toPlainText(), QStringLiteral("Pour planned"));
    QVERIFY2(again->problemText().contains(QStringLiteral("can't be in the future")), qPrintable(again->problemText()));
    again->reject();
    QVERIFY(outbox.discard(row.data(DailyLogDayModel::OutboxIdRole).toLongLong()));
    m_tab->setWriter(nullptr);
}

void TestDailyLogTab::copyManpowerRepeatsThePreviousDaysCrews()
{
    m_fixture->api.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1")));   // stays in the outbox
    OutboxService outbox(&m_fixture->api);
    outbox.setRetryInterval(3600000);
    outbox.setCache(m_cache.get());
    DailyLogWriter writer(&outbox);
    m_tab->setWriter(&writer);
    const QDate day = m_busyDay.addDays(1);
    const QDate source = DailyLogStore(*m_cache).lastDayBefore(m_projectId, kManpower, day);
    const QList<DailyLogEntry> crews = DailyLogStore(*m_cache).between(m_projectId, source, source, {kManpower});
    QVERIFY(!crews.isEmpty());
    m_tab->setDate(day);
    const int before = m_tab->dayModel()->sectionIndex(kManpower).data(DailyLogDayModel::CountRole).toInt();
    m_tab->findChild<QAction *>(QStringLiteral("dailyLogCopyManpower"))->trigger();
    QTRY_COMPARE(m_tab->dayModel()->sectionIndex(kManpower).data(DailyLogDayModel::CountRole).toInt(), before + int(crews.size()));
    QVERIFY(m_tab->notice()->text().contains(QString::number(crews.size())));
    int workers = 0;
    for (const DailyLogEntry &crew : crews)
        workers += crew.workers;
    int copiedWorkers = 0;
    for (const DailyLogItem &item : m_tab->dayModel()->items())
        copiedWorkers += item.isDraft() ? item.entry.workers : 0;
    QCOMPARE(copiedWorkers, workers);
    QTRY_VERIFY(!outbox.isSending());
    for (const OutboxEntry &change : OutboxStore(*m_cache).entries(m_projectId))
        QVERIFY(outbox.discard(change.id));
    m_tab->setWriter(nullptr);
}

QTEST_MAIN(TestDailyLogTab)
#include "tst_dailylogtab.moc"
