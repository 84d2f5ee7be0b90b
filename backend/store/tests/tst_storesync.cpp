// The store side of sync (api/syncstore.h): two or three SqliteStore replicas in one temporary
// directory exchange operations through operationsFor()/applyOperations() directly, and the
// registers, tables, conflicts and resolutions must agree on every replica.

#include "backend/store/migrations.h"
#include "backend/store/oplog.h"
#include "backend/store/sqlitestore.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace edge;
using namespace edge::store;
using namespace edge::store::test;
using api::Code;

namespace {

QString errorText(const api::Error &e) { return e.toString(); }

} // namespace

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto &check_ok_result = (expr);                                                      \
        QVERIFY2(check_ok_result.has_value(),                                                      \
                 qPrintable(check_ok_result ? QString() : errorText(check_ok_result.error())));    \
    } while (false)

class TestStoreSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createAppearsOnTheOtherReplica();
    void concurrentEditsConvergeAndConflict();
    void editingTheFieldClearsTheConflict();
    void conflictsAreTheSameEverywhereAndOrdered();
    void deleteWinsAgainstConcurrentEdit();
    void parentDeletedWhileChildCreatedIsOrphan();
    void orphanResolvedByDeletingIt();
    void duplicateNames();
    void applyingTwiceChangesNothing();
    void malformedOperationRefusesTheBatch();
    void userOperationsNeverOffered();
    void peerCursors();
    void threeReplicasConverge();
    void schema5DatabaseGainsHeads();
    void changesSinceReportsRemoteChanges();

private:
    std::unique_ptr<SqliteStore> open(const QString &replica);
    // Sends everything `from` holds that `to` lacks, in batches, as a sync session would.
    void send(SqliteStore &from, SqliteStore &to, int batch = 3);
    void syncBoth(SqliteStore &x, SqliteStore &y)
    {
        send(x, y);
        send(y, x);
    }
    api::Record site(SqliteStore &store, const QString &id);
    QList<api::Conflict> conflictsOf(SqliteStore &store);

    std::unique_ptr<QTemporaryDir> m_dir;
    api::ManualClock m_clock{1'764'000'000'000};
    std::unique_ptr<SqliteStore> m_a;
    std::unique_ptr<SqliteStore> m_b;
};

void TestStoreSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_a = open(QStringLiteral("replica-a"));
    m_b = open(QStringLiteral("replica-b"));
    QVERIFY(m_a && m_b);
}

void TestStoreSync::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_dir.reset();
}

std::unique_ptr<SqliteStore> TestStoreSync::open(const QString &replica)
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

void TestStoreSync::send(SqliteStore &from, SqliteStore &to, int batch)
{
    auto has = to.versionVector();
    QVERIFY(has);
    auto state = to.peerState(from.syncReplicaId());
    QVERIFY(state);
    qint64 after = 0; // from the start: the vector filters what `to` holds
    for (int round = 0; round < 10'000; ++round) {
        auto ops = from.operationsFor(*has, after, batch);
        QVERIFY2(ops, qPrintable(ops ? QString() : ops.error().toString()));
        auto applied = to.applyOperations(ops->operations, from.syncReplicaId(), ops->lastSeq);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
        after = ops->lastSeq;
        if (!ops->more)
            return;
    }
    QFAIL("sync did not end");
}

api::Record TestStoreSync::site(SqliteStore &store, const QString &id)
{
    auto r = store.get(api::EntityKind::Site, id);
    return r ? *r : api::Record{};
}

QList<api::Conflict> TestStoreSync::conflictsOf(SqliteStore &store)
{
    auto c = store.conflicts();
    if (!c) {
        qWarning("%s", qPrintable(c.error().toString()));
        return {};
    }
    return *c;
}

void TestStoreSync::createAppearsOnTheOtherReplica()
{
    auto created = m_a->create(siteRecord(QStringLiteral("Harbour")), QStringLiteral("alice"));
    CHECK_OK(created);
    auto cabinet = m_a->create(cabinetRecord(created->id, QStringLiteral("C1")),
                               QStringLiteral("alice"));
    CHECK_OK(cabinet);
    send(*m_a, *m_b);
    auto there = m_b->get(api::EntityKind::Site, created->id);
    CHECK_OK(there);
    QCOMPARE(there->fields, created->fields);
    auto cabinetThere = m_b->get(api::EntityKind::Cabinet, cabinet->id);
    CHECK_OK(cabinetThere);
    QCOMPARE(cabinetThere->fields, cabinet->fields);
    QCOMPARE(m_b->versionVector()->value(QStringLiteral("replica-a")),
             m_a->versionVector()->value(QStringLiteral("replica-a")));
    QVERIFY(m_a->versionVector()->value(QStringLiteral("replica-a")) > 0);
    QVERIFY(conflictsOf(*m_a).isEmpty());
    QVERIFY(conflictsOf(*m_b).isEmpty());
    // B's log holds A's operations with their bases; an update on B replaces A's head.
    api::Record patch;
    patch.kind = api::EntityKind::Site;
    patch.id = created->id;
    patch.fields.insert(QStringLiteral("notes"), QStringLiteral("checked by bob"));
    CHECK_OK(m_b->update(patch, QStringLiteral("bob")));
    send(*m_b, *m_a);
    QCOMPARE(site(*m_a, created->id).fields.value(QStringLiteral("notes")).toString(),
             QStringLiteral("checked by bob"));
    QVERIFY(conflictsOf(*m_a).isEmpty());
    // Nothing left to send either way.
    auto rest = m_a->operationsFor(*m_b->versionVector(), 0, 100);
    CHECK_OK(rest);
    QVERIFY(rest->operations.isEmpty());
}

