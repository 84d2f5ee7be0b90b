#include "backend/store/oplog.h"

#include "backend/store/storetr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <limits>

namespace edge::store {

QString OpLog::insertSql()
{
    // Remote operations may arrive twice (sync retries): the unique op_id turns the second
    // arrival into a no-op. ON CONFLICT ... DO NOTHING is understood by SQLite and PostgreSQL.
    return QStringLiteral("INSERT INTO op_log (op_id, hlc, replica_id, actor, entity, entity_id, "
                          "field, value, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (op_id) DO NOTHING");
}

api::Result<bool> OpLog::insert(Statement &stmt, const api::Operation &op, qint64 revision)
{
    stmt.bind(1, op.opId);
    stmt.bind(2, op.hlc.value);
    stmt.bind(3, op.replicaId);
    stmt.bind(4, op.actor.isEmpty() ? QStringLiteral("system") : op.actor);
    stmt.bind(5, op.entity);
    stmt.bind(6, op.entityId);
    stmt.bind(7, op.field);
    stmt.bind(8, op.value.isNull() ? QStringLiteral("null") : op.value);
    stmt.bind(9, revision);
    auto r = stmt.run();
    const bool inserted = r && stmt.changes() > 0;
    stmt.reset();
    if (!r)
        return std::unexpected(r.error());
    return inserted;
}

api::Result<QList<api::Operation>> OpLog::readSince(Database &db, qint64 seq, int limit)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT seq, op_id, hlc, replica_id, actor, entity, entity_id, field, value FROM op_log "
        "WHERE seq > ? ORDER BY seq LIMIT ?"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, seq);
    stmt->bind(2, limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max());
    QList<api::Operation> out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        api::Operation op;
        op.seq = stmt->integer(0);
        op.opId = stmt->text(1);
        op.hlc.value = stmt->integer(2);
        op.replicaId = stmt->text(3);
        op.actor = stmt->text(4);
        op.entity = stmt->text(5);
        op.entityId = stmt->text(6);
        op.field = stmt->text(7);
        op.value = stmt->text(8);
        out.append(std::move(op));
    }
    return out;
}

QString OpLog::quote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString OpLog::encodeValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return QStringLiteral("null");
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    default: return quote(value.toString());
    }
}

api::Result<QVariant> OpLog::decodeValue(api::FieldType type, const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8()
                                                          + QByteArray("]"),
                                                      &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return api::fail(api::Code::InvalidArgument,
                         StoreTr::tr("An operation value is not valid JSON."), json);
    const QJsonValue v = doc.array().at(0);
    if (v.isNull())
        return QVariant();
    switch (type) {
    case api::FieldType::Text:
    case api::FieldType::Json:
        if (v.isString())
            return QVariant(v.toString());
        break;
    case api::FieldType::Integer:
        if (v.isDouble())
            return QVariant(v.toInteger(qint64(v.toDouble())));
        break;
    case api::FieldType::Real:
        if (v.isDouble())
            return QVariant(v.toDouble());
        break;
    case api::FieldType::Bool:
        if (v.isBool())
            return QVariant(v.toBool());
        break;
    }
    return api::fail(api::Code::InvalidArgument,
                     StoreTr::tr("An operation value has the wrong type for its field."), json);
}

} // namespace edge::store
