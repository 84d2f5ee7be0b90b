#pragma once

// A real OpenSSH sshd on 127.0.0.1 for tests: its own config, host key, user key and
// authorized_keys in a temporary directory, the current user as login. One place for what
// tst_sshsession, tst_fieldinstall and the console's SSH tests each used to set up.
//
//   SshdPeer sshd;
//   if (!sshd.available()) QSKIP(...);
//   QVERIFY2(sshd.start(), qPrintable(sshd.error()));
//   ... connect to 127.0.0.1:sshd.port() as sshd.user() with sshd.userKeyPath() ...

#include "localnet.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace edge::testsupport {

class SshdPeer {
public:
    struct Options {
        // Directives put first in sshd_config (sshd keeps the first value it reads, so these
        // override the defaults below), one per line.
        QString extraConfig = {};
        // Host key for this start, e.g. one made with generateKey() to look like a reinstalled
        // host after a restart; empty: hostKeyPath().
        QString hostKey = {};
    };

    SshdPeer() = default;
    SshdPeer(const SshdPeer &) = delete;
    SshdPeer &operator=(const SshdPeer &) = delete;
    ~SshdPeer() { stop(); }

    static QString program() { return QStringLiteral("/usr/sbin/sshd"); }
    // False when openssh-server is not installed (tests then QSKIP with skipReason()).
    static bool available() { return QFile::exists(program()); }
    static const char *skipReason() { return "/usr/sbin/sshd is not installed (openssh-server)"; }

    // Generates the keys and config on the first call, then starts sshd on a free port (the same
    // port again after stop(), so a test can restart "the same host"). False with error().
    bool start() { return start(Options{}); }
    bool start(const Options &options)
    {
        if (!prepare(options))
            return false;
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process->start(program(),
                         {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-p"),
                          QString::number(m_port), QStringLiteral("-f"),
                          path(QStringLiteral("sshd_config")), QStringLiteral("-h"),
                          options.hostKey.isEmpty() ? hostKeyPath() : options.hostKey});
        if (!m_process->waitForStarted(10000))
            return fail(QStringLiteral("sshd did not start: %1").arg(m_process->errorString()));
        for (int i = 0; i < 400; ++i) {
            if (m_process->state() != QProcess::Running)
                return fail(QStringLiteral("sshd exited: %1")
                                .arg(QString::fromLocal8Bit(m_process->readAll())));
            if (canConnect(m_port))
                return true;
            QThread::msleep(50);
        }
        return fail(QStringLiteral("sshd did not listen on 127.0.0.1:%1").arg(m_port));
    }

    void stop()
    {
        if (!m_process)
            return;
        stopProcess(*m_process);
        m_process.reset();
    }

    // Generates an ed25519 key pair without passphrase, path(name) and path(name + ".pub"), for
    // extra host keys or keys sshd does not authorize. False with error().
    bool generateKey(const QString &name)
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        if (!run(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                  QStringLiteral("-N"), QString(), QStringLiteral("-C"), name, QStringLiteral("-f"),
                  path(name)}))
            return fail(QStringLiteral("ssh-keygen failed for %1").arg(name));
        return true;
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString dir() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString userKeyPath() const { return path(QStringLiteral("user_key")); }
    QString hostKeyPath() const { return path(QStringLiteral("host_key")); }
    QString hostPublicKeyPath() const { return path(QStringLiteral("host_key.pub")); }
    QString error() const { return m_error; }
    // What sshd printed so far (-e: its log goes to stderr, merged).
    QString log() const
    {
        return m_process ? QString::fromLocal8Bit(m_process->peek(1 << 20)) : QString();
    }

private:
    bool prepare(const Options &options)
    {
        if (m_prepared)
            return true;
        if (!available())
            return fail(QString::fromLatin1(skipReason()));
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation directory
        if (const passwd *pw = ::getpwuid(::geteuid()))
            m_user = QString::fromLocal8Bit(pw->pw_name);
        if (m_user.isEmpty())
            return fail(QStringLiteral("cannot tell the current user's name"));
        for (const QString &key : {QStringLiteral("host_key"), QStringLiteral("user_key")}) {
            if (!generateKey(key))
                return false;
        }
        if (!QFile::copy(path(QStringLiteral("user_key.pub")),
                         path(QStringLiteral("authorized_keys"))))
            return fail(QStringLiteral("cannot write authorized_keys"));
        QFile config(path(QStringLiteral("sshd_config")));
        if (!config.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write sshd_config"));
        if (!options.extraConfig.isEmpty())
            config.write(options.extraConfig.toUtf8() + '\n');
        config.write(
            QStringLiteral("ListenAddress 127.0.0.1\n"
                           "PidFile %1\n"
                           "AuthorizedKeysFile %2\n"
                           "PermitRootLogin prohibit-password\n"
                           "PasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\n"
                           "StrictModes no\n"
                           "UsePAM no\n"
                           "LogLevel ERROR\n"
                           "Subsystem sftp internal-sftp\n")
                .arg(path(QStringLiteral("sshd.pid")), path(QStringLiteral("authorized_keys")))
                .toUtf8());
        config.close();
        m_port = freePort();
        if (m_port <= 0)
            return fail(QStringLiteral("no free port on 127.0.0.1"));
        m_prepared = true;
        return true;
    }

    bool fail(const QString &why)
    {
        m_error = why;
        qWarning().noquote() << "SshdPeer:" << why;
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_user;
    QString m_error;
    int m_port = 0;
    bool m_prepared = false;
};

} // namespace edge::testsupport
