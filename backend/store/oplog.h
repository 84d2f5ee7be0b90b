#pragma once

#include "backend/api/entity.h"
#include "backend/api/store.h"
#include "backend/store/database.h"

namespace edge::store {

// The operation log table (op_log): the write path every mutation goes through, reads for
// operationsSince(), and the JSON encoding of field values.
//
//   seq         local order (INTEGER PRIMARY KEY: assigned by the database)
//   op_id       "<replicaId>:<counter>", UNIQUE: applying the same operation twice is a no-op
//   hlc         hybrid logical clock of the change; per field, the higher hlc wins when replicas merge
//   replica_id, actor, entity, entity_id, field ("$create", "$delete" or a field name)
//   value       JSON text of the new value
//   revision    the store revision of the commit that recorded the operation
//   bases       op ids of the register heads the operation replaces, space-separated (NULL: none)
class OpLog {
public:
    // The SQL of the insert; prepare it with Database::prepare() and reuse it for a batch.
    static QString insertSql();
    // Binds `op` and runs the insert. Returns false (and changes nothing) when an operation with
    // the same op_id is already in the log.
    static api::Result<bool> insert(Statement &insert, const api::Operation &op, qint64 revision);

    static api::Result<QList<api::Operation>> readSince(Database &db, qint64 seq, int limit);
    // "seq, op_id, ..., bases": the columns readRow() reads (from column 0).
    static QString selectColumns();
    static api::Operation readRow(const Statement &stmt);
    // op_log.bases text: op ids separated by one space; a null string when there are none.
    static QString joinBases(const QStringList &bases);
    static QStringList splitBases(const QString &text);

    // JSON text of a field value: null, true/false, a number, or a string (Text and Json fields
    // alike: a Json field's text is carried as a JSON string, so it round-trips byte for byte).
    static QString encodeValue(const QVariant &value);
    // The inverse of encodeValue() for a field of the given type.
    static api::Result<QVariant> decodeValue(api::FieldType type, const QString &json);
    // A JSON string literal.
    static QString quote(const QString &text);

    static QString createMarker() { return QStringLiteral("$create"); }
    static QString deleteMarker() { return QStringLiteral("$delete"); }
};

} // namespace edge::store
