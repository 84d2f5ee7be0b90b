// Sync bundles: every syncable operation and every complete attachment of a store in one signed
// file, for replicas that never see a network (a USB stick between a laptop and a hub).
//
// Format 1 (all integers big-endian; docs/sync.md "Bundles" says the same for people):
//
//   "EDGECONSOLE SYNC BUNDLE 1\n"            magic line: the format version is its last word
//   frames, each  type (1 byte) | length (4 bytes) | payload (length bytes):
//     'H'  header (exactly one, first): CBOR map
//          {format: 1, replica: text, publicKey: bytes(32, Ed25519), createdMs: int,
//           producer: text}
//     'O'  operations (zero or more, in the exporter's seq order, so causes come first): CBOR
//          array of maps {seq, id, hlc: int, replica, actor, entity, entityId, field,
//          value: text (JSON), bases: [text]}
//     'A'  attachment (after every 'O'): CBOR map {sha256: hex text, mediaType, size: int,
//          chunkSize: int, chunks: int}, followed by exactly `chunks` frames
//     'C'  chunk: raw bytes, the next piece of the attachment before it (every chunk but the
//          last is chunkSize bytes; together they are `size` bytes with that sha256)
//     'E'  end (exactly one, last): CBOR map {operations: int, attachments: int,
//          attachmentBytes: int}, the counts of what came before
//   trailer: signature (64 bytes) | "EDGECONSOLE-END\n"
//
// The signature is Ed25519 by the exporting replica's key (ReplicaKey, the public half is in the
// header) over "EdgeConsole sync bundle signature 1\0" followed by the SHA-512 of every byte
// before the trailer: hashing first lets a bundle of any size be signed and checked while
// streaming (OpenSSL's Ed25519 signs a message in one piece only), and the hash covers every byte.
//
// Reading is two passes over the file. The first checks everything (magic, trailer, signature,
// frame order and sizes, every operation's fields, every attachment's sha256 and size, the end
// counts) without changing anything and remembers the SHA-256 of each frame; the second applies
// the frames in order, each only after its digest matched the first pass, so a file changed
// between the passes is refused too. Neither pass holds more than one frame in memory.
#include "backend/sync/bundle.h"

#include "backend/sync/replicakey.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

#include <functional>
#include <limits>
#include <optional>

namespace edge::sync {

namespace {

Q_LOGGING_CATEGORY(lcBundle, "edge.sync.bundle", QtInfoMsg)

using api::Code;
using api::Result;

constexpr QByteArrayView kMagicPrefix = "EDGECONSOLE SYNC BUNDLE ";
constexpr QByteArrayView kFormatLine = "EDGECONSOLE SYNC BUNDLE 1\n";
constexpr QByteArrayView kTrailerMagic = "EDGECONSOLE-END\n";
constexpr QByteArrayView kSignaturePrefix{"EdgeConsole sync bundle signature 1\0", 36};
constexpr int kFormat = 1;
constexpr int kSignatureSize = 64;
constexpr qint64 kTrailerSize = kSignatureSize + 16;
constexpr int kFrameHeaderSize = 5;
constexpr qint64 kMaxSmallFrame = 64 * 1024;             // 'H', 'A', 'E'
constexpr qint64 kMaxOperationsFrame = 32 * 1024 * 1024; // 'O'
constexpr qint64 kTargetOperationsFrame = 8 * 1024 * 1024;
constexpr qint64 kMaxChunkSize = 16 * 1024 * 1024;
constexpr int kBatch = 1000;
constexpr int kMaxText = 1024 * 1024; // any one text field; values are bounded by the frame
constexpr qint64 kReadBlock = 1024 * 1024;

struct Attachment {
    QString sha256;
    QString mediaType;
    qint64 size = 0;
    int chunkSize = 0;
    int chunks = 0;
};

// What the first pass learned.
struct Scan {
    BundleInfo info;
    qint64 attachmentBytes = 0;
    QList<QByteArray> frameDigests; // SHA-256 of each frame (type, length, payload)
};

api::Error invalid(QString message, QString detail = {})
{
    return api::Error{Code::BundleInvalid, std::move(message), std::move(detail), {}};
}

api::Error notABundle(const QString &path, const QString &why)
{
    return invalid(QCoreApplication::translate(
                       "edge::sync",
                       "%1 is not an EdgeConsole sync bundle. Choose a file written by "
                       "'edgectl sync export' or the console's Export Bundle.")
                       .arg(path),
                   why);
}

api::Error truncated(const QString &path)
{
    return invalid(QCoreApplication::translate(
                       "edge::sync",
                       "%1 is truncated: the end of the bundle is missing. Nothing was "
                       "imported. Copy the file again (or export it again) and retry.")
                       .arg(path));
}

api::Error altered(const QString &path, const QString &what, const QString &detail = {})
{
    return invalid(QCoreApplication::translate(
                       "edge::sync",
                       "%1 was altered after it was signed (%2). Nothing was imported. "
                       "Export the bundle again on the replica that wrote it.")
                       .arg(path, what),
                   detail);
}

api::Error malformed(const QString &path, const QString &detail)
{
    return invalid(QCoreApplication::translate(
                       "edge::sync", "%1 is signed but its content cannot be read. Nothing was "
                                     "imported. Export it again with this version of EdgeConsole.")
                       .arg(path),
                   detail);
}

api::Error readError(const QString &path, const QString &why)
{
    return api::Error{Code::StoreIo,
                      QCoreApplication::translate("edge::sync", "Cannot read %1: %2").arg(path, why),
                      {},
                      {}};
}

api::Error cancelled()
{
    return api::Error{Code::Cancelled,
                      QCoreApplication::translate("edge::sync",
                                                  "The bundle transfer was cancelled."),
                      {},
                      {}};
}

bool report(const ProgressFn &progress, SyncProgress::Phase phase, qint64 done, qint64 total)
{
    return !progress || progress(SyncProgress{phase, done, total});
}

QByteArray signedMessage(const QByteArray &sha512)
{
    return kSignaturePrefix.toByteArray() + sha512;
}

bool isLowerHex(const QString &s, int length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

// ---- writing

void putBigEndian32(char *out, quint32 v)
{
    out[0] = char((v >> 24) & 0xFF);
    out[1] = char((v >> 16) & 0xFF);
    out[2] = char((v >> 8) & 0xFF);
    out[3] = char(v & 0xFF);
}

class Writer {
public:
    explicit Writer(QSaveFile &file)
        : m_file(file)
        , m_hash(QCryptographicHash::Sha512)
    {}

    bool raw(QByteArrayView bytes)
    {
        m_hash.addData(bytes);
        m_written += bytes.size();
        return m_file.write(bytes.data(), bytes.size()) == bytes.size();
    }
    bool frame(char type, QByteArrayView payload)
    {
        char head[kFrameHeaderSize];
        head[0] = type;
        putBigEndian32(head + 1, quint32(payload.size()));
        return raw(QByteArrayView(head, kFrameHeaderSize)) && raw(payload);
    }
    QByteArray digest() { return m_hash.result(); }
    qint64 written() const { return m_written; }

private:
    QSaveFile &m_file;
    QCryptographicHash m_hash;
    qint64 m_written = 0;
};

void writeOperation(QCborStreamWriter &w, const api::Operation &op)
{
    w.startMap(10);
    w.append(QLatin1String("seq"));
    w.append(op.seq);
    w.append(QLatin1String("id"));
    w.append(op.opId);
    w.append(QLatin1String("hlc"));
    w.append(op.hlc.value);
    w.append(QLatin1String("replica"));
    w.append(op.replicaId);
    w.append(QLatin1String("actor"));
    w.append(op.actor);
    w.append(QLatin1String("entity"));
    w.append(op.entity);
    w.append(QLatin1String("entityId"));
    w.append(op.entityId);
    w.append(QLatin1String("field"));
    w.append(op.field);
    w.append(QLatin1String("value"));
    w.append(op.value);
    w.append(QLatin1String("bases"));
    w.startArray(quint64(op.bases.size()));
    for (const QString &b : op.bases)
        w.append(b);
    w.endArray();
    w.endMap();
}

QByteArray operationsPayload(const QList<api::Operation> &ops)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(quint64(ops.size()));
    for (const api::Operation &op : ops)
        writeOperation(w, op);
    w.endArray();
    return out;
}

// ---- reading CBOR (strict: only the shapes this format has, bounded sizes, no recursion)

class Cbor {
public:
    explicit Cbor(const QByteArray &payload)
        : m_payload(payload)
        , m_reader(payload)
    {}

