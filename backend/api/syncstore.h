#pragma once

#include "backend/api/clock.h"
#include "backend/api/error.h"
#include "backend/api/store.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace edge::api {

// Offline operation and sync (issue 5). The design in one place (docs/sync.md says the same for
// people):
//
// Replicas. Every store (a console's or edgectl's data dir, a site hub, the NOC hub) is a replica
// with a stable id and a hybrid logical clock. Each change is an Operation in its op log
// (api/store.h); the op id is "<replica>:<counter>" and the counters of one replica are
// contiguous, so what a store holds of each replica is summed up by a VersionVector.
//
// Registers. Every field of every entity is a multi-value register: an operation names in `bases`
// the heads of that field it saw when it was written (the op ids of the field's current values at
// its replica) and replaces exactly those. A field's heads are the values nobody has overwritten
// knowingly. The materialized value is the head with the highest (hlc, replica id): last writer
// wins, the same winner everywhere. Two or more heads with different values are a conflict: both
// values are kept, with author and time, until a person chooses (or edits the field, which
// replaces every head it saw). The life of an entity is one more register, field "$alive": `$create`
// (also a restore) and `$delete` are its values.
//
// Deletes are tombstones: the row leaves the table, its registers stay. A `$delete` lists in its
// bases every head of the entity it saw (its fields and "$alive"). The rule for delete against a
// concurrent edit: THE DELETE WINS (the entity stays deleted on every replica), and the edit the
// deleter had not seen is listed as a conflict (ConflictKind::DeleteEdit); keeping the edit restores
// the entity with all its fields, keeping the delete records a new `$delete` that has seen it.
// An entity is visible (has a row) when its "$alive" winner is `$create` and every entity it
// references is visible; a live entity under a deleted parent (created or moved there concurrently
// with the delete) is listed as ConflictKind::Orphan: restore the parent or delete the entity.
// Append-only records (survey items: readings, measurements, photos, notes) are created once with
// fresh ids and never edited, so they never conflict.
//
// Names. Two replicas may create entities with the same name while apart; both are kept (the name
// index is not unique) and listed as ConflictKind::DuplicateName until one is renamed or removed.
//
// What does not sync: users, sessions and the hub's own data (agents, desired state, metrics,
// events, tokens, certificates) stay with the store that owns them. Operations on entity "user"
// are never sent.
//
// Delivery. A sender sends its log in its own order (seq), skipping what the receiver's version
// vector says it holds; its log is causally ordered, so every receiver gets causes before effects.
// Cursors per peer (PeerState) make an interrupted sync resume from the last acknowledged batch;
// applying an operation twice changes nothing (op ids are unique).

// replica id -> highest counter of that replica's operations held here.
using VersionVector = QMap<QString, qint64>;

// The counter of an op id "<replica>:<counter>" (0 when malformed).
qint64 opCounter(const QString &opId);

struct OperationBatch {
    QList<Operation> operations; // in the sender's seq order
    qint64 lastSeq = 0;          // the last seq examined (a cursor: continue after it)
    bool more = false;           // more operations after lastSeq
};

struct ApplyResult {
    int applied = 0;        // new operations
    int alreadyPresent = 0; // skipped: their op id was already in the log
    qint64 revision = 0;    // store revision of the commit (0 when nothing was new)
};

// What this store knows about one peer it syncs with.
struct PeerState {
    QString peerReplicaId;
    qint64 pulledSeq = 0;  // the peer's seq up to which its operations are applied here
    qint64 pushedSeq = 0;  // our seq up to which the peer acknowledged our operations
    VersionVector peerHas; // the peer's version vector as of the last sync
    qint64 lastSyncMs = 0; // wall clock of the last completed sync (0 = never)
    QString address;       // host:port or "bundle:<file name>", for people
};

enum class ConflictKind {
    Field,         // concurrent edits of one field with different values
    DeleteEdit,    // deleted on one replica while edited on another
    Orphan,        // alive, but something it references was deleted concurrently
    DuplicateName, // two live entities of one kind with the same name in the same scope
};
QString conflictKindName(ConflictKind kind); // "field", "delete-edit", "orphan", "duplicate-name"

struct ConflictValue {
    QString opId;      // the operation that wrote it (a choice for resolveConflict)
    QString replicaId; // where it was written
    QString actor;     // who wrote it
    HlcTimestamp hlc;  // when (wall clock part: hlc.wallMs())
    QString value;     // JSON text; "$delete" / "$create" for life-cycle values
    bool winner = false;
};

struct Conflict {
    // Stable across replicas: "<kind>/<entity>/<entity id>/<field>" ("$alive" for the life cycle,
    // "name" for duplicate names).
    QString id;
    ConflictKind kind = ConflictKind::Field;
    QString entity; // kind name ("site", ...)
    QString entityId;
    QString entityName; // for people; may be empty for a deleted entity
    QString field;
    QList<ConflictValue> values; // winner first, then by (hlc, replica) descending
};

// A content-addressed attachment (photo, image archive): stored once per sha256, moved in chunks.
struct BlobInfo {
    QString sha256; // of the whole content, lower-case hex
    qint64 size = 0;
    int chunkSize = 0;
    int chunkCount = 0;
    int chunksHeld = 0;
    bool complete = false; // every chunk held and the whole content verified
    QString mediaType;     // "image/jpeg", ...
};

inline constexpr int kBlobChunkSize = 256 * 1024;

