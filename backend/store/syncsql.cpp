// The sync side of SqliteStore: the merge of remote operations into the registers and the entity
// tables, what to send to a peer, peer cursors, and conflicts (api/syncstore.h has the design).
#include "backend/store/sqlitestore.h"

#include "backend/store/database.h"
#include "backend/store/entitysql.h"
#include "backend/store/oplog.h"
#include "backend/store/registers.h"
#include "backend/store/storetr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <limits>

namespace edge::store {

using api::Code;
using api::EntityKind;
using api::Result;

namespace {

const QString kUserEntity = QStringLiteral("user");
const QString kDeleteChoice = QStringLiteral("$delete");

template<class T>
std::unexpected<api::Error> failWith(const Result<T> &r)
{
    return std::unexpected(r.error());
}

api::Error badOperation(const QString &opId, const QString &why)
{
    return api::Error{Code::InvalidArgument,
                      StoreTr::tr("The operation '%1' from another replica was refused: %2 "
                                  "Nothing of its batch was applied.")
                          .arg(opId, why),
                      {},
                      {}};
}

// Checks what the store can check of a remote operation on its own.
Result<void> validateOperation(const api::Operation &op)
{
    const qsizetype colon = op.opId.lastIndexOf(QLatin1Char(':'));
    if (op.opId.isEmpty() || colon <= 0 || api::opCounter(op.opId) <= 0
        || op.opId.left(colon) != op.replicaId)
        return std::unexpected(
            badOperation(op.opId,
                         StoreTr::tr("its id is not '<replica>:<counter>' of its replica.")));
    if (op.hlc.value <= 0)
        return std::unexpected(badOperation(op.opId, StoreTr::tr("it has no time stamp.")));
    if (op.entity == kUserEntity)
        return std::unexpected(
            badOperation(op.opId, StoreTr::tr("users are not synchronized between replicas.")));
    const auto kind = api::kindFromName(op.entity);
    if (!kind)
        return std::unexpected(
            badOperation(op.opId, StoreTr::tr("the entity kind '%1' is unknown.").arg(op.entity)));
    if (op.entityId.isEmpty() || op.entityId.size() > 200)
        return std::unexpected(badOperation(op.opId, StoreTr::tr("its entity id is not valid.")));
    for (const QString &base : op.bases)
        if (api::opCounter(base) <= 0)
            return std::unexpected(
                badOperation(op.opId, StoreTr::tr("it replaces an operation with a bad id.")));
    if (op.field == OpLog::createMarker() || op.field == OpLog::deleteMarker())
        return {};
    const api::FieldSpec *spec = api::schemaOf(*kind).field(op.field);
    if (!spec)
        return std::unexpected(
            badOperation(op.opId, StoreTr::tr("a %1 has no field '%2'.").arg(op.entity, op.field)));
    if (auto v = OpLog::decodeValue(spec->type, op.value); !v)
        return std::unexpected(badOperation(op.opId, v.error().message));
    return {};
}

QString conflictId(api::ConflictKind kind, const QString &entity, const QString &entityId,
                   const QString &field)
{
    return QStringLiteral("%1/%2/%3/%4").arg(api::conflictKindName(kind), entity, entityId, field);
}

api::ConflictValue toValue(const Registers::Head &h, bool winner)
{
    api::ConflictValue v;
    v.opId = h.opId;
    v.replicaId = h.replicaId;
    v.actor = h.actor;
    v.hlc.value = h.hlc;
    v.value = h.value;
    v.winner = winner;
    return v;
}

QString nameOf(const Registers::EntityHeads &heads)
{
    const QList<Registers::Head> name = heads.value(QStringLiteral("name"));
    if (name.isEmpty())
        return {};
    auto v = OpLog::decodeValue(api::FieldType::Text, name.first().value);
    return v ? v->toString() : QString();
}

QString vectorJson(const api::VersionVector &vector)
{
    QJsonObject o;
    for (auto it = vector.cbegin(); it != vector.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

api::VersionVector vectorFromJson(const QString &json)
{
    api::VersionVector out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toInteger());
    return out;
}

bool covered(const api::VersionVector &has, const api::Operation &op)
{
    auto it = has.constFind(op.replicaId);
    return it != has.constEnd() && api::opCounter(op.opId) <= *it;
}

} // namespace

// ---- Version vector and what to send ----------------------------------------------------------

Result<api::VersionVector> SqliteStore::versionVector()
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral("SELECT replica_id, counter FROM version_vector"));
    if (!stmt)
        return failWith(stmt);
    api::VersionVector out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        out.insert(stmt->text(0), stmt->integer(1));
    }
    return out;
}

