#pragma once

#include "backend/api/error.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace edge::ssh {

struct ExecResult {
    int exitStatus = -1;
    QByteArray stdOut;
    QByteArray stdErr;
};

// How to authenticate. With a key file, `secret` is its passphrase (may be empty); otherwise
// `secret` is the password. Secrets never appear in errors or logs.
struct Credentials {
    QString user;
    QString privateKeyFile;
    QString secret;
};

// A host key seen during connect() that is not in our known_hosts file yet.
struct PendingHostKey {
    QString host;
    int port = 0;
    QString fingerprint; // "SHA256:..." as OpenSSH prints it
    QByteArray knownHostsEntry;
};

// One SSH connection (blocking; use it from one worker thread). Host keys are checked against a
// known_hosts file we own, never ~/.ssh. Errors are api::Result with the step that failed and
// libssh's message in Error::detail.
//
// Host key trust flow: connect() on an unknown key fails with Code::FailedPrecondition and
// Error::field == "hostKey" (see isUnknownHostKey), the message naming the fingerprint; the UI
// asks the user, calls acceptHostKey(), then connect() again. A CHANGED key fails with
// Code::PermissionDenied and field "hostKeyChanged"; it is never accepted by this class.
class SshSession {
public:
    using Progress = std::function<void(qint64 bytes, qint64 total)>;

    explicit SshSession(QString knownHostsFile);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    api::Result<void> connect(const QString &host, int port, const Credentials &credentials,
                              std::chrono::milliseconds timeout);
    void disconnect();
    bool isConnected() const;

    // The key behind the last "unknown host key" error, if any.
    const PendingHostKey *pendingHostKey() const;
    // Records the pending host key in the known_hosts file.
    api::Result<void> acceptHostKey();

    api::Result<ExecResult> exec(const QString &command, std::chrono::milliseconds timeout);

    // Uploads to remotePath + ".part", then renames over remotePath. On failure or cancel the
    // .part file is removed. `cancel` may be null; it is polled between chunks.
    api::Result<void> upload(const QString &localPath, const QString &remotePath, int mode,
                             const Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr);

    // Writes `data` (e.g. a secret: it never touches a local file) to remotePath + ".part" created
    // with `mode`, then renames it over remotePath; the .part file is removed on failure.
    api::Result<void> uploadData(const QByteArray &data, const QString &remotePath, int mode);

    // Downloads to localPath + ".part", then renames over localPath (same cleanup rules).
    api::Result<void> download(const QString &remotePath, const QString &localPath,
                               const Progress &progress = {},
                               const std::atomic_bool *cancel = nullptr);

    static bool isUnknownHostKey(const api::Error &error);
    static bool isChangedHostKey(const api::Error &error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace edge::ssh
