#include "backend/sync/syncmanager.h"

#include "backend/sync/bundle.h"
#include "backend/sync/replicakey.h"
#include "backend/sync/storeconflictresolver.h"
#include "backend/sync/syncsession.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

namespace edge::sync {

namespace {

Q_LOGGING_CATEGORY(lcSyncManager, "edge.sync.manager")

// Stands for the hub before its replica id is known: a fresh peer state, so every operation of
// ours counts as pending.
const QString kUnknownPeer = QStringLiteral("(not synced yet)");

bool sessionEnded(const api::Error &e)
{
    return e.code == api::Code::Unauthenticated || e.code == api::Code::TokenExpired;
}

api::SyncControl::Phase phaseOf(SyncProgress::Phase phase)
{
    switch (phase) {
    case SyncProgress::Phase::Connecting: return api::SyncControl::Phase::Connecting;
    case SyncProgress::Phase::Pulling: return api::SyncControl::Phase::Pulling;
    case SyncProgress::Phase::Pushing: return api::SyncControl::Phase::Pushing;
    case SyncProgress::Phase::Attachments: return api::SyncControl::Phase::Attachments;
    case SyncProgress::Phase::Done: return api::SyncControl::Phase::Done;
    }
    return api::SyncControl::Phase::Connecting;
}

} // namespace

SyncManager::SyncManager(api::SyncStore &syncStore, api::Store &store, const api::Clock &clock,
                         HubAccess access, SyncManagerOptions options, QObject *parent)
    : api::SyncControl(parent)
    , m_syncStore(syncStore)
    , m_store(store)
    , m_clock(clock)
    , m_access(std::move(access))
    , m_options(std::move(options))
    , m_resolver(std::make_shared<StoreConflictResolver>(syncStore, m_options.actor))
{
    qRegisterMetaType<api::SyncSummary>();
    connect(&m_probeTimer, &QTimer::timeout, this, &SyncManager::probe);
    m_changeTimer.setSingleShot(true);
    setTimings(m_options.probeIntervalMs, m_options.changeDebounceMs);
    connect(&m_changeTimer, &QTimer::timeout, this, [this] {
        m_autoSyncWanted = true;
        refreshCounters();
    });
    refreshCounters();
}

SyncManager::~SyncManager()
{
    m_closing = true;
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
    if (m_prober.joinable())
        m_prober.join();
}

void SyncManager::setTimings(int probeIntervalMs, int changeDebounceMs)
{
    m_options.probeIntervalMs = std::max(100, probeIntervalMs);
    m_options.changeDebounceMs = std::max(0, changeDebounceMs);
    m_probeTimer.setInterval(m_options.probeIntervalMs); // an active timer restarts with it
    m_changeTimer.setInterval(m_options.changeDebounceMs);
}

api::SyncHubParams SyncManager::hub() const { return m_hub; }

bool SyncManager::isSignedIn() const
{
    std::lock_guard lock(m_mutex);
    return !m_token.isEmpty();
}

void SyncManager::setHub(const api::SyncHubParams &params)
{
    const bool changed = params.hostPort != m_hub.hostPort || params.caFile != m_hub.caFile
                         || params.userName != m_hub.userName;
    m_hub = params;
    m_hub.password.clear();
    if (changed) {
        bool wasSignedIn = false;
        {
            std::lock_guard lock(m_mutex);
            wasSignedIn = !m_token.isEmpty();
            m_token.clear();
        }
        m_peerReplicaId.clear();
        if (wasSignedIn)
            Q_EMIT signedInChanged(false);
        setReachable(false);
    }
    if (m_hub.hostPort.isEmpty()) {
        m_probeTimer.stop();
    } else if (!m_probeTimer.isActive()) {
        m_probeTimer.start();
    }
    refreshCounters();
    probe();
}

void SyncManager::runJob(std::function<void()> work)
{
    if (m_worker.joinable())
        m_worker.join(); // finished: the state went back to Idle only after it posted its result
    m_cancel = false;
    m_worker = std::thread(std::move(work));
}

void SyncManager::runProbe(std::function<void()> work)
{
    if (m_prober.joinable())
        m_prober.join();
    m_prober = std::thread(std::move(work));
}

void SyncManager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncManager::setPending(qint64 pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    Q_EMIT pendingChanged(pending);
}

void SyncManager::setLastSync(qint64 ms)
{
    if (m_lastSyncMs == ms)
        return;
    m_lastSyncMs = ms;
    Q_EMIT lastSyncChanged(ms);
}

void SyncManager::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachableChanged(reachable);
}

