// The store's commissioning rule (api/commissioning.h): a finished run is read-only. Creating a
// record for it, editing it or editing one of its records is refused with FailedPrecondition and
// "start a revision"; merging operations from another replica (sync) is never refused.

#include "backend/api/commissioning.h"
#include "backend/store/sqlitestore.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace edge;
using namespace edge::store;
using namespace edge::store::test;
using api::Code;

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto &check_ok_result = (expr);                                                      \
        QVERIFY2(check_ok_result.has_value(),                                                      \
                 qPrintable(check_ok_result ? QString() : check_ok_result.error().toString()));    \
    } while (false)

namespace {

const QByteArray kTemplate = R"json({
  "format": "edgeconsole-commissioning-template", "template_id": "tiny", "version": 1,
  "title": "Tiny",
  "sections": [ { "id": "physical", "title": "Physical",
    "items": [ { "id": "physical.sealing", "title": "Sealing", "mode": "manual" } ] } ]
})json";

api::Record recordFor(const QString &runId, const QString &name, const QString &reason)
{
    api::CommissioningRecord r;
    r.runId = runId;
    r.name = name;
    r.itemId = QStringLiteral("physical.sealing");
    r.kind = api::RecordKind::Skip;
    r.takenAtMs = 1000;
    r.payload = QStringLiteral("{\"reason\":\"%1\"}").arg(reason);
    return r.toRecord();
}

} // namespace

class TestCommissioningRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void openRunTakesRecords();
    void finishedRunRefusesNewRecords();
    void finishedRunRefusesEdits();
    void revisionOfFinishedRunIsAllowed();
    void syncMergeIsNotRefused();

private:
    std::unique_ptr<SqliteStore> open(const QString &replica);
    // A site, a cabinet and an in-progress run in `store`; returns the run record.
    api::Record makeRun(SqliteStore &store);
    api::Result<api::Record> finish(SqliteStore &store, const api::Record &run);

    std::unique_ptr<QTemporaryDir> m_dir;
    api::ManualClock m_clock{1'764'000'000'000};
    std::unique_ptr<SqliteStore> m_a;
};

void TestCommissioningRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_a = open(QStringLiteral("replica-a"));
    QVERIFY(m_a);
}

void TestCommissioningRules::cleanup()
{
    m_a.reset();
    m_dir.reset();
}

std::unique_ptr<SqliteStore> TestCommissioningRules::open(const QString &replica)
{
    SqliteStore::Options options;
    options.replicaId = replica;
    auto store = SqliteStore::open(m_dir->filePath(replica + QStringLiteral(".db")), m_clock,
                                   options);
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return {};
    }
    return std::move(*store);
}

api::Record TestCommissioningRules::makeRun(SqliteStore &store)
{
    auto site = store.create(siteRecord(QStringLiteral("Harbour")), QStringLiteral("li"));
    if (!site)
        qFatal("%s", qPrintable(site.error().toString()));
    auto cabinet = store.create(cabinetRecord(site->id, QStringLiteral("Cabinet 1")),
                                QStringLiteral("li"));
    if (!cabinet)
        qFatal("%s", qPrintable(cabinet.error().toString()));
    auto t = api::CommissioningTemplate::parse(kTemplate, QStringLiteral("tiny.json"));
    if (!t)
        qFatal("%s", qPrintable(t.error().message));
    api::CommissioningRun run;
    run.cabinetId = cabinet->id;
    run.name = QStringLiteral("Acceptance");
    run.templateName = t->recordName();
    run.templateJson = QString::fromUtf8(t->toJson());
    run.engineer = QStringLiteral("li");
    run.startedAtMs = 1000;
    auto created = store.create(run.toRecord(), QStringLiteral("li"));
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return *created;
}

api::Result<api::Record> TestCommissioningRules::finish(SqliteStore &store, const api::Record &run)
{
    api::Record patch{api::EntityKind::CommissioningRun, run.id, 0, {}};
    patch.fields[QStringLiteral("status")] = QStringLiteral("finished");
    patch.fields[QStringLiteral("finished_at")] = qint64(5000);
    return store.update(patch, QStringLiteral("li"));
}

void TestCommissioningRules::openRunTakesRecords()
{
    const api::Record run = makeRun(*m_a);
    CHECK_OK(m_a->create(recordFor(run.id, QStringLiteral("a skip 1"), QStringLiteral("x")),
                         QStringLiteral("li")));
    // Editing an open run is fine.
    api::Record patch{api::EntityKind::CommissioningRun, run.id, 0, {}};
    patch.fields[QStringLiteral("customer")] = QStringLiteral("Port");
    CHECK_OK(m_a->update(patch, QStringLiteral("li")));
}