void TestStoreSync::concurrentEditsConvergeAndConflict()
{
    auto created = m_a->create(siteRecord(QStringLiteral("Depot")), QStringLiteral("alice"));
    CHECK_OK(created);
    syncBoth(*m_a, *m_b);
    api::Record patch;
    patch.kind = api::EntityKind::Site;
    patch.id = created->id;
    patch.fields.insert(QStringLiteral("notes"), QStringLiteral("from A"));
    CHECK_OK(m_a->update(patch, QStringLiteral("alice")));
    m_clock.advance(1000);
    patch.fields.insert(QStringLiteral("notes"), QStringLiteral("from B"));
    CHECK_OK(m_b->update(patch, QStringLiteral("bob")));
    syncBoth(*m_a, *m_b);

    for (SqliteStore *s : {m_a.get(), m_b.get()}) {
        QCOMPARE(site(*s, created->id).fields.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("from B"));
        const auto conflicts = conflictsOf(*s);
        QCOMPARE(conflicts.size(), 1);
        const api::Conflict &c = conflicts.first();
        QCOMPARE(c.kind, api::ConflictKind::Field);
        QCOMPARE(c.id, QStringLiteral("field/site/%1/notes").arg(created->id));
        QCOMPARE(c.entityName, QStringLiteral("Depot"));
        QCOMPARE(c.values.size(), 2);
        QCOMPARE(c.values.at(0).value, OpLog::quote(QStringLiteral("from B")));
        QCOMPARE(c.values.at(0).actor, QStringLiteral("bob"));
        QVERIFY(c.values.at(0).winner);
        QCOMPARE(c.values.at(1).value, OpLog::quote(QStringLiteral("from A")));
        QCOMPARE(c.values.at(1).actor, QStringLiteral("alice"));
        QCOMPARE(c.values.at(1).replicaId, QStringLiteral("replica-a"));
        QVERIFY(!c.values.at(1).winner);
    }
    // Keep the loser on A.
    const api::Conflict c = conflictsOf(*m_a).first();
    QCOMPARE(m_a->resolveConflict(c.id, QStringLiteral("nobody:1"), QStringLiteral("carol"))
                 .error()
                 .code,
             Code::NotFound);
    CHECK_OK(m_a->resolveConflict(c.id, c.values.at(1).opId, QStringLiteral("carol")));
    QCOMPARE(site(*m_a, created->id).fields.value(QStringLiteral("notes")).toString(),
             QStringLiteral("from A"));
    QVERIFY(conflictsOf(*m_a).isEmpty());
    syncBoth(*m_a, *m_b);
    for (SqliteStore *s : {m_a.get(), m_b.get()}) {
        QCOMPARE(site(*s, created->id).fields.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("from A"));
        QVERIFY(conflictsOf(*s).isEmpty());
    }
    // Gone: resolving again says so.
    QCOMPARE(m_b->resolveConflict(c.id, c.values.at(1).opId, QStringLiteral("carol")).error().code,
             Code::NotFound);
}

void TestStoreSync::editingTheFieldClearsTheConflict()
{
    auto created = m_a->create(siteRecord(QStringLiteral("Depot")), QStringLiteral("alice"));
    CHECK_OK(created);
    syncBoth(*m_a, *m_b);
    api::Record patch;
    patch.kind = api::EntityKind::Site;
    patch.id = created->id;
    patch.fields.insert(QStringLiteral("address"), QStringLiteral("2 Pier"));
    CHECK_OK(m_a->update(patch, QStringLiteral("alice")));
    patch.fields.insert(QStringLiteral("address"), QStringLiteral("3 Pier"));
    CHECK_OK(m_b->update(patch, QStringLiteral("bob")));
    syncBoth(*m_a, *m_b);
    QCOMPARE(conflictsOf(*m_b).size(), 1);
    patch.fields.insert(QStringLiteral("address"), QStringLiteral("4 Pier"));
    CHECK_OK(m_b->update(patch, QStringLiteral("bob")));
    QVERIFY(conflictsOf(*m_b).isEmpty());
    syncBoth(*m_a, *m_b);
    for (SqliteStore *s : {m_a.get(), m_b.get()}) {
        QVERIFY(conflictsOf(*s).isEmpty());
        QCOMPARE(site(*s, created->id).fields.value(QStringLiteral("address")).toString(),
                 QStringLiteral("4 Pier"));
    }
}

