#include "app/edgectl/connection.h"

#include "app/edgectl/tr.h"
#include "backend/api/clock.h"
#include "backend/client/client.h"
#include "backend/hub/hub.h"

#include <QDir>
#include <QFileInfo>

namespace edge::edgectl {

Connection::~Connection()
{
    m_client.reset();
    m_channel.reset();
    m_hub.reset();
}

api::Inventory &Connection::inventory() { return *m_client; }

api::Accounts &Connection::accounts() { return *m_client; }

api::Store *Connection::localStore() { return m_hub ? &m_hub->store() : nullptr; }

api::SyncStore *Connection::localSyncStore() { return m_hub ? m_hub->syncStore() : nullptr; }

client::Client &Connection::client() { return *m_client; }

QString Connection::loginCommand(const QString &user) const
{
    const QString u = user.isEmpty() ? (m_userName.isEmpty() ? QStringLiteral("NAME") : m_userName)
                                     : user;
    const QString ca = m_caPath.isEmpty() ? QStringLiteral("CA.pem") : m_caPath;
    return QStringLiteral("edgectl --hub %1 --ca %2 login --user %3").arg(m_options.hub, ca, u);
}

api::Result<std::unique_ptr<Connection>> Connection::open(const GlobalOptions &options, Auth auth)
{
    std::unique_ptr<Connection> c(new Connection);
    c->m_options = options;
    if (!options.dataDir.isEmpty() && !options.hub.isEmpty())
        return api::fail(api::Code::Usage, Tr::tr("give either --data or --hub, not both"));
    if (options.dataDir.isEmpty() && options.hub.isEmpty())
        return api::fail(api::Code::Usage,
                         Tr::tr("no hub chosen: give --data DIR to work on a local store, or "
                                "--hub HOST:PORT --ca FILE for a remote hub"));

    if (!options.dataDir.isEmpty()) {
        if (auth == Auth::None)
            return api::fail(api::Code::Usage,
                             Tr::tr("there is nothing to log in to with --data: you work on the "
                                    "local store as its administrator"));
        if (!QDir().mkpath(options.dataDir))
            return api::fail(api::Code::Internal,
                             Tr::tr("Cannot create the data directory %1.").arg(options.dataDir));
        hub::HubOptions ho;
        ho.dataDir = QFileInfo(options.dataDir).absoluteFilePath();
        auto opened = hub::Hub::open(ho);
        if (!opened)
            return std::unexpected(opened.error());
        c->m_hub = std::move(*opened);
        auto session = c->m_hub->localSession();
        if (!session)
            return std::unexpected(session.error());
        c->m_channel = c->m_hub->inProcessChannel();
        c->m_client = std::make_unique<client::Client>(c->m_channel, QStringLiteral("local store"));
        c->m_client->setToken(session->token);
        c->m_userName = session->userName;
        c->m_role = session->role;
        c->m_expiresAtMs = session->expiresAtMs;
        c->m_usedToken = true;
        return c;
    }

    TokenStore tokens;
    QString user = options.user;
    if (user.isEmpty() && auth != Auth::None) {
        user = tokens.currentUser(options.hub);
        if (user.isEmpty()) {
            // Nobody logged in last (they logged out); one remaining sign-in is unambiguous.
            const QStringList users = tokens.users(options.hub);
            if (users.size() == 1)
                user = users.first();
        }
    }
    std::optional<TokenStore::Saved> saved;
    if (auth != Auth::None && !user.isEmpty()) {
        auto loaded = tokens.load(options.hub, user);
        if (loaded)
            saved = *loaded;
        else if (loaded.error().code != api::Code::NotFound)
            return std::unexpected(loaded.error()); // e.g. a token file others can read
    }
    c->m_userName = user;
    c->m_caPath = !options.ca.isEmpty() ? options.ca : saved ? saved->caPath : QString();
    if (c->m_caPath.isEmpty())
        return api::fail(api::Code::Usage,
                         Tr::tr("--hub needs --ca FILE: the hub's CA certificate (edge-hub prints "
                                "its path when it starts)"));
    if (auth == Auth::Required && !saved) {
        return api::fail(api::Code::Unauthenticated,
                         user.isEmpty() ? Tr::tr("You are not logged in to %1. Log in first: %2")
                                              .arg(options.hub, c->loginCommand())
                                        : Tr::tr("%1 is not logged in to %2. Log in first: %3")
                                              .arg(user, options.hub, c->loginCommand(user)));
    }
    if (saved && saved->expiresAtMs > 0 && saved->expiresAtMs <= api::SystemClock().nowMs()) {
        if (auth == Auth::Required)
            return api::fail(api::Code::TokenExpired,
                             Tr::tr("The sign-in of %1 to %2 has expired. Log in again: %3")
                                 .arg(user, options.hub, c->loginCommand(user)));
        saved.reset();
    }
    auto channel = client::Client::secureChannel(options.hub, c->m_caPath);
    if (!channel)
        return std::unexpected(channel.error());
    c->m_channel = *channel;
    c->m_client = std::make_unique<client::Client>(c->m_channel, options.hub);
    if (saved) {
        c->m_client->setToken(saved->token);
        c->m_expiresAtMs = saved->expiresAtMs;
        c->m_usedToken = true;
    }
    return c;
}

api::Error Connection::explain(api::Error e) const
{
    switch (e.code) {
    case api::Code::Unauthenticated:
    case api::Code::TokenExpired:
        if (isLocal())
            break;
        if (m_usedToken) {
            e.detail = e.message;
            e.message = Tr::tr("The sign-in of %1 to %2 has expired or is no longer valid. Log in "
                               "again: %3")
                            .arg(m_userName, m_options.hub, loginCommand());
        } else {
            e.message = Tr::tr("%1 Log in first: %2").arg(e.message, loginCommand());
        }
        break;
    case api::Code::PermissionDenied:
        if (!e.message.contains(QStringLiteral("ermission")))
            e.message = Tr::tr("Permission denied: %1").arg(e.message);
        if (!m_userName.isEmpty() && !e.message.contains(m_userName))
            e.message += QLatin1Char(' ') + Tr::tr("(signed in as %1)").arg(m_userName);
        break;
    default: break;
    }
    return e;
}

} // namespace edge::edgectl
