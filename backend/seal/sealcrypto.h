#pragma once

// OpenSSL 3 helpers of backend/seal (Ed25519 keys, PEM), shared by the signing key and the
// verifier. Error texts for logs only: never key material, never a passphrase.

#include <QByteArray>
#include <QString>

#include <memory>

#include <openssl/evp.h>

namespace edge::seal::detail {

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

// Ed25519 signature check with a raw public key (the same check as sync::ReplicaKey::verify).
bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message,
                   const QByteArray &signature);

// SHA-256 of the raw public key, lower-case hex.
QString keyFingerprint(const QByteArray &publicKey);

} // namespace edge::seal::detail