// The sync side of a store. SqliteStore implements it; the sync session, the hub's Sync service and
// the bundle reader use only this.
class SyncStore {
public:
    virtual ~SyncStore() = default;

    virtual QString syncReplicaId() const = 0;
    virtual Result<VersionVector> versionVector() = 0;

    // Operations after `afterSeq` in seq order that `peerHas` does not cover, never entity
    // "user", at most `limit` (a batch may stop early; lastSeq says where).
    virtual Result<OperationBatch> operationsFor(const VersionVector &peerHas, qint64 afterSeq,
                                                 int limit) = 0;

    // Applies operations of other replicas in one transaction: appends the new ones to the op log,
    // merges them into the registers and the entity tables, moves the clock past them. When `peer`
    // is not empty, records in the same transaction that the peer's operations up to `peerSeq` are
    // applied (PeerState::pulledSeq), so a crash never loses or repeats a batch. Operations must
    // arrive in causal order (as operationsFor() gives them); malformed ones (unknown entity or
    // field, bad value) fail the whole batch with InvalidArgument naming the op id.
    virtual Result<ApplyResult> applyOperations(const QList<Operation> &operations,
                                                const QString &peer, qint64 peerSeq) = 0;

    virtual Result<PeerState> peerState(const QString &peer) = 0; // a fresh state when unknown
    virtual Result<QList<PeerState>> peers() = 0;
    // After the peer acknowledged our operations up to `pushedSeq`; also sets lastSyncMs/address.
    virtual Result<void> recordPeer(const PeerState &state) = 0;
    // Operations after the peer's pushedSeq that the peer's last known vector does not cover.
    virtual Result<qint64> pendingOperations(const QString &peer) = 0;

    virtual Result<QList<Conflict>> conflicts() = 0;
    // Resolves conflict `conflictId` by keeping the value written by `keepOpId` (one of its
    // values): records the operation that replaces every head (Field), restores or deletes again
    // (DeleteEdit), restores the deleted references or deletes the entity (Orphan: keepOpId is
    // the `$create` of the entity to restore or "$delete" to delete this one). The resolution is
    // an ordinary operation and syncs. NotFound when the conflict is gone.
    virtual Result<void> resolveConflict(const QString &conflictId, const QString &keepOpId,
                                         const QString &actor) = 0;

    // Attachments.
    virtual Result<BlobInfo> putBlob(const QByteArray &content, const QString &mediaType) = 0;
    virtual Result<QByteArray> blob(const QString &sha256) = 0;   // NotFound unless complete
    virtual Result<BlobInfo> blobInfo(const QString &sha256) = 0; // NotFound when unknown
    virtual Result<QStringList> completeBlobs() = 0;
    // Receiving side of a transfer: declare the blob, then put chunks in any order, any number
    // of times; the last missing chunk verifies the sha256 (ImageIntegrity on mismatch, and the
    // chunks are dropped).
    virtual Result<BlobInfo> beginBlob(const QString &sha256, qint64 size,
                                       const QString &mediaType) = 0;
    virtual Result<BlobInfo> putBlobChunk(const QString &sha256, int index,
                                          const QByteArray &data) = 0;
    virtual Result<QByteArray> blobChunk(const QString &sha256, int index) = 0;
    virtual Result<QList<int>> missingChunks(const QString &sha256) = 0;
};

// The other side of a sync session: another store in this process (tests, bundles) or a hub over
// gRPC (client::SyncClient). Calls block.
class SyncPeer {
public:
    virtual ~SyncPeer() = default;
    struct Hello {
        QString replicaId;
        VersionVector has;
    };
    virtual Result<Hello> hello(const QString &myReplicaId) = 0;
    virtual Result<OperationBatch> pull(const VersionVector &iHave, qint64 afterSeq, int limit) = 0;
    // The peer applies them; returns how many were new there.
    virtual Result<ApplyResult> push(const QList<Operation> &operations,
                                     const QString &myReplicaId) = 0;
    virtual Result<QStringList> blobsHeld() = 0; // complete blobs of the peer
    virtual Result<BlobInfo> blobInfo(const QString &sha256) = 0;
    virtual Result<QByteArray> blobChunk(const QString &sha256, int index) = 0;
    virtual Result<BlobInfo> beginBlob(const QString &sha256, qint64 size,
                                       const QString &mediaType) = 0;
    virtual Result<QList<int>> missingChunks(const QString &sha256) = 0;
    virtual Result<BlobInfo> putBlobChunk(const QString &sha256, int index,
                                          const QByteArray &data) = 0;
};

// Conflicts as a person sees them, through whichever hub the caller is signed in to (the console's
// Conflicts view, edgectl conflicts). client::SyncClient implements it over gRPC.
class ConflictResolver {
public:
    virtual ~ConflictResolver() = default;
    virtual Result<QList<Conflict>> listConflicts() = 0;
    // As the signed-in user (an operator or administrator).
    virtual Result<void> resolve(const QString &conflictId, const QString &keepOpId) = 0;
};

// Whole attachments for the features that own them (survey photos): put once, read by sha256.
// client::Client implements it over gRPC (service Attachments), chunked both ways.
class Attachments {
public:
    virtual ~Attachments() = default;
    virtual Result<BlobInfo> putAttachment(const QByteArray &content, const QString &mediaType) = 0;
    virtual Result<QByteArray> attachment(const QString &sha256) = 0;
};

} // namespace edge::api
