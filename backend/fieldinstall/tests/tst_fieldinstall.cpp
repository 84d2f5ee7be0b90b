// Integration test of the field install: a real OpenSSH sshd on 127.0.0.1 (own config, host key
// and user key in a temp dir) is the node; the test runs as root and installs with a prefix into
// the temp dir. With edge-hub and edge-agent built, a real hub and the real agent run the whole
// flow up to "online".
#include "backend/api/inventorytypes.h"
#include "backend/api/workload.h"
#include "backend/client/client.h"
#include "backend/fieldinstall/fieldinstaller.h"
#include "support/hubprocess.h"
#include "support/localnet.h"
#include "support/sshdpeer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <mutex>
#include <set>

using namespace edge;
using namespace edge::fieldinstall;
using namespace std::chrono_literals;

using edge::testsupport::freePort;
using edge::testsupport::SshdPeer;

namespace {

bool runTool(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << program << args << p.readAllStandardError();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions perms = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return perms ? f.setPermissions(perms) : true;
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

qint64 readPid(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

bool pidAlive(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) == 0; }

// Processes whose command line mentions `text` (the prefix of an install).
QList<qint64> processesMentioning(const QString &text)
{
    QList<qint64> pids;
    const QByteArray needle = text.toUtf8();
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok || pid == ::getpid())
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            pids << pid;
    }
    return pids;
}

// Staging directories of installs into prefixes in `dir` (they go beside the prefix).
QStringList stagingDirs(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral(".edge-install.*")},
                               QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

QString why(const InstallResult &r)
{
    return QStringLiteral("failed step %1: %2 [%3] cleanup: %4")
        .arg(r.failedStep ? stepId(*r.failedStep) : QStringLiteral("-"), r.error.message,
             r.error.detail, r.cleanupError);
}

template<class T>
QByteArray whyR(const api::Result<T> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

} // namespace