void TestStoreSync::conflictsAreTheSameEverywhereAndOrdered()
{
    QStringList ids;
    for (const char *name : {"North", "South", "East"}) {
        auto created = m_a->create(siteRecord(QString::fromLatin1(name)), QStringLiteral("alice"));
        CHECK_OK(created);
        ids << created->id;
    }
    syncBoth(*m_a, *m_b);
    for (const QString &id : std::as_const(ids)) {
        api::Record patch;
        patch.kind = api::EntityKind::Site;
        patch.id = id;
        patch.fields.insert(QStringLiteral("code"),
                            QString(QStringLiteral("A-") + id.left(4).toUpper()));
        patch.fields.insert(QStringLiteral("notes"), QStringLiteral("a"));
        CHECK_OK(m_a->update(patch, QStringLiteral("alice")));
        patch.fields.insert(QStringLiteral("code"),
                            QString(QStringLiteral("B-") + id.left(4).toUpper()));
        patch.fields.insert(QStringLiteral("notes"), QStringLiteral("a")); // the same: no conflict
        CHECK_OK(m_b->update(patch, QStringLiteral("bob")));
    }
    syncBoth(*m_a, *m_b);
    const auto onA = conflictsOf(*m_a);
    const auto onB = conflictsOf(*m_b);
    QCOMPARE(onA.size(), ids.size());
    QCOMPARE(onB.size(), onA.size());
    for (qsizetype i = 0; i < onA.size(); ++i) {
        QCOMPARE(onA.at(i).id, onB.at(i).id);
        QCOMPARE(onA.at(i).field, QStringLiteral("code"));
        if (i > 0)
            QVERIFY(onA.at(i - 1).id < onA.at(i).id);
        QCOMPARE(onA.at(i).values.size(), 2);
        for (int v = 0; v < 2; ++v) {
            QCOMPARE(onA.at(i).values.at(v).opId, onB.at(i).values.at(v).opId);
            QCOMPARE(onA.at(i).values.at(v).winner, v == 0);
        }
        // The row shows the winner on both replicas.
        auto winner = OpLog::decodeValue(api::FieldType::Text, onA.at(i).values.first().value);
        CHECK_OK(winner);
        QCOMPARE(site(*m_a, onA.at(i).entityId).fields.value(QStringLiteral("code")).toString(),
                 winner->toString());
        QCOMPARE(site(*m_b, onA.at(i).entityId).fields.value(QStringLiteral("code")).toString(),
                 winner->toString());
    }
}

