#pragma once

#include "backend/api/clock.h"
#include "backend/api/store.h"
#include "backend/services/authenticator.h"

#include "edge.grpc.pb.h"

namespace edge::services {

// edge.v1.Health. Needs no token; without a valid one it reveals only status, version and
// revision (enough for load balancers and "is the hub up" checks).
class HealthService final : public v1::Health::CallbackService {
public:
    HealthService(api::Store &store, Authenticator &auth, const api::Clock &clock, QString version);

    grpc::ServerUnaryReactor *Check(grpc::CallbackServerContext *context,
                                    const v1::HealthCheckRequest *request,
                                    v1::HealthCheckResponse *response) override;

private:
    api::Store &m_store;
    Authenticator &m_auth;
    const api::Clock &m_clock;
    QString m_version;
    qint64 m_startedAtMs;
};

} // namespace edge::services
