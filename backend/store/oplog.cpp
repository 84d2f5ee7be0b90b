#include "backend/store/oplog.h"

#include "backend/store/storetr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <limits>
#include <optional>

namespace edge::store {

QString OpLog::insertSql()
{
    // Remote operations may arrive twice (sync retries): the unique op_id turns the second
    // arrival into a no-op. ON CONFLICT ... DO NOTHING is understood by SQLite and PostgreSQL.
    return QStringLiteral("INSERT INTO op_log (op_id, hlc, replica_id, actor, entity, entity_id, "
                          "field, value, revision, bases) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
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
    stmt.bind(10, joinBases(op.bases));
    auto r = stmt.run();
    const bool inserted = r && stmt.changes() > 0;
    stmt.reset();
    if (!r)
        return std::unexpected(r.error());
    return inserted;
}

QString OpLog::joinBases(const QStringList &bases)
{
    return bases.isEmpty() ? QString() : bases.join(QLatin1Char(' '));
}

QStringList OpLog::splitBases(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString OpLog::selectColumns()
{
    return QStringLiteral("seq, op_id, hlc, replica_id, actor, entity, entity_id, field, value, "
                          "bases");
}

api::Operation OpLog::readRow(const Statement &stmt)
{
    api::Operation op;
    op.seq = stmt.integer(0);
    op.opId = stmt.text(1);
    op.hlc.value = stmt.integer(2);
    op.replicaId = stmt.text(3);
    op.actor = stmt.text(4);
    op.entity = stmt.text(5);
    op.entityId = stmt.text(6);
    op.field = stmt.text(7);
    op.value = stmt.text(8);
    op.bases = splitBases(stmt.text(9));
    return op;
}

api::Result<QList<api::Operation>> OpLog::readSince(Database &db, qint64 seq, int limit)
{
    auto stmt = db.prepare(QStringLiteral("SELECT ") + selectColumns()
                           + QStringLiteral(" FROM op_log WHERE seq > ? ORDER BY seq LIMIT ?"));
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
        out.append(readRow(*stmt));
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

namespace {

// The shapes encodeValue() writes for most values, decoded without a JSON parser (the merge
// decodes every value it applies); nullopt: let the parser decide.
std::optional<QVariant> decodeSimple(api::FieldType type, const QString &json)
{
    const qsizetype n = json.size();
    if (n == 0)
        return std::nullopt;
    if (json == u"null")
        return QVariant();
    switch (type) {
    case api::FieldType::Text:
    case api::FieldType::Json: {
        if (n < 2 || json.front() != u'"' || json.back() != u'"')
            return std::nullopt;
        for (qsizetype i = 1; i < n - 1; ++i) {
            const char16_t c = json.at(i).unicode();
            if (c == u'"' || c == u'\\' || c < 0x20 || (c >= 0xD800 && c <= 0xDFFF))
                return std::nullopt;
        }
        return QVariant(json.mid(1, n - 2));
    }
    case api::FieldType::Integer: {
        qsizetype i = json.front() == u'-' ? 1 : 0;
        if (i >= n || n - i > 18 || (json.at(i) == u'0' && n - i > 1))
            return std::nullopt;
        for (qsizetype k = i; k < n; ++k)
            if (json.at(k) < u'0' || json.at(k) > u'9')
                return std::nullopt;
        return QVariant(json.toLongLong());
    }
    case api::FieldType::Bool:
        if (json == u"true")
            return QVariant(true);
        if (json == u"false")
            return QVariant(false);
        return std::nullopt;
    case api::FieldType::Real: {
        if (json.front() != u'-' && (json.front() < u'0' || json.front() > u'9'))
            return std::nullopt;
        for (QChar c : json)
            if (!c.isDigit() && c != u'.' && c != u'e' && c != u'E' && c != u'-' && c != u'+')
                return std::nullopt;
        bool ok = false;
        const double d = json.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return std::nullopt;
        return QVariant(d);
    }
    }
    return std::nullopt;
}

} // namespace

api::Result<QVariant> OpLog::decodeValue(api::FieldType type, const QString &json)
{
    if (auto simple = decodeSimple(type, json))
        return *simple;
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
