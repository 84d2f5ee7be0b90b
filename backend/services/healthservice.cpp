#include "backend/services/healthservice.h"

#include "backend/proto/convert.h"
#include "backend/services/unary.h"

namespace edge::services {

HealthService::HealthService(api::Store &store, Authenticator &auth, const api::Clock &clock,
                             QString version)
    : m_store(store)
    , m_auth(auth)
    , m_clock(clock)
    , m_version(std::move(version))
    , m_startedAtMs(clock.nowMs())
{}

grpc::ServerUnaryReactor *HealthService::Check(grpc::CallbackServerContext *context,
                                               const v1::HealthCheckRequest *,
                                               v1::HealthCheckResponse *response)
{
    return detail::unary(context, "Health.Check", [&]() -> api::Result<void> {
        response->set_status("serving");
        response->set_version(proto::toStd(m_version));
        response->set_revision(m_store.revision());
        const auto &metadata = context->client_metadata();
        if (metadata.find("authorization") != metadata.end() && m_auth.authenticate(*context)) {
            response->set_replica_id(proto::toStd(m_store.replicaId()));
            response->set_uptime_ms(m_clock.nowMs() - m_startedAtMs);
            response->set_store_kind(proto::toStd(m_store.kindName()));
        }
        return {};
    });
}

} // namespace edge::services