    QString error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = what;
        return false;
    }

    // The whole payload is one item that has been read completely.
    bool atEnd()
    {
        if (failed())
            return false;
        if (m_reader.lastError() != QCborError::NoError)
            return fail(QStringLiteral("CBOR: ") + m_reader.lastError().toString());
        if (m_reader.currentOffset() != m_payload.size())
            return fail(QStringLiteral("extra bytes after the record"));
        return true;
    }

    std::optional<qint64> containerLength(bool map)
    {
        if (map ? !m_reader.isMap() : !m_reader.isArray()) {
            fail(map ? QStringLiteral("a map was expected") : QStringLiteral("a list was expected"));
            return std::nullopt;
        }
        if (!m_reader.isLengthKnown() || m_reader.length() > quint64(m_payload.size())) {
            fail(QStringLiteral("bad length"));
            return std::nullopt;
        }
        const qint64 n = qint64(m_reader.length());
        if (!m_reader.enterContainer()) {
            fail(QStringLiteral("bad container"));
            return std::nullopt;
        }
        return n;
    }
    bool leave()
    {
        if (failed() || m_reader.lastError() != QCborError::NoError || m_reader.hasNext())
            return fail(QStringLiteral("bad container end"));
        if (!m_reader.leaveContainer())
            return fail(QStringLiteral("bad container end"));
        return true;
    }

