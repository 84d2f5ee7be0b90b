#include "widgets/common/changefeed.h"

#include "widgets/common/asynctask.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>
#include <mutex>

Q_LOGGING_CATEGORY(lcFeed, "edge.console.feed")

namespace edge::widgets {

namespace detail {
// State shared with the watch callbacks, which run on a background thread.
struct FeedShared {
    std::mutex mutex;
    ChangeFeed *owner = nullptr; // nulled (under the mutex) when the feed is destroyed
    int generation = 0;          // callbacks of older subscriptions are ignored
    QList<api::Change> pending;
    bool flushScheduled = false;
};
} // namespace detail

using detail::FeedShared;

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<FeedShared>())
{
    m_shared->owner = this;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChangeFeed::subscribe);
    m_healthTimer.setInterval(5000);
    connect(&m_healthTimer, &QTimer::timeout, this, &ChangeFeed::checkHealth);
}

ChangeFeed::~ChangeFeed()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->owner = nullptr;
    }
    m_subscription.reset();
}

void ChangeFeed::setHub(std::shared_ptr<api::Inventory> inventory,
                        std::shared_ptr<api::Accounts> accounts)
{
    stop();
    m_inventory = std::move(inventory);
    m_accounts = std::move(accounts);
    m_revision = 0;
    m_seenAtRevision.clear();
    m_everLive = false;
    m_healthOk = true;
    if (m_accounts)
        m_healthTimer.start();
    else
        m_healthTimer.stop();
    updateState();
}

void ChangeFeed::start(qint64 fromRevision)
{
    stop();
    if (!m_inventory)
        return;
    m_revision = fromRevision;
    m_seenAtRevision.clear();
    m_running = true;
    m_retryDelayMs = m_firstRetryMs;
    subscribe();
    updateState();
}

void ChangeFeed::stop()
{
    m_running = false;
    m_live = false;
    m_retryTimer.stop();
    ++m_generation;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->generation = m_generation;
        m_shared->pending.clear();
        m_shared->flushScheduled = false;
    }
    m_subscription.reset();
    updateState();
}

void ChangeFeed::setHealthInterval(int ms) { m_healthTimer.setInterval(ms); }

void ChangeFeed::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = std::max(firstMs, maxMs);
    m_retryDelayMs = firstMs;
}

void ChangeFeed::subscribe()
{
    if (!m_running || !m_inventory)
        return;
    const int gen = ++m_generation;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->generation = gen;
        m_shared->pending.clear();
        m_shared->flushScheduled = false;
    }
    m_subscription.reset();
    auto shared = m_shared;
    auto inventory = m_inventory;
    // When changes of the last revision were delivered, that revision may be incomplete: ask for
    // it again (flush() drops what was seen).
    const qint64 from = m_seenAtRevision.isEmpty() ? m_revision
                                                   : std::max<qint64>(0, m_revision - 1);
    AsyncTask::run(
        this,
        [shared, inventory, from, gen] {
            auto onChange = [shared, gen](const api::Change &change) {
                std::lock_guard lock(shared->mutex);
                if (shared->generation != gen || !shared->owner)
                    return;
                shared->pending.append(change);
                if (!shared->flushScheduled) {
                    shared->flushScheduled = true;
                    ChangeFeed *owner = shared->owner;
                    QMetaObject::invokeMethod(
                        owner, [owner, gen] { owner->flush(gen); }, Qt::QueuedConnection);
                }
            };
            auto onEnd = [shared, gen](const api::Error &error) {
                std::lock_guard lock(shared->mutex);
                if (shared->generation != gen || !shared->owner)
                    return;
                ChangeFeed *owner = shared->owner;
                QMetaObject::invokeMethod(
                    owner, [owner, gen, error] { owner->onEnded(gen, error); },
                    Qt::QueuedConnection);
            };
            return inventory->watch(from, onChange, onEnd);
        },
        [this, gen](api::Result<std::unique_ptr<api::Subscription>> result) {
            if (gen != m_generation)
                return; // a newer subscription (or stop()) replaced this one; `result` ends here
            if (!result) {
                onEnded(gen, result.error());
                return;
            }
            m_subscription = std::move(*result);
            m_live = true;
            m_everLive = true;
            m_retryDelayMs = m_firstRetryMs;
            qCInfo(lcFeed) << "change stream live from revision" << m_revision;
            updateState();
        });
}

