#pragma once

#include "backend/api/store.h"
#include "backend/api/syncstore.h"
#include "backend/sync/syncsession.h"

namespace edge::sync {

class ReplicaKey;

// What a bundle holds, from its signed header.
struct BundleInfo {
    QString replicaId;      // the exporting replica
    QString keyFingerprint; // sha256 of its public key, hex
    qint64 createdAtMs = 0;
    int operations = 0;
    int blobs = 0;
    qint64 sizeBytes = 0;
};

struct ImportReport {
    BundleInfo bundle;
    api::ApplyResult applied;
    int blobsReceived = 0;
    int conflicts = 0; // open conflicts after the import
};

// Sync without a network: a bundle file (for a USB stick) with every syncable operation of the
// exporting store and its complete attachments, signed with the exporting replica's key
// (Ed25519). Reading verifies the signature over every byte before anything is applied; an altered,
// truncated or foreign file is refused with Code::BundleInvalid naming the file and what is wrong,
// and changes nothing. The first bundle of a replica pins its key (store setting); a later bundle
// of the same replica id signed by another key is refused.
class Bundle {
public:
    // Written to `path` through a temporary file (no half bundle on cancel or failure).
    static api::Result<BundleInfo> exportTo(api::SyncStore &store, const ReplicaKey &key,
                                            const QString &path, const ProgressFn &progress = {});
    // Verifies, then applies (operations, then attachments).
    static api::Result<ImportReport> importFrom(api::SyncStore &syncStore, api::Store &store,
                                                const QString &path,
                                                const ProgressFn &progress = {});
    // Verifies only (for `sync import --dry-run` and the fuzz test).
    static api::Result<BundleInfo> verify(const QString &path);
    // verify(), then what importFrom() checks against this store before applying anything: not
    // a bundle of this replica, signed by the key pinned for its replica (when one is). Changes
    // nothing (the pin is stored by importFrom()).
    static api::Result<BundleInfo> verifyFor(api::SyncStore &syncStore, api::Store &store,
                                             const QString &path);
};

} // namespace edge::sync
