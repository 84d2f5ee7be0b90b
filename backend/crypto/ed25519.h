#pragma once

// Ed25519 with OpenSSL 3 and owner-only key files, shared by the replica keys of sync
// (backend/sync/replicakey) and the signing keys of sealed reports (backend/seal). Error texts are
// for logs and Error::detail only: never key material, never a passphrase.

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>

#include <sys/types.h>

#include <openssl/evp.h>

namespace edge::crypto {

constexpr int kPublicKeySize = 32;
constexpr int kSignatureSize = 64;
constexpr qint64 kMaxKeyFileSize = 16 * 1024;

struct PkeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

// The OpenSSL error queue as text (and cleared), for Error::detail.
QString opensslErrors();

// The raw 32 bytes of an Ed25519 key's public half; empty on failure.
QByteArray rawPublicKey(EVP_PKEY *key);

// The public half as a "PUBLIC KEY" PEM; empty on failure.
QByteArray publicKeyPem(EVP_PKEY *key);

// The raw public key of an Ed25519 "PUBLIC KEY" PEM; empty when it is not one.
QByteArray rawPublicKeyFromPem(const QByteArray &pem);

// An Ed25519 signature of `message` (64 bytes); empty on failure (see opensslErrors()).
QByteArray signEd25519(EVP_PKEY *key, const QByteArray &message);

// Ed25519 signature check with a raw public key.
bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message,
                   const QByteArray &signature);

// SHA-256 of the raw public key, lower-case hex.
QString keyFingerprint(const QByteArray &publicKey);

// Why writeKeyFile() failed: the system call and the system's reason (strerror).
struct FileWriteFailure {
    QString step;
    QString reason;
};

// Writes `bytes` to `path` with `mode` (0600 for a private key): a temporary file in the same
// directory, fsync, then link() so that two processes creating a key at once never replace each
// other's key (or rename() when `replace`); the directory is synced after. Returns false (no
// failure) when the file exists and `replace` is false.
std::expected<bool, FileWriteFailure> writeKeyFile(const QString &path, const QByteArray &bytes,
                                                   mode_t mode, bool replace);

} // namespace edge::crypto
