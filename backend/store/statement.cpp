#include "backend/store/statement.h"

#include "backend/store/database.h"

#include <sqlite3.h>

namespace edge::store {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, bool *inUse)
    : m_db(db)
    , m_stmt(stmt)
    , m_inUse(inUse)
{}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_inUse) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        *m_inUse = false;
    } else {
        sqlite3_finalize(m_stmt);
    }
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_inUse(other.m_inUse)
{
    other.m_stmt = nullptr;
    other.m_inUse = nullptr;
}

void Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void Statement::bind(int index, const QByteArray &blob)
{
    // A non-null pointer with size 0 binds a zero-length blob; a null pointer would bind NULL.
    sqlite3_bind_blob(m_stmt, index, blob.isEmpty() ? "" : blob.constData(), int(blob.size()),
                      SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }

void Statement::bind(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }

void Statement::bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

api::Result<bool> Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // The error code of sqlite3_step is the primary code; the connection has the extended one.
    api::Error error = Database::errorFor(m_db, rc, sql());
    sqlite3_reset(m_stmt);
    return std::unexpected(std::move(error));
}

api::Result<void> Statement::run()
{
    for (;;) {
        auto row = next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset() { sqlite3_reset(m_stmt); }

int Statement::changes() const { return sqlite3_changes(m_db); }

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::sql() const { return QString::fromUtf8(sqlite3_sql(m_stmt)); }

} // namespace edge::store