    std::optional<QString> text(int max = kMaxText)
    {
        if (!m_reader.isString()) {
            fail(QStringLiteral("text was expected"));
            return std::nullopt;
        }
        QString s;
        auto r = m_reader.readString();
        while (r.status == QCborStreamReader::Ok) {
            s += r.data;
            if (s.size() > max) {
                fail(QStringLiteral("text too long"));
                return std::nullopt;
            }
            r = m_reader.readString();
        }
        if (r.status == QCborStreamReader::Error) {
            fail(QStringLiteral("bad text"));
            return std::nullopt;
        }
        return s;
    }
    std::optional<QByteArray> bytes(int max)
    {
        if (!m_reader.isByteArray()) {
            fail(QStringLiteral("bytes were expected"));
            return std::nullopt;
        }
        QByteArray b;
        auto r = m_reader.readByteArray();
        while (r.status == QCborStreamReader::Ok) {
            b += r.data;
            if (b.size() > max) {
                fail(QStringLiteral("bytes too long"));
                return std::nullopt;
            }
            r = m_reader.readByteArray();
        }
        if (r.status == QCborStreamReader::Error) {
            fail(QStringLiteral("bad bytes"));
            return std::nullopt;
        }
        return b;
    }
    std::optional<qint64> integer()
    {
        if (m_reader.isUnsignedInteger()) {
            const quint64 v = m_reader.toUnsignedInteger();
            if (v > quint64(std::numeric_limits<qint64>::max())) {
                fail(QStringLiteral("number out of range"));
                return std::nullopt;
            }
            m_reader.next();
            return qint64(v);
        }
        if (m_reader.isNegativeInteger()) {
            const quint64 v = quint64(m_reader.toNegativeInteger());
            if (v == 0 || v - 1 > quint64(std::numeric_limits<qint64>::max())) {
                fail(QStringLiteral("number out of range"));
                return std::nullopt;
            }
            m_reader.next();
            return -qint64(v - 1) - 1;
        }
        fail(QStringLiteral("a number was expected"));
        return std::nullopt;
    }
    bool skip()
    {
        if (!m_reader.next(16))
            return fail(QStringLiteral("bad value"));
        return true;
    }

private:
    const QByteArray &m_payload;
    QCborStreamReader m_reader;
    QString m_error;
};

// Reads a map of known keys: `field(key)` reads the value of `key` and returns false on a bad
// value; unknown keys are skipped (a later format adds keys, not meanings). Returns the keys seen.
bool readMap(Cbor &c, const std::function<bool(const QString &key, bool *known)> &field,
             QStringList *seen)
{
    const auto n = c.containerLength(true);
    if (!n)
        return false;
    for (qint64 i = 0; i < *n; ++i) {
        const auto key = c.text(64);
        if (!key)
            return false;
        bool known = false;
        if (!field(*key, &known))
            return false;
        if (!known && !c.skip())
            return false;
        if (known) {
            if (seen->contains(*key))
                return c.fail(QStringLiteral("\"%1\" given twice").arg(*key));
            seen->append(*key);
        }
    }
    return c.leave();
}

bool requireKeys(Cbor &c, const QStringList &seen, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        if (!seen.contains(QLatin1String(k)))
            return c.fail(QStringLiteral("\"%1\" is missing").arg(QLatin1String(k)));
    return true;
}

struct Header {
    int format = 0;
    QString replicaId;
    QByteArray publicKey;
    qint64 createdMs = 0;
};

std::optional<Header> parseHeader(const QByteArray &payload, QString *error)
{
    Cbor c(payload);
    Header h;
    QStringList seen;
    const bool ok = readMap(
        c,
        [&](const QString &key, bool *known) {
            *known = true;
            if (key == QLatin1String("format")) {
                const auto v = c.integer();
                h.format = v ? int(qBound(qint64(-1), *v, qint64(1000000))) : 0;
                return v.has_value();
            }
            if (key == QLatin1String("replica")) {
                const auto v = c.text(256);
                h.replicaId = v.value_or(QString());
                return v.has_value();
            }
            if (key == QLatin1String("publicKey")) {
                const auto v = c.bytes(64);
                h.publicKey = v.value_or(QByteArray());
                return v.has_value();
            }
            if (key == QLatin1String("createdMs")) {
                const auto v = c.integer();
                h.createdMs = v.value_or(0);
                return v.has_value();
            }
            *known = false;
            return true;
        },
        &seen);
    if (ok && c.atEnd() && requireKeys(c, seen, {"format", "replica", "publicKey", "createdMs"})) {
        if (h.format != kFormat)
            c.fail(QStringLiteral("format %1").arg(h.format));
        else if (h.replicaId.isEmpty())
            c.fail(QStringLiteral("no replica id"));
        else if (h.publicKey.size() != 32)
            c.fail(QStringLiteral("the public key is not 32 bytes"));
    }
    if (c.failed()) {
        *error = QStringLiteral("header: ") + c.error();
        return std::nullopt;
    }
    return h;
}

std::optional<QList<api::Operation>> parseOperations(const QByteArray &payload, qint64 firstIndex,
                                                     QString *error)
{
    Cbor c(payload);
    QList<api::Operation> ops;
    auto fail = [&](qint64 index) {
        *error = QStringLiteral("operation %1: %2").arg(index + 1).arg(c.error());
        return std::nullopt;
    };
    const auto n = c.containerLength(false);
    if (!n)
        return fail(firstIndex);
    ops.reserve(qsizetype(qMin<qint64>(*n, kBatch * 4)));
    for (qint64 i = 0; i < *n; ++i) {
        api::Operation op;
        QStringList seen;
        auto str = [&](QString &out) {
            const auto v = c.text();
            out = v.value_or(QString());
            return v.has_value();
        };
        const bool ok = readMap(
            c,
            [&](const QString &key, bool *known) {
                *known = true;
                if (key == QLatin1String("seq")) {
                    const auto v = c.integer();
                    op.seq = v.value_or(0);
                    return v.has_value();
                }
                if (key == QLatin1String("hlc")) {
                    const auto v = c.integer();
                    op.hlc.value = v.value_or(0);
                    return v.has_value();
                }
                if (key == QLatin1String("id"))
                    return str(op.opId);
                if (key == QLatin1String("replica"))
                    return str(op.replicaId);
                if (key == QLatin1String("actor"))
                    return str(op.actor);
                if (key == QLatin1String("entity"))
                    return str(op.entity);
                if (key == QLatin1String("entityId"))
                    return str(op.entityId);
                if (key == QLatin1String("field"))
                    return str(op.field);
                if (key == QLatin1String("value")) {
                    const auto v = c.text(int(kMaxOperationsFrame));
                    op.value = v.value_or(QString());
                    return v.has_value();
                }
                if (key == QLatin1String("bases")) {
                    const auto m = c.containerLength(false);
                    if (!m)
                        return false;
                    for (qint64 j = 0; j < *m; ++j) {
                        const auto b = c.text(1024);
                        if (!b)
                            return false;
                        op.bases.append(*b);
                    }
                    return c.leave();
                }
                *known = false;
                return true;
            },
            &seen);
        if (!ok
            || !requireKeys(c, seen,
                            {"seq", "id", "hlc", "replica", "actor", "entity", "entityId", "field",
                             "value", "bases"}))
            return fail(firstIndex + i);
        if (op.opId.isEmpty() || op.replicaId.isEmpty() || op.entity.isEmpty()
            || op.field.isEmpty()) {
            c.fail(QStringLiteral("an empty id, replica, entity or field"));
            return fail(firstIndex + i);
        }
        ops.append(std::move(op));
    }
    if (!c.leave() || !c.atEnd())
        return fail(firstIndex + *n);
    return ops;
}

std::optional<Attachment> parseAttachment(const QByteArray &payload, QString *error)
{
    Cbor c(payload);
    Attachment a;
    QStringList seen;
    auto integer = [&](qint64 &out) {
        const auto v = c.integer();
        out = v.value_or(0);
        return v.has_value();
    };
    qint64 chunkSize = 0;
    qint64 chunks = 0;
    const bool ok = readMap(
        c,
        [&](const QString &key, bool *known) {
            *known = true;
            if (key == QLatin1String("sha256")) {
                const auto v = c.text(64);
                a.sha256 = v.value_or(QString());
                return v.has_value();
            }
            if (key == QLatin1String("mediaType")) {
                const auto v = c.text(256);
                a.mediaType = v.value_or(QString());
                return v.has_value();
            }
            if (key == QLatin1String("size"))
                return integer(a.size);
            if (key == QLatin1String("chunkSize"))
                return integer(chunkSize);
            if (key == QLatin1String("chunks"))
                return integer(chunks);
            *known = false;
            return true;
        },
        &seen);
    if (ok && c.atEnd()
        && requireKeys(c, seen, {"sha256", "mediaType", "size", "chunkSize", "chunks"})) {
        if (!isLowerHex(a.sha256, 64))
            c.fail(QStringLiteral("the sha256 is not 64 lower-case hex digits"));
        else if (a.size < 0 || chunkSize <= 0 || chunkSize > kMaxChunkSize || chunks < 0
                 || a.size > std::numeric_limits<qint64>::max() - chunkSize
                 || chunks != (a.size + chunkSize - 1) / chunkSize)
            c.fail(QStringLiteral("impossible size %1, chunk size %2, chunks %3")
                       .arg(a.size)
                       .arg(chunkSize)
                       .arg(chunks));
    }
    if (c.failed()) {
        *error = QStringLiteral("attachment: ") + c.error();
        return std::nullopt;
    }
    a.chunkSize = int(chunkSize);
    a.chunks = int(chunks);
    return a;
}

struct End {
    qint64 operations = -1;
    qint64 attachments = -1;
    qint64 attachmentBytes = -1;
};

std::optional<End> parseEnd(const QByteArray &payload, QString *error)
{
    Cbor c(payload);
    End e;
    QStringList seen;
    auto integer = [&](qint64 &out) {
        const auto v = c.integer();
        out = v.value_or(0);
        return v.has_value();
    };
    const bool ok = readMap(
        c,
        [&](const QString &key, bool *known) {
            *known = true;
            if (key == QLatin1String("operations"))
                return integer(e.operations);
            if (key == QLatin1String("attachments"))
                return integer(e.attachments);
            if (key == QLatin1String("attachmentBytes"))
                return integer(e.attachmentBytes);
            *known = false;
            return true;
        },
        &seen);
    if (ok && c.atEnd())
        requireKeys(c, seen, {"operations", "attachments", "attachmentBytes"});
    if (c.failed()) {
        *error = QStringLiteral("end: ") + c.error();
        return std::nullopt;
    }
    return e;
}

// ---- the frame walk both passes share

// Called for what a frame holds (the second pass); an error stops the walk.
struct Sink {
    std::function<Result<void>(QList<api::Operation> &&ops)> operations;
    std::function<Result<void>(const Attachment &a)> attachment;
    std::function<Result<void>(const Attachment &a, int index, const QByteArray &data)> chunk;
};

quint32 bigEndian32(const char *p)
{
    return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16)
           | (quint32(quint8(p[2])) << 8) | quint32(quint8(p[3]));
}

