#pragma once

// Starts and stops a real edge-hub child process for tests ($EC_BIN_DIR/edge-hub).

#include "localnet.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QtTest>

namespace edge::testing {

class HubProcess {
public:
    ~HubProcess() { stop(); }

    static QString program()
    {
        // CTest sets EC_BIN_DIR; run by hand, the test finds bin/ beside its own tests/ directory.
        const QString bin = qEnvironmentVariableIsEmpty("EC_BIN_DIR")
                                ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin")
                                : qEnvironmentVariable("EC_BIN_DIR");
        return QDir(bin).absoluteFilePath(QStringLiteral("edge-hub"));
    }

    // Starts the hub on `dataDir` (listening on 127.0.0.1, port chosen by the system) and waits
    // for its "listening on" line. False with `error` set when it does not come up.
    bool start(const QString &dataDir, const QStringList &extraArgs = {}, QString *error = nullptr)
    {
        stop();
        m_dataDir = dataDir;
        m_stdout.clear();
        m_address.clear();
        m_generatedPassword.clear();
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("EDGE_ADMIN_PASSWORD"));
        m_process->setProcessEnvironment(env);
        m_process->setStandardErrorFile(logPath(), QIODevice::Append);
        m_process->start(program(),
                         QStringList{QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:0")}
                             + extraArgs);
        if (!m_process->waitForStarted(10'000)) {
            if (error)
                *error = QStringLiteral("cannot start %1: %2")
                             .arg(program(), m_process->errorString());
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+) \\(TLS\\)"));
        static const QRegularExpression password(
            QStringLiteral("Generated password for the user 'admin': (\\S+)"));
        QDeadlineTimer deadline(60'000);
        while (!deadline.hasExpired()) {
            if (m_process->state() == QProcess::NotRunning)
                break;
            m_process->waitForReadyRead(200);
            m_stdout += m_process->readAllStandardOutput();
            const QString text = QString::fromUtf8(m_stdout);
            const auto m = listening.match(text);
            if (m.hasMatch()) {
                // The password line follows the address line in the same write burst; give it a moment.
                m_process->waitForReadyRead(300);
                m_stdout += m_process->readAllStandardOutput();
                const QString all = QString::fromUtf8(m_stdout);
                m_address = m.captured(1);
                const auto p = password.match(all);
                if (p.hasMatch())
                    m_generatedPassword = p.captured(1);
                return true;
            }
        }
        if (error)
            *error = QStringLiteral("edge-hub did not report its address; stdout: %1; log: %2")
                         .arg(QString::fromUtf8(m_stdout), log());
        stop();
        return false;
    }

    // SIGTERM and wait; returns the exit code (-1 when it had to be killed or crashed).
    int stop()
    {
        if (!m_process)
            return m_lastExitCode;
        if (!testsupport::stopProcess(*m_process, 30'000)) {
            m_process.reset();
            return m_lastExitCode = -1;
        }
        m_stdout += m_process->readAllStandardOutput();
        m_lastExitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode()
                                                                         : -1;
        m_process.reset();
        return m_lastExitCode;
    }

    // SIGKILL (no clean shutdown) and reap; for crash scenarios.
    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(10'000);
        m_process.reset();
        m_lastExitCode = -1;
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QString address() const { return m_address; }
    QString caPath() const { return QDir(m_dataDir).filePath(QStringLiteral("ca.pem")); }
    QString generatedPassword() const { return m_generatedPassword; }
    QByteArray standardOutput() const { return m_stdout; }
    // Next to the data directory (which may not exist yet when the hub starts).
    QString logPath() const
    {
        const QFileInfo data(m_dataDir);
        return data.absolutePath() + QStringLiteral("/hub-") + data.fileName()
               + QStringLiteral(".log");
    }
    QString log() const
    {
        QFile f(logPath());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
    }

    // Runs edge-hub to completion with the given arguments (usage errors and the like).
    static int runToEnd(const QStringList &args, QByteArray *out = nullptr,
                        QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("EDGE_ADMIN_PASSWORD"));
        p.setProcessEnvironment(env);
        p.start(program(), args);
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_dataDir;
    QByteArray m_stdout;
    QString m_address;
    QString m_generatedPassword;
    int m_lastExitCode = -1;
};

} // namespace edge::testing
