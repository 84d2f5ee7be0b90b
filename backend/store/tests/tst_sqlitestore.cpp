// The store through its api::Store interface: CRUD for every kind, the operation log, revisions,
// constraints, cascade, demo data, listing, changesSince, users, sessions and settings.

#include "backend/api/limitsetrecord.h"
#include "backend/store/oplog.h"
#include "backend/store/sqlitestore.h"
#include "storetestsupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <thread>

using namespace edge;
using namespace edge::store;
using namespace edge::store::test;
using api::Code;
using api::EntityKind;
using api::Record;

namespace {

QString field(const Record &r, const char *name)
{
    return r.fields.value(QString::fromLatin1(name)).toString();
}

QString errorText(const api::Error &e)
{
    return QStringLiteral("%1: %2").arg(api::codeName(e.code), e.toString());
}

} // namespace

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto &check_ok_result = (expr);                                                      \
        QVERIFY2(check_ok_result.has_value(),                                                      \
                 qPrintable(check_ok_result ? QString() : errorText(check_ok_result.error())));    \
    } while (false)

class TestSqliteStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void crudEveryKind_data();
    void crudEveryKind();
    void createGeneratesUuid();
    void opLogOnCreate();
    void opLogOnUpdateOnlyChangedFields();
    void noOpUpdateWritesNothing();
    void opLogOnDelete();
    void hlcStrictlyIncreasingAndRestored();
    void revisionConflict();
    void constraintErrors_data();
    void constraintErrors();
    void validationErrorsNameTheField();
    void removeWithChildren();
    void cascadeDeleteIsOpLogged();
    void removeDemoData();
    void listFiltersSearchAndPaging();
    void listSearchIsUnicodeCaseInsensitive();
    void changesSince();
    void changesSinceKeepsRevisionsWhole();
    void changesSinceReplayMatchesState();
    void commitListenerRunsOutsideTheLock();
    void users();
    void userOpsNeverRecordTheHash();
    void sessions();
    void settings();
    void appendOperationsIsIdempotent();
    void opValueEncoding_data();
    void opValueEncoding();
    void concurrentWriters();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    api::ManualClock m_clock;
    std::unique_ptr<SqliteStore> m_store;
    QString dbPath() const { return m_dir->filePath(QStringLiteral("store.db")); }
    void reopen();
    Record make(const Record &r, const QString &actor = QStringLiteral("alice"));
    QList<api::Operation> opsAfter(qint64 seq);
};

void TestSqliteStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TestSqliteStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSqliteStore::reopen()
{
    m_store.reset();
    SqliteStore::Options options;
    options.replicaId = QStringLiteral("test-replica");
    auto store = SqliteStore::open(dbPath(), m_clock, options);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
}

Record TestSqliteStore::make(const Record &r, const QString &actor)
{
    auto created = m_store->create(r, actor);
    if (!created) {
        qWarning("create failed: %s", qPrintable(errorText(created.error())));
        return {};
    }
    return *created;
}

QList<api::Operation> TestSqliteStore::opsAfter(qint64 seq)
{
    auto ops = m_store->operationsSince(seq, 0);
    return ops ? *ops : QList<api::Operation>();
}

// ---- CRUD -------------------------------------------------------------------------------------

void TestSqliteStore::crudEveryKind_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<QString>("changeField");
    QTest::addColumn<QVariant>("changeValue");
    QTest::newRow("region") << EntityKind::Region << QStringLiteral("description")
                            << QVariant(QStringLiteral("South"));
    QTest::newRow("site") << EntityKind::Site << QStringLiteral("latitude") << QVariant(-33.86);
    QTest::newRow("cabinet") << EntityKind::Cabinet << QStringLiteral("height_u")
                             << QVariant(qint64(24));
    QTest::newRow("node") << EntityKind::Node << QStringLiteral("labels")
                          << QVariant(QStringLiteral("{\"zone\":\"b\"}"));
    QTest::newRow("device") << EntityKind::Device << QStringLiteral("demo") << QVariant(true);
    QTest::newRow("survey") << EntityKind::Survey << QStringLiteral("noise_zone")
                            << QVariant(QStringLiteral("1"));
    QTest::newRow("survey-item") << EntityKind::SurveyItem << QStringLiteral("payload")
                                 << QVariant(QStringLiteral("{\"readings\":[1]}"));
    QTest::newRow("limit-set") << EntityKind::LimitSet << QStringLiteral("notes")
                               << QVariant(QStringLiteral("checked against the 2021 edition"));
}

void TestSqliteStore::crudEveryKind()
{
    QFETCH(EntityKind, kind);
    QFETCH(QString, changeField);
    QFETCH(QVariant, changeValue);

    const Record region = make(regionRecord(QStringLiteral("North")));
    const Record site = make(siteRecord(QStringLiteral("Shenzhen-01"), region.id));
    const Record cabinet = make(cabinetRecord(site.id, QStringLiteral("CAB-A")));
    QVERIFY(!cabinet.id.isEmpty());
    Record input;
    switch (kind) {
    case EntityKind::Region: input = regionRecord(QStringLiteral("East")); break;
    case EntityKind::Site: input = siteRecord(QStringLiteral("Shenzhen-02"), region.id); break;
    case EntityKind::Cabinet: input = cabinetRecord(site.id, QStringLiteral("CAB-B")); break;
    case EntityKind::Node:
        input = nodeRecord(site.id, QStringLiteral("edge-01"), cabinet.id);
        break;
    case EntityKind::Device:
        input = deviceRecord(site.id, QStringLiteral("UPS-1"), cabinet.id);
        break;
    case EntityKind::Survey: input = surveyRecord(site.id, QStringLiteral("Survey 1")); break;
    case EntityKind::SurveyItem: {
        const Record survey = make(surveyRecord(site.id, QStringLiteral("Survey 0")));
        input = surveyItemRecord(survey.id, QStringLiteral("readings 1"));
        break;
    }
    case EntityKind::LimitSet: {
        api::LimitSet set;
        set.id = QStringLiteral("my-profile");
        set.version = 2;
        set.title = QStringLiteral("My profile");
        set.category = QStringLiteral("temperature");
        api::LimitEntry entry;
        entry.key = QStringLiteral("drybulb");
        entry.limit.max = 30;
        entry.limit.unit = QStringLiteral("°C");
        entry.source.standard = QStringLiteral("user rule");
        set.entries.append(entry);
        input = api::limitSetRecordFor(set, QStringLiteral("alice")).toRecord();
        break;
    }
    case EntityKind::CommissioningTemplate:
    case EntityKind::CommissioningRun:
    case EntityKind::CommissioningRecord:
        QFAIL("no row: the commissioning kinds have their own tests (tst_commissioning)");
    }

    auto created = m_store->create(input, QStringLiteral("alice"));
    CHECK_OK(created);
    QVERIFY(!created->id.isEmpty());
    QCOMPARE(created->revision, m_store->revision());

    auto got = m_store->get(kind, created->id);
    CHECK_OK(got);
    QCOMPARE(*got, *created);
    // What went in comes out, field by field (toRecord() lists every field).
    for (auto it = input.fields.cbegin(); it != input.fields.cend(); ++it)
        QVERIFY2(got->fields.value(it.key()) == it.value(), qPrintable(it.key()));

    Record patch;
    patch.kind = kind;
    patch.id = created->id;
    patch.revision = created->revision;
    patch.fields.insert(changeField, changeValue);
    auto updated = m_store->update(patch, QStringLiteral("bob"));
    CHECK_OK(updated);
    QVERIFY(updated->revision > created->revision);
    QCOMPARE(updated->fields.value(changeField), changeValue);
    got = m_store->get(kind, created->id);
    CHECK_OK(got);
    QCOMPARE(*got, *updated);

    CHECK_OK(m_store->remove(kind, created->id, QStringLiteral("carol"), false));
    got = m_store->get(kind, created->id);
    QVERIFY(!got);
    QCOMPARE(got.error().code, Code::NotFound);
    QVERIFY(got.error().message.contains(created->id));
}