void TestStoreSync::deleteWinsAgainstConcurrentEdit()
{
    auto created = m_a->create(siteRecord(QStringLiteral("Quay")), QStringLiteral("alice"));
    CHECK_OK(created);
    syncBoth(*m_a, *m_b);
    CHECK_OK(m_a->remove(api::EntityKind::Site, created->id, QStringLiteral("alice"), false));
    m_clock.advance(1000); // the edit is even later: the delete still wins
    api::Record patch;
    patch.kind = api::EntityKind::Site;
    patch.id = created->id;
    patch.fields.insert(QStringLiteral("notes"), QStringLiteral("edited while deleted"));
    CHECK_OK(m_b->update(patch, QStringLiteral("bob")));
    syncBoth(*m_a, *m_b);

    QString editOp;
    for (SqliteStore *s : {m_a.get(), m_b.get()}) {
        QCOMPARE(s->get(api::EntityKind::Site, created->id).error().code, Code::NotFound);
        const auto conflicts = conflictsOf(*s);
        QCOMPARE(conflicts.size(), 1);
        const api::Conflict &c = conflicts.first();
        QCOMPARE(c.kind, api::ConflictKind::DeleteEdit);
        QCOMPARE(c.id, QStringLiteral("delete-edit/site/%1/$alive").arg(created->id));
        QCOMPARE(c.entityName, QStringLiteral("Quay"));
        QCOMPARE(c.values.size(), 2);
        QCOMPARE(c.values.at(0).value, QStringLiteral("$delete"));
        QCOMPARE(c.values.at(0).actor, QStringLiteral("alice"));
        QVERIFY(c.values.at(0).winner);
        QCOMPARE(c.values.at(1).value, OpLog::quote(QStringLiteral("edited while deleted")));
        QCOMPARE(c.values.at(1).actor, QStringLiteral("bob"));
        editOp = c.values.at(1).opId;
    }
    // Keep the edit on B: the site comes back everywhere with all its fields.
    CHECK_OK(m_b->resolveConflict(QStringLiteral("delete-edit/site/%1/$alive").arg(created->id),
                                  editOp, QStringLiteral("bob")));
    syncBoth(*m_a, *m_b);
    for (SqliteStore *s : {m_a.get(), m_b.get()}) {
        auto back = s->get(api::EntityKind::Site, created->id);
        CHECK_OK(back);
        QCOMPARE(back->fields.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("edited while deleted"));
        QCOMPARE(back->fields.value(QStringLiteral("address")),
                 created->fields.value(QStringLiteral("address")));
        QCOMPARE(back->fields.value(QStringLiteral("latitude")),
                 created->fields.value(QStringLiteral("latitude")));
        QVERIFY(conflictsOf(*s).isEmpty());
    }

    // Again, and this time keep the delete.
    CHECK_OK(m_a->remove(api::EntityKind::Site, created->id, QStringLiteral("alice"), false));
    patch.fields.insert(QStringLiteral("notes"), QStringLiteral("second edit"));
    CHECK_OK(m_b->update(patch, QStringLiteral("bob")));
    syncBoth(*m_a, *m_b);
    auto conflicts = conflictsOf(*m_b);
    QCOMPARE(conflicts.size(), 1);
    CHECK_OK(m_b->resolveConflict(conflicts.first().id, conflicts.first().values.first().opId,
                                  QStringLiteral("bob")));
    syncBoth(*m_a, *m_b);
    for (SqliteStore *s : {m_a.get(), m_b.get()}) {
        QCOMPARE(s->get(api::EntityKind::Site, created->id).error().code, Code::NotFound);
        QVERIFY(conflictsOf(*s).isEmpty());
    }
}

