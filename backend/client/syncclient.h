#pragma once

#include "backend/api/syncstore.h"

#include <QString>
#include <chrono>
#include <memory>
#include <mutex>

namespace grpc {
class Channel;
class ClientContext;
} // namespace grpc

namespace edge::client {

class AttachmentsClient;

// A hub as the other side of a sync session (api::SyncPeer over the Sync service) and the hub's
// conflicts (api::ConflictResolver), over the same channel as client::Client: TLS to a remote hub
// (Client::secureChannel()) or the embedded hub's in-process channel. The token is a session
// token (Client::login()); pulling and listing conflicts need a viewer, pushing and resolving an
// operator. Thread-safe; every call blocks until the hub answers or the call timeout (60 s)
// passes. Errors are those of client::Client (Client::toError()).
//
// Pushes are split so no message nears gRPC's 4 MiB limit: at most kMaxPushOperations operations
// and about kMaxPushBytes per Push call; the results are summed. Pulls are bounded by the hub.
//
// The attachment half of api::SyncPeer (blobsHeld() ... putBlobChunk()) goes over the hub's
// Attachments service (an AttachmentsClient on the same channel and token).
class SyncClient final
    : public api::SyncPeer
    , public api::ConflictResolver {
public:
    static constexpr int kMaxPushOperations = 5000;
    static constexpr qint64 kMaxPushBytes = 2 * 1024 * 1024;

    // `target` ("host:port") names the hub in error messages.
    SyncClient(std::shared_ptr<grpc::Channel> channel, const QString &target, const QString &token);
    ~SyncClient() override;
    SyncClient(const SyncClient &) = delete;
    SyncClient &operator=(const SyncClient &) = delete;

    void setToken(const QString &token);
    void setCallTimeout(std::chrono::milliseconds timeout);
    QString target() const { return m_target; }

    // ---- api::SyncPeer
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

    // ---- api::ConflictResolver
    api::Result<QList<api::Conflict>> listConflicts() override;
    api::Result<void> resolve(const QString &conflictId, const QString &keepOpId) override;

private:
    struct Stubs;
    void prepare(grpc::ClientContext &context) const;

    std::shared_ptr<grpc::Channel> m_channel;
    QString m_target;
    std::unique_ptr<Stubs> m_stubs;
    std::unique_ptr<AttachmentsClient> m_attachments;
    mutable std::mutex m_mutex;
    QString m_token;
    std::chrono::milliseconds m_timeout{60'000};
};

} // namespace edge::client