void TestSqliteStore::createGeneratesUuid()
{
    const Record site = make(siteRecord(QStringLiteral("Alpha")));
    QCOMPARE(site.id.size(), 36);
    QVERIFY(!site.id.startsWith(QLatin1Char('{')));
    QVERIFY(!QUuid::fromString(site.id).isNull());

    Record withId = siteRecord(QStringLiteral("Beta"));
    withId.id = QStringLiteral("site-beta");
    auto created = m_store->create(withId, {});
    CHECK_OK(created);
    QCOMPARE(created->id, QStringLiteral("site-beta"));
}

// ---- Operation log ----------------------------------------------------------------------------

void TestSqliteStore::opLogOnCreate()
{
    Record input = siteRecord(QStringLiteral("Alpha"));
    input.fields[QStringLiteral("notes")] = QStringLiteral("line 1\n\"quoted\"");
    const Record site = make(input, QStringLiteral("alice"));
    const auto ops = opsAfter(0);
    const QStringList nonNull = [&] {
        QStringList out;
        for (const api::FieldSpec &f : api::schemaOf(EntityKind::Site).fields)
            if (!site.fields.value(f.name).isNull())
                out << f.name;
        return out;
    }();
    QCOMPARE(ops.size(), nonNull.size() + 1);
    QCOMPARE(ops.first().field, QStringLiteral("$create"));
    QCOMPARE(ops.first().value, QStringLiteral("null"));
    QStringList fields;
    for (const api::Operation &op : ops) {
        QCOMPARE(op.entity, QStringLiteral("site"));
        QCOMPARE(op.entityId, site.id);
        QCOMPARE(op.actor, QStringLiteral("alice"));
        QCOMPARE(op.replicaId, QStringLiteral("test-replica"));
        QVERIFY(op.opId.startsWith(QStringLiteral("test-replica:")));
        if (op.field != u"$create")
            fields << op.field;
    }
    QCOMPARE(fields, nonNull);
    // Values are JSON of the stored value.
    QHash<QString, QString> values;
    for (const api::Operation &op : ops)
        values.insert(op.field, op.value);
    QCOMPARE(values.value(QStringLiteral("name")), QStringLiteral("\"Alpha\""));
    QCOMPARE(values.value(QStringLiteral("latitude")), QStringLiteral("22.5"));
    QCOMPARE(values.value(QStringLiteral("demo")), QStringLiteral("false"));
    QCOMPARE(values.value(QStringLiteral("notes")), QStringLiteral("\"line 1\\n\\\"quoted\\\"\""));
    // All in the revision of the create.
    const auto revisions = rawQuery(dbPath(),
                                    QStringLiteral("SELECT DISTINCT revision FROM op_log"));
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.first().first().toLongLong(), site.revision);
    // seq is the local order.
    for (int i = 1; i < ops.size(); ++i)
        QCOMPARE(ops.at(i).seq, ops.at(i - 1).seq + 1);
}

void TestSqliteStore::opLogOnUpdateOnlyChangedFields()
{
    const Record site = make(siteRecord(QStringLiteral("Alpha")));
    const qint64 lastSeq = opsAfter(0).last().seq;
    Record patch;
    patch.kind = EntityKind::Site;
    patch.id = site.id;
    patch.fields = {{QStringLiteral("name"), QStringLiteral("Alpha-2")},
                    {QStringLiteral("kind"), QStringLiteral("cabinet-site")}, // unchanged
                    {QStringLiteral("code"), QStringLiteral("ALP")},
                    {QStringLiteral("address"), QVariant()}}; // cleared
    auto updated = m_store->update(patch, QStringLiteral("bob"));
    CHECK_OK(updated);
    const auto ops = opsAfter(lastSeq);
    QCOMPARE(ops.size(), 3);
    QHash<QString, QString> values;
    for (const api::Operation &op : ops) {
        QCOMPARE(op.actor, QStringLiteral("bob"));
        QCOMPARE(op.entityId, site.id);
        values.insert(op.field, op.value);
    }
    QCOMPARE(values.value(QStringLiteral("name")), QStringLiteral("\"Alpha-2\""));
    QCOMPARE(values.value(QStringLiteral("code")), QStringLiteral("\"ALP\""));
    QCOMPARE(values.value(QStringLiteral("address")), QStringLiteral("null"));
    QVERIFY(updated->fields.value(QStringLiteral("address")).isNull());
    QCOMPARE(rawValue(dbPath(), QStringLiteral("SELECT revision FROM sites")).toLongLong(),
             updated->revision);
}