void TestStoreSync::parentDeletedWhileChildCreatedIsOrphan()
{
    auto parent = m_a->create(siteRecord(QStringLiteral("Ridge")), QStringLiteral("alice"));
    CHECK_OK(parent);
    syncBoth(*m_a, *m_b);
    CHECK_OK(m_a->remove(api::EntityKind::Site, parent->id, QStringLiteral("alice"), true));
    auto child = m_b->create(cabinetRecord(parent->id, QStringLiteral("Late cabinet")),
                             QStringLiteral("bob"));
    CHECK_OK(child);
    auto node = m_b->create(nodeRecord(parent->id, QStringLiteral("late-node"), child->id),
                            QStringLiteral("bob"));
    CHECK_OK(node);
    syncBoth(*m_a, *m_b);
    const QString orphanId = QStringLiteral("orphan/cabinet/%1/$alive").arg(child->id);
    QString createOp;
    for (SqliteStore *s : {m_a.get(), m_b.get()}) {
        QCOMPARE(s->get(api::EntityKind::Site, parent->id).error().code, Code::NotFound);
        QCOMPARE(s->get(api::EntityKind::Cabinet, child->id).error().code, Code::NotFound);
        QCOMPARE(s->get(api::EntityKind::Node, node->id).error().code, Code::NotFound);
        const auto conflicts = conflictsOf(*s);
        QStringList ids;
        for (const api::Conflict &c : conflicts)
            ids << c.id;
        QVERIFY2(ids.contains(orphanId), qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY(ids.contains(QStringLiteral("orphan/node/%1/$alive").arg(node->id)));
        for (const api::Conflict &c : conflicts)
            if (c.id == orphanId) {
                QCOMPARE(c.kind, api::ConflictKind::Orphan);
                QCOMPARE(c.entityName, QStringLiteral("Late cabinet"));
                QCOMPARE(c.values.size(), 2);
                QCOMPARE(c.values.at(0).value, QStringLiteral("$create"));
                QCOMPARE(c.values.at(1).opId, QStringLiteral("$delete"));
                createOp = c.values.at(0).opId;
            }
    }
    // Restore what the cabinet stands in: the site comes back, and the node with it.
    CHECK_OK(m_a->resolveConflict(orphanId, createOp, QStringLiteral("alice")));
    CHECK_OK(m_a->get(api::EntityKind::Site, parent->id));
    CHECK_OK(m_a->get(api::EntityKind::Cabinet, child->id));
    CHECK_OK(m_a->get(api::EntityKind::Node, node->id));
    syncBoth(*m_a, *m_b);
    for (SqliteStore *s : {m_a.get(), m_b.get()}) {
        CHECK_OK(s->get(api::EntityKind::Site, parent->id));
        CHECK_OK(s->get(api::EntityKind::Cabinet, child->id));
        auto n = s->get(api::EntityKind::Node, node->id);
        CHECK_OK(n);
        QCOMPARE(n->fields.value(QStringLiteral("cabinet_id")).toString(), child->id);
        QVERIFY(conflictsOf(*s).isEmpty());
    }
}

void TestStoreSync::orphanResolvedByDeletingIt()
{
    auto parent = m_a->create(siteRecord(QStringLiteral("Ridge")), QStringLiteral("alice"));
    CHECK_OK(parent);
    syncBoth(*m_a, *m_b);
    CHECK_OK(m_a->remove(api::EntityKind::Site, parent->id, QStringLiteral("alice"), true));
    auto child = m_b->create(cabinetRecord(parent->id, QStringLiteral("Late cabinet")),
                             QStringLiteral("bob"));
    CHECK_OK(child);
    syncBoth(*m_a, *m_b);
    const QString orphanId = QStringLiteral("orphan/cabinet/%1/$alive").arg(child->id);
    CHECK_OK(m_b->resolveConflict(orphanId, QStringLiteral("$delete"), QStringLiteral("bob")));
    syncBoth(*m_a, *m_b);
    for (SqliteStore *s : {m_a.get(), m_b.get()}) {
        QVERIFY(conflictsOf(*s).isEmpty());
        QCOMPARE(s->get(api::EntityKind::Site, parent->id).error().code, Code::NotFound);
        QCOMPARE(s->get(api::EntityKind::Cabinet, child->id).error().code, Code::NotFound);
    }
}

void TestStoreSync::duplicateNames()
{
    auto mine = m_a->create(siteRecord(QStringLiteral("Depot")), QStringLiteral("alice"));
    CHECK_OK(mine);
    m_clock.advance(10);
    auto theirs = m_b->create(siteRecord(QStringLiteral("Depot")), QStringLiteral("bob"));
    CHECK_OK(theirs);
    syncBoth(*m_a, *m_b);
    const QString first = std::min(mine->id, theirs->id);
    for (SqliteStore *s : {m_a.get(), m_b.get()}) {
        CHECK_OK(s->get(api::EntityKind::Site, mine->id));
        CHECK_OK(s->get(api::EntityKind::Site, theirs->id));
        const auto conflicts = conflictsOf(*s);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().kind, api::ConflictKind::DuplicateName);
        QCOMPARE(conflicts.first().id, QStringLiteral("duplicate-name/site/%1/name").arg(first));
        QCOMPARE(conflicts.first().values.size(), 2);
        QCOMPARE(conflicts.first().values.first().actor, QStringLiteral("bob"));
        auto refused = s->resolveConflict(conflicts.first().id,
                                          conflicts.first().values.first().opId,
                                          QStringLiteral("alice"));
        QCOMPARE(refused.error().code, Code::FailedPrecondition);
        // A local write still refuses a third one.
        QCOMPARE(s->create(siteRecord(QStringLiteral("Depot")), {}).error().code,
                 Code::AlreadyExists);
    }
    api::Record rename;
    rename.kind = api::EntityKind::Site;
    rename.id = theirs->id;
    rename.fields.insert(QStringLiteral("name"), QStringLiteral("Depot East"));
    CHECK_OK(m_b->update(rename, QStringLiteral("bob")));
    syncBoth(*m_a, *m_b);
    QVERIFY(conflictsOf(*m_a).isEmpty());
    QVERIFY(conflictsOf(*m_b).isEmpty());
}

void TestStoreSync::applyingTwiceChangesNothing()
{
    auto created = m_a->create(siteRecord(QStringLiteral("Twice")), QStringLiteral("alice"));
    CHECK_OK(created);
    auto ops = m_a->operationsFor({}, 0, 0);
    CHECK_OK(ops);
    QVERIFY(!ops->operations.isEmpty());
    QVERIFY(!ops->more);
    auto first = m_b->applyOperations(ops->operations, QStringLiteral("replica-a"), ops->lastSeq);
    CHECK_OK(first);
    QCOMPARE(first->applied, int(ops->operations.size()));
    QCOMPARE(first->revision, m_b->revision());
    const qint64 revision = m_b->revision();
    const auto changes = m_b->changesSince(0, 0);
    auto again = m_b->applyOperations(ops->operations, QStringLiteral("replica-a"), ops->lastSeq);
    CHECK_OK(again);
    QCOMPARE(again->applied, 0);
    QCOMPARE(again->alreadyPresent, int(ops->operations.size()));
    QCOMPARE(again->revision, qint64(0));
    QCOMPARE(m_b->revision(), revision);
    QCOMPARE(m_b->changesSince(0, 0)->size(), changes->size());
    QCOMPARE(m_b->operationsSince(0, 0)->size(), ops->operations.size());
}

