// The property test of offline sync (issue 5): for many seeds, three replicas (real SqliteStores)
// make random changes through the ordinary store API (create sites and cabinets, edit fields with
// a small value domain so that edits collide, delete with cascade, resolve random conflicts) and
// sync random pairs through SyncSession + StorePeer behind a peer that drops the connection on a
// random call, with tiny random batch sizes. At the end every pair syncs until nothing moves. Then:
//  1. all three show the same state (canonical hash of every entity row without the local revision,
//     plus the conflict list);
//  2. an independent oracle (the causal past of every write, kept by this test from the op logs,
//     not from the store's bases) says, per field, which writes no later write of that field has
//     seen: the table shows the one with the highest (hlc, replica), and whenever they hold two or
//     more different values the store lists a Field conflict with exactly those values (and no
//     Field conflict otherwise);
//  3. no operation is lost or duplicated: every op id written anywhere is once in every log.
// A failing seed is replayed with steps removed while it still fails, and the shortest failing
// trace is printed with the seed.
//
// Seeds: --seeds N (or EC_SYNC_SEEDS, default 1000), --first-seed S (EC_SYNC_FIRST_SEED), and
// --seed S to run one seed with its full trace.

#include "backend/api/inventorytypes.h"
#include "backend/store/oplog.h"
#include "backend/sync/storepeer.h"
#include "backend/sync/syncsession.h"
#include "backend/sync/tests/synctestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <array>

using namespace edge;
using edge::sync::test::FlakyPeer;

namespace {

int g_seeds = 1000;
quint64 g_firstSeed = 1;
bool g_verbose = false;
QString g_template; // an empty store at the current schema, copied for every replica

// What the seeds exercised, so that a run that tests nothing fails.
struct Stats {
    int fieldConflicts = 0; // registers whose heads hold different values (checked)
    int agreeingHeads = 0;  // registers with concurrent heads of one value (no conflict)
    int otherConflicts = 0; // delete-edit, orphan, duplicate-name conflicts at the end
    int deleteEdits = 0;    // deleted entities with edits the delete had not seen (checked)
    int orphans = 0;        // live cabinets under a deleted site (checked)
    int resolved = 0;       // conflicts resolved by a step
    int drops = 0;          // syncs cut by a dropped connection
    int syncs = 0;
    qint64 openMs = 0;
    qint64 stepsMs = 0;
    qint64 finalMs = 0;
};
Stats g_stats;

constexpr int kReplicas = 3;
const std::array<QString, kReplicas> kReplicaIds{QStringLiteral("ra"), QStringLiteral("rb"),
                                                 QStringLiteral("rc")};

// One random step; its numbers are read against the state at the time it runs, so a step can be
// removed from a sequence (to shrink a failure) and the rest still makes sense.
struct Step {
    quint32 action = 0;
    std::array<quint32, 6> r{};
};

QList<Step> stepsFor(quint64 seed)
{
    QRandomGenerator rng(quint32(seed) ^ quint32(seed >> 32) ^ 0x5eed5eedu);
    // A shared start: ra creates two sites and a cabinet, rb and rc sync with ra; from there on
    // the replicas edit the same entities apart.
    QList<Step> steps{
        {0, {0, 0, 0, 0, 0, 0}},  // ra: create site 'Depot'
        {0, {0, 1, 1, 1, 0, 0}},  // ra: create site 'Harbour'
        {0, {0, 2, 0, 0, 0, 0}},  // ra: create cabinet in the first site
        {99, {1, 1, 1, 9, 0, 0}}, // rb syncs with ra
        {99, {2, 0, 1, 9, 0, 0}}, // rc syncs with ra
    };
    const int count = 15 + int(rng.bounded(16));
    for (int i = 0; i < count; ++i) {
        Step s;
        s.action = rng.bounded(100u);
        for (quint32 &v : s.r)
            v = rng.generate();
        steps << s;
    }
    return steps;
}

// A write into one register, as the oracle sees it.
struct Write {
    QString opId;
    QString replica;
    qint64 counter = 0;
    qint64 hlc = 0;
    QString value;           // JSON text; "$create"/"$delete" for the life cycle
    api::VersionVector past; // what its replica held when it was written
};

QString registerKey(const QString &entity, const QString &id, const QString &field)
{
    return entity + QLatin1Char('/') + id + QLatin1Char('/') + field;
}

// Writes of one register that no other write of it has seen.
QList<Write> undominated(const QList<Write> &writes)
{
    QList<Write> out;
    for (const Write &w : writes) {
        bool seen = false;
        for (const Write &other : writes)
            if (other.opId != w.opId && other.past.value(w.replica) >= w.counter) {
                seen = true;
                break;
            }
        if (!seen)
            out << w;
    }
    return out;
}

const Write &lastWriter(const QList<Write> &heads)
{
    const Write *best = &heads.first();
    for (const Write &w : heads)
        if (w.hlc > best->hlc || (w.hlc == best->hlc && w.replica > best->replica))
            best = &w;
    return *best;
}

QSet<QString> valuesOf(const QList<Write> &writes)
{
    QSet<QString> v;
    for (const Write &w : writes)
        v.insert(w.value);
    return v;
}

QString setText(QSet<QString> set)
{
    QStringList l(set.cbegin(), set.cend());
    l.sort();
    return QLatin1Char('{') + l.join(QStringLiteral(", ")) + QLatin1Char('}');
}

class Scenario {
public:
    Scenario(quint64 seed, const QString &dir)
        : m_seed(seed)
        , m_dir(dir)
    {}