void TestSqliteStore::noOpUpdateWritesNothing()
{
    const Record site = make(siteRecord(QStringLiteral("Alpha")));
    const int opCount = opsAfter(0).size();
    const qint64 revision = m_store->revision();
    int notified = 0;
    m_store->setCommitListener([&](qint64) { ++notified; });

    Record patch;
    patch.kind = EntityKind::Site;
    patch.id = site.id;
    patch.fields = {{QStringLiteral("name"), QStringLiteral("Alpha")},
                    {QStringLiteral("latitude"), QStringLiteral("22.5")}, // same after normalising
                    {QStringLiteral("notes"), QString()}};                // "" is "not set"
    auto updated = m_store->update(patch, QStringLiteral("bob"));
    CHECK_OK(updated);
    QCOMPARE(*updated, site);
    QCOMPARE(opsAfter(0).size(), opCount);
    QCOMPARE(m_store->revision(), revision);
    QCOMPARE(notified, 0);
}

void TestSqliteStore::opLogOnDelete()
{
    const Record site = make(siteRecord(QStringLiteral("Alpha")));
    const qint64 lastSeq = opsAfter(0).last().seq;
    CHECK_OK(m_store->remove(EntityKind::Site, site.id, QStringLiteral("carol"), false));
    const auto ops = opsAfter(lastSeq);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().field, QStringLiteral("$delete"));
    QCOMPARE(ops.first().entity, QStringLiteral("site"));
    QCOMPARE(ops.first().entityId, site.id);
    QCOMPARE(ops.first().actor, QStringLiteral("carol"));
    QCOMPARE(rawValue(dbPath(),
                      QStringLiteral("SELECT revision FROM op_log WHERE field = '$delete'"))
                 .toLongLong(),
             m_store->revision());
}

void TestSqliteStore::hlcStrictlyIncreasingAndRestored()
{
    // The wall clock stands still, then steps back: timestamps still increase.
    make(siteRecord(QStringLiteral("A")));
    make(siteRecord(QStringLiteral("B")));
    m_clock.advance(-3'600'000);
    make(siteRecord(QStringLiteral("C")));
    auto ops = opsAfter(0);
    for (int i = 1; i < ops.size(); ++i)
        QVERIFY2(ops.at(i).hlc > ops.at(i - 1).hlc, qPrintable(QString::number(i)));
    const api::HlcTimestamp last = ops.last().hlc;

    // After a restart with the clock still behind, the log does not go back in time.
    reopen();
    m_clock.advance(-3'600'000);
    make(siteRecord(QStringLiteral("D")));
    ops = opsAfter(0);
    QVERIFY(ops.last().hlc > last);
    QSet<QString> ids;
    for (const api::Operation &op : ops)
        ids.insert(op.opId);
    QCOMPARE(ids.size(), ops.size()); // op ids never repeat across restarts
}

void TestSqliteStore::revisionConflict()
{
    const Record site = make(siteRecord(QStringLiteral("Alpha")));
    Record first;
    first.kind = EntityKind::Site;
    first.id = site.id;
    first.revision = site.revision;
    first.fields = {{QStringLiteral("notes"), QStringLiteral("first")}};
    CHECK_OK(m_store->update(first, {}));

    Record stale = first;
    stale.fields = {{QStringLiteral("notes"), QStringLiteral("second")}};
    auto r = m_store->update(stale, {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, Code::Conflict);
    QVERIFY2(r.error().message.contains(QStringLiteral("Alpha")), qPrintable(r.error().message));
    QCOMPARE(field(*m_store->get(EntityKind::Site, site.id), "notes"), QStringLiteral("first"));

    stale.revision = 0; // no revision: last writer wins
    CHECK_OK(m_store->update(stale, {}));
    QCOMPARE(field(*m_store->get(EntityKind::Site, site.id), "notes"), QStringLiteral("second"));
}

// ---- Constraints ------------------------------------------------------------------------------

void TestSqliteStore::constraintErrors_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("duplicate site name")
        << QStringLiteral("site-name") << int(Code::AlreadyExists)
        << QStringLiteral("A site named 'Alpha' already exists.") << QStringLiteral("name");
    QTest::newRow("duplicate cabinet in site")
        << QStringLiteral("cabinet-name") << int(Code::AlreadyExists)
        << QStringLiteral("A cabinet named 'CAB-A' already exists in this site.")
        << QStringLiteral("name");
    QTest::newRow("rename onto another")
        << QStringLiteral("rename") << int(Code::AlreadyExists)
        << QStringLiteral("A site named 'Alpha' already exists.") << QStringLiteral("name");
    QTest::newRow("missing site") << QStringLiteral("missing-parent")
                                  << int(Code::FailedPrecondition)
                                  << QStringLiteral("There is no site with the id 'nowhere'.")
                                  << QStringLiteral("site_id");
    QTest::newRow("missing region")
        << QStringLiteral("missing-region") << int(Code::FailedPrecondition)
        << QStringLiteral("There is no region with the id 'atlantis'.")
        << QStringLiteral("region_id");
    QTest::newRow("cabinet of another site")
        << QStringLiteral("foreign-cabinet") << int(Code::FailedPrecondition)
        << QStringLiteral("The cabinet 'CAB-A' belongs to another site.")
        << QStringLiteral("cabinet_id");
    QTest::newRow("duplicate id") << QStringLiteral("duplicate-id") << int(Code::AlreadyExists)
                                  << QStringLiteral("A site with the id 'fixed' already exists.")
                                  << QStringLiteral("id");
}

