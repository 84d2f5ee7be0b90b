// Benchmark: op-log rows per second through the store's write path (SqliteStore::applyOperations,
// the batch entry point sync uses: OpLog::insert, the register heads and the merge into the tables)
// against a raw sqlite3 prepared INSERT of the same rows into an identical table (its DDL is read
// from the store's file) in a second file with the same settings. Both commit every 10,000 rows
// and run chunk by chunk in alternation, so that both see the same machine load.
//
// Usage: bench_store_oplog [ROWS]   (or EC_BENCH_ROWS=ROWS; default 1,000,000)

#include "backend/api/clock.h"
#include "backend/store/oplog.h"
#include "backend/store/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>
#include <string>
#include <vector>

using namespace edge;

namespace {

constexpr int kBatch = 10'000;

struct RawRow {
    std::string opId, replicaId, actor, entity, entityId, field, value;
    qint64 hlc = 0;
};

// Operations as another replica would send them: a few hundred entities, a few fields each.
QList<api::Operation> makeOperations(qint64 first, int count)
{
    static const QStringList fields{QStringLiteral("name"),    QStringLiteral("notes"),
                                    QStringLiteral("address"), QStringLiteral("code"),
                                    QStringLiteral("kind"),    QStringLiteral("region_id")};
    QList<api::Operation> ops;
    ops.reserve(count);
    const qint64 wall = 1'700'000'000'000;
    for (qint64 i = first; i < first + count; ++i) {
        api::Operation op;
        op.replicaId = QStringLiteral("replica-b7c1e0f4");
        op.opId = op.replicaId + QLatin1Char(':') + QString::number(i + 1);
        op.hlc = api::HlcTimestamp::from(wall + i / 8, int(i % 8));
        op.actor = QStringLiteral("operator");
        op.entity = QStringLiteral("site");
        op.entityId = QStringLiteral("5f0c3a4e-0d7b-4c55-9a1e-%1")
                          .arg(i % 500, 12, 10, QLatin1Char('0'));
        op.field = fields.at(int(i % fields.size()));
        op.value = store::OpLog::quote(QStringLiteral("value %1 of a field").arg(i));
        // The writer had seen the previous value of the register (same entity and field), as
        // a sync peer's operations say: entity i % 500 and field i % 6 come back every 1500.
        if (i >= 1500)
            op.bases << op.replicaId + QLatin1Char(':') + QString::number(i + 1 - 1500);
        ops.append(std::move(op));
    }
    return ops;
}

std::vector<RawRow> toRaw(const QList<api::Operation> &ops)
{
    std::vector<RawRow> rows;
    rows.reserve(ops.size());
    for (const api::Operation &op : ops)
        rows.push_back({op.opId.toStdString(), op.replicaId.toStdString(), op.actor.toStdString(),
                        op.entity.toStdString(), op.entityId.toStdString(), op.field.toStdString(),
                        op.value.toStdString(), op.hlc.value});
    return rows;
}

bool check(sqlite3 *db, int rc, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

// The raw baseline: the op_log table and indexes of the store's file, created in another file.
class RawLog {
public:
    bool open(const QString &path, const QString &storePath)
    {
        if (!check(m_db, sqlite3_open(QFile::encodeName(path).constData(), &m_db), "open raw"))
            return false;
        for (const char *pragma : {"PRAGMA auto_vacuum = INCREMENTAL", "PRAGMA journal_mode = WAL",
                                   "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"})
            if (!check(m_db, sqlite3_exec(m_db, pragma, nullptr, nullptr, nullptr), pragma))
                return false;
        sqlite3 *source = nullptr;
        sqlite3_open_v2(QFile::encodeName(storePath).constData(), &source, SQLITE_OPEN_READONLY,
                        nullptr);
        sqlite3_stmt *ddl = nullptr;
        sqlite3_prepare_v2(
            source,
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'op_log' AND sql IS NOT NULL "
            "ORDER BY type DESC",
            -1, &ddl, nullptr);
        int statements = 0;
        while (sqlite3_step(ddl) == SQLITE_ROW) {
            const auto *sql = reinterpret_cast<const char *>(sqlite3_column_text(ddl, 0));
            if (!check(m_db, sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), sql))
                return false;
            ++statements;
        }
        sqlite3_finalize(ddl);
        sqlite3_close(source);
        if (statements < 2) {
            std::fprintf(stderr, "op_log DDL not found in the store file\n");
            return false;
        }
        return check(m_db,
                     sqlite3_prepare_v3(
                         m_db,
                         "INSERT INTO op_log (op_id, hlc, replica_id, actor, entity, "
                         "entity_id, field, value, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr),
                     "prepare");
    }

    ~RawLog()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }

    bool insertBatch(const std::vector<RawRow> &rows, qint64 revision)
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
            sqlite3_bind_int64(m_insert, 9, revision);
            if (!check(m_db, sqlite3_step(m_insert), "insert"))
                return false;
            sqlite3_reset(m_insert);
        }
        return check(m_db, sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    }

    qint64 count()
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT COUNT(*) FROM op_log", -1, &stmt, nullptr);
        sqlite3_step(stmt);
        const qint64 n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return n;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1'000'000;
    if (argc > 1)
        rows = QByteArray(argv[1]).toLongLong();
    else if (qEnvironmentVariableIsSet("EC_BENCH_ROWS"))
        rows = qEnvironmentVariable("EC_BENCH_ROWS").toLongLong();
    if (rows <= 0) {
        std::fprintf(stderr, "usage: %s [ROWS]  (or EC_BENCH_ROWS=ROWS)\n", argv[0]);
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
    RawLog raw;
    if (!raw.open(dir.filePath(QStringLiteral("raw.db")), dir.filePath(QStringLiteral("store.db"))))
        return 1;

    qint64 storeNs = 0, rawNs = 0;
    QElapsedTimer timer;
    qint64 revision = 0;
    for (qint64 done = 0; done < rows; done += kBatch) {
        const int count = int(std::min<qint64>(kBatch, rows - done));
        const QList<api::Operation> ops = makeOperations(done, count);
        const std::vector<RawRow> rawRows = toRaw(ops);

        timer.start();
        auto added = (*store)->applyOperations(ops, {}, 0);
        storeNs += timer.nsecsElapsed();
        if (!added || added->applied != count) {
            std::fprintf(stderr, "store append: %s\n",
                         added ? "rows missing" : qPrintable(added.error().toString()));
            return 1;
        }
        timer.start();
        if (!raw.insertBatch(rawRows, ++revision))
            return 1;
        rawNs += timer.nsecsElapsed();
    }
    if (raw.count() != rows)
        return 1;

    const double storeRate = double(rows) / (double(storeNs) / 1e9);
    const double rawRate = double(rows) / (double(rawNs) / 1e9);
    std::printf("{\"benchmark\":\"store_oplog_insert\",\"rows\":%lld,\"store_rows_per_s\":%.0f,"
                "\"raw_rows_per_s\":%.0f,\"ratio\":%.3f,\"goal_ratio\":0.5}\n",
                static_cast<long long>(rows), storeRate, rawRate, storeRate / rawRate);
    return 0;
}
