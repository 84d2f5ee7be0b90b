#include "backend/seal/sealtrailer.h"
#include "backend/crypto/ed25519.h"
#include "backend/seal/sealtr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <string_view>

namespace edge::seal::detail {

namespace {

constexpr QByteArrayView kSignaturePrefix{"EdgeConsole report seal 1\0", 26};
constexpr QByteArrayView kEof{"%%EOF"};
constexpr qsizetype kMaxSignatureLine = 256;

// Strict base64: only the standard alphabet with padding, and the text must be exactly what
// encoding the decoded bytes gives (no ignored characters, no stray bits in the last one).
std::optional<QByteArray> strictBase64(QByteArrayView text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return std::nullopt;
    const QByteArray copy = text.toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(copy, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok
        || decoded.decoded.toBase64() != copy)
        return std::nullopt;
    return decoded.decoded;
}

// The last occurrence of `needle` starting at or before `from`. std::string_view, because Qt
// 6.4's QByteArrayView::lastIndexOf crashed here on an empty file.
qsizetype lastIndexOf(QByteArrayView haystack, QByteArrayView needle, qsizetype from)
{
    if (haystack.isEmpty() || from < 0)
        return -1;
    const std::string_view h(haystack.data(), size_t(haystack.size()));
    const size_t at = h.rfind(std::string_view(needle.data(), size_t(needle.size())), size_t(from));
    return at == std::string_view::npos ? -1 : qsizetype(at);
}

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }

bool isLowerHex(const QString &s)
{
    for (const QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

TrailerParse damaged(const QString &reason)
{
    TrailerParse p;
    p.status = TrailerParse::Status::Damaged;
    p.reason = reason;
    return p;
}

} // namespace

TrailerParse parseTrailer(QByteArrayView file)
{
    // The last "\n%EdgeConsole-Seal-v1 ": the trailer starts after the newline.
    qsizetype start = -1;
    for (qsizetype at = lastIndexOf(file, kSealMarker, file.size()); at > 0;
         at = lastIndexOf(file, kSealMarker, at - 1)) {
        if (file.at(at - 1) == '\n') {
            start = at;
            break;
        }
    }
    if (start < 0) {
        // Unsealed, unless something other than white space follows the last %%EOF (a seal
        // whose first line was damaged, or bytes added to the file).
        const qsizetype eof = lastIndexOf(file, kEof, file.size());
        if (eof < 0)
            return {};
        for (qsizetype i = eof + kEof.size(); i < file.size(); ++i)
            if (!isSpace(file.at(i)))
                return damaged(Tr::tr("the bytes after the end of the PDF are not a complete "
                                      "seal"));
        return {};
    }

    // Line 1: the seal JSON.
    const qsizetype sealFrom = start + kSealMarker.size();
    const QByteArrayView rest = file.sliced(sealFrom);
    const qsizetype sealEnd = rest.isEmpty()
                                  ? -1
                                  : rest.first(qMin(rest.size(), kMaxSealLine + 1)).indexOf('\n');
    if (sealEnd < 0)
        return damaged(Tr::tr("the seal line is not complete"));
    const auto json = strictBase64(rest.first(sealEnd));
    if (!json)
        return damaged(Tr::tr("the seal line is not valid base64"));

    // Line 2: the signature.
    const QByteArrayView sigLine = rest.sliced(sealEnd + 1);
    if (!sigLine.startsWith(kSignatureMarker))
        return damaged(Tr::tr("the signature line is missing"));
    const QByteArrayView sigRest = sigLine.sliced(kSignatureMarker.size());
    const qsizetype sigEnd =
        sigRest.isEmpty() ? -1
                          : sigRest.first(qMin(sigRest.size(), kMaxSignatureLine)).indexOf('\n');
    if (sigEnd < 0)
        return damaged(Tr::tr("the signature line is not complete"));
    const auto signature = strictBase64(sigRest.first(sigEnd));
    if (!signature || signature->size() != crypto::kSignatureSize)
        return damaged(Tr::tr("the signature is not a valid Ed25519 signature in base64"));

    TrailerParse p;
    p.bodySize = start;
    p.sealJson = *json;
    p.signature = *signature;
    p.extraBytes = sigRest.size() - (sigEnd + 1);
    p.status = p.extraBytes > 0 ? TrailerParse::Status::ExtraBytes : TrailerParse::Status::Ok;
    return p;
}

api::Result<SealInfo> parseSealJson(const QByteArray &json)
{
    auto bad = [](const QString &why, const QString &field = {}) {
        return api::fail(api::Code::BadInput, why, field);
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(Tr::tr("the seal is not a JSON object"), error.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt(-1) != 1)
        return bad(Tr::tr("the seal has an unknown format version"), QStringLiteral("format"));
    if (o.value(QStringLiteral("algorithm")).toString() != QLatin1String("Ed25519"))
        return bad(Tr::tr("the seal names an unknown signature algorithm"),
                   QStringLiteral("algorithm"));

    const auto text = [&](const char *key, qsizetype maxSize, bool required, QString &out) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().size() > maxSize || (required && v.toString().isEmpty()))
            return false;
        out = v.toString();
        return true;
    };
    SealInfo info;
    QString fingerprint;
    QString publicKey;
    const struct {
        const char *key;
        qsizetype maxSize;
        bool required;
        QString *out;
    } fields[] = {{"signer", 128, true, &info.signer},
                  {"signer_name", 512, false, &info.signerName},
                  {"content_sha256", 64, false, &info.contentSha256},
                  {"run_id", 128, false, &info.runId},
                  {"language", 16, false, &info.language},
                  {"public_key", 44, true, &publicKey},
                  {"key_fingerprint", 64, true, &fingerprint}};
    for (const auto &f : fields)
        if (!text(f.key, f.maxSize, f.required, *f.out))
            return bad(Tr::tr("the seal field '%1' is missing or not valid")
                           .arg(QLatin1String(f.key)),
                       QLatin1String(f.key));
    if (!info.contentSha256.isEmpty()
        && (info.contentSha256.size() != 64 || !isLowerHex(info.contentSha256)))
        return bad(Tr::tr("the seal field '%1' is missing or not valid")
                       .arg(QStringLiteral("content_sha256")),
                   QStringLiteral("content_sha256"));
    const double revision = o.value(QStringLiteral("run_revision")).toDouble(-1);
    const double sealedAt = o.value(QStringLiteral("sealed_at_ms")).toDouble(-1);
    if (!(revision >= 1 && revision <= 1e9 && std::floor(revision) == revision))
        return bad(Tr::tr("the seal field '%1' is missing or not valid")
                       .arg(QStringLiteral("run_revision")),
                   QStringLiteral("run_revision"));
    if (!(sealedAt >= 0 && sealedAt <= 1e15 && std::floor(sealedAt) == sealedAt))
        return bad(Tr::tr("the seal field '%1' is missing or not valid")
                       .arg(QStringLiteral("sealed_at_ms")),
                   QStringLiteral("sealed_at_ms"));
    info.runRevision = int(revision);
    info.sealedAtMs = qint64(sealedAt);
    const auto raw = strictBase64(QByteArrayView(publicKey.toLatin1()));
    if (!raw || raw->size() != crypto::kPublicKeySize)
        return bad(Tr::tr("the seal field '%1' is missing or not valid")
                       .arg(QStringLiteral("public_key")),
                   QStringLiteral("public_key"));
    info.publicKey = *raw;
    info.keyFingerprint = crypto::keyFingerprint(info.publicKey);
    if (fingerprint != info.keyFingerprint)
        return bad(Tr::tr("the seal's key fingerprint does not match its public key"),
                   QStringLiteral("key_fingerprint"));
    return info;
}

QByteArray sealJson(const SealInfo &info, const QByteArray &publicKey)
{
    const QJsonObject o{
        {QStringLiteral("format"), 1},
        {QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
        {QStringLiteral("signer"), info.signer},
        {QStringLiteral("signer_name"), info.signerName},
        {QStringLiteral("content_sha256"), info.contentSha256},
        {QStringLiteral("run_id"), info.runId},
        {QStringLiteral("run_revision"), info.runRevision},
        {QStringLiteral("language"), info.language},
        {QStringLiteral("sealed_at_ms"), double(info.sealedAtMs)},
        {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
        {QStringLiteral("key_fingerprint"), crypto::keyFingerprint(publicKey)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray signedMessage(const QByteArray &bodySha512, const QByteArray &json)
{
    return kSignaturePrefix.toByteArray() + bodySha512 + json;
}

QByteArray trailer(const QByteArray &json, const QByteArray &signature)
{
    return kSealMarker.toByteArray() + json.toBase64() + '\n' + kSignatureMarker.toByteArray()
           + signature.toBase64() + '\n';
}

} // namespace edge::seal::detail
