#pragma once

// A small WAV writer for tests and the benchmark (header-only): PCM 8/16/24/32-bit, float 32/64,
// optionally WAVE_FORMAT_EXTENSIBLE, interleaved channels, written in blocks.

#include <QByteArray>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <span>

namespace edge::acoustics::test {

struct WavSpec {
    int sampleRate = 48000;
    int channels = 1;
    int bits = 16;
    bool isFloat = false;
    bool extensible = false;
};

inline void putLe(QByteArray &out, quint64 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

inline QByteArray wavHeader(const WavSpec &s, qint64 frames)
{
    const int align = s.channels * s.bits / 8;
    const qint64 dataBytes = frames * align;
    QByteArray fmt;
    const int tag = s.extensible ? 0xFFFE : (s.isFloat ? 3 : 1);
    putLe(fmt, quint64(tag), 2);
    putLe(fmt, quint64(s.channels), 2);
    putLe(fmt, quint64(s.sampleRate), 4);
    putLe(fmt, quint64(s.sampleRate) * quint64(align), 4);
    putLe(fmt, quint64(align), 2);
    putLe(fmt, quint64(s.bits), 2);
    if (s.extensible) {
        putLe(fmt, 22, 2);
        putLe(fmt, quint64(s.bits), 2);
        putLe(fmt, 0, 4);
        putLe(fmt, s.isFloat ? 3 : 1, 2);
        fmt.append(QByteArray::fromHex("000000001000800000aa00389b71"));
    }
    QByteArray h = "RIFF";
    putLe(h, quint64(4 + 8 + fmt.size() + 8 + dataBytes), 4);
    h += "WAVEfmt ";
    putLe(h, quint64(fmt.size()), 4);
    h += fmt;
    h += "data";
    putLe(h, quint64(dataBytes), 4);
    return h;
}

// Interleaved samples (frames * channels), full scale 1.0, appended to `out`.
inline void appendSamples(QByteArray &out, const WavSpec &s, std::span<const double> samples)
{
    for (double x : samples) {
        if (s.isFloat) {
            if (s.bits == 32) {
                const float f = float(x);
                quint32 u;
                std::memcpy(&u, &f, 4);
                putLe(out, u, 4);
            } else {
                quint64 u;
                std::memcpy(&u, &x, 8);
                putLe(out, u, 8);
            }
            continue;
        }
        const double c = std::clamp(x, -1.0, 1.0);
        switch (s.bits) {
        case 8: out.append(char(std::clamp(std::lround(c * 128.0) + 128, 0L, 255L))); break;
        case 16:
            putLe(out, quint64(std::clamp(std::lround(c * 32768.0), -32768L, 32767L)), 2);
            break;
        case 24:
            putLe(out, quint64(std::clamp(std::lround(c * 8388608.0), -8388608L, 8388607L)), 3);
            break;
        default:
            putLe(out,
                  quint64(std::clamp(std::llround(c * 2147483648.0), -2147483648LL, 2147483647LL)),
                  4);
            break;
        }
    }
}

inline QByteArray wavBytes(const WavSpec &s, std::span<const double> interleaved)
{
    QByteArray out = wavHeader(s, qint64(interleaved.size()) / s.channels);
    appendSamples(out, s, interleaved);
    return out;
}

} // namespace edge::acoustics::test
