#pragma once

// Streaming reader of RIFF/WAVE files: PCM 8 (unsigned), 16, 24 and 32-bit integer, IEEE float
// 32 and 64-bit, plain or WAVE_FORMAT_EXTENSIBLE, any number of channels and any sample rate.
// Reads one channel as float samples in blocks, so an hour-long recording is never held whole.
// Every size in the file is checked against the bytes really there; errors are Code::BadInput
// and name the file, the chunk and byte offset, what is wrong and what to do.

#include "backend/api/error.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>
#include <span>

namespace edge::acoustics {

enum class SampleEncoding { UnsignedInt, SignedInt, Float };

struct WavFormat {
    int formatTag = 0; // 1 PCM, 3 IEEE float, 0xFFFE extensible (then `subFormat` tells)
    int subFormat = 0; // 1 or 3: the effective format
    SampleEncoding encoding = SampleEncoding::SignedInt;
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0; // container bits: 8, 16, 24, 32 or 64
    int validBits = 0;     // from the extensible header, else = bitsPerSample
    int blockAlign = 0;    // bytes per frame (all channels)
    qint64 dataOffset = 0; // byte offset of the first sample
    qint64 frames = 0;     // frames that are really in the file

    double durationS() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
    QString describe() const; // "PCM 24-bit, 2 channels, 48000 Hz" (not translated: a fact)
};

class WavReader {
public:
    ~WavReader();
    WavReader(const WavReader &) = delete;
    WavReader &operator=(const WavReader &) = delete;

    // Opens `path` and reads the header; `channel` (0-based) is the channel read() returns.
    static api::Result<std::unique_ptr<WavReader>> open(const QString &path, int channel = 0);
    // The same from an open, random-access device (a QFile, a QBuffer); `fileName` names it in
    // errors.
    static api::Result<std::unique_ptr<WavReader>> open(std::unique_ptr<QIODevice> device,
                                                        const QString &fileName, int channel = 0);

    const WavFormat &format() const { return m_format; }
    int channel() const { return m_channel; }
    QString fileName() const { return m_fileName; }
    qint64 framesRead() const { return m_framesRead; }

    // Reads up to out.size() frames of the selected channel as float (full scale = 1.0); returns
    // how many (0 at the end). Non-finite float samples are read as 0 and counted in warnings().
    api::Result<qsizetype> read(std::span<float> out);

    // Things that are wrong but readable: a data chunk shorter than its header says (a recording
    // cut off), non-finite samples. For people; translated.
    QStringList warnings() const;

private:
    WavReader() = default;

    std::unique_ptr<QIODevice> m_device;
    QString m_fileName;
    WavFormat m_format;
    int m_channel = 0;
    qint64 m_framesRead = 0;
    qint64 m_nonFinite = 0;
    QStringList m_warnings;
    QByteArray m_buffer;
};

} // namespace edge::acoustics
