#pragma once

#include "backend/api/inventory.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace edge::widgets {

namespace detail {
struct FeedShared;
}

// The console's view of a hub's change stream and health. Subscribes with
// api::Inventory::watch() from a revision, delivers changes on the GUI thread in batches, and
// re-subscribes from the last revision seen when the stream ends (backing off up to 15 s).
// A periodic api::Accounts::health() call tells "reconnecting" from "disconnected".
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,         // no hub
        Connecting,   // first subscription under way
        Connected,    // the change stream is live and the hub answers
        Reconnecting, // the stream ended; trying again
        Disconnected, // the hub does not answer
    };
    Q_ENUM(State)

    explicit ChangeFeed(QObject *parent = nullptr);
    ~ChangeFeed() override;

    void setHub(std::shared_ptr<api::Inventory> inventory, std::shared_ptr<api::Accounts> accounts);
    // Starts streaming changes after `fromRevision` (the revision of the list the caller shows).
    void start(qint64 fromRevision);
    void stop();

    State state() const { return m_state; }
    qint64 revision() const { return m_revision; }
    void setHealthInterval(int ms);
    void setRetryDelays(int firstMs, int maxMs);

    static QString stateLabel(State state); // translated

Q_SIGNALS:
    // Changes in revision order, never one twice (one revision may hold several changes).
    void changes(const QList<edge::api::Change> &batch);
    void stateChanged(edge::widgets::ChangeFeed::State state);
    // The stream ended with this error (for the log and the status bar tool tip).
    void streamError(const QString &message);

private:
    void subscribe();
    void flush(int generation);
    void onEnded(int generation, const api::Error &error);
    void checkHealth();
    void updateState();

    std::shared_ptr<api::Inventory> m_inventory;
    std::shared_ptr<api::Accounts> m_accounts;
    std::shared_ptr<detail::FeedShared> m_shared;
    std::unique_ptr<api::Subscription> m_subscription;
    qint64 m_revision = 0;
    QSet<QString> m_seenAtRevision; // "kind:id" delivered at m_revision
    int m_generation = 0;
    bool m_running = false;
    bool m_live = false;
    bool m_subscribing = false;
    bool m_everLive = false;
    bool m_healthOk = true;
    bool m_healthPending = false;
    int m_retryDelayMs = 500;
    int m_firstRetryMs = 500;
    int m_maxRetryMs = 15000;
    QTimer m_retryTimer;
    QTimer m_healthTimer;
    State m_state = State::Idle;
};

} // namespace edge::widgets
