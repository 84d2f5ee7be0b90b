#pragma once

#include "backend/api/entity.h"
#include "backend/store/statement.h"

#include <QStringList>
#include <vector>

namespace edge::store {

// The SQL of one entity kind, generated from api::schemaOf(kind): table and index definitions,
// the column list, and the statements the store runs. Columns are `id`, `revision`, then the
// schema's fields in order. Plain SQL that PostgreSQL also accepts.
class EntitySql {
public:
    static const EntitySql &of(api::EntityKind kind);

    const api::EntitySchema &schema() const { return *m_schema; }
    QString table() const { return m_schema->table; }

    // DDL (used by the migrations).
    QString createTable() const;
    QStringList createIndexes() const;
    // The (scope, name) index: not unique since schema 6 (merged replicas may hold duplicates).
    QString createNameIndex() const;
    QString nameIndexName() const;
    QStringList nameColumns() const;
    static QString columnType(api::FieldType type); // "TEXT", "INTEGER", "REAL"

    // "id, revision, f1, f2, ..." for SELECTs whose rows readRecord() reads.
    QString selectColumns() const { return m_selectColumns; }
    // The statements are built once: the merge asks for them for every row it touches.
    QString selectById() const { return m_selectById; } // ? = id
    QString insert() const { return m_insert; }         // ? = id, revision, fields...
    QString updateAll() const { return m_updateAll; }   // ? = revision, fields..., id
    QString updateField(int field) const
    {
        return m_updateField[std::size_t(field)];
    }                                                   // ? = revision, value, id
    QString deleteById() const { return m_deleteById; } // ? = id
    QString existsById() const { return m_existsById; } // ? = id
    // Columns the list search looks at: name, code, address, model, serial (those that exist).
    QStringList searchColumns() const;

    // Reads a row selected with selectColumns() starting at `first`.
    api::Record readRecord(const Statement &stmt, int first = 0) const;
    // Binds the field values of `record` in schema order from parameter `first` on.
    void bindFields(Statement &stmt, const api::Record &record, int first) const;
    static void bindValue(Statement &stmt, int index, api::FieldType type, const QVariant &value);

private:
    explicit EntitySql(const api::EntitySchema &schema);
    const api::EntitySchema *m_schema;
    QString m_selectColumns;
    QString m_selectById, m_insert, m_updateAll, m_deleteById, m_existsById;
    std::vector<QString> m_updateField; // per field, in schema order
    // Field indexes in name order: readRecord() appends to the map at its end, without searching.
    std::vector<int> m_byName;
};

} // namespace edge::store
