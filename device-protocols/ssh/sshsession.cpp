#include "sshsession.h"

#include "hostkeys.h"
#include "sshtr.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <algorithm>

#include <fcntl.h>

namespace edge::ssh {

using api::Code;
using api::Error;
using api::Result;

namespace {

QString detailOf(const char *step, const QString &what)
{
    return QStringLiteral("step: %1; %2").arg(QLatin1String(step), what);
}

std::unexpected<Error> sshFail(Code code, QString message, const char *step, ssh_session s)
{
    const QString libMsg = s ? QString::fromUtf8(ssh_get_error(s)) : QString();
    return api::fail(code, std::move(message),
                     detailOf(step, QStringLiteral("libssh: %1").arg(libMsg)));
}

constexpr qsizetype kChunk = 64 * 1024;

using SftpPtr = std::unique_ptr<sftp_session_struct, void (*)(sftp_session)>;

// An initialised SFTP channel on `s`, freed when the pointer goes; used by upload and download.
Result<SftpPtr> openSftp(ssh_session s)
{
    SftpPtr sftp(sftp_new(s), [](sftp_session p) {
        if (p)
            sftp_free(p);
    });
    if (!sftp)
        return sshFail(Code::Unavailable, Tr::tr("The file transfer failed."), "sftp-new", s);
    if (sftp_init(sftp.get()) != SSH_OK)
        return sshFail(Code::Unavailable, Tr::tr("The file transfer failed."), "sftp-init", s);
    return sftp;
}

} // namespace

struct SshSession::Impl {
    QString knownHosts;
    ssh_session session = nullptr;
    bool authenticated = false;
    std::unique_ptr<PendingHostKey> pending;

    void close()
    {
        if (session) {
            if (ssh_is_connected(session))
                ssh_disconnect(session);
            ssh_free(session);
            session = nullptr;
        }
        authenticated = false;
    }

    Result<void> verifyHostKey(const QString &host, int port);
    Result<void> authenticate(const Credentials &credentials);
};

SshSession::SshSession(QString knownHostsFile)
    : d(std::make_unique<Impl>())
{
    d->knownHosts = std::move(knownHostsFile);
}

SshSession::~SshSession() { d->close(); }

bool SshSession::isConnected() const
{
    return d->session && d->authenticated && ssh_is_connected(d->session);
}

void SshSession::disconnect() { d->close(); }

const PendingHostKey *SshSession::pendingHostKey() const { return d->pending.get(); }

bool SshSession::isUnknownHostKey(const Error &error)
{
    return error.code == Code::FailedPrecondition && error.field == QLatin1String("hostKey");
}

bool SshSession::isChangedHostKey(const Error &error)
{
    return error.code == Code::PermissionDenied && error.field == QLatin1String("hostKeyChanged");
}

Result<void> SshSession::connect(const QString &host, int port, const Credentials &credentials,
                                 std::chrono::milliseconds timeout)
{
    d->close();
    d->pending.reset();
    d->session = ssh_new();
    if (!d->session)
        return api::fail(Code::Internal, Tr::tr("Could not connect to %1:%2.").arg(host).arg(port),
                         detailOf("create", QStringLiteral("ssh_new failed")));
    ssh_session s = d->session;
    const QByteArray hostUtf8 = host.toUtf8();
    const QByteArray userUtf8 = credentials.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(d->knownHosts);
    const int portValue = port;
    const int yes = 1;
    const bool no = false;
    const long seconds = static_cast<long>(timeout.count() / 1000);
    const long usec = static_cast<long>((timeout.count() % 1000) * 1000);
    if (ssh_options_set(s, SSH_OPTIONS_HOST, hostUtf8.constData()) < 0
        || ssh_options_set(s, SSH_OPTIONS_PORT, &portValue) < 0
        || ssh_options_set(s, SSH_OPTIONS_USER, userUtf8.constData()) < 0
        || ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds) < 0
        || ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &usec) < 0
        || ssh_options_set(s, SSH_OPTIONS_NODELAY, &yes) < 0
        || ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no) < 0
        || ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) < 0
        || ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null") < 0) {
        auto err = sshFail(Code::InvalidArgument,
                           Tr::tr("Could not connect to %1:%2.").arg(host).arg(port), "options", s);
        d->close();
        return err;
    }
    if (ssh_connect(s) != SSH_OK) {
        auto err = sshFail(Code::Unavailable,
                           Tr::tr("Could not connect to %1:%2.").arg(host).arg(port), "connect", s);
        d->close();
        return err;
    }
    if (auto ok = d->verifyHostKey(host, port); !ok) {
        d->close();
        return ok;
    }
    if (auto ok = d->authenticate(credentials); !ok) {
        d->close();
        return ok;
    }
    d->authenticated = true;
    return {};
}

