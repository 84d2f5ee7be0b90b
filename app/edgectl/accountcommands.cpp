// Sign-in and users: login, logout, whoami, health, user add|list|edit|passwd|rm.
#include "app/edgectl/command.h"
#include "app/edgectl/password.h"
#include "app/edgectl/tokenstore.h"
#include "app/edgectl/tr.h"
#include "backend/client/client.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace edge::edgectl {

namespace {

using namespace edge::api;

QJsonObject userToJson(const User &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), roleName(u.role)},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("revision"), QJsonValue(u.revision)}};
}

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("-");
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

Result<Role> parseRole(const QString &text)
{
    const auto role = roleFromName(text);
    if (!role)
        return fail(Code::Validation,
                    Tr::tr("unknown role '%1'; use viewer, operator or admin").arg(text), {},
                    QStringLiteral("--role"));
    return *role;
}

bool passwordFromStdin(const Context &ctx)
{
    return ctx.args.has(QStringLiteral("password-stdin"));
}

OptionSpec passwordStdinOption()
{
    return {QStringLiteral("password-stdin"),
            {},
            Tr::tr("Read the password from the first line of standard input.")};
}

Result<User> findUser(Accounts &accounts, const QString &name)
{
    auto users = accounts.listUsers();
    if (!users)
        return std::unexpected(users.error());
    for (const User &u : *users)
        if (u.name == name)
            return u;
    return fail(Code::NotFound, Tr::tr("There is no user '%1'.").arg(name));
}

// ---- login / logout / whoami / health ---------------------------------------------------------

int runLogin(Context &ctx)
{
    if (!ctx.globals.dataDir.isEmpty())
        return ctx.usage(Tr::tr("there is nothing to log in to with --data: you work on the local "
                                "store as its administrator"));
    if (ctx.globals.hub.isEmpty())
        return ctx.usage(Tr::tr("login needs --hub HOST:PORT (and --ca FILE)"),
                         QStringLiteral("--hub"));
    const QString user = ctx.globals.user;
    if (user.isEmpty())
        return ctx.usage(Tr::tr("login needs --user NAME"), QStringLiteral("--user"));
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto password = readPassword(Tr::tr("Password for %1 at %2: ").arg(user, ctx.globals.hub),
                                 false, passwordFromStdin(ctx));
    if (!password)
        return ctx.fail(password.error());
    auto session = conn->accounts().login(user, *password);
    password->fill(QLatin1Char('\0'));
    if (!session)
        return ctx.out.error(session.error(), ctx.name); // no "log in again" hint for a failed login
    TokenStore tokens;
    TokenStore::Saved saved;
    saved.hub = ctx.globals.hub;
    saved.user = session->userName.isEmpty() ? user : session->userName;
    saved.token = session->token;
    saved.caPath = QFileInfo(conn->caPath()).absoluteFilePath();
    saved.expiresAtMs = session->expiresAtMs;
    if (auto ok = tokens.save(saved); !ok)
        return ctx.fail(ok.error());
    if (auto ok = tokens.setCurrentUser(saved.hub, saved.user); !ok)
        return ctx.fail(ok.error());
    if (ctx.out.json())
        ctx.out.jsonOut(
            QJsonObject{{QStringLiteral("hub"), saved.hub},
                        {QStringLiteral("user"), saved.user},
                        {QStringLiteral("role"), roleName(session->role)},
                        {QStringLiteral("expires_at_ms"), QJsonValue(session->expiresAtMs)},
                        {QStringLiteral("token_file"), tokens.tokenPath(saved.hub, saved.user)}});
    else
        ctx.out.out(Tr::tr("Logged in to %1 as %2 (%3), until %4.")
                        .arg(saved.hub, saved.user, roleName(session->role),
                             formatTime(session->expiresAtMs)));
    return 0;
}

