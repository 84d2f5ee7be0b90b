#include "backend/services/authservice.h"

#include "backend/proto/convert.h"
#include "backend/services/unary.h"

namespace edge::services {

using detail::unary;

AuthService::AuthService(Authenticator &auth)
    : m_auth(auth)
{}

grpc::ServerUnaryReactor *AuthService::Login(grpc::CallbackServerContext *context,
                                             const v1::LoginRequest *request, v1::Session *response)
{
    return unary(context, "Auth.Login", [&]() -> api::Result<void> {
        auto session = m_auth.login(proto::fromStd(request->user_name()),
                                    proto::fromStd(request->password()),
                                    proto::fromStd(context->peer()));
        if (!session)
            return std::unexpected(session.error());
        proto::toProto(*session, response);
        return {};
    });
}

grpc::ServerUnaryReactor *AuthService::Logout(grpc::CallbackServerContext *context,
                                              const v1::LogoutRequest *, v1::LogoutResponse *)
{
    return unary(context, "Auth.Logout", [&]() -> api::Result<void> {
        auto caller = m_auth.authenticate(*context);
        if (!caller)
            return std::unexpected(caller.error());
        return m_auth.logout(*caller);
    });
}

grpc::ServerUnaryReactor *AuthService::WhoAmI(grpc::CallbackServerContext *context,
                                              const v1::WhoAmIRequest *, v1::Session *response)
{
    return unary(context, "Auth.WhoAmI", [&]() -> api::Result<void> {
        auto caller = m_auth.authenticate(*context);
        if (!caller)
            return std::unexpected(caller.error());
        api::Session session;
        session.userName = caller->userName;
        session.role = caller->role;
        session.expiresAtMs = caller->expiresAtMs;
        proto::toProto(session, response);
        return {};
    });
}

} // namespace edge::services
