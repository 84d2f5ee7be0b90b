#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>

namespace edge::widgets {

namespace detail {
struct ContextGuard {
    std::mutex mutex;
    QObject *context = nullptr;
    QMetaObject::Connection connection;
};
} // namespace detail

// Runs blocking work (an api::Inventory call, say) on a thread pool and delivers its result to
// `context` on the context's thread. When the context is destroyed before the work finishes, the
// result is dropped and `done` never runs (KeePassXC's AsyncTask). The work itself must not touch
// QObjects; it gets copies of what it needs.
//
//   AsyncTask::run(this, [inv] { return inv->list(q); },
//                  [this](edge::api::Result<edge::api::ListPage> page) { ... });
class AsyncTask {
public:
    template<class Work, class Done>
    static void run(QObject *context, Work work, Done done)
    {
        using R = std::invoke_result_t<Work &>;
        auto guard = std::make_shared<detail::ContextGuard>();
        guard->context = context;
        // Runs in the context's thread while the context is still alive: after it, no result is posted.
        guard->connection = QObject::connect(
            context, &QObject::destroyed, context,
            [guard] {
                std::lock_guard lock(guard->mutex);
                guard->context = nullptr;
            },
            Qt::DirectConnection);
        pool()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<R>(work());
            std::lock_guard lock(guard->mutex);
            if (!guard->context)
                return;
            // Posting is thread-safe; the context cannot be destroyed while we hold the mutex, and
            // ~QObject removes the event if the context dies before it is delivered.
            QMetaObject::invokeMethod(
                guard->context,
                [guard, result, done = std::move(done)]() mutable {
                    QObject::disconnect(guard->connection);
                    done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    // The pool every console background call runs on (at least 4 threads, so one slow remote call
    // does not hold up the others).
    static QThreadPool *pool();
    // Waits until every queued and running task has finished (call before the backend is destroyed).
    static void waitForAll();
};

} // namespace edge::widgets
