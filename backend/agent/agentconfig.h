#pragma once

#include "backend/api/error.h"

#include <QString>
#include <QStringList>

namespace edge::agent {

// The agent's settings: a config file of `key = value` lines (blank lines and lines starting with
// `#` are ignored), then command-line options on top (set() with the option's key). Keys and
// their meaning are listed in docs/agent.md.
struct AgentConfig {
    QString dataDir;   // data-dir: node.key, node.pem, ca.pem, agent.db, outbox.db, images/
    QString hub;       // hub: HOST:PORT of the hub's TLS port
    QString caFile;    // ca: the hub's CA certificate, trusted for enrollment
    QString token;     // token: one-time bootstrap token (prefer token-file)
    QString tokenFile; // token-file: a file holding the bootstrap token
    QString nodeName;  // name: the node's name (default: the host name)
    QString podmanSocket = QStringLiteral("/run/podman/podman.sock"); // podman-socket
    QString containerNetwork = QStringLiteral("bridge");              // container-network
    int metricsIntervalS = 60;  // metrics-interval: seconds between metric samples (0: off)
    int reconcileIntervalS = 5; // reconcile-interval: seconds between container checks
    int stopTimeoutS = 10;      // stop-timeout: grace period when a container is replaced
    int maxBackoffS = 60;       // reconnect-max-backoff: cap of the reconnect back-off
    qint64 outboxQuotaBytes = 32LL * 1024 * 1024;   // outbox-quota-mb
    QStringList diskMounts = {QStringLiteral("/")}; // disk-mounts: comma-separated mount points

    // Every key set() accepts.
    static QStringList keys();

    // Sets one key from text. The error (Code::InvalidArgument, field = key) says what is wrong;
    // `where` ("FILE:LINE") prefixes it when given.
    api::Result<void> set(const QString &key, const QString &value, const QString &where = {});

    // Reads `path` on top of `base`. Errors name the file, the line and the key.
    static api::Result<AgentConfig> parseFile(const QString &path);
    static api::Result<AgentConfig> parseFile(const QString &path, AgentConfig base);
    static api::Result<AgentConfig> parseText(const QByteArray &text, const QString &source);
    static api::Result<AgentConfig> parseText(const QByteArray &text, const QString &source,
                                              AgentConfig base);

    // Required settings present; the token read from token-file when set. Call after the file
    // and the command line were applied.
    api::Result<void> finalize();
};

} // namespace edge::agent
