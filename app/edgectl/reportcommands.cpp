// `edgectl report verify FILE.pdf` (issue 6): is a sealed report (backend/seal/seal.h) authentic
// and unaltered, who signed it with which key, and does this data dir know that key. Works on the
// file alone: no hub, no sign-in; --data DIR only adds the known keys (DIR/signing-keys).
// Exit codes: 0 authentic, 3 not authentic (unsealed, damaged or altered), 1 when the file cannot
// be read, 2 usage.
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"
#include "backend/seal/seal.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>

namespace edge::edgectl {

namespace {

constexpr int kExitNotAuthentic = 3;

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)
                  : QString();
}

bool sealRead(const seal::Verification &v) { return !v.info.publicKey.isEmpty(); }

QJsonObject verificationJson(const QString &file, const seal::Verification &v, bool dataGiven)
{
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("authentic"), v.authentic},
                  {QStringLiteral("problem"), v.problem},
                  {QStringLiteral("sealed"), sealRead(v)}};
    if (!sealRead(v))
        return o;
    const seal::SealInfo &s = v.info;
    o.insert(QStringLiteral("signer"), s.signer);
    o.insert(QStringLiteral("signer_name"), s.signerName);
    o.insert(QStringLiteral("key_fingerprint"), s.keyFingerprint);
    o.insert(QStringLiteral("key_short_fingerprint"), seal::shortFingerprint(s.keyFingerprint));
    o.insert(QStringLiteral("public_key"), QString::fromLatin1(s.publicKey.toBase64()));
    o.insert(QStringLiteral("key_known"), v.keyKnown);
    o.insert(QStringLiteral("known_as"), v.knownAs);
    o.insert(QStringLiteral("keys_checked"), dataGiven);
    o.insert(QStringLiteral("content_sha256"), s.contentSha256);
    o.insert(QStringLiteral("content_short_fingerprint"),
             s.contentSha256.isEmpty() ? QString() : seal::shortFingerprint(s.contentSha256));
    o.insert(QStringLiteral("run_id"), s.runId);
    o.insert(QStringLiteral("run_revision"), s.runRevision);
    o.insert(QStringLiteral("language"), s.language);
    o.insert(QStringLiteral("sealed_at"), isoTime(s.sealedAtMs));
    o.insert(QStringLiteral("sealed_at_ms"), double(s.sealedAtMs));
    return o;
}

QString keyText(const seal::Verification &v, bool dataGiven)
{
    if (!dataGiven)
        return Tr::tr("not checked (give --data DIR to look it up among the known keys)");
    if (!v.keyKnown)
        return Tr::tr("not known in this data directory");
    return Tr::tr("known in this data directory as %1").arg(v.knownAs);
}

QList<QPair<QString, QString>> detailPairs(const QString &file, const seal::Verification &v,
                                           bool dataGiven)
{
    const seal::SealInfo &s = v.info;
    const QString signer = s.signerName.isEmpty() ? s.signer
                                                  : Tr::tr("%1 (%2)").arg(s.signer, s.signerName);
    QString run = s.runId.isEmpty() ? QStringLiteral("-") : s.runId;
    run = Tr::tr("%1, revision %2").arg(run).arg(s.runRevision);
    return {{Tr::tr("File"), file},
            {Tr::tr("Authentic"), v.authentic ? Tr::tr("yes") : Tr::tr("no")},
            {Tr::tr("Signer"), signer},
            {Tr::tr("Key fingerprint"), s.keyFingerprint},
            {Tr::tr("Key"), keyText(v, dataGiven)},
            {Tr::tr("Content fingerprint"),
             s.contentSha256.isEmpty() ? QStringLiteral("-") : s.contentSha256},
            {Tr::tr("Run"), run},
            {Tr::tr("Language"), s.language.isEmpty() ? QStringLiteral("-") : s.language},
            {Tr::tr("Sealed"), formatUtc(s.sealedAtMs) + QStringLiteral(" UTC")}};
}

int runVerify(Context &ctx)
{
    const QString file = ctx.args.positionals.value(0);
    const QString dataDir = ctx.globals.dataDir.isEmpty()
                                ? QString()
                                : QFileInfo(ctx.globals.dataDir).absoluteFilePath();
    const bool dataGiven = !dataDir.isEmpty();
    auto verified = seal::verifyPdf(file, dataDir);
    if (!verified)
        return ctx.fail(verified.error());
    const seal::Verification &v = *verified;
    const int code = v.authentic ? 0 : kExitNotAuthentic;

    if (ctx.out.json()) {
        ctx.out.jsonOut(verificationJson(file, v, dataGiven));
        return code;
    }
    if (v.authentic) {
        ctx.out.out(
            Tr::tr("%1 is authentic: sealed by %2 and not altered since.").arg(file, v.info.signer));
    } else {
        ctx.out.err(Tr::tr("NOT AUTHENTIC: %1").arg(v.problem));
        if (sealRead(v))
            ctx.out.err(Tr::tr("What its seal claims (not to be trusted):"));
    }
    if (sealRead(v))
        ctx.out.keyValues(detailPairs(file, v, dataGiven));
    if (v.authentic && v.keyKnown && v.knownAs != v.info.signer)
        ctx.out.err(Tr::tr("Warning: the seal names %1 as the signer, but this data directory "
                           "knows the key as %2's.")
                        .arg(v.info.signer, v.knownAs));
    else if (v.authentic && dataGiven && !v.keyKnown)
        ctx.out.err(Tr::tr("Warning: the signing key is not one this data directory knows; "
                           "compare its fingerprint with the signer's before you trust it."));
    return code;
}

} // namespace

QList<Command> reportCommands()
{
    Command verify;
    verify.group = QStringLiteral("report");
    verify.action = QStringLiteral("verify");
    verify.synopsis = QStringLiteral("FILE.pdf");
    verify.minPositionals = 1;
    verify.maxPositionals = 1;
    verify.summary = Tr::tr("Check that a sealed report is authentic and unaltered.");
    verify.description = Tr::tr(
        "Checks the seal of an acceptance report: the signature over every byte of the PDF and "
        "the seal itself, who signed it and with which key (its fingerprint), the content "
        "fingerprint, the commissioning run and revision, and when it was sealed. With --data "
        "DIR it also says whether the key is one of DIR's signing keys, and whose. Exit code 0 "
        "when authentic, 3 when not (unsealed, damaged or altered), 1 when the file cannot be "
        "read.");
    verify.auth = Auth::None;
    verify.run = runVerify;
    return {verify};
}

} // namespace edge::edgectl
