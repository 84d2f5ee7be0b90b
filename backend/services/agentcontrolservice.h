#pragma once

#include "backend/api/agentstore.h"
#include "backend/api/clock.h"
#include "backend/api/store.h"
#include "backend/services/enrollmentservice.h"

#include "edge.grpc.pb.h"

#include <QHash>
#include <QString>
#include <mutex>
#include <optional>

namespace edge::services {

struct AgentControlOptions {
    qint64 heartbeatIntervalMs = api::kDefaultHeartbeatIntervalMs; // told to agents in Welcome
    QString imagesDir; // DIR/images: pushed image archives, <sha256>.tar
    CsrSigner signer;  // renewals; empty = RenewRequest is refused
    int certificateValidityDays = EnrollmentService::kCertificateValidityDays;
};

// edge.v1.AgentControl: one bidi stream per connected agent (docs/agent-protocol.md), each a
// callback reactor (no thread per stream). The node is identified only by the verified client
// certificate of the TLS connection (its serial, looked up in node_certificates).
//
// Presence: the last time each node was heard from is kept in memory and written to the store at
// most once per heartbeat interval per node, and when its stream ends.
class AgentControlService final : public v1::AgentControl::CallbackService {
public:
    static constexpr int kImageChunkBytes = 256 * 1024;

    AgentControlService(api::Store &store, api::AgentStore &agents, const api::Clock &clock,
                        AgentControlOptions options);
    ~AgentControlService() override;

    grpc::ServerBidiReactor<v1::AgentMessage, v1::HubMessage> *Connect(
        grpc::CallbackServerContext *context) override;

    qint64 heartbeatIntervalMs() const { return m_options.heartbeatIntervalMs; }
    QString imagesDir() const { return m_options.imagesDir; }

    struct Presence {
        bool connected = false;
        qint64 lastSeenMs = 0; // 0 = not heard from since the hub started
    };
    // What this hub process knows (the store has the last-seen of earlier runs).
    Presence presence(const QString &nodeId) const;

    // Pushes the state to the node's agent when it is connected.
    void desiredStateChanged(const api::DesiredState &state);
    // Starts relaying a newly pushed image when the node's agent is connected and idle.
    void imageQueued(const QString &nodeId);

    // Ends every stream (UNAVAILABLE) and refuses new ones; writes last-seen to the store.
    void closeAll();

private:
    class Stream;
    friend class Stream;

    // Stream bookkeeping (called by Stream).
    bool attach(const QString &nodeId, Stream *stream); // false when closing
    void detach(const QString &nodeId, Stream *stream);
    void heard(const QString &nodeId);
    qint64 imageOffset(const QString &nodeId, const QString &sha) const;
    void setImageOffset(const QString &nodeId, const QString &sha, qint64 offset);

    api::Store &m_store;
    api::AgentStore &m_agents;
    const api::Clock &m_clock;
    AgentControlOptions m_options;

    struct Seen {
        qint64 lastSeenMs = 0;
        qint64 flushedMs = 0;
    };
    mutable std::mutex m_mutex; // guards the members below; taken before a Stream's own mutex
    QHash<QString, Stream *> m_streams;
    QHash<QString, Seen> m_seen;
    bool m_closing = false;

    mutable std::mutex m_offsetMutex;      // leaf lock
    QHash<QString, qint64> m_imageOffsets; // "node/sha" -> offset the agent last reported
};

} // namespace edge::services
