#include "backend/sync/storepeer.h"

namespace edge::sync {

api::Result<api::SyncPeer::Hello> StorePeer::hello(const QString &)
{
    auto has = m_store.versionVector();
    if (!has)
        return std::unexpected(has.error());
    return Hello{m_store.syncReplicaId(), *has};
}

api::Result<api::OperationBatch> StorePeer::pull(const api::VersionVector &iHave, qint64 afterSeq,
                                                 int limit)
{
    return m_store.operationsFor(iHave, afterSeq, limit);
}

api::Result<api::ApplyResult> StorePeer::push(const QList<api::Operation> &operations,
                                              const QString &)
{
    // The pusher's seq is not part of a push: its own push cursor (moved by our answer) is what
    // makes the transfer resumable, so no pull cursor is recorded here.
    return m_store.applyOperations(operations, {}, 0);
}

api::Result<QStringList> StorePeer::blobsHeld() { return m_store.completeBlobs(); }

api::Result<api::BlobInfo> StorePeer::blobInfo(const QString &sha256)
{
    return m_store.blobInfo(sha256);
}

api::Result<QByteArray> StorePeer::blobChunk(const QString &sha256, int index)
{
    return m_store.blobChunk(sha256, index);
}

api::Result<api::BlobInfo> StorePeer::beginBlob(const QString &sha256, qint64 size,
                                                const QString &mediaType)
{
    return m_store.beginBlob(sha256, size, mediaType);
}

api::Result<QList<int>> StorePeer::missingChunks(const QString &sha256)
{
    return m_store.missingChunks(sha256);
}

api::Result<api::BlobInfo> StorePeer::putBlobChunk(const QString &sha256, int index,
                                                   const QByteArray &data)
{
    return m_store.putBlobChunk(sha256, index, data);
}

} // namespace edge::sync
