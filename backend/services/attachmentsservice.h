#pragma once

#include "backend/api/syncstore.h"
#include "backend/services/authenticator.h"

#include "edge.grpc.pb.h"

namespace edge::services {

// edge.v1.Attachments: content-addressed blobs (photos, image archives) in chunks of
// api::kBlobChunkSize over the hub's api::SyncStore. Reads need a viewer session; BeginBlob and
// PutBlobChunk an operator's. Blobs are not operations: nothing here changes the store revision.
class AttachmentsService final : public v1::Attachments::CallbackService {
public:
    AttachmentsService(api::SyncStore &store, Authenticator &auth);

    grpc::ServerUnaryReactor *ListBlobs(grpc::CallbackServerContext *context,
                                        const v1::ListBlobsRequest *request,
                                        v1::ListBlobsResponse *response) override;
    grpc::ServerUnaryReactor *GetBlobInfo(grpc::CallbackServerContext *context,
                                          const v1::GetBlobInfoRequest *request,
                                          v1::GetBlobInfoResponse *response) override;
    grpc::ServerUnaryReactor *GetBlobChunk(grpc::CallbackServerContext *context,
                                           const v1::GetBlobChunkRequest *request,
                                           v1::GetBlobChunkResponse *response) override;
    grpc::ServerUnaryReactor *BeginBlob(grpc::CallbackServerContext *context,
                                        const v1::BeginBlobRequest *request,
                                        v1::BlobInfo *response) override;
    grpc::ServerUnaryReactor *PutBlobChunk(grpc::CallbackServerContext *context,
                                           const v1::PutBlobChunkRequest *request,
                                           v1::BlobInfo *response) override;

private:
    api::SyncStore &m_store;
    Authenticator &m_auth;
};

} // namespace edge::services
