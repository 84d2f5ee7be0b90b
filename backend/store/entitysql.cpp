#include "backend/store/entitysql.h"

#include <algorithm>
#include <array>

namespace edge::store {

namespace {

QString indexName(const QString &table, const QStringList &columns)
{
    return table + QLatin1Char('_') + columns.join(QLatin1Char('_'));
}

} // namespace

EntitySql::EntitySql(const api::EntitySchema &schema)
    : m_schema(&schema)
{
    QStringList cols{QStringLiteral("id"), QStringLiteral("revision")};
    for (const api::FieldSpec &f : schema.fields)
        cols << f.name;
    m_selectColumns = cols.join(QStringLiteral(", "));
    m_selectById = QStringLiteral("SELECT ") + m_selectColumns + QStringLiteral(" FROM ") + table()
                   + QStringLiteral(" WHERE id = ?");
    QStringList marks, sets{QStringLiteral("revision = ?")};
    for (qsizetype i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    m_insert = QStringLiteral("INSERT INTO ") + table() + QStringLiteral(" (") + m_selectColumns
               + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    for (const api::FieldSpec &f : schema.fields) {
        sets << f.name + QStringLiteral(" = ?");
        m_updateField.push_back(QStringLiteral("UPDATE ") + table()
                                + QStringLiteral(" SET revision = ?, ") + f.name
                                + QStringLiteral(" = ? WHERE id = ?"));
    }
    m_updateAll = QStringLiteral("UPDATE ") + table() + QStringLiteral(" SET ")
                  + sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?");
    m_deleteById = QStringLiteral("DELETE FROM ") + table() + QStringLiteral(" WHERE id = ?");
    m_existsById = QStringLiteral("SELECT 1 FROM ") + table() + QStringLiteral(" WHERE id = ?");
    for (int i = 0; i < int(schema.fields.size()); ++i)
        m_byName.push_back(i);
    std::sort(m_byName.begin(), m_byName.end(),
              [&](int a, int b) { return schema.fields[a].name < schema.fields[b].name; });
}

const EntitySql &EntitySql::of(api::EntityKind kind)
{
    static const std::array<EntitySql, 11> all{
        EntitySql(api::schemaOf(api::EntityKind::Region)),
        EntitySql(api::schemaOf(api::EntityKind::Site)),
        EntitySql(api::schemaOf(api::EntityKind::Cabinet)),
        EntitySql(api::schemaOf(api::EntityKind::Node)),
        EntitySql(api::schemaOf(api::EntityKind::Device)),
        EntitySql(api::schemaOf(api::EntityKind::Survey)),
        EntitySql(api::schemaOf(api::EntityKind::SurveyItem)),
        EntitySql(api::schemaOf(api::EntityKind::LimitSet)),
        EntitySql(api::schemaOf(api::EntityKind::CommissioningTemplate)),
        EntitySql(api::schemaOf(api::EntityKind::CommissioningRun)),
        EntitySql(api::schemaOf(api::EntityKind::CommissioningRecord)),
    };
    return all[std::size_t(kind)];
}

QString EntitySql::columnType(api::FieldType type)
{
    switch (type) {
    case api::FieldType::Integer:
    case api::FieldType::Bool: return QStringLiteral("INTEGER");
    case api::FieldType::Real: return QStringLiteral("REAL");
    case api::FieldType::Text:
    case api::FieldType::Json: return QStringLiteral("TEXT");
    }
    return QStringLiteral("TEXT");
}

QString EntitySql::createTable() const
{
    QStringList defs{QStringLiteral("id TEXT PRIMARY KEY"),
                     QStringLiteral("revision INTEGER NOT NULL")};
    for (const api::FieldSpec &f : m_schema->fields) {
        QString def = f.name + QLatin1Char(' ') + columnType(f.type);
        if (f.required)
            def += QStringLiteral(" NOT NULL");
        if (f.type == api::FieldType::Bool)
            def += QStringLiteral(" CHECK (") + f.name + QStringLiteral(" IN (0, 1))");
        // Deleting a referenced row is refused; the store removes children itself (cascade) so
        // that the operation log records every delete.
        if (f.references)
            def += QStringLiteral(" REFERENCES ") + api::schemaOf(*f.references).table
                   + QStringLiteral("(id) ON DELETE RESTRICT");
        defs << def;
    }
    return QStringLiteral("CREATE TABLE ") + table() + QStringLiteral(" (\n  ")
           + defs.join(QStringLiteral(",\n  ")) + QStringLiteral("\n)");
}

QStringList EntitySql::nameColumns() const
{
    const QString name = QStringLiteral("name");
    const QString scope = m_schema->nameScopeField;
    return scope.isEmpty() ? QStringList{name} : QStringList{scope, name};
}

QString EntitySql::nameIndexName() const { return indexName(table(), nameColumns()); }

// Names scoped by nameScopeField when set (a cabinet name per site). Not UNIQUE since schema 6:
// replicas apart may both create the same name; the store checks local writes itself.
QString EntitySql::createNameIndex() const
{
    return QStringLiteral("CREATE INDEX %1 ON %2(%3)")
        .arg(nameIndexName(), table(), nameColumns().join(QStringLiteral(", ")));
}

QStringList EntitySql::createIndexes() const
{
    QStringList out;
    const QString name = QStringLiteral("name");
    const QString scope = m_schema->nameScopeField;
    out << createNameIndex();
    // Every reference gets an index (child lookups, parent filter); the parent one also orders by
    // name then id, which is how list() pages, so listing children needs no sort.
    for (const api::FieldSpec &f : m_schema->fields) {
        if (!f.references || f.name == scope)
            continue;
        const QStringList cols = f.name == m_schema->parentField
                                     ? QStringList{f.name, name, QStringLiteral("id")}
                                     : QStringList{f.name};
        out << QStringLiteral("CREATE INDEX %1 ON %2(%3)")
                   .arg(indexName(table(), cols), table(), cols.join(QStringLiteral(", ")));
    }
    return out;
}

QStringList EntitySql::searchColumns() const
{
    QStringList out;
    for (const char *c : {"name", "code", "address", "model", "serial"})
        if (m_schema->field(QString::fromLatin1(c)))
            out << QString::fromLatin1(c);
    return out;
}

api::Record EntitySql::readRecord(const Statement &stmt, int first) const
{
    api::Record r;
    r.kind = m_schema->kind;
    r.id = stmt.text(first);
    r.revision = stmt.integer(first + 1);
    for (int i : m_byName) {
        const api::FieldSpec &f = m_schema->fields[std::size_t(i)];
        const int col = first + 2 + i;
        QVariant v;
        if (!stmt.isNull(col)) {
            switch (f.type) {
            case api::FieldType::Text:
            case api::FieldType::Json: v = stmt.text(col); break;
            case api::FieldType::Integer: v = stmt.integer(col); break;
            case api::FieldType::Real: v = stmt.real(col); break;
            case api::FieldType::Bool: v = stmt.integer(col) != 0; break;
            }
        }
        r.fields.insert(r.fields.cend(), f.name, std::move(v));
    }
    return r;
}

void EntitySql::bindFields(Statement &stmt, const api::Record &record, int first) const
{
    int index = first;
    for (const api::FieldSpec &f : m_schema->fields)
        bindValue(stmt, index++, f.type, record.fields.value(f.name));
}

void EntitySql::bindValue(Statement &stmt, int index, api::FieldType type, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        stmt.bindNull(index);
        return;
    }
    switch (type) {
    case api::FieldType::Text:
    case api::FieldType::Json: stmt.bind(index, value.toString()); break;
    case api::FieldType::Integer: stmt.bind(index, value.toLongLong()); break;
    case api::FieldType::Real: stmt.bind(index, value.toDouble()); break;
    case api::FieldType::Bool: stmt.bindBool(index, value.toBool()); break;
    }
}

} // namespace edge::store
