#pragma once

// The seal trailer of a sealed PDF (seal.h), as bytes: pure functions, no files, no keys, so the
// parser can be fuzzed. The trailer follows the PDF's %%EOF line as two PDF comment lines:
//
//   %EdgeConsole-Seal-v1 <base64 of the seal JSON>\n
//   %EdgeConsole-Signature <base64 of the 64-byte Ed25519 signature>\n
//
// and nothing after them. The seal JSON is one compact object with sorted keys: format (1),
// algorithm ("Ed25519"), signer, signer_name, content_sha256, run_id, run_revision, language,
// sealed_at_ms, public_key (base64 of the raw 32 bytes), key_fingerprint (hex SHA-256 of it).
// The signature is over signedMessage(): a domain prefix, the SHA-512 of every byte before the
// trailer, and the seal JSON exactly as it stands in the trailer. Base64 is decoded strictly and
// must re-encode to the same text, so no byte of the trailer can change without the check failing.

#include "backend/api/error.h"
#include "backend/seal/seal.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace edge::seal::detail {

inline constexpr QByteArrayView kSealMarker{"%EdgeConsole-Seal-v1 "};
inline constexpr QByteArrayView kSignatureMarker{"%EdgeConsole-Signature "};
inline constexpr qsizetype kMaxSealLine = 64 * 1024;

struct TrailerParse {
    enum class Status { NotSealed, Damaged, ExtraBytes, Ok };
    Status status = Status::NotSealed;
    QString reason;           // for people (translated) when Damaged
    qsizetype bodySize = 0;   // bytes before the trailer (signed)
    qsizetype extraBytes = 0; // ExtraBytes: how many bytes follow the trailer
    QByteArray sealJson;
    QByteArray signature;
};

// Finds the LAST trailer start in `file` and checks the trailer's structure (bounds-checked; any
// input gives a result). Does not check the signature.
TrailerParse parseTrailer(QByteArrayView file);

// The seal's fields, or Code::BadInput with a reason for people when the JSON is not a seal.
api::Result<SealInfo> parseSealJson(const QByteArray &json);

// The canonical seal JSON of `info` signed with a key whose raw public half is `publicKey`.
QByteArray sealJson(const SealInfo &info, const QByteArray &publicKey);

// What the signature covers.
QByteArray signedMessage(const QByteArray &bodySha512, const QByteArray &sealJson);

// The two trailer lines.
QByteArray trailer(const QByteArray &sealJson, const QByteArray &signature);

} // namespace edge::seal::detail
