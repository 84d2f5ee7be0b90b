#include "backend/store/database.h"

#include "backend/store/storelog.h"
#include "backend/store/storetr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace edge::store {

namespace {

// LOWER() with Unicode case folding (SQLite's own only folds ASCII), so that the portable
// `LOWER(column) LIKE ?` search is case-insensitive for every script, as it is in PostgreSQL.
void unicodeLower(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *data = static_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
    const int bytes = sqlite3_value_bytes16(argv[0]);
    if (!data) {
        sqlite3_result_null(ctx);
        return;
    }
    const QString lower = QString::fromRawData(reinterpret_cast<const QChar *>(data), bytes / 2)
                              .toLower();
    sqlite3_result_text16(ctx, lower.utf16(), int(lower.size() * 2), SQLITE_TRANSIENT);
}

api::Result<sqlite3 *> openHandle(const QString &path, int flags)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        api::Error error = Database::errorFor(db, rc, path);
        error.message = StoreTr::tr("The database file '%1' could not be opened.").arg(path);
        sqlite3_close_v2(db);
        return std::unexpected(std::move(error));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_create_function_v2(db, "lower", 1,
                               SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               unicodeLower, nullptr, nullptr, nullptr);
    return db;
}

} // namespace

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

Database::~Database()
{
    for (const auto &cached : std::as_const(m_cache))
        sqlite3_finalize(cached->stmt);
    m_cache.clear();
    if (sqlite3_close(m_db) != SQLITE_OK)
        qCWarning(lcStore) << "closing" << m_path << "failed:" << sqlite3_errmsg(m_db);
}

api::Result<std::unique_ptr<Database>> Database::open(const QString &path, int busyTimeoutMs)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return api::fail(api::Code::StoreIo,
                         StoreTr::tr("The folder '%1' for the database could not be created.")
                             .arg(info.absolutePath()));
    auto db = openHandle(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return std::unexpected(db.error());
    std::unique_ptr<Database> out(new Database(*db, path));
    sqlite3_busy_timeout(*db, busyTimeoutMs);
    if (auto r = out->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return std::unexpected(r.error());
    return out;
}

api::Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path)
{
    if (!QFileInfo::exists(path))
        return api::fail(api::Code::NotFound,
                         StoreTr::tr("The file '%1' does not exist.").arg(path));
    auto db = openHandle(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    if (!db)
        return std::unexpected(db.error());
    return std::unique_ptr<Database>(new Database(*db, path));
}

api::Result<void> Database::configure(bool fullSync)
{
    auto tables = queryInteger(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
    if (!tables)
        return std::unexpected(tables.error());
    // auto_vacuum only takes effect before the first table is created.
    if (*tables == 0)
        if (auto r = exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL")); !r)
            return r;
    auto mode = queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return std::unexpected(mode.error());
    if (mode->compare(u"wal", Qt::CaseInsensitive) != 0)
        return api::fail(api::Code::StoreIo,
                         StoreTr::tr("The database could not be switched to write-ahead logging."),
                         QStringLiteral("journal_mode is %1").arg(*mode));
    // 16 MiB of page cache instead of SQLite's 2 MiB: a merge updates the op log's id index and
    // the register heads all over their b-trees, and rereading evicted pages was a tenth of it.
    if (auto r = exec(QStringLiteral("PRAGMA cache_size = -16384")); !r)
        return r;
    return exec(fullSync ? QStringLiteral("PRAGMA synchronous = FULL")
                         : QStringLiteral("PRAGMA synchronous = NORMAL"));
}

api::Result<Statement> Database::prepare(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return std::unexpected(errorFor(m_db, rc, sql));
        auto cached = std::make_shared<CachedStatement>();
        cached->stmt = stmt;
        it = m_cache.insert(sql, cached);
    }
    CachedStatement &cached = **it;
    if (cached.inUse)
        return prepareOnce(sql);
    cached.inUse = true;
    return Statement(m_db, cached.stmt, &cached.inUse);
}

api::Result<Statement> Database::prepareOnce(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(errorFor(m_db, rc, sql));
    return Statement(m_db, stmt, nullptr);
}

api::Result<void> Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return std::unexpected(errorFor(m_db, rc, sql));
    return {};
}

api::Result<QString> Database::queryText(const QString &sql)
{
    auto stmt = prepareOnce(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->next();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->text(0) : QString();
}

api::Result<qint64> Database::queryInteger(const QString &sql)
{
    auto stmt = prepareOnce(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->next();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->integer(0) : 0;
}

api::Result<void> Database::begin() { return exec(QStringLiteral("BEGIN IMMEDIATE")); }

api::Result<void> Database::commit() { return exec(QStringLiteral("COMMIT")); }

void Database::rollback()
{
    if (inTransaction())
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

api::Error Database::errorFor(sqlite3 *db, int rc, const QString &context)
{
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    const int primary = (extended ? extended : rc) & 0xFF;
    const QString detail = QStringLiteral("sqlite %1 (%2): %3; %4")
                               .arg(extended)
                               .arg(QString::fromUtf8(sqlite3_errstr(extended ? extended : rc)),
                                    db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(),
                                    context);
    api::Error error;
    error.detail = detail;
    switch (primary) {
    case SQLITE_CONSTRAINT:
        error.code = api::Code::StoreConstraint;
        error.message = StoreTr::tr("The change breaks a rule of the database.");
        break;
    case SQLITE_FULL:
        error.code = api::Code::StoreFull;
        error.message = StoreTr::tr("The disk holding the database is full.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        error.code = api::Code::StoreCorrupt;
        error.message = StoreTr::tr("The database file is damaged or is not a database.");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.code = api::Code::Unavailable;
        error.message = StoreTr::tr("The database is busy; try again.");
        break;
    default:
        error.code = api::Code::StoreIo;
        error.message = StoreTr::tr("The database could not be read or written.");
        break;
    }
    return error;
}

} // namespace edge::store