class Walk {
public:
    Walk(const QString &path, const ProgressFn &progress)
        : m_path(path)
        , m_file(path)
        , m_progress(progress)
        , m_sha512(QCryptographicHash::Sha512)
    {}

    // First pass: verify. Second pass (`expected` set): apply through `sink`.
    Result<Scan> run(const Scan *expected, const Sink *sink)
    {
        m_expected = expected;
        m_sink = sink;
        if (!m_file.open(QIODevice::ReadOnly)) {
            if (!QFileInfo::exists(m_path))
                return api::fail(Code::NotFound,
                                 QCoreApplication::translate("edge::sync", "There is no file %1.")
                                     .arg(m_path));
            return std::unexpected(readError(m_path, m_file.errorString()));
        }
        const qint64 size = m_file.size();
        m_scan.info.sizeBytes = size;

        // The magic line.
        const QByteArray start = m_file.peek(64);
        const qsizetype common = qMin(start.size(), kMagicPrefix.size());
        if (start.isEmpty())
            return std::unexpected(notABundle(m_path, QStringLiteral("empty file")));
        if (QByteArrayView(start).first(common) != kMagicPrefix.first(common))
            return std::unexpected(notABundle(m_path, QStringLiteral("no magic line")));
        if (start.size() < kMagicPrefix.size())
            return std::unexpected(truncated(m_path));
        const qsizetype newline = start.indexOf('\n');
        if (newline < 0)
            return std::unexpected(size < 64 ? truncated(m_path)
                                             : notABundle(m_path, QStringLiteral("no magic line")));
        const QByteArray version = start.mid(kMagicPrefix.size(), newline - kMagicPrefix.size());
        if (start.first(newline + 1) != kFormatLine) {
            bool isNumber = false;
            const int v = version.toInt(&isNumber);
            if (isNumber && v > kFormat)
                return api::fail(
                    Code::BundleInvalid,
                    QCoreApplication::translate("edge::sync",
                                                "%1 was written by a newer EdgeConsole (bundle "
                                                "format %2). Update EdgeConsole on this computer, "
                                                "then import it again.")
                        .arg(m_path)
                        .arg(v));
            return std::unexpected(notABundle(m_path, QStringLiteral("unknown format line")));
        }
        if (size < kFormatLine.size() + kTrailerSize)
            return std::unexpected(truncated(m_path));

        // The trailer.
        m_signedEnd = size - kTrailerSize;
        QByteArray signature;
        if (!expected) {
            if (!m_file.seek(m_signedEnd))
                return std::unexpected(readError(m_path, m_file.errorString()));
            const QByteArray trailer = m_file.read(kTrailerSize);
            if (trailer.size() != kTrailerSize)
                return std::unexpected(readError(m_path, m_file.errorString()));
            if (QByteArrayView(trailer).sliced(kSignatureSize) != kTrailerMagic)
                return std::unexpected(truncated(m_path));
            signature = trailer.first(kSignatureSize);
            if (!m_file.seek(0))
                return std::unexpected(readError(m_path, m_file.errorString()));
        }

        QByteArray line;
        if (!read(kFormatLine.size(), line))
            return std::unexpected(*m_ioError);

        // The frames; after a structural error only hash the rest (the signature decides which
        // message the reader gets).
        while (m_pos < m_signedEnd && m_structure.isEmpty()) {
            auto r = frame();
            if (!r)
                return std::unexpected(r.error());
        }
        if (m_structure.isEmpty() && !m_endSeen)
            m_structure = QStringLiteral("the end record is missing");
        if (expected) {
            if (!m_structure.isEmpty() || m_frameIndex != expected->frameDigests.size())
                return std::unexpected(changedWhileImporting());
            return m_scan;
        }
        if (!m_structure.isEmpty() && !hashRest())
            return std::unexpected(*m_ioError);

        if (!m_header)
            return std::unexpected(
                altered(m_path,
                        QCoreApplication::translate("edge::sync", "its header is unreadable"),
                        m_structure));
        if (!ReplicaKey::verify(m_header->publicKey, signedMessage(m_sha512.result()), signature))
            return std::unexpected(
                altered(m_path,
                        QCoreApplication::translate("edge::sync", "the signature does not match")));
        if (!m_structure.isEmpty())
            return std::unexpected(malformed(m_path, m_structure));
        return m_scan;
    }

private:
    api::Error changedWhileImporting() const
    {
        return invalid(
            QCoreApplication::translate("edge::sync",
                                        "%1 changed while it was being imported. Import it again; "
                                        "what was imported so far is kept.")
                .arg(m_path));
    }