Result<api::OperationBatch> SqliteStore::operationsFor(const api::VersionVector &peerHas,
                                                       qint64 afterSeq, int limit)
{
    std::lock_guard lock(m_mutex);
    // Skipped operations count too, so that a peer that holds nearly everything does not make one
    // call read the whole log: the batch stops early and says where.
    const qint64 examineAtMost = limit > 0 ? std::max<qint64>(qint64(limit) * 20, 10'000)
                                           : std::numeric_limits<qint64>::max() - 1;
    auto stmt = m_db->prepare(QStringLiteral("SELECT ") + OpLog::selectColumns()
                              + QStringLiteral(" FROM op_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, afterSeq);
    stmt->bind(2, examineAtMost + 1);
    api::OperationBatch batch;
    batch.lastSeq = afterSeq;
    qint64 examined = 0;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        if (examined == examineAtMost || (limit > 0 && batch.operations.size() >= limit)) {
            batch.more = true;
            break;
        }
        ++examined;
        api::Operation op = OpLog::readRow(*stmt);
        batch.lastSeq = op.seq;
        if (op.entity == kUserEntity || covered(peerHas, op))
            continue;
        batch.operations.append(std::move(op));
    }
    return batch;
}

// ---- Merge ------------------------------------------------------------------------------------

Result<api::ApplyResult> SqliteStore::applyOperations(const QList<api::Operation> &operations,
                                                      const QString &peer, qint64 peerSeq)
{
    for (const api::Operation &op : operations)
        if (auto v = validateOperation(op); !v)
            return failWith(v);
    api::ApplyResult result;
    auto r = write(QString(), [&](Tx &tx) -> Result<void> {
        result = {};
        auto insert = m_db->prepare(OpLog::insertSql());
        if (!insert)
            return failWith(insert);
        auto removeHead = m_db->prepare(Registers::removeHeadSql());
        if (!removeHead)
            return failWith(removeHead);
        auto insertHead = m_db->prepare(Registers::insertHeadSql());
        if (!insertHead)
            return failWith(insertHead);
        QHash<QString, qint64> vector;
        QSet<QString> newOps;
        Touched touched(api::allKinds().size());
        qint64 ownCounter = m_opCounter;
        for (const api::Operation &op : operations) {
            auto inserted = OpLog::insert(*insert, op, tx.revision);
            if (!inserted)
                return failWith(inserted);
            if (!*inserted) {
                ++result.alreadyPresent;
                continue;
            }
            ++result.applied;
            newOps.insert(op.opId);
            m_hlc.observe(op.hlc);
            const qint64 counter = api::opCounter(op.opId);
            qint64 &top = vector[op.replicaId];
            top = std::max(top, counter);
            // Our own operations coming back (after restoring an older backup): never reuse ids.
            if (op.replicaId == m_replicaId)
                ownCounter = std::max(ownCounter, counter);
            if (auto a = Registers::apply(*removeHead, *insertHead, op); !a)
                return a;
            touched[int(*api::kindFromName(op.entity))][op.entityId].insert(
                Registers::registerOf(op.field));
        }
        m_opCounter = ownCounter;
        for (auto it = vector.cbegin(); it != vector.cend(); ++it)
            if (auto v = Registers::raiseVector(*m_db, it.key(), it.value()); !v)
                return v;
        if (result.applied > 0) {
            tx.ops += result.applied;
            result.revision = tx.revision;
            if (auto m = materialize(tx, std::move(touched), newOps); !m)
                return m;
        }
        if (!peer.isEmpty()) {
            // The peer holds what it sent (its log is causally complete): counting these as
            // pending for it would be wrong, even if the sync stops before its end.
            api::VersionVector peerHas;
            {
                auto known = m_db->prepare(
                    QStringLiteral("SELECT peer_has FROM sync_peers WHERE peer_replica_id = ?"));
                if (!known)
                    return failWith(known);
                known->bind(1, peer);
                auto row = known->next();
                if (!row)
                    return failWith(row);
                if (*row)
                    peerHas = vectorFromJson(known->text(0));
            }
            for (const api::Operation &op : operations) {
                qint64 &top = peerHas[op.replicaId];
                top = std::max(top, api::opCounter(op.opId));
            }
            auto cursor = m_db->prepare(QStringLiteral(
                "INSERT INTO sync_peers (peer_replica_id, pulled_seq, pushed_seq, peer_has, "
                "last_sync_ms, address) VALUES (?, ?, 0, ?, 0, NULL) ON CONFLICT "
                "(peer_replica_id) DO UPDATE SET pulled_seq = excluded.pulled_seq, peer_has = "
                "excluded.peer_has"));
            if (!cursor)
                return failWith(cursor);
            cursor->bind(1, peer);
            cursor->bind(2, peerSeq);
            cursor->bind(3, vectorJson(peerHas));
            if (auto c = cursor->run(); !c)
                return c;
        }
        return {};
    });
    if (!r)
        return failWith(r);
    return result;
}

Result<bool> SqliteStore::updateFields(Tx &tx, EntityKind kind, const QString &id,
                                       const QSet<QString> &fields)
{
    const EntitySql &e = EntitySql::of(kind);
    if (fields.isEmpty() || fields.contains(Registers::aliveField()))
        return false;
    QList<std::pair<int, QVariant>> values;
    for (const QString &name : fields) {
        const auto &schemaFields = e.schema().fields;
        const auto spec = std::find_if(schemaFields.cbegin(), schemaFields.cend(),
                                       [&](const api::FieldSpec &f) { return f.name == name; });
        if (spec == schemaFields.cend() || spec->references)
            return false; // a reference can hide or show the row
        auto heads = Registers::heads(*m_db, api::kindName(kind), id, name);
        if (!heads)
            return failWith(heads);
        QVariant value;
        if (!heads->isEmpty())
            if (auto decoded = OpLog::decodeValue(spec->type, heads->first().value); decoded)
                value = *decoded;
        if (spec->required && value.isNull())
            return false;
        values.append({int(spec - schemaFields.cbegin()), value});
    }
    auto exists = m_db->prepare(e.existsById());
    if (!exists)
        return failWith(exists);
    exists->bind(1, id);
    auto row = exists->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return false; // not shown (yet): whether it is now depends on all its fields
    for (const auto &[index, value] : std::as_const(values)) {
        auto stmt = m_db->prepare(e.updateField(index));
        if (!stmt)
            return failWith(stmt);
        stmt->bind(1, tx.revision);
        EntitySql::bindValue(*stmt, 2, e.schema().fields[std::size_t(index)].type, value);
        stmt->bind(3, id);
        if (auto w = stmt->run(); !w)
            return failWith(w);
    }
    return true;
}

Result<void> SqliteStore::materialize(Tx &tx, Touched touched, const QSet<QString> &newOps)
{
    const QList<EntityKind> kinds = api::allKinds(); // parents before children
    if (touched.size() < kinds.size())
        touched.resize(kinds.size());
    for (EntityKind kind : kinds) {
        const EntitySql &e = EntitySql::of(kind);
        const QString entity = api::kindName(kind);
        QStringList ids = touched[int(kind)].keys();
        std::sort(ids.begin(), ids.end());
        for (const QString &id : std::as_const(ids)) {
            auto quick = updateFields(tx, kind, id, touched[int(kind)].value(id));
            if (!quick)
                return failWith(quick);
            if (*quick)
                continue;
            auto heads = Registers::entityHeads(*m_db, entity, id);
            if (!heads)
                return failWith(heads);
            bool existed = false;
            {
                auto exists = m_db->prepare(e.existsById());
                if (!exists)
                    return failWith(exists);
                exists->bind(1, id);
                auto row = exists->next();
                if (!row)
                    return failWith(row);
                existed = *row;
            }
            api::Record record;
            record.kind = kind;
            record.id = id;
            record.revision = tx.revision;
            bool visible = Registers::isAlive(heads->value(Registers::aliveField()));
            for (const api::FieldSpec &f : e.schema().fields) {
                if (!visible)
                    break;
                QVariant value;
                auto it = heads->constFind(f.name);
                if (it != heads->constEnd() && !it->isEmpty()) {
                    auto decoded = OpLog::decodeValue(f.type, it->first().value);
                    if (decoded)
                        value = *decoded;
                }
                if (f.required && value.isNull()) {
                    visible = false; // not complete yet (its fields come in a later batch)
                    break;
                }
                if (f.references && !value.isNull()) {
                    // Parents were settled first: a visible one has its row.
                    auto exists = m_db->prepare(EntitySql::of(*f.references).existsById());
                    if (!exists)
                        return failWith(exists);
                    exists->bind(1, value.toString());
                    auto row = exists->next();
                    if (!row)
                        return failWith(row);
                    if (!*row) {
                        visible = false;
                        break;
                    }
                }
                record.fields.insert(f.name, value);
            }
            if (visible) {
                auto stmt = m_db->prepare(existed ? e.updateAll() : e.insert());
                if (!stmt)
                    return failWith(stmt);
                if (existed) {
                    stmt->bind(1, record.revision);
                    e.bindFields(*stmt, record, 2);
                    stmt->bind(int(e.schema().fields.size()) + 2, record.id);
                } else {
                    stmt->bind(1, record.id);
                    stmt->bind(2, record.revision);
                    e.bindFields(*stmt, record, 3);
                }
                if (auto w = stmt->run(); !w)
                    return w;
                if (existed)
                    continue;
                bool allNew = true;
                for (const QList<Registers::Head> &list : std::as_const(*heads))
                    for (const Registers::Head &h : list)
                        allNew = allNew && newOps.contains(h.opId);
                // Shown without a $create in this revision (a parent came back, or its last
                // required field arrived): changesSince() must still report a creation.
                const Registers::Head *life = Registers::aliveWinner(
                    heads->value(Registers::aliveField()));
                if (!life || !newOps.contains(life->opId))
                    if (auto n = noteEffect(tx, kind, id, false); !n)
                        return n;
                // Back after a delete: entities that refer to it may come back too.
                if (allNew)
                    continue;
                auto refs = m_db->prepare(QStringLiteral(
                    "SELECT DISTINCT entity, entity_id FROM field_heads WHERE value = ? AND "
                    "field <> '$alive'"));
                if (!refs)
                    return failWith(refs);
                refs->bind(1, OpLog::quote(id));
                for (;;) {
                    auto row = refs->next();
                    if (!row)
                        return failWith(row);
                    if (!*row)
                        break;
                    const auto refKind = api::kindFromName(refs->text(0));
                    if (refKind && int(*refKind) > int(kind))
                        touched[int(*refKind)][refs->text(1)].insert(Registers::aliveField());
                }
            } else if (existed) {
                // Gone (deleted, or something it refers to is): its table subtree goes first.
                QList<EntityRef> order;
                QSet<QString> seen;
                if (auto c = collectSubtree(kind, id, order, seen); !c)
                    return c;
                for (const auto &[k, rowId] : std::as_const(order)) {
                    auto del = m_db->prepare(EntitySql::of(k).deleteById());
                    if (!del)
                        return failWith(del);
                    del->bind(1, rowId);
                    if (auto d = del->run(); !d)
                        return d;
                    if (auto n = noteEffect(tx, k, rowId, true); !n)
                        return n;
                }
            }
        }
    }
    return {};
}

Result<void> SqliteStore::noteEffect(Tx &tx, EntityKind kind, const QString &id, bool deleted)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "INSERT INTO sync_effects (revision, entity, entity_id, deleted) VALUES (?, ?, ?, ?)"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, tx.revision);
    stmt->bind(2, api::kindName(kind));
    stmt->bind(3, id);
    stmt->bindBool(4, deleted);
    return stmt->run();
}

