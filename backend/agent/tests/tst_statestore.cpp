// StateStore (DIR/agent.db): desired state, generations and restart counts survive reopening.
#include "backend/agent/statestore.h"

#include <QTemporaryDir>
#include <QTest>

using edge::agent::StateStore;

class TstStateStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyStore()
    {
        QTemporaryDir dir;
        auto s = StateStore::open(dir.filePath(QStringLiteral("agent.db")));
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE((*s)->desiredGeneration(), 0);
        QCOMPARE((*s)->appliedGeneration(), 0);
        QVERIFY((*s)->desired().workloads.isEmpty());
        QCOMPARE((*s)->restartCount(QStringLiteral("web")), 0);
    }

    void persistsAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agent.db"));
        edge::api::DesiredState state;
        state.nodeId = QStringLiteral("n1");
        state.generation = 7;
        edge::api::WorkloadSpec web;
        web.name = QStringLiteral("web");
        web.image = QStringLiteral("localhost/busybox:latest");
        web.command = {QStringLiteral("sleep"), QStringLiteral("1000")};
        web.env.insert(QStringLiteral("MODE"), QStringLiteral("edge"));
        web.memoryBytes = 64 << 20;
        state.workloads = {web};
        {
            auto s = StateStore::open(path);
            QVERIFY(s);
            QVERIFY((*s)->saveDesired(state));
            QVERIFY((*s)->setAppliedGeneration(6));
            QVERIFY((*s)->setRestartCount(QStringLiteral("web"), 3));
            QVERIFY((*s)->setRestartCount(QStringLiteral("gone"), 1));
            QVERIFY((*s)->pruneRestartCounts({QStringLiteral("web")}));
        }
        auto s = StateStore::open(path);
        QVERIFY(s);
        QCOMPARE((*s)->desiredGeneration(), 7);
        QCOMPARE((*s)->appliedGeneration(), 6);
        const auto loaded = (*s)->desired();
        QCOMPARE(loaded.nodeId, QStringLiteral("n1"));
        QCOMPARE(loaded.workloads.size(), 1);
        QVERIFY(loaded.workloads.constFirst() == web);
        QCOMPARE((*s)->restartCount(QStringLiteral("web")), 3);
        QCOMPARE((*s)->restartCount(QStringLiteral("gone")), 0);
    }

    void unwritableLocationFails()
    {
        auto s = StateStore::open(QStringLiteral("/proc/edge-agent-no/agent.db"));
        QVERIFY(!s);
        QCOMPARE(s.error().code, edge::api::Code::StoreIo);
    }
};

QTEST_GUILESS_MAIN(TstStateStore)
#include "tst_statestore.moc"