    bool read(qint64 n, QByteArray &out)
    {
        out = m_file.read(n);
        if (out.size() != n) {
            m_ioError = readError(m_path, m_file.error() != QFileDevice::NoError
                                              ? m_file.errorString()
                                              : QStringLiteral("unexpected end of file"));
            return false;
        }
        if (!m_expected)
            m_sha512.addData(out);
        m_pos += n;
        return true;
    }

    bool hashRest()
    {
        QByteArray block;
        while (m_pos < m_signedEnd) {
            if (!read(qMin(kReadBlock, m_signedEnd - m_pos), block))
                return false;
            if (!report(m_progress, SyncProgress::Phase::Connecting, m_pos, m_signedEnd)) {
                m_ioError = cancelled();
                return false;
            }
        }
        return true;
    }

    bool structure(const QString &what)
    {
        if (m_structure.isEmpty())
            m_structure = what;
        return false;
    }

    Result<void> frame()
    {
        const qint64 left = m_signedEnd - m_pos;
        if (left < kFrameHeaderSize) {
            structure(QStringLiteral("a record is cut off at byte %1").arg(m_pos));
            return {};
        }
        QByteArray head;
        if (!read(kFrameHeaderSize, head))
            return std::unexpected(*m_ioError);
        const char type = head.at(0);
        const qint64 length = bigEndian32(head.constData() + 1);
        const qint64 at = m_pos - kFrameHeaderSize;

        qint64 limit = kMaxSmallFrame;
        QString order;
        switch (type) {
        case 'H':
            if (m_frameIndex != 0)
                order = QStringLiteral("a second header");
            break;
        case 'O':
            limit = kMaxOperationsFrame;
            if (m_attachmentsSeen || m_endSeen)
                order = QStringLiteral("operations after the attachments");
            break;
        case 'A':
            if (m_chunksLeft > 0)
                order = QStringLiteral("an attachment before the previous one is complete");
            break;
        case 'C':
            limit = m_attachment.chunkSize;
            if (m_chunksLeft <= 0)
                order = QStringLiteral("a chunk outside an attachment");
            break;
        case 'E':
            if (m_chunksLeft > 0)
                order = QStringLiteral("the end before the last attachment is complete");
            break;
        default: order = QStringLiteral("an unknown record type %1").arg(int(quint8(type)));
        }
        if (order.isEmpty() && m_frameIndex == 0 && type != 'H')
            order = QStringLiteral("no header");
        if (order.isEmpty() && m_endSeen)
            order = QStringLiteral("a record after the end");
        if (!order.isEmpty()) {
            structure(order + QStringLiteral(" at byte %1").arg(at));
            return {};
        }
        if (length > limit || length > m_signedEnd - m_pos) {
            structure(QStringLiteral("a record of %1 bytes at byte %2").arg(length).arg(at));
            return {};
        }
        QByteArray payload;
        if (!read(length, payload))
            return std::unexpected(*m_ioError);

        if (m_expected) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(head);
            h.addData(payload);
            if (m_frameIndex >= m_expected->frameDigests.size()
                || h.result() != m_expected->frameDigests.at(m_frameIndex))
                return std::unexpected(changedWhileImporting());
        } else {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(head);
            h.addData(payload);
            m_scan.frameDigests.append(h.result());
        }
        ++m_frameIndex;

