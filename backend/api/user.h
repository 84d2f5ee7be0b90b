#pragma once

#include "backend/api/error.h"

#include <QList>
#include <QString>
#include <optional>

namespace edge::api {

// Roles, in increasing power. A role may do everything the roles below it may.
//   viewer: read inventory and watch changes
//   operator: also create, edit and delete inventory
//   admin: also manage users
enum class Role { Viewer = 0, Operator = 1, Admin = 2 };
QString roleName(Role r); // "viewer", "operator", "admin"
std::optional<Role> roleFromName(const QString &name);
QString roleLabel(Role r); // translated
inline bool roleAllows(Role have, Role need) { return int(have) >= int(need); }

struct User {
    QString id;
    qint64 revision = 0;
    QString name; // login name: 1-64 of [a-z0-9._-], starting with a letter or digit
    QString displayName;
    Role role = Role::Viewer;
    bool disabled = false;
};
Result<void> validate(const User &u);

// Password rules for new passwords (login accepts any stored password).
Result<void> validatePassword(const QString &password);

// A signed-in session. The token is a bearer secret: never log or store it in clear.
struct Session {
    QString token;
    QString userName;
    Role role = Role::Viewer;
    qint64 expiresAtMs = 0;
};

} // namespace edge::api