void TestSqliteStore::constraintErrors()
{
    QFETCH(QString, scenario);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QString, field);

    Record alpha = siteRecord(QStringLiteral("Alpha"));
    alpha.id = QStringLiteral("fixed");
    const Record site = make(alpha);
    const Record other = make(siteRecord(QStringLiteral("Beta")));
    const Record cab = make(cabinetRecord(site.id, QStringLiteral("CAB-A")));
    // The same cabinet name in another site is fine.
    CHECK_OK(m_store->create(cabinetRecord(other.id, QStringLiteral("CAB-A")), {}));
    const int opsBefore = opsAfter(0).size();
    const qint64 revisionBefore = m_store->revision();

    api::Result<Record> r;
    if (scenario == u"site-name") {
        r = m_store->create(siteRecord(QStringLiteral("Alpha")), {});
    } else if (scenario == u"cabinet-name") {
        r = m_store->create(cabinetRecord(site.id, QStringLiteral("CAB-A")), {});
    } else if (scenario == u"rename") {
        Record patch;
        patch.kind = EntityKind::Site;
        patch.id = other.id;
        patch.fields = {{QStringLiteral("name"), QStringLiteral("Alpha")}};
        r = m_store->update(patch, {});
    } else if (scenario == u"missing-parent") {
        r = m_store->create(cabinetRecord(QStringLiteral("nowhere"), QStringLiteral("CAB-Z")), {});
    } else if (scenario == u"missing-region") {
        r = m_store->create(siteRecord(QStringLiteral("Gamma"), QStringLiteral("atlantis")), {});
    } else if (scenario == u"foreign-cabinet") {
        r = m_store->create(nodeRecord(other.id, QStringLiteral("edge-9"), cab.id), {});
    } else if (scenario == u"duplicate-id") {
        Record again = siteRecord(QStringLiteral("Delta"));
        again.id = QStringLiteral("fixed");
        r = m_store->create(again, {});
    }
    QVERIFY(!r);
    QCOMPARE(int(r.error().code), code);
    QCOMPARE(r.error().message, message);
    QCOMPARE(r.error().field, field);
    // Nothing was written.
    QCOMPARE(opsAfter(0).size(), opsBefore);
    QCOMPARE(m_store->revision(), revisionBefore);
}

void TestSqliteStore::validationErrorsNameTheField()
{
    Record bad = siteRecord(QStringLiteral("Alpha"));
    bad.fields[QStringLiteral("latitude")] = 123.0;
    auto r = m_store->create(bad, {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, Code::Validation);
    QCOMPARE(r.error().field, QStringLiteral("latitude"));

    const Record site = make(siteRecord(QStringLiteral("Alpha")));
    Record patch;
    patch.kind = EntityKind::Site;
    patch.id = site.id;
    patch.fields = {{QStringLiteral("colour"), QStringLiteral("red")}};
    auto u = m_store->update(patch, {});
    QVERIFY(!u);
    QCOMPARE(u.error().code, Code::Validation);
    QCOMPARE(u.error().field, QStringLiteral("colour"));

    patch.fields = {{QStringLiteral("name"), QVariant()}}; // required
    u = m_store->update(patch, {});
    QVERIFY(!u);
    QCOMPARE(u.error().code, Code::Validation);
    QCOMPARE(u.error().field, QStringLiteral("name"));

    patch.id = QStringLiteral("no-such-site");
    patch.fields = {{QStringLiteral("notes"), QStringLiteral("x")}};
    u = m_store->update(patch, {});
    QVERIFY(!u);
    QCOMPARE(u.error().code, Code::NotFound);
}

// ---- Delete, cascade, demo data ---------------------------------------------------------------

void TestSqliteStore::removeWithChildren()
{
    const Record site = make(siteRecord(QStringLiteral("Alpha")));
    const Record cab = make(cabinetRecord(site.id, QStringLiteral("CAB-A")));
    make(cabinetRecord(site.id, QStringLiteral("CAB-B")));
    make(nodeRecord(site.id, QStringLiteral("edge-01"), cab.id));
    make(deviceRecord(site.id, QStringLiteral("UPS-1")));
    const qint64 revision = m_store->revision();

    auto r = m_store->remove(EntityKind::Site, site.id, {}, false);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Code::FailedPrecondition);
    QVERIFY2(r.error().message.contains(QStringLiteral("holds 4 entities")),
             qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("cabinets: 2")));
    QVERIFY(r.error().message.contains(QStringLiteral("nodes: 1")));
    QVERIFY(r.error().message.contains(QStringLiteral("devices: 1")));
    QVERIFY(r.error().message.contains(QStringLiteral("cascade")));
    QCOMPARE(m_store->revision(), revision);
    QVERIFY(m_store->get(EntityKind::Site, site.id));

    r = m_store->remove(EntityKind::Cabinet, cab.id, {}, false);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("holds 1 entities (nodes: 1)")),
             qPrintable(r.error().message));
}