// ---- Peers ------------------------------------------------------------------------------------

namespace {

api::PeerState readPeer(const Statement &stmt)
{
    api::PeerState s;
    s.peerReplicaId = stmt.text(0);
    s.pulledSeq = stmt.integer(1);
    s.pushedSeq = stmt.integer(2);
    s.peerHas = vectorFromJson(stmt.text(3));
    s.lastSyncMs = stmt.integer(4);
    s.address = stmt.text(5);
    return s;
}

const QString kPeerColumns = QStringLiteral(
    "peer_replica_id, pulled_seq, pushed_seq, peer_has, last_sync_ms, address");

} // namespace

Result<api::PeerState> SqliteStore::peerState(const QString &peer)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral("SELECT ") + kPeerColumns
                              + QStringLiteral(" FROM sync_peers WHERE peer_replica_id = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, peer);
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row) {
        api::PeerState fresh;
        fresh.peerReplicaId = peer;
        return fresh;
    }
    return readPeer(*stmt);
}

Result<QList<api::PeerState>> SqliteStore::peers()
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral("SELECT ") + kPeerColumns
                              + QStringLiteral(" FROM sync_peers ORDER BY peer_replica_id"));
    if (!stmt)
        return failWith(stmt);
    QList<api::PeerState> out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        out.append(readPeer(*stmt));
    }
    return out;
}

