#pragma once

#include "backend/api/error.h"
#include "backend/api/store.h"
#include "backend/store/database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace edge::store {

// The registers of every entity field (api/syncstore.h): the field_heads table. Owned by the merge
// of remote operations and by local writes (SqliteStore::logOp).
//
//   entity, entity_id, field   the register ("$alive" for the life cycle: $create / $delete)
//   op_id, hlc, replica_id, actor   the operation that wrote the head
//   value      JSON text of the value; "$create" / "$delete" in the "$alive" register
//   bases      what the operation replaced (kept for a $delete: the heads it had seen)
//
// Operations on entity "user" never enter the registers.
class Registers {
public:
    struct Head {
        QString opId;
        qint64 hlc = 0;
        QString replicaId;
        QString actor;
        QString value;
        QStringList bases;
    };
    // Register name -> heads, each list winner first (highest (hlc, replica id)).
    using EntityHeads = QHash<QString, QList<Head>>;

    static QString aliveField() { return QStringLiteral("$alive"); }
    // "$create" and "$delete" write the "$alive" register; other fields their own.
    static QString registerOf(const QString &opField);
    // What the head of `op` holds: the marker for the life cycle, the JSON value otherwise.
    static QString headValue(const api::Operation &op);
    // True when `a` wins against `b`: higher hlc, then higher replica id.
    static bool beats(const Head &a, const Head &b);

    static api::Result<EntityHeads> entityHeads(Database &db, const QString &entity,
                                                const QString &entityId);
    static api::Result<QList<Head>> heads(Database &db, const QString &entity,
                                          const QString &entityId, const QString &field);
    // Every head op id of the entity (all registers), sorted: the bases of a $delete.
    static QStringList allHeadIds(const EntityHeads &heads);

    // Merges `op` into its register: removes the heads listed in op.bases, adds op as a head.
    static api::Result<void> apply(Database &db, const api::Operation &op);
    // The same with statements prepared once for a batch (removeHeadSql(), insertHeadSql()).
    static api::Result<void> apply(Statement &remove, Statement &insert, const api::Operation &op);
    static QString removeHeadSql();
    static QString insertHeadSql();
    // Raises version_vector[replica] to `counter` (never lowers it).
    static api::Result<void> raiseVector(Database &db, const QString &replicaId, qint64 counter);

    // The "$alive" head that decides: the best $delete if there is one (a delete wins against a
    // concurrent restore), else the best $create; nullptr when the register is empty.
    static const Head *aliveWinner(const QList<Head> &aliveHeads);
    static bool isAlive(const QList<Head> &aliveHeads);
    // The op ids every $delete head of the register had seen (union of their bases).
    static QSet<QString> seenByDeletes(const QList<Head> &aliveHeads);

    // Fills field_heads, op_log.bases and version_vector from an op log written before schema 6
    // (one writer: each operation replaced the previous one of its register; a $delete has seen
    // every head of its entity).
    static api::Result<void> rebuildHeads(Database &db);
};

} // namespace edge::store
