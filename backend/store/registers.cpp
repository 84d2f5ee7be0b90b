#include "backend/store/registers.h"

#include "backend/api/syncstore.h"
#include "backend/store/oplog.h"

#include <QSet>
#include <algorithm>

namespace edge::store {

namespace {

const QString kUserEntity = QStringLiteral("user");

QString headColumns()
{
    return QStringLiteral("field, op_id, hlc, replica_id, actor, value, bases");
}

Registers::Head readHead(const Statement &stmt)
{
    Registers::Head h;
    h.opId = stmt.text(1);
    h.hlc = stmt.integer(2);
    h.replicaId = stmt.text(3);
    h.actor = stmt.text(4);
    h.value = stmt.text(5);
    h.bases = OpLog::splitBases(stmt.text(6));
    return h;
}

void sortHeads(QList<Registers::Head> &heads)
{
    std::sort(heads.begin(), heads.end(), [](const Registers::Head &a, const Registers::Head &b) {
        return Registers::beats(a, b);
    });
}

api::Result<void> insertHead(Statement &stmt, const QString &entity, const QString &entityId,
                             const QString &field, const Registers::Head &h)
{
    stmt.bind(1, entity);
    stmt.bind(2, entityId);
    stmt.bind(3, field);
    stmt.bind(4, h.opId);
    stmt.bind(5, h.hlc);
    stmt.bind(6, h.replicaId);
    stmt.bind(7, h.actor.isEmpty() ? QStringLiteral("system") : h.actor);
    stmt.bind(8, h.value);
    stmt.bind(9, OpLog::joinBases(h.bases));
    auto r = stmt.run();
    stmt.reset();
    return r;
}

} // namespace

QString Registers::insertHeadSql()
{
    return QStringLiteral("INSERT INTO field_heads (entity, entity_id, field, op_id, hlc, "
                          "replica_id, actor, value, bases) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (entity, entity_id, field, op_id) DO NOTHING");
}

QString Registers::removeHeadSql()
{
    return QStringLiteral("DELETE FROM field_heads WHERE entity = ? AND entity_id = ? AND "
                          "field = ? AND op_id = ?");
}

QString Registers::registerOf(const QString &opField)
{
    if (opField == OpLog::createMarker() || opField == OpLog::deleteMarker())
        return aliveField();
    return opField;
}

QString Registers::headValue(const api::Operation &op)
{
    if (op.field == OpLog::createMarker() || op.field == OpLog::deleteMarker())
        return op.field;
    return op.value.isNull() ? QStringLiteral("null") : op.value;
}

bool Registers::beats(const Head &a, const Head &b)
{
    if (a.hlc != b.hlc)
        return a.hlc > b.hlc;
    if (a.replicaId != b.replicaId)
        return a.replicaId > b.replicaId;
    return a.opId > b.opId;
}

api::Result<Registers::EntityHeads> Registers::entityHeads(Database &db, const QString &entity,
                                                           const QString &entityId)
{
    static const QString sql = QStringLiteral("SELECT ") + headColumns()
                               + QStringLiteral(" FROM field_heads WHERE entity = ? AND "
                                                "entity_id = ?");
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, entity);
    stmt->bind(2, entityId);
    EntityHeads out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out[stmt->text(0)].append(readHead(*stmt));
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        if (it->size() > 1)
            sortHeads(*it);
    return out;
}

api::Result<QList<Registers::Head>> Registers::heads(Database &db, const QString &entity,
                                                     const QString &entityId, const QString &field)
{
    static const QString sql = QStringLiteral("SELECT ") + headColumns()
                               + QStringLiteral(" FROM field_heads WHERE entity = ? AND "
                                                "entity_id = ? AND field = ?");
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, entity);
    stmt->bind(2, entityId);
    stmt->bind(3, field);
    QList<Head> out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.append(readHead(*stmt));
    }
    if (out.size() > 1)
        sortHeads(out);
    return out;
}

QStringList Registers::allHeadIds(const EntityHeads &heads)
{
    QStringList out;
    for (const QList<Head> &list : heads)
        for (const Head &h : list)
            out << h.opId;
    std::sort(out.begin(), out.end());
    return out;
}

api::Result<void> Registers::apply(Database &db, const api::Operation &op)
{
    auto remove = db.prepare(removeHeadSql());
    if (!remove)
        return std::unexpected(remove.error());
    auto insert = db.prepare(insertHeadSql());
    if (!insert)
        return std::unexpected(insert.error());
    return apply(*remove, *insert, op);
}

