#include "backend/api/user.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace edge::api {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("edge::api", text); }
} // namespace

QString roleName(Role r)
{
    switch (r) {
    case Role::Viewer: return QStringLiteral("viewer");
    case Role::Operator: return QStringLiteral("operator");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Viewer, Role::Operator, Role::Admin})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

QString roleLabel(Role r)
{
    switch (r) {
    case Role::Viewer: return tr("Viewer");
    case Role::Operator: return tr("Operator");
    case Role::Admin: return tr("Administrator");
    }
    return {};
}

Result<void> validate(const User &u)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!re.match(u.name).hasMatch())
        return fail(Code::Validation,
                    tr("A user name is 1-64 lower-case letters, digits, '.', '_' or '-', starting "
                       "with a letter or digit."),
                    {}, QStringLiteral("name"));
    if (u.displayName.size() > 100)
        return fail(Code::Validation, tr("The display name is longer than 100 characters."), {},
                    QStringLiteral("display_name"));
    return {};
}

Result<void> validatePassword(const QString &password)
{
    if (password.size() < 8)
        return fail(Code::Validation, tr("A password needs at least 8 characters."), {},
                    QStringLiteral("password"));
    if (password.size() > 1024)
        return fail(Code::Validation, tr("A password may have at most 1024 characters."), {},
                    QStringLiteral("password"));
    return {};
}

} // namespace edge::api
