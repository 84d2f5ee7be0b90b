#pragma once

// Session side of the Podman adapter: HTTP over Podman's unix socket with libcurl.
// Blocking calls; run them off the GUI thread. One client may be used by one thread at a time.

#include "podmancodec.h"

#include <chrono>
#include <functional>

namespace edge::podman {

class PodmanClient {
public:
    // Called while an archive uploads; return false to cancel the upload.
    using Progress = std::function<bool(qint64 sentBytes, qint64 totalBytes)>;

    explicit PodmanClient(QString socketPath,
                          std::chrono::milliseconds timeout = std::chrono::seconds(30));

    QString socketPath() const { return m_socketPath; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    Result<void> ping();
    Result<VersionInfo> version();
    Result<QString> create(const ContainerSpec &spec); // returns the container id
    Result<void> start(const QString &nameOrId);
    // Stopping an already stopped container succeeds.
    Result<void> stop(const QString &nameOrId, int graceSeconds = 10);
    Result<void> restart(const QString &nameOrId, int graceSeconds = 10);
    Result<void> remove(const QString &nameOrId, bool force = false);
    Result<ContainerState> inspect(const QString &nameOrId);
    Result<QList<ContainerSummary>> list(bool all = true);
    // Runs the container's health check once, now (what Podman's systemd timer would do), and
    // returns this run's result, "healthy" or "unhealthy". Podman records it; the container's
    // health, retries counted, is inspect()'s `health`. Conflict when the container has no health
    // check or is not running.
    Result<QString> runHealthCheck(const QString &nameOrId);
    // One sample of the running containers' resource use (all of them when `namesOrIds` is
    // empty). Stopped containers are left out.
    Result<QList<ContainerStats>> stats(const QStringList &namesOrIds = {});
    // Uploads an image archive (podman save / docker save); returns the loaded image names.
    Result<QStringList> loadImage(const QString &archivePath, const Progress &progress = {},
                                  std::chrono::milliseconds timeout = std::chrono::minutes(10));

    struct Response {
        long status = 0;
        QByteArray body;
    };

private:
    Result<Response> request(const char *method, const QString &path, const QByteArray &body = {},
                             std::chrono::milliseconds extra = {});
    Result<void> expectNoContent(const Result<Response> &r, bool allowNotModified = false);

    QString m_socketPath;
    std::chrono::milliseconds m_timeout;
};

} // namespace edge::podman
