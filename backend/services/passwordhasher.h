#pragma once

#include "backend/api/error.h"

#include <QString>

namespace edge::services {

// Password hashes: PBKDF2-HMAC-SHA256 (OpenSSL) with a random 16-byte salt, stored as
//   pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>
// Verification compares in constant time (CRYPTO_memcmp) and reads the iteration count from the
// stored hash, so raising the default does not invalidate existing passwords.
class PasswordHasher {
public:
    static constexpr int kDefaultIterations = 600'000; // OWASP 2023 for PBKDF2-HMAC-SHA256
    static constexpr int kMaxIterations = 10'000'000;

    static api::Result<QString> hash(const QString &password, int iterations = kDefaultIterations);
    // False for a wrong password and for a malformed stored hash.
    static bool verify(const QString &password, const QString &encoded);
    // A well-formed hash of an unguessable password, for uniform timing when the user is unknown.
    static const QString &dummyHash();
};

} // namespace edge::services
