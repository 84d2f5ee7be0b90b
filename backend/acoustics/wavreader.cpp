#include "backend/acoustics/wavreader.h"

#include "backend/acoustics/acousticstr.h"

#include <QFile>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace edge::acoustics {

namespace {

constexpr int kFormatPcm = 1;
constexpr int kFormatFloat = 3;
constexpr int kFormatExtensible = 0xFFFE;
constexpr qint64 kMaxFmtChunk = 4096;
constexpr qint64 kMaxChunksBeforeData = 10000;

// The GUID tail shared by KSDATAFORMAT_SUBTYPE_PCM and _IEEE_FLOAT (after the 2-byte format code).
constexpr unsigned char kSubFormatTail[14] = {0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80,
                                              0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71};

QString convertHint()
{
    return Tr::tr("Check that it is a WAV recording, or convert it with `sox in.wav -b 16 "
                  "out.wav`.");
}

std::unexpected<api::Error> bad(const QString &file, const QString &where, const QString &what,
                                const QString &todo = {})
{
    const QString message = Tr::tr("%1, %2: %3. %4")
                                .arg(file, where, what, todo.isEmpty() ? convertHint() : todo);
    return api::fail(api::Code::BadInput, message,
                     QStringLiteral("wav: %1 at %2: %3").arg(file, where, what));
}

QString atByte(qint64 offset) { return Tr::tr("byte %1").arg(offset); }

QString inChunk(const QByteArray &id, qint64 offset)
{
    return Tr::tr("chunk \"%1\" at byte %2").arg(QString::fromLatin1(id)).arg(offset);
}

QString formatName(int tag)
{
    switch (tag) {
    case 1: return QStringLiteral("PCM");
    case 2: return QStringLiteral("Microsoft ADPCM");
    case 3: return QStringLiteral("IEEE float");
    case 6: return QStringLiteral("A-law");
    case 7: return QStringLiteral("mu-law");
    case 0x11: return QStringLiteral("IMA ADPCM");
    case 0x55: return QStringLiteral("MP3");
    case 0xFFFE: return QStringLiteral("extensible");
    default: return QStringLiteral("0x%1").arg(tag, 4, 16, QLatin1Char('0'));
    }
}

// A printable chunk id ("fmt ", "LIST"), or its bytes in hex when they are not text.
QByteArray printableId(const QByteArray &id)
{
    for (char c : id) {
        if (c < 0x20 || c > 0x7e)
            return "0x" + id.toHex();
    }
    return id;
}

} // namespace

QString WavFormat::describe() const
{
    const QString kind = encoding == SampleEncoding::Float ? QStringLiteral("float")
                                                           : QStringLiteral("PCM");
    return QStringLiteral("%1 %2-bit, %3 channel(s), %4 Hz")
        .arg(kind)
        .arg(bitsPerSample)
        .arg(channels)
        .arg(sampleRate);
}

WavReader::~WavReader() = default;

api::Result<std::unique_ptr<WavReader>> WavReader::open(const QString &path, int channel)
{
    auto file = std::make_unique<QFile>(path);
    const QString &name = path;
    if (!file->open(QIODevice::ReadOnly)) {
        return api::fail(api::Code::BadInput,
                         Tr::tr("%1: cannot open the file (%2). Check the path and that you may "
                                "read it.")
                             .arg(name, file->errorString()),
                         QStringLiteral("wav: open %1: %2").arg(path, file->errorString()),
                         QStringLiteral("wav"));
    }
    return open(std::move(file), name, channel);
}

