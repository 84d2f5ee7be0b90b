#pragma once

#include "backend/api/clock.h"
#include "backend/api/inventory.h"
#include "backend/api/store.h"
#include "backend/api/synccontrol.h"
#include "backend/api/syncstore.h"

#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace edge::sync {

// How the manager reaches a hub. The composition root fills it with client::Client and
// client::SyncClient (gRPC over TLS); a test may fill it with an in-process peer. Each function
// blocks and is called on a worker thread.
struct HubAccess {
    // A cheap check that the hub answers (edge.v1.Health; needs no sign-in).
    std::function<api::Result<api::HealthInfo>(const QString &hostPort, const QString &caFile)>
        health;
    // Signs in; returns the session token (kept in memory only).
    std::function<api::Result<QString>(const api::SyncHubParams &params)> signIn;
    // A sync peer on the hub, authenticated with `token`.
    std::function<api::Result<std::unique_ptr<api::SyncPeer>>(const QString &hostPort,
                                                              const QString &caFile,
                                                              const QString &token)>
        peer;
};

struct SyncManagerOptions {
    QString dataDir;              // where the replica's signing key lives (bundles)
    QString actor;                // who resolves conflicts here (the local user)
    int probeIntervalMs = 30'000; // health check of the configured hub
    int changeDebounceMs = 3'000; // after a local change, before an automatic sync
};

// api::SyncControl for the store of the console's embedded hub: runs SyncSession with the hub
// reached through HubAccess, and Bundle export/import, on one worker thread; a second thread does
// the health checks and the cheap store reads (pending count, last sync). Automatic sync: once
// signed in, a sync starts when the hub becomes reachable (checked every probeIntervalMs) and a
// few seconds after local changes, when there is something to send and the hub answers.
class SyncManager final : public api::SyncControl {
    Q_OBJECT
public:
    SyncManager(api::SyncStore &syncStore, api::Store &store, const api::Clock &clock,
                HubAccess access, SyncManagerOptions options, QObject *parent = nullptr);
    ~SyncManager() override; // cancels, then waits for the worker threads

    State state() const override { return m_state; }
    api::SyncHubParams hub() const override;
    void setHub(const api::SyncHubParams &params) override;
    bool isSignedIn() const override;

    void startSync(const api::SyncHubParams &params) override;
    void syncNow() override;
    void cancel() override;
    void exportBundle(const QString &path) override;
    void importBundle(const QString &path) override;

    qint64 pendingOperations() const override { return m_pending; }
    qint64 lastSyncMs() const override { return m_lastSyncMs; }
    bool isReachable() const override { return m_reachable; }
    QString lastError() const override { return m_lastError; }
    std::shared_ptr<api::ConflictResolver> conflictResolver() const override { return m_resolver; }

    // Something changed in the store (the console's change feed): refresh the pending count
    // and, after a pause, sync when there is something to send.
    void localChanged();
    // Checks the hub now (also what the timer does).
    void probe();
    // Changes how often the hub is checked and how long local changes settle before an automatic
    // sync (SyncManagerOptions; tests shorten them).
    void setTimings(int probeIntervalMs, int changeDebounceMs);

private:
    struct Job;
    void runJob(std::function<void()> work);
    void runProbe(std::function<void()> work);
    void setState(State state);
    void setPending(qint64 pending);
    void setLastSync(qint64 ms);
    void setReachable(bool reachable);
    void finish(bool ok, const QString &message, const api::SyncSummary &summary);
    void refreshCounters();
    void startSession(const api::SyncHubParams &params, const QString &password);
    bool progressCallback(Phase phase, qint64 done, qint64 total);

    api::SyncStore &m_syncStore;
    api::Store &m_store;
    const api::Clock &m_clock;
    HubAccess m_access;
    SyncManagerOptions m_options;
    std::shared_ptr<api::ConflictResolver> m_resolver;

    // GUI-thread state.
    State m_state = State::Idle;
    api::SyncHubParams m_hub; // no password
    QString m_peerReplicaId;  // the hub's replica id, once known
    qint64 m_pending = -1;
    qint64 m_lastSyncMs = 0;
    bool m_reachable = false;
    bool m_probing = false;
    bool m_refreshAgain = false;
    bool m_autoSyncWanted = false;
    QString m_lastError;
    QTimer m_probeTimer;
    QTimer m_changeTimer;

    // Shared with the workers.
    mutable std::mutex m_mutex;
    QString m_token; // the session token; memory only
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_closing{false};
    std::thread m_worker;
    std::thread m_prober;
};

} // namespace edge::sync