int runLogout(Context &ctx)
{
    if (!ctx.globals.dataDir.isEmpty())
        return ctx.usage(Tr::tr("there is nothing to log out of with --data"));
    if (ctx.globals.hub.isEmpty())
        return ctx.usage(Tr::tr("logout needs --hub HOST:PORT"), QStringLiteral("--hub"));
    TokenStore tokens;
    const QString user = ctx.globals.user.isEmpty() ? tokens.currentUser(ctx.globals.hub)
                                                    : ctx.globals.user;
    if (user.isEmpty()) {
        ctx.out.err(Tr::tr("Not logged in to %1.").arg(ctx.globals.hub));
        return 0;
    }
    // Tell the hub, so the token stops working everywhere; the local file goes in any case.
    GlobalOptions g = ctx.globals;
    g.user = user;
    auto conn = Connection::open(g, Auth::Optional);
    if (conn && !(*conn)->client().token().isEmpty()) {
        if (auto out = (*conn)->accounts().logout(); !out
                                                     && out.error().code != Code::Unauthenticated
                                                     && out.error().code != Code::TokenExpired)
            ctx.out.err(
                Tr::tr("The hub did not confirm the logout (%1); the saved sign-in is removed "
                       "anyway.")
                    .arg(out.error().message));
    }
    auto removed = tokens.remove(ctx.globals.hub, user);
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.out.json())
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("hub"), ctx.globals.hub},
                                    {QStringLiteral("user"), user},
                                    {QStringLiteral("logged_out"), *removed}});
    else if (*removed)
        ctx.out.out(Tr::tr("Logged out of %1 (%2).").arg(ctx.globals.hub, user));
    else
        ctx.out.err(Tr::tr("%1 was not logged in to %2.").arg(user, ctx.globals.hub));
    return 0;
}

int runWhoAmI(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto me = conn->accounts().whoAmI();
    if (!me)
        return ctx.fail(me.error());
    const QString where = conn->isLocal() ? ctx.globals.dataDir : ctx.globals.hub;
    if (ctx.out.json()) {
        ctx.out.jsonOut(
            QJsonObject{{QStringLiteral("user"), me->userName},
                        {QStringLiteral("role"), roleName(me->role)},
                        {QStringLiteral("expires_at_ms"), QJsonValue(me->expiresAtMs)},
                        {QStringLiteral("mode"),
                         conn->isLocal() ? QStringLiteral("local") : QStringLiteral("remote")},
                        {QStringLiteral("hub"), where}});
        return 0;
    }
    ctx.out.keyValues({{Tr::tr("User"), me->userName},
                       {Tr::tr("Role"), roleLabel(me->role)},
                       {conn->isLocal() ? Tr::tr("Local store") : Tr::tr("Hub"), where},
                       {Tr::tr("Signed in until"), formatTime(me->expiresAtMs)}});
    return 0;
}

int runHealth(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto h = conn->accounts().health();
    if (!h)
        return ctx.fail(h.error());
    if (ctx.out.json()) {
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("status"), h->status},
                                    {QStringLiteral("version"), h->version},
                                    {QStringLiteral("replica_id"), h->replicaId},
                                    {QStringLiteral("revision"), QJsonValue(h->revision)},
                                    {QStringLiteral("uptime_ms"), QJsonValue(h->uptimeMs)},
                                    {QStringLiteral("store"), h->storeKind}});
        return 0;
    }
    auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    ctx.out.keyValues({{Tr::tr("Status"), orDash(h->status)},
                       {Tr::tr("Version"), orDash(h->version)},
                       {Tr::tr("Replica"), orDash(h->replicaId)},
                       {Tr::tr("Revision"), QString::number(h->revision)},
                       {Tr::tr("Up for"), Tr::tr("%1 s").arg(h->uptimeMs / 1000)},
                       {Tr::tr("Store"), orDash(h->storeKind)}});
    return 0;
}

// ---- users --------------------------------------------------------------------------------------

