#include "backend/services/changefeed.h"

namespace edge::services {

ChangeFeed::ChangeFeed(api::Store &store)
    : m_store(store)
{
    m_thread = std::thread([this] { run(); });
    m_store.setCommitListener([this](qint64) { notify(); });
}

ChangeFeed::~ChangeFeed() { stop(); }

bool ChangeFeed::add(Watcher *watcher)
{
    std::lock_guard lock(m_watchersMutex);
    if (m_closed)
        return false;
    m_watchers.insert(watcher);
    return true;
}

void ChangeFeed::remove(Watcher *watcher)
{
    std::lock_guard lock(m_watchersMutex);
    m_watchers.erase(watcher);
}

void ChangeFeed::closeAll()
{
    std::lock_guard lock(m_watchersMutex);
    m_closed = true;
    for (Watcher *w : m_watchers)
        w->close();
}

void ChangeFeed::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && !m_thread.joinable())
            return;
        m_stopping = true;
    }
    m_store.setCommitListener({});
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ChangeFeed::notify()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_cv.notify_one();
}

void ChangeFeed::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_pending || m_stopping; });
            if (m_stopping)
                return;
            m_pending = false;
        }
        std::lock_guard lock(m_watchersMutex);
        for (Watcher *w : m_watchers)
            w->wake();
    }
}

} // namespace edge::services