void TestSqliteStore::cascadeDeleteIsOpLogged()
{
    const Record region = make(regionRecord(QStringLiteral("North")));
    const Record site = make(siteRecord(QStringLiteral("Alpha"), region.id));
    const Record cab = make(cabinetRecord(site.id, QStringLiteral("CAB-A")));
    const Record node = make(nodeRecord(site.id, QStringLiteral("edge-01"), cab.id));
    const Record dev = make(deviceRecord(site.id, QStringLiteral("UPS-1"), cab.id));
    const Record loose = make(deviceRecord(site.id, QStringLiteral("UPS-2")));
    const Record keep = make(siteRecord(QStringLiteral("Elsewhere")));
    const qint64 lastSeq = opsAfter(0).last().seq;
    qint64 notified = 0;
    m_store->setCommitListener([&](qint64 rev) { notified = rev; });

    CHECK_OK(m_store->remove(EntityKind::Region, region.id, QStringLiteral("dora"), true));
    const auto ops = opsAfter(lastSeq);
    QCOMPARE(ops.size(), 6);
    QStringList deleted;
    for (const api::Operation &op : ops) {
        QCOMPARE(op.field, QStringLiteral("$delete"));
        QCOMPARE(op.actor, QStringLiteral("dora"));
        deleted << op.entity + QLatin1Char(':') + op.entityId;
    }
    // Children before their parents.
    auto pos = [&](const QString &kind, const QString &id) {
        return deleted.indexOf(kind + QLatin1Char(':') + id);
    };
    QVERIFY(pos(QStringLiteral("node"), node.id) >= 0);
    QVERIFY(pos(QStringLiteral("node"), node.id) < pos(QStringLiteral("cabinet"), cab.id));
    QVERIFY(pos(QStringLiteral("device"), dev.id) < pos(QStringLiteral("cabinet"), cab.id));
    QVERIFY(pos(QStringLiteral("cabinet"), cab.id) < pos(QStringLiteral("site"), site.id));
    QVERIFY(pos(QStringLiteral("device"), loose.id) < pos(QStringLiteral("site"), site.id));
    QCOMPARE(pos(QStringLiteral("region"), region.id), 5);
    // One mutation, one revision.
    QCOMPARE(rawValue(dbPath(),
                      QStringLiteral("SELECT COUNT(DISTINCT revision) FROM op_log WHERE seq > %1")
                          .arg(lastSeq)),
             QStringLiteral("1"));
    QCOMPARE(notified, m_store->revision());
    for (const char *table : {"regions", "cabinets", "nodes", "devices"})
        QCOMPARE(rawValue(dbPath(),
                          QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                 QStringLiteral("0"));
    QVERIFY(m_store->get(EntityKind::Site, keep.id));
}

void TestSqliteStore::removeDemoData()
{
    const Record region = make(regionRecord(QStringLiteral("Demo region"), true));
    const Record site = make(siteRecord(QStringLiteral("Demo site"), region.id, true));
    make(cabinetRecord(site.id, QStringLiteral("DEMO-CAB"), true));
    make(nodeRecord(site.id, QStringLiteral("demo-node"), {}, true));
    make(deviceRecord(site.id, QStringLiteral("DEMO-UPS"), {}, true));
    // Demo site with a real cabinet added by someone: kept, with its region.
    const Record mixed = make(siteRecord(QStringLiteral("Demo mixed"), region.id, true));
    const Record real = make(cabinetRecord(mixed.id, QStringLiteral("REAL-CAB"), false));
    const Record realSite = make(siteRecord(QStringLiteral("Real site")));
    const qint64 lastSeq = opsAfter(0).last().seq;

    auto removed = m_store->removeDemoData(QStringLiteral("admin"));
    CHECK_OK(removed);
    QCOMPARE(*removed, 4); // device, node, cabinet, site
    const auto ops = opsAfter(lastSeq);
    QCOMPARE(ops.size(), 4);
    for (const api::Operation &op : ops) {
        QCOMPARE(op.field, QStringLiteral("$delete"));
        QCOMPARE(op.actor, QStringLiteral("admin"));
    }
    QVERIFY(!m_store->get(EntityKind::Site, site.id));
    QVERIFY(m_store->get(EntityKind::Site, mixed.id));
    QVERIFY(m_store->get(EntityKind::Cabinet, real.id));
    QVERIFY(m_store->get(EntityKind::Region, region.id));
    QVERIFY(m_store->get(EntityKind::Site, realSite.id));

    // Nothing left to remove: no new revision.
    const qint64 revision = m_store->revision();
    removed = m_store->removeDemoData(QStringLiteral("admin"));
    CHECK_OK(removed);
    QCOMPARE(*removed, 0);
    QCOMPARE(m_store->revision(), revision);
}

// ---- Listing ----------------------------------------------------------------------------------

void TestSqliteStore::listFiltersSearchAndPaging()
{
    const Record north = make(regionRecord(QStringLiteral("North")));
    QStringList names;
    for (int i = 0; i < 25; ++i) {
        const QString name = QStringLiteral("Site-%1").arg(i, 2, 10, QLatin1Char('0'));
        names << name;
        make(siteRecord(name, i % 2 ? north.id : QString()));
    }
    Record special = siteRecord(QStringLiteral("100% Yard_1"));
    special.fields[QStringLiteral("code")] = QStringLiteral("YARD");
    make(special);

    api::ListQuery q;
    q.kind = EntityKind::Site;
    auto page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 26);
    QCOMPARE(page->records.size(), 26);
    QCOMPARE(page->revision, m_store->revision());
    QCOMPARE(page->records.first().name(), QStringLiteral("100% Yard_1")); // ordered by name

    q.parentId = north.id;
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 12);
    for (const Record &r : page->records)
        QCOMPARE(field(r, "region_id"), north.id);

    q = {};
    q.kind = EntityKind::Site;
    q.offset = 10;
    q.limit = 5;
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 26);
    QCOMPARE(page->records.size(), 5);
    QCOMPARE(page->records.first().name(), names.at(9));
    QCOMPARE(page->records.last().name(), names.at(13));

    q.offset = 24;
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->records.size(), 2);
    q.offset = 40;
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->records.size(), 0);
    QCOMPARE(page->total, 26);

    q = {};
    q.kind = EntityKind::Site;
    q.name = QStringLiteral("Site-07");
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 1);
    QCOMPARE(page->records.first().name(), QStringLiteral("Site-07"));

    q = {};
    q.kind = EntityKind::Site;
    q.search = QStringLiteral("site-1"); // case-insensitive substring
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 10);

    q.search = QStringLiteral("harbour road, site-2"); // address
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 5);

    q.search = QStringLiteral("yard"); // code and name
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 1);

    q.search = QStringLiteral("0%"); // % is literal, not a wildcard
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 1);
    q.search = QStringLiteral("d_1"); // _ is literal
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 1);

    // Children are listed by their parent.
    const Record site = make(siteRecord(QStringLiteral("Parent")));
    make(cabinetRecord(site.id, QStringLiteral("B")));
    make(cabinetRecord(site.id, QStringLiteral("A")));
    Record serial = cabinetRecord(site.id, QStringLiteral("C"));
    serial.fields[QStringLiteral("serial")] = QStringLiteral("XZ-991");
    make(serial);
    q = {};
    q.kind = EntityKind::Cabinet;
    q.parentId = site.id;
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 3);
    QCOMPARE(page->records.at(0).name(), QStringLiteral("A"));
    q.search = QStringLiteral("xz-99");
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 1);

    q = {};
    q.kind = EntityKind::Region;
    q.parentId = QStringLiteral("x");
    QCOMPARE(m_store->list(q).error().code, Code::InvalidArgument);
    q.parentId.clear();
    q.limit = -1;
    QCOMPARE(m_store->list(q).error().code, Code::InvalidArgument);
}

void TestSqliteStore::listSearchIsUnicodeCaseInsensitive()
{
    make(siteRecord(QStringLiteral("ÄRZTEHAUS Süd")));
    make(siteRecord(QStringLiteral("深圳南山-01")));
    api::ListQuery q;
    q.kind = EntityKind::Site;
    q.search = QStringLiteral("ärztehaus süd");
    auto page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 1);
    q.search = QStringLiteral("南山");
    page = m_store->list(q);
    CHECK_OK(page);
    QCOMPARE(page->total, 1);
}

// ---- Changes ----------------------------------------------------------------------------------

