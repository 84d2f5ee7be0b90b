#pragma once

#include "backend/api/error.h"
#include "backend/services/errorstatus.h"
#include "backend/services/logging.h"

#include <grpcpp/server_context.h>
#include <grpcpp/support/server_callback.h>

namespace edge::services::detail {

// Runs a unary handler body (returning Result<void>) and finishes the call with its status.
// Server-side failures (internal, store, crypto) are logged with their detail.
template<class Body>
grpc::ServerUnaryReactor *unary(grpc::CallbackServerContext *context, const char *method,
                                Body &&body)
{
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    api::Result<void> result = body();
    if (result) {
        reactor->Finish(grpc::Status::OK);
        return reactor;
    }
    const api::Error &e = result.error();
    switch (e.code) {
    case api::Code::Internal:
    case api::Code::StoreIo:
    case api::Code::StoreCorrupt:
    case api::Code::StoreMigration:
    case api::Code::StoreFull:
    case api::Code::Crypto:
        qCWarning(lcRpc).noquote()
            << method << "failed:" << api::codeName(e.code) << e.message << e.detail;
        break;
    default:
        qCDebug(lcRpc).noquote() << method << "refused:" << api::codeName(e.code) << e.message;
        break;
    }
    reactor->Finish(toGrpcStatus(e));
    return reactor;
}

} // namespace edge::services::detail
