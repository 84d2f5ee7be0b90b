#pragma once

// Runs the real edgectl binary ($EC_BIN_DIR/edgectl) with QProcess, in an environment of its own
// (HOME and XDG_CONFIG_HOME in a temporary directory, no EDGE_PASSWORD unless a test sets one).

#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace edge::testing {

struct CliResult {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // stdout parsed as JSON; `ok` false when it is not JSON.
    QJsonDocument json(bool *ok = nullptr) const
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(out, &e);
        if (ok)
            *ok = e.error == QJsonParseError::NoError;
        return d;
    }
    QJsonDocument errJson(bool *ok = nullptr) const
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(err, &e);
        if (ok)
            *ok = e.error == QJsonParseError::NoError;
        return d;
    }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)")
               + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
};

class CliRunner {
public:
    explicit CliRunner(const QString &home)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_env.remove(QStringLiteral("EDGE_PASSWORD"));
        m_env.remove(QStringLiteral("LANGUAGE"));
    }

    static QString binDir() { return qEnvironmentVariable("EC_BIN_DIR"); }
    static QString edgectl() { return binDir() + QStringLiteral("/edgectl"); }

    QProcessEnvironment environment() const { return m_env; }
    // One more variable for the commands this runner starts (e.g. EDGE_SNMP_COMMUNITY).
    void setEnvironmentValue(const QString &name, const QString &value)
    {
        m_env.insert(name, value);
    }
    QString configHome() const { return m_env.value(QStringLiteral("XDG_CONFIG_HOME")); }

    // Runs edgectl to completion. `password` (when not null) goes to EDGE_PASSWORD; `input` to stdin.
    CliResult run(const QStringList &args, const QString &password = QString(),
                  const QByteArray &input = {}) const
    {
        QProcess p;
        QProcessEnvironment env = m_env;
        if (!password.isNull())
            env.insert(QStringLiteral("EDGE_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(edgectl(), args);
        CliResult r;
        if (!p.waitForStarted(30000))
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        r.finished = p.waitForFinished(180000);
        if (!r.finished) {
            p.kill();
            p.waitForFinished(10000);
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        // Under ASan/UBSan a report may come with exit code 1, which some tests expect for
        // ordinary errors: never let a sanitizer report pass as one.
        if (r.err.contains("Sanitizer") || r.err.contains("runtime error:"))
            r.exitCode = -2;
        return r;
    }

private:
    QProcessEnvironment m_env;
};

} // namespace edge::testing