void TestSqliteStore::changesSince()
{
    const Record a = make(siteRecord(QStringLiteral("A"))); // r1
    const Record b = make(siteRecord(QStringLiteral("B"))); // r2
    Record patch;
    patch.kind = EntityKind::Site;
    patch.id = a.id;
    patch.fields = {{QStringLiteral("notes"), QStringLiteral("n")}};
    const Record a2 = *m_store->update(patch, {});                // r3
    CHECK_OK(m_store->remove(EntityKind::Site, b.id, {}, false)); // r4
    QVERIFY(m_store->createUser({{}, 0, QStringLiteral("eve"), {}, api::Role::Viewer, false},
                                QStringLiteral("hash"), {})); // r5, not inventory
    const Record c = make(siteRecord(QStringLiteral("C")));   // r6

    auto changes = m_store->changesSince(0, 0);
    CHECK_OK(changes);
    // B's creation is not reported: B is gone; its deletion is.
    QCOMPARE(changes->size(), 4);
    QCOMPARE(changes->at(0).op, api::ChangeOp::Created);
    QCOMPARE(changes->at(0).revision, a.revision);
    QCOMPARE(changes->at(0).record, a2); // the current record
    QCOMPARE(changes->at(1).op, api::ChangeOp::Updated);
    QCOMPARE(changes->at(1).revision, a2.revision);
    QCOMPARE(changes->at(2).op, api::ChangeOp::Deleted);
    QCOMPARE(changes->at(2).id, b.id);
    QCOMPARE(changes->at(2).kind, EntityKind::Site);
    QCOMPARE(changes->at(2).record.id, b.id);
    QCOMPARE(changes->at(3).op, api::ChangeOp::Created);
    QCOMPARE(changes->at(3).record, c);

    changes = m_store->changesSince(a2.revision, 0);
    CHECK_OK(changes);
    QCOMPARE(changes->size(), 2);
    changes = m_store->changesSince(m_store->revision(), 0);
    CHECK_OK(changes);
    QVERIFY(changes->isEmpty());
    changes = m_store->changesSince(0, 1);
    CHECK_OK(changes);
    QCOMPARE(changes->size(), 1);
}

void TestSqliteStore::changesSinceKeepsRevisionsWhole()
{
    const Record site = make(siteRecord(QStringLiteral("A")));
    for (int i = 0; i < 3; ++i)
        make(cabinetRecord(site.id, QStringLiteral("CAB-%1").arg(i)));
    const qint64 before = m_store->revision();
    CHECK_OK(m_store->remove(EntityKind::Site, site.id, {}, true)); // 4 deletes, one revision
    make(siteRecord(QStringLiteral("B")));

    auto changes = m_store->changesSince(before, 2);
    CHECK_OK(changes);
    QCOMPARE(changes->size(), 4); // the limit does not split a revision
    for (const api::Change &c : *changes) {
        QCOMPARE(c.op, api::ChangeOp::Deleted);
        QCOMPARE(c.revision, before + 1);
    }
    QCOMPARE(changes->last().kind, EntityKind::Site); // children first, as they were deleted
    changes = m_store->changesSince(before + 1, 2);
    CHECK_OK(changes);
    QCOMPARE(changes->size(), 1);
}