void SyncManager::finish(bool ok, const QString &message, const api::SyncSummary &summary)
{
    m_lastError = ok ? QString() : message;
    setState(State::Idle);
    Q_EMIT finished(ok, message, summary);
}

void SyncManager::refreshCounters()
{
    if (m_closing)
        return;
    if (m_probing) {
        m_refreshAgain = true; // after the check in flight
        return;
    }
    m_probing = true;
    const QString hostPort = m_hub.hostPort;
    const QString knownPeer = m_peerReplicaId;
    runProbe([this, hostPort, knownPeer] {
        // The hub's replica id and last sync from the store's peer records (by address).
        QString peer = knownPeer;
        qint64 last = 0;
        if (auto peers = m_syncStore.peers()) {
            for (const api::PeerState &p : std::as_const(*peers)) {
                if ((!peer.isEmpty() && p.peerReplicaId == peer)
                    || (peer.isEmpty() && !hostPort.isEmpty() && p.address == hostPort)) {
                    peer = p.peerReplicaId;
                    last = p.lastSyncMs;
                }
            }
        } else {
            qCWarning(lcSyncManager) << "cannot read sync peers:" << peers.error().toString();
        }
        qint64 pending = -1;
        if (!hostPort.isEmpty()) {
            auto p = m_syncStore.pendingOperations(peer.isEmpty() ? kUnknownPeer : peer);
            if (p)
                pending = *p;
            else
                qCWarning(lcSyncManager)
                    << "cannot count pending operations:" << p.error().toString();
        }
        QMetaObject::invokeMethod(
            this,
            [this, hostPort, peer, last, pending] {
                m_probing = false;
                if (hostPort != m_hub.hostPort || m_refreshAgain) {
                    m_refreshAgain = false;
                    return refreshCounters(); // the hub changed or the store did meanwhile
                }
                if (!peer.isEmpty())
                    m_peerReplicaId = peer;
                setPending(pending);
                if (last > 0)
                    setLastSync(last);
                if (m_autoSyncWanted && pending > 0 && m_reachable && isSignedIn()
                    && m_state == State::Idle) {
                    m_autoSyncWanted = false;
                    qCInfo(lcSyncManager) << "local changes: syncing" << pending << "operations";
                    syncNow();
                }
                m_autoSyncWanted = false;
            },
            Qt::QueuedConnection);
    });
}

void SyncManager::probe()
{
    if (m_hub.hostPort.isEmpty() || m_probing || m_closing || !m_access.health)
        return;
    m_probing = true;
    const api::SyncHubParams hub = m_hub;
    runProbe([this, hub] {
        auto health = m_access.health(hub.hostPort, hub.caFile);
        const bool ok = health.has_value();
        QMetaObject::invokeMethod(
            this,
            [this, hub, ok] {
                m_probing = false;
                if (m_refreshAgain) {
                    m_refreshAgain = false;
                    refreshCounters();
                }
                if (hub.hostPort != m_hub.hostPort)
                    return;
                const bool became = ok && !m_reachable;
                setReachable(ok);
                if (became && isSignedIn() && m_state == State::Idle) {
                    qCInfo(lcSyncManager)
                        << "the sync hub" << hub.hostPort << "is reachable: syncing";
                    syncNow();
                }
            },
            Qt::QueuedConnection);
    });
}

void SyncManager::localChanged()
{
    if (m_hub.hostPort.isEmpty())
        return;
    m_changeTimer.start(); // debounced: restarts while changes keep coming
}

bool SyncManager::progressCallback(Phase phase, qint64 done, qint64 total)
{
    QMetaObject::invokeMethod(
        this, [this, phase, done, total] { Q_EMIT progress(phase, done, total); },
        Qt::QueuedConnection);
    return !m_cancel;
}

void SyncManager::startSync(const api::SyncHubParams &params)
{
    if (m_state != State::Idle)
        return;
    const bool changedHub = params.hostPort != m_hub.hostPort || params.caFile != m_hub.caFile
                            || params.userName != m_hub.userName;
    if (changedHub)
        setHub(params);
    if (params.password.isEmpty() && !isSignedIn()) {
        api::SyncSummary summary;
        finish(false, tr("Sign in to the sync hub first: enter your password."), summary);
        return;
    }
    startSession(m_hub, params.password);
}

