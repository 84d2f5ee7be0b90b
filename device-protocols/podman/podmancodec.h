#pragma once

// Pure codec for Podman's libpod REST API (v4): request bodies in, parsed responses out.
// No sockets, no event loop, no clock. Every parser accepts arbitrary bytes and never crashes.

#include "backend/api/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace edge::podman {

using api::Result;

struct PortMapping {
    quint16 hostPort = 0;
    quint16 containerPort = 0;
    QString protocol = QStringLiteral("tcp"); // tcp, udp, sctp
    QString hostIp;                           // empty: all addresses
};

struct VolumeMount {
    QString hostPath;
    QString containerPath;
    bool readOnly = false;
};

enum class RestartPolicy { No, Always, OnFailure, UnlessStopped };

struct HealthCheck {
    QStringList test; // e.g. {"CMD-SHELL", "true"} or {"CMD", "/bin/check"}
    qint64 intervalMs = 30000;
    qint64 timeoutMs = 5000;
    qint64 startPeriodMs = 0;
    int retries = 3;
};

struct ContainerSpec {
    QString name;
    QString image;
    QStringList command;
    QMap<QString, QString> env;
    QList<PortMapping> ports;
    QList<VolumeMount> volumes;
    RestartPolicy restart = RestartPolicy::No;
    int restartRetries = 0; // only for OnFailure; 0 means unlimited
    double cpus = 0;        // 0: no limit; 1.5 means one and a half CPUs
    qint64 memoryBytes = 0; // 0: no limit
    std::optional<HealthCheck> healthCheck;
    QMap<QString, QString> labels;
    bool hostNetwork = false;
};

// Checks a spec before it is sent; the error names the offending field.
Result<void> validate(const ContainerSpec &spec);
// JSON body for POST /libpod/containers/create (validates first).
Result<QByteArray> buildCreateBody(const ContainerSpec &spec);
QString restartPolicyName(RestartPolicy policy);

struct ContainerState {
    QString id;
    QString name;
    QString image;
    QString status; // created, running, exited, paused, stopped, ...
    bool running = false;
    bool oomKilled = false;
    int exitCode = 0;
    int pid = 0;
    QDateTime startedAt;  // invalid when never started
    QDateTime finishedAt; // invalid when not finished
    QString health;       // "", starting, healthy, unhealthy
    QString error;
    // Applied configuration, as Podman reports it back.
    QMap<QString, QString> env;
    QMap<QString, QString> labels;
    qint64 memoryBytes = 0; // 0: no limit
    double cpus = 0;        // from CpuQuota / CpuPeriod; 0: no limit
    QString restartPolicy;  // no, always, on-failure, unless-stopped ("" means no)
    int restartRetries = 0;
};

struct ContainerSummary {
    QString id;
    QStringList names;
    QString image;
    QString state;
    QStringList command;
    QMap<QString, QString> labels;
    int exitCode = 0;
    bool exited = false;
};

// One container's resource use (GET /libpod/containers/stats?stream=false).
struct ContainerStats {
    QString id;
    QString name;
    double cpuPercent = 0; // of one CPU since the previous sample Podman took
    qint64 memoryBytes = 0;
    qint64 memoryLimitBytes = 0;
    qint64 netInputBytes = 0;
    qint64 netOutputBytes = 0;
    int pids = 0;
};

struct VersionInfo {
    QString version;
    QString apiVersion;
    QString minApiVersion;
    QString os;
    QString arch;
};

Result<QString> parseCreateResponse(const QByteArray &body);
Result<ContainerState> parseInspect(const QByteArray &body);
Result<QList<ContainerSummary>> parseList(const QByteArray &body);
Result<VersionInfo> parseVersion(const QByteArray &body);
Result<QStringList> parseLoadResponse(const QByteArray &body);
// The answer of GET /libpod/containers/{name}/healthcheck (runs the check once):
// {"Status": "healthy" | "unhealthy" | "starting", "FailingStreak": n, "Log": ...}; returns Status.
Result<QString> parseHealthCheckRun(const QByteArray &body);
// {"Error": null | "...", "Stats": [...]}; a non-null Error is returned as an error.
Result<QList<ContainerStats>> parseStats(const QByteArray &body);

// Maps a non-2xx response ({"cause","message","response"}) to an Error. Works on any body.
api::Error parseError(long httpStatus, const QByteArray &body);

// Podman timestamps carry nanoseconds; "0001-01-01T00:00:00Z" means "never" (returns invalid).
QDateTime parseTimestamp(const QString &text);

} // namespace edge::podman