void ChangeFeed::flush(int generation)
{
    QList<api::Change> batch;
    {
        std::lock_guard lock(m_shared->mutex);
        if (generation != m_shared->generation)
            return;
        batch.swap(m_shared->pending);
        m_shared->flushScheduled = false;
    }
    if (generation != m_generation)
        return;
    // One revision may carry several changes (a cascading delete). After a re-subscription from
    // the revision before the last one seen, drop what was delivered already.
    QList<api::Change> fresh;
    fresh.reserve(batch.size());
    for (api::Change &c : batch) {
        const QString key = api::kindName(c.kind) + QLatin1Char(':') + c.id;
        if (c.revision < m_revision)
            continue;
        if (c.revision == m_revision) {
            if (m_seenAtRevision.contains(key))
                continue;
        } else {
            m_revision = c.revision;
            m_seenAtRevision.clear();
        }
        m_seenAtRevision.insert(key);
        fresh.append(std::move(c));
    }
    if (!fresh.isEmpty())
        Q_EMIT changes(fresh);
}

void ChangeFeed::onEnded(int generation, const api::Error &error)
{
    if (generation != m_generation || !m_running)
        return;
    flush(generation); // changes that arrived before the end still count
    ++m_generation;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->generation = m_generation;
        m_shared->pending.clear();
        m_shared->flushScheduled = false;
    }
    m_subscription.reset();
    m_live = false;
    qCWarning(lcFeed) << "change stream ended:" << error.toString() << "- retrying in"
                      << m_retryDelayMs << "ms";
    Q_EMIT streamError(error.message);
    m_retryTimer.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, m_maxRetryMs);
    updateState();
    checkHealth();
}

void ChangeFeed::checkHealth()
{
    if (!m_accounts || m_healthPending)
        return;
    m_healthPending = true;
    auto accounts = m_accounts;
    AsyncTask::run(
        this, [accounts] { return accounts->health(); },
        [this, accounts](api::Result<api::HealthInfo> health) {
            m_healthPending = false;
            if (accounts != m_accounts)
                return;
            if (!health)
                qCWarning(lcFeed) << "health check failed:" << health.error().toString();
            m_healthOk = health.has_value();
            // The hub answers again: do not wait for the back-off to run out.
            if (m_healthOk && m_running && !m_live && m_retryTimer.isActive()
                && m_retryTimer.remainingTime() > m_firstRetryMs)
                m_retryTimer.start(m_firstRetryMs);
            updateState();
        });
}

void ChangeFeed::updateState()
{
    State s = State::Idle;
    if (!m_inventory)
        s = State::Idle;
    else if (!m_healthOk)
        s = State::Disconnected;
    else if (m_live)
        s = State::Connected;
    else if (m_running && m_everLive)
        s = State::Reconnecting;
    else
        s = State::Connecting;
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

QString ChangeFeed::stateLabel(State state)
{
    switch (state) {
    case State::Idle:
        return QCoreApplication::translate("edge::widgets::ChangeFeed", "Not connected");
    case State::Connecting:
        return QCoreApplication::translate("edge::widgets::ChangeFeed", "Connecting…");
    case State::Connected:
        return QCoreApplication::translate("edge::widgets::ChangeFeed", "Connected");
    case State::Reconnecting:
        return QCoreApplication::translate("edge::widgets::ChangeFeed", "Reconnecting…");
    case State::Disconnected:
        return QCoreApplication::translate("edge::widgets::ChangeFeed", "Disconnected");
    }
    return {};
}

} // namespace edge::widgets