api::Result<std::unique_ptr<WavReader>> WavReader::open(std::unique_ptr<QIODevice> device,
                                                        const QString &fileName, int channel)
{
    if (!device || !device->isOpen() || device->isSequential())
        return api::fail(api::Code::BadInput,
                         Tr::tr("%1: cannot be read as a file (it must be seekable).").arg(fileName));
    const qint64 size = device->size();
    const auto readAt = [&](qint64 offset, qint64 length) -> QByteArray {
        if (offset < 0 || length < 0 || offset > size || length > size - offset)
            return {};
        if (!device->seek(offset))
            return {};
        return device->read(length);
    };

    const QByteArray riff = readAt(0, 12);
    if (riff.size() < 12) {
        return bad(fileName, atByte(0),
                   Tr::tr("the file is %1 bytes long, too short for a WAV header (12 bytes)")
                       .arg(size));
    }
    if (riff.left(4) != "RIFF") {
        const QByteArray magic = riff.left(4);
        if (magic == "RF64" || magic == "BW64")
            return bad(fileName, atByte(0),
                       Tr::tr("this is an RF64 file (over 4 GB), which is not read here"),
                       Tr::tr("Split it or convert it with `sox in.wav -b 16 out.wav`."));
        return bad(fileName, atByte(0),
                   Tr::tr("the file does not start with \"RIFF\" (found \"%1\"), so it is not a "
                          "WAV file")
                       .arg(QString::fromLatin1(printableId(magic))));
    }
    if (riff.mid(8, 4) != "WAVE") {
        return bad(fileName, atByte(8),
                   Tr::tr("the RIFF file is of type \"%1\", not \"WAVE\"")
                       .arg(QString::fromLatin1(printableId(riff.mid(8, 4)))));
    }

    WavFormat fmt;
    bool haveFmt = false;
    bool haveData = false;
    qint64 pos = 12;
    QStringList warnings;
    for (qint64 chunks = 0; !haveData; ++chunks) {
        if (chunks > kMaxChunksBeforeData)
            return bad(fileName, atByte(pos),
                       Tr::tr("more than %1 chunks before the sample data")
                           .arg(kMaxChunksBeforeData));
        if (size - pos < 8) {
            return bad(fileName, atByte(pos),
                       haveFmt ? Tr::tr("the file ends without a \"data\" chunk (no samples)")
                               : Tr::tr("the file ends without a \"fmt \" chunk (no format)"));
        }
        const QByteArray header = readAt(pos, 8);
        if (header.size() < 8)
            return bad(fileName, atByte(pos), Tr::tr("the chunk header cannot be read"));
        const QByteArray id = header.left(4);
        const qint64 chunkSize = qFromLittleEndian<quint32>(header.constData() + 4);
        const qint64 body = pos + 8;
        const qint64 remaining = size - body;
        const QString where = inChunk(printableId(id), pos);

        if (id == "fmt ") {
            if (haveFmt)
                return bad(fileName, where, Tr::tr("a second \"fmt \" chunk"));
            if (chunkSize < 16)
                return bad(fileName, where,
                           Tr::tr("the format chunk is %1 bytes long; it needs at least 16")
                               .arg(chunkSize));
            if (chunkSize > remaining)
                return bad(fileName, where,
                           Tr::tr("the format chunk says it is %1 bytes long but only %2 bytes "
                                  "follow (the file is cut off)")
                               .arg(chunkSize)
                               .arg(remaining));
            if (chunkSize > kMaxFmtChunk)
                return bad(fileName, where,
                           Tr::tr("the format chunk is %1 bytes long, more than any WAV format "
                                  "needs")
                               .arg(chunkSize));
            const QByteArray f = readAt(body, chunkSize);
            if (f.size() != chunkSize)
                return bad(fileName, where, Tr::tr("the format chunk cannot be read"));
            const auto *p = f.constData();
            fmt.formatTag = qFromLittleEndian<quint16>(p);
            fmt.channels = qFromLittleEndian<quint16>(p + 2);
            fmt.sampleRate = int(std::min<quint32>(qFromLittleEndian<quint32>(p + 4), 0x7fffffffU));
            fmt.blockAlign = qFromLittleEndian<quint16>(p + 12);
            fmt.bitsPerSample = qFromLittleEndian<quint16>(p + 14);
            fmt.validBits = fmt.bitsPerSample;
            fmt.subFormat = fmt.formatTag;
            if (fmt.formatTag == kFormatExtensible) {
                if (chunkSize < 40)
                    return bad(fileName, where,
                               Tr::tr("an extensible format chunk needs 40 bytes, this one has %1")
                                   .arg(chunkSize));
                const int cbSize = qFromLittleEndian<quint16>(p + 16);
                if (cbSize < 22)
                    return bad(fileName, atByte(body + 16),
                               Tr::tr("the extensible format's extra size is %1; it must be at "
                                      "least 22")
                                   .arg(cbSize));
                fmt.validBits = qFromLittleEndian<quint16>(p + 18);
                fmt.subFormat = qFromLittleEndian<quint16>(p + 24);
                if (std::memcmp(p + 26, kSubFormatTail, sizeof kSubFormatTail) != 0)
                    return bad(fileName, atByte(body + 24),
                               Tr::tr("the extensible sub-format is not a standard PCM or float "
                                      "GUID"));
                if (fmt.validBits == 0)
                    fmt.validBits = fmt.bitsPerSample;
            }
            if (fmt.subFormat != kFormatPcm && fmt.subFormat != kFormatFloat)
                return bad(fileName, atByte(body),
                           Tr::tr("the samples are encoded as %1; only PCM and IEEE float are "
                                  "read")
                               .arg(formatName(fmt.subFormat)));
            if (fmt.channels < 1)
                return bad(fileName, atByte(body + 2), Tr::tr("the file has no channels"));
            if (fmt.sampleRate < 1000 || fmt.sampleRate > 1536000)
                return bad(fileName, atByte(body + 4),
                           Tr::tr("the sample rate is %1 Hz; it must be between 1000 and "
                                  "1536000 Hz")
                               .arg(fmt.sampleRate));
            if (fmt.subFormat == kFormatPcm) {
                if (fmt.bitsPerSample != 8 && fmt.bitsPerSample != 16 && fmt.bitsPerSample != 24
                    && fmt.bitsPerSample != 32)
                    return bad(fileName, atByte(body + 14),
                               Tr::tr("PCM samples of %1 bits are not read; 8, 16, 24 and 32 "
                                      "bits are")
                                   .arg(fmt.bitsPerSample));
                fmt.encoding = fmt.bitsPerSample == 8 ? SampleEncoding::UnsignedInt
                                                      : SampleEncoding::SignedInt;
            } else {
                if (fmt.bitsPerSample != 32 && fmt.bitsPerSample != 64)
                    return bad(fileName, atByte(body + 14),
                               Tr::tr("float samples of %1 bits are not read; 32 and 64 bits "
                                      "are")
                                   .arg(fmt.bitsPerSample));
                fmt.encoding = SampleEncoding::Float;
            }
            if (fmt.validBits > fmt.bitsPerSample)
                return bad(fileName, atByte(body + 18),
                           Tr::tr("%1 valid bits do not fit in %2-bit samples")
                               .arg(fmt.validBits)
                               .arg(fmt.bitsPerSample));
            const qint64 expectedAlign = qint64(fmt.channels) * (fmt.bitsPerSample / 8);
            if (fmt.blockAlign != expectedAlign)
                return bad(fileName, atByte(body + 12),
                           Tr::tr("the frame size (block align) is %1 bytes but %2 channel(s) "
                                  "of %3 bits need %4")
                               .arg(fmt.blockAlign)
                               .arg(fmt.channels)
                               .arg(fmt.bitsPerSample)
                               .arg(expectedAlign));
            haveFmt = true;
        } else if (id == "data") {
            if (!haveFmt)
                return bad(fileName, where,
                           Tr::tr("the sample data comes before the \"fmt \" chunk that says "
                                  "how to read it"));
            fmt.dataOffset = body;
            qint64 available = chunkSize;
            if (chunkSize > remaining) {
                available = remaining;
                warnings << Tr::tr("%1: the data chunk says %2 bytes but only %3 follow: the "
                                   "recording is cut off; the %4 s that are there are analysed.")
                                .arg(fileName)
                                .arg(chunkSize)
                                .arg(remaining)
                                .arg(double(remaining / fmt.blockAlign) / fmt.sampleRate, 0, 'f', 2);
            }
            fmt.frames = available / fmt.blockAlign;
            haveData = true;
        } else if (chunkSize > remaining) {
            return bad(fileName, where,
                       Tr::tr("the chunk says it is %1 bytes long but only %2 bytes follow")
                           .arg(chunkSize)
                           .arg(remaining));
        }
        pos = body + chunkSize + (chunkSize & 1);
    }

    if (channel < 0 || channel >= fmt.channels) {
        return api::fail(api::Code::Validation,
                         Tr::tr("%1 has %n channel(s) (numbered from 0); there is no channel %2.",
                                nullptr, fmt.channels)
                             .arg(fileName)
                             .arg(channel),
                         QStringLiteral("wav: %1: channel %2 of %3")
                             .arg(fileName)
                             .arg(channel)
                             .arg(fmt.channels),
                         QStringLiteral("channel"));
    }
    if (fmt.frames == 0)
        return bad(fileName, inChunk("data", fmt.dataOffset - 8),
                   Tr::tr("the file holds no samples"), Tr::tr("Record again."));
    if (!device->seek(fmt.dataOffset))
        return bad(fileName, atByte(fmt.dataOffset), Tr::tr("cannot seek to the sample data"));

    std::unique_ptr<WavReader> reader(new WavReader);
    reader->m_device = std::move(device);
    reader->m_fileName = fileName;
    reader->m_format = fmt;
    reader->m_channel = channel;
    reader->m_warnings = warnings;
    return reader;
}

