#include "hostkeys.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace edge::ssh::hostkeys {

QString formatSha256Fingerprint(const QByteArray &digest)
{
    return QStringLiteral("SHA256:")
           + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

api::Result<QByteArray> parseSha256Fingerprint(const QString &text)
{
    const QString prefix = QStringLiteral("SHA256:");
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(prefix))
        return api::fail(api::Code::InvalidArgument, QStringLiteral("not a SHA256 fingerprint"),
                         QStringLiteral("missing SHA256: prefix"));
    QByteArray b64 = trimmed.mid(prefix.size()).toLatin1();
    while (b64.endsWith('='))
        b64.chop(1);
    if (b64.size() != 43)
        return api::fail(api::Code::InvalidArgument, QStringLiteral("not a SHA256 fingerprint"),
                         QStringLiteral("expected 43 base64 characters, got %1").arg(b64.size()));
    b64.append('=');
    const auto decoded = QByteArray::fromBase64Encoding(b64,
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return api::fail(api::Code::InvalidArgument, QStringLiteral("not a SHA256 fingerprint"),
                         QStringLiteral("invalid base64"));
    // Reject non-canonical encodings (trailing bits set) so the text round-trips exactly.
    if (formatSha256Fingerprint(decoded.decoded) != prefix + QString::fromLatin1(b64.chopped(1)))
        return api::fail(api::Code::InvalidArgument, QStringLiteral("not a SHA256 fingerprint"),
                         QStringLiteral("non-canonical base64"));
    return decoded.decoded;
}

QString knownHostsName(const QString &host, int port)
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

namespace {

bool hashedMatches(const QByteArray &pattern, const QByteArray &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QList<QByteArray> parts = pattern.split('|');
    if (parts.size() != 4 || !parts[0].isEmpty() || parts[1] != "1")
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts[2],
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto mac = QByteArray::fromBase64Encoding(parts[3],
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !mac)
        return false;
    return QMessageAuthenticationCode::hash(name, salt.decoded, QCryptographicHash::Sha1)
           == mac.decoded;
}

} // namespace

QList<int> knownHostsLines(const QByteArray &content, const QString &host, int port)
{
    const QByteArray name = knownHostsName(host, port).toUtf8();
    QList<int> result;
    int number = 0;
    for (const QByteArray &rawLine : content.split('\n')) {
        ++number;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('@'))
            continue;
        const qsizetype space = line.indexOf(' ');
        const qsizetype tab = line.indexOf('\t');
        qsizetype end = space < 0 ? tab : (tab < 0 ? space : std::min(space, tab));
        if (end < 0)
            continue;
        const QByteArray field = line.left(end);
        bool matched = false;
        if (field.startsWith('|')) {
            matched = hashedMatches(field, name);
        } else {
            for (const QByteArray &pattern : field.split(',')) {
                if (pattern == name) {
                    matched = true;
                    break;
                }
            }
        }
        if (matched)
            result.append(number);
    }
    return result;
}

} // namespace edge::ssh::hostkeys
