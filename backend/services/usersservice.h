#pragma once

#include "backend/api/store.h"
#include "backend/services/authenticator.h"

#include "edge.grpc.pb.h"

namespace edge::services {

// edge.v1.Users: admins manage users. Everyone may set their own password and display name (not
// their role). The last enabled admin cannot be removed, disabled or demoted.
class UsersService final : public v1::Users::CallbackService {
public:
    UsersService(api::Store &store, Authenticator &auth);

    grpc::ServerUnaryReactor *List(grpc::CallbackServerContext *context,
                                   const v1::ListUsersRequest *request,
                                   v1::ListUsersResponse *response) override;
    grpc::ServerUnaryReactor *Create(grpc::CallbackServerContext *context,
                                     const v1::CreateUserRequest *request,
                                     v1::User *response) override;
    grpc::ServerUnaryReactor *Update(grpc::CallbackServerContext *context,
                                     const v1::UpdateUserRequest *request,
                                     v1::User *response) override;
    grpc::ServerUnaryReactor *SetPassword(grpc::CallbackServerContext *context,
                                          const v1::SetPasswordRequest *request,
                                          v1::SetPasswordResponse *response) override;
    grpc::ServerUnaryReactor *Remove(grpc::CallbackServerContext *context,
                                     const v1::RemoveUserRequest *request,
                                     v1::RemoveUserResponse *response) override;

private:
    // Fails when no enabled admin other than `userName` would remain.
    api::Result<void> keepAnAdmin(const QString &userName);

    api::Store &m_store;
    Authenticator &m_auth;
};

} // namespace edge::services