Result<void> SshSession::Impl::verifyHostKey(const QString &host, int port)
{
    const ssh_known_hosts_e state = ssh_session_is_known_server(session);
    if (state == SSH_KNOWN_HOSTS_OK)
        return {};
    if (state == SSH_KNOWN_HOSTS_ERROR)
        return sshFail(Code::Internal, Tr::tr("Could not connect to %1:%2.").arg(host).arg(port),
                       "verify-host-key", session);
    if (state == SSH_KNOWN_HOSTS_CHANGED || state == SSH_KNOWN_HOSTS_OTHER) {
        QFile file(knownHosts);
        QByteArray content;
        if (file.open(QIODevice::ReadOnly))
            content = file.readAll();
        QStringList lines;
        for (int n : hostkeys::knownHostsLines(content, host, port))
            lines.append(QString::number(n));
        Error error{Code::PermissionDenied,
                    Tr::tr(
                        "WARNING: the host key of %1 has CHANGED. Someone may be intercepting the "
                        "connection, or the device was reinstalled. The connection was refused. "
                        "Only if you are sure the change is legitimate, remove line %2 of %3 and "
                        "connect again.")
                        .arg(hostkeys::knownHostsName(host, port),
                             lines.isEmpty() ? QStringLiteral("?") : lines.join(QLatin1Char(',')),
                             knownHosts),
                    detailOf("verify-host-key",
                             QStringLiteral("host key changed; known_hosts: %1 line %2")
                                 .arg(knownHosts, lines.join(QLatin1Char(',')))),
                    QStringLiteral("hostKeyChanged")};
        return std::unexpected(std::move(error));
    }
    // Unknown host or no known_hosts file yet: report the fingerprint so a person can decide.
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK)
        return sshFail(Code::Internal, Tr::tr("Could not connect to %1:%2.").arg(host).arg(port),
                       "get-host-key", session);
    unsigned char *hash = nullptr;
    size_t hashLen = 0;
    const int rc = ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen);
    ssh_key_free(key);
    if (rc != SSH_OK)
        return sshFail(Code::Internal, Tr::tr("Could not connect to %1:%2.").arg(host).arg(port),
                       "hash-host-key", session);
    const QString fingerprint = hostkeys::formatSha256Fingerprint(
        QByteArray(reinterpret_cast<const char *>(hash), static_cast<qsizetype>(hashLen)));
    ssh_clean_pubkey_hash(&hash);
    char *entry = nullptr;
    if (ssh_session_export_known_hosts_entry(session, &entry) != SSH_OK)
        return sshFail(Code::Internal, Tr::tr("Could not connect to %1:%2.").arg(host).arg(port),
                       "export-host-key", session);
    pending = std::make_unique<PendingHostKey>(
        PendingHostKey{host, port, fingerprint, QByteArray(entry)});
    ssh_string_free_char(entry);
    if (!pending->knownHostsEntry.endsWith('\n'))
        pending->knownHostsEntry.append('\n');
    Error error{Code::FailedPrecondition,
                Tr::tr(
                    "The host key of %1 is not known yet. Its fingerprint is %2. Accept it only if "
                    "it matches the key of the device.")
                    .arg(hostkeys::knownHostsName(host, port), fingerprint),
                detailOf("verify-host-key", QStringLiteral("unknown host key %1; known_hosts: %2")
                                                .arg(fingerprint, knownHosts)),
                QStringLiteral("hostKey")};
    return std::unexpected(std::move(error));
}

Result<void> SshSession::Impl::authenticate(const Credentials &credentials)
{
    int rc = SSH_AUTH_ERROR;
    if (!credentials.privateKeyFile.isEmpty()) {
        ssh_key key = nullptr;
        const QByteArray path = QFile::encodeName(credentials.privateKeyFile);
        const QByteArray passphrase = credentials.secret.toUtf8();
        if (ssh_pki_import_privkey_file(path.constData(),
                                        passphrase.isEmpty() ? nullptr : passphrase.constData(),
                                        nullptr, nullptr, &key)
            != SSH_OK)
            return api::fail(Code::Unauthenticated,
                             Tr::tr("Could not read the private key file %1.")
                                 .arg(credentials.privateKeyFile),
                             detailOf("load-key", QStringLiteral("import failed (missing file, "
                                                                 "bad format or passphrase)")));
        rc = ssh_userauth_publickey(session, nullptr, key);
        ssh_key_free(key);
    } else {
        const QByteArray password = credentials.secret.toUtf8();
        rc = ssh_userauth_password(session, nullptr, password.constData());
    }
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    const Code code = rc == SSH_AUTH_ERROR ? Code::Unavailable : Code::Unauthenticated;
    return sshFail(code, Tr::tr("Authentication as %1 failed.").arg(credentials.user),
                   credentials.privateKeyFile.isEmpty() ? "auth-password" : "auth-publickey",
                   session);
}