int runUserAdd(Context &ctx)
{
    const QString name = ctx.args.value(QStringLiteral("name"));
    if (name.isEmpty())
        return ctx.usage(Tr::tr("--name is required"), QStringLiteral("--name"));
    if (!ctx.args.has(QStringLiteral("role")))
        return ctx.usage(Tr::tr("--role is required (viewer, operator or admin)"),
                         QStringLiteral("--role"));
    auto role = parseRole(ctx.args.value(QStringLiteral("role")));
    if (!role)
        return ctx.fail(role.error());
    User u;
    u.name = name;
    u.displayName = ctx.args.value(QStringLiteral("display-name"));
    u.role = *role;
    if (auto ok = validate(u); !ok)
        return ctx.fail(ok.error());
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto password = readPassword(Tr::tr("Password for the new user %1: ").arg(name), true,
                                 passwordFromStdin(ctx));
    if (!password)
        return ctx.fail(password.error());
    if (auto ok = validatePassword(*password); !ok)
        return ctx.fail(ok.error());
    auto created = conn->accounts().createUser(u, *password);
    password->fill(QLatin1Char('\0'));
    if (!created)
        return ctx.fail(created.error());
    if (ctx.out.json())
        ctx.out.jsonOut(userToJson(*created));
    else
        ctx.out.out(Tr::tr("Created user %1 (%2).").arg(created->name, roleName(created->role)));
    return 0;
}

int runUserList(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto users = conn->accounts().listUsers();
    if (!users)
        return ctx.fail(users.error());
    if (ctx.out.json()) {
        QJsonArray a;
        for (const User &u : *users)
            a.append(userToJson(u));
        ctx.out.jsonOut(a);
        return 0;
    }
    QList<QStringList> rows;
    for (const User &u : *users)
        rows << QStringList{u.name, u.displayName.isEmpty() ? QStringLiteral("-") : u.displayName,
                            roleName(u.role), u.disabled ? Tr::tr("disabled") : Tr::tr("active")};
    ctx.out.table({Tr::tr("Name"), Tr::tr("Display name"), Tr::tr("Role"), Tr::tr("State")}, rows);
    return 0;
}

int runUserEdit(Context &ctx)
{
    const bool disable = ctx.args.has(QStringLiteral("disable"));
    const bool enable = ctx.args.has(QStringLiteral("enable"));
    if (disable && enable)
        return ctx.usage(Tr::tr("give --disable or --enable, not both"),
                         QStringLiteral("--enable"));
    std::optional<Role> role;
    if (ctx.args.has(QStringLiteral("role"))) {
        auto r = parseRole(ctx.args.value(QStringLiteral("role")));
        if (!r)
            return ctx.fail(r.error());
        role = *r;
    }
    if (!role && !disable && !enable && !ctx.args.has(QStringLiteral("display-name")))
        return ctx.usage(
            Tr::tr("nothing to change: give --role, --display-name, --disable or --enable"));
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto user = findUser(conn->accounts(), ctx.args.positionals.first());
    if (!user)
        return ctx.fail(user.error());
    if (role)
        user->role = *role;
    if (ctx.args.has(QStringLiteral("display-name")))
        user->displayName = ctx.args.value(QStringLiteral("display-name"));
    if (disable || enable)
        user->disabled = disable;
    if (auto ok = validate(*user); !ok)
        return ctx.fail(ok.error());
    auto updated = conn->accounts().updateUser(*user);
    if (!updated)
        return ctx.fail(updated.error());
    if (ctx.out.json())
        ctx.out.jsonOut(userToJson(*updated));
    else
        ctx.out.out(Tr::tr("Updated user %1.").arg(updated->name));
    return 0;
}

int runUserPasswd(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    QString name = ctx.args.positionals.value(0);
    if (name.isEmpty()) {
        auto me = conn->accounts().whoAmI();
        if (!me)
            return ctx.fail(me.error());
        name = me->userName;
    }
    auto password = readPassword(Tr::tr("New password for %1: ").arg(name), true,
                                 passwordFromStdin(ctx));
    if (!password)
        return ctx.fail(password.error());
    if (auto ok = validatePassword(*password); !ok)
        return ctx.fail(ok.error());
    auto changed = conn->accounts().setPassword(name, *password);
    password->fill(QLatin1Char('\0'));
    if (!changed)
        return ctx.fail(changed.error());
    if (ctx.out.json())
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("password_changed"), true}});
    else
        ctx.out.out(Tr::tr("Changed the password of %1.").arg(name));
    return 0;
}