void SyncManager::syncNow()
{
    if (m_state != State::Idle)
        return;
    if (m_hub.hostPort.isEmpty() || !isSignedIn()) {
        api::SyncSummary summary;
        finish(false,
               m_hub.hostPort.isEmpty()
                   ? tr("No sync hub is set: choose Sync Now and enter the hub's address.")
                   : tr("Sign in to the sync hub %1 first (Sync Now).").arg(m_hub.hostPort),
               summary);
        return;
    }
    startSession(m_hub, QString());
}

void SyncManager::startSession(const api::SyncHubParams &hub, const QString &password)
{
    setState(State::Syncing);
    Q_EMIT progress(Phase::Connecting, 0, 0);
    runJob([this, hub, password] {
        api::SyncSummary summary;
        summary.kind = api::SyncSummary::Kind::Sync;
        auto post = [this](bool ok, QString message, api::SyncSummary s, bool signedOut,
                           QString token, QString peer) {
            QMetaObject::invokeMethod(
                this,
                [this, ok, message, s, signedOut, token, peer] {
                    bool changed = false;
                    {
                        std::lock_guard lock(m_mutex);
                        if (signedOut && !m_token.isEmpty()) {
                            m_token.clear();
                            changed = true;
                        } else if (!token.isEmpty() && m_token != token) {
                            changed = m_token.isEmpty();
                            m_token = token;
                        }
                    }
                    if (changed)
                        Q_EMIT signedInChanged(!signedOut);
                    if (!peer.isEmpty())
                        m_peerReplicaId = peer;
                    if (ok) {
                        setReachable(true);
                        setPending(s.pending);
                        setLastSync(s.finishedAtMs);
                    }
                    finish(ok, message, s);
                    Q_EMIT conflictsChanged();
                    if (!ok)
                        refreshCounters();
                },
                Qt::QueuedConnection);
        };

        QString token;
        if (!password.isEmpty()) {
            if (!m_access.signIn) {
                post(false, tr("This console cannot sign in to a sync hub."), summary, true, {}, {});
                return;
            }
            api::SyncHubParams p = hub;
            p.password = password;
            auto signedIn = m_access.signIn(p);
            if (!signedIn) {
                const api::Error &e = signedIn.error();
                post(false,
                     e.code == api::Code::Unauthenticated
                         ? tr("The user name or password for %1 is wrong.").arg(hub.hostPort)
                         : tr("Cannot sign in to the sync hub %1: %2").arg(hub.hostPort, e.message),
                     summary, true, {}, {});
                return;
            }
            token = *signedIn;
        } else {
            std::lock_guard lock(m_mutex);
            token = m_token;
        }
        if (m_cancel) {
            post(false, tr("Sync cancelled."), summary, false, token, {});
            return;
        }
        auto peer = m_access.peer(hub.hostPort, hub.caFile, token);
        if (!peer) {
            post(false,
                 tr("Cannot reach the sync hub %1: %2").arg(hub.hostPort, peer.error().message),
                 summary, sessionEnded(peer.error()), token, {});
            return;
        }
        SyncSession session(m_syncStore, **peer, m_clock);
        auto report = session.run(hub.hostPort, [this](const SyncProgress &p) {
            return progressCallback(phaseOf(p.phase), p.done, p.total);
        });
        if (!report) {
            const api::Error &e = report.error();
            QString message;
            if (e.code == api::Code::Cancelled)
                message = tr("Sync cancelled. What was already exchanged is kept; the next sync "
                             "continues from there.");
            else if (sessionEnded(e))
                message = tr("Your session on the sync hub %1 has ended: choose Sync Now and "
                             "sign in again. (%2)")
                              .arg(hub.hostPort, e.message);
            else
                message = tr("Sync with %1 failed: %2").arg(hub.hostPort, e.message);
            qCWarning(lcSyncManager).noquote()
                << "sync with" << hub.hostPort << "failed:" << e.toString();
            post(false, message, summary, sessionEnded(e), token, {});
            return;
        }
        summary.pulled = report->pulled;
        summary.pushed = report->pushed;
        summary.blobs = report->blobsReceived + report->blobsSent;
        summary.conflicts = report->conflicts;
        summary.pending = report->pending;
        summary.finishedAtMs = report->finishedAtMs > 0 ? report->finishedAtMs : m_clock.nowMs();
        qCInfo(lcSyncManager) << "synced with" << hub.hostPort << ": pulled" << report->pulled
                              << "pushed" << report->pushed << "conflicts" << report->conflicts;
        QString message = tr("Synced with %1: %2 received, %3 sent.")
                              .arg(hub.hostPort)
                              .arg(report->pulled)
                              .arg(report->pushed);
        if (report->conflicts > 0)
            message += QLatin1Char(' ')
                       + tr("%1 conflicts need a decision (Conflicts page).").arg(report->conflicts);
        post(true, message, summary, false, token, report->peerReplicaId);
    });
}

