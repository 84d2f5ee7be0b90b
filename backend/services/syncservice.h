#pragma once

#include "backend/api/syncstore.h"
#include "backend/services/authenticator.h"

#include "edge.grpc.pb.h"

namespace edge::services {

// edge.v1.Sync: the hub's side of a sync session (backend/api/syncstore.h has the design).
// Hello, Pull and ListConflicts need a viewer session; Push and ResolveConflict an operator's
// (the resolution is recorded with the caller as its actor). Batches stay under gRPC's message
// limit: a pull stops at kMaxPullOperations or at about kMaxBatchBytes of operations, a push of
// more than kMaxPullOperations operations is refused. Operations on entity "user" never travel.
class SyncService final : public v1::Sync::CallbackService {
public:
    static constexpr int kDefaultPullOperations = 2000;
    static constexpr int kMaxPullOperations = 5000;
    static constexpr qint64 kMaxBatchBytes = 2 * 1024 * 1024;

    SyncService(api::SyncStore &store, Authenticator &auth);

    grpc::ServerUnaryReactor *Hello(grpc::CallbackServerContext *context,
                                    const v1::SyncHelloRequest *request,
                                    v1::SyncHelloResponse *response) override;
    grpc::ServerUnaryReactor *Pull(grpc::CallbackServerContext *context,
                                   const v1::SyncPullRequest *request,
                                   v1::SyncPullResponse *response) override;
    grpc::ServerUnaryReactor *Push(grpc::CallbackServerContext *context,
                                   const v1::SyncPushRequest *request,
                                   v1::SyncPushResponse *response) override;
    grpc::ServerUnaryReactor *ListConflicts(grpc::CallbackServerContext *context,
                                            const v1::ListConflictsRequest *request,
                                            v1::ListConflictsResponse *response) override;
    grpc::ServerUnaryReactor *ResolveConflict(grpc::CallbackServerContext *context,
                                              const v1::ResolveConflictRequest *request,
                                              v1::ResolveConflictResponse *response) override;

private:
    api::SyncStore &m_store;
    Authenticator &m_auth;
};

} // namespace edge::services
