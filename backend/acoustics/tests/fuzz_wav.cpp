// Fuzz target for the WAV reader (house pattern, no libFuzzer): mutates valid files of every
// encoding and the golden malformed files for a bounded, seeded number of iterations and reads
// each to the end. Passing means no crash, no sanitizer report, and every outcome is samples or a
// BadInput/Validation error whose message names the file.
//   fuzz_acoustics_wav [ITERATIONS [SEED]]   (CTest runs 4000 with seed 1)
#include "backend/acoustics/noiseanalyzer.h"
#include "backend/acoustics/tests/wavwriter.h"
#include "backend/acoustics/wavreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <random>
#include <vector>

using namespace edge;
using namespace edge::acoustics;

namespace {

class Mutator {
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {}
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    QByteArray bytes(QByteArray in)
    {
        const int ops = 1 + pick(6);
        for (int i = 0; i < ops; ++i) {
            if (in.isEmpty()) {
                in.append(char(pick(256)));
                continue;
            }
            const int at = pick(int(std::min<qsizetype>(in.size(), 80))); // mostly the header
            switch (pick(7)) {
            case 0: in[at] = char(in[at] ^ (1 << pick(8))); break;
            case 1: in.truncate(pick(int(in.size()))); break;
            case 2: in.insert(at, char(pick(256))); break;
            case 3: in.remove(at, 1 + pick(8)); break;
            case 4: {
                // A size or count field set to an interesting value.
                static const quint32 values[] = {0,          1,          2,         3,  15,
                                                 16,         17,         39,        40, 0x7fffffff,
                                                 0x80000000, 0xfffffffe, 0xffffffff};
                const quint32 v = values[pick(int(std::size(values)))];
                for (int b = 0; b < 4 && at + b < in.size(); ++b)
                    in[at + b] = char((v >> (8 * b)) & 0xff);
                break;
            }
            case 5: {
                static const char *ids[] = {"fmt ", "data", "LIST", "RIFF", "WAVE", "fact"};
                in.replace(at, 4, ids[pick(6)]);
                break;
            }
            default: in[at] = char(pick(256)); break;
            }
        }
        return in;
    }

private:
    std::mt19937 m_rng;
};

QList<QByteArray> seeds()
{
    QList<QByteArray> out;
    std::vector<double> tone;
    for (int i = 0; i < 96; ++i)
        tone.push_back(0.5 * std::sin(i * 0.3));
    for (int bits : {8, 16, 24, 32})
        out << test::wavBytes({48000, 2, bits, false, false}, tone);
    out << test::wavBytes({44100, 1, 32, true, false}, tone);
    out << test::wavBytes({44100, 1, 64, true, false}, tone);
    out << test::wavBytes({96000, 3, 24, false, true}, tone);
    out << test::wavBytes({8000, 1, 32, true, true}, tone);
    const QDir golden(qEnvironmentVariable("EC_SOURCE_DIR")
                      + QStringLiteral("/backend/acoustics/tests/data/malformed"));
    for (const QString &name : golden.entryList({QStringLiteral("*.wav")}, QDir::Files)) {
        QFile f(golden.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out << f.readAll();
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? QByteArray(argv[1]).toInt() : 4000;
    const quint32 seed = argc > 2 ? quint32(QByteArray(argv[2]).toUInt()) : 1;
    Mutator m(seed);
    const QList<QByteArray> inputs = seeds();
    const QString name = QStringLiteral("fuzz.wav");
    int opened = 0, refused = 0;
    std::vector<float> block(37);
    for (int i = 0; i < iterations; ++i) {
        const QByteArray data = m.bytes(inputs.at(m.pick(int(inputs.size()))));
        auto buf = std::make_unique<QBuffer>();
        buf->setData(data);
        buf->open(QIODevice::ReadOnly);
        const int channel = m.pick(4) == 0 ? m.pick(4) : 0;
        auto reader = WavReader::open(std::move(buf), name, channel);
        if (!reader) {
            const api::Error &e = reader.error();
            if ((e.code != api::Code::BadInput && e.code != api::Code::Validation)
                || !e.message.contains(name) || e.message.size() < 20) {
                std::fprintf(stderr, "iteration %d: bad error: %s\n", i, qPrintable(e.toString()));
                return 1;
            }
            ++refused;
            continue;
        }
        ++opened;
        qint64 total = 0;
        NoiseAnalyzer analyzer((*reader)->format().sampleRate);
        for (;;) {
            auto n = (*reader)->read(block);
            if (!n) {
                std::fprintf(stderr, "iteration %d: read failed: %s\n", i,
                             qPrintable(n.error().toString()));
                return 1;
            }
            if (*n == 0)
                break;
            for (qsizetype k = 0; k < *n; ++k) {
                if (!std::isfinite(block[size_t(k)])) {
                    std::fprintf(stderr, "iteration %d: non-finite sample\n", i);
                    return 1;
                }
            }
            total += *n;
            analyzer.push(std::span<const float>(block.data(), size_t(*n)));
        }
        const NoiseLevels l = analyzer.levels();
        if (!std::isfinite(l.laeq) || !std::isfinite(l.lcpeak) || !std::isfinite(l.lzeq)) {
            std::fprintf(stderr, "iteration %d: non-finite level\n", i);
            return 1;
        }
        if (total != (*reader)->format().frames
            || total * (*reader)->format().blockAlign > data.size()) {
            std::fprintf(stderr, "iteration %d: read %lld frames, header says %lld\n", i,
                         static_cast<long long>(total),
                         static_cast<long long>((*reader)->format().frames));
            return 1;
        }
    }
    std::printf("fuzz_acoustics_wav: %d iterations (seed %u): %d read, %d refused\n", iterations,
                seed, opened, refused);
    return 0;
}
