// sealPdf() and verifyPdf() of seal.h; the trailer format is in sealtrailer.h, the keys in
// signingkey.cpp.
#include "backend/seal/seal.h"
#include "backend/crypto/ed25519.h"
#include "backend/seal/sealtr.h"
#include "backend/seal/sealtrailer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

namespace edge::seal {

using detail::Tr;

namespace {

Q_LOGGING_CATEGORY(lcSeal, "edge.seal", QtInfoMsg)

constexpr qint64 kMaxPdfSize = qint64(2) * 1024 * 1024 * 1024 - 1;

// The whole file, mapped when possible (reports with photos are tens of MB).
class FileBytes {
public:
    api::Result<void> open(const QString &path)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return api::fail(m_file.exists() ? api::Code::StoreIo : api::Code::NotFound,
                             Tr::tr("Cannot read %1: %2").arg(path, m_file.errorString()));
        const qint64 size = m_file.size();
        if (size > kMaxPdfSize)
            return api::fail(api::Code::BadInput,
                             Tr::tr("%1 is too large for a report (%2 bytes).").arg(path).arg(size));
        if (size == 0)
            return {};
        if (uchar *p = m_file.map(0, size)) {
            m_view = QByteArrayView(reinterpret_cast<const char *>(p), size);
            return {};
        }
        m_copy = m_file.readAll();
        if (m_copy.size() != size)
            return api::fail(api::Code::StoreIo,
                             Tr::tr("Cannot read %1: %2").arg(path, m_file.errorString()));
        m_view = m_copy;
        return {};
    }
    QByteArrayView bytes() const { return m_view; }

private:
    QFile m_file;
    QByteArray m_copy;
    QByteArrayView m_view;
};

QByteArray sha512(QByteArrayView bytes)
{
    QCryptographicHash h(QCryptographicHash::Sha512);
    h.addData(bytes);
    return h.result();
}

// signing-keys/*.pub.pem of the data dir: whose key is `publicKey`?
std::optional<QString> knownKeyOwner(const QString &dataDir, const QByteArray &publicKey)
{
    if (dataDir.isEmpty() || publicKey.isEmpty())
        return std::nullopt;
    const QDir dir(QDir(dataDir).filePath(QStringLiteral("signing-keys")));
    const QString suffix = QStringLiteral(".pub.pem");
    const QStringList files = dir.entryList({QStringLiteral("*.pub.pem")},
                                            QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly) || f.size() > crypto::kMaxKeyFileSize)
            continue;
        if (crypto::rawPublicKeyFromPem(f.read(crypto::kMaxKeyFileSize)) == publicKey)
            return name.chopped(suffix.size());
    }
    return std::nullopt;
}

bool endsWithEof(QByteArrayView bytes)
{
    qsizetype end = bytes.size();
    while (end > 0
           && (bytes.at(end - 1) == '\n' || bytes.at(end - 1) == '\r' || bytes.at(end - 1) == ' '
               || bytes.at(end - 1) == '\t'))
        --end;
    return bytes.first(end).endsWith(QByteArrayView("%%EOF"));
}

} // namespace

