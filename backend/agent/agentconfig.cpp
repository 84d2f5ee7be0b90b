#include "backend/agent/agentconfig.h"
#include "backend/agent/agenttr.h"

#include <QFile>
#include <QSysInfo>

namespace edge::agent {

using api::Code;
using api::fail;
using api::Result;

namespace {

Result<int> parseInt(const QString &key, const QString &value, const QString &prefix, int min,
                     int max)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return fail(Code::InvalidArgument,
                    prefix
                        + AgentTr::tr("'%1' must be a whole number from %2 to %3, not '%4'.")
                              .arg(key)
                              .arg(min)
                              .arg(max)
                              .arg(value),
                    {}, key);
    return n;
}

} // namespace

QStringList AgentConfig::keys()
{
    return {QStringLiteral("data-dir"),
            QStringLiteral("hub"),
            QStringLiteral("ca"),
            QStringLiteral("token"),
            QStringLiteral("token-file"),
            QStringLiteral("name"),
            QStringLiteral("podman-socket"),
            QStringLiteral("container-network"),
            QStringLiteral("metrics-interval"),
            QStringLiteral("reconcile-interval"),
            QStringLiteral("stop-timeout"),
            QStringLiteral("reconnect-max-backoff"),
            QStringLiteral("outbox-quota-mb"),
            QStringLiteral("disk-mounts")};
}

Result<void> AgentConfig::set(const QString &key, const QString &rawValue, const QString &where)
{
    const QString prefix = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    const QString value = rawValue.trimmed();
    auto requireValue = [&]() -> Result<void> {
        if (value.isEmpty())
            return fail(Code::InvalidArgument, prefix + AgentTr::tr("'%1' needs a value.").arg(key),
                        {}, key);
        return {};
    };
    if (key == QLatin1String("data-dir")) {
        if (auto r = requireValue(); !r)
            return r;
        dataDir = value;
    } else if (key == QLatin1String("hub")) {
        if (auto r = requireValue(); !r)
            return r;
        const int colon = value.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon > 0 ? value.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535)
            return fail(Code::InvalidArgument,
                        prefix
                            + AgentTr::tr("'%1' is not a hub address; write HOST:PORT, e.g. "
                                          "hub.example.net:7443.")
                                  .arg(value),
                        {}, key);
        hub = value;
    } else if (key == QLatin1String("ca")) {
        if (auto r = requireValue(); !r)
            return r;
        caFile = value;
    } else if (key == QLatin1String("token")) {
        token = value;
    } else if (key == QLatin1String("token-file")) {
        tokenFile = value;
    } else if (key == QLatin1String("name")) {
        nodeName = value;
    } else if (key == QLatin1String("podman-socket")) {
        if (auto r = requireValue(); !r)
            return r;
        podmanSocket = value;
    } else if (key == QLatin1String("container-network")) {
        if (value != QLatin1String("bridge") && value != QLatin1String("host"))
            return fail(Code::InvalidArgument,
                        prefix
                            + AgentTr::tr("'%1' must be 'bridge' or 'host', not '%2'.")
                                  .arg(key, value),
                        {}, key);
        containerNetwork = value;
    } else if (key == QLatin1String("metrics-interval")) {
        auto n = parseInt(key, value, prefix, 0, 86400);
        if (!n)
            return std::unexpected(n.error());
        metricsIntervalS = *n;
    } else if (key == QLatin1String("reconcile-interval")) {
        auto n = parseInt(key, value, prefix, 1, 3600);
        if (!n)
            return std::unexpected(n.error());
        reconcileIntervalS = *n;
    } else if (key == QLatin1String("stop-timeout")) {
        auto n = parseInt(key, value, prefix, 0, 600);
        if (!n)
            return std::unexpected(n.error());
        stopTimeoutS = *n;
    } else if (key == QLatin1String("reconnect-max-backoff")) {
        auto n = parseInt(key, value, prefix, 1, 3600);
        if (!n)
            return std::unexpected(n.error());
        maxBackoffS = *n;
    } else if (key == QLatin1String("outbox-quota-mb")) {
        auto n = parseInt(key, value, prefix, 1, 100000);
        if (!n)
            return std::unexpected(n.error());
        outboxQuotaBytes = qint64(*n) * 1024 * 1024;
    } else if (key == QLatin1String("disk-mounts")) {
        QStringList mounts;
        for (const QString &m : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            mounts.append(m.trimmed());
        diskMounts = mounts;
    } else {
        return fail(Code::InvalidArgument,
                    prefix
                        + AgentTr::tr("Unknown setting '%1'. Known settings: %2.")
                              .arg(key, keys().join(QStringLiteral(", "))),
                    {}, key);
    }
    return {};
}

Result<AgentConfig> AgentConfig::parseFile(const QString &path)
{
    return parseFile(path, AgentConfig());
}

Result<AgentConfig> AgentConfig::parseText(const QByteArray &text, const QString &source)
{
    return parseText(text, source, AgentConfig());
}

Result<AgentConfig> AgentConfig::parseFile(const QString &path, AgentConfig base)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Code::NotFound,
                    AgentTr::tr("Cannot read the configuration file '%1': %2.")
                        .arg(path, file.errorString()),
                    {}, QStringLiteral("config"));
    return parseText(file.readAll(), path, std::move(base));
}

Result<AgentConfig> AgentConfig::parseText(const QByteArray &text, const QString &source,
                                           AgentConfig base)
{
    AgentConfig config = std::move(base);
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = source + QLatin1Char(':') + QString::number(i + 1);
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            return fail(Code::InvalidArgument,
                        where + QStringLiteral(": ")
                            + AgentTr::tr("Expected 'key = value', found '%1'.").arg(line),
                        {}, QString());
        const QString key = line.left(eq).trimmed();
        if (key.isEmpty())
            return fail(Code::InvalidArgument,
                        where + QStringLiteral(": ")
                            + AgentTr::tr("The line has a value but no key."),
                        {}, QString());
        if (auto r = config.set(key, line.mid(eq + 1), where); !r)
            return std::unexpected(r.error());
    }
    return config;
}

Result<void> AgentConfig::finalize()
{
    if (dataDir.isEmpty())
        return fail(Code::InvalidArgument,
                    AgentTr::tr("No data directory: pass --data DIR or set data-dir."), {},
                    QStringLiteral("data-dir"));
    if (hub.isEmpty())
        return fail(Code::InvalidArgument,
                    AgentTr::tr("No hub address: pass --hub HOST:PORT or set hub."), {},
                    QStringLiteral("hub"));
    if (!tokenFile.isEmpty() && token.isEmpty()) {
        QFile file(tokenFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Code::NotFound,
                        AgentTr::tr("Cannot read the token file '%1': %2.")
                            .arg(tokenFile, file.errorString()),
                        {}, QStringLiteral("token-file"));
        token = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (nodeName.isEmpty())
        nodeName = QSysInfo::machineHostName();
    return {};
}

} // namespace edge::agent
