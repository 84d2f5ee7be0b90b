#include "backend/services/authenticator.h"
#include "backend/services/servicestr.h"

#include "backend/services/logging.h"
#include "backend/services/passwordhasher.h"
#include "backend/services/secrets.h"

#include <QCoreApplication>
#include <grpcpp/server_context.h>

namespace edge::services {

namespace {

std::unexpected<api::Error> loginFailed()
{
    return api::fail(api::Code::Unauthenticated, Tr::tr("The user name or password is wrong."));
}

std::unexpected<api::Error> notSignedIn(const QString &detail)
{
    return api::fail(api::Code::Unauthenticated,
                     Tr::tr("You are not signed in, or your session has ended. "
                            "Sign in again."),
                     detail);
}

} // namespace

Authenticator::Authenticator(api::Store &store, const api::Clock &clock, qint64 sessionTtlMs)
    : m_store(store)
    , m_clock(clock)
    , m_ttlMs(sessionTtlMs > 0 ? sessionTtlMs : kDefaultSessionTtlMs)
{}

api::Result<api::Session> Authenticator::login(const QString &userName, const QString &password,
                                               const QString &peer)
{
    auto stored = m_store.getUser(userName);
    if (!stored) {
        if (stored.error().code != api::Code::NotFound)
            return std::unexpected(stored.error());
        // Same work as for a known user, so timing does not tell which names exist.
        PasswordHasher::verify(password, PasswordHasher::dummyHash());
        qCWarning(lcAuth).noquote()
            << "login failed: unknown user" << userName.left(64) << "from" << peer;
        return loginFailed();
    }
    if (!PasswordHasher::verify(password, stored->passwordHash)) {
        qCWarning(lcAuth).noquote()
            << "login failed: wrong password for user" << userName << "from" << peer;
        return loginFailed();
    }
    if (stored->user.disabled) {
        qCWarning(lcAuth).noquote()
            << "login failed: user" << userName << "is disabled; from" << peer;
        return loginFailed();
    }
    auto session = createSession(stored->user);
    if (session)
        qCInfo(lcAuth).noquote() << "user" << userName << "signed in from" << peer;
    return session;
}

api::Result<api::Session> Authenticator::openSession(const QString &userName)
{
    auto stored = m_store.getUser(userName);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->user.disabled)
        return api::fail(api::Code::PermissionDenied,
                         Tr::tr("The user '%1' is disabled.").arg(userName));
    return createSession(stored->user);
}

api::Result<api::Session> Authenticator::createSession(const api::User &user)
{
    auto token = randomUrlSafe(32);
    if (!token)
        return std::unexpected(token.error());
    const qint64 now = m_clock.nowMs();
    api::StoredSession stored;
    stored.tokenHash = sha256Hex(*token);
    stored.userName = user.name;
    stored.createdAtMs = now;
    stored.expiresAtMs = now + m_ttlMs;
    if (auto r = m_store.createSession(stored); !r)
        return std::unexpected(r.error());
    api::Session session;
    session.token = *token;
    session.userName = user.name;
    session.role = user.role;
    session.expiresAtMs = stored.expiresAtMs;
    return session;
}

api::Result<void> Authenticator::logout(const Caller &caller)
{
    auto r = m_store.removeSession(caller.tokenHash);
    if (!r && r.error().code == api::Code::NotFound)
        return {};
    if (r)
        qCInfo(lcAuth).noquote() << "user" << caller.userName << "signed out";
    return r;
}

api::Result<Caller> Authenticator::authenticate(const grpc::ServerContextBase &context)
{
    const auto &metadata = context.client_metadata();
    const auto it = metadata.find("authorization");
    if (it == metadata.end())
        return notSignedIn(QStringLiteral("no authorization metadata"));
    const QString value = QString::fromUtf8(it->second.data(), qsizetype(it->second.size()));
    static const QLatin1StringView bearer("Bearer ");
    if (!value.startsWith(bearer, Qt::CaseInsensitive))
        return notSignedIn(QStringLiteral("authorization metadata is not a bearer token"));
    return authenticateToken(value.mid(bearer.size()).trimmed());
}

api::Result<Caller> Authenticator::authenticateToken(const QString &token)
{
    if (token.isEmpty())
        return notSignedIn(QStringLiteral("empty token"));
    const QString hash = sha256Hex(token);
    auto session = m_store.findSession(hash);
    if (!session) {
        if (session.error().code == api::Code::NotFound)
            return notSignedIn(QStringLiteral("unknown token"));
        return std::unexpected(session.error());
    }
    if (session->expiresAtMs <= m_clock.nowMs()) {
        m_store.removeSession(hash);
        return api::fail(api::Code::TokenExpired,
                         Tr::tr("Your session has expired. Sign in again."));
    }
    auto user = m_store.getUser(session->userName);
    if (!user) {
        if (user.error().code == api::Code::NotFound)
            return notSignedIn(QStringLiteral("the session's user no longer exists"));
        return std::unexpected(user.error());
    }
    if (user->user.disabled)
        return notSignedIn(QStringLiteral("the session's user is disabled"));
    Caller caller;
    caller.userName = user->user.name;
    caller.role = user->user.role;
    caller.tokenHash = hash;
    caller.expiresAtMs = session->expiresAtMs;
    return caller;
}

api::Result<void> Authenticator::require(const Caller &caller, api::Role need)
{
    if (api::roleAllows(caller.role, need))
        return {};
    return api::fail(api::Code::PermissionDenied,
                     Tr::tr("This needs the role %1; you are signed in as %2 with the role %3.")
                         .arg(api::roleLabel(need), caller.userName, api::roleLabel(caller.role)),
                     QStringLiteral("need=%1 have=%2")
                         .arg(api::roleName(need), api::roleName(caller.role)));
}

api::Result<Caller> Authenticator::authorize(const grpc::ServerContextBase &context, api::Role need)
{
    auto caller = authenticate(context);
    if (!caller)
        return caller;
    if (auto r = require(*caller, need); !r)
        return std::unexpected(r.error());
    return caller;
}

} // namespace edge::services
