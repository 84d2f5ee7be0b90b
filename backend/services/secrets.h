#pragma once

#include "backend/api/error.h"

#include <QByteArray>
#include <QString>

namespace edge::services {

// Cryptographic helpers over OpenSSL, shared by the services and the hub.

// `bytes` random bytes from RAND_bytes, base64url-encoded without padding (tokens, passwords).
api::Result<QString> randomUrlSafe(int bytes);

// SHA-256 of the UTF-8 bytes of `text`, as lower-case hex (how session tokens are stored).
QString sha256Hex(const QString &text);

} // namespace edge::services