void SyncManager::cancel()
{
    if (m_state != State::Idle)
        m_cancel = true;
}

void SyncManager::exportBundle(const QString &path)
{
    if (m_state != State::Idle) {
        api::SyncSummary summary;
        summary.kind = api::SyncSummary::Kind::Export;
        Q_EMIT finished(false, tr("Wait until the running sync has finished."), summary);
        return;
    }
    setState(State::Syncing);
    Q_EMIT progress(Phase::Exporting, 0, 0);
    runJob([this, path] {
        api::SyncSummary summary;
        summary.kind = api::SyncSummary::Kind::Export;
        summary.file = path;
        bool ok = false;
        QString message;
        auto key = ReplicaKey::loadOrCreate(m_options.dataDir);
        if (!key) {
            message = tr("Cannot load this console's signing key: %1").arg(key.error().message);
        } else {
            auto info = Bundle::exportTo(m_syncStore, *key, path, [this](const SyncProgress &p) {
                return progressCallback(Phase::Exporting, p.done, p.total);
            });
            if (!info) {
                message = info.error().code == api::Code::Cancelled
                              ? tr("Export cancelled; no bundle was written.")
                              : tr("Cannot export the sync bundle: %1").arg(info.error().message);
            } else {
                ok = true;
                summary.pushed = info->operations;
                summary.blobs = info->blobs;
                summary.finishedAtMs = m_clock.nowMs();
                message = tr("Exported %1 operations and %2 attachments to %3.")
                              .arg(info->operations)
                              .arg(info->blobs)
                              .arg(QFileInfo(path).fileName());
            }
        }
        QMetaObject::invokeMethod(
            this, [this, ok, message, summary] { finish(ok, message, summary); },
            Qt::QueuedConnection);
    });
}

void SyncManager::importBundle(const QString &path)
{
    if (m_state != State::Idle) {
        api::SyncSummary summary;
        summary.kind = api::SyncSummary::Kind::Import;
        Q_EMIT finished(false, tr("Wait until the running sync has finished."), summary);
        return;
    }
    setState(State::Syncing);
    Q_EMIT progress(Phase::Importing, 0, 0);
    runJob([this, path] {
        api::SyncSummary summary;
        summary.kind = api::SyncSummary::Kind::Import;
        summary.file = path;
        bool ok = false;
        QString message;
        auto report = Bundle::importFrom(m_syncStore, m_store, path, [this](const SyncProgress &p) {
            return progressCallback(Phase::Importing, p.done, p.total);
        });
        if (!report) {
            const api::Error &e = report.error();
            qCWarning(lcSyncManager).noquote() << "bundle import refused:" << e.toString();
            if (e.code == api::Code::BundleInvalid)
                message = tr("The bundle %1 was refused and nothing was changed: %2")
                              .arg(QFileInfo(path).fileName(), e.message);
            else if (e.code == api::Code::Cancelled)
                message = tr("Import cancelled.");
            else
                message = tr("Cannot import the sync bundle %1: %2")
                              .arg(QFileInfo(path).fileName(), e.message);
        } else {
            ok = true;
            summary.pulled = report->applied.applied;
            summary.blobs = report->blobsReceived;
            summary.conflicts = report->conflicts;
            summary.finishedAtMs = m_clock.nowMs();
            message = tr("Imported %1 new operations from %2.")
                          .arg(report->applied.applied)
                          .arg(QFileInfo(path).fileName());
            if (report->conflicts > 0)
                message += QLatin1Char(' ')
                           + tr("%1 conflicts need a decision (Conflicts page).")
                                 .arg(report->conflicts);
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, message, summary] {
                finish(ok, message, summary);
                if (ok) {
                    Q_EMIT conflictsChanged();
                    refreshCounters();
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace edge::sync