Result<void> SshSession::acceptHostKey()
{
    if (!d->pending)
        return api::fail(Code::FailedPrecondition, Tr::tr("There is no host key to accept."),
                         detailOf("accept-host-key", QStringLiteral("nothing pending")));
    QDir().mkpath(QFileInfo(d->knownHosts).absolutePath());
    QFile file(d->knownHosts);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)
        || file.write(d->pending->knownHostsEntry) != d->pending->knownHostsEntry.size()
        || !file.flush())
        return api::fail(Code::Internal,
                         Tr::tr("Could not record the host key in %1.").arg(d->knownHosts),
                         detailOf("accept-host-key", file.errorString()));
    file.close();
    d->pending.reset();
    return {};
}

Result<ExecResult> SshSession::exec(const QString &command, std::chrono::milliseconds timeout)
{
    if (!isConnected())
        return api::fail(Code::FailedPrecondition, Tr::tr("Not connected."),
                         detailOf("exec", QStringLiteral("no session")));
    ssh_session s = d->session;
    std::unique_ptr<ssh_channel_struct, void (*)(ssh_channel)> channel(ssh_channel_new(s),
                                                                       [](ssh_channel c) {
                                                                           if (c) {
                                                                               ssh_channel_close(c);
                                                                               ssh_channel_free(c);
                                                                           }
                                                                       });
    if (!channel)
        return sshFail(Code::Internal, Tr::tr("The remote command failed."), "exec-channel", s);
    if (ssh_channel_open_session(channel.get()) != SSH_OK)
        return sshFail(Code::Unavailable, Tr::tr("The remote command failed."), "exec-open", s);
    const QByteArray cmd = command.toUtf8();
    if (ssh_channel_request_exec(channel.get(), cmd.constData()) != SSH_OK)
        return sshFail(Code::Unavailable, Tr::tr("The remote command failed."), "exec-request", s);

    ExecResult result;
    QDeadlineTimer deadline(timeout);
    char buffer[kChunk];
    auto drain = [&](int isStderr, QByteArray &out) -> int {
        int total = 0;
        for (;;) {
            const int n = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer,
                                                       isStderr);
            if (n == SSH_EOF || n == 0)
                return total;
            if (n < 0)
                return n;
            out.append(buffer, n);
            total += n;
        }
    };
    for (;;) {
        const int n = ssh_channel_read_timeout(channel.get(), buffer, sizeof buffer, 0, 50);
        if (n < 0 && n != SSH_EOF)
            return sshFail(Code::Unavailable, Tr::tr("The remote command failed."), "exec-read", s);
        if (n > 0)
            result.stdOut.append(buffer, n);
        if (drain(1, result.stdErr) < 0)
            return sshFail(Code::Unavailable, Tr::tr("The remote command failed."), "exec-read", s);
        if (ssh_channel_is_eof(channel.get())) {
            if (drain(0, result.stdOut) < 0 || drain(1, result.stdErr) < 0)
                return sshFail(Code::Unavailable, Tr::tr("The remote command failed."), "exec-read",
                               s);
            break;
        }
        if (deadline.hasExpired())
            return api::fail(Code::DeadlineExceeded, Tr::tr("The SSH operation timed out."),
                             detailOf("exec-read",
                                      QStringLiteral("timeout after %1 ms").arg(timeout.count())));
    }
    result.exitStatus = ssh_channel_get_exit_status(channel.get());
    return result;
}

