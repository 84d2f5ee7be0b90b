#pragma once

#include "backend/agent/agentconfig.h"
#include "backend/api/error.h"
#include "backend/api/workload.h"

#include <QString>
#include <memory>

namespace edge::agent {

// The edge agent: composes the outbox (DIR/outbox.db), the state store (DIR/agent.db), the
// reconciler (Podman), the control channel to the hub and the metrics collector.
//
// One worker thread reconciles when the desired state changes and every reconcile-interval
// seconds (restarting crashed containers, hub or no hub), reports status when it changed, and
// samples metrics every metrics-interval seconds; the control channel has its own threads.
// Everything waits on condition variables. The node must be enrolled (DIR/node.pem) for the
// channel to connect; workloads run from the stored desired state either way.
class Agent {
public:
    ~Agent(); // stop()
    Agent(const Agent &) = delete;
    Agent &operator=(const Agent &) = delete;

    static api::Result<std::unique_ptr<Agent>> create(const AgentConfig &config,
                                                      const QString &version);

    void start();
    // Stops the threads (containers keep running). Idempotent.
    void stop();

    // Desired state from the hub: persisted, then applied. Ignored unless newer.
    void applyDesiredState(const api::DesiredState &state);
    void recordEvent(const api::NodeEvent &event);

private:
    Agent();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edge::agent