void TestCommissioningRules::finishedRunRefusesNewRecords()
{
    const api::Record run = makeRun(*m_a);
    CHECK_OK(finish(*m_a, run));
    auto refused = m_a->create(recordFor(run.id, QStringLiteral("late skip 1"), QStringLiteral("x")),
                               QStringLiteral("li"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Code::FailedPrecondition);
    QVERIFY2(refused.error().message.contains(QStringLiteral("start a revision")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("'Acceptance'")),
             qPrintable(refused.error().message));
    api::ListQuery q;
    q.kind = api::EntityKind::CommissioningRecord;
    auto listed = m_a->list(q);
    QVERIFY(listed);
    QCOMPARE(listed->records.size(), 0);
}

void TestCommissioningRules::finishedRunRefusesEdits()
{
    const api::Record run = makeRun(*m_a);
    auto record = m_a->create(recordFor(run.id, QStringLiteral("a skip 1"), QStringLiteral("x")),
                              QStringLiteral("li"));
    CHECK_OK(record);
    auto finished = finish(*m_a, run);
    CHECK_OK(finished);

    // Changing anything of the finished run is refused...
    api::Record patch{api::EntityKind::CommissioningRun, run.id, 0, {}};
    patch.fields[QStringLiteral("customer")] = QStringLiteral("Someone else");
    auto refused = m_a->update(patch, QStringLiteral("li"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Code::FailedPrecondition);
    QVERIFY(refused.error().message.contains(QStringLiteral("start a revision")));
    // ... reopening it too ...
    patch.fields = {{QStringLiteral("status"), QStringLiteral("in-progress")}};
    refused = m_a->update(patch, QStringLiteral("li"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Code::FailedPrecondition);
    auto stored = m_a->get(api::EntityKind::CommissioningRun, run.id);
    QVERIFY(stored);
    QCOMPARE(stored->fields.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(stored->revision, finished->revision);
    // ... but an update that changes nothing is not an edit.
    patch.fields = {{QStringLiteral("status"), QStringLiteral("finished")}};
    CHECK_OK(m_a->update(patch, QStringLiteral("li")));

    // Its records are read-only as well.
    api::Record recordPatch{api::EntityKind::CommissioningRecord, record->id, 0, {}};
    recordPatch.fields[QStringLiteral("payload")] = QStringLiteral("{\"reason\":\"changed\"}");
    auto recordRefused = m_a->update(recordPatch, QStringLiteral("li"));
    QVERIFY(!recordRefused);
    QCOMPARE(recordRefused.error().code, Code::FailedPrecondition);
}

void TestCommissioningRules::revisionOfFinishedRunIsAllowed()
{
    const api::Record run = makeRun(*m_a);
    CHECK_OK(finish(*m_a, run));
    auto first = api::CommissioningRun::fromRecord(run);
    QVERIFY(first);
    api::CommissioningRun revision = *first;
    revision.id.clear();
    revision.revision = 0;
    revision.name = QStringLiteral("Acceptance r2");
    revision.revisionOf = run.id;
    revision.runRevision = 2;
    auto created = m_a->create(revision.toRecord(), QStringLiteral("li"));
    CHECK_OK(created);
    CHECK_OK(m_a->create(recordFor(created->id, QStringLiteral("a skip 1"), QStringLiteral("y")),
                         QStringLiteral("li")));
}

void TestCommissioningRules::syncMergeIsNotRefused()
{
    // Replica A adds a record while replica B finishes the run: B still takes A's record when
    // they sync (the merge is never refused; the run's report shows what was recorded).
    auto b = open(QStringLiteral("replica-b"));
    QVERIFY(b);
    const api::Record run = makeRun(*m_a);
    auto everything = m_a->operationsSince(0, 0);
    QVERIFY(everything);
    CHECK_OK(b->applyOperations(*everything, QStringLiteral("replica-a"), everything->last().seq));
    CHECK_OK(finish(*b, run));
    const qint64 seq = everything->last().seq;

    auto record = m_a->create(recordFor(run.id, QStringLiteral("a skip 1"), QStringLiteral("x")),
                              QStringLiteral("li"));
    CHECK_OK(record);
    auto later = m_a->operationsSince(seq, 0);
    QVERIFY(later);
    QVERIFY(!later->isEmpty());
    auto applied = b->applyOperations(*later, QStringLiteral("replica-a"), later->last().seq);
    CHECK_OK(applied);
    QCOMPARE(applied->applied, later->size());
    auto merged = b->get(api::EntityKind::CommissioningRecord, record->id);
    CHECK_OK(merged);
    QCOMPARE(merged->fields.value(QStringLiteral("run_id")).toString(), run.id);
    auto stillFinished = b->get(api::EntityKind::CommissioningRun, run.id);
    QVERIFY(stillFinished);
    QCOMPARE(stillFinished->fields.value(QStringLiteral("status")).toString(),
             QStringLiteral("finished"));
    // Locally, B still refuses new records for the finished run.
    auto refused = b->create(recordFor(run.id, QStringLiteral("b skip 1"), QStringLiteral("z")),
                             QStringLiteral("li"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Code::FailedPrecondition);
}

QTEST_GUILESS_MAIN(TestCommissioningRules)
#include "tst_commissioningrules.moc"
