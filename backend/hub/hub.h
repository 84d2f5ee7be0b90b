#pragma once

#include "backend/api/agentstore.h"
#include "backend/api/clock.h"
#include "backend/api/error.h"
#include "backend/api/store.h"
#include "backend/api/syncstore.h"
#include "backend/api/user.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace grpc {
class Channel;
}

namespace edge::hub {

struct HubOptions {
    QString dataDir;
    QString listen;                   // "HOST:PORT"; "" = no network listener (embedded)
    QStringList extraSubjectAltNames; // more names for the server certificate
    qint64 sessionTtlMs = 12LL * 3600 * 1000;
    const api::Clock *clock = nullptr; // null = system clock; must outlive the hub
    // How often agents send heartbeats (told to them in Welcome); presence is judged by it.
    qint64 heartbeatIntervalMs = api::kDefaultHeartbeatIntervalMs;
    // How long the certificates the hub signs for nodes (enrollment and renewal) are valid.
    // Agents renew at two thirds of it while connected. kMinNodeCertificateValiditySeconds to
    // kMaxNodeCertificateValiditySeconds; short values are for tests.
    qint64 nodeCertificateValiditySeconds = kDefaultNodeCertificateValiditySeconds;

    static constexpr qint64 kDefaultNodeCertificateValiditySeconds = 30LL * 24 * 3600;
    static constexpr qint64 kMinNodeCertificateValiditySeconds = 60;
    static constexpr qint64 kMaxNodeCertificateValiditySeconds = 365LL * 24 * 3600;
};

// The hub: the store, the gRPC services and a server, composed. Data directory layout:
//   DIR/edge.db                  the SQLite store
//   DIR/ca.pem, DIR/ca.key       the hub's certificate authority (created once, never replaced)
//   DIR/server.pem, server.key   the TLS server certificate, issued by the CA, renewed when due
//   DIR/images/<sha256>.tar      image archives pushed for nodes (Nodes.PushImage)
// With `listen` set the server listens there with TLS only, never plaintext. The listener asks
// for a client certificate and verifies one against the CA when it is presented (edge agents);
// people's clients present none and use session tokens. The in-process channel is always there
// (the console's embedded hub uses nothing else).
class Hub {
public:
    static api::Result<std::unique_ptr<Hub>> open(const HubOptions &options);
    ~Hub();
    Hub(const Hub &) = delete;
    Hub &operator=(const Hub &) = delete;

    std::shared_ptr<grpc::Channel> inProcessChannel();
    // An admin session for the local (embedded) user, without a password.
    api::Result<api::Session> localSession();
    // The address actually listened on ("127.0.0.1:43117" when the port asked for was 0); empty
    // without a listener.
    QString listenAddress() const;
    QString caCertificatePath() const;
    // Non-empty only on the first start, when the admin password was generated. The library
    // never logs it; edge-hub prints it once.
    QString generatedAdminPassword() const;

    api::Store &store();
    api::StoreMaintenance &maintenance();
    api::AgentStore &agentStore();
    // The hub's store as a sync replica (edgectl --data and the console sync it directly).
    api::SyncStore *syncStore();

    // Ends watch streams, stops the server and the maintenance thread. Idempotent.
    void shutdown();

private:
    struct Private;
    explicit Hub(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace edge::hub
