// Integration test against a real Podman service on a unix socket in a temp dir, with its own
// containers.conf and storage (never the system's). Skips only when podman is not installed.
#include "device-protocols/podman/podmanclient.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace edge::podman;
using edge::api::Code;

namespace {

const QString kImage = QStringLiteral("localhost/ectest:1");
const QString kContainer = QStringLiteral("ec-podman-it");

} // namespace

class TstPodmanIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_podman = QStandardPaths::findExecutable(QStringLiteral("podman"));
        if (m_podman.isEmpty())
            QSKIP("podman is not installed (apt-get install podman runc)");
        QVERIFY(m_dir.isValid());
        const QString d = m_dir.path();
        QFile conf(d + QStringLiteral("/containers.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[containers]\n"
                   "default_ulimits = [\"nofile=20000:20000\", \"nproc=32768:32768\"]\n"
                   "[engine]\n"
                   "runtime = \"runc\"\n"
                   "cgroup_manager = \"cgroupfs\"\n"
                   "events_logger = \"file\"\n");
        conf.close();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("CONTAINERS_CONF"), conf.fileName());

        // Root filesystem: a static busybox plus the applets the test runs.
        const QString busybox = QStringLiteral("/bin/busybox");
        QVERIFY2(QFile::exists(busybox), "needs /bin/busybox (apt-get install busybox-static)");
        QVERIFY(QDir().mkpath(d + QStringLiteral("/rootfs/bin")));
        QVERIFY(QFile::copy(busybox, d + QStringLiteral("/rootfs/bin/busybox")));
        for (const char *applet : {"sh", "sleep", "true"})
            QVERIFY(QFile::link(QStringLiteral("busybox"),
                                d + QStringLiteral("/rootfs/bin/") + QLatin1String(applet)));
        QVERIFY(run(QStringLiteral("tar"),
                    {QStringLiteral("-C"), d + QStringLiteral("/rootfs"), QStringLiteral("-cf"),
                     d + QStringLiteral("/rootfs.tar"), QStringLiteral(".")}));
        QVERIFY(podman({QStringLiteral("import"), d + QStringLiteral("/rootfs.tar"), kImage}));
        QVERIFY(podman({QStringLiteral("save"), QStringLiteral("-o"), archive(), kImage}));
        // The service will load it back from the archive.
        QVERIFY(podman({QStringLiteral("rmi"), kImage}));

        m_service.setProcessEnvironment(m_env);
        m_service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_service.setStandardOutputFile(QProcess::nullDevice());
        // If this test dies, the kernel stops the service too.
        m_service.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_service.start(m_podman,
                        globalArgs()
                            + QStringList{QStringLiteral("system"), QStringLiteral("service"),
                                          QStringLiteral("--time=0"),
                                          QStringLiteral("unix://") + socket()});
        QVERIFY2(m_service.waitForStarted(10000), qPrintable(m_service.errorString()));
        PodmanClient client(socket(), std::chrono::seconds(5));
        QVERIFY2(QTest::qWaitFor([&] { return client.ping().has_value(); }, 30000),
                 "podman system service did not answer on its socket");
    }

    // Also runs from the destructor, so a failed initTestCase still tears everything down.
    void cleanupTestCase() { teardown(); }

    void pingAndVersion()
    {
        PodmanClient client(socket());
        auto p = client.ping();
        QVERIFY2(p, p ? "" : qPrintable(p.error().toString()));
        auto v = client.version();
        QVERIFY(v);
        QVERIFY(!v->version.isEmpty());
        QVERIFY(v->apiVersion.startsWith(QLatin1Char('4'))
                || v->apiVersion.startsWith(QLatin1Char('5')));
    }

    void missingSocketIsUnavailable()
    {
        PodmanClient client(m_dir.path() + QStringLiteral("/absent.sock"), std::chrono::seconds(2));
        auto p = client.ping();
        QVERIFY(!p);
        QCOMPARE(p.error().code, Code::Unavailable);
    }

    void loadImageCancelled()
    {
        PodmanClient client(socket());
        int calls = 0;
        auto r = client.loadImage(archive(), [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, Code::Cancelled);
        QCOMPARE(calls, 2);
    }

    void loadImage()
    {
        PodmanClient client(socket());
        qint64 lastSent = 0;
        qint64 lastTotal = 0;
        auto r = client.loadImage(archive(), [&](qint64 sent, qint64 total) {
            lastSent = sent;
            lastTotal = total;
            return true;
        });
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QVERIFY2(r->contains(kImage), qPrintable(r->join(QLatin1Char(','))));
        QCOMPARE(lastTotal, QFileInfo(archive()).size());
        QCOMPARE(lastSent, lastTotal);
    }

    void containerLifecycle()
    {
        PodmanClient client(socket());
        ContainerSpec spec;
        spec.name = kContainer;
        spec.image = kImage;
        spec.command = {QStringLiteral("/bin/sleep"), QStringLiteral("300")};
        spec.env = {{QStringLiteral("EC_TEST"), QStringLiteral("yes")}};
        spec.memoryBytes = 64 * 1024 * 1024;
        spec.restart = RestartPolicy::OnFailure;
        spec.restartRetries = 2;
        spec.cpus = 0.5;
        spec.labels = {{QStringLiteral("edge.test"), QStringLiteral("podman")}};
        spec.hostNetwork = true; // leave the host's firewall rules alone
        auto id = client.create(spec);
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));

        auto again = client.create(spec);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Code::Conflict);

        auto created = client.inspect(kContainer);
        QVERIFY(created);
        QCOMPARE(created->id, *id);
        QCOMPARE(created->status, QStringLiteral("created"));
        QVERIFY(!created->startedAt.isValid());
        QCOMPARE(created->env.value(QStringLiteral("EC_TEST")), QStringLiteral("yes"));
        QCOMPARE(created->memoryBytes, spec.memoryBytes);
        QCOMPARE(created->cpus, 0.5);
        QCOMPARE(created->restartPolicy, QStringLiteral("on-failure"));
        QCOMPARE(created->restartRetries, 2);
        QCOMPARE(created->labels.value(QStringLiteral("edge.test")), QStringLiteral("podman"));

        auto started = client.start(kContainer);
        QVERIFY2(started, started ? "" : qPrintable(started.error().toString()));
        auto running = client.inspect(*id);
        QVERIFY(running);
        QCOMPARE(running->status, QStringLiteral("running"));
        QVERIFY(running->running);
        QVERIFY(running->pid > 0);
        QVERIFY(running->startedAt.isValid());

        auto listed = client.list(true);
        QVERIFY(listed);
        bool found = false;
        for (const ContainerSummary &c : std::as_const(*listed)) {
            if (c.id == *id) {
                found = true;
                QCOMPARE(c.state, QStringLiteral("running"));
                QCOMPARE(c.labels.value(QStringLiteral("edge.test")), QStringLiteral("podman"));
            }
        }
        QVERIFY(found);

        auto stopped = client.stop(kContainer, 1);
        QVERIFY2(stopped, stopped ? "" : qPrintable(stopped.error().toString()));
        auto after = client.inspect(kContainer);
        QVERIFY(after);
        QVERIFY(!after->running);
        QVERIFY2(after->status == QLatin1String("exited")
                     || after->status == QLatin1String("stopped"),
                 qPrintable(after->status));
        QVERIFY(client.stop(kContainer, 1)); // already stopped: still a success

        auto restarted = client.restart(kContainer, 1);
        QVERIFY2(restarted, restarted ? "" : qPrintable(restarted.error().toString()));
        auto again2 = client.inspect(kContainer);
        QVERIFY(again2);
        QVERIFY(again2->running);
        QVERIFY(again2->startedAt >= running->startedAt);
        QVERIFY(client.stop(kContainer, 1));

        auto removed = client.remove(kContainer);
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error().toString()));
        auto gone = client.inspect(kContainer);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Code::NotFound);
        QVERIFY(gone.error().message.contains(kContainer));
    }