void TestStoreSync::malformedOperationRefusesTheBatch()
{
    auto created = m_a->create(siteRecord(QStringLiteral("Good")), QStringLiteral("alice"));
    CHECK_OK(created);
    auto ops = m_a->operationsFor({}, 0, 0);
    CHECK_OK(ops);
    struct Case {
        const char *what;
        std::function<void(api::Operation &)> spoil;
    };
    const QList<Case> cases{
        {"unknown field", [](api::Operation &op) { op.field = QStringLiteral("colour"); }},
        {"unknown entity", [](api::Operation &op) { op.entity = QStringLiteral("spaceship"); }},
        {"user", [](api::Operation &op) { op.entity = QStringLiteral("user"); }},
        {"bad value",
         [](api::Operation &op) {
             op.field = QStringLiteral("latitude");
             op.value = QStringLiteral("\"north\"");
         }},
        {"broken json", [](api::Operation &op) { op.value = QStringLiteral("{"); }},
        {"bad id", [](api::Operation &op) { op.opId = QStringLiteral("replica-a:x"); }},
        {"foreign id", [](api::Operation &op) { op.opId = QStringLiteral("someone:99"); }},
        {"no clock", [](api::Operation &op) { op.hlc = {}; }},
    };
    for (const Case &c : cases) {
        QList<api::Operation> batch = ops->operations;
        api::Operation &bad = batch.last();
        bad.opId = QStringLiteral("replica-a:1000");
        c.spoil(bad);
        auto r = m_b->applyOperations(batch, QStringLiteral("replica-a"), 99);
        QVERIFY2(!r, c.what);
        QCOMPARE(r.error().code, Code::InvalidArgument);
        QVERIFY2(r.error().message.contains(bad.opId), qPrintable(r.error().message));
        QVERIFY(m_b->operationsSince(0, 0)->isEmpty());
        QVERIFY(m_b->versionVector()->isEmpty());
        QCOMPARE(m_b->peerState(QStringLiteral("replica-a"))->pulledSeq, qint64(0));
        QCOMPARE(m_b->revision(), qint64(0));
    }
}

void TestStoreSync::userOperationsNeverOffered()
{
    CHECK_OK(m_a->createUser(api::User{{}, 0, QStringLiteral("zoe"), {}, api::Role::Operator, false},
                             QStringLiteral("$argon2id$hash"), QStringLiteral("admin")));
    CHECK_OK(m_a->create(siteRecord(QStringLiteral("Visible")), QStringLiteral("zoe")));
    auto all = m_a->operationsSince(0, 0);
    CHECK_OK(all);
    QVERIFY(std::any_of(all->cbegin(), all->cend(),
                        [](const api::Operation &op) { return op.entity == u"user"; }));
    auto ops = m_a->operationsFor({}, 0, 0);
    CHECK_OK(ops);
    QVERIFY(!ops->operations.isEmpty());
    for (const api::Operation &op : std::as_const(ops->operations))
        QVERIFY(op.entity != u"user");
    QCOMPARE(ops->lastSeq, all->last().seq);
    auto pending = m_a->pendingOperations(QStringLiteral("replica-b"));
    CHECK_OK(pending);
    QCOMPARE(*pending, qint64(ops->operations.size()));
    send(*m_a, *m_b);
    QCOMPARE(m_b->getUser(QStringLiteral("zoe")).error().code, Code::NotFound);
    // User rows never enter the registers.
    QCOMPARE(rawValue(m_a->path(),
                      QStringLiteral("SELECT COUNT(*) FROM field_heads WHERE entity = 'user'")),
             QStringLiteral("0"));
}