Result<void> SshSession::upload(const QString &localPath, const QString &remotePath, int mode,
                                const Progress &progress, const std::atomic_bool *cancel)
{
    if (!isConnected())
        return api::fail(Code::FailedPrecondition, Tr::tr("Not connected."),
                         detailOf("upload", QStringLiteral("no session")));
    ssh_session s = d->session;
    QFile local(localPath);
    if (!local.open(QIODevice::ReadOnly))
        return api::fail(Code::NotFound, Tr::tr("The file transfer failed."),
                         detailOf("upload-open-local",
                                  QStringLiteral("%1: %2").arg(localPath, local.errorString())));
    const qint64 total = local.size();

    auto opened = openSftp(s);
    if (!opened)
        return std::unexpected(opened.error());
    SftpPtr sftp = std::move(*opened);

    const QByteArray target = remotePath.toUtf8();
    const QByteArray part = target + ".part";
    auto sftpFail = [&](Code code, QString message, const char *step) {
        const int sftpErr = sftp_get_error(sftp.get());
        return api::fail(code, std::move(message),
                         detailOf(step, QStringLiteral("libssh: %1; sftp error %2; file %3")
                                            .arg(QString::fromUtf8(ssh_get_error(s)))
                                            .arg(sftpErr)
                                            .arg(QString::fromUtf8(part))));
    };

    sftp_file file = sftp_open(sftp.get(), part.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                               static_cast<mode_t>(mode));
    if (!file)
        return sftpFail(Code::Unavailable, Tr::tr("The file transfer failed."), "sftp-open");
    auto abort = [&](std::unexpected<Error> error) {
        sftp_close(file);
        sftp_unlink(sftp.get(), part.constData());
        return error;
    };

    QByteArray chunk;
    qint64 sent = 0;
    if (progress)
        progress(0, total);
    while (sent < total) {
        if (cancel && cancel->load())
            return abort(
                api::fail(Code::Cancelled, Tr::tr("The transfer was cancelled."),
                          detailOf("upload-write",
                                   QStringLiteral("cancelled at %1 of %2").arg(sent).arg(total))));
        chunk = local.read(kChunk);
        if (chunk.isEmpty())
            return abort(api::fail(Code::Internal, Tr::tr("The file transfer failed."),
                                   detailOf("upload-read-local", local.errorString())));
        const char *p = chunk.constData();
        qsizetype left = chunk.size();
        while (left > 0) {
            const ssize_t n = sftp_write(file, p, static_cast<size_t>(left));
            if (n <= 0)
                return abort(
                    sftpFail(Code::Unavailable, Tr::tr("The file transfer failed."), "sftp-write"));
            p += n;
            left -= n;
        }
        sent += chunk.size();
        if (progress)
            progress(sent, total);
    }
    if (cancel && cancel->load())
        return abort(api::fail(Code::Cancelled, Tr::tr("The transfer was cancelled."),
                               detailOf("upload-write", QStringLiteral("cancelled at the end"))));
    if (sftp_close(file) != SSH_NO_ERROR) {
        sftp_unlink(sftp.get(), part.constData());
        return sftpFail(Code::Unavailable, Tr::tr("The file transfer failed."), "sftp-close");
    }
    if (sftp_chmod(sftp.get(), part.constData(), static_cast<mode_t>(mode)) < 0) {
        auto err = sftpFail(Code::Unavailable, Tr::tr("The file transfer failed."), "sftp-chmod");
        sftp_unlink(sftp.get(), part.constData());
        return err;
    }
    // libssh uses posix-rename@openssh.com when the server has it (atomic replace); otherwise
    // plain SFTP rename refuses an existing target, so remove it and retry.
    if (sftp_rename(sftp.get(), part.constData(), target.constData()) < 0) {
        sftp_unlink(sftp.get(), target.constData());
        if (sftp_rename(sftp.get(), part.constData(), target.constData()) < 0) {
            auto err = sftpFail(Code::Unavailable, Tr::tr("The file transfer failed."),
                                "sftp-rename");
            sftp_unlink(sftp.get(), part.constData());
            return err;
        }
    }
    return {};
}

