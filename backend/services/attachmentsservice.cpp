#include "backend/services/attachmentsservice.h"

#include "backend/proto/blobconvert.h"
#include "backend/services/logging.h"
#include "backend/services/unary.h"

namespace edge::services {

using detail::unary;

namespace {

QString shaOf(const std::string &s) { return QString::fromStdString(s); }

} // namespace

AttachmentsService::AttachmentsService(api::SyncStore &store, Authenticator &auth)
    : m_store(store)
    , m_auth(auth)
{}

grpc::ServerUnaryReactor *AttachmentsService::ListBlobs(grpc::CallbackServerContext *context,
                                                        const v1::ListBlobsRequest *,
                                                        v1::ListBlobsResponse *response)
{
    return unary(context, "Attachments.ListBlobs", [&]() -> api::Result<void> {
        if (auto caller = m_auth.authorize(*context, api::Role::Viewer); !caller)
            return std::unexpected(caller.error());
        auto blobs = m_store.completeBlobs();
        if (!blobs)
            return std::unexpected(blobs.error());
        for (const QString &sha : std::as_const(*blobs))
            response->add_sha256(sha.toStdString());
        return {};
    });
}

grpc::ServerUnaryReactor *AttachmentsService::GetBlobInfo(grpc::CallbackServerContext *context,
                                                          const v1::GetBlobInfoRequest *request,
                                                          v1::GetBlobInfoResponse *response)
{
    return unary(context, "Attachments.GetBlobInfo", [&]() -> api::Result<void> {
        if (auto caller = m_auth.authorize(*context, api::Role::Viewer); !caller)
            return std::unexpected(caller.error());
        const QString sha = shaOf(request->sha256());
        auto info = m_store.blobInfo(sha);
        if (!info)
            return std::unexpected(info.error());
        proto::toProto(*info, response->mutable_info());
        if (request->with_missing() && !info->complete) {
            auto missing = m_store.missingChunks(sha);
            if (!missing)
                return std::unexpected(missing.error());
            response->mutable_missing_chunks()->Reserve(int(missing->size()));
            for (int index : std::as_const(*missing))
                response->add_missing_chunks(index);
        }
        return {};
    });
}

grpc::ServerUnaryReactor *AttachmentsService::GetBlobChunk(grpc::CallbackServerContext *context,
                                                           const v1::GetBlobChunkRequest *request,
                                                           v1::GetBlobChunkResponse *response)
{
    return unary(context, "Attachments.GetBlobChunk", [&]() -> api::Result<void> {
        if (auto caller = m_auth.authorize(*context, api::Role::Viewer); !caller)
            return std::unexpected(caller.error());
        auto chunk = m_store.blobChunk(shaOf(request->sha256()), request->index());
        if (!chunk)
            return std::unexpected(chunk.error());
        response->set_data(chunk->constData(), size_t(chunk->size()));
        return {};
    });
}

grpc::ServerUnaryReactor *AttachmentsService::BeginBlob(grpc::CallbackServerContext *context,
                                                        const v1::BeginBlobRequest *request,
                                                        v1::BlobInfo *response)
{
    return unary(context, "Attachments.BeginBlob", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Operator);
        if (!caller)
            return std::unexpected(caller.error());
        auto info = m_store.beginBlob(shaOf(request->sha256()), request->size(),
                                      QString::fromStdString(request->media_type()));
        if (!info)
            return std::unexpected(info.error());
        proto::toProto(*info, response);
        return {};
    });
}

grpc::ServerUnaryReactor *AttachmentsService::PutBlobChunk(grpc::CallbackServerContext *context,
                                                           const v1::PutBlobChunkRequest *request,
                                                           v1::BlobInfo *response)
{
    return unary(context, "Attachments.PutBlobChunk", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Operator);
        if (!caller)
            return std::unexpected(caller.error());
        const std::string &data = request->data();
        auto info = m_store.putBlobChunk(shaOf(request->sha256()), request->index(),
                                         QByteArray::fromRawData(data.data(),
                                                                 qsizetype(data.size())));
        if (!info)
            return std::unexpected(info.error());
        if (info->complete)
            qCDebug(lcRpc).noquote()
                << caller->userName << "stored attachment" << info->sha256 << info->size << "bytes";
        proto::toProto(*info, response);
        return {};
    });
}

} // namespace edge::services
