#pragma once

#include "backend/api/agentstore.h"
#include "backend/api/clock.h"
#include "backend/api/store.h"
#include "backend/api/syncstore.h"

#include <QSet>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace edge::store {

class Database;

struct SqliteStoreOptions {
    // Replica id recorded in the op log. Empty: generated once (UUID) and kept in the database.
    QString replicaId;
    // maintain() raises sizeAlarm once the file and its WAL together pass this; 0 = no limit.
    qint64 sizeLimitBytes = 0;
    // How long a statement waits for another process's lock before failing with Unavailable.
    int busyTimeoutMs = 5000;
    // synchronous=FULL: commits also survive a power cut. NORMAL (the default) loses nothing
    // when the process dies (kill -9, crash), which is what the crash test checks; with a power
    // cut the last commits may be rolled back, but the database stays consistent.
    bool fullSync = false;
    // Pages freed per maintain() by PRAGMA incremental_vacuum.
    int vacuumPagesPerStep = 512;
};

// The SQLite store: inventory, users, sessions, settings and the operation log in one file,
// through SQLite's C API.
//
// Threading: one connection guarded by one mutex. SQLite admits one writer at a time anyway,
// every statement here is short, and one connection lets every prepared statement be cached once
// and keeps revision/op-counter bookkeeping free of races. The commit listener runs after the
// mutex is released, on the committing thread.
class SqliteStore final
    : public api::Store
    , public api::StoreMaintenance
    , public api::AgentStore
    , public api::SyncStore {
public:
    using Options = SqliteStoreOptions;

    // Opens or creates the store at `path` and migrates it to the current schema. `clock` must
    // outlive the store.
    static api::Result<std::unique_ptr<SqliteStore>> open(const QString &path,
                                                          const api::Clock &clock,
                                                          Options options = {});
    ~SqliteStore() override;

    QString path() const { return m_path; }

    // ---- api::Store
    QString kindName() const override { return QStringLiteral("sqlite"); }
    QString replicaId() const override;
    qint64 revision() override;

    api::Result<api::Record> create(const api::Record &record, const QString &actor) override;
    api::Result<api::Record> get(api::EntityKind kind, const QString &id) override;
    api::Result<api::Record> update(const api::Record &patch, const QString &actor) override;
    api::Result<void> remove(api::EntityKind kind, const QString &id, const QString &actor,
                             bool cascade) override;
    api::Result<api::ListPage> list(const api::ListQuery &query) override;
    // Removes every entity marked demo, children first. A demo entity that still holds entities
    // that are not demo data (say, a cabinet someone added to a demo site) is kept with them.
    api::Result<int> removeDemoData(const QString &actor) override;
    // Changes are grouped per (revision, entity): whole revisions only, so a batch may exceed
    // `limit` to finish the revision it is in (limit <= 0: no limit).
    api::Result<QList<api::Change>> changesSince(qint64 revision, int limit) override;
    void setCommitListener(std::function<void(qint64 revision)> listener) override;

    api::Result<QList<api::Operation>> operationsSince(qint64 seq, int limit) override;

    api::Result<api::StoredUser> createUser(const api::User &user, const QString &passwordHash,
                                            const QString &actor) override;
    api::Result<api::StoredUser> getUser(const QString &name) override;
    api::Result<QList<api::User>> listUsers() override;
    api::Result<api::User> updateUser(const api::User &user, const QString &actor) override;
    api::Result<void> setPasswordHash(const QString &name, const QString &hash,
                                      const QString &actor) override;
    // Also ends the user's sessions.
    api::Result<void> removeUser(const QString &name, const QString &actor) override;
    // `tokenHash` must be a hex SHA-256 (64 characters): the store refuses anything that could be
    // a clear token.
    api::Result<void> createSession(const api::StoredSession &session) override;
    api::Result<api::StoredSession> findSession(const QString &tokenHash) override;
    // Removing a session that does not exist succeeds (logging out twice is harmless).
    api::Result<void> removeSession(const QString &tokenHash) override;
    api::Result<int> removeExpiredSessions(qint64 nowMs) override;

    api::Result<void> createBootstrapToken(const api::BootstrapToken &token) override;
    api::Result<api::BootstrapToken> findBootstrapToken(const QString &tokenHash) override;
    api::Result<api::Record> redeemBootstrapToken(const QString &tokenHash,
                                                  const api::NodeCertificate &certificate,
                                                  qint64 nowMs, const QString &actor) override;
    api::Result<QList<api::NodeCertificate>> nodeCertificates(const QString &nodeId) override;

    api::Result<QString> setting(const QString &key) override;
    api::Result<void> setSetting(const QString &key, const QString &value) override;

    // ---- api::StoreMaintenance
    api::Result<api::MaintenanceReport> maintain() override;
    void setSizeLimit(qint64 bytes) override;
    api::Result<void> backupTo(const QString &path) override;
    api::Result<void> restoreFrom(const QString &path) override;
    api::Result<QString> integrityCheck() override;

    // ---- api::AgentStore (agentsql.cpp). Not in the op log: agent data is the hub's own.
    api::Result<api::AgentRecord> agent(const QString &nodeId) override;
    api::Result<QList<api::AgentRecord>> agents() override;
    api::Result<void> recordHello(const api::AgentRecord &record) override;
    api::Result<void> touch(const QString &nodeId, qint64 lastSeenMs) override;
    api::Result<api::DesiredState> desiredState(const QString &nodeId) override;
    api::Result<api::DesiredState> setDesiredState(const QString &nodeId,
                                                   const QList<api::WorkloadSpec> &workloads,
                                                   qint64 expectedGeneration,
                                                   const QString &actor) override;
    api::Result<qint64> applyAgentBatch(const Batch &batch) override;
    api::Result<QList<api::WorkloadStatus>> workloadStatus(const QString &nodeId) override;
    api::Result<QList<api::NodeEvent>> events(const QString &nodeId, qint64 sinceMs,
                                              int limit) override;
    api::Result<QList<api::MetricSample>> metrics(const api::MetricsQuery &query) override;
    api::Result<int> pruneMetrics(qint64 beforeMs) override;
    api::Result<api::NodeCertificate> certificateBySerial(const QString &serial) override;
    api::Result<void> recordCertificate(const api::NodeCertificate &certificate) override;
    api::Result<void> addImageTransfer(const ImageTransfer &transfer) override;
    api::Result<QList<ImageTransfer>> imageTransfers(const QString &nodeId,
                                                     bool pendingOnly) override;
    api::Result<void> finishImageTransfer(const QString &nodeId, const QString &sha256,
                                          const QString &state, const QString &message,
                                          const QStringList &images, qint64 atMs) override;

    // ---- api::SyncStore: operations and conflicts (syncsql.cpp)
    QString syncReplicaId() const override { return replicaId(); }
    api::Result<api::VersionVector> versionVector() override;
    api::Result<api::OperationBatch> operationsFor(const api::VersionVector &peerHas,
                                                   qint64 afterSeq, int limit) override;
    api::Result<api::ApplyResult> applyOperations(const QList<api::Operation> &operations,
                                                  const QString &peer, qint64 peerSeq) override;
    api::Result<api::PeerState> peerState(const QString &peer) override;
    api::Result<QList<api::PeerState>> peers() override;
    api::Result<void> recordPeer(const api::PeerState &state) override;
    api::Result<qint64> pendingOperations(const QString &peer) override;
    api::Result<QList<api::Conflict>> conflicts() override;
    api::Result<void> resolveConflict(const QString &conflictId, const QString &keepOpId,
                                      const QString &actor) override;

    // ---- api::SyncStore: attachments (blobsql.cpp)
    api::Result<api::BlobInfo> putBlob(const QByteArray &content, const QString &mediaType) override;
    api::Result<QByteArray> blob(const QString &sha256) override;
    api::Result<api::BlobInfo> blobInfo(const QString &sha256) override;
    api::Result<QStringList> completeBlobs() override;
    api::Result<api::BlobInfo> beginBlob(const QString &sha256, qint64 size,
                                         const QString &mediaType) override;
    api::Result<api::BlobInfo> putBlobChunk(const QString &sha256, int index,
                                            const QByteArray &data) override;
    api::Result<QByteArray> blobChunk(const QString &sha256, int index) override;
    api::Result<QList<int>> missingChunks(const QString &sha256) override;

private:
    // One write transaction (write()): the actor of its operations and the revision it commits as.
    struct Tx {
        QString actor;
        qint64 revision = 0; // the revision this transaction commits as, if it logs operations
        int ops = 0;
    };
    SqliteStore(std::unique_ptr<Database> db, const api::Clock &clock, Options options);
    api::Result<void> loadMeta();
    api::Result<void> saveMeta(qint64 revision);

    // Runs `body` in a write transaction. When it logged operations, the transaction commits as
    // one new revision and the commit listener is told; otherwise nothing changes.
    api::Result<void> write(const QString &actor,
                            const std::function<api::Result<void>(Tx &)> &body);
    void notify(qint64 revision);
    api::Result<void> logOp(Tx &tx, const QString &entity, const QString &entityId,
                            const QString &field, const QString &value);

    // A new entity validated, normalized and with an id; insertEntity() writes it in `tx`.
    api::Result<api::Record> prepareNew(const api::Record &input);
    api::Result<void> insertEntity(Tx &tx, api::Record &record);
    // Refuses a commissioning record of a finished run (a finished run is read-only).
    api::Result<void> checkRunOpen(const api::Record &record);
    api::Result<std::optional<api::Record>> load(api::EntityKind kind, const QString &id);
    api::Result<void> checkReferences(const api::Record &record);
    api::Result<void> checkUniqueName(const api::Record &record);
    struct ChildCount {
        api::EntityKind kind;
        qint64 count;
    };
    api::Result<QList<ChildCount>> countChildren(api::EntityKind kind, const QString &id);
    using EntityRef = std::pair<api::EntityKind, QString>;
    // The entity and everything below it, children before parents (the order to delete in).
    api::Result<void> collectSubtree(api::EntityKind kind, const QString &id, QList<EntityRef> &out,
                                     QSet<QString> &seen);
    api::Result<void> deleteEntity(Tx &tx, api::EntityKind kind, const QString &id);
    api::Result<std::optional<api::StoredUser>> loadUser(const QString &name);

    // Merge (syncsql.cpp). Rewrites the rows of the touched entities from their registers,
    // parents first. Per kind (indexed by EntityKind): entity id -> the registers that changed;
    // an empty set (or one holding "$alive") means the whole row is worked out again. `newOps`
    // are the operations of this transaction (an entity made only of them is new, nothing else
    // can refer to it).
    using Touched = QList<QHash<QString, QSet<QString>>>;
    api::Result<void> materialize(Tx &tx, Touched touched, const QSet<QString> &newOps);
    // A row that stays shown and only had plain fields change: just those columns are rewritten.
    // False when the whole row has to be worked out again.
    api::Result<bool> updateFields(Tx &tx, api::EntityKind kind, const QString &id,
                                   const QSet<QString> &fields);
    api::Result<QList<api::Conflict>> findConflicts();
    // Records that the merge showed (or hid) a row in this transaction (table sync_effects).
    api::Result<void> noteEffect(Tx &tx, api::EntityKind kind, const QString &id, bool deleted);

    std::unique_ptr<Database> m_db;
    const api::Clock &m_clock;
    Options m_options;
    QString m_path;
    mutable std::mutex m_mutex; // guards m_db and the bookkeeping below
    api::HybridLogicalClock m_hlc;
    QString m_replicaId;
    qint64 m_revision = 0;
    qint64 m_opCounter = 0;
    std::atomic<qint64> m_sizeLimit{0};

    std::mutex m_listenerMutex;
    std::function<void(qint64)> m_listener;
};

} // namespace edge::store