    // Runs the steps, the final syncs and the checks. Empty on success, else what failed.
    QString run(const QList<Step> &steps);
    const QStringList &trace() const { return m_trace; }

private:
    QString open();
    QString step(int index, const Step &s);
    QString localStep(int index, const Step &s);
    QString syncStep(int index, const Step &s);
    QString sync(int i, int j, int batch, const QString &dropMethod, int dropAt, bool dropAfter,
                 bool mustSucceed, int *moved);
    QString drain(int r, QList<api::Operation> *fresh);
    QString check();
    QString checkLogs();
    QString checkFields();
    void tick(const Step &s)
    {
        for (int r = 0; r < kReplicas; ++r)
            m_clocks[r].advance(qint64((s.r[r] >> 8) % 3)); // often equal wall times
    }
    // Visible sites and cabinets at replica r, sorted by id.
    QList<api::Record> visible(int r);

    quint64 m_seed;
    QString m_dir;
    std::array<api::ManualClock, kReplicas> m_clocks;
    std::array<std::unique_ptr<store::SqliteStore>, kReplicas> m_stores;
    std::array<qint64, kReplicas> m_seen{};          // last op-log seq read per store
    std::array<api::VersionVector, kReplicas> m_has; // what each log holds (oracle's view)
    QHash<QString, QList<Write>> m_registers;        // register key -> writes
    QSet<QString> m_allOps;                          // every op id written anywhere
    int m_created = 0;
    QStringList m_trace;
};

QString Scenario::open()
{
    for (int r = 0; r < kReplicas; ++r) {
        // Skewed wall clocks: replicas disagree by a few milliseconds.
        m_clocks[r].set(1'700'000'000'000 + qint64(r) * qint64(m_seed % 5));
        QString error;
        const QString path = m_dir + QLatin1Char('/') + kReplicaIds[r] + QStringLiteral(".db");
        if (!g_template.isEmpty() && !QFile::copy(g_template, path))
            return QStringLiteral("cannot copy the template store to %1").arg(path);
        m_stores[r] = sync::test::openStore(path, m_clocks[r], kReplicaIds[r], &error);
        if (!m_stores[r])
            return QStringLiteral("cannot open store %1: %2").arg(kReplicaIds[r], error);
    }
    return {};
}

QString Scenario::drain(int r, QList<api::Operation> *fresh)
{
    auto ops = m_stores[r]->operationsSince(m_seen[r], 0);
    if (!ops)
        return QStringLiteral("operationsSince failed at %1: %2")
            .arg(kReplicaIds[r], ops.error().toString());
    for (const api::Operation &op : std::as_const(*ops)) {
        m_seen[r] = std::max(m_seen[r], op.seq);
        const qint64 counter = api::opCounter(op.opId);
        if (m_has[r].value(op.replicaId) < counter)
            m_has[r].insert(op.replicaId, counter);
        if (fresh)
            fresh->append(op);
    }
    return {};
}

QList<api::Record> Scenario::visible(int r)
{
    QList<api::Record> out;
    for (api::EntityKind kind : {api::EntityKind::Site, api::EntityKind::Cabinet}) {
        api::ListQuery q;
        q.kind = kind;
        auto page = m_stores[r]->list(q);
        if (page)
            out += page->records;
    }
    std::sort(out.begin(), out.end(),
              [](const api::Record &a, const api::Record &b) { return a.id < b.id; });
    return out;
}

QString Scenario::run(const QList<Step> &steps)
{
    QElapsedTimer timer;
    timer.start();
    if (QString e = open(); !e.isEmpty())
        return e;
    g_stats.openMs += timer.restart();
    for (int i = 0; i < steps.size(); ++i)
        if (QString e = step(i, steps[i]); !e.isEmpty())
            return e;
    g_stats.stepsMs += timer.restart();
    auto finalMs = qScopeGuard([&] { g_stats.finalMs += timer.elapsed(); });
    // Syncs around the ring (ra-rb, rb-rc, rc-ra) until nothing is left to move: one round
    // brings everything everywhere (then the version vectors agree); a round that still moves
    // operations after that is a failure.
    auto agree = [this] {
        const auto first = m_stores[0]->versionVector();
        for (int r = 1; r < kReplicas; ++r) {
            const auto other = m_stores[r]->versionVector();
            if (!first || !other || *other != *first)
                return false;
        }
        return true;
    };
    for (int round = 0;; ++round) {
        if (round == 4)
            return QStringLiteral("the replicas did not become quiescent after 4 rounds of syncs");
        int moved = 0;
        for (int i = 0; i < kReplicas; ++i)
            if (QString e = sync(i, (i + 1) % kReplicas, 1000, {}, 0, false, true, &moved);
                !e.isEmpty())
                return QStringLiteral("final sync: ") + e;
        if (moved == 0 || (round == 0 && agree()))
            break;
        if (round > 0)
            return QStringLiteral("operations still moved in round %1 of the final syncs")
                .arg(round + 1);
    }
    return check();
}

QString Scenario::step(int index, const Step &s)
{
    tick(s);
    return s.action < 75 ? localStep(index, s) : syncStep(index, s);
}

QString Scenario::localStep(int index, const Step &s)
{
    static const QStringList siteNames{QStringLiteral("Depot"), QStringLiteral("Harbour"),
                                       QStringLiteral("Ridge"), QStringLiteral("Quay")};
    static const QStringList notes{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")};
    const int r = int(s.r[0] % kReplicas);
    store::SqliteStore &st = *m_stores[r];
    const QString actor = QStringLiteral("user-") + kReplicaIds[r];
    QString what;
    api::Result<void> result;
    const QList<api::Record> live = visible(r);
    // Few entities, mostly edits: concurrent edits of one field are what the test is about.
    int kind = int(s.r[1] % 20); // 0-1 site, 2-3 cabinet, 4-15 edit, 16 delete, 17-19 resolve
    if (kind <= 3 && live.size() >= 4)
        kind = 4 + kind;
    if (kind >= 4 && kind <= 16 && live.isEmpty())
        kind = 0;
    if (kind <= 1) {
        api::Site site;
        site.id = QStringLiteral("s") + QString::number(++m_created);
        site.name = siteNames[int(s.r[2] % 4)];
        site.notes = notes[int(s.r[3] % 3)];
        what = QStringLiteral("create site %1 '%2'").arg(site.id, site.name);
        auto c = st.create(site.toRecord(), actor);
        result = c ? api::Result<void>() : std::unexpected(c.error());
    } else if (kind <= 3) {
        QList<api::Record> sites;
        for (const api::Record &rec : live)
            if (rec.kind == api::EntityKind::Site)
                sites << rec;
        if (sites.isEmpty()) {
            m_trace << QStringLiteral("[%1] %2: no site for a cabinet")
                           .arg(index)
                           .arg(kReplicaIds[r]);
            return {};
        }
        api::Cabinet cab;
        cab.id = QStringLiteral("c") + QString::number(++m_created);
        cab.siteId = sites[int(s.r[2] % sites.size())].id;
        cab.name = QStringLiteral("Rack ") + QString::number(s.r[3] % 2);
        cab.notes = notes[int(s.r[4] % 3)];
        what = QStringLiteral("create cabinet %1 '%2' in %3").arg(cab.id, cab.name, cab.siteId);
        auto c = st.create(cab.toRecord(), actor);
        result = c ? api::Result<void>() : std::unexpected(c.error());
    } else if (kind <= 15) {
        const api::Record &target = live[int(s.r[2] % live.size())];
        api::Record patch;
        patch.kind = target.kind;
        patch.id = target.id;
        const quint32 v = s.r[4];
        QString field;
        QVariant value;
        if (target.kind == api::EntityKind::Site) {
            switch (s.r[3] % 8) { // notes half of the time: edits collide
            case 0:
            case 5:
            case 6:
            case 7:
                field = QStringLiteral("notes");
                value = notes[int(v % 3)];
                break;
            case 1:
                field = QStringLiteral("address");
                value = QString(QStringLiteral("a") + QString::number(v % 2));
                break;
            case 2:
                field = QStringLiteral("code");
                value = QString(QStringLiteral("C") + QString::number(v % 2));
                break;
            case 3:
                field = QStringLiteral("latitude");
                value = 1.5 + double(v % 2);
                break;
            default:
                field = QStringLiteral("name");
                value = siteNames[int(v % 4)];
                break;
            }
        } else {
            switch (s.r[3] % 8) { // notes half of the time: edits collide
            case 0:
            case 5:
            case 6:
            case 7:
                field = QStringLiteral("notes");
                value = notes[int(v % 3)];
                break;
            case 1:
                field = QStringLiteral("model");
                value = QString(QStringLiteral("m") + QString::number(v % 2));
                break;
            case 2:
                field = QStringLiteral("serial");
                value = QString(QStringLiteral("x") + QString::number(v % 2));
                break;
            case 3:
                field = QStringLiteral("height_u");
                value = qint64(42 - 18 * (v % 2));
                break;
            default:
                field = QStringLiteral("name");
                value = QString(QStringLiteral("Rack ") + QString::number(v % 2));
                break;
            }
        }
        patch.fields.insert(field, value);
        what = QStringLiteral("update %1 %2 %3=%4")
                   .arg(api::kindName(target.kind), target.id, field, value.toString());
        auto u = st.update(patch, actor);
        result = u ? api::Result<void>() : std::unexpected(u.error());
    } else if (kind == 16) {
        const api::Record &target = live[int(s.r[2] % live.size())];
        what = QStringLiteral("delete %1 %2 (cascade)").arg(api::kindName(target.kind), target.id);
        result = st.remove(target.kind, target.id, actor, true);
    } else {
        auto conflicts = st.conflicts();
        if (!conflicts)
            return QStringLiteral("conflicts() failed at %1: %2")
                .arg(kReplicaIds[r], conflicts.error().toString());
        if (conflicts->isEmpty() || (*conflicts)[int(s.r[2] % conflicts->size())].values.isEmpty()) {
            m_trace << QStringLiteral("[%1] %2: no conflict to resolve")
                           .arg(index)
                           .arg(kReplicaIds[r]);
            return {};
        }
        const api::Conflict &c = (*conflicts)[int(s.r[2] % conflicts->size())];
        const api::ConflictValue &keep = c.values[int(s.r[3] % c.values.size())];
        what = QStringLiteral("resolve %1 keeping %2 (%3)").arg(c.id, keep.opId, keep.value);
        result = st.resolveConflict(c.id, keep.opId, actor);
        if (result)
            ++g_stats.resolved;
        // Field and delete-edit conflicts offer their values as choices: keeping one must work.
        if (!result
            && (c.kind == api::ConflictKind::Field || c.kind == api::ConflictKind::DeleteEdit))
            return QStringLiteral("%1 at %2 failed: %3")
                .arg(what, kReplicaIds[r], result.error().toString());
    }
    const api::VersionVector past = m_has[r];
    QList<api::Operation> fresh;
    if (QString e = drain(r, &fresh); !e.isEmpty())
        return e;
    QStringList ids;
    for (const api::Operation &op : std::as_const(fresh)) {
        if (op.replicaId != kReplicaIds[r])
            return QStringLiteral("%1 at %2 logged an operation of another replica: %3")
                .arg(what, kReplicaIds[r], op.opId);
        if (m_allOps.contains(op.opId))
            return QStringLiteral("op id %1 was used twice").arg(op.opId);
        m_allOps.insert(op.opId);
        ids << op.opId;
        if (op.entity == QStringLiteral("user"))
            continue;
        Write w;
        w.opId = op.opId;
        w.replica = op.replicaId;
        w.counter = api::opCounter(op.opId);
        w.hlc = op.hlc.value;
        const bool life = op.field.startsWith(QLatin1Char('$'));
        w.value = life ? op.field : op.value;
        w.past = past;
        m_registers[registerKey(op.entity, op.entityId, life ? QStringLiteral("$alive") : op.field)]
            << w;
    }
    m_trace << QStringLiteral("[%1] %2: %3 -> %4")
                   .arg(index)
                   .arg(kReplicaIds[r], what,
                        result ? (ids.isEmpty() ? QStringLiteral("no change")
                                                : ids.join(QLatin1Char(' ')))
                               : QStringLiteral("refused: ") + result.error().message);
    return {};
}

QString Scenario::syncStep(int, const Step &s)
{
    const int i = int(s.r[0] % kReplicas);
    const int j = (i + 1 + int(s.r[1] % 2)) % kReplicas;
    const int batch = 1 + int(s.r[2] % 5);
    static const QStringList methods{QString(), QStringLiteral("pull"), QStringLiteral("push"),
                                     QString()};
    const bool drop = s.r[3] % 10 < 4;
    return sync(i, j, batch, methods[int(s.r[5] % 4)], drop ? 1 + int(s.r[4] % 6) : 0,
                (s.r[5] >> 4) % 2 == 1, false, nullptr);
}

QString Scenario::sync(int i, int j, int batch, const QString &dropMethod, int dropAt,
                       bool dropAfter, bool mustSucceed, int *moved)
{
    sync::StorePeer peer(*m_stores[j]);
    FlakyPeer flaky(peer);
    if (dropAt > 0)
        flaky.dropCall(dropMethod, dropAt,
                       dropAfter ? FlakyPeer::Drop::After : FlakyPeer::Drop::Before);
    sync::SyncSession session(*m_stores[i], flaky, m_clocks[i]);
    session.setBatchSize(batch);
    auto r = session.run(kReplicaIds[j]);
    ++g_stats.syncs;
    if (flaky.dropped())
        ++g_stats.drops;
    QString line =
        QStringLiteral("[sync] %1 <-> %2 batch %3").arg(kReplicaIds[i], kReplicaIds[j]).arg(batch);
    if (dropAt > 0)
        line += QStringLiteral(" drop %1#%2 %3")
                    .arg(dropMethod.isEmpty() ? QStringLiteral("call") : dropMethod)
                    .arg(dropAt)
                    .arg(dropAfter ? QStringLiteral("after") : QStringLiteral("before"));
    if (r) {
        line += QStringLiteral(": pulled %1 pushed %2 conflicts %3 pending %4")
                    .arg(r->pulled)
                    .arg(r->pushed)
                    .arg(r->conflicts)
                    .arg(r->pending);
        if (moved)
            *moved += r->pulled + r->pushed;
        if (r->pending != 0)
            return line + QStringLiteral(": a complete sync left operations pending");
    } else {
        line += QStringLiteral(": ") + r.error().toString();
    }
    if (!r || !moved || r->pulled + r->pushed > 0)
        m_trace << line;
    if (!r && (mustSucceed || !flaky.dropped() || r.error().code != api::Code::Unavailable))
        return line + QStringLiteral(" (an error no dropped connection explains)");
    for (int k : {i, j})
        if (QString e = drain(k, nullptr); !e.isEmpty())
            return e;
    return {};
}

QString Scenario::check()
{
    QString canonical[kReplicas];
    for (int r = 0; r < kReplicas; ++r) {
        QString error;
        canonical[r] = sync::test::canonicalState(*m_stores[r], &error);
        if (!error.isEmpty())
            return QStringLiteral("reading the state of %1: %2").arg(kReplicaIds[r], error);
    }
    for (int r = 1; r < kReplicas; ++r) {
        if (canonical[r] == canonical[0])
            continue;
        const QStringList a = canonical[0].split(QLatin1Char('\n'));
        const QStringList b = canonical[r].split(QLatin1Char('\n'));
        QStringList diff;
        for (const QString &l : a)
            if (!b.contains(l))
                diff << QStringLiteral("  only at %1: %2").arg(kReplicaIds[0], l);
        for (const QString &l : b)
            if (!a.contains(l))
                diff << QStringLiteral("  only at %1: %2").arg(kReplicaIds[r], l);
        return QStringLiteral("state hash differs between %1 and %2 (%3 vs %4):\n%5")
            .arg(kReplicaIds[0], kReplicaIds[r],
                 QString::fromLatin1(sync::test::stateHash(canonical[0]).left(12)),
                 QString::fromLatin1(sync::test::stateHash(canonical[r]).left(12)),
                 diff.join(QLatin1Char('\n')));
    }
    if (QString e = checkLogs(); !e.isEmpty())
        return e;
    return checkFields();
}

QString Scenario::checkLogs()
{
    api::VersionVector expected;
    for (const QString &id : std::as_const(m_allOps)) {
        const QString replica = id.left(id.lastIndexOf(QLatin1Char(':')));
        expected.insert(replica, std::max(expected.value(replica), api::opCounter(id)));
    }
    for (int r = 0; r < kReplicas; ++r) {
        auto ops = m_stores[r]->operationsSince(0, 0);
        if (!ops)
            return ops.error().toString();
        QSet<QString> ids;
        for (const api::Operation &op : std::as_const(*ops)) {
            if (ids.contains(op.opId))
                return QStringLiteral("%1 holds operation %2 twice").arg(kReplicaIds[r], op.opId);
            ids.insert(op.opId);
        }
        for (const QString &id : std::as_const(m_allOps))
            if (!ids.contains(id))
                return QStringLiteral("%1 lost operation %2").arg(kReplicaIds[r], id);
        for (const QString &id : std::as_const(ids))
            if (!m_allOps.contains(id))
                return QStringLiteral("%1 holds operation %2 nobody wrote").arg(kReplicaIds[r], id);
        auto vector = m_stores[r]->versionVector();
        if (!vector)
            return vector.error().toString();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            if (vector->value(it.key()) != it.value())
                return QStringLiteral("version vector of %1 says %2:%3, the log holds %2:%4")
                    .arg(kReplicaIds[r], it.key())
                    .arg(vector->value(it.key()))
                    .arg(it.value());
    }
    return {};
}

QString Scenario::checkFields()
{
    store::SqliteStore &st = *m_stores[0];
    auto conflicts = st.conflicts();
    if (!conflicts)
        return conflicts.error().toString();
    QHash<QString, api::Conflict> fieldConflicts;
    QHash<QString, api::Conflict> lifeConflicts; // delete-edit and orphan, by entity
    for (const api::Conflict &c : std::as_const(*conflicts)) {
        const QString entityKey = c.entity + QLatin1Char('/') + c.entityId;
        if (c.kind == api::ConflictKind::Field)
            fieldConflicts.insert(registerKey(c.entity, c.entityId, c.field), c);
        else if (c.kind == api::ConflictKind::DeleteEdit || c.kind == api::ConflictKind::Orphan)
            lifeConflicts.insert(api::conflictKindName(c.kind) + QLatin1Char('/') + entityKey, c);
        if (c.kind != api::ConflictKind::Field)
            ++g_stats.otherConflicts;
    }
    QHash<QString, api::Record> rows;
    for (const api::Record &rec : visible(0))
        rows.insert(api::kindName(rec.kind) + QLatin1Char('/') + rec.id, rec);

    // The heads of every register, grouped by entity.
    QHash<QString, QHash<QString, QList<Write>>> entities; // entity key -> field -> heads
    for (auto it = m_registers.cbegin(); it != m_registers.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('/'));
        if (parts.size() != 3)
            return QStringLiteral("bad register key %1").arg(it.key());
        entities[parts[0] + QLatin1Char('/') + parts[1]].insert(parts[2], undominated(it.value()));
    }
    // Life: alive when no head of "$alive" is a $delete (the delete wins); visible when alive
    // and its site (for a cabinet) is visible.
    auto alive = [&](const QString &entityKey) {
        const QList<Write> life = entities.value(entityKey).value(QStringLiteral("$alive"));
        if (life.isEmpty())
            return false;
        for (const Write &w : life)
            if (w.value == QStringLiteral("$delete"))
                return false;
        return true;
    };
    auto siteOf = [&](const QString &entityKey) {
        const QList<Write> site = entities.value(entityKey).value(QStringLiteral("site_id"));
        if (site.isEmpty())
            return QString();
        QString v = lastWriter(site).value;
        return QString(QStringLiteral("site/") + v.mid(1, v.size() - 2)); // JSON of a plain id
    };
    auto isVisible = [&](const QString &entityKey) {
        if (!alive(entityKey))
            return false;
        if (!entityKey.startsWith(QStringLiteral("cabinet/")))
            return true;
        return alive(siteOf(entityKey));
    };

    for (auto e = entities.cbegin(); e != entities.cend(); ++e) {
        const QString &entityKey = e.key();
        const bool live = alive(entityKey);
        const bool shown = isVisible(entityKey);
        if (shown != rows.contains(entityKey))
            return QStringLiteral("%1 should be %2, the table %3 it")
                .arg(entityKey, shown ? QStringLiteral("visible") : QStringLiteral("gone"),
                     rows.contains(entityKey) ? QStringLiteral("shows") : QStringLiteral("lacks"));

        // Delete-edit: deleted, and some head none of the winning deletes has seen.
        QSet<QString> unseen;
        if (!live) {
            QList<Write> deletes;
            for (const Write &w : e.value().value(QStringLiteral("$alive")))
                if (w.value == QStringLiteral("$delete"))
                    deletes << w;
            for (auto f = e.value().cbegin(); f != e.value().cend(); ++f)
                for (const Write &h : f.value()) {
                    if (h.value == QStringLiteral("$delete"))
                        continue;
                    bool seen = false;
                    for (const Write &d : std::as_const(deletes))
                        seen = seen || d.past.value(h.replica) >= h.counter;
                    if (!seen)
                        unseen.insert(h.opId);
                }
        }
        const QString deleteEditKey = QStringLiteral("delete-edit/") + entityKey;
        if (!unseen.isEmpty()) {
            ++g_stats.deleteEdits;
            if (!lifeConflicts.contains(deleteEditKey))
                return QStringLiteral("%1 was deleted without seeing %2, but no delete-edit "
                                      "conflict is listed")
                    .arg(entityKey, setText(unseen));
            QSet<QString> listed;
            const QList<api::ConflictValue> &values = lifeConflicts[deleteEditKey].values;
            for (int i = 1; i < values.size(); ++i) // the first one is the winning delete
                listed.insert(values[i].opId);
            if (listed != unseen)
                return QStringLiteral("%1: the delete-edit conflict lists %2, the deletes have "
                                      "not seen %3")
                    .arg(entityKey, setText(listed), setText(unseen));
        } else if (lifeConflicts.contains(deleteEditKey)) {
            return QStringLiteral("%1 is listed as a delete-edit conflict, but the deletes have "
                                  "seen every edit")
                .arg(entityKey);
        }
        // Orphan: alive, but its site is gone.
        const bool orphan = live && !shown;
        if (orphan)
            ++g_stats.orphans;
        if (orphan != lifeConflicts.contains(QStringLiteral("orphan/") + entityKey))
            return QStringLiteral("%1 is %2an orphan (alive, site %3 gone), but the conflicts "
                                  "%4 it")
                .arg(entityKey, orphan ? QString() : QStringLiteral("not "), siteOf(entityKey),
                     orphan ? QStringLiteral("lack") : QStringLiteral("list"));

        for (auto f = e.value().cbegin(); f != e.value().cend(); ++f) {
            if (f.key() == QStringLiteral("$alive"))
                continue;
            const QString key = entityKey + QLatin1Char('/') + f.key();
            const QList<Write> &heads = f.value();
            const QSet<QString> values = valuesOf(heads);
            const bool expectConflict = live && values.size() >= 2;
            if (expectConflict)
                ++g_stats.fieldConflicts;
            else if (live && heads.size() >= 2)
                ++g_stats.agreeingHeads;
            if (shown) {
                // The table shows the last writer among the heads.
                const Write &winner = lastWriter(heads);
                const QString value = store::OpLog::encodeValue(
                    rows[entityKey].fields.value(f.key()));
                if (value != winner.value)
                    return QStringLiteral("%1 shows %2, but the last writer of its heads %3 "
                                          "wrote %4")
                        .arg(key, value, setText(values), winner.value);
            }
            QSet<QString> headIds;
            for (const Write &w : heads)
                headIds.insert(w.opId);
            auto found = fieldConflicts.constFind(key);
            if (expectConflict && found == fieldConflicts.cend())
                return QStringLiteral("%1: concurrent writes %2 with values %3 are not listed as "
                                      "a field conflict")
                    .arg(key, setText(headIds), setText(values));
            if (found == fieldConflicts.cend())
                continue;
            if (!expectConflict) {
                QSet<QString> v;
                for (const api::ConflictValue &cv : found->values)
                    v.insert(cv.opId + QLatin1Char('=') + cv.value);
                return QStringLiteral("%1 is listed as a field conflict with %2, but %3")
                    .arg(key, setText(v),
                         live ? QStringLiteral("the writes nobody has seen hold only ")
                                    + setText(values)
                              : QStringLiteral("the entity is deleted"));
            }
            QSet<QString> listed;
            for (const api::ConflictValue &cv : found->values) {
                listed.insert(cv.value);
                if (!headIds.contains(cv.opId))
                    return QStringLiteral("%1: the conflict lists %2, which a later write of the "
                                          "field has seen (heads %3)")
                        .arg(key, cv.opId, setText(headIds));
            }
            if (listed != values)
                return QStringLiteral("%1: the conflict lists values %2, the heads hold %3")
                    .arg(key, setText(listed), setText(values));
        }
    }
    for (auto it = fieldConflicts.cbegin(); it != fieldConflicts.cend(); ++it)
        if (!m_registers.contains(it.key()))
            return QStringLiteral("field conflict %1 about a field nobody wrote").arg(it.value().id);
    for (auto it = lifeConflicts.cbegin(); it != lifeConflicts.cend(); ++it) {
        const QString entityKey = it.value().entity + QLatin1Char('/') + it.value().entityId;
        if (!entities.contains(entityKey))
            return QStringLiteral("conflict %1 about an entity nobody wrote").arg(it.value().id);
    }
    return {};
}

QString runSeed(quint64 seed, const QList<Step> &steps, QStringList *trace)
{
    QTemporaryDir dir(sync::test::fastTempTemplate());
    if (!dir.isValid())
        return QStringLiteral("no temporary directory");
    Scenario scenario(seed, dir.path());
    const QString failure = scenario.run(steps);
    if (trace)
        *trace = scenario.trace();
    return failure;
}

// The shortest failing sequence found by removing one step at a time while the seed still fails.
QList<Step> shrink(quint64 seed, QList<Step> steps)
{
    int budget = 300;
    bool progress = true;
    while (progress && budget > 0) {
        progress = false;
        for (int i = int(steps.size()) - 1; i >= 0 && budget > 0; --i) {
            QList<Step> fewer = steps;
            fewer.removeAt(i);
            --budget;
            if (!runSeed(seed, fewer, nullptr).isEmpty()) {
                steps = fewer;
                progress = true;
            }
        }
    }
    return steps;
}

} // namespace