        QString error;
        switch (type) {
        case 'H': {
            m_header = parseHeader(payload, &error);
            if (!m_header) {
                structure(error);
                return {};
            }
            m_scan.info.replicaId = m_header->replicaId;
            m_scan.info.createdAtMs = m_header->createdMs;
            m_scan.info.keyFingerprint = QString::fromLatin1(
                QCryptographicHash::hash(m_header->publicKey, QCryptographicHash::Sha256).toHex());
            break;
        }
        case 'O': {
            auto ops = parseOperations(payload, m_scan.info.operations, &error);
            if (!ops) {
                structure(error);
                return {};
            }
            if (m_scan.info.operations + ops->size() > std::numeric_limits<int>::max()) {
                structure(QStringLiteral("too many operations"));
                return {};
            }
            m_scan.info.operations += int(ops->size());
            if (m_sink && m_sink->operations) {
                auto r = m_sink->operations(std::move(*ops));
                if (!r)
                    return r;
            }
            break;
        }
        case 'A': {
            auto a = parseAttachment(payload, &error);
            if (!a) {
                structure(error);
                return {};
            }
            m_attachmentsSeen = true;
            m_attachment = *a;
            m_chunksLeft = a->chunks;
            m_chunkIndex = 0;
            m_attachmentBytes = 0;
            m_attachmentHash.reset();
            ++m_scan.info.blobs;
            if (m_sink && m_sink->attachment) {
                auto r = m_sink->attachment(m_attachment);
                if (!r)
                    return r;
            }
            if (m_chunksLeft == 0 && !attachmentDone())
                return {};
            break;
        }
        case 'C': {
            const bool last = m_chunksLeft == 1;
            if ((!last && length != m_attachment.chunkSize) || (last && length == 0)) {
                structure(QStringLiteral("attachment %1: chunk %2 has %3 bytes")
                              .arg(m_attachment.sha256)
                              .arg(m_chunkIndex)
                              .arg(length));
                return {};
            }
            m_attachmentHash.addData(payload);
            m_attachmentBytes += length;
            m_scan.attachmentBytes += length;
            if (m_sink && m_sink->chunk) {
                auto r = m_sink->chunk(m_attachment, m_chunkIndex, payload);
                if (!r)
                    return r;
            }
            ++m_chunkIndex;
            --m_chunksLeft;
            if (m_chunksLeft == 0 && !attachmentDone())
                return {};
            break;
        }
        case 'E': {
            const auto e = parseEnd(payload, &error);
            if (!e) {
                structure(error);
                return {};
            }
            if (e->operations != m_scan.info.operations || e->attachments != m_scan.info.blobs
                || e->attachmentBytes != m_scan.attachmentBytes) {
                structure(QStringLiteral("the end record counts %1 operations, %2 attachments, "
                                         "%3 bytes; the bundle holds %4, %5, %6")
                              .arg(e->operations)
                              .arg(e->attachments)
                              .arg(e->attachmentBytes)
                              .arg(m_scan.info.operations)
                              .arg(m_scan.info.blobs)
                              .arg(m_scan.attachmentBytes));
                return {};
            }
            m_endSeen = true;
            break;
        }
        default: break;
        }
        if (!report(m_progress, SyncProgress::Phase::Connecting, m_pos, m_signedEnd))
            return std::unexpected(cancelled());
        return {};
    }

    bool attachmentDone()
    {
        if (m_attachmentBytes != m_attachment.size)
            return structure(QStringLiteral("attachment %1 has %2 bytes, not %3")
                                 .arg(m_attachment.sha256)
                                 .arg(m_attachmentBytes)
                                 .arg(m_attachment.size));
        if (QString::fromLatin1(m_attachmentHash.result().toHex()) != m_attachment.sha256)
            return structure(
                QStringLiteral("attachment %1 does not match its sha256").arg(m_attachment.sha256));
        return true;
    }

    const QString m_path;
    QFile m_file;
    const ProgressFn m_progress;
    const Scan *m_expected = nullptr;
    const Sink *m_sink = nullptr;
    QCryptographicHash m_sha512;
    QCryptographicHash m_attachmentHash{QCryptographicHash::Sha256};
    qint64 m_pos = 0;
    qint64 m_signedEnd = 0;
    int m_frameIndex = 0;
    Scan m_scan;
    std::optional<Header> m_header;
    QString m_structure; // the first structural error
    std::optional<api::Error> m_ioError;
    bool m_attachmentsSeen = false;
    bool m_endSeen = false;
    Attachment m_attachment;
    int m_chunksLeft = 0;
    int m_chunkIndex = 0;
    qint64 m_attachmentBytes = 0;
};

