#pragma once

#include "backend/api/agentstore.h"
#include "backend/api/clock.h"
#include "backend/api/store.h"
#include "backend/api/syncstore.h"
#include "backend/services/authenticator.h"
#include "backend/services/enrollmentservice.h"

#include <QString>
#include <memory>

namespace grpc {
class ServerBuilder;
}

namespace edge::services {

class AgentControlService;
class AttachmentsService;
class AuthService;
class ChangeFeed;
class EnrollmentService;
class HealthService;
class InventoryService;
class NodesService;
class SyncService;
class UsersService;

struct ServicesOptions {
    qint64 sessionTtlMs = Authenticator::kDefaultSessionTtlMs;
    QString version;  // reported by Health.Check; empty = the project version
    CsrSigner signer; // signs the certificates of enrolling nodes; empty = Enroll is unavailable
    // Edge agents (issue 3): with an agent store the Nodes and AgentControl services are served.
    api::AgentStore *agentStore = nullptr;
    qint64 heartbeatIntervalMs = api::kDefaultHeartbeatIntervalMs;
    QString imagesDir; // pushed image archives
    // Sync (issue 5): with a sync store the Sync service is served.
    api::SyncStore *syncStore = nullptr;
};

// All gRPC services of the hub over one store, ready to be registered with a server.
// Shutdown order: beginShutdown() (ends Watch streams), then shut the grpc::Server down, then
// stop() (or destroy), then the store.
class Services {
public:
    Services(api::Store &store, const api::Clock &clock, ServicesOptions options = {});
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    void registerWith(grpc::ServerBuilder &builder);
    Authenticator &authenticator() { return m_auth; }
    // Null without an agent store.
    AgentControlService *agentControl() { return m_agentControl.get(); }

    void beginShutdown();
    void stop();

private:
    Authenticator m_auth;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<InventoryService> m_inventory;
    std::unique_ptr<AuthService> m_authService;
    std::unique_ptr<UsersService> m_users;
    std::unique_ptr<HealthService> m_health;
    std::unique_ptr<EnrollmentService> m_enrollment;
    std::unique_ptr<AgentControlService> m_agentControl;
    std::unique_ptr<NodesService> m_nodes;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<AttachmentsService> m_attachments; // with a sync store
};

} // namespace edge::services
