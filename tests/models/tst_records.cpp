#include "companies/company.h"
#include "projects/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace sitedesk;

class TestRecords final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char *text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
        return document.object();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void companyReadsProcoreShapeAndKeepsRawVerbatim()
    {
        const QJsonObject object = parse(R"({"id": 562949953421312, "name": "Acme Builders",
            "is_active": false, "logo_url": null, "my_company": true, "extra": {"x": [1, 2]}})");
        const std::optional<Company> company = Company::fromJson(object);
        QVERIFY(company);
        QCOMPARE(company->id, Q_INT64_C(562949953421312));
        QCOMPARE(company->name, QStringLiteral("Acme Builders"));
        QVERIFY(!company->isActive);
        QCOMPARE(company->raw, object);
    }

    void companyWithoutUsableIdIsRejected()
    {
        QVERIFY(!Company::fromJson(parse(R"({"name": "No id"})")));
        QVERIFY(!Company::fromJson(parse(R"({"id": null, "name": "Null id"})")));
        QVERIFY(!Company::fromJson(parse(R"({"id": "abc"})")));
        QVERIFY(Company::fromJson(parse(R"({"id": "7"})"))->isActive); // missing flag: active
    }

    void projectReadsFullV1Shape()
    {
        const QJsonObject object = parse(R"({"id": "562949953421999", "name": "Tower A",
            "display_name": "T-100 - Tower A", "project_number": "T-100", "city": "Zürich",
            "project_stage": {"id": 3, "name": "Course of Construction"}, "active": true,
            "updated_at": "2024-05-01T12:30:00Z", "company": {"id": 562949953421312, "name": "Acme"}})");
        const std::optional<Project> project = Project::fromJson(object, 1);
        QVERIFY(project);
        QCOMPARE(project->id, Q_INT64_C(562949953421999));
        QCOMPARE(project->companyId, Q_INT64_C(562949953421312)); // the object's company wins
        QCOMPARE(project->name, QStringLiteral("Tower A"));
        QCOMPARE(project->displayName, QStringLiteral("T-100 - Tower A"));
        QCOMPARE(project->projectNumber, QStringLiteral("T-100"));
        QCOMPARE(project->city, QStringLiteral("Zürich"));
        QCOMPARE(project->stage, QStringLiteral("Course of Construction"));
        QVERIFY(project->active);
        QCOMPARE(project->updatedAt, QStringLiteral("2024-05-01T12:30:00Z"));
        QCOMPARE(project->raw, object);
    }

    void projectReadsSmallerCompanyScopedShape()
    {
        const QJsonObject object = parse(R"({"id": 42, "name": "Depot", "project_number": 1007,
            "stage": "Bidding", "active": "false"})");
        const std::optional<Project> project = Project::fromJson(object, 99);
        QVERIFY(project);
        QCOMPARE(project->companyId, qint64(99));
        QCOMPARE(project->projectNumber, QStringLiteral("1007"));
        QCOMPARE(project->stage, QStringLiteral("Bidding"));
        QVERIFY(!project->active);
        QCOMPARE(project->displayName, QStringLiteral("1007 - Depot")); // fallback
    }

    void projectDisplayNameFallsBackToNameWithoutNumber()
    {
        const std::optional<Project> project =
            Project::fromJson(parse(R"({"id": 1, "name": "Only name", "display_name": null})"), 5);
        QVERIFY(project);
        QCOMPARE(project->displayName, QStringLiteral("Only name"));
    }

    void projectSurvivesUnexpectedShapes()
    {
        // Every field in a shape Procore never documented: no crash, sensible defaults.
        const QJsonObject object = parse(R"({"id": 8, "name": ["x"], "display_name": {"a": 1},
            "project_number": null, "city": {"name": "Bern"}, "project_stage": [1, 2],
            "stage": 17, "active": {"x": 1}, "updated_at": 12, "company": "not an object"})");
        const std::optional<Project> project = Project::fromJson(object, 3);
        QVERIFY(project);
        QCOMPARE(project->companyId, qint64(3));
        QVERIFY(project->name.isEmpty());
        QCOMPARE(project->city, QStringLiteral("Bern"));
        QCOMPARE(project->stage, QStringLiteral("17"));
        QVERIFY(project->active);
        QCOMPARE(project->updatedAt, QStringLiteral("12"));
        QVERIFY(!Project::fromJson(QJsonObject(), 3));
        QVERIFY(!Project::fromJson(parse(R"({"id": {"id": 5}})"), 3));
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
