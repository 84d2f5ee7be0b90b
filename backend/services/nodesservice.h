#pragma once

#include "backend/api/agentstore.h"
#include "backend/api/clock.h"
#include "backend/api/store.h"
#include "backend/services/agentcontrolservice.h"
#include "backend/services/authenticator.h"

#include "edge.grpc.pb.h"

namespace edge::services {

// edge.v1.Nodes: presence, desired state, metrics, events and image pushes of edge nodes, for
// people's clients (console, edgectl). Viewers read; operators change the desired state and push
// images. Agents never call it (they use AgentControl).
class NodesService final : public v1::Nodes::CallbackService {
public:
    static constexpr qint64 kMaxImageBytes = 16LL * 1024 * 1024 * 1024;
    static constexpr int kMaxImageChunkBytes = 1024 * 1024;

    NodesService(api::Store &store, api::AgentStore &agents, Authenticator &auth,
                 const api::Clock &clock, AgentControlService &control);

    grpc::ServerUnaryReactor *Status(grpc::CallbackServerContext *context,
                                     const v1::NodeStatusRequest *request,
                                     v1::NodeStatusResponse *response) override;
    grpc::ServerUnaryReactor *GetDesiredState(grpc::CallbackServerContext *context,
                                              const v1::DesiredStateRequest *request,
                                              v1::DesiredState *response) override;
    grpc::ServerUnaryReactor *SetDesiredState(grpc::CallbackServerContext *context,
                                              const v1::SetDesiredStateRequest *request,
                                              v1::DesiredState *response) override;
    grpc::ServerUnaryReactor *Metrics(grpc::CallbackServerContext *context,
                                      const v1::MetricsRequest *request,
                                      v1::MetricsResponse *response) override;
    grpc::ServerUnaryReactor *Events(grpc::CallbackServerContext *context,
                                     const v1::EventsRequest *request,
                                     v1::EventsResponse *response) override;
    grpc::ServerReadReactor<v1::PushImageRequest> *PushImage(
        grpc::CallbackServerContext *context, v1::PushImageResponse *response) override;

    // The status of every node (or those of one site), as Nodes.Status returns it.
    api::Result<QList<api::NodeStatus>> nodeStatus(const QString &siteId);

private:
    class PushImageReactor;
    api::Result<api::Record> findNode(const QString &nodeId);

    api::Store &m_store;
    api::AgentStore &m_agents;
    Authenticator &m_auth;
    const api::Clock &m_clock;
    AgentControlService &m_control;
};

} // namespace edge::services
