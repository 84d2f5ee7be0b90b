#include "backend/services/errorstatus.h"

#include "backend/proto/convert.h"

namespace edge::services {

grpc::Status toGrpcStatus(const api::Error &error)
{
    using api::Code;
    grpc::StatusCode code = grpc::StatusCode::UNKNOWN;
    switch (error.code) {
    case Code::Ok: return grpc::Status::OK;
    case Code::Internal:
    case Code::StoreIo:
    case Code::StoreCorrupt:
    case Code::StoreMigration:
    case Code::Crypto:
    case Code::WorkloadFailed:
    case Code::InstallFailed: code = grpc::StatusCode::INTERNAL; break;
    case Code::ImageIntegrity: code = grpc::StatusCode::DATA_LOSS; break;
    case Code::InvalidArgument:
    case Code::Validation:
    case Code::Usage:
    case Code::BadInput: code = grpc::StatusCode::INVALID_ARGUMENT; break;
    case Code::BundleInvalid: code = grpc::StatusCode::INVALID_ARGUMENT; break;
    case Code::NotFound: code = grpc::StatusCode::NOT_FOUND; break;
    case Code::AlreadyExists: code = grpc::StatusCode::ALREADY_EXISTS; break;
    case Code::FailedPrecondition:
    case Code::StoreConstraint: code = grpc::StatusCode::FAILED_PRECONDITION; break;
    case Code::Unavailable:
    case Code::DeviceIo: code = grpc::StatusCode::UNAVAILABLE; break;
    case Code::DeviceProtocol: code = grpc::StatusCode::FAILED_PRECONDITION; break;
    case Code::Cancelled: code = grpc::StatusCode::CANCELLED; break;
    case Code::DeadlineExceeded: code = grpc::StatusCode::DEADLINE_EXCEEDED; break;
    case Code::Conflict: code = grpc::StatusCode::ABORTED; break;
    case Code::StoreFull: code = grpc::StatusCode::RESOURCE_EXHAUSTED; break;
    case Code::Rpc: code = grpc::StatusCode::UNKNOWN; break;
    case Code::Unauthenticated:
    case Code::TokenExpired: code = grpc::StatusCode::UNAUTHENTICATED; break;
    case Code::PermissionDenied: code = grpc::StatusCode::PERMISSION_DENIED; break;
    }
    v1::ErrorDetail detail;
    proto::toProto(error, &detail);
    return grpc::Status(code, error.message.toStdString(), detail.SerializeAsString());
}

} // namespace edge::services