// Refuses a bundle this store must not import: its own, or one signed by another key than the
// earlier bundles of its replica. Returns whether the key is pinned already.
Result<bool> checkReplica(api::SyncStore &syncStore, api::Store &store, const QString &path,
                          const BundleInfo &info)
{
    if (info.replicaId == syncStore.syncReplicaId())
        return api::fail(Code::BundleInvalid,
                         QCoreApplication::translate(
                             "edge::sync",
                             "%1 was exported by this replica (%2): it holds nothing new "
                             "here. Import it on another computer.")
                             .arg(path, info.replicaId));
    const QString key = QStringLiteral("sync.bundle-key.") + info.replicaId;
    auto pinned = store.setting(key);
    if (!pinned) {
        if (pinned.error().code == Code::NotFound)
            return false;
        return std::unexpected(pinned.error());
    }
    if (*pinned != info.keyFingerprint)
        return api::fail(
            Code::BundleInvalid,
            QCoreApplication::translate("edge::sync",
                                        "%1 is signed by a different key than earlier bundles of "
                                        "replica %2 (fingerprint %3, expected %4). Nothing was "
                                        "imported. Check where the file came from; if that "
                                        "replica's key was replaced on purpose, clear the store "
                                        "setting %5 and import again.")
                .arg(path, info.replicaId, info.keyFingerprint, *pinned, key));
    return true;
}

} // namespace

Result<BundleInfo> Bundle::exportTo(api::SyncStore &store, const ReplicaKey &key,
                                    const QString &path, const ProgressFn &progress)
{
    QSaveFile file(path);
    auto writeFailed = [&]() {
        const QString why = file.errorString();
        file.cancelWriting();
        return api::fail(Code::StoreIo,
                         QCoreApplication::translate("edge::sync", "Cannot write %1: %2")
                             .arg(path, why));
    };
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed();
    Writer w(file);
    BundleInfo info;
    info.replicaId = store.syncReplicaId();
    info.keyFingerprint = key.fingerprint();
    info.createdAtMs = QDateTime::currentMSecsSinceEpoch();

    QByteArray header;
    {
        QCborStreamWriter cw(&header);
        cw.startMap(5);
        cw.append(QLatin1String("format"));
        cw.append(qint64(kFormat));
        cw.append(QLatin1String("replica"));
        cw.append(info.replicaId);
        cw.append(QLatin1String("publicKey"));
        cw.append(key.publicKey());
        cw.append(QLatin1String("createdMs"));
        cw.append(info.createdAtMs);
        cw.append(QLatin1String("producer"));
        cw.append(QLatin1String("EdgeConsole"));
        cw.endMap();
    }
    if (!w.raw(kFormatLine) || !w.frame('H', header))
        return writeFailed();

    // Operations: every syncable one, in seq order (causes before effects).
    auto abort = [&](const api::Error &e) {
        file.cancelWriting();
        return std::unexpected(e);
    };
    qint64 afterSeq = 0;
    for (;;) {
        auto batch = store.operationsFor({}, afterSeq, kBatch);
        if (!batch)
            return abort(batch.error());
        QList<api::Operation> pending;
        qint64 pendingBytes = 0;
        auto flush = [&]() {
            if (pending.isEmpty())
                return true;
            const QByteArray payload = operationsPayload(pending);
            if (payload.size() > kMaxOperationsFrame)
                return false;
            info.operations += int(pending.size());
            pending.clear();
            pendingBytes = 0;
            return w.frame('O', payload);
        };
        for (api::Operation &op : batch->operations) {
            pendingBytes += op.value.size() * 3 + 256;
            pending.append(std::move(op));
            if (pendingBytes >= kTargetOperationsFrame && !flush())
                return writeFailed();
        }
        if (!flush())
            return writeFailed();
        if (!report(progress, SyncProgress::Phase::Pushing, info.operations, 0))
            return abort(cancelled());
        if (!batch->more || batch->lastSeq <= afterSeq)
            break;
        afterSeq = batch->lastSeq;
    }

    // Attachments: every complete blob, chunk by chunk.
    auto blobs = store.completeBlobs();
    if (!blobs)
        return abort(blobs.error());
    QList<api::BlobInfo> infos;
    qint64 totalBytes = 0;
    for (const QString &sha : std::as_const(*blobs)) {
        auto bi = store.blobInfo(sha);
        if (!bi)
            return abort(bi.error());
        infos.append(*bi);
        totalBytes += bi->size;
    }
    qint64 bytes = 0;
    for (const api::BlobInfo &bi : std::as_const(infos)) {
        QByteArray a;
        {
            QCborStreamWriter cw(&a);
            cw.startMap(5);
            cw.append(QLatin1String("sha256"));
            cw.append(bi.sha256);
            cw.append(QLatin1String("mediaType"));
            cw.append(bi.mediaType);
            cw.append(QLatin1String("size"));
            cw.append(bi.size);
            cw.append(QLatin1String("chunkSize"));
            cw.append(qint64(bi.chunkSize));
            cw.append(QLatin1String("chunks"));
            cw.append(qint64(bi.chunkCount));
            cw.endMap();
        }
        if (!w.frame('A', a))
            return writeFailed();
        for (int i = 0; i < bi.chunkCount; ++i) {
            auto chunk = store.blobChunk(bi.sha256, i);
            if (!chunk)
                return abort(chunk.error());
            if (!w.frame('C', *chunk))
                return writeFailed();
            bytes += chunk->size();
            if (!report(progress, SyncProgress::Phase::Attachments, bytes, totalBytes))
                return abort(cancelled());
        }
        ++info.blobs;
    }

    QByteArray end;
    {
        QCborStreamWriter cw(&end);
        cw.startMap(3);
        cw.append(QLatin1String("operations"));
        cw.append(qint64(info.operations));
        cw.append(QLatin1String("attachments"));
        cw.append(qint64(info.blobs));
        cw.append(QLatin1String("attachmentBytes"));
        cw.append(bytes);
        cw.endMap();
    }
    if (!w.frame('E', end))
        return writeFailed();
    auto signature = key.sign(signedMessage(w.digest()));
    if (!signature)
        return abort(signature.error());
    if (file.write(*signature) != kSignatureSize
        || file.write(kTrailerMagic.data(), kTrailerMagic.size()) != kTrailerMagic.size())
        return writeFailed();
    info.sizeBytes = w.written() + kTrailerSize;
    if (!file.commit())
        return api::fail(Code::StoreIo,
                         QCoreApplication::translate("edge::sync", "Cannot write %1: %2")
                             .arg(path, file.errorString()));
    report(progress, SyncProgress::Phase::Done, info.operations, info.operations);
    qCInfo(lcBundle).noquote() << "exported" << info.operations << "operations and" << info.blobs
                               << "attachments to" << path;
    return info;
}