api::Result<void> Registers::apply(Statement &remove, Statement &insert, const api::Operation &op)
{
    const QString field = registerOf(op.field);
    for (const QString &base : op.bases) {
        remove.bind(1, op.entity);
        remove.bind(2, op.entityId);
        remove.bind(3, field);
        remove.bind(4, base);
        auto r = remove.run();
        remove.reset();
        if (!r)
            return r;
    }
    Head h{op.opId,  op.hlc.value,  op.replicaId,
           op.actor, headValue(op), op.field == OpLog::deleteMarker() ? op.bases : QStringList()};
    return insertHead(insert, op.entity, op.entityId, field, h);
}

api::Result<void> Registers::raiseVector(Database &db, const QString &replicaId, qint64 counter)
{
    auto stmt = db.prepare(QStringLiteral(
        "INSERT INTO version_vector (replica_id, counter) VALUES (?, ?) ON CONFLICT (replica_id) "
        "DO UPDATE SET counter = MAX(counter, excluded.counter)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, replicaId);
    stmt->bind(2, counter);
    return stmt->run();
}

const Registers::Head *Registers::aliveWinner(const QList<Head> &aliveHeads)
{
    const Head *best = nullptr;
    for (const Head &h : aliveHeads) // winner first: the first $delete is the best one
        if (h.value == OpLog::deleteMarker())
            return &h;
    if (!aliveHeads.isEmpty())
        best = &aliveHeads.first();
    return best;
}

bool Registers::isAlive(const QList<Head> &aliveHeads)
{
    const Head *w = aliveWinner(aliveHeads);
    return w && w->value == OpLog::createMarker();
}

QSet<QString> Registers::seenByDeletes(const QList<Head> &aliveHeads)
{
    QSet<QString> out;
    for (const Head &h : aliveHeads)
        if (h.value == OpLog::deleteMarker())
            for (const QString &b : h.bases)
                out.insert(b);
    return out;
}

api::Result<void> Registers::rebuildHeads(Database &db)
{
    // One pass over the log in its order, keeping the current head of every register.
    struct Update {
        qint64 seq;
        QString bases;
    };
    QHash<QString, QHash<QString, Head>> state; // entity + '\n' + id -> register -> head
    QList<Update> updates;
    QHash<QString, qint64> vector;
    {
        auto stmt = db.prepareOnce(QStringLiteral("SELECT seq, op_id, hlc, replica_id, actor, "
                                                  "entity, entity_id, field, value FROM op_log "
                                                  "ORDER BY seq"));
        if (!stmt)
            return std::unexpected(stmt.error());
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
            qint64 &top = vector[op.replicaId];
            top = std::max(top, api::opCounter(op.opId));
            if (op.entity == kUserEntity)
                continue;
            QHash<QString, Head> &registers = state[op.entity + QLatin1Char('\n') + op.entityId];
            const QString field = registerOf(op.field);
            QStringList bases;
            if (op.field == OpLog::deleteMarker()) {
                for (const Head &h : std::as_const(registers))
                    bases << h.opId;
                std::sort(bases.begin(), bases.end());
            } else if (auto it = registers.constFind(field); it != registers.constEnd()) {
                bases << it->opId;
            }
            if (!bases.isEmpty())
                updates.append({op.seq, OpLog::joinBases(bases)});
            registers.insert(field,
                             Head{op.opId, op.hlc.value, op.replicaId, op.actor, headValue(op),
                                  op.field == OpLog::deleteMarker() ? bases : QStringList()});
        }
    }
    auto update = db.prepareOnce(QStringLiteral("UPDATE op_log SET bases = ? WHERE seq = ?"));
    if (!update)
        return std::unexpected(update.error());
    for (const Update &u : std::as_const(updates)) {
        update->bind(1, u.bases);
        update->bind(2, u.seq);
        if (auto r = update->run(); !r)
            return r;
        update->reset();
    }
    auto insert = db.prepareOnce(insertHeadSql());
    if (!insert)
        return std::unexpected(insert.error());
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const qsizetype cut = it.key().indexOf(QLatin1Char('\n'));
        const QString entity = it.key().left(cut);
        const QString entityId = it.key().mid(cut + 1);
        for (auto reg = it->cbegin(); reg != it->cend(); ++reg)
            if (auto r = insertHead(*insert, entity, entityId, reg.key(), *reg); !r)
                return r;
    }
    for (auto it = vector.cbegin(); it != vector.cend(); ++it)
        if (auto r = raiseVector(db, it.key(), it.value()); !r)
            return r;
    return {};
}

} // namespace edge::store
