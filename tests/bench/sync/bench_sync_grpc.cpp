// Benchmark: operations synced from one process to another over loopback gRPC with TLS. A local
// SqliteStore holds 100,000 operations of its own (sites created through the store); a real
// edge-hub process with a fresh data directory receives them through sync::SyncSession over
// client::SyncClient (Hello, Pull, Push in batches, each applied at the hub in one transaction).
// Baseline, in the same run: a raw sqlite3 prepared INSERT of the same rows into a plain table
// (same columns as the op log, one transaction per 2,000 rows, WAL, synchronous=NORMAL).
// Prints one JSON line: {"benchmark":"sync_grpc_push","operations":N,"figure":ops/s,
// "baseline":rows/s,"ratio":figure/baseline,...}.
//
// Usage: bench_sync_grpc [OPERATIONS]   (or EC_BENCH_ROWS=OPERATIONS; default 100,000)

#include "backend/api/clock.h"
#include "backend/client/client.h"
#include "backend/client/syncclient.h"
#include "backend/store/sqlitestore.h"
#include "backend/sync/syncsession.h"
#include "support/hubprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>

using namespace edge;

namespace {

constexpr int kBatch = 2000; // the session's default batch size

int failWith(const char *what, const api::Error &e)
{
    std::fprintf(stderr, "bench_sync_grpc: %s: %s (%s)\n", what, qPrintable(e.message),
                 qPrintable(e.detail));
    return 1;
}

bool check(sqlite3 *db, int rc, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "bench_sync_grpc: %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

// The baseline: the same rows into a plain table with the op log's columns.
double rawInsertSeconds(const QString &path, const QList<api::Operation> &ops)
{
    sqlite3 *db = nullptr;
    if (!check(db, sqlite3_open(QFile::encodeName(path).constData(), &db), "open raw"))
        return -1;
    for (const char *sql :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
          "CREATE TABLE op_log (seq INTEGER PRIMARY KEY, op_id TEXT NOT NULL UNIQUE, hlc INTEGER "
          "NOT NULL, replica_id TEXT NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL, "
          "entity_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT, bases TEXT)"})
        if (!check(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql))
            return -1;
    sqlite3_stmt *insert = nullptr;
    if (!check(db,
               sqlite3_prepare_v2(db,
                                  "INSERT INTO op_log (op_id, hlc, replica_id, actor, entity, "
                                  "entity_id, field, value, bases) VALUES (?,?,?,?,?,?,?,?,?)",
                                  -1, &insert, nullptr),
               "prepare"))
        return -1;
    QElapsedTimer timer;
    timer.start();
    bool ok = true;
    for (qsizetype i = 0; ok && i < ops.size(); ++i) {
        if (i % kBatch == 0)
            ok = check(db, sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "begin");
        const api::Operation &op = ops.at(i);
        const QByteArray cols[] = {op.opId.toUtf8(),     op.replicaId.toUtf8(),
                                   op.actor.toUtf8(),    op.entity.toUtf8(),
                                   op.entityId.toUtf8(), op.field.toUtf8(),
                                   op.value.toUtf8(),    op.bases.join(QLatin1Char(',')).toUtf8()};
        sqlite3_bind_text(insert, 1, cols[0].constData(), int(cols[0].size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 2, op.hlc.value);
        for (int c = 1; c < 8; ++c)
            sqlite3_bind_text(insert, c + 2, cols[c].constData(), int(cols[c].size()),
                              SQLITE_TRANSIENT);
        ok = check(db, sqlite3_step(insert), "insert");
        sqlite3_reset(insert);
        if (ok && (i % kBatch == kBatch - 1 || i + 1 == ops.size()))
            ok = check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return ok ? seconds : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("edge.*.info=false"));
    qint64 target = 100'000;
    if (argc > 1)
        target = QByteArray(argv[1]).toLongLong();
    else if (qEnvironmentVariableIsSet("EC_BENCH_ROWS"))
        target = qEnvironmentVariableIntValue("EC_BENCH_ROWS");
    if (target <= 0) {
        std::fprintf(stderr, "usage: %s [OPERATIONS]  (or EC_BENCH_ROWS=OPERATIONS)\n", argv[0]);
        return 2;
    }

    QTemporaryDir dir;
    api::SystemClock clock;
    auto local = store::SqliteStore::open(dir.filePath(QStringLiteral("local.db")), clock);
    if (!local)
        return failWith("open the local store", local.error());
    store::SqliteStore &store = **local;

    // The operations: sites created through the store (several fields each) until it holds
    // `target` operations of its own.
    const QString me = store.syncReplicaId();
    for (int i = 0;; ++i) {
        auto vector = store.versionVector();
        if (!vector)
            return failWith("version vector", vector.error());
        if (vector->value(me) >= target)
            break;
        api::Record r;
        r.kind = api::EntityKind::Site;
        r.fields.insert(QStringLiteral("name"), QStringLiteral("Bench site %1").arg(i));
        r.fields.insert(QStringLiteral("kind"), QStringLiteral("cabinet-site"));
        r.fields.insert(QStringLiteral("code"), QStringLiteral("B%1").arg(i));
        r.fields.insert(QStringLiteral("address"), QStringLiteral("%1 Loopback Road").arg(i));
        r.fields.insert(QStringLiteral("notes"),
                        QStringLiteral("Cabinet %1: key in the box by the gate").arg(i));
        if (auto created = store.create(r, QStringLiteral("bench")); !created)
            return failWith("create a site", created.error());
    }
    QList<api::Operation> ops;
    for (qint64 after = 0;;) {
        auto batch = store.operationsFor({}, after, 5000);
        if (!batch)
            return failWith("read the op log", batch.error());
        ops += batch->operations;
        after = batch->lastSeq;
        if (!batch->more)
            break;
    }

    testing::HubProcess hub;
    QString error;
    if (!hub.start(dir.filePath(QStringLiteral("hub")), {}, &error)) {
        std::fprintf(stderr, "bench_sync_grpc: %s\n", qPrintable(error));
        return 1;
    }
    auto channel = client::Client::secureChannel(hub.address(), hub.caPath());
    if (!channel)
        return failWith("channel", channel.error());
    client::Client admin(*channel, hub.address());
    auto session = admin.login(QStringLiteral("admin"), hub.generatedPassword());
    if (!session)
        return failWith("login", session.error());

    client::SyncClient peer(*channel, hub.address(), session->token);
    sync::SyncSession sync(store, peer, clock);
    sync.setBatchSize(kBatch);
    QElapsedTimer timer;
    timer.start();
    auto report = sync.run(hub.address());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report)
        return failWith("sync", report.error());
    if (report->pushed != ops.size() || report->pending != 0) {
        std::fprintf(stderr, "bench_sync_grpc: pushed %d of %lld operations, %lld pending\n",
                     report->pushed, qint64(ops.size()), report->pending);
        return 1;
    }
    hub.stop();

    const double baselineSeconds = rawInsertSeconds(dir.filePath(QStringLiteral("raw.db")), ops);
    if (baselineSeconds <= 0)
        return 1;
    const double figure = double(ops.size()) / seconds;
    const double baseline = double(ops.size()) / baselineSeconds;
    QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("sync_grpc_push")},
                    {QStringLiteral("operations"), qint64(ops.size())},
                    {QStringLiteral("figure"), qRound64(figure)},
                    {QStringLiteral("figure_unit"), QStringLiteral("operations/s")},
                    {QStringLiteral("baseline"), qRound64(baseline)},
                    {QStringLiteral("baseline_unit"), QStringLiteral("raw INSERT rows/s")},
                    {QStringLiteral("ratio"), qRound(figure / baseline * 1000) / 1000.0},
                    {QStringLiteral("seconds"), qRound(seconds * 1000) / 1000.0},
                    {QStringLiteral("baseline_seconds"), qRound(baselineSeconds * 1000) / 1000.0}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
