#pragma once

// A real `podman system service` for tests: its own containers.conf (runc, cgroupfs, file events),
// storage (vfs) and run directory in a temporary directory, never the system's; a busybox image
// (localhost/busybox:latest) imported from a rootfs built from /bin/busybox (busybox-static).
// Containers run under conmon and outlive the service; stop() removes them all.

#include "localnet.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/prctl.h>

namespace edge::testing {

class PodmanService {
public:
    static inline const QString kImage = QStringLiteral("localhost/busybox:latest");

    explicit PodmanService(const QString &dir)
        : m_dir(dir)
    {}
    ~PodmanService() { stop(); }

    static QString executable() { return QStandardPaths::findExecutable(QStringLiteral("podman")); }

    // Writes the configuration, imports the image and starts the service. False with `error`.
    bool start(QString *error)
    {
        m_podman = executable();
        if (m_podman.isEmpty()) {
            *error = QStringLiteral("podman is not installed (apt-get install podman runc)");
            return false;
        }
        QDir().mkpath(m_dir);
        QFile conf(m_dir + QStringLiteral("/containers.conf"));
        if (!conf.open(QIODevice::WriteOnly)) {
            *error = conf.errorString();
            return false;
        }
        conf.write("[containers]\n"
                   "default_ulimits = [\"nofile=20000:20000\", \"nproc=32768:32768\"]\n"
                   "[engine]\n"
                   "runtime = \"runc\"\n"
                   "cgroup_manager = \"cgroupfs\"\n"
                   "events_logger = \"file\"\n");
        conf.close();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("CONTAINERS_CONF"), conf.fileName());
        if (!QFile::exists(QStringLiteral("/bin/busybox"))) {
            *error = QStringLiteral("needs /bin/busybox (apt-get install busybox-static)");
            return false;
        }
        const QString rootfs = m_dir + QStringLiteral("/rootfs");
        QDir().mkpath(rootfs + QStringLiteral("/bin"));
        QFile::copy(QStringLiteral("/bin/busybox"), rootfs + QStringLiteral("/bin/busybox"));
        for (const char *applet : {"sh", "sleep", "true", "false", "echo", "cat", "wget"})
            QFile::link(QStringLiteral("busybox"),
                        rootfs + QStringLiteral("/bin/") + QLatin1String(applet));
        if (!run(QStringLiteral("tar"),
                 {QStringLiteral("-C"), rootfs, QStringLiteral("-cf"),
                  m_dir + QStringLiteral("/rootfs.tar"), QStringLiteral(".")},
                 error)
            || !podman({QStringLiteral("import"), m_dir + QStringLiteral("/rootfs.tar"), kImage},
                       nullptr, error))
            return false;
        return startService(error);
    }

    // Starts (again) only the service process; containers are unaffected.
    bool startService(QString *error)
    {
        m_service = std::make_unique<QProcess>();
        m_service->setProcessEnvironment(m_env);
        m_service->setStandardOutputFile(QProcess::nullDevice());
        m_service->setStandardErrorFile(m_dir + QStringLiteral("/service.log"), QIODevice::Append);
        m_service->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        QFile::remove(socket());
        m_service->start(m_podman,
                         globalArgs()
                             + QStringList{QStringLiteral("system"), QStringLiteral("service"),
                                           QStringLiteral("--time=0"),
                                           QStringLiteral("unix://") + socket()});
        if (!m_service->waitForStarted(10'000)) {
            *error = m_service->errorString();
            return false;
        }
        QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired()) {
            if (QFile::exists(socket()))
                return true;
            QTest::qWait(100);
        }
        *error = QStringLiteral("podman system service did not create %1").arg(socket());
        return false;
    }

    void stop()
    {
        if (m_podman.isEmpty() || !m_service)
            return;
        podman({QStringLiteral("rm"), QStringLiteral("--force"), QStringLiteral("--all"),
                QStringLiteral("--time=0")});
        testsupport::stopProcess(*m_service, 15'000);
        m_service.reset();
    }

    QString socket() const { return m_dir + QStringLiteral("/podman.sock"); }
    QStringList globalArgs() const
    {
        return {QStringLiteral("--root"),           m_dir + QStringLiteral("/storage"),
                QStringLiteral("--runroot"),        m_dir + QStringLiteral("/run"),
                QStringLiteral("--storage-driver"), QStringLiteral("vfs")};
    }

    // Runs the podman CLI on the same storage; stdout in `out`.
    bool podman(const QStringList &args, QByteArray *out = nullptr, QString *error = nullptr)
    {
        return run(m_podman, globalArgs() + args, error, out);
    }

    // `podman inspect --format FORMAT NAME` trimmed; empty when it fails.
    QString inspect(const QString &name, const QString &format)
    {
        QByteArray out;
        if (!podman({QStringLiteral("inspect"), QStringLiteral("--format"), format, name}, &out))
            return {};
        return QString::fromUtf8(out).trimmed();
    }

private:
    bool run(const QString &program, const QStringList &args, QString *error = nullptr,
             QByteArray *out = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program, args);
        if (!p.waitForFinished(120'000)) {
            p.kill();
            p.waitForFinished();
            if (error)
                *error = QStringLiteral("%1 timed out").arg(program);
            return false;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            if (error)
                *error = QStringLiteral("%1 %2 failed: %3")
                             .arg(program, args.join(QLatin1Char(' ')),
                                  QString::fromUtf8(p.readAllStandardError()));
            return false;
        }
        return true;
    }

    QString m_dir;
    QString m_podman;
    QProcessEnvironment m_env;
    std::unique_ptr<QProcess> m_service;
};

} // namespace edge::testing
