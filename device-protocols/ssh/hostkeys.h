#pragma once

#include "backend/api/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Pure helpers for SSH host keys: fingerprint text as OpenSSH prints it, and finding the
// known_hosts lines that name a host. No I/O, no libssh.
namespace edge::ssh::hostkeys {

// "SHA256:" + base64 without padding of a 32-byte SHA-256 digest (what `ssh-keygen -l` prints).
QString formatSha256Fingerprint(const QByteArray &digest);

// The inverse: accepts "SHA256:<43 base64 chars>" (padding optional); returns the 32-byte digest.
api::Result<QByteArray> parseSha256Fingerprint(const QString &text);

// The name a known_hosts file uses for host:port ("host" for port 22, "[host]:port" otherwise).
QString knownHostsName(const QString &host, int port);

// 1-based numbers of the lines in `content` (a known_hosts file) whose host field names host:port,
// in plain or hashed (|1|salt|hmac) form. Comments, markers' lines (@revoked ...) and wildcard
// patterns are not matched.
QList<int> knownHostsLines(const QByteArray &content, const QString &host, int port);

} // namespace edge::ssh::hostkeys
