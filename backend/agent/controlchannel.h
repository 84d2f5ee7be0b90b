#pragma once

#include "backend/api/workload.h"

#include <QString>
#include <chrono>
#include <functional>
#include <memory>

namespace edge::agent {

class Outbox;

// The agent's end of the control channel (docs/agent-protocol.md): one gRPC bidi stream
// (AgentControl.Connect) to the hub over mutual TLS with DIR/node.key, node.pem and ca.pem.
//
// Two threads while connected: the connection thread dials, sends Hello, reads Welcome and then
// every hub message (DesiredState, Ack, RenewResponse, ImageChunk); the writer thread sends
// heartbeats (interval from Welcome, +-10 % jitter), outbox batches in sequence order (one batch
// in flight until its Ack) and the renewal request at 2/3 of the certificate's life. Both sleep on
// a condition variable; nothing polls. After a drop the connection thread waits a jittered
// exponential back-off (1 s doubling to maxBackoff, times a random factor in [0.5, 1.5]; reset
// after a stream that lived 30 s) and dials again.
class ControlChannel {
public:
    struct Options {
        QString dataDir;
        QString hub; // HOST:PORT
        QString nodeName;
        QString agentVersion;
        QString podmanSocket; // images are loaded through it
        std::chrono::seconds maxBackoff{60};
    };
    struct Hooks {
        // A DesiredState newer than desiredGeneration(); runs on the connection thread.
        std::function<void(const api::DesiredState &)> onDesiredState;
        std::function<qint64()> desiredGeneration;
        std::function<qint64()> appliedGeneration;
        // Events of the channel itself (certificate.renewed, image.loaded, image.failed,
        // outbox.dropped); called without the channel's locks held.
        std::function<void(const api::NodeEvent &)> onEvent;
    };

    ControlChannel(Options options, Outbox &outbox, Hooks hooks);
    ~ControlChannel(); // stop()
    ControlChannel(const ControlChannel &) = delete;
    ControlChannel &operator=(const ControlChannel &) = delete;

    void start();
    // Cancels the stream and joins the threads. Idempotent.
    void stop();
    // New outbox records: the writer sends them now.
    void wake();
    bool connected() const;

    // The wait before reconnect attempt `attempt` (0-based) with `random01` in [0, 1].
    static std::chrono::milliseconds backoff(int attempt, double random01,
                                             std::chrono::seconds maxBackoff);
    // Validity of DIR/node.pem in ms since the epoch; {0, 0} when it cannot be read.
    static std::pair<qint64, qint64> certificateValidity(const QString &dataDir);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edge::agent
