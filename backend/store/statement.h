#pragma once

#include "backend/api/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace edge::store {

// One use of a prepared SQLite statement: bind parameters (1-based), step, read columns
// (0-based). A statement from Database's cache is reset and unbound when this object dies, so it
// is ready for the next user; a one-off statement is finalized.
class Statement {
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt, bool *inUse);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int index, const QString &value); // a null QString binds SQL NULL
    void bind(int index, QByteArrayView utf8);
    // Binds a BLOB (copied); an empty or null array binds a zero-length blob, never NULL. Only an
    // argument that is a QByteArray picks this overload: QString, integer and QByteArrayView
    // arguments bind as before.
    void bind(int index, const QByteArray &blob);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindBool(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    void bindNull(int index);

    // Steps once: true when a row is available, false when the statement is done.
    api::Result<bool> next();
    // Steps until done (for statements that return no rows).
    api::Result<void> run();
    // Resets the statement for the next set of bindings (bindings are kept until rebound).
    void reset();
    // Rows changed by the last run() of an INSERT, UPDATE or DELETE.
    int changes() const;

    bool isNull(int column) const;
    QString text(int column) const;
    // The bytes of a BLOB column (empty for NULL or a zero-length blob).
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString sql() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool *m_inUse = nullptr; // cache slot flag; nullptr for a one-off statement
};

} // namespace edge::store
