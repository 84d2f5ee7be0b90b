#pragma once

#include "backend/api/syncstore.h"

namespace edge::sync {

// A peer that is another store in this process: the property test's replicas, and the reading
// side of a bundle import.
class StorePeer final : public api::SyncPeer {
public:
    explicit StorePeer(api::SyncStore &store)
        : m_store(store)
    {}

    api::Result<Hello> hello(const QString &myReplicaId) override;
    api::Result<api::OperationBatch> pull(const api::VersionVector &iHave, qint64 afterSeq,
                                          int limit) override;
    api::Result<api::ApplyResult> push(const QList<api::Operation> &operations,
                                       const QString &myReplicaId) override;
    api::Result<QStringList> blobsHeld() override;
    api::Result<api::BlobInfo> blobInfo(const QString &sha256) override;
    api::Result<QByteArray> blobChunk(const QString &sha256, int index) override;
    api::Result<api::BlobInfo> beginBlob(const QString &sha256, qint64 size,
                                         const QString &mediaType) override;
    api::Result<QList<int>> missingChunks(const QString &sha256) override;
    api::Result<api::BlobInfo> putBlobChunk(const QString &sha256, int index,
                                            const QByteArray &data) override;

private:
    api::SyncStore &m_store;
};

} // namespace edge::sync
