#pragma once

#include "backend/api/error.h"

#include <QString>

namespace edge::api {

// A one-time bootstrap token as the hub issued it. The token itself is shown once and never
// stored by the console.
struct IssuedBootstrapToken {
    QString token; // 43 characters (256 bits, base64url without padding)
    QString siteId;
    QString siteName;
    QString nodeName; // empty: the agent names itself
    qint64 expiresAtMs = 0;
};

// Issuing bootstrap tokens for edge nodes, as console widgets see it (issue 3). Implemented over
// gRPC by backend/client (client::Client::createBootstrapToken). Synchronous and thread-safe.
class Enrollment {
public:
    virtual ~Enrollment() = default;
    // Needs an operator session. `site` is a site id or name; ttlMs 0 = the hub's default.
    virtual Result<IssuedBootstrapToken> issueBootstrapToken(const QString &site, qint64 ttlMs,
                                                             const QString &nodeName = {}) = 0;
};

} // namespace edge::api
