// Reconciler against a real Podman service (tests/support/podmanservice.h): create with the
// workload's settings and labels, leave unchanged containers alone, restart per policy, replace on
// a spec change, remove what is no longer desired, report failures once, run health checks where
// Podman does not (no systemd) and report the health that follows them.
#include "backend/agent/reconciler.h"
#include "backend/agent/statestore.h"
#include "support/podmanservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace edge;
using agent::Reconciler;
using agent::StateStore;

class TstReconciler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (testing::PodmanService::executable().isEmpty())
            QSKIP("podman is not installed (apt-get install podman runc)");
        QVERIFY(m_dir.isValid());
        m_service = std::make_unique<testing::PodmanService>(m_dir.filePath(QStringLiteral("p")));
        QString error;
        QVERIFY2(m_service->start(&error), qPrintable(error));
        auto store = StateStore::open(m_dir.filePath(QStringLiteral("agent.db")));
        QVERIFY(store);
        m_store = std::move(*store);
        m_client = std::make_unique<podman::PodmanClient>(m_service->socket());
        m_reconciler = std::make_unique<Reconciler>(
            *m_client, *m_store, [this](const api::NodeEvent &e) { m_events.append(e); },
            Reconciler::Options{true, 1});
    }

    void cleanupTestCase() { m_service.reset(); }

    void createsWithSettingsAndLabels()
    {
        m_events.clear();
        QVERIFY(m_reconciler->reconcile({web()}));
        const auto statuses = m_reconciler->statuses();
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses[0].phase, api::WorkloadPhase::Running);
        QVERIFY(!statuses[0].containerId.isEmpty());
        QCOMPARE(statuses[0].specHash, api::specHash(web()));
        QVERIFY(statuses[0].startedAtMs > 0);
        const QString name = QStringLiteral("edge-web");
        QCOMPARE(m_service->inspect(name, QStringLiteral("{{.State.Status}}")),
                 QStringLiteral("running"));
        QCOMPARE(m_service->inspect(name,
                                    QStringLiteral(
                                        "{{index .Config.Labels \"io.edgeconsole.managed\"}}")),
                 QStringLiteral("1"));
        QCOMPARE(m_service->inspect(name,
                                    QStringLiteral(
                                        "{{index .Config.Labels \"io.edgeconsole.spec-hash\"}}")),
                 api::specHash(web()));
        QCOMPARE(m_service->inspect(name, QStringLiteral("{{.HostConfig.Memory}}")),
                 QString::number(64 << 20));
        QCOMPARE(m_service->inspect(name, QStringLiteral("{{.HostConfig.RestartPolicy.Name}}"))
                     .replace(QStringLiteral("no"), QString()),
                 QString());
        QVERIFY(m_service->inspect(name, QStringLiteral("{{.Config.Env}}"))
                    .contains(QStringLiteral("MODE=edge")));
        QVERIFY(hasEvent(QStringLiteral("workload.created")));
        QVERIFY(hasEvent(QStringLiteral("workload.started")));
        // The stats call the agent's metrics use sees the container.
        auto stats = m_client->stats();
        QVERIFY2(stats, stats ? "" : qPrintable(stats.error().toString()));
        bool found = false;
        for (const auto &c : std::as_const(*stats)) {
            if (c.name == name) {
                found = true;
                QCOMPARE(c.id, statuses[0].containerId);
                QVERIFY(c.memoryBytes > 0);
            }
        }
        QVERIFY(found);
    }

    void unchangedSpecTouchesNothing()
    {
        m_events.clear();
        const QString id = m_service->inspect(QStringLiteral("edge-web"),
                                              QStringLiteral("{{.Id}}"));
        const QString started = m_service->inspect(QStringLiteral("edge-web"),
                                                   QStringLiteral("{{.State.StartedAt}}"));
        QVERIFY(m_reconciler->reconcile({web()}));
        QVERIFY(m_reconciler->reconcile({web()}));
        QCOMPARE(m_service->inspect(QStringLiteral("edge-web"), QStringLiteral("{{.Id}}")), id);
        QCOMPARE(m_service->inspect(QStringLiteral("edge-web"),
                                    QStringLiteral("{{.State.StartedAt}}")),
                 started);
        QVERIFY(m_events.isEmpty());
    }

    void restartsAKilledContainer()
    {
        m_events.clear();
        QVERIFY(m_service->podman({QStringLiteral("kill"), QStringLiteral("edge-web")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_service->inspect(QStringLiteral("edge-web"),
                                                    QStringLiteral("{{.State.Status}}"))
                                     != QLatin1String("running"),
                                 30'000);
        QVERIFY(m_reconciler->reconcile({web()}));
        QCOMPARE(m_reconciler->statuses()[0].phase, api::WorkloadPhase::Running);
        QCOMPARE(m_reconciler->statuses()[0].restarts, 1);
        QCOMPARE(m_store->restartCount(QStringLiteral("web")), 1);
        QCOMPARE(m_service->inspect(QStringLiteral("edge-web"),
                                    QStringLiteral("{{.State.Status}}")),
                 QStringLiteral("running"));
        QVERIFY(hasEvent(QStringLiteral("workload.restarted")));
    }

    void crashLoopBacksOff()
    {
        m_events.clear();
        // A second crash right after the first restart: not restarted at once.
        QVERIFY(m_service->podman({QStringLiteral("kill"), QStringLiteral("edge-web")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_service->inspect(QStringLiteral("edge-web"),
                                                    QStringLiteral("{{.State.Status}}"))
                                     != QLatin1String("running"),
                                 30'000);
        QVERIFY(m_reconciler->reconcile({web()}));
        if (m_reconciler->statuses()[0].phase == api::WorkloadPhase::Running)
            QSKIP("the machine was too slow: the 1 s back-off had already passed");
        QCOMPARE(m_reconciler->statuses()[0].phase, api::WorkloadPhase::Restarting);
        QVERIFY(m_reconciler->statuses()[0].message.contains(QStringLiteral("crash loop")));
        QVERIFY(!hasEvent(QStringLiteral("workload.restarted")));
        // Once the back-off has passed it is restarted.
        QTRY_VERIFY_WITH_TIMEOUT(m_reconciler->reconcile({web()})
                                     && m_reconciler->statuses()[0].phase
                                            == api::WorkloadPhase::Running,
                                 30'000);
        QCOMPARE(m_reconciler->statuses()[0].restarts, 2);
        QVERIFY(hasEvent(QStringLiteral("workload.restarted")));
    }

    void neverPolicyLeavesItExited()
    {
        m_events.clear();
        api::WorkloadSpec once = web();
        once.name = QStringLiteral("once");
        once.restart = api::RestartPolicy::Never;
        QVERIFY(m_reconciler->reconcile({web(), once}));
        QVERIFY(m_service->podman({QStringLiteral("kill"), QStringLiteral("edge-once")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_service->inspect(QStringLiteral("edge-once"),
                                                    QStringLiteral("{{.State.Status}}"))
                                     != QLatin1String("running"),
                                 30'000);
        QVERIFY(m_reconciler->reconcile({web(), once}));
        QCOMPARE(m_reconciler->statuses()[1].phase, api::WorkloadPhase::Exited);
        QVERIFY(m_service->inspect(QStringLiteral("edge-once"), QStringLiteral("{{.State.Status}}"))
                != QLatin1String("running"));
    }

    void specChangeReplacesAndRemovedIsDeleted()
    {
        m_events.clear();
        const QString oldId = m_service->inspect(QStringLiteral("edge-web"),
                                                 QStringLiteral("{{.Id}}"));
        api::WorkloadSpec changed = web();
        changed.env.insert(QStringLiteral("MODE"), QStringLiteral("changed"));
        QVERIFY(m_reconciler->reconcile({changed}));
        const QString newId = m_service->inspect(QStringLiteral("edge-web"),
                                                 QStringLiteral("{{.Id}}"));
        QVERIFY(!newId.isEmpty());
        QVERIFY(newId != oldId);
        QCOMPARE(m_reconciler->statuses()[0].restarts, 0);
        // "once" is no longer desired: removed.
        QVERIFY(
            m_service->inspect(QStringLiteral("edge-once"), QStringLiteral("{{.Id}}")).isEmpty());
        QVERIFY(hasEvent(QStringLiteral("workload.removed")));
        QVERIFY(m_reconciler->reconcile({}));
        QVERIFY(m_service->inspect(QStringLiteral("edge-web"), QStringLiteral("{{.Id}}")).isEmpty());
    }

    void missingImageFailsOnce()
    {
        m_events.clear();
        api::WorkloadSpec bad = web();
        bad.name = QStringLiteral("bad");
        bad.image = QStringLiteral("localhost/absent:1");
        QVERIFY(m_reconciler->reconcile({bad}));
        QCOMPARE(m_reconciler->statuses()[0].phase, api::WorkloadPhase::Failed);
        QVERIFY(!m_reconciler->statuses()[0].message.isEmpty());
        QVERIFY(m_reconciler->reconcile({bad}));
        int failures = 0;
        for (const auto &e : std::as_const(m_events))
            failures += e.type == QLatin1String("workload.failed") ? 1 : 0;
        QCOMPARE(failures, 1);
        QVERIFY(m_reconciler->reconcile({}));
    }

    void healthFollowsTheCheck()
    {
        // Podman runs health checks from systemd timers, and there is none here (nor on many edge
        // nodes): a health check with Podman alone stays "starting". The reconciler runs them.
        Reconciler checker(*m_client, *m_store, {}, Reconciler::Options{true, 1, true});
        api::WorkloadSpec probe = web();
        probe.name = QStringLiteral("probe");
        probe.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                         QStringLiteral("/bin/busybox mkdir -p /tmp && exec /bin/sleep 600")};
        probe.health = api::WorkloadHealthCheck{{QStringLiteral("CMD-SHELL"),
                                                 QStringLiteral("test -f /tmp/ok")},
                                                1,
                                                10,
                                                1};
        const QString name = QStringLiteral("edge-probe");
        QVERIFY(checker.reconcile({probe}));
        QCOMPARE(checker.statuses()[0].phase, api::WorkloadPhase::Running);
        QVERIFY(checker.statuses()[0].health != QLatin1String("healthy"));
        QVERIFY(checker.nextHealthCheck().has_value());
        // No /tmp/ok: the check fails and (one retry) the workload is unhealthy.
        QTRY_VERIFY_WITH_TIMEOUT(checker.reconcile({probe})
                                     && checker.statuses()[0].health == QLatin1String("unhealthy"),
                                 60'000);
        QCOMPARE(m_service->inspect(name, QStringLiteral("{{.State.Health.Status}}")),
                 QStringLiteral("unhealthy"));
        // The file appears: the next check passes and the reported health follows.
        QVERIFY(m_service->podman({QStringLiteral("exec"), name, QStringLiteral("/bin/sh"),
                                   QStringLiteral("-c"), QStringLiteral(": > /tmp/ok")}));
        QTRY_VERIFY_WITH_TIMEOUT(checker.reconcile({probe})
                                     && checker.statuses()[0].health == QLatin1String("healthy"),
                                 60'000);
        QCOMPARE(m_service->inspect(name, QStringLiteral("{{.State.Health.Status}}")),
                 QStringLiteral("healthy"));
        QCOMPARE(checker.statuses()[0].phase, api::WorkloadPhase::Running);
        // And back: the file goes, the workload is unhealthy again.
        QVERIFY(m_service->podman({QStringLiteral("exec"), name, QStringLiteral("/bin/busybox"),
                                   QStringLiteral("rm"), QStringLiteral("/tmp/ok")}));
        QTRY_VERIFY_WITH_TIMEOUT(checker.reconcile({probe})
                                     && checker.statuses()[0].health == QLatin1String("unhealthy"),
                                 60'000);
        QVERIFY(checker.reconcile({}));
        QVERIFY(!checker.nextHealthCheck().has_value());
    }

    void withoutTheOptionNoCheckIsScheduled()
    {
        // With Options::runHealthChecks off (Podman's timers do it) nothing is scheduled here.
        api::WorkloadSpec probe = web();
        probe.name = QStringLiteral("probe");
        probe.health = api::WorkloadHealthCheck{{QStringLiteral("CMD-SHELL"),
                                                 QStringLiteral("true")},
                                                1,
                                                10,
                                                1};
        QVERIFY(m_reconciler->reconcile({probe}));
        QCOMPARE(m_reconciler->statuses()[0].phase, api::WorkloadPhase::Running);
        QVERIFY(m_reconciler->reconcile({probe}));
        QVERIFY(!m_reconciler->nextHealthCheck().has_value());
        QVERIFY(m_reconciler->reconcile({}));
    }

private:
    static api::WorkloadSpec web()
    {
        api::WorkloadSpec s;
        s.name = QStringLiteral("web");
        s.image = testing::PodmanService::kImage;
        s.command = {QStringLiteral("/bin/sleep"), QStringLiteral("600")};
        s.env.insert(QStringLiteral("MODE"), QStringLiteral("edge"));
        s.memoryBytes = 64 << 20;
        s.cpus = 0.5;
        return s;
    }
    bool hasEvent(const QString &type) const
    {
        for (const auto &e : m_events) {
            if (e.type == type)
                return true;
        }
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<testing::PodmanService> m_service;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<podman::PodmanClient> m_client;
    std::unique_ptr<Reconciler> m_reconciler;
    QList<api::NodeEvent> m_events;
};

QTEST_GUILESS_MAIN(TstReconciler)
#include "tst_reconciler.moc"
