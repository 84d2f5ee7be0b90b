#pragma once

#include "app/edgectl/tokenstore.h"
#include "backend/api/inventory.h"
#include "backend/api/store.h"

#include <memory>

namespace edge::hub {
class Hub;
}
namespace edge::api {
class SyncStore;
}
namespace grpc {
class Channel;
}
namespace edge::client {
class Client;
}

namespace edge::edgectl {

// The options every command accepts, before or after the command.
struct GlobalOptions {
    QString dataDir;   // --data: offline field mode on a local store
    QString hub;       // --hub HOST:PORT: a remote hub over TLS
    QString ca;        // --ca FILE: the remote hub's CA certificate
    QString user;      // --user: whose saved sign-in to use (and who logs in)
    bool json = false; // --json
};

// How much sign-in a command needs.
enum class Auth {
    None,     // no token at all (login)
    Optional, // use a saved token when there is one (health)
    Required, // everything else
};

// The hub a command talks to: an embedded hub on --data (as its local administrator) or a remote
// hub on --hub with the saved token of --user (or of the user who logged in last).
class Connection {
public:
    ~Connection();
    static api::Result<std::unique_ptr<Connection>> open(const GlobalOptions &options, Auth auth);

    api::Inventory &inventory();
    api::Accounts &accounts();
    client::Client &client();

    bool isLocal() const { return m_hub != nullptr; }
    // The store of the embedded hub in --data mode (null for a remote hub). Other processes may
    // write to the same store; only reading it directly sees their changes.
    api::Store *localStore();
    // The sync side of that store (null for a remote hub).
    api::SyncStore *localSyncStore();
    // The channel client() talks over (the embedded hub's in-process channel or TLS to --hub), for
    // other clients of the same hub (client::SyncClient) that use client().token().
    std::shared_ptr<grpc::Channel> channel() const { return m_channel; }
    QString hubAddress() const { return m_options.hub; }
    QString caPath() const { return m_caPath; }
    // The signed-in user (the local administrator in --data mode); empty without a token.
    QString userName() const { return m_userName; }
    api::Role role() const { return m_role; }
    qint64 expiresAtMs() const { return m_expiresAtMs; }

    // Adds what a person needs to know to an error from the hub: log in again on an invalid
    // token, check the address when the hub is unreachable.
    api::Error explain(api::Error error) const;
    // "edgectl --hub H --ca F login --user U", for hints.
    QString loginCommand(const QString &user = {}) const;

private:
    Connection() = default;

    GlobalOptions m_options;
    QString m_caPath;
    QString m_userName;
    api::Role m_role = api::Role::Viewer;
    qint64 m_expiresAtMs = 0;
    bool m_usedToken = false;
    // Declared before the client so the client (which uses the hub's channel) goes first.
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<client::Client> m_client;
};

} // namespace edge::edgectl
