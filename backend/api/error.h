#pragma once

#include <QString>
#include <expected>

namespace edge::api {

// Error codes. Each module owns a range; add new codes inside your module's range only.
//   1-99 generic   100-199 validation   200-299 store   300-399 rpc/services   400-499 auth
//   500-599 client/cli   600-699 device protocols   700-799 hub / crypto
//   800-899 agent, workloads, field install   900-999 imported files   1000-1099 sync
enum class Code : int {
    Ok = 0,
    Internal = 1,
    InvalidArgument = 2,
    NotFound = 3,
    AlreadyExists = 4,
    FailedPrecondition = 5,
    Unavailable = 6,
    Cancelled = 7,
    DeadlineExceeded = 8,
    Conflict = 9,

    Validation = 100,

    StoreIo = 200,
    StoreCorrupt = 201,
    StoreConstraint = 202,
    StoreMigration = 203,
    StoreFull = 204,

    Rpc = 300,

    Unauthenticated = 400,
    PermissionDenied = 401,
    TokenExpired = 402,

    Usage = 500,

    DeviceIo = 600,       // a device (Modbus, SNMP) did not answer or the link failed
    DeviceProtocol = 601, // a device answered with an error or a value that makes no sense

    Crypto = 700,

    WorkloadFailed = 800, // the container runtime refused or failed a workload
    ImageIntegrity = 801, // a transferred image archive does not match its sha256
    InstallFailed = 802,  // a field-install step failed (the message names the step)

    BadInput = 900, // an imported file (CSV, GeoJSON, WAV) is malformed: the message names the
                    // file, line/column or field, what is wrong and what to do

    BundleInvalid = 1000, // a sync bundle is altered, truncated, signed by an unexpected key or
                          // not a bundle at all: refused, nothing applied
};

// A failure that crosses a module boundary. `message` is for people (translated where shown);
// `detail` is for logs and bug reports (field names, SQL error text, file paths, never secrets).
struct Error {
    Code code = Code::Internal;
    QString message;
    QString detail;
    // For validation errors: the field that is wrong, so a form can point at it.
    QString field;

    QString toString() const;
};

template<class T>
using Result = std::expected<T, Error>;

// Builds an unexpected Error in one expression: `return fail(Code::NotFound, msg);`
inline std::unexpected<Error> fail(Code code, QString message, QString detail = {},
                                   QString field = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(detail), std::move(field)});
}

QString codeName(Code code);

} // namespace edge::api

// Programmer errors: logs file and line, never throws. Use for "cannot happen" paths only.
#define EC_ASSERT(cond, action)                                                                    \
    if (Q_LIKELY(cond)) {                                                                          \
    } else {                                                                                       \
        ::edge::api::detail::assertFailed(#cond, __FILE__, __LINE__);                              \
        action;                                                                                    \
    }                                                                                              \
    do {                                                                                           \
    } while (false)

namespace edge::api::detail {
void assertFailed(const char *condition, const char *file, int line);
}
