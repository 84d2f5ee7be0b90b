// Benchmark: the merge of remote operations (SqliteStore::applyOperations: op log, register heads,
// version vector, rows of the entity tables). 10,000 sites created by another replica (7
// operations each) and then edited three times (a notes field, each edit replacing the one
// before), 100,000 operations in batches of 2,000 as a sync session applies them. Baseline: a raw
// sqlite3 prepared INSERT of the same rows into a plain table of a second file with the same
// settings, one transaction per batch, in the same run and in alternation with the store.
//
// Usage: bench_merge [SITES]   (or EC_BENCH_SITES=SITES; default 10,000 = 100,000 operations)

#include "backend/api/clock.h"
#include "backend/store/oplog.h"
#include "backend/store/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <sqlite3.h>
#include <string>
#include <vector>

using namespace edge;

namespace {

constexpr int kBatch = 2000;
constexpr int kEdits = 3;
const QString kReplica = QStringLiteral("replica-noc-7f3a");

// The operations of the remote replica, in its log's order: every site created, then the edits.
QList<api::Operation> makeOperations(int sites)
{
    QList<api::Operation> ops;
    ops.reserve(qsizetype(sites) * (7 + kEdits));
    const qint64 wall = 1'764'000'000'000;
    qint64 counter = 0;
    auto add = [&](const QString &siteId, const QString &field, const QString &value,
                   const QStringList &bases) {
        api::Operation op;
        op.replicaId = kReplica;
        op.opId = kReplica + QLatin1Char(':') + QString::number(++counter);
        op.hlc = api::HlcTimestamp::from(wall + counter / 16, int(counter % 16));
        op.actor = QStringLiteral("operator");
        op.entity = QStringLiteral("site");
        op.entityId = siteId;
        op.field = field;
        op.value = value;
        op.bases = bases;
        ops.append(std::move(op));
        return ops.last().opId;
    };
    auto siteId = [](int i) {
        return QStringLiteral("7d3c1b2a-0e4f-4a5b-8c6d-%1").arg(i, 12, 10, QLatin1Char('0'));
    };
    QStringList notesHead(sites);
    for (int i = 0; i < sites; ++i) {
        const QString id = siteId(i);
        add(id, QStringLiteral("$create"), QStringLiteral("null"), {});
        add(id, QStringLiteral("name"), store::OpLog::quote(QStringLiteral("Site %1").arg(i)), {});
        add(id, QStringLiteral("kind"), store::OpLog::quote(QStringLiteral("cabinet")), {});
        add(id, QStringLiteral("code"), store::OpLog::quote(QStringLiteral("S-%1").arg(i)), {});
        add(id, QStringLiteral("address"),
            store::OpLog::quote(QStringLiteral("%1 Harbour Road").arg(i)), {});
        add(id, QStringLiteral("latitude"), QString::number(22.5 + i * 1e-5, 'g', 12), {});
        add(id, QStringLiteral("longitude"), QString::number(113.9 + i * 1e-5, 'g', 12), {});
    }
    for (int round = 0; round < kEdits; ++round)
        for (int i = 0; i < sites; ++i) {
            const QStringList bases = notesHead[i].isEmpty() ? QStringList()
                                                             : QStringList{notesHead[i]};
            notesHead[i] = add(siteId(i), QStringLiteral("notes"),
                               store::OpLog::quote(
                                   QStringLiteral("visit %1: cabinet door checked").arg(round)),
                               bases);
        }
    return ops;
}

struct RawRow {
    std::string opId, replicaId, actor, entity, entityId, field, value;
    qint64 hlc = 0;
};

bool check(sqlite3 *db, int rc, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

class RawTable {
public:
    bool open(const QString &path)
    {
        if (!check(m_db, sqlite3_open(QFile::encodeName(path).constData(), &m_db), "open raw"))
            return false;
        for (const char *sql :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
              "CREATE TABLE ops (seq INTEGER PRIMARY KEY, op_id TEXT NOT NULL, hlc INTEGER NOT "
              "NULL, replica_id TEXT NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL, "
              "entity_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL)"})
            if (!check(m_db, sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), sql))
                return false;
        return check(m_db,
                     sqlite3_prepare_v3(m_db,
                                        "INSERT INTO ops (op_id, hlc, replica_id, actor, entity, "
                                        "entity_id, field, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                        -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr),
                     "prepare");
    }
    ~RawTable()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    bool insertBatch(const std::vector<RawRow> &rows)
    {
        if (!check(m_db, sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin"))
            return false;
        auto text = [this](int index, const std::string &s) {
            sqlite3_bind_text(m_insert, index, s.data(), int(s.size()), SQLITE_STATIC);
        };
        for (const RawRow &r : rows) {
            text(1, r.opId);
            sqlite3_bind_int64(m_insert, 2, r.hlc);
            text(3, r.replicaId);
            text(4, r.actor);
            text(5, r.entity);
            text(6, r.entityId);
            text(7, r.field);
            text(8, r.value);
            if (!check(m_db, sqlite3_step(m_insert), "insert"))
                return false;
            sqlite3_reset(m_insert);
        }
        return check(m_db, sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int sites = 10'000;
    if (argc > 1)
        sites = QByteArray(argv[1]).toInt();
    else if (qEnvironmentVariableIsSet("EC_BENCH_SITES"))
        sites = qEnvironmentVariable("EC_BENCH_SITES").toInt();
    if (sites <= 0) {
        std::fprintf(stderr, "usage: %s [SITES]  (or EC_BENCH_SITES=SITES)\n", argv[0]);
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("edge.store.info=false"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    api::SystemClock clock;
    auto store = store::SqliteStore::open(dir.filePath(QStringLiteral("store.db")), clock);
    if (!store) {
        std::fprintf(stderr, "open store: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    RawTable raw;
    if (!raw.open(dir.filePath(QStringLiteral("raw.db"))))
        return 1;

    const QList<api::Operation> ops = makeOperations(sites);
    qint64 storeNs = 0, rawNs = 0;
    std::clock_t storeCpu = 0; // CPU time too: the machines these run on are often shared
    QElapsedTimer timer;
    for (qsizetype done = 0; done < ops.size(); done += kBatch) {
        const QList<api::Operation> batch = ops.mid(done, kBatch);
        std::vector<RawRow> rows;
        rows.reserve(std::size_t(batch.size()));
        for (const api::Operation &op : batch)
            rows.push_back({op.opId.toStdString(), op.replicaId.toStdString(),
                            op.actor.toStdString(), op.entity.toStdString(),
                            op.entityId.toStdString(), op.field.toStdString(),
                            op.value.toStdString(), op.hlc.value});
        timer.start();
        const std::clock_t cpu = std::clock();
        auto applied = (*store)->applyOperations(batch, kReplica, done + batch.size());
        storeCpu += std::clock() - cpu;
        storeNs += timer.nsecsElapsed();
        if (!applied || applied->applied != batch.size()) {
            std::fprintf(stderr, "apply: %s\n",
                         applied ? "operations missing" : qPrintable(applied.error().toString()));
            return 1;
        }
        timer.start();
        if (!raw.insertBatch(rows))
            return 1;
        rawNs += timer.nsecsElapsed();
    }

    // The merge must have produced the sites, with their last notes, and no conflict.
    api::ListQuery q;
    q.kind = api::EntityKind::Site;
    auto page = (*store)->list(q);
    auto conflicts = (*store)->conflicts();
    if (!page || page->total != sites || !conflicts || !conflicts->isEmpty()
        || page->records.first().fields.value(QStringLiteral("notes")).toString()
               != QStringLiteral("visit %1: cabinet door checked").arg(kEdits - 1)) {
        std::fprintf(stderr, "the merge did not produce the expected sites\n");
        return 1;
    }

    const double n = double(ops.size());
    const double storeS = double(storeNs) / 1e9;
    const double rawS = double(rawNs) / 1e9;
    std::printf("{\"benchmark\":\"sync_merge\",\"operations\":%lld,\"sites\":%d,\"batch\":%d,"
                "\"figure\":{\"ops_per_s\":%.0f,\"seconds\":%.3f,\"cpu_seconds\":%.3f},"
                "\"baseline\":{\"what\":\"raw sqlite3 INSERT of the same rows\","
                "\"ops_per_s\":%.0f,\"seconds\":%.3f},\"ratio\":%.3f,\"goal_seconds\":2.0}\n",
                static_cast<long long>(ops.size()), sites, kBatch, n / storeS, storeS,
                double(storeCpu) / CLOCKS_PER_SEC, n / rawS, rawS, (n / storeS) / (n / rawS));
    return 0;
}
