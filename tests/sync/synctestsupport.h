#pragma once

// Helpers of the real-process sync tests (issue 5): edgectl on --data directories and against a
// real edge-hub, JSON without the per-store revision, and read-only queries on a store file.

#include "cli/clirunner.h"
#include "support/hubprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <sqlite3.h>

namespace edge::testing {

// `revision` is the revision of the store that printed the record (each store counts its own
// commits), so it differs between replicas that hold the same data: drop it before comparing.
inline QJsonValue withoutRevision(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("revision"));
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = withoutRevision(it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(withoutRevision(e));
        return a;
    }
    return v;
}

inline QJsonValue jsonOf(const CliResult &r)
{
    const QJsonDocument d = r.json();
    if (d.isArray())
        return d.array();
    if (d.isObject())
        return d.object();
    return {};
}

// Rows of a read-only query on `path` (a store file no process writes to at the moment, or one in
// WAL mode that another process writes: readers never block it), columns joined with '|'.
inline QStringList queryStore(const QString &path, const char *sql)
{
    QStringList out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        out << QStringLiteral("open failed: ") + QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return out;
    }
    sqlite3_busy_timeout(db, 10000);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        out << QStringLiteral("prepare failed: ") + QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            QStringList cols;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                cols << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
            }
            out << cols.join(QLatin1Char('|'));
        }
        if (rc != SQLITE_DONE)
            out << QStringLiteral("step failed: ") + QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

} // namespace edge::testing
