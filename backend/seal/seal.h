#pragma once

// Sealed reports (issue 6): a report nobody can quietly alter.
//
// Keys: each user has an Ed25519 signing key, created on first use, kept encrypted (PKCS#8 PEM
// under a passphrase, scrypt + AES-256) in <dataDir>/signing-keys/<user>.pem with mode 0600 (a
// key file readable by others is refused), its public half beside it (<user>.pub.pem). The
// passphrase never lands on disk or in a log.
//
// Seal: after the PDF is written, a trailer is appended after its %%EOF: a PDF comment block
// holding the seal (format version, signer, key's public half, content SHA-256 of the canonical
// run content, run id and revision, time) and an Ed25519 signature over every byte of the PDF
// before the trailer plus the seal's own fields. PDF readers ignore it; changing any byte of the
// document or the seal breaks the signature. The page footers carry short fingerprints of the key
// and of the content (computed before rendering, see shortFingerprint()), so a printed page can
// be matched to the file.

#include "backend/api/error.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace edge::seal {

// "3f2a 91c0 7b44 e012": the first 16 hex digits of a SHA-256 hex string, in groups of four.
QString shortFingerprint(const QString &sha256Hex);

class SigningKey {
public:
    // Creates the user's key (refused when one exists). The passphrase must be at least 8
    // characters.
    static api::Result<SigningKey> create(const QString &dataDir, const QString &user,
                                          const QString &passphrase);
    // Loads it; a wrong passphrase is Code::Unauthenticated, a missing key NotFound.
    static api::Result<SigningKey> load(const QString &dataDir, const QString &user,
                                        const QString &passphrase);
    static api::Result<SigningKey> loadOrCreate(const QString &dataDir, const QString &user,
                                                const QString &passphrase);
    static bool exists(const QString &dataDir, const QString &user);

    SigningKey(SigningKey &&) noexcept;
    SigningKey &operator=(SigningKey &&) noexcept;
    ~SigningKey();

    QString user() const;
    QByteArray publicKey() const; // raw 32 bytes
    QString fingerprint() const;  // SHA-256 of the raw public key, lower-case hex
    api::Result<QByteArray> sign(const QByteArray &message) const;

private:
    SigningKey();
    struct Private;
    std::unique_ptr<Private> d;
};

struct SealInfo {
    QString signer;        // user name
    QString signerName;    // display name, may be empty
    QString contentSha256; // of reports::canonicalRunContent()
    QString runId;
    int runRevision = 1;
    QString language; // of the report
    qint64 sealedAtMs = 0;
    QString keyFingerprint; // filled by verify
    QByteArray publicKey;   // filled by verify
};

// Appends the seal to the PDF at `pdfPath` (written to a temporary file, then renamed).
api::Result<void> sealPdf(const QString &pdfPath, const SigningKey &key, const SealInfo &info);

struct Verification {
    bool authentic = false; // signature valid over the whole file and the seal
    QString problem;        // why not (for people), empty when authentic
    SealInfo info;          // what the seal says (when it could be read)
    // The signing key is one this data dir knows (signing-keys/*.pub.pem), and whose.
    bool keyKnown = false;
    QString knownAs;
};
// Reads and checks the seal. An unreadable file is an error; a missing, damaged or failing seal
// is a Verification with authentic = false and the problem. `dataDir` (may be empty) is where
// known public keys are looked up.
api::Result<Verification> verifyPdf(const QString &pdfPath, const QString &dataDir = {});

} // namespace edge::seal
