#include "backend/client/syncclient.h"
#include "backend/client/clienttr.h"

#include "backend/client/attachmentsclient.h"
#include "backend/client/client.h"
#include "backend/proto/convert.h"

#include "edge.grpc.pb.h"

#include <QCoreApplication>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>

namespace edge::client {

namespace v1 = edge::v1;
using proto::fromStd;
using proto::toStd;

struct SyncClient::Stubs {
    explicit Stubs(const std::shared_ptr<grpc::Channel> &channel)
        : sync(v1::Sync::NewStub(channel))
    {}
    std::unique_ptr<v1::Sync::Stub> sync;
};

SyncClient::SyncClient(std::shared_ptr<grpc::Channel> channel, const QString &target,
                       const QString &token)
    : m_channel(std::move(channel))
    , m_target(target)
    , m_stubs(std::make_unique<Stubs>(m_channel))
    , m_attachments(std::make_unique<AttachmentsClient>(m_channel, target))
    , m_token(token)
{
    m_attachments->setToken(token);
}

SyncClient::~SyncClient() = default;

void SyncClient::setToken(const QString &token)
{
    {
        std::lock_guard lock(m_mutex);
        m_token = token;
    }
    m_attachments->setToken(token);
}

void SyncClient::setCallTimeout(std::chrono::milliseconds timeout)
{
    {
        std::lock_guard lock(m_mutex);
        m_timeout = timeout;
    }
    m_attachments->setCallTimeout(timeout);
}

void SyncClient::prepare(grpc::ClientContext &context) const
{
    std::lock_guard lock(m_mutex);
    context.set_deadline(std::chrono::system_clock::now() + m_timeout);
    if (!m_token.isEmpty())
        context.AddMetadata("authorization", "Bearer " + m_token.toStdString());
}

// ---- api::SyncPeer: operations --------------------------------------------------------------

api::Result<api::SyncPeer::Hello> SyncClient::hello(const QString &myReplicaId)
{
    v1::SyncHelloRequest request;
    request.set_replica_id(toStd(myReplicaId));
    v1::SyncHelloResponse response;
    grpc::ClientContext context;
    prepare(context);
    const grpc::Status status = m_stubs->sync->Hello(&context, request, &response);
    if (!status.ok())
        return std::unexpected(Client::toError(status, m_target));
    Hello h;
    h.replicaId = fromStd(response.replica_id());
    h.has = proto::fromProto(response.has());
    if (h.replicaId.isEmpty())
        return api::fail(api::Code::Rpc, Tr::tr("The hub did not say which replica it is."));
    return h;
}

api::Result<api::OperationBatch> SyncClient::pull(const api::VersionVector &iHave, qint64 afterSeq,
                                                  int limit)
{
    v1::SyncPullRequest request;
    proto::toProto(iHave, request.mutable_has());
    request.set_after_seq(afterSeq);
    request.set_limit(limit);
    v1::SyncPullResponse response;
    grpc::ClientContext context;
    prepare(context);
    const grpc::Status status = m_stubs->sync->Pull(&context, request, &response);
    if (!status.ok())
        return std::unexpected(Client::toError(status, m_target));
    if (response.last_seq() < afterSeq)
        return api::fail(api::Code::Rpc,
                         Tr::tr("The hub answered a sync request with an earlier position."),
                         QStringLiteral("last_seq %1 < after_seq %2")
                             .arg(response.last_seq())
                             .arg(afterSeq));
    return proto::fromProto(response);
}

api::Result<api::ApplyResult> SyncClient::push(const QList<api::Operation> &operations,
                                               const QString &myReplicaId)
{
    api::ApplyResult total;
    qsizetype next = 0;
    while (next < operations.size()) {
        v1::SyncPushRequest request;
        request.set_replica_id(toStd(myReplicaId));
        qint64 bytes = 0;
        // Stop before the operation that would take the message over kMaxPushBytes; one
        // operation larger than that travels alone.
        while (next < operations.size() && request.operations_size() < kMaxPushOperations) {
            v1::SyncOperation *op = request.add_operations();
            proto::toProto(operations.at(next), op);
            const qint64 size = qint64(op->ByteSizeLong()) + 8;
            if (request.operations_size() > 1 && bytes + size > kMaxPushBytes) {
                request.mutable_operations()->RemoveLast();
                break;
            }
            bytes += size;
            ++next;
        }
        v1::SyncPushResponse response;
        grpc::ClientContext context;
        prepare(context);
        const grpc::Status status = m_stubs->sync->Push(&context, request, &response);
        if (!status.ok())
            return std::unexpected(Client::toError(status, m_target));
        const api::ApplyResult part = proto::fromProto(response);
        total.applied += part.applied;
        total.alreadyPresent += part.alreadyPresent;
        if (part.revision > 0)
            total.revision = part.revision;
    }
    return total;
}

// ---- api::SyncPeer: attachments -------------------------------------------------------------

api::Result<QStringList> SyncClient::blobsHeld() { return m_attachments->blobsHeld(); }

api::Result<api::BlobInfo> SyncClient::blobInfo(const QString &sha256)
{
    return m_attachments->blobInfo(sha256);
}

api::Result<QByteArray> SyncClient::blobChunk(const QString &sha256, int index)
{
    return m_attachments->blobChunk(sha256, index);
}

api::Result<api::BlobInfo> SyncClient::beginBlob(const QString &sha256, qint64 size,
                                                 const QString &mediaType)
{
    return m_attachments->beginBlob(sha256, size, mediaType);
}

api::Result<QList<int>> SyncClient::missingChunks(const QString &sha256)
{
    return m_attachments->missingChunks(sha256);
}

api::Result<api::BlobInfo> SyncClient::putBlobChunk(const QString &sha256, int index,
                                                    const QByteArray &data)
{
    return m_attachments->putBlobChunk(sha256, index, data);
}

// ---- api::ConflictResolver ------------------------------------------------------------------

api::Result<QList<api::Conflict>> SyncClient::listConflicts()
{
    v1::ListConflictsRequest request;
    v1::ListConflictsResponse response;
    grpc::ClientContext context;
    prepare(context);
    const grpc::Status status = m_stubs->sync->ListConflicts(&context, request, &response);
    if (!status.ok())
        return std::unexpected(Client::toError(status, m_target));
    QList<api::Conflict> out;
    out.reserve(response.conflicts_size());
    for (const v1::SyncConflict &c : response.conflicts()) {
        auto conflict = proto::fromProto(c);
        if (!conflict)
            return std::unexpected(conflict.error());
        out.append(std::move(*conflict));
    }
    return out;
}

api::Result<void> SyncClient::resolve(const QString &conflictId, const QString &keepOpId)
{
    v1::ResolveConflictRequest request;
    request.set_conflict_id(toStd(conflictId));
    request.set_keep_op_id(toStd(keepOpId));
    v1::ResolveConflictResponse response;
    grpc::ClientContext context;
    prepare(context);
    const grpc::Status status = m_stubs->sync->ResolveConflict(&context, request, &response);
    if (!status.ok())
        return std::unexpected(Client::toError(status, m_target));
    return {};
}

} // namespace edge::client