void TestStoreSync::peerCursors()
{
    auto fresh = m_a->peerState(QStringLiteral("replica-b"));
    CHECK_OK(fresh);
    QCOMPARE(fresh->peerReplicaId, QStringLiteral("replica-b"));
    QCOMPARE(fresh->pulledSeq, qint64(0));
    QVERIFY(m_a->peers()->isEmpty());
    CHECK_OK(m_b->create(siteRecord(QStringLiteral("One")), QStringLiteral("bob")));
    auto ops = m_b->operationsFor({}, 0, 2);
    CHECK_OK(ops);
    QCOMPARE(ops->operations.size(), 2);
    QVERIFY(ops->more);
    CHECK_OK(m_a->applyOperations(ops->operations, QStringLiteral("replica-b"), ops->lastSeq));
    QCOMPARE(m_a->peerState(QStringLiteral("replica-b"))->pulledSeq, ops->lastSeq);
    // An empty batch still moves the cursor.
    CHECK_OK(m_a->applyOperations({}, QStringLiteral("replica-b"), ops->lastSeq + 5));
    QCOMPARE(m_a->peerState(QStringLiteral("replica-b"))->pulledSeq, ops->lastSeq + 5);

    CHECK_OK(m_a->create(siteRecord(QStringLiteral("Two")), QStringLiteral("alice")));
    auto pending = m_a->pendingOperations(QStringLiteral("replica-b"));
    CHECK_OK(pending);
    // B's two operations came from B: not pending for B, even before a finished sync records
    // B's version vector. A's own are.
    auto all = m_a->operationsFor({}, 0, 0);
    CHECK_OK(all);
    qint64 own = 0;
    for (const api::Operation &op : std::as_const(all->operations))
        own += op.replicaId == QStringLiteral("replica-b") ? 0 : 1;
    QVERIFY(own > 0);
    QCOMPARE(*pending, own);
    api::PeerState state = *m_a->peerState(QStringLiteral("replica-b"));
    state.peerHas = *m_b->versionVector();
    state.lastSyncMs = m_clock.nowMs();
    state.address = QStringLiteral("127.0.0.1:7443");
    CHECK_OK(m_a->recordPeer(state));
    auto mine = m_a->operationsFor(state.peerHas, 0, 0);
    CHECK_OK(mine);
    QCOMPARE(*m_a->pendingOperations(QStringLiteral("replica-b")), qint64(mine->operations.size()));
    QCOMPARE(*pending, *m_a->pendingOperations(QStringLiteral("replica-b")));
    state.pushedSeq = mine->lastSeq;
    CHECK_OK(m_a->recordPeer(state));
    QCOMPARE(*m_a->pendingOperations(QStringLiteral("replica-b")), qint64(0));
    auto peers = m_a->peers();
    CHECK_OK(peers);
    QCOMPARE(peers->size(), 1);
    QCOMPARE(peers->first().address, QStringLiteral("127.0.0.1:7443"));
    QCOMPARE(peers->first().peerHas, state.peerHas);
    QCOMPARE(peers->first().pushedSeq, mine->lastSeq);
    QCOMPARE(peers->first().pulledSeq, ops->lastSeq + 5);
}

void TestStoreSync::threeReplicasConverge()
{
    auto c = open(QStringLiteral("replica-c"));
    QVERIFY(c);
    auto s = m_a->create(siteRecord(QStringLiteral("Tri")), QStringLiteral("alice"));
    CHECK_OK(s);
    send(*m_a, *m_b);
    send(*m_b, *c); // C gets A's operations through B
    api::Record patch;
    patch.kind = api::EntityKind::Site;
    patch.id = s->id;
    patch.fields.insert(QStringLiteral("notes"), QStringLiteral("c"));
    CHECK_OK(c->update(patch, QStringLiteral("carol")));
    m_clock.advance(5);
    patch.fields.insert(QStringLiteral("notes"), QStringLiteral("a"));
    CHECK_OK(m_a->update(patch, QStringLiteral("alice")));
    send(*c, *m_b);
    send(*m_a, *m_b);
    send(*m_b, *c);
    send(*m_b, *m_a);
    for (SqliteStore *st : {m_a.get(), m_b.get(), c.get()}) {
        QCOMPARE(site(*st, s->id).fields.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("a"));
        QCOMPARE(conflictsOf(*st).size(), 1);
        QCOMPARE(*st->versionVector(), *m_b->versionVector());
    }
}

// A database written before sync (schema 5) gains its registers from the log: no false
// conflicts, local edits continue, and another replica takes its log without conflicts either.
void TestStoreSync::schema5DatabaseGainsHeads()
{
    const QString path = m_dir->filePath(QStringLiteral("old.db"));
    QString siteId, cabinetId;
    {
        SqliteStore::Options options;
        options.replicaId = QStringLiteral("replica-old");
        auto old = SqliteStore::open(path, m_clock, options);
        CHECK_OK(old);
        auto s = (*old)->create(siteRecord(QStringLiteral("Old site")), QStringLiteral("alice"));
        CHECK_OK(s);
        siteId = s->id;
        auto cab = (*old)->create(cabinetRecord(siteId, QStringLiteral("Old cabinet")), {});
        CHECK_OK(cab);
        cabinetId = cab->id;
        auto gone = (*old)->create(cabinetRecord(siteId, QStringLiteral("Gone")), {});
        CHECK_OK(gone);
        api::Record patch;
        patch.kind = api::EntityKind::Site;
        patch.id = siteId;
        for (const char *notes : {"one", "two", "three"}) {
            patch.fields.insert(QStringLiteral("notes"), QString::fromLatin1(notes));
            CHECK_OK((*old)->update(patch, QStringLiteral("alice")));
        }
        CHECK_OK((*old)->remove(api::EntityKind::Cabinet, gone->id, {}, false));
    }
    // Back to schema 5.
    QVERIFY(dropSyncSchema(path));

    SqliteStore::Options options;
    options.replicaId = QStringLiteral("replica-old");
    auto store = SqliteStore::open(path, m_clock, options);
    CHECK_OK(store);
    QCOMPARE(rawValue(path, QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
             QString::number(Migrations::latestVersion()));
    QVERIFY(conflictsOf(**store).isEmpty());
    // Schema 7 keeps the heads in key order.
    QVERIFY(rawValue(path, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                          "'field_heads'"))
                .contains(QStringLiteral("WITHOUT ROWID")));
    // One head per register; the notes head is the last edit, which replaced the one before.
    QCOMPARE(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM field_heads GROUP "
                                           "BY entity, entity_id, field HAVING COUNT(*) > 1)")),
             QStringLiteral("0"));
    QCOMPARE(rawValue(path, QStringLiteral("SELECT value FROM field_heads WHERE field = 'notes'")),
             OpLog::quote(QStringLiteral("three")));
    QCOMPARE(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM op_log WHERE field = 'notes' AND "
                                           "bases IS NOT NULL")),
             QStringLiteral("2"));
    QVERIFY((*store)->versionVector()->value(QStringLiteral("replica-old")) > 0);
    api::Record patch;
    patch.kind = api::EntityKind::Site;
    patch.id = siteId;
    patch.fields.insert(QStringLiteral("notes"), QStringLiteral("four"));
    CHECK_OK((*store)->update(patch, QStringLiteral("alice")));
    QVERIFY(conflictsOf(**store).isEmpty());

    send(**store, *m_b);
    QVERIFY(conflictsOf(*m_b).isEmpty());
    QCOMPARE(site(*m_b, siteId).fields.value(QStringLiteral("notes")).toString(),
             QStringLiteral("four"));
    CHECK_OK(m_b->get(api::EntityKind::Cabinet, cabinetId));
    api::ListQuery q;
    q.kind = api::EntityKind::Cabinet;
    QCOMPARE(m_b->list(q)->total, 1);
}

