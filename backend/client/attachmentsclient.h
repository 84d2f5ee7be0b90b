#pragma once

#include "backend/api/syncstore.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

namespace grpc {
class Channel;
class ClientContext;
} // namespace grpc

namespace edge::client {

// Progress of a chunked transfer: chunks done of the chunks this call has to move (only the
// missing ones when putting). Return false to stop; the call then fails with Code::Cancelled and
// what was sent stays on the hub, so the next put resumes from there.
using BlobProgress = std::function<bool(int done, int total)>;

// edge.v1.Attachments over gRPC: whole attachments (api::Attachments) and the chunk calls a sync
// session needs (the blob half of api::SyncPeer; client::SyncClient delegates to them).
// Thread-safe; every call blocks until the hub answers or its deadline (30 s per call) passes.
// Reads need a viewer session, writes an operator's.
class AttachmentsClient final : public api::Attachments {
public:
    // `target` ("host:port") names the hub in error messages.
    explicit AttachmentsClient(std::shared_ptr<grpc::Channel> channel, const QString &target = {});
    ~AttachmentsClient() override;
    AttachmentsClient(const AttachmentsClient &) = delete;
    AttachmentsClient &operator=(const AttachmentsClient &) = delete;

    // The bearer token sent with every call.
    void setToken(const QString &token);
    // Or: asked for the token before every call (client::Client hands in its own, so a later
    // login is seen). Overrides setToken().
    void setTokenSource(std::function<QString()> source);
    void setCallTimeout(std::chrono::milliseconds timeout);

    // ---- api::Attachments
    // Computes the sha256 locally, declares the blob (BeginBlob), asks which chunks the hub is
    // missing and sends only those: an interrupted put resumes; a blob the hub holds is not sent.
    api::Result<api::BlobInfo> putAttachment(const QByteArray &content,
                                             const QString &mediaType) override;
    api::Result<api::BlobInfo> putAttachment(const QByteArray &content, const QString &mediaType,
                                             const BlobProgress &progress);
    // Fetches every chunk and verifies the sha256 (ImageIntegrity when it does not match).
    api::Result<QByteArray> attachment(const QString &sha256) override;

    // ---- The blob half of api::SyncPeer
    api::Result<QStringList> blobsHeld(); // the hub's complete blobs
    api::Result<api::BlobInfo> blobInfo(const QString &sha256);
    api::Result<QByteArray> blobChunk(const QString &sha256, int index);
    api::Result<api::BlobInfo> beginBlob(const QString &sha256, qint64 size,
                                         const QString &mediaType);
    api::Result<QList<int>> missingChunks(const QString &sha256);
    api::Result<api::BlobInfo> putBlobChunk(const QString &sha256, int index,
                                            const QByteArray &data);

    // PutBlobChunk calls made by this object so far (tests count what a resumed put sends).
    qint64 chunksSent() const { return m_chunksSent.load(); }

private:
    struct Stub;
    void prepare(grpc::ClientContext &context) const;
    api::Result<std::pair<api::BlobInfo, QList<int>>> info(const QString &sha256, bool withMissing);

    std::unique_ptr<Stub> m_stub;
    QString m_target;
    mutable std::mutex m_mutex;
    QString m_token;
    std::function<QString()> m_tokenSource;
    std::chrono::milliseconds m_timeout{30'000};
    std::atomic<qint64> m_chunksSent{0};
};

} // namespace edge::client
