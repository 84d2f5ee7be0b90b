#pragma once

// Starts and stops a real edge-agent child process for tests ($EC_BIN_DIR/edge-agent). Its
// stderr (the log) goes to a file next to its data directory.

#include "localnet.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QtTest>

#include <csignal>
#include <sys/prctl.h>

namespace edge::testing {

class AgentProcess {
public:
    ~AgentProcess() { stop(); }

    static QString program()
    {
        const QString bin = qEnvironmentVariableIsEmpty("EC_BIN_DIR")
                                ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin")
                                : qEnvironmentVariable("EC_BIN_DIR");
        return QDir(bin).absoluteFilePath(QStringLiteral("edge-agent"));
    }

    // Starts `edge-agent --data DIR` plus `args`; false with `error` when it cannot start.
    bool start(const QString &dataDir, const QStringList &args, QString *error = nullptr)
    {
        stop();
        m_dataDir = dataDir;
        m_process = std::make_unique<QProcess>();
        m_process->setStandardOutputFile(logPath(), QIODevice::Append);
        m_process->setStandardErrorFile(logPath(), QIODevice::Append);
        // If the test dies, the kernel stops the agent too.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process->start(program(), QStringList{QStringLiteral("--data"), dataDir} + args);
        if (!m_process->waitForStarted(10'000)) {
            if (error)
                *error = QStringLiteral("cannot start %1: %2")
                             .arg(program(), m_process->errorString());
            return false;
        }
        return true;
    }

    // SIGTERM and wait; the exit code (-1 when it had to be killed or crashed).
    int stop()
    {
        if (!m_process)
            return m_lastExitCode;
        if (!testsupport::stopProcess(*m_process, 30'000)) {
            m_process.reset();
            return m_lastExitCode = -1;
        }
        m_lastExitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode()
                                                                         : -1;
        m_process.reset();
        return m_lastExitCode;
    }

    // Waits for the agent to exit on its own; its exit code, or -2 when it is still running.
    int waitForExit(int ms = 60'000)
    {
        if (!m_process)
            return m_lastExitCode;
        if (!m_process->waitForFinished(ms) && m_process->state() != QProcess::NotRunning)
            return -2;
        m_lastExitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode()
                                                                         : -1;
        m_process.reset();
        return m_lastExitCode;
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QString logPath() const
    {
        const QFileInfo data(m_dataDir);
        return data.absolutePath() + QStringLiteral("/agent-") + data.fileName()
               + QStringLiteral(".log");
    }
    QString log() const
    {
        QFile f(logPath());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(6000)) : QString();
    }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_dataDir;
    int m_lastExitCode = -1;
};

} // namespace edge::testing
