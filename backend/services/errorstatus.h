#pragma once

#include "backend/api/error.h"

#include <grpcpp/support/status.h>

namespace edge::services {

// The one mapping from api::Error to grpc::Status. The status carries a gRPC code chosen for the
// error's api::Code, the message, and in its details an edge.v1.ErrorDetail with the api::Code,
// message, detail and field, so that backend/client returns the very same api::Error.
grpc::Status toGrpcStatus(const api::Error &error);

} // namespace edge::services
