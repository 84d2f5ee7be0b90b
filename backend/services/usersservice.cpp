#include "backend/services/usersservice.h"
#include "backend/services/servicestr.h"

#include "backend/proto/convert.h"
#include "backend/services/logging.h"
#include "backend/services/passwordhasher.h"
#include "backend/services/unary.h"

#include <QCoreApplication>

namespace edge::services {

using detail::unary;

UsersService::UsersService(api::Store &store, Authenticator &auth)
    : m_store(store)
    , m_auth(auth)
{}

api::Result<void> UsersService::keepAnAdmin(const QString &userName)
{
    auto users = m_store.listUsers();
    if (!users)
        return std::unexpected(users.error());
    for (const api::User &u : std::as_const(*users))
        if (u.name != userName && u.role == api::Role::Admin && !u.disabled)
            return {};
    return api::fail(api::Code::FailedPrecondition,
                     Tr::tr("'%1' is the last enabled administrator; make another user an "
                            "administrator first.")
                         .arg(userName));
}

grpc::ServerUnaryReactor *UsersService::List(grpc::CallbackServerContext *context,
                                             const v1::ListUsersRequest *,
                                             v1::ListUsersResponse *response)
{
    return unary(context, "Users.List", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Admin);
        if (!caller)
            return std::unexpected(caller.error());
        auto users = m_store.listUsers();
        if (!users)
            return std::unexpected(users.error());
        for (const api::User &u : std::as_const(*users))
            proto::toProto(u, response->add_users());
        return {};
    });
}

grpc::ServerUnaryReactor *UsersService::Create(grpc::CallbackServerContext *context,
                                               const v1::CreateUserRequest *request,
                                               v1::User *response)
{
    return unary(context, "Users.Create", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Admin);
        if (!caller)
            return std::unexpected(caller.error());
        auto user = proto::fromProto(request->user());
        if (!user)
            return std::unexpected(user.error());
        if (auto v = api::validate(*user); !v)
            return v;
        const QString password = proto::fromStd(request->password());
        if (auto v = api::validatePassword(password); !v)
            return v;
        auto hash = PasswordHasher::hash(password);
        if (!hash)
            return std::unexpected(hash.error());
        auto created = m_store.createUser(*user, *hash, caller->userName);
        if (!created)
            return std::unexpected(created.error());
        qCInfo(lcAuth).noquote() << caller->userName << "created user" << created->user.name
                                 << "with role" << api::roleName(created->user.role);
        proto::toProto(created->user, response);
        return {};
    });
}

grpc::ServerUnaryReactor *UsersService::Update(grpc::CallbackServerContext *context,
                                               const v1::UpdateUserRequest *request,
                                               v1::User *response)
{
    return unary(context, "Users.Update", [&]() -> api::Result<void> {
        auto caller = m_auth.authenticate(*context);
        if (!caller)
            return std::unexpected(caller.error());
        auto user = proto::fromProto(request->user());
        if (!user)
            return std::unexpected(user.error());
        if (auto v = api::validate(*user); !v)
            return v;
        auto current = m_store.getUser(user->name);
        if (!current)
            return std::unexpected(current.error());
        if (request->user().role().empty()) // not given: unchanged
            user->role = current->user.role;
        const bool powerChange = user->role != current->user.role
                                 || user->disabled != current->user.disabled;
        // Anyone may edit their own display name; everything else is for admins.
        if (caller->userName != user->name || powerChange) {
            if (auto r = Authenticator::require(*caller, api::Role::Admin); !r)
                return r;
        }
        const bool losesAdmin = current->user.role == api::Role::Admin && !current->user.disabled
                                && (user->role != api::Role::Admin || user->disabled);
        if (losesAdmin) {
            if (auto r = keepAnAdmin(user->name); !r)
                return r;
        }
        auto updated = m_store.updateUser(*user, caller->userName);
        if (!updated)
            return std::unexpected(updated.error());
        if (powerChange)
            qCInfo(lcAuth).noquote()
                << caller->userName << "changed user" << updated->name << "to role"
                << api::roleName(updated->role) << (updated->disabled ? "(disabled)" : "(enabled)");
        proto::toProto(*updated, response);
        return {};
    });
}

grpc::ServerUnaryReactor *UsersService::SetPassword(grpc::CallbackServerContext *context,
                                                    const v1::SetPasswordRequest *request,
                                                    v1::SetPasswordResponse *)
{
    return unary(context, "Users.SetPassword", [&]() -> api::Result<void> {
        auto caller = m_auth.authenticate(*context);
        if (!caller)
            return std::unexpected(caller.error());
        const QString name = proto::fromStd(request->user_name());
        if (name != caller->userName) {
            if (auto r = Authenticator::require(*caller, api::Role::Admin); !r)
                return r;
        }
        const QString password = proto::fromStd(request->password());
        if (auto v = api::validatePassword(password); !v)
            return v;
        auto hash = PasswordHasher::hash(password);
        if (!hash)
            return std::unexpected(hash.error());
        if (auto r = m_store.setPasswordHash(name, *hash, caller->userName); !r)
            return r;
        qCInfo(lcAuth).noquote() << caller->userName << "set the password of user" << name;
        return {};
    });
}

grpc::ServerUnaryReactor *UsersService::Remove(grpc::CallbackServerContext *context,
                                               const v1::RemoveUserRequest *request,
                                               v1::RemoveUserResponse *)
{
    return unary(context, "Users.Remove", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Admin);
        if (!caller)
            return std::unexpected(caller.error());
        const QString name = proto::fromStd(request->user_name());
        auto current = m_store.getUser(name);
        if (!current)
            return std::unexpected(current.error());
        if (current->user.role == api::Role::Admin && !current->user.disabled) {
            if (auto r = keepAnAdmin(name); !r)
                return r;
        }
        if (auto r = m_store.removeUser(name, caller->userName); !r)
            return r;
        qCInfo(lcAuth).noquote() << caller->userName << "removed user" << name;
        return {};
    });
}

} // namespace edge::services
