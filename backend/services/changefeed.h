#pragma once

#include "backend/api/store.h"

#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

namespace edge::services {

// Wakes the running Watch streams after each store commit. The store's commit listener only
// records that something changed (it runs on the committing thread, maybe under the store's
// locks); a thread of the feed then wakes every watcher, which reads the new changes itself.
class ChangeFeed {
public:
    class Watcher {
    public:
        // Read and send whatever is new. Runs on the feed's thread.
        virtual void wake() = 0;
        // The hub is shutting down: end the stream.
        virtual void close() = 0;

    protected:
        ~Watcher() = default;
    };

    explicit ChangeFeed(api::Store &store);
    ~ChangeFeed();
    ChangeFeed(const ChangeFeed &) = delete;
    ChangeFeed &operator=(const ChangeFeed &) = delete;

    // False once closeAll() ran: the watcher must end its stream.
    bool add(Watcher *watcher);
    // After remove() returns the feed never touches the watcher again.
    void remove(Watcher *watcher);
    // Closes every watcher and refuses new ones.
    void closeAll();
    // Detaches from the store and stops the thread. Idempotent.
    void stop();

private:
    void notify();
    void run();

    api::Store &m_store;
    std::mutex m_mutex; // guards m_pending, m_stopping
    std::condition_variable m_cv;
    bool m_pending = false;
    bool m_stopping = false;
    std::mutex m_watchersMutex; // guards m_watchers and m_closed; held while waking
    std::set<Watcher *> m_watchers;
    bool m_closed = false;
    std::thread m_thread;
};

} // namespace edge::services