public:
    ~TstPodmanIntegration() override { teardown(); }

private:
    void teardown()
    {
        if (m_podman.isEmpty() || m_tornDown)
            return;
        m_tornDown = true;
        // Remove every container of this private storage, then stop the service. (No
        // `podman system reset`: it would also delete the host's network definitions.)
        podman({QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("--all"),
                QStringLiteral("--time=0")});
        if (m_service.state() != QProcess::NotRunning) {
            m_service.terminate();
            if (!m_service.waitForFinished(15000)) {
                m_service.kill();
                m_service.waitForFinished(5000);
            }
        }
    }

    QString socket() const { return m_dir.path() + QStringLiteral("/podman.sock"); }
    QString archive() const { return m_dir.path() + QStringLiteral("/image.tar"); }
    QStringList globalArgs() const
    {
        const QString d = m_dir.path();
        return {QStringLiteral("--root"),           d + QStringLiteral("/storage"),
                QStringLiteral("--runroot"),        d + QStringLiteral("/run"),
                QStringLiteral("--storage-driver"), QStringLiteral("vfs")};
    }
    bool podman(const QStringList &args) { return run(m_podman, globalArgs() + args); }
    bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(5000);
            qWarning("%s timed out", qPrintable(program));
            return false;
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("%s %s failed: %s", qPrintable(program),
                     qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
            return false;
        }
        return true;
    }

    QString m_podman;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QProcess m_service;
    bool m_tornDown = false;
};

QTEST_GUILESS_MAIN(TstPodmanIntegration)
#include "tst_podman_integration.moc"