void TestSqliteStore::changesSinceReplayMatchesState()
{
    // A watcher that applies every change from revision 0, in pages, ends with what list() shows.
    const Record r1 = make(regionRecord(QStringLiteral("R1")));
    QStringList siteIds;
    for (int i = 0; i < 6; ++i)
        siteIds << make(siteRecord(QStringLiteral("S%1").arg(i), r1.id)).id;
    for (int i = 0; i < 6; ++i)
        make(cabinetRecord(siteIds.at(i % 3), QStringLiteral("C%1").arg(i)));
    Record patch;
    patch.kind = EntityKind::Site;
    patch.id = siteIds.at(4);
    patch.fields = {{QStringLiteral("code"), QStringLiteral("S4")}};
    CHECK_OK(m_store->update(patch, {}));
    CHECK_OK(m_store->remove(EntityKind::Site, siteIds.at(0), {}, true));
    CHECK_OK(m_store->remove(EntityKind::Site, siteIds.at(5), {}, false));
    Record again = siteRecord(QStringLiteral("S5-again"));
    again.id = siteIds.at(5); // same id, created anew
    make(again);

    QHash<QString, Record> state;
    qint64 from = 0;
    for (int guard = 0; guard < 100; ++guard) {
        auto changes = m_store->changesSince(from, 3);
        CHECK_OK(changes);
        if (changes->isEmpty())
            break;
        for (const api::Change &c : *changes) {
            const QString key = api::kindName(c.kind) + QLatin1Char(':') + c.id;
            if (c.op == api::ChangeOp::Deleted)
                state.remove(key);
            else
                state.insert(key, c.record);
            from = c.revision;
        }
    }
    QHash<QString, Record> expected;
    for (EntityKind kind : api::allKinds()) {
        api::ListQuery q;
        q.kind = kind;
        const auto page = m_store->list(q);
        QVERIFY(page);
        for (const Record &r : page->records)
            expected.insert(api::kindName(kind) + QLatin1Char(':') + r.id, r);
    }
    QCOMPARE(state.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(state.value(it.key()), it.value());
}

void TestSqliteStore::commitListenerRunsOutsideTheLock()
{
    QList<qint64> seen;
    QList<qint64> readBack;
    m_store->setCommitListener([&](qint64 revision) {
        seen << revision;
        // Calling back into the store would deadlock if the lock were still held.
        readBack << m_store->revision();
    });
    make(siteRecord(QStringLiteral("A")));
    make(siteRecord(QStringLiteral("B")));
    QCOMPARE(seen, (QList<qint64>{1, 2}));
    QCOMPARE(readBack, seen);
    // A failed mutation commits nothing.
    QVERIFY(!m_store->create(siteRecord(QStringLiteral("A")), {}));
    QCOMPARE(seen.size(), 2);
    m_store->setCommitListener({});
    make(siteRecord(QStringLiteral("C")));
    QCOMPARE(seen.size(), 2);
}

// ---- Users, sessions, settings ----------------------------------------------------------------

void TestSqliteStore::users()
{
    api::User u;
    u.name = QStringLiteral("alice");
    u.displayName = QStringLiteral("Alice Liddell");
    u.role = api::Role::Operator;
    auto created = m_store->createUser(u, QStringLiteral("$argon2id$v=19$hash-a"),
                                       QStringLiteral("root"));
    CHECK_OK(created);
    QVERIFY(!created->user.id.isEmpty());
    QCOMPARE(created->user.revision, m_store->revision());

    auto got = m_store->getUser(QStringLiteral("alice"));
    CHECK_OK(got);
    QCOMPARE(got->user.displayName, QStringLiteral("Alice Liddell"));
    QCOMPARE(got->user.role, api::Role::Operator);
    QCOMPARE(got->passwordHash, QStringLiteral("$argon2id$v=19$hash-a"));

    auto missing = m_store->getUser(QStringLiteral("nobody"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Code::NotFound);

    auto dup = m_store->createUser(u, QStringLiteral("h"), {});
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, Code::AlreadyExists);
    QCOMPARE(dup.error().message, QStringLiteral("A user named 'alice' already exists."));

    api::User bad = u;
    bad.name = QStringLiteral("Not Valid");
    auto invalid = m_store->createUser(bad, QStringLiteral("h"), {});
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, Code::Validation);
    QCOMPARE(invalid.error().field, QStringLiteral("name"));

    api::User b;
    b.name = QStringLiteral("bob");
    CHECK_OK(m_store->createUser(b, QStringLiteral("hash-b"), {}));
    auto all = m_store->listUsers();
    CHECK_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("alice"));
    QCOMPARE(all->at(1).name, QStringLiteral("bob"));

    const qint64 lastSeq = opsAfter(0).last().seq;
    api::User change = got->user;
    change.role = api::Role::Admin;
    change.disabled = true;
    auto updated = m_store->updateUser(change, QStringLiteral("root"));
    CHECK_OK(updated);
    QCOMPARE(updated->role, api::Role::Admin);
    QVERIFY(updated->disabled);
    auto ops = opsAfter(lastSeq);
    QCOMPARE(ops.size(), 2); // role and disabled, not the unchanged display name
    for (const api::Operation &op : ops) {
        QCOMPARE(op.entity, QStringLiteral("user"));
        QCOMPARE(op.entityId, created->user.id);
        QCOMPARE(op.actor, QStringLiteral("root"));
    }
    QCOMPARE(ops.at(0).field, QStringLiteral("role"));
    QCOMPARE(ops.at(0).value, QStringLiteral("\"admin\""));
    QCOMPARE(ops.at(1).value, QStringLiteral("true"));

    auto stale = m_store->updateUser(got->user, {}); // carries the old revision
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Code::Conflict);

    CHECK_OK(m_store->setPasswordHash(QStringLiteral("alice"), QStringLiteral("hash-2"),
                                      QStringLiteral("alice")));
    QCOMPARE(m_store->getUser(QStringLiteral("alice"))->passwordHash, QStringLiteral("hash-2"));

    const QString token = tokenHash("alice-token");
    CHECK_OK(m_store->createSession({token, QStringLiteral("alice"), 1, 2}));
    CHECK_OK(m_store->removeUser(QStringLiteral("alice"), QStringLiteral("root")));
    QCOMPARE(m_store->getUser(QStringLiteral("alice")).error().code, Code::NotFound);
    QCOMPARE(m_store->findSession(token).error().code, Code::NotFound); // sessions end with the user
    ops = opsAfter(0);
    QCOMPARE(ops.last().field, QStringLiteral("$delete"));
    QCOMPARE(ops.last().entity, QStringLiteral("user"));
    QCOMPARE(m_store->removeUser(QStringLiteral("alice"), {}).error().code, Code::NotFound);
}

void TestSqliteStore::userOpsNeverRecordTheHash()
{
    const QString secret = QStringLiteral("$argon2id$v=19$m=65536$SECRETSALT$SECRETHASH");
    api::User u;
    u.name = QStringLiteral("carol");
    CHECK_OK(m_store->createUser(u, secret, {}));
    CHECK_OK(m_store->setPasswordHash(QStringLiteral("carol"), secret + QStringLiteral("2"), {}));
    const auto ops = opsAfter(0);
    int redacted = 0;
    for (const api::Operation &op : ops) {
        QVERIFY(!op.value.contains(QStringLiteral("SECRET")));
        if (op.field == u"password_hash") {
            QCOMPARE(op.value, QStringLiteral("\"(redacted)\""));
            ++redacted;
        }
    }
    QCOMPARE(redacted, 2);
    QCOMPARE(rawValue(dbPath(),
                      QStringLiteral("SELECT COUNT(*) FROM op_log WHERE value LIKE '%SECRET%'")),
             QStringLiteral("0"));
}

void TestSqliteStore::sessions()
{
    api::User u;
    u.name = QStringLiteral("dave");
    CHECK_OK(m_store->createUser(u, QStringLiteral("h"), {}));
    const qint64 revision = m_store->revision();

    auto clear = m_store->createSession(
        {QStringLiteral("plain-token"), QStringLiteral("dave"), 0, 10});
    QVERIFY(!clear);
    QCOMPARE(clear.error().code, Code::InvalidArgument);
    QCOMPARE(clear.error().field, QStringLiteral("token_hash"));

    auto noUser = m_store->createSession({tokenHash("x"), QStringLiteral("ghost"), 0, 10});
    QVERIFY(!noUser);
    QCOMPARE(noUser.error().code, Code::FailedPrecondition);

    const QString t1 = tokenHash("t1"), t2 = tokenHash("t2"), t3 = tokenHash("t3");
    CHECK_OK(m_store->createSession({t1, QStringLiteral("dave"), 100, 1000}));
    CHECK_OK(m_store->createSession({t2, QStringLiteral("dave"), 100, 2000}));
    CHECK_OK(m_store->createSession({t3, QStringLiteral("dave"), 100, 3000}));
    QCOMPARE(m_store->createSession({t1, QStringLiteral("dave"), 1, 2}).error().code,
             Code::AlreadyExists);

    auto found = m_store->findSession(t2);
    CHECK_OK(found);
    QCOMPARE(found->userName, QStringLiteral("dave"));
    QCOMPARE(found->createdAtMs, qint64(100));
    QCOMPARE(found->expiresAtMs, qint64(2000));
    QCOMPARE(m_store->findSession(tokenHash("unknown")).error().code, Code::NotFound);

    auto expired = m_store->removeExpiredSessions(2000);
    CHECK_OK(expired);
    QCOMPARE(*expired, 2);
    QVERIFY(m_store->findSession(t3));
    CHECK_OK(m_store->removeSession(t3));
    QCOMPARE(m_store->findSession(t3).error().code, Code::NotFound);
    CHECK_OK(m_store->removeSession(t3)); // twice is harmless
    // Sessions are not inventory: no revision, no op log.
    QCOMPARE(m_store->revision(), revision);
    // Only hashes reach the file.
    QCOMPARE(rawValue(dbPath(),
                      QStringLiteral(
                          "SELECT COUNT(*) FROM sessions WHERE length(token_hash) <> 64")),
             QStringLiteral("0"));
}

