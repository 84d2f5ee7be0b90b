#include "backend/services/services.h"

#include "backend/services/agentcontrolservice.h"
#include "backend/services/attachmentsservice.h"
#include "backend/services/authservice.h"
#include "backend/services/changefeed.h"
#include "backend/services/enrollmentservice.h"
#include "backend/services/healthservice.h"
#include "backend/services/inventoryservice.h"
#include "backend/services/nodesservice.h"
#include "backend/services/syncservice.h"
#include "backend/services/usersservice.h"

#include <grpcpp/server_builder.h>

namespace edge::services {

Services::Services(api::Store &store, const api::Clock &clock, ServicesOptions options)
    : m_auth(store, clock, options.sessionTtlMs)
    , m_feed(std::make_unique<ChangeFeed>(store))
    , m_inventory(std::make_unique<InventoryService>(store, m_auth, *m_feed))
    , m_authService(std::make_unique<AuthService>(m_auth))
    , m_users(std::make_unique<UsersService>(store, m_auth))
    , m_health(std::make_unique<HealthService>(store, m_auth, clock,
                                               options.version.isEmpty()
                                                   ? QStringLiteral(EDGE_VERSION)
                                                   : options.version))
    , m_enrollment(std::make_unique<EnrollmentService>(store, m_auth, clock, options.signer))
{
    if (options.agentStore) {
        AgentControlOptions ao;
        ao.heartbeatIntervalMs = options.heartbeatIntervalMs;
        ao.imagesDir = options.imagesDir;
        ao.signer = options.signer;
        m_agentControl = std::make_unique<AgentControlService>(store, *options.agentStore, clock,
                                                               std::move(ao));
        m_nodes = std::make_unique<NodesService>(store, *options.agentStore, m_auth, clock,
                                                 *m_agentControl);
    }
    if (options.syncStore)
        m_sync = std::make_unique<SyncService>(*options.syncStore, m_auth);
    if (options.syncStore)
        m_attachments = std::make_unique<AttachmentsService>(*options.syncStore, m_auth);
}

Services::~Services() { stop(); }

void Services::registerWith(grpc::ServerBuilder &builder)
{
    builder.RegisterService(m_inventory.get());
    builder.RegisterService(m_authService.get());
    builder.RegisterService(m_users.get());
    builder.RegisterService(m_health.get());
    builder.RegisterService(m_enrollment.get());
    if (m_agentControl) {
        builder.RegisterService(m_agentControl.get());
        builder.RegisterService(m_nodes.get());
    }
    if (m_sync)
        builder.RegisterService(m_sync.get());
    if (m_attachments)
        builder.RegisterService(m_attachments.get());
}

void Services::beginShutdown()
{
    m_feed->closeAll();
    if (m_agentControl)
        m_agentControl->closeAll();
}

void Services::stop()
{
    m_feed->closeAll();
    if (m_agentControl)
        m_agentControl->closeAll();
    m_feed->stop();
}

} // namespace edge::services