int runUserRemove(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    const QString name = ctx.args.positionals.first();
    if (auto removed = conn->accounts().removeUser(name); !removed)
        return ctx.fail(removed.error());
    if (ctx.out.json())
        ctx.out.jsonOut(
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("removed"), true}});
    else
        ctx.out.out(Tr::tr("Removed user %1.").arg(name));
    return 0;
}

Command make(const QString &group, const QString &action, const QString &summary, Auth auth,
             int (*run)(Context &))
{
    Command c;
    c.group = group;
    c.action = action;
    c.summary = summary;
    c.auth = auth;
    c.run = run;
    return c;
}

} // namespace

QList<Command> accountCommands()
{
    QList<Command> out;
    const QString user = QStringLiteral("user");

    Command add = make(user, QStringLiteral("add"), Tr::tr("Create a user (admin only)."),
                       Auth::Required, runUserAdd);
    add.description = Tr::tr("The password comes from EDGE_PASSWORD, --password-stdin, or a prompt "
                             "on the terminal (asked twice); at least 8 characters.");
    add.options = {{QStringLiteral("name"), QStringLiteral("NAME"),
                    Tr::tr("Login name: lower-case letters, digits, '.', '_' or '-'.")},
                   {QStringLiteral("role"), QStringLiteral("ROLE"),
                    Tr::tr("viewer, operator or admin.")},
                   {QStringLiteral("display-name"), QStringLiteral("TEXT"),
                    Tr::tr("Name shown to people.")},
                   passwordStdinOption()};
    out << add;

    out << make(user, QStringLiteral("list"), Tr::tr("List the users."), Auth::Required,
                runUserList);

    Command edit = make(user, QStringLiteral("edit"),
                        Tr::tr("Change a user's role, display name or state."), Auth::Required,
                        runUserEdit);
    edit.synopsis = QStringLiteral("NAME");
    edit.minPositionals = edit.maxPositionals = 1;
    edit.options = {{QStringLiteral("role"), QStringLiteral("ROLE"),
                     Tr::tr("viewer, operator or admin.")},
                    {QStringLiteral("display-name"), QStringLiteral("TEXT"),
                     Tr::tr("Name shown to people.")},
                    {QStringLiteral("disable"), {}, Tr::tr("Stop the user from signing in.")},
                    {QStringLiteral("enable"), {}, Tr::tr("Let a disabled user sign in again.")}};
    out << edit;

    Command passwd = make(user, QStringLiteral("passwd"),
                          Tr::tr("Set a user's password (your own when NAME is left out)."),
                          Auth::Required, runUserPasswd);
    passwd.synopsis = QStringLiteral("[NAME]");
    passwd.maxPositionals = 1;
    passwd.description = Tr::tr("The password comes from EDGE_PASSWORD, --password-stdin, or a "
                                "prompt on the terminal (asked twice).");
    passwd.options = {passwordStdinOption()};
    out << passwd;

    Command rm = make(user, QStringLiteral("rm"), Tr::tr("Remove a user."), Auth::Required,
                      runUserRemove);
    rm.synopsis = QStringLiteral("NAME");
    rm.minPositionals = rm.maxPositionals = 1;
    out << rm;

    Command login = make({}, QStringLiteral("login"),
                         Tr::tr("Sign in to a remote hub and save the token for later commands."),
                         Auth::None, runLogin);
    login.description = Tr::tr(
        "Needs --hub, --ca and --user. The password comes from EDGE_PASSWORD, "
        "--password-stdin, or a prompt on the terminal (never echoed). The token is saved, "
        "readable only by you, under $XDG_CONFIG_HOME/edgeconsole/tokens/ (or "
        "~/.config/edgeconsole/tokens/).");
    login.options = {passwordStdinOption()};
    out << login;

    Command logout = make({}, QStringLiteral("logout"),
                          Tr::tr("Sign out of a remote hub and remove the saved token."),
                          Auth::Optional, runLogout);
    out << logout;

    out << make({}, QStringLiteral("whoami"), Tr::tr("Show who you are signed in as."),
                Auth::Required, runWhoAmI);
    out << make({}, QStringLiteral("health"), Tr::tr("Show the hub's health."), Auth::Optional,
                runHealth);
    return out;
}

} // namespace edge::edgectl