api::Result<qsizetype> WavReader::read(std::span<float> out)
{
    const qint64 left = m_format.frames - m_framesRead;
    const qint64 n = std::min<qint64>(left, qint64(out.size()));
    if (n <= 0)
        return 0;
    const qint64 bytes = n * m_format.blockAlign;
    if (m_buffer.size() < bytes)
        m_buffer.resize(bytes);
    const qint64 got = m_device->read(m_buffer.data(), bytes);
    if (got != bytes) {
        return bad(m_fileName, atByte(m_format.dataOffset + m_framesRead * m_format.blockAlign),
                   Tr::tr("the samples cannot be read (%1)").arg(m_device->errorString()),
                   Tr::tr("Check that the file is not being changed or removed."));
    }
    const int width = m_format.bitsPerSample / 8;
    const char *p = m_buffer.constData() + qsizetype(m_channel) * width;
    const qsizetype stride = m_format.blockAlign;
    float *o = out.data();
    switch (m_format.encoding) {
    case SampleEncoding::UnsignedInt:
        for (qint64 i = 0; i < n; ++i, p += stride)
            o[i] = float(int(static_cast<unsigned char>(*p)) - 128) * (1.0f / 128.0f);
        break;
    case SampleEncoding::SignedInt:
        if (width == 2) {
            for (qint64 i = 0; i < n; ++i, p += stride)
                o[i] = float(qFromLittleEndian<qint16>(p)) * (1.0f / 32768.0f);
        } else if (width == 3) {
            for (qint64 i = 0; i < n; ++i, p += stride) {
                const auto *u = reinterpret_cast<const unsigned char *>(p);
                const qint32 v = qint32(quint32(u[0]) << 8 | quint32(u[1]) << 16
                                        | quint32(u[2]) << 24)
                                 >> 8;
                o[i] = float(v) * (1.0f / 8388608.0f);
            }
        } else {
            for (qint64 i = 0; i < n; ++i, p += stride)
                o[i] = float(double(qFromLittleEndian<qint32>(p)) * (1.0 / 2147483648.0));
        }
        break;
    case SampleEncoding::Float:
        for (qint64 i = 0; i < n; ++i, p += stride) {
            float v = 0;
            if (width == 4) {
                v = qFromLittleEndian<float>(p);
            } else {
                v = float(qFromLittleEndian<double>(p));
            }
            if (!std::isfinite(v)) {
                v = 0.0f;
                ++m_nonFinite;
            }
            o[i] = v;
        }
        break;
    }
    m_framesRead += n;
    return qsizetype(n);
}

QStringList WavReader::warnings() const
{
    QStringList w = m_warnings;
    if (m_nonFinite > 0)
        w << Tr::tr(
                 "%1: %n sample(s) were not finite numbers (NaN or infinity) and were read as 0.",
                 nullptr, int(std::min<qint64>(m_nonFinite, 0x7fffffff)))
                 .arg(m_fileName);
    return w;
}

} // namespace edge::acoustics