Result<void> SqliteStore::recordPeer(const api::PeerState &state)
{
    if (state.peerReplicaId.isEmpty())
        return api::fail(Code::InvalidArgument, StoreTr::tr("A sync peer needs its replica id."));
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral(
        "INSERT INTO sync_peers (peer_replica_id, pulled_seq, pushed_seq, peer_has, last_sync_ms, "
        "address) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (peer_replica_id) DO UPDATE SET "
        "pulled_seq = MAX(pulled_seq, excluded.pulled_seq), pushed_seq = excluded.pushed_seq, "
        "peer_has = excluded.peer_has, last_sync_ms = excluded.last_sync_ms, "
        "address = excluded.address"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, state.peerReplicaId);
    stmt->bind(2, state.pulledSeq);
    stmt->bind(3, state.pushedSeq);
    stmt->bind(4, vectorJson(state.peerHas));
    stmt->bind(5, state.lastSyncMs);
    stmt->bind(6, state.address.isEmpty() ? QString() : state.address);
    return stmt->run();
}

Result<qint64> SqliteStore::pendingOperations(const QString &peer)
{
    auto state = peerState(peer);
    if (!state)
        return failWith(state);
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral("SELECT op_id, replica_id, entity FROM op_log "
                                             "WHERE seq > ? AND entity <> ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, state->pushedSeq);
    stmt->bind(2, kUserEntity);
    qint64 count = 0;
    api::Operation op;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        op.opId = stmt->text(0);
        op.replicaId = stmt->text(1);
        if (!covered(state->peerHas, op))
            ++count;
    }
    return count;
}