class TestFieldInstall : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SshdPeer m_sshd;
    int m_port = 0;
    QString m_fingerprint;
    QString m_knownHosts;
    QString m_fakePackage;
    QStringList m_prefixes; // to stop on teardown

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // A CPack-like TGZ: TOP/bin/edge-agent, TOP/lib/systemd/system/edge-agent.service.
    bool makePackage(const QString &agentProgram, const QString &out)
    {
        const QString tree = path("pkgtree-") + QFileInfo(out).completeBaseName();
        const QString top = tree + QStringLiteral("/EdgeConsole-0.1.0-Linux");
        QDir(tree).removeRecursively();
        if (!QDir().mkpath(top + QStringLiteral("/bin"))
            || !writeFile(top + QStringLiteral("/lib/systemd/system/edge-agent.service"),
                          "[Service]\nExecStart=/usr/bin/edge-agent\n"))
            return false;
        if (!QFile::copy(agentProgram, top + QStringLiteral("/bin/edge-agent"))
            || !writeFile(top + QStringLiteral("/bin/edgectl"), "#!/bin/sh\n"))
            return false;
        QFile::setPermissions(top + QStringLiteral("/bin/edge-agent"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                  | QFile::ExeOther);
        return runTool(QStringLiteral("tar"), {QStringLiteral("-czf"), out, QStringLiteral("-C"),
                                               tree, QStringLiteral("EdgeConsole-0.1.0-Linux")});
    }

    InstallRequest baseRequest(const QString &prefix) const
    {
        InstallRequest r;
        r.host = QStringLiteral("127.0.0.1");
        r.port = m_port;
        r.user = QStringLiteral("root");
        r.keyFile = m_sshd.userKeyPath();
        r.knownHostsFile = m_knownHosts;
        r.site = QStringLiteral("Test Site");
        r.nodeName = QStringLiteral("node-a");
        r.hubAddress = QStringLiteral("127.0.0.1:1");
        r.hubCaPath = path("ca.pem");
        r.packagePath = m_fakePackage;
        r.prefix = prefix;
        r.bootstrapToken = QStringLiteral("token-secret-123");
        r.connectTimeout = 20s;
        r.commandTimeout = 60s;
        return r;
    }

    // Stops what a supervised install under `prefix` runs (test teardown only).
    static void stopInstall(const QString &prefix)
    {
        for (const char *f : {"/run/edge-agent-supervisor.pid", "/run/edge-agent.pid"}) {
            const qint64 pid = readPid(prefix + QLatin1String(f));
            if (pid > 0)
                ::kill(pid_t(pid), SIGKILL);
        }
        for (qint64 pid : processesMentioning(prefix))
            ::kill(pid_t(pid), SIGKILL);
    }

    void verifyClean(const QString &prefix, const QStringList &stagingBefore)
    {
        QVERIFY2(!QFileInfo::exists(prefix), qPrintable(prefix));
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(prefix).isEmpty(), 10000);
        QCOMPARE(stagingDirs(m_dir.path()), stagingBefore);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SshdPeer::available())
            QSKIP(SshdPeer::skipReason());
        if (::geteuid() != 0)
            QSKIP("the install target logs in as root (run as root, like CI)");
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sshd.start({.extraConfig = QStringLiteral("MaxStartups 20\nMaxSessions 20")}),
                 qPrintable(m_sshd.error()));
        m_port = m_sshd.port();
        QByteArray listing;
        QVERIFY(runTool(QStringLiteral("ssh-keygen"),
                        {QStringLiteral("-lf"), m_sshd.hostPublicKeyPath()}, &listing));
        m_fingerprint = QString::fromLatin1(listing.split(' ').value(1));
        QVERIFY(m_fingerprint.startsWith(QStringLiteral("SHA256:")));
        QVERIFY(writeFile(path("ca.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n"
                                          "-----END CERTIFICATE-----\n"));
        // The stand-in agent: records its arguments beside itself and sleeps (exec: the pid the
        // supervisor records is the sleeping process).
        QVERIFY(writeFile(path("fake/edge-agent"), "#!/bin/sh\n"
                                                   "# stand-in for edge-agent in tst_fieldinstall\n"
                                                   "d=$(dirname \"$0\")\n"
                                                   "echo \"$@\" > \"$d/../fake-agent.marker\"\n"
                                                   "exec sleep 300\n"));
        m_fakePackage = path("edge-agent-fake.tar.gz");
        QVERIFY(makePackage(path("fake/edge-agent"), m_fakePackage));
        m_knownHosts = path("state/known_hosts");
    }

    void cleanupTestCase()
    {
        for (const QString &p : std::as_const(m_prefixes))
            stopInstall(p);
        m_sshd.stop();
    }

    void refusedHostKeyStopsWithNothingChanged()
    {
        const QString prefix = path("refused");
        m_prefixes << prefix;
        const QStringList stagingBefore = stagingDirs(m_dir.path());
        FieldInstaller installer(baseRequest(prefix));
        QStringList asked;
        installer.setHostKeyCallback([&](const HostKeyInfo &key) {
            asked << key.fingerprint;
            return false;
        });
        QList<ProgressEvent> events;
        installer.setProgressCallback([&](const ProgressEvent &e) { events << e; });
        const InstallResult r = installer.run();
        QVERIFY(!r.ok);
        QCOMPARE(asked, QStringList{m_fingerprint});
        QVERIFY(r.failedStep.has_value());
        QCOMPARE(stepId(*r.failedStep), QStringLiteral("host-key"));
        QCOMPARE(r.error.code, api::Code::Cancelled);
        QVERIFY(r.error.message.contains(m_fingerprint));
        QCOMPARE(r.steps.size(), allSteps().size());
        QCOMPARE(r.steps.at(0).state, StepState::Done);
        QCOMPARE(r.steps.at(1).state, StepState::Cancelled);
        for (qsizetype i = 2; i < r.steps.size(); ++i)
            QCOMPARE(r.steps.at(i).state, StepState::Pending);
        QVERIFY(r.cleanedUp);
        QVERIFY(!QFile::exists(m_knownHosts));
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().step, Step::VerifyHostKey);
        verifyClean(prefix, stagingBefore);
        // The person gave a different fingerprint on the command line: refused without asking.
        InstallRequest wrong = baseRequest(prefix);
        wrong.acceptedFingerprint = QStringLiteral(
            "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        FieldInstaller second(wrong);
        second.setHostKeyCallback([&](const HostKeyInfo &) {
            asked << QStringLiteral("asked again");
            return true;
        });
        const InstallResult r2 = second.run();
        QVERIFY(!r2.ok);
        QCOMPARE(r2.failedStep, std::optional<Step>(Step::VerifyHostKey));
        QCOMPARE(asked.size(), 1);
        QVERIFY(!QFile::exists(m_knownHosts));
        verifyClean(prefix, stagingBefore);
    }

    void installUpToStartThenReRun()
    {
        const QString prefix = path("node-a");
        m_prefixes << prefix;
        const QStringList stagingBefore = stagingDirs(m_dir.path());
        FieldInstaller installer(baseRequest(prefix));
        QStringList asked;
        installer.setHostKeyCallback([&](const HostKeyInfo &key) {
            asked << key.fingerprint;
            return true;
        });
        QList<ProgressEvent> events;
        installer.setProgressCallback([&](const ProgressEvent &e) { events << e; });
        const InstallResult r = installer.run();
        QVERIFY2(r.ok, qPrintable(why(r)));
        QCOMPARE(asked, QStringList{m_fingerprint});
        QVERIFY(QFile::exists(m_knownHosts));
        for (const StepOutcome &s : r.steps)
            QCOMPARE(s.state, s.step == Step::WaitOnline ? StepState::Skipped : StepState::Done);
        QCOMPARE(r.nodeName, QStringLiteral("node-a"));
        QCOMPARE(r.remotePrefix, prefix);
        // Progress: every step starts before it ends, and the steps come in order.
        int lastStep = -1;
        for (const ProgressEvent &e : std::as_const(events)) {
            QVERIFY(int(e.step) >= lastStep);
            lastStep = int(e.step);
            for (const QString &secret : {QStringLiteral("token-secret-123")})
                QVERIFY(!e.message.contains(secret));
        }
        QCOMPARE(lastStep, int(Step::WaitOnline));
        const bool sawUploadFraction = std::any_of(events.cbegin(), events.cend(), [](auto &e) {
            return e.step == Step::Upload && e.fraction > 0.0 && e.fraction < 1.0;
        });
        QVERIFY(sawUploadFraction);

        // Config and token: mode 0600, the right content.
        const QString conf = prefix + QStringLiteral("/etc/agent.conf");
        const QString token = prefix + QStringLiteral("/etc/bootstrap-token");
        QCOMPARE(modeOf(conf), 0600);
        QCOMPARE(modeOf(token), 0600);
        QFile tf(token);
        QVERIFY(tf.open(QIODevice::ReadOnly));
        QCOMPARE(tf.readAll(), QByteArray("token-secret-123\n"));
        QFile cf(conf);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QByteArray config = cf.readAll();
        QVERIFY(config.contains("\nhub=127.0.0.1:1\n"));
        QVERIFY(config.contains("\nname=node-a\n"));
        const QByteArray dataLine = QStringLiteral("\ndata-dir=%1/var/lib\n").arg(prefix).toUtf8();
        const QByteArray tokenLine = QStringLiteral("\ntoken-file=%1\n").arg(token).toUtf8();
        QVERIFY(config.contains(dataLine));
        QVERIFY(config.contains(tokenLine));
        QVERIFY(!config.contains("token-secret-123"));
        QVERIFY(QFile::exists(prefix + QStringLiteral("/etc/ca.pem")));

        // The agent runs, under the supervisor, with our config.
        const QString agentPidFile = prefix + QStringLiteral("/run/edge-agent.pid");
        const qint64 pid = readPid(agentPidFile);
        QVERIFY(pidAlive(pid));
        QVERIFY(pidAlive(readPid(prefix + QStringLiteral("/run/edge-agent-supervisor.pid"))));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(prefix + QStringLiteral("/fake-agent.marker")),
                                 10000);
        QFile marker(prefix + QStringLiteral("/fake-agent.marker"));
        QVERIFY(marker.open(QIODevice::ReadOnly));
        QCOMPARE(marker.readAll().trimmed(), QByteArray("--config ") + conf.toUtf8());
        QCOMPARE(stagingDirs(m_dir.path()), stagingBefore);
        // The agent's files only (the all-in-one archive holds more).
        QVERIFY(QFile::exists(prefix + QStringLiteral("/lib/systemd/system/edge-agent.service")));
        QVERIFY(!QFileInfo::exists(prefix + QStringLiteral("/bin/edgectl")));

        // Supervised: a killed agent comes back.
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(readPid(agentPidFile) != pid && pidAlive(readPid(agentPidFile)),
                                 20000);

        // Re-run over the finished install (the key is known now): succeeds, one agent again.
        const qint64 supervisorBefore = readPid(prefix
                                                + QStringLiteral("/run/edge-agent-supervisor.pid"));
        FieldInstaller again(baseRequest(prefix));
        again.setHostKeyCallback([&](const HostKeyInfo &) {
            asked << QStringLiteral("asked again");
            return false;
        });
        const InstallResult r2 = again.run();
        QVERIFY2(r2.ok, qPrintable(why(r2)));
        QCOMPARE(asked.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!pidAlive(supervisorBefore), 10000);
        QVERIFY(pidAlive(readPid(prefix + QStringLiteral("/run/edge-agent-supervisor.pid"))));
        QVERIFY(pidAlive(readPid(agentPidFile)));
        stopInstall(prefix);
    }

    void failedInstallLeavesNodeCleanAndReRunSucceeds()
    {
        const QString prefix = path("node-b");
        m_prefixes << prefix;
        const QStringList stagingBefore = stagingDirs(m_dir.path());
        QByteArray junk(256 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(3);
        rng.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
        QVERIFY(writeFile(path("corrupt.tar.gz"), junk));
        InstallRequest req = baseRequest(prefix);
        req.packagePath = path("corrupt.tar.gz");
        FieldInstaller installer(req);
        const InstallResult r = installer.run();
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, std::optional<Step>(Step::Install));
        QCOMPARE(r.error.code, api::Code::InstallFailed);
        QVERIFY2(r.error.message.contains(stepLabel(Step::Install)), qPrintable(r.error.message));
        QCOMPARE(r.steps.at(int(Step::Install)).state, StepState::Failed);
        QCOMPARE(r.steps.at(int(Step::Configure)).state, StepState::Pending);
        QVERIFY2(r.cleanedUp, qPrintable(r.cleanupError));
        QCOMPARE(r.toJson().value(QStringLiteral("failed_step")).toString(),
                 QStringLiteral("install"));
        verifyClean(prefix, stagingBefore);

        // A package without bin/edge-agent fails the same way.
        QVERIFY(writeFile(path("empty-tree/README"), "nothing here\n"));
        QVERIFY(runTool(QStringLiteral("tar"),
                        {QStringLiteral("-czf"), path("noagent.tar.gz"), QStringLiteral("-C"),
                         path("empty-tree"), QStringLiteral("README")}));
        req.packagePath = path("noagent.tar.gz");
        FieldInstaller second(req);
        const InstallResult r2 = second.run();
        QCOMPARE(r2.failedStep, std::optional<Step>(Step::Install));
        QVERIFY2(r2.error.message.contains(QStringLiteral("bin/edge-agent")),
                 qPrintable(r2.error.message));
        verifyClean(prefix, stagingBefore);

        // The same install with a good package then succeeds.
        FieldInstaller third(baseRequest(prefix));
        const InstallResult r3 = third.run();
        QVERIFY2(r3.ok, qPrintable(why(r3)));
        QVERIFY(pidAlive(readPid(prefix + QStringLiteral("/run/edge-agent.pid"))));
        stopInstall(prefix);
    }

    void cancelDuringUploadLeavesNodeClean()
    {
        const QString prefix = path("node-c");
        m_prefixes << prefix;
        const QStringList stagingBefore = stagingDirs(m_dir.path());
        QByteArray big(32 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(5);
        rng.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        QVERIFY(writeFile(path("big.tar.gz"), big));
        big.clear();
        InstallRequest req = baseRequest(prefix);
        req.packagePath = path("big.tar.gz");
        FieldInstaller installer(req);
        double cancelledAt = -1;
        installer.setProgressCallback([&](const ProgressEvent &e) {
            if (e.step == Step::Upload && e.state == StepState::Running && e.fraction > 0.0
                && cancelledAt < 0) {
                cancelledAt = e.fraction;
                installer.cancel();
            }
        });
        const InstallResult r = installer.run();
        QVERIFY(!r.ok);
        QVERIFY(cancelledAt > 0.0 && cancelledAt < 0.5);
        QCOMPARE(r.failedStep, std::optional<Step>(Step::Upload));
        QCOMPARE(r.error.code, api::Code::Cancelled);
        QCOMPARE(r.steps.at(int(Step::Upload)).state, StepState::Cancelled);
        QVERIFY2(r.cleanedUp, qPrintable(r.cleanupError));
        verifyClean(prefix, stagingBefore);
    }

    void batchWithOneBadPort()
    {
        const int badPort = freePort();
        const QByteArray csv = QStringLiteral("# three nodes, one unreachable\n"
                                              "host,port,name,prefix\n"
                                              "127.0.0.1,%1,batch-1,%2\n"
                                              "127.0.0.1,%3,batch-2,%4\n"
                                              "127.0.0.1,%1,batch-3,%5\n")
                                   .arg(m_port)
                                   .arg(path("batch-1"))
                                   .arg(badPort)
                                   .arg(path("batch-2"), path("batch-3"))
                                   .toUtf8();
        auto hosts = parseHostsCsv(csv);
        QVERIFY2(hosts, whyR(hosts).constData());
        QCOMPARE(hosts->size(), 3);
        for (const BatchHost &h : *hosts)
            m_prefixes << h.prefix;
        InstallRequest defaults = baseRequest({});
        defaults.bootstrapToken.clear();
        std::mutex mutex;
        QStringList tokensMade;
        defaults.createToken = [&](const QString &site,
                                   const QString &node) -> api::Result<QString> {
            std::lock_guard lock(mutex);
            tokensMade << site + u'/' + node;
            return QStringLiteral("token-for-") + node;
        };
        BatchInstaller batch(defaults, *hosts, 2);
        std::set<int> running;
        size_t maxRunning = 0;
        batch.setProgressCallback([&](int index, const ProgressEvent &e) {
            std::lock_guard lock(mutex);
            if (e.step == Step::Connect && e.state == StepState::Running)
                running.insert(index);
            maxRunning = std::max(maxRunning, running.size());
        });
        batch.setFinishedCallback([&](int index, const InstallResult &) {
            std::lock_guard lock(mutex);
            running.erase(index);
        });
        const QList<BatchEntry> table = batch.run();
        QCOMPARE(table.size(), 3);
        QVERIFY(maxRunning >= 1 && maxRunning <= 2);
        QVERIFY2(table.at(0).result.ok, qPrintable(why(table.at(0).result)));
        QVERIFY2(table.at(2).result.ok, qPrintable(why(table.at(2).result)));
        QVERIFY(!table.at(1).result.ok);
        QCOMPARE(table.at(1).result.failedStep, std::optional<Step>(Step::Connect));
        QCOMPARE(table.at(1).host.port, badPort);
        QCOMPARE(table.at(1).host.line, 4);
        tokensMade.sort();
        QCOMPARE(tokensMade, (QStringList{QStringLiteral("Test Site/batch-1"),
                                          QStringLiteral("Test Site/batch-3")}));
        for (const QString &n : {QStringLiteral("batch-1"), QStringLiteral("batch-3")}) {
            QFile t(path(n) + QStringLiteral("/etc/bootstrap-token"));
            QVERIFY(t.open(QIODevice::ReadOnly));
            QCOMPARE(t.readAll(), QStringLiteral("token-for-%1\n").arg(n).toUtf8());
            QVERIFY(pidAlive(readPid(path(n) + QStringLiteral("/run/edge-agent.pid"))));
            stopInstall(path(n));
        }
        QVERIFY(!QFileInfo::exists(path("batch-2")));
    }

    // edgectl node install / install-batch (when edgectl is built): the JSON result, the exit
    // codes, a host key refused without a terminal, and a CSV error naming line and column.
    void edgectlCommands()
    {
        const QString bin = qEnvironmentVariable("EC_BIN_DIR");
        const QString edgectl = QDir(bin).absoluteFilePath(QStringLiteral("edgectl"));
        if (bin.isEmpty() || !QFile::exists(edgectl))
            QSKIP("edgectl is not built");
        auto runCtl = [&](const QStringList &args, const QString &knownHosts, QByteArray *out,
                          QByteArray *err) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("EDGE_BOOTSTRAP_TOKEN"), QStringLiteral("cli-token-456"));
            env.insert(QStringLiteral("HOME"), path("home"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), path("home/.config"));
            p.setProcessEnvironment(env);
            p.setStandardInputFile(QProcess::nullDevice());
            QStringList all = args;
            all << QStringLiteral("--known-hosts") << knownHosts;
            p.start(edgectl, all);
            if (!p.waitForFinished(120000)) {
                p.kill();
                p.waitForFinished();
                return -1;
            }
            *out = p.readAllStandardOutput();
            *err = p.readAllStandardError();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        const QString prefix = path("cli-node");
        m_prefixes << prefix;
        const QStringList install = {QStringLiteral("--json"),
                                     QStringLiteral("node"),
                                     QStringLiteral("install"),
                                     QStringLiteral("--host"),
                                     QStringLiteral("127.0.0.1"),
                                     QStringLiteral("--port"),
                                     QString::number(m_port),
                                     QStringLiteral("--user"),
                                     QStringLiteral("root"),
                                     QStringLiteral("--key"),
                                     m_sshd.userKeyPath(),
                                     QStringLiteral("--site"),
                                     QStringLiteral("Test Site"),
                                     QStringLiteral("--name"),
                                     QStringLiteral("cli-node"),
                                     QStringLiteral("--package"),
                                     m_fakePackage,
                                     QStringLiteral("--prefix"),
                                     prefix,
                                     QStringLiteral("--agent-hub"),
                                     QStringLiteral("127.0.0.1:1"),
                                     QStringLiteral("--agent-ca"),
                                     path("ca.pem")};
        const QString knownHosts = path("cli/known_hosts");
        QByteArray out, err;
        // No terminal, no --accept-host-key: refused at the host key, with the fingerprint.
        QCOMPARE(runCtl(install, knownHosts, &out, &err), 1);
        QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("failed_step")).toString(), QStringLiteral("host-key"));
        QVERIFY(o.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(m_fingerprint));
        QVERIFY(!QFileInfo::exists(prefix));
        // With the fingerprint: installed up to "start"; the wait is skipped without a hub.
        QCOMPARE(runCtl(install + QStringList{QStringLiteral("--accept-host-key"), m_fingerprint},
                        knownHosts, &out, &err),
                 0);
        o = QJsonDocument::fromJson(out).object();
        QVERIFY2(o.value(QStringLiteral("ok")).toBool(), out.constData());
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), allSteps().size());
        QCOMPARE(steps.last().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("skipped"));
        QFile token(prefix + QStringLiteral("/etc/bootstrap-token"));
        QVERIFY(token.open(QIODevice::ReadOnly));
        QCOMPARE(token.readAll(), QByteArray("cli-token-456\n"));
        QVERIFY(!out.contains("cli-token-456") && !err.contains("cli-token-456"));
        QVERIFY(pidAlive(readPid(prefix + QStringLiteral("/run/edge-agent.pid"))));
        stopInstall(prefix);

        // A broken hosts file: the error names the file, line and column; nothing is started.
        QVERIFY(writeFile(path("hosts.csv"), "host,port\n127.0.0.1,22\n127.0.0.1,notaport\n"));
        const int rc = runCtl({QStringLiteral("node"), QStringLiteral("install-batch"),
                               QStringLiteral("--csv"), path("hosts.csv"), QStringLiteral("--user"),
                               QStringLiteral("root"), QStringLiteral("--key"),
                               m_sshd.userKeyPath(), QStringLiteral("--site"), QStringLiteral("S"),
                               QStringLiteral("--package"), m_fakePackage},
                              knownHosts, &out, &err);
        QVERIFY(rc != 0);
        QVERIFY2(err.contains("line 3, column 11"), err.constData());
    }

    void fullFlowWithRealHub()
    {
        const QString bin = qEnvironmentVariable("EC_BIN_DIR");
        const QString agentProgram = QDir(bin).absoluteFilePath(QStringLiteral("edge-agent"));
        if (bin.isEmpty() || !QFile::exists(testing::HubProcess::program())
            || !QFile::exists(agentProgram))
            QSKIP("edge-hub and edge-agent are not built");
        testing::HubProcess hub;
        QString error;
        QVERIFY2(hub.start(path("hub-data"), {}, &error), qPrintable(error));
        auto channel = client::Client::secureChannel(hub.address(), hub.caPath());
        QVERIFY2(channel, whyR(channel).constData());
        client::Client client(*channel, hub.address());
        auto session = client.login(QStringLiteral("admin"), hub.generatedPassword());
        QVERIFY2(session, whyR(session).constData());
        auto probe = client.nodeStatus();
        if (!probe
            && (probe.error().code == api::Code::Rpc
                || probe.error().detail.contains(QStringLiteral("UNIMPLEMENTED"))))
            QSKIP("this edge-hub does not serve agents yet");
        QVERIFY2(probe, whyR(probe).constData());
        api::Site site;
        site.name = QStringLiteral("Field Site");
        auto created = client.create(site.toRecord());
        QVERIFY2(created, whyR(created).constData());

        const QString package = path("edge-agent-real.tar.gz");
        QVERIFY(makePackage(agentProgram, package));
        const QString prefix = path("node-real");
        m_prefixes << prefix;
        InstallRequest req = baseRequest(prefix);
        req.packagePath = package;
        req.nodeName = QStringLiteral("field-node-1");
        req.site = QStringLiteral("Field Site");
        req.hubAddress = hub.address();
        req.hubCaPath = hub.caPath();
        req.bootstrapToken.clear();
        req.createToken = [&](const QString &s, const QString &node) -> api::Result<QString> {
            auto t = client.createBootstrapToken(s, 0, node);
            if (!t)
                return std::unexpected(t.error());
            return t->token;
        };
        req.onlineTimeout = 90s;
        req.pollInterval = 500ms;
        FieldInstaller installer(req, &client);
        const InstallResult r = installer.run();
        if (!r.ok) {
            QFile log(prefix + QStringLiteral("/var/log/edge-agent.log"));
            if (log.open(QIODevice::ReadOnly))
                qWarning().noquote() << "agent log:" << log.readAll().right(3000);
            qWarning().noquote() << "hub log:" << hub.log();
        }
        QVERIFY2(r.ok, qPrintable(why(r)));
        QCOMPARE(r.steps.at(int(Step::WaitOnline)).state, StepState::Done);
        auto nodes = client.nodeStatus();
        QVERIFY2(nodes, whyR(nodes).constData());
        bool online = false;
        for (const api::NodeStatus &n : *nodes)
            online |= n.nodeName == u"field-node-1" && n.state == api::NodeState::Online;
        QVERIFY(online);
        stopInstall(prefix);
        hub.stop();
    }
};

QTEST_GUILESS_MAIN(TestFieldInstall)
#include "tst_fieldinstall.moc"
