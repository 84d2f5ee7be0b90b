#include "backend/api/error.h"

#include <QDebug>

namespace edge::api {

QString codeName(Code code)
{
    switch (code) {
    case Code::Ok: return QStringLiteral("ok");
    case Code::Internal: return QStringLiteral("internal");
    case Code::InvalidArgument: return QStringLiteral("invalid-argument");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::AlreadyExists: return QStringLiteral("already-exists");
    case Code::FailedPrecondition: return QStringLiteral("failed-precondition");
    case Code::Unavailable: return QStringLiteral("unavailable");
    case Code::Cancelled: return QStringLiteral("cancelled");
    case Code::DeadlineExceeded: return QStringLiteral("deadline-exceeded");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::Validation: return QStringLiteral("validation");
    case Code::StoreIo: return QStringLiteral("store-io");
    case Code::StoreCorrupt: return QStringLiteral("store-corrupt");
    case Code::StoreConstraint: return QStringLiteral("store-constraint");
    case Code::StoreMigration: return QStringLiteral("store-migration");
    case Code::StoreFull: return QStringLiteral("store-full");
    case Code::Rpc: return QStringLiteral("rpc");
    case Code::Unauthenticated: return QStringLiteral("unauthenticated");
    case Code::PermissionDenied: return QStringLiteral("permission-denied");
    case Code::TokenExpired: return QStringLiteral("token-expired");
    case Code::Usage: return QStringLiteral("usage");
    case Code::DeviceIo: return QStringLiteral("device-io");
    case Code::DeviceProtocol: return QStringLiteral("device-protocol");
    case Code::Crypto: return QStringLiteral("crypto");
    case Code::WorkloadFailed: return QStringLiteral("workload-failed");
    case Code::ImageIntegrity: return QStringLiteral("image-integrity");
    case Code::InstallFailed: return QStringLiteral("install-failed");
    case Code::BadInput: return QStringLiteral("bad-input");
    case Code::BundleInvalid: return QStringLiteral("bundle-invalid");
    }
    return QStringLiteral("code-%1").arg(int(code));
}

QString Error::toString() const
{
    QString s = message;
    if (!field.isEmpty())
        s = field + QStringLiteral(": ") + s;
    if (!detail.isEmpty())
        s += QStringLiteral(" (") + detail + QLatin1Char(')');
    return s;
}

namespace detail {
void assertFailed(const char *condition, const char *file, int line)
{
    qCritical("EC_ASSERT failed: \"%s\" in %s:%d", condition, file, line);
}
} // namespace detail

} // namespace edge::api