// ---- Conflicts --------------------------------------------------------------------------------

Result<QList<api::Conflict>> SqliteStore::findConflicts()
{
    QList<api::Conflict> out;
    const QString alive = Registers::aliveField();

    // Field: two or more heads with different values, on a live entity.
    {
        QList<std::array<QString, 3>> registers;
        {
            auto stmt = m_db->prepare(QStringLiteral(
                "SELECT entity, entity_id, field FROM field_heads WHERE field <> '$alive' "
                "GROUP BY entity, entity_id, field HAVING COUNT(*) > 1"));
            if (!stmt)
                return failWith(stmt);
            for (;;) {
                auto row = stmt->next();
                if (!row)
                    return failWith(row);
                if (!*row)
                    break;
                registers.append({stmt->text(0), stmt->text(1), stmt->text(2)});
            }
        }
        for (const auto &[entity, entityId, field] : std::as_const(registers)) {
            auto heads = Registers::entityHeads(*m_db, entity, entityId);
            if (!heads)
                return failWith(heads);
            if (!Registers::isAlive(heads->value(alive)))
                continue;
            const QList<Registers::Head> list = heads->value(field);
            bool differ = false;
            for (const Registers::Head &h : list)
                differ = differ || h.value != list.first().value;
            if (!differ)
                continue;
            api::Conflict c;
            c.kind = api::ConflictKind::Field;
            c.id = conflictId(c.kind, entity, entityId, field);
            c.entity = entity;
            c.entityId = entityId;
            c.entityName = nameOf(*heads);
            c.field = field;
            for (const Registers::Head &h : list)
                c.values.append(toValue(h, c.values.isEmpty()));
            out.append(std::move(c));
        }
    }

    // DeleteEdit: deleted, and some head was written without seeing the delete.
    {
        QList<std::pair<QString, QString>> deleted;
        {
            auto stmt = m_db->prepare(QStringLiteral(
                "SELECT DISTINCT entity, entity_id FROM field_heads WHERE field = '$alive' AND "
                "value = '$delete'"));
            if (!stmt)
                return failWith(stmt);
            for (;;) {
                auto row = stmt->next();
                if (!row)
                    return failWith(row);
                if (!*row)
                    break;
                deleted.append({stmt->text(0), stmt->text(1)});
            }
        }
        for (const auto &[entity, entityId] : std::as_const(deleted)) {
            auto heads = Registers::entityHeads(*m_db, entity, entityId);
            if (!heads)
                return failWith(heads);
            const QList<Registers::Head> aliveHeads = heads->value(alive);
            const Registers::Head *winner = Registers::aliveWinner(aliveHeads);
            if (!winner || winner->value != OpLog::deleteMarker())
                continue;
            const QSet<QString> seen = Registers::seenByDeletes(aliveHeads);
            QList<Registers::Head> unseen;
            for (auto it = heads->cbegin(); it != heads->cend(); ++it)
                for (const Registers::Head &h : *it)
                    if (h.value != OpLog::deleteMarker() && !seen.contains(h.opId))
                        unseen.append(h);
            if (unseen.isEmpty())
                continue;
            std::sort(unseen.begin(), unseen.end(), &Registers::beats);
            api::Conflict c;
            c.kind = api::ConflictKind::DeleteEdit;
            c.id = conflictId(c.kind, entity, entityId, alive);
            c.entity = entity;
            c.entityId = entityId;
            c.entityName = nameOf(*heads);
            c.field = alive;
            c.values.append(toValue(*winner, true));
            for (const Registers::Head &h : std::as_const(unseen))
                c.values.append(toValue(h, false));
            out.append(std::move(c));
        }
    }

    // Orphan: alive, but something it refers to is gone.
    for (EntityKind kind : api::allKinds()) {
        const EntitySql &e = EntitySql::of(kind);
        const QString entity = api::kindName(kind);
        QStringList ids;
        {
            auto stmt = m_db->prepare(
                QStringLiteral("SELECT DISTINCT h.entity_id FROM field_heads h WHERE h.entity = ? "
                               "AND h.field = '$alive' AND h.value = '$create' AND NOT EXISTS "
                               "(SELECT 1 FROM %1 t WHERE t.id = h.entity_id)")
                    .arg(e.table()));
            if (!stmt)
                return failWith(stmt);
            stmt->bind(1, entity);
            for (;;) {
                auto row = stmt->next();
                if (!row)
                    return failWith(row);
                if (!*row)
                    break;
                ids << stmt->text(0);
            }
        }
        for (const QString &id : std::as_const(ids)) {
            auto heads = Registers::entityHeads(*m_db, entity, id);
            if (!heads)
                return failWith(heads);
            const QList<Registers::Head> aliveHeads = heads->value(alive);
            if (!Registers::isAlive(aliveHeads))
                continue;
            bool missingReference = false;
            for (const api::FieldSpec &f : e.schema().fields) {
                if (!f.references || missingReference)
                    continue;
                const QList<Registers::Head> list = heads->value(f.name);
                if (list.isEmpty())
                    continue;
                auto target = OpLog::decodeValue(f.type, list.first().value);
                if (!target || target->isNull())
                    continue;
                auto exists = m_db->prepare(EntitySql::of(*f.references).existsById());
                if (!exists)
                    return failWith(exists);
                exists->bind(1, target->toString());
                auto row = exists->next();
                if (!row)
                    return failWith(row);
                missingReference = !*row;
            }
            if (!missingReference)
                continue; // incomplete (its fields are still on their way), not an orphan
            api::Conflict c;
            c.kind = api::ConflictKind::Orphan;
            c.id = conflictId(c.kind, entity, id, alive);
            c.entity = entity;
            c.entityId = id;
            c.entityName = nameOf(*heads);
            c.field = alive;
            c.values.append(toValue(*Registers::aliveWinner(aliveHeads), true));
            api::ConflictValue remove;
            remove.opId = kDeleteChoice;
            remove.value = kDeleteChoice;
            c.values.append(remove);
            out.append(std::move(c));
        }
    }

    // DuplicateName: two visible entities of one kind with one name in one scope.
    for (EntityKind kind : api::allKinds()) {
        const EntitySql &e = EntitySql::of(kind);
        const QString entity = api::kindName(kind);
        const QString scope = e.schema().nameScopeField;
        const QString groupBy = scope.isEmpty() ? QStringLiteral("name")
                                                : scope + QStringLiteral(", name");
        QList<std::pair<QString, QString>> groups; // scope value, name
        {
            auto stmt = m_db->prepare(
                QStringLiteral("SELECT %1 FROM %2 WHERE name IS NOT NULL%3 "
                               "GROUP BY %1 HAVING COUNT(*) > 1")
                    .arg(groupBy, e.table(),
                         scope.isEmpty()
                             ? QString()
                             : QStringLiteral(" AND ") + scope + QStringLiteral(" IS NOT NULL")));
            if (!stmt)
                return failWith(stmt);
            for (;;) {
                auto row = stmt->next();
                if (!row)
                    return failWith(row);
                if (!*row)
                    break;
                if (scope.isEmpty())
                    groups.append({QString(), stmt->text(0)});
                else
                    groups.append({stmt->text(0), stmt->text(1)});
            }
        }
        for (const auto &[scopeValue, name] : std::as_const(groups)) {
            QStringList ids;
            {
                auto stmt = m_db->prepare(
                    QStringLiteral("SELECT id FROM %1 WHERE name = ?%2 ORDER BY id")
                        .arg(e.table(), scope.isEmpty() ? QString()
                                                        : QStringLiteral(" AND ") + scope
                                                              + QStringLiteral(" = ?")));
                if (!stmt)
                    return failWith(stmt);
                stmt->bind(1, name);
                if (!scope.isEmpty())
                    stmt->bind(2, scopeValue);
                for (;;) {
                    auto row = stmt->next();
                    if (!row)
                        return failWith(row);
                    if (!*row)
                        break;
                    ids << stmt->text(0);
                }
            }
            api::Conflict c;
            c.kind = api::ConflictKind::DuplicateName;
            c.id = conflictId(c.kind, entity, ids.first(), QStringLiteral("name"));
            c.entity = entity;
            c.entityId = ids.first();
            c.entityName = name;
            c.field = QStringLiteral("name");
            QList<Registers::Head> heads;
            for (const QString &id : std::as_const(ids)) {
                auto list = Registers::heads(*m_db, entity, id, QStringLiteral("name"));
                if (!list)
                    return failWith(list);
                if (!list->isEmpty())
                    heads.append(list->first());
            }
            std::sort(heads.begin(), heads.end(), &Registers::beats);
            for (const Registers::Head &h : std::as_const(heads))
                c.values.append(toValue(h, c.values.isEmpty()));
            out.append(std::move(c));
        }
    }

    std::sort(out.begin(), out.end(),
              [](const api::Conflict &a, const api::Conflict &b) { return a.id < b.id; });
    return out;
}

