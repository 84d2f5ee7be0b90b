#pragma once

#include "backend/sync/syncmanager.h"
#include "widgets/common/hubconnector.h"

#include <QString>
#include <memory>
#include <mutex>

namespace edge::hub {
class Hub;
}
namespace edge::client {
class Client;
}

namespace edge::console {

// The console's HubConnector: the embedded hub (edge::hub::Hub on the data directory, reached
// through its in-process channel as the local admin) and remote hubs (edge::client::Client over
// TLS, signed in with a password). Seeds the demo estate on the first start of a data directory
// (store setting "demo.seeded") unless told not to.
//
// With `agentListen` ("HOST:PORT") the embedded hub also listens there, TLS only with mutual TLS
// for edge agents, exactly as edge-hub. When that fails (the port is taken), the hub opens
// without a listener and agentListenError() says why: the console still starts.
class ConsoleConnector final : public widgets::HubConnector {
public:
    ConsoleConnector(const QString &dataDir, bool seedDemo, const QString &agentListen = {});
    ~ConsoleConnector() override;

    api::Result<widgets::HubConnection> connectEmbedded() override;
    api::Result<widgets::HubConnection> connectRemote(
        const widgets::RemoteHubParams &params) override;

    QString dataDir() const { return m_dataDir; }
    // The embedded hub, once connectEmbedded() opened it (else null).
    hub::Hub *embeddedHub();
    // Another client on the embedded hub, signed in as the local user (tests use it as a second user).
    api::Result<std::shared_ptr<client::Client>> newEmbeddedClient();
    // The sync control of the embedded hub's store (issue 5), once connectEmbedded() opened it;
    // it reaches sync hubs over TLS with remoteHubAccess(). Destroy it before shutdown().
    api::Result<std::unique_ptr<sync::SyncManager>> createSyncManager(
        const api::Clock &clock, sync::SyncManagerOptions options = {});
    // Health, sign-in and sync peers of hubs over TLS (client::Client, client::SyncClient).
    static sync::HubAccess remoteHubAccess();
    // Stops the embedded hub (after the caller stopped every background call).
    void shutdown();

    // The address asked for (empty: no listener wanted).
    QString agentListenRequested() const { return m_agentListen; }
    // The address the embedded hub listens on for agents ("0.0.0.0:7443"; the real port when 0
    // was asked for); empty without a listener (not wanted, not open yet, or failed).
    QString agentListenAddress();
    // Why the listener could not be opened (translated); empty when it is up or not wanted.
    QString agentListenError();
    // The addresses agents can dial for `listenAddress`: itself for a specific host; for a
    // wildcard this machine's non-loopback IPv4 addresses (QNetworkInterface), else its host name.
    static QStringList agentDialAddresses(const QString &listenAddress);
    // This machine's non-loopback IPv4 addresses on interfaces that are up.
    static QStringList localIpv4Addresses();

private:
    api::Result<void> openHub(); // with m_mutex held
    void seedDemoIfFirstStart(api::Inventory &inventory);
    api::Result<api::Session> renewLocalSession();

    std::recursive_mutex m_mutex; // recursive: a renewal may run inside connectEmbedded()
    const QString m_dataDir;
    const bool m_seedDemo;
    const QString m_agentListen;
    QString m_agentListenError;
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<api::Inventory> m_inventory;
    std::shared_ptr<api::Accounts> m_accounts;
    std::shared_ptr<api::Nodes> m_nodes;
    std::shared_ptr<api::Enrollment> m_enrollment;
    api::Session m_session;
};

} // namespace edge::console
