#pragma once

#include "backend/api/error.h"
#include "backend/store/statement.h"

#include <QHash>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace edge::store {

// One SQLite connection with a cache of prepared statements. Not thread-safe: the owner
// (SqliteStore) serialises every use behind its mutex.
class Database {
public:
    // Opens (or creates) the file read-write. Sets busy_timeout and extended result codes and
    // foreign_keys=ON; the journal and vacuum modes are set by configure() once the schema
    // version has been checked, so a database this code refuses is not touched.
    static api::Result<std::unique_ptr<Database>> open(const QString &path, int busyTimeoutMs);
    // Opens an existing file read-only (to inspect a backup before restoring it).
    static api::Result<std::unique_ptr<Database>> openReadOnly(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // WAL journal, synchronous NORMAL (or FULL), and incremental auto-vacuum on a new file.
    api::Result<void> configure(bool fullSync);

    // A statement from the cache (prepared on first use). A statement that is still in use
    // (nested queries) is prepared again as a one-off, so callers never step on each other.
    api::Result<Statement> prepare(const QString &sql);
    // A one-off statement, finalized after use.
    api::Result<Statement> prepareOnce(const QString &sql);
    // Runs SQL without results (DDL, PRAGMAs, transaction control); may hold several statements.
    api::Result<void> exec(const QString &sql);
    // The first column of the first row of a query, as text (empty when there is no row).
    api::Result<QString> queryText(const QString &sql);
    api::Result<qint64> queryInteger(const QString &sql);

    api::Result<void> begin(); // BEGIN IMMEDIATE: take the write lock up front
    api::Result<void> commit();
    void rollback();
    bool inTransaction() const;

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    // Maps an SQLite result code to a store Error, with the SQLite message and `context`
    // (usually the SQL) in the detail.
    static api::Error errorFor(sqlite3 *db, int rc, const QString &context);

private:
    Database(sqlite3 *db, QString path);
    struct CachedStatement {
        sqlite3_stmt *stmt = nullptr;
        bool inUse = false;
    };
    sqlite3 *m_db = nullptr;
    QString m_path;
    QHash<QString, std::shared_ptr<CachedStatement>> m_cache;
};

} // namespace edge::store