Result<void> SshSession::uploadData(const QByteArray &data, const QString &remotePath, int mode)
{
    if (!isConnected())
        return api::fail(Code::FailedPrecondition, Tr::tr("Not connected."),
                         detailOf("upload-data", QStringLiteral("no session")));
    ssh_session s = d->session;
    auto opened = openSftp(s);
    if (!opened)
        return std::unexpected(opened.error());
    SftpPtr sftp = std::move(*opened);
    const QByteArray target = remotePath.toUtf8();
    const QByteArray part = target + ".part";
    auto sftpFail = [&](const char *step) {
        const int sftpErr = sftp_get_error(sftp.get());
        sftp_unlink(sftp.get(), part.constData());
        return api::fail(Code::Unavailable, Tr::tr("The file transfer failed."),
                         detailOf(step, QStringLiteral("libssh: %1; sftp error %2; file %3")
                                            .arg(QString::fromUtf8(ssh_get_error(s)))
                                            .arg(sftpErr)
                                            .arg(QString::fromUtf8(part))));
    };
    // O_EXCL is not used: a stale .part from an interrupted run is replaced (O_TRUNC), and its
    // mode is forced below before anything is written.
    sftp_file file = sftp_open(sftp.get(), part.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                               static_cast<mode_t>(mode));
    if (!file)
        return sftpFail("sftp-open");
    if (sftp_chmod(sftp.get(), part.constData(), static_cast<mode_t>(mode)) < 0) {
        sftp_close(file);
        return sftpFail("sftp-chmod");
    }
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = sftp_write(file, p, static_cast<size_t>(std::min(left, kChunk)));
        if (n <= 0) {
            sftp_close(file);
            return sftpFail("sftp-write");
        }
        p += n;
        left -= n;
    }
    if (sftp_close(file) != SSH_NO_ERROR)
        return sftpFail("sftp-close");
    if (sftp_rename(sftp.get(), part.constData(), target.constData()) < 0) {
        sftp_unlink(sftp.get(), target.constData());
        if (sftp_rename(sftp.get(), part.constData(), target.constData()) < 0)
            return sftpFail("sftp-rename");
    }
    return {};
}

Result<void> SshSession::download(const QString &remotePath, const QString &localPath,
                                  const Progress &progress, const std::atomic_bool *cancel)
{
    if (!isConnected())
        return api::fail(Code::FailedPrecondition, Tr::tr("Not connected."),
                         detailOf("download", QStringLiteral("no session")));
    ssh_session s = d->session;
    auto opened = openSftp(s);
    if (!opened)
        return std::unexpected(opened.error());
    SftpPtr sftp = std::move(*opened);
    const QByteArray source = remotePath.toUtf8();
    auto sftpFail = [&](Code code, const char *step) {
        return api::fail(code, Tr::tr("The file transfer failed."),
                         detailOf(step, QStringLiteral("libssh: %1; sftp error %2; file %3")
                                            .arg(QString::fromUtf8(ssh_get_error(s)))
                                            .arg(sftp_get_error(sftp.get()))
                                            .arg(remotePath)));
    };
    sftp_attributes attributes = sftp_stat(sftp.get(), source.constData());
    if (!attributes)
        return sftpFail(Code::NotFound, "sftp-stat");
    const qint64 total = static_cast<qint64>(attributes->size);
    sftp_attributes_free(attributes);
    sftp_file file = sftp_open(sftp.get(), source.constData(), O_RDONLY, 0);
    if (!file)
        return sftpFail(Code::Unavailable, "sftp-open");

    const QString partPath = localPath + QStringLiteral(".part");
    QFile part(partPath);
    auto abort = [&](std::unexpected<Error> error) {
        sftp_close(file);
        part.close();
        QFile::remove(partPath);
        return error;
    };
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return abort(
            api::fail(Code::Internal, Tr::tr("The file transfer failed."),
                      detailOf("download-open-local",
                               QStringLiteral("%1: %2").arg(partPath, part.errorString()))));
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 received = 0;
    if (progress)
        progress(0, total);
    for (;;) {
        if (cancel && cancel->load())
            return abort(api::fail(Code::Cancelled, Tr::tr("The transfer was cancelled."),
                                   detailOf("download-read", QStringLiteral("cancelled at %1 of %2")
                                                                 .arg(received)
                                                                 .arg(total))));
        const ssize_t n = sftp_read(file, buffer.data(), static_cast<size_t>(buffer.size()));
        if (n < 0)
            return abort(sftpFail(Code::Unavailable, "sftp-read"));
        if (n == 0)
            break;
        if (part.write(buffer.constData(), n) != n)
            return abort(api::fail(Code::Internal, Tr::tr("The file transfer failed."),
                                   detailOf("download-write-local", part.errorString())));
        received += n;
        if (progress)
            progress(received, total);
    }
    sftp_close(file);
    if (!part.flush()) {
        part.close();
        QFile::remove(partPath);
        return api::fail(Code::Internal, Tr::tr("The file transfer failed."),
                         detailOf("download-write-local", part.errorString()));
    }
    part.close();
    QFile::remove(localPath);
    if (!QFile::rename(partPath, localPath)) {
        QFile::remove(partPath);
        return api::fail(Code::Internal, Tr::tr("The file transfer failed."),
                         detailOf("download-rename", localPath));
    }
    return {};
}

} // namespace edge::ssh