void TestStoreSync::changesSinceReportsRemoteChanges()
{
    auto s = m_a->create(siteRecord(QStringLiteral("Watched")), QStringLiteral("alice"));
    CHECK_OK(s);
    std::atomic<qint64> notified{0};
    m_b->setCommitListener([&](qint64 revision) { notified = revision; });
    send(*m_a, *m_b);
    QCOMPARE(notified.load(), m_b->revision());
    auto changes = m_b->changesSince(0, 0);
    CHECK_OK(changes);
    QVERIFY(!changes->isEmpty()); // one per revision: the batches were small
    QCOMPARE(changes->first().op, api::ChangeOp::Created);
    for (const api::Change &c : std::as_const(*changes)) {
        QCOMPARE(c.record.id, s->id);
        QVERIFY(c.op != api::ChangeOp::Deleted);
    }
    QCOMPARE(changes->last().record.fields, s->fields);

    // B adds a cabinet; A deletes the site meanwhile. On B the cabinet goes with the site although
    // no operation of A names it.
    auto cab = m_b->create(cabinetRecord(s->id, QStringLiteral("Under")), QStringLiteral("bob"));
    CHECK_OK(cab);
    CHECK_OK(m_a->remove(api::EntityKind::Site, s->id, QStringLiteral("alice"), true));
    const qint64 before = m_b->revision();
    send(*m_a, *m_b);
    QCOMPARE(notified.load(), m_b->revision());
    changes = m_b->changesSince(before, 0);
    CHECK_OK(changes);
    QSet<QString> deleted;
    for (const api::Change &c : std::as_const(*changes)) {
        QCOMPARE(c.op, api::ChangeOp::Deleted);
        deleted.insert(c.id);
    }
    QCOMPARE(deleted, (QSet<QString>{s->id, cab->id}));

    // Restored on B (orphan: restore the site): both come back as changes.
    const auto conflicts = conflictsOf(*m_b);
    QCOMPARE(conflicts.size(), 1);
    const qint64 beforeRestore = m_b->revision();
    CHECK_OK(m_b->resolveConflict(conflicts.first().id, conflicts.first().values.first().opId,
                                  QStringLiteral("bob")));
    changes = m_b->changesSince(beforeRestore, 0);
    CHECK_OK(changes);
    QSet<QString> created;
    for (const api::Change &c : std::as_const(*changes)) {
        QVERIFY(c.op != api::ChangeOp::Deleted);
        created.insert(c.id);
    }
    QCOMPARE(created, (QSet<QString>{s->id, cab->id}));
    // And A sees the restore as changes too.
    const qint64 aBefore = m_a->revision();
    send(*m_b, *m_a);
    changes = m_a->changesSince(aBefore, 0);
    CHECK_OK(changes);
    created.clear();
    for (const api::Change &c : std::as_const(*changes))
        if (c.op != api::ChangeOp::Deleted)
            created.insert(c.id);
    QCOMPARE(created, (QSet<QString>{s->id, cab->id}));
}

QTEST_GUILESS_MAIN(TestStoreSync)
#include "tst_storesync.moc"