class TestSyncProperty : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The stores and sessions log every open and sync at info level: thousands of lines.
        QLoggingCategory::setFilterRules(QStringLiteral("edge.*.info=false\nedge.*.debug=false"));
    }

    void oracleSeesConcurrency()
    {
        // The oracle itself: a write dominates what its replica held; concurrent writes do not.
        Write a{QStringLiteral("ra:1"), QStringLiteral("ra"), 1, 10, QStringLiteral("\"x\""), {}};
        Write b{QStringLiteral("rb:1"), QStringLiteral("rb"), 1, 11, QStringLiteral("\"y\""), {}};
        Write c{QStringLiteral("rc:1"),  QStringLiteral("rc"),       1, 9,
                QStringLiteral("\"z\""), {{QStringLiteral("ra"), 1}}};
        QCOMPARE(undominated({a, b}).size(), 2);
        QCOMPARE(lastWriter(undominated({a, b})).opId, QStringLiteral("rb:1"));
        const QList<Write> heads = undominated({a, b, c});
        QCOMPARE(heads.size(), 2);
        QCOMPARE(valuesOf(heads),
                 (QSet<QString>{QStringLiteral("\"y\""), QStringLiteral("\"z\"")}));
    }

    void randomReplicasConverge()
    {
        {
            QTemporaryDir probeDir(sync::test::fastTempTemplate());
            QString error;
            api::ManualClock clock;
            auto probe = sync::test::openStore(probeDir.filePath(QStringLiteral("p.db")), clock,
                                               QStringLiteral("probe"), &error);
            QVERIFY2(probe, qPrintable(error));
            if (auto v = probe->versionVector(); !v)
                QSKIP(qPrintable(QStringLiteral("SqliteStore sync is not built yet: ")
                                 + v.error().message));
        }
        // Opening (migrating) three stores per seed costs more than the seed itself: every
        // replica starts as a copy of one empty store at the current schema.
        QTemporaryDir templateDir(sync::test::fastTempTemplate());
        {
            QString error;
            api::ManualClock clock;
            const QString path = templateDir.filePath(QStringLiteral("template.db"));
            auto empty = sync::test::openStore(path, clock, QStringLiteral("template"), &error);
            QVERIFY2(empty, qPrintable(error));
            QVERIFY(empty->maintain()); // checkpoint: everything in the main file
            empty.reset();
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
                    || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
            g_template = path;
        }
        auto noTemplate = qScopeGuard([] { g_template.clear(); });
        QElapsedTimer timer;
        timer.start();
        int failures = 0;
        QStringList report;
        for (quint64 seed = g_firstSeed; seed < g_firstSeed + quint64(g_seeds); ++seed) {
            const QList<Step> steps = stepsFor(seed);
            QStringList trace;
            const QString failure = runSeed(seed, steps, &trace);
            if (g_verbose)
                qInfo().noquote() << "seed" << seed << "trace:\n" << trace.join(QLatin1Char('\n'));
            if (failure.isEmpty())
                continue;
            ++failures;
            const QList<Step> minimal = shrink(seed, steps);
            QStringList minimalTrace;
            const QString minimalFailure = runSeed(seed, minimal, &minimalTrace);
            report << QStringLiteral(
                          "seed %1 failed: %2\nminimal trace (%3 of %4 steps, then every "
                          "pair synced):\n%5\n-> %6")
                          .arg(seed)
                          .arg(failure)
                          .arg(minimal.size())
                          .arg(steps.size())
                          .arg(minimalTrace.join(QLatin1Char('\n')), minimalFailure);
            qWarning().noquote() << report.last();
            if (failures >= 3)
                break;
        }
        qInfo().noquote() << QStringLiteral(
                                 "%1 seeds from %2 in %3 ms (open %4, steps %5, final syncs and "
                                 "checks %6): %7 syncs, %8 cut by a dropped connection, %9 field "
                                 "conflicts checked, %10 concurrent equal writes, %11 other "
                                 "conflicts (%13 delete-edit and %14 orphans checked), %12 "
                                 "resolved")
                                 .arg(g_seeds)
                                 .arg(g_firstSeed)
                                 .arg(timer.elapsed())
                                 .arg(g_stats.openMs)
                                 .arg(g_stats.stepsMs)
                                 .arg(g_stats.finalMs)
                                 .arg(g_stats.syncs)
                                 .arg(g_stats.drops)
                                 .arg(g_stats.fieldConflicts)
                                 .arg(g_stats.agreeingHeads)
                                 .arg(g_stats.otherConflicts)
                                 .arg(g_stats.resolved)
                                 .arg(g_stats.deleteEdits)
                                 .arg(g_stats.orphans);
        if (failures == 0 && g_seeds >= 200) {
            // A generator that stopped making concurrent edits or dropping connections would
            // pass while testing nothing.
            QVERIFY(g_stats.fieldConflicts > 0);
            QVERIFY(g_stats.deleteEdits > 0);
            QVERIFY(g_stats.orphans > 0);
            QVERIFY(g_stats.drops > 0);
            QVERIFY(g_stats.resolved > 0);
        }
        QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 seed(s) failed; rerun one with "
                                                          "--seed N --verbose.\n")
                                               .arg(failures)
                                           + report.join(QStringLiteral("\n\n"))));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    if (const int n = qEnvironmentVariableIntValue("EC_SYNC_SEEDS", &ok); ok && n > 0)
        g_seeds = n;
    if (const QByteArray s = qgetenv("EC_SYNC_FIRST_SEED"); !s.isEmpty())
        g_firstSeed = s.toULongLong();
    QStringList rest;
    const QStringList args = app.arguments();
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if ((a == QStringLiteral("--seeds") || a == QStringLiteral("--first-seed")
             || a == QStringLiteral("--seed"))
            && i + 1 < args.size()) {
            const qulonglong v = args[++i].toULongLong();
            if (a == QStringLiteral("--seeds"))
                g_seeds = std::max(1, int(v));
            else
                g_firstSeed = v;
            if (a == QStringLiteral("--seed"))
                g_seeds = 1;
        } else if (a == QStringLiteral("--verbose")) {
            g_verbose = true;
        } else {
            rest << a;
        }
    }
    TestSyncProperty test;
    return QTest::qExec(&test, rest);
}

#include "tst_syncproperty.moc"
