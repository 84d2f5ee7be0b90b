// AsyncTask: work runs on the pool, the result arrives on the context's thread, and never after
// the context is gone.
#include "widgets/common/asynctask.h"

#include <QSemaphore>
#include <QThread>
#include <QtTest>
#include <atomic>

using edge::widgets::AsyncTask;

class TestAsyncTask : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliversOnTheContextThread();
    void dropsTheResultWhenTheContextIsGone();
    void manyTasksAllArrive();
};

void TestAsyncTask::deliversOnTheContextThread()
{
    QObject context;
    QThread *workThread = nullptr;
    QThread *doneThread = nullptr;
    int value = 0;
    AsyncTask::run(
        &context,
        [&workThread] {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](int v) {
            doneThread = QThread::currentThread();
            value = v;
        });
    QTRY_COMPARE(value, 42);
    QVERIFY(workThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void TestAsyncTask::dropsTheResultWhenTheContextIsGone()
{
    auto *context = new QObject;
    QSemaphore started;
    QSemaphore release;
    std::atomic<bool> finished = false;
    bool delivered = false;
    AsyncTask::run(
        context,
        [&] {
            started.release();
            release.acquire();
            finished = true;
            return QStringLiteral("late");
        },
        [&](const QString &) { delivered = true; });
    started.acquire();
    delete context; // while the work still runs
    release.release();
    QTRY_VERIFY(finished.load());
    AsyncTask::waitForAll();
    QTest::qWait(50); // any queued delivery would have run by now
    QVERIFY(!delivered);

    // Deleted after the result was posted but before it was delivered: dropped as well.
    auto *second = new QObject;
    bool secondDelivered = false;
    AsyncTask::run(
        second, [] { return 1; }, [&](int) { secondDelivered = true; });
    AsyncTask::waitForAll(); // the result is posted now, not yet delivered
    delete second;
    QTest::qWait(50);
    QVERIFY(!secondDelivered);
}

void TestAsyncTask::manyTasksAllArrive()
{
    QObject context;
    int sum = 0;
    for (int i = 1; i <= 200; ++i)
        AsyncTask::run(
            &context, [i] { return i; }, [&sum](int v) { sum += v; });
    QTRY_COMPARE(sum, 200 * 201 / 2);
    QVERIFY(AsyncTask::pool()->maxThreadCount() >= 4);
}

QTEST_GUILESS_MAIN(TestAsyncTask)
#include "tst_asynctask.moc"