void TestSqliteStore::settings()
{
    auto missing = m_store->setting(QStringLiteral("demo.seeded"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Code::NotFound);
    CHECK_OK(m_store->setSetting(QStringLiteral("demo.seeded"), QStringLiteral("1")));
    QCOMPARE(*m_store->setting(QStringLiteral("demo.seeded")), QStringLiteral("1"));
    CHECK_OK(m_store->setSetting(QStringLiteral("demo.seeded"), QStringLiteral("2")));
    QCOMPARE(*m_store->setting(QStringLiteral("demo.seeded")), QStringLiteral("2"));
    QCOMPARE(m_store->setSetting(QString(), QStringLiteral("x")).error().code,
             Code::InvalidArgument);
    reopen();
    QCOMPARE(*m_store->setting(QStringLiteral("demo.seeded")), QStringLiteral("2"));
}

// ---- Sync write path --------------------------------------------------------------------------

void TestSqliteStore::appendOperationsIsIdempotent()
{
    make(siteRecord(QStringLiteral("Local")));
    const api::HlcTimestamp remoteTime = api::HlcTimestamp::from(m_clock.nowMs() + 86'400'000, 7);
    QList<api::Operation> remote;
    for (int i = 1; i <= 5; ++i) {
        api::Operation op;
        op.opId = QStringLiteral("other:%1").arg(i);
        op.hlc = api::HlcTimestamp::from(remoteTime.wallMs(), i);
        op.replicaId = QStringLiteral("other");
        op.actor = QStringLiteral("zoe");
        op.entity = QStringLiteral("site");
        op.entityId = QStringLiteral("remote-site");
        op.field = i == 1 ? QStringLiteral("$create") : QStringLiteral("notes");
        op.value = OpLog::quote(QStringLiteral("v%1").arg(i));
        remote << op;
    }
    const qint64 revision = m_store->revision();
    auto added = m_store->applyOperations(remote, {}, 0);
    CHECK_OK(added);
    QCOMPARE(added->applied, 5);
    QCOMPARE(m_store->revision(), revision + 1);
    added = m_store->applyOperations(remote, {}, 0); // again: nothing new
    CHECK_OK(added);
    QCOMPARE(added->applied, 0);
    QCOMPARE(m_store->revision(), revision + 1);

    auto ops = opsAfter(0);
    int fromOther = 0;
    for (const api::Operation &op : ops)
        if (op.replicaId == u"other") {
            ++fromOther;
            QCOMPARE(op.actor, QStringLiteral("zoe"));
        }
    QCOMPARE(fromOther, 5);
    // The local clock moved past the remote one.
    make(siteRecord(QStringLiteral("After")));
    QVERIFY(opsAfter(0).last().hlc > remote.last().hlc);
    // An unknown entity in the log does not disturb changesSince.
    auto changes = m_store->changesSince(0, 0);
    CHECK_OK(changes);
    QCOMPARE(changes->size(), 2);

    api::Operation incomplete;
    incomplete.opId = QStringLiteral("x:1");
    QCOMPARE(m_store->applyOperations({incomplete}, {}, 0).error().code, Code::InvalidArgument);
}

void TestSqliteStore::opValueEncoding_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("json");
    QTest::newRow("null") << int(api::FieldType::Text) << QVariant() << QStringLiteral("null");
    QTest::newRow("text") << int(api::FieldType::Text) << QVariant(QStringLiteral("a\"b\\c\u0001é"))
                          << QStringLiteral("\"a\\\"b\\\\c\\u0001é\"");
    QTest::newRow("integer") << int(api::FieldType::Integer) << QVariant(qint64(9007199254740993LL))
                             << QStringLiteral("9007199254740993");
    QTest::newRow("real") << int(api::FieldType::Real) << QVariant(0.1) << QStringLiteral("0.1");
    QTest::newRow("bool") << int(api::FieldType::Bool) << QVariant(true) << QStringLiteral("true");
    QTest::newRow("json") << int(api::FieldType::Json) << QVariant(QStringLiteral("[\"ups\"]"))
                          << QStringLiteral("\"[\\\"ups\\\"]\"");
}

void TestSqliteStore::opValueEncoding()
{
    QFETCH(int, type);
    QFETCH(QVariant, value);
    QFETCH(QString, json);
    QCOMPARE(OpLog::encodeValue(value), json);
    auto decoded = OpLog::decodeValue(api::FieldType(type), json);
    CHECK_OK(decoded);
    QCOMPARE(*decoded, value);
    QVERIFY(!OpLog::decodeValue(api::FieldType(type), QStringLiteral("{broken")));
}

void TestSqliteStore::concurrentWriters()
{
    const Record site = make(siteRecord(QStringLiteral("Hub")));
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    QList<qint64> revisions[4];
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i) {
                auto r = m_store->create(deviceRecord(site.id,
                                                      QStringLiteral("D-%1-%2").arg(t).arg(i)),
                                         {});
                if (!r)
                    ++failures;
                else
                    revisions[t] << r->revision;
                api::ListQuery q;
                q.kind = EntityKind::Device;
                q.parentId = site.id;
                if (!m_store->list(q))
                    ++failures;
            }
        });
    for (auto &th : threads)
        th.join();
    QCOMPARE(failures.load(), 0);
    QSet<qint64> all;
    for (const auto &list : revisions)
        for (qint64 r : list)
            all.insert(r);
    QCOMPARE(all.size(), 100); // every commit its own revision
    QCOMPARE(m_store->revision(), site.revision + 100);
    QCOMPARE(*m_store->integrityCheck(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