QString shortFingerprint(const QString &sha256Hex)
{
    const QString hex = sha256Hex.left(16);
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

api::Result<void> sealPdf(const QString &pdfPath, const SigningKey &key, const SealInfo &info)
{
    if (key.publicKey().isEmpty())
        return api::fail(api::Code::Internal, Tr::tr("The signing key is not loaded."));
    if (!info.signer.isEmpty() && info.signer != key.user())
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("A report sealed by %1 must be signed with %1's key, not %2's.")
                             .arg(info.signer, key.user()),
                         {}, QStringLiteral("signer"));
    SealInfo seal = info;
    seal.signer = key.user();
    if (seal.sealedAtMs <= 0)
        seal.sealedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (seal.runRevision < 1)
        seal.runRevision = 1;

    QByteArray body;
    {
        FileBytes file;
        if (auto ok = file.open(pdfPath); !ok)
            return ok;
        const QByteArrayView bytes = file.bytes();
        if (detail::parseTrailer(bytes).status != detail::TrailerParse::Status::NotSealed)
            return api::fail(api::Code::FailedPrecondition,
                             Tr::tr("%1 is already sealed (or carries a damaged seal); write "
                                    "the report again to seal it.")
                                 .arg(pdfPath));
        if (!bytes.startsWith(QByteArrayView("%PDF-")) || !endsWithEof(bytes))
            return api::fail(api::Code::BadInput,
                             Tr::tr("%1 is not a complete PDF file, so it cannot be sealed.")
                                 .arg(pdfPath));
        body = bytes.toByteArray();
    }
    if (!body.endsWith('\n'))
        body.append('\n');

    const QByteArray json = detail::sealJson(seal, key.publicKey());
    if (auto parsed = detail::parseSealJson(json); !parsed)
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("The report cannot be sealed: %1.").arg(parsed.error().message),
                         parsed.error().detail);
    auto signature = key.sign(detail::signedMessage(sha512(body), json));
    if (!signature)
        return std::unexpected(signature.error());

    QSaveFile out(pdfPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size()
        || out.write(detail::trailer(json, *signature)) < 0 || !out.commit())
        return api::fail(api::Code::StoreIo, Tr::tr("Cannot write the sealed report %1: %2")
                                                 .arg(pdfPath, out.errorString()));
    qCInfo(lcSeal).noquote() << "sealed" << pdfPath << "signer" << seal.signer << "key"
                             << key.fingerprint() << "run" << seal.runId << "revision"
                             << seal.runRevision;
    return {};
}

api::Result<Verification> verifyPdf(const QString &pdfPath, const QString &dataDir)
{
    FileBytes file;
    if (auto ok = file.open(pdfPath); !ok)
        return std::unexpected(ok.error());
    const QByteArrayView bytes = file.bytes();
    const detail::TrailerParse parsed = detail::parseTrailer(bytes);

    Verification v;
    using Status = detail::TrailerParse::Status;
    switch (parsed.status) {
    case Status::NotSealed:
        v.problem = bytes.startsWith(QByteArrayView("%PDF-"))
                        ? Tr::tr("%1 is not sealed: it carries no EdgeConsole seal, so nothing "
                                 "shows who made it or that it is unaltered.")
                              .arg(pdfPath)
                        : Tr::tr("%1 is not a PDF file and not sealed.").arg(pdfPath);
        return v;
    case Status::Damaged:
        v.problem = Tr::tr("The seal of %1 is damaged (%2): the file was altered or is "
                           "incomplete.")
                        .arg(pdfPath, parsed.reason);
        return v;
    case Status::ExtraBytes:
    case Status::Ok: break;
    }

    auto info = detail::parseSealJson(parsed.sealJson);
    if (!info) {
        v.problem = Tr::tr("The seal of %1 is damaged (%2): the file was altered or is "
                           "incomplete.")
                        .arg(pdfPath, info.error().message);
        return v;
    }
    v.info = *info;
    if (const auto owner = knownKeyOwner(dataDir, v.info.publicKey)) {
        v.keyKnown = true;
        v.knownAs = *owner;
    }
    if (parsed.status == Status::ExtraBytes) {
        v.problem = Tr::tr("%1 was altered after it was sealed: %n byte(s) were added after "
                           "the seal.",
                           nullptr, int(qMin<qsizetype>(parsed.extraBytes, INT_MAX)))
                        .arg(pdfPath);
        return v;
    }
    const QByteArray message = detail::signedMessage(sha512(bytes.first(parsed.bodySize)),
                                                     parsed.sealJson);
    if (!crypto::verifyEd25519(v.info.publicKey, message, parsed.signature)) {
        v.problem = Tr::tr("%1 was altered after it was sealed: the signature does not match "
                           "its content.")
                        .arg(pdfPath);
        return v;
    }
    v.authentic = true;
    return v;
}

} // namespace edge::seal
