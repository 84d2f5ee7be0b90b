#pragma once

#include "backend/api/clock.h"
#include "backend/api/store.h"
#include "backend/api/user.h"

#include <QString>

namespace grpc {
class ServerContextBase;
}

namespace edge::services {

// Who is calling: established from the bearer token of a request.
struct Caller {
    QString userName;
    api::Role role = api::Role::Viewer;
    QString tokenHash; // sha256 of the token, hex (never the token itself)
    qint64 expiresAtMs = 0;
};

// Sessions and the role checks of every service. Sessions live in the store as sha256(token) with
// an expiry; the user's current role and disabled flag are read on every call, so demoting,
// disabling or removing a user takes effect at once.
class Authenticator {
public:
    static constexpr qint64 kDefaultSessionTtlMs = 12LL * 3600 * 1000;

    Authenticator(api::Store &store, const api::Clock &clock,
                  qint64 sessionTtlMs = kDefaultSessionTtlMs);

    // Checks the password and opens a session. Every failure (unknown user, wrong password,
    // disabled user) returns the same Code::Unauthenticated error; the log says which, never
    // the password. `peer` is logged with failures.
    api::Result<api::Session> login(const QString &userName, const QString &password,
                                    const QString &peer = {});
    // Opens a session without a password: for the embedded hub's local user only.
    api::Result<api::Session> openSession(const QString &userName);
    // Ends the caller's session.
    api::Result<void> logout(const Caller &caller);

    // The bearer token of a request ("authorization: Bearer <token>").
    // Missing or unknown token: Code::Unauthenticated; expired: Code::TokenExpired.
    api::Result<Caller> authenticate(const grpc::ServerContextBase &context);
    api::Result<Caller> authenticateToken(const QString &token);

    // The one authorization rule: the caller's role must allow `need`.
    static api::Result<void> require(const Caller &caller, api::Role need);
    // authenticate() and require() in one step, which is what almost every handler does.
    api::Result<Caller> authorize(const grpc::ServerContextBase &context, api::Role need);

    qint64 sessionTtlMs() const { return m_ttlMs; }

private:
    api::Result<api::Session> createSession(const api::User &user);

    api::Store &m_store;
    const api::Clock &m_clock;
    qint64 m_ttlMs;
};

} // namespace edge::services
