#pragma once

#include "backend/services/authenticator.h"

#include "edge.grpc.pb.h"

namespace edge::services {

// edge.v1.Auth: sign in (no token needed), sign out, who am I.
class AuthService final : public v1::Auth::CallbackService {
public:
    explicit AuthService(Authenticator &auth);

    grpc::ServerUnaryReactor *Login(grpc::CallbackServerContext *context,
                                    const v1::LoginRequest *request,
                                    v1::Session *response) override;
    grpc::ServerUnaryReactor *Logout(grpc::CallbackServerContext *context,
                                     const v1::LogoutRequest *request,
                                     v1::LogoutResponse *response) override;
    grpc::ServerUnaryReactor *WhoAmI(grpc::CallbackServerContext *context,
                                     const v1::WhoAmIRequest *request,
                                     v1::Session *response) override;

private:
    Authenticator &m_auth;
};

} // namespace edge::services
