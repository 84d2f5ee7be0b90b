#include "backend/acoustics/noisefile.h"

#include <vector>

namespace edge::acoustics {

namespace {
constexpr qsizetype kFrames = 16384;
}

api::Result<FileAnalysis> analyzeWavFile(const QString &path, int channel,
                                         std::optional<double> offsetDb, NoiseOptions options,
                                         const std::function<void(double)> &progress)
{
    auto reader = WavReader::open(path, channel);
    if (!reader)
        return std::unexpected(reader.error());
    WavReader &r = **reader;
    NoiseAnalyzer analyzer(r.format().sampleRate, options);
    std::vector<float> block(static_cast<size_t>(kFrames));
    qint64 sinceProgress = 0;
    for (;;) {
        auto n = r.read(block);
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            break;
        analyzer.push(std::span<const float>(block.data(), size_t(*n)));
        sinceProgress += *n;
        if (progress && sinceProgress >= 10 * kFrames) {
            sinceProgress = 0;
            progress(double(r.framesRead()) / double(r.format().frames));
        }
    }
    FileAnalysis a;
    a.levels = analyzer.levels(offsetDb);
    a.format = r.format();
    a.channel = channel;
    a.warnings = r.warnings();
    return a;
}

api::Result<Calibration> calibrateFromWavFile(const QString &path, int channel, double calibratorDb,
                                              const QString &microphone, qint64 nowMs)
{
    auto reader = WavReader::open(path, channel);
    if (!reader)
        return std::unexpected(reader.error());
    WavReader &r = **reader;
    CalibrationAnalyzer analyzer(r.format().sampleRate);
    std::vector<float> block(static_cast<size_t>(kFrames));
    for (;;) {
        auto n = r.read(block);
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            break;
        analyzer.push(std::span<const float>(block.data(), size_t(*n)));
    }
    return analyzer.result(calibratorDb, microphone, nowMs, path);
}

} // namespace edge::acoustics
