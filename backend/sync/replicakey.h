#pragma once

#include "backend/api/error.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace edge::sync {

// The signing key of a replica (Ed25519, OpenSSL 3): created on first use in the data directory as
// `replica-key.pem`, readable by its owner only (0600, like an SSH host key).
class ReplicaKey {
public:
    ~ReplicaKey();
    ReplicaKey(ReplicaKey &&) noexcept;
    ReplicaKey &operator=(ReplicaKey &&) noexcept;

    static api::Result<ReplicaKey> loadOrCreate(const QString &dataDir);

    QByteArray publicKey() const; // raw 32 bytes
    QString fingerprint() const;  // sha256 of publicKey(), hex
    api::Result<QByteArray> sign(const QByteArray &data) const;
    static bool verify(const QByteArray &publicKey, const QByteArray &data,
                       const QByteArray &signature);

private:
    struct Key;
    explicit ReplicaKey(std::unique_ptr<Key> key);
    std::unique_ptr<Key> m_key;
};

} // namespace edge::sync