Result<QList<api::Conflict>> SqliteStore::conflicts()
{
    std::lock_guard lock(m_mutex);
    return findConflicts();
}

Result<void> SqliteStore::resolveConflict(const QString &conflictId, const QString &keepOpId,
                                          const QString &actor)
{
    return write(actor, [&](Tx &tx) -> Result<void> {
        auto all = findConflicts();
        if (!all)
            return failWith(all);
        const auto found = std::find_if(all->cbegin(), all->cend(),
                                        [&](const api::Conflict &c) { return c.id == conflictId; });
        if (found == all->cend())
            return api::fail(Code::NotFound,
                             StoreTr::tr("There is no conflict '%1' (any more): it was resolved "
                                         "or the data changed. List the conflicts again.")
                                 .arg(conflictId));
        const api::Conflict conflict = *found;
        const auto keep = std::find_if(conflict.values.cbegin(), conflict.values.cend(),
                                       [&](const api::ConflictValue &v) {
                                           return v.opId == keepOpId;
                                       });
        if (keep == conflict.values.cend())
            return api::fail(Code::NotFound,
                             StoreTr::tr("'%1' is not one of the choices of the conflict '%2'.")
                                 .arg(keepOpId, conflictId));
        const auto kind = api::kindFromName(conflict.entity);
        if (!kind)
            return api::fail(Code::Internal, StoreTr::tr("The conflict names an unknown entity."));
        Touched touched(api::allKinds().size());
        touched[int(*kind)][conflict.entityId].insert(Registers::aliveField());

        switch (conflict.kind) {
        case api::ConflictKind::DuplicateName:
            return api::fail(Code::FailedPrecondition,
                             StoreTr::tr("Two %1s are named '%2'. Rename or delete one of them; "
                                         "the conflict then goes away by itself.")
                                 .arg(conflict.entity, conflict.entityName));
        case api::ConflictKind::Field:
            if (auto l = logOp(tx, conflict.entity, conflict.entityId, conflict.field, keep->value);
                !l)
                return l;
            break;
        case api::ConflictKind::DeleteEdit: {
            const bool keepDelete = keep->value == OpLog::deleteMarker();
            if (auto l = logOp(tx, conflict.entity, conflict.entityId,
                               keepDelete ? OpLog::deleteMarker() : OpLog::createMarker(),
                               QStringLiteral("null"));
                !l)
                return l;
            break;
        }
        case api::ConflictKind::Orphan: {
            if (keepOpId == kDeleteChoice) {
                // This entity and every live entity that refers to it, recursively.
                QList<std::pair<EntityKind, QString>> queue{{*kind, conflict.entityId}};
                QSet<QString> done;
                while (!queue.isEmpty()) {
                    const auto [k, id] = queue.takeFirst();
                    const QString name = api::kindName(k);
                    if (done.contains(name + QLatin1Char('\n') + id))
                        continue;
                    done.insert(name + QLatin1Char('\n') + id);
                    auto aliveHeads = Registers::heads(*m_db, name, id, Registers::aliveField());
                    if (!aliveHeads)
                        return failWith(aliveHeads);
                    if (!Registers::isAlive(*aliveHeads))
                        continue;
                    if (auto l = logOp(tx, name, id, OpLog::deleteMarker(), QStringLiteral("null"));
                        !l)
                        return l;
                    touched[int(k)][id].insert(Registers::aliveField());
                    auto refs = m_db->prepare(QStringLiteral(
                        "SELECT DISTINCT entity, entity_id FROM field_heads WHERE value = ? AND "
                        "field <> '$alive'"));
                    if (!refs)
                        return failWith(refs);
                    refs->bind(1, OpLog::quote(id));
                    for (;;) {
                        auto row = refs->next();
                        if (!row)
                            return failWith(row);
                        if (!*row)
                            break;
                        const auto refKind = api::kindFromName(refs->text(0));
                        if (refKind && int(*refKind) > int(k))
                            queue.append({*refKind, refs->text(1)});
                    }
                }
            } else {
                // Restore what it refers to, up to the first visible ancestor.
                QList<std::pair<EntityKind, QString>> queue{{*kind, conflict.entityId}};
                QSet<QString> done;
                while (!queue.isEmpty()) {
                    const auto [k, id] = queue.takeFirst();
                    const QString name = api::kindName(k);
                    if (done.contains(name + QLatin1Char('\n') + id))
                        continue;
                    done.insert(name + QLatin1Char('\n') + id);
                    auto heads = Registers::entityHeads(*m_db, name, id);
                    if (!heads)
                        return failWith(heads);
                    if (heads->isEmpty())
                        continue; // never created anywhere we know of: nothing to restore
                    if (!Registers::isAlive(heads->value(Registers::aliveField()))) {
                        if (auto l = logOp(tx, name, id, OpLog::createMarker(),
                                           QStringLiteral("null"));
                            !l)
                            return l;
                    }
                    touched[int(k)][id].insert(Registers::aliveField());
                    for (const api::FieldSpec &f : api::schemaOf(k).fields) {
                        if (!f.references)
                            continue;
                        const QList<Registers::Head> list = heads->value(f.name);
                        if (list.isEmpty())
                            continue;
                        auto target = OpLog::decodeValue(f.type, list.first().value);
                        if (!target || target->isNull())
                            continue;
                        auto exists = m_db->prepare(EntitySql::of(*f.references).existsById());
                        if (!exists)
                            return failWith(exists);
                        exists->bind(1, target->toString());
                        auto row = exists->next();
                        if (!row)
                            return failWith(row);
                        if (!*row)
                            queue.append({*f.references, target->toString()});
                    }
                }
            }
            break;
        }
        }
        if (tx.ops == 0)
            return {};
        return materialize(tx, std::move(touched), {});
    });
}

} // namespace edge::store
