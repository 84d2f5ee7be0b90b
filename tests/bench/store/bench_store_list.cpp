// Benchmark: list() of 10,000 sites (every record, ordered by name) through the store, against a
// raw sqlite3 SELECT of the same columns and order on the same file, reading each value once.
// Median of 21 runs each (EC_BENCH_RUNS to change). Also the time of one 100-record page from the middle.
//
// Usage: bench_store_list [SITES]   (or EC_BENCH_SITES=SITES; default 10,000)

#include "backend/api/clock.h"
#include "backend/api/inventorytypes.h"
#include "backend/store/sqlitestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace edge;

namespace {

double medianMs(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return double(ns[ns.size() / 2]) / 1e6;
}

// Reads every column of every row, as the store does, without building records.
qint64 rawList(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT id, revision, region_id, name, code, kind, address, latitude, "
                       "longitude, notes, demo FROM sites ORDER BY name, id",
                       -1, &stmt, nullptr);
    qint64 bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < 11; ++c) {
            if (sqlite3_column_type(stmt, c) == SQLITE_TEXT) {
                sqlite3_column_text(stmt, c);
                bytes += sqlite3_column_bytes(stmt, c);
            } else {
                bytes += sqlite3_column_int64(stmt, c);
            }
        }
    }
    sqlite3_finalize(stmt);
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int sites = 10'000;
    if (argc > 1)
        sites = QByteArray(argv[1]).toInt();
    else if (qEnvironmentVariableIsSet("EC_BENCH_SITES"))
        sites = qEnvironmentVariableIntValue("EC_BENCH_SITES");
    if (sites <= 0) {
        std::fprintf(stderr, "usage: %s [SITES]  (or EC_BENCH_SITES=SITES)\n", argv[0]);
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("edge.store.info=false"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    api::SystemClock clock;
    auto store = store::SqliteStore::open(path, clock);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    for (int i = 0; i < sites; ++i) {
        api::Site s;
        s.name = QStringLiteral("Site %1").arg((i * 7919) % sites, 6, 10, QLatin1Char('0'));
        s.code = QStringLiteral("S%1").arg(i);
        s.kind = api::SiteKind::CabinetSite;
        s.address = QStringLiteral("%1 Harbour Road").arg(i);
        s.latitude = 22.5 + i * 1e-5;
        s.longitude = 113.9;
        if (auto r = (*store)->create(s.toRecord(), QStringLiteral("bench")); !r) {
            std::fprintf(stderr, "create: %s\n", qPrintable(r.error().toString()));
            return 1;
        }
    }
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);

    api::ListQuery all;
    all.kind = api::EntityKind::Site;
    api::ListQuery page = all;
    page.offset = sites / 2;
    page.limit = 100;
    std::vector<qint64> storeNs, rawNs, pageNs;
    QElapsedTimer t;
    const int runs = qEnvironmentVariableIsSet("EC_BENCH_RUNS")
                         ? std::max(1, qEnvironmentVariableIntValue("EC_BENCH_RUNS"))
                         : 21;
    for (int run = 0; run < runs; ++run) {
        t.start();
        auto listed = (*store)->list(all);
        storeNs.push_back(t.nsecsElapsed());
        if (!listed || listed->records.size() != sites)
            return 1;
        t.start();
        if (rawList(raw) <= 0)
            return 1;
        rawNs.push_back(t.nsecsElapsed());
        t.start();
        auto paged = (*store)->list(page);
        pageNs.push_back(t.nsecsElapsed());
        if (!paged || paged->records.isEmpty())
            return 1;
    }
    sqlite3_close(raw);
    const double storeMs = medianMs(storeNs), rawMs = medianMs(rawNs);
    std::printf(
        "{\"benchmark\":\"store_list_sites\",\"sites\":%d,\"store_ms\":%.2f,\"raw_ms\":%.2f,"
        "\"ratio\":%.3f,\"page_100_ms\":%.3f}\n",
        sites, storeMs, rawMs, rawMs / storeMs, medianMs(pageNs));
    return 0;
}