Result<BundleInfo> Bundle::verify(const QString &path)
{
    Walk walk(path, {});
    auto scan = walk.run(nullptr, nullptr);
    if (!scan)
        return std::unexpected(scan.error());
    return scan->info;
}

Result<BundleInfo> Bundle::verifyFor(api::SyncStore &syncStore, api::Store &store,
                                     const QString &path)
{
    auto info = verify(path);
    if (!info)
        return info;
    auto checked = checkReplica(syncStore, store, path, *info);
    if (!checked)
        return std::unexpected(checked.error());
    return info;
}

Result<ImportReport> Bundle::importFrom(api::SyncStore &syncStore, api::Store &store,
                                        const QString &path, const ProgressFn &progress)
{
    auto scan = Walk(path, progress).run(nullptr, nullptr);
    if (!scan)
        return std::unexpected(scan.error());
    auto pinned = checkReplica(syncStore, store, path, scan->info);
    if (!pinned)
        return std::unexpected(pinned.error());
    if (!*pinned) {
        auto set = store.setSetting(QStringLiteral("sync.bundle-key.") + scan->info.replicaId,
                                    scan->info.keyFingerprint);
        if (!set)
            return std::unexpected(set.error());
        qCInfo(lcBundle).noquote() << "pinned the bundle key of replica" << scan->info.replicaId
                                   << scan->info.keyFingerprint;
    }

    ImportReport rep;
    rep.bundle = scan->info;
    qint64 opsDone = 0;
    qint64 bytesDone = 0;
    bool skipBlob = false;
    Sink sink;
    sink.operations = [&](QList<api::Operation> &&ops) -> Result<void> {
        const qint64 n = ops.size();
        auto applied = syncStore.applyOperations(ops, {}, 0);
        if (!applied)
            return std::unexpected(applied.error());
        rep.applied.applied += applied->applied;
        rep.applied.alreadyPresent += applied->alreadyPresent;
        if (applied->revision > 0)
            rep.applied.revision = applied->revision;
        opsDone += n;
        if (!report(progress, SyncProgress::Phase::Pulling, opsDone, scan->info.operations))
            return std::unexpected(cancelled());
        return {};
    };
    sink.attachment = [&](const Attachment &a) -> Result<void> {
        auto held = syncStore.blobInfo(a.sha256);
        skipBlob = held && held->complete;
        if (!held && held.error().code != Code::NotFound)
            return std::unexpected(held.error());
        if (skipBlob)
            return {};
        auto begun = syncStore.beginBlob(a.sha256, a.size, a.mediaType);
        if (!begun)
            return std::unexpected(begun.error());
        if (begun->complete) { // an empty attachment, or complete by now
            skipBlob = true;
            ++rep.blobsReceived;
        }
        return {};
    };
    sink.chunk = [&](const Attachment &a, int index, const QByteArray &data) -> Result<void> {
        bytesDone += data.size();
        if (!skipBlob) {
            auto put = syncStore.putBlobChunk(a.sha256, index, data);
            if (!put)
                return std::unexpected(put.error());
            if (put->complete) {
                ++rep.blobsReceived;
                skipBlob = true;
            }
        }
        if (!report(progress, SyncProgress::Phase::Attachments, bytesDone, scan->attachmentBytes))
            return std::unexpected(cancelled());
        return {};
    };
    auto applied = Walk(path, {}).run(&*scan, &sink);
    if (!applied)
        return std::unexpected(applied.error());
    auto open = syncStore.conflicts();
    if (open)
        rep.conflicts = int(open->size());
    else
        qCWarning(lcBundle).noquote()
            << "cannot list conflicts after the import:" << open.error().toString();
    report(progress, SyncProgress::Phase::Done, opsDone, scan->info.operations);
    qCInfo(lcBundle).noquote() << "imported" << path << "from replica" << scan->info.replicaId
                               << ":" << rep.applied.applied << "new operations,"
                               << rep.blobsReceived << "attachments";
    return rep;
}

} // namespace edge::sync
