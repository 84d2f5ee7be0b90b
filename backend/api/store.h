#pragma once

#include "backend/api/clock.h"
#include "backend/api/inventory.h"

#include <QVariant>
#include <functional>

namespace edge::api {

// One entry of the operation log: the unit of offline sync (issue 5). Every mutation of the store
// appends its operations in the same transaction as the change itself.
//   field "$create" / "$delete" mark the life cycle of an entity; other rows set one field.
//   value is the new value as JSON text ("null" clears), never a secret.
struct Operation {
    qint64 seq = 0; // local order in this store (also the store revision it belongs to)
    QString opId;   // globally unique: "<replicaId>:<counter>"
    HlcTimestamp hlc;
    QString replicaId;
    QString actor;  // user name that made the change ("system" for the store itself)
    QString entity; // kind name ("site", "user", ...)
    QString entityId;
    QString field;
    QString value; // JSON text
    // The op ids of the register's heads this operation replaces (what its writer saw), see
    // api/syncstore.h. Empty for the first value of a field.
    QStringList bases;
};

struct StoredUser {
    User user;
    QString passwordHash; // opaque, produced by the auth service; never a clear password
};

struct StoredSession {
    QString tokenHash; // sha256 of the token, hex
    QString userName;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
};

// A one-time bootstrap token for enrolling an edge node (issue 3). Only the SHA-256 of the token
// is stored, never the token.
struct BootstrapToken {
    QString tokenHash; // sha256 of the token, hex
    QString siteId;    // the site the enrolled node belongs to
    QString nodeName;  // empty: the agent names itself
    QString createdBy;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 usedAtMs = 0; // 0 = not used yet
};

// A certificate the hub's CA issued to a node.
struct NodeCertificate {
    QString serial; // hex
    QString nodeId;
    QString nodeName;
    qint64 issuedAtMs = 0;
    qint64 notAfterMs = 0;
    QString fingerprint; // sha256 of the DER, hex
};

// Storage behind the services. SQLite now (backend/store), PostgreSQL later: keep SQL portable.
// All methods are thread-safe.
class Store {
public:
    virtual ~Store() = default;

    virtual QString kindName() const = 0; // "sqlite"
    virtual QString replicaId() const = 0;
    virtual qint64 revision() = 0; // revision of the last committed change

    // Inventory. `actor` is the user recorded in the op log.
    virtual Result<Record> create(const Record &record, const QString &actor) = 0;
    virtual Result<Record> get(EntityKind kind, const QString &id) = 0;
    virtual Result<Record> update(const Record &patch, const QString &actor) = 0;
    virtual Result<void> remove(EntityKind kind, const QString &id, const QString &actor,
                                bool cascade) = 0;
    virtual Result<ListPage> list(const ListQuery &query) = 0;
    virtual Result<int> removeDemoData(const QString &actor) = 0;
    // Changes after `revision`, oldest first, at most `limit` of them.
    virtual Result<QList<Change>> changesSince(qint64 revision, int limit) = 0;
    // Called (on the committing thread) after every commit with the new revision.
    virtual void setCommitListener(std::function<void(qint64 revision)> listener) = 0;

    // Operation log.
    virtual Result<QList<Operation>> operationsSince(qint64 seq, int limit) = 0;

    // Users and sessions.
    virtual Result<StoredUser> createUser(const User &user, const QString &passwordHash,
                                          const QString &actor) = 0;
    virtual Result<StoredUser> getUser(const QString &name) = 0;
    virtual Result<QList<User>> listUsers() = 0;
    virtual Result<User> updateUser(const User &user, const QString &actor) = 0;
    virtual Result<void> setPasswordHash(const QString &name, const QString &hash,
                                         const QString &actor) = 0;
    virtual Result<void> removeUser(const QString &name, const QString &actor) = 0;
    virtual Result<void> createSession(const StoredSession &session) = 0;
    virtual Result<StoredSession> findSession(const QString &tokenHash) = 0;
    virtual Result<void> removeSession(const QString &tokenHash) = 0;
    virtual Result<int> removeExpiredSessions(qint64 nowMs) = 0;

    // Enrollment. createBootstrapToken refuses anything but a hex SHA-256 as the hash.
    virtual Result<void> createBootstrapToken(const BootstrapToken &token) = 0;
    virtual Result<BootstrapToken> findBootstrapToken(const QString &tokenHash) = 0; // NotFound
    // In one transaction: checks that the token exists (Unauthenticated otherwise), is unused
    // (Unauthenticated) and unexpired at `nowMs` (TokenExpired); finds the node named
    // `certificate.nodeName` in the token's site or creates it; marks the token used and records
    // the certificate. Returns the node.
    virtual Result<Record> redeemBootstrapToken(const QString &tokenHash,
                                                const NodeCertificate &certificate, qint64 nowMs,
                                                const QString &actor) = 0;
    virtual Result<QList<NodeCertificate>> nodeCertificates(const QString &nodeId) = 0;

    // Key/value settings of the hub itself (e.g. "demo.seeded").
    virtual Result<QString> setting(const QString &key) = 0; // NotFound when unset
    virtual Result<void> setSetting(const QString &key, const QString &value) = 0;
};

// Hygiene of a store file. `sizeAlarm` fires (from maintain()) when the database passes the limit.
struct MaintenanceReport {
    qint64 sizeBytes = 0;
    qint64 walBytes = 0;
    qint64 freedPages = 0;
    bool sizeAlarm = false;
};

class StoreMaintenance {
public:
    virtual ~StoreMaintenance() = default;
    // Checkpoint the WAL (TRUNCATE), run an incremental vacuum step, check the size limit.
    virtual Result<MaintenanceReport> maintain() = 0;
    virtual void setSizeLimit(qint64 bytes) = 0;
    virtual Result<void> backupTo(const QString &path) = 0;    // online, consistent copy
    virtual Result<void> restoreFrom(const QString &path) = 0; // replaces the content online
    virtual Result<QString> integrityCheck() = 0;              // "ok" when healthy
};

} // namespace edge::api
