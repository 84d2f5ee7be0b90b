#pragma once

// Whole-file helpers over WavReader, NoiseAnalyzer and CalibrationAnalyzer: stream a WAV file
// through the analysers in blocks (constant memory whatever the length).

#include "backend/acoustics/calibration.h"
#include "backend/acoustics/noiseanalyzer.h"
#include "backend/acoustics/wavreader.h"

#include <functional>

namespace edge::acoustics {

struct FileAnalysis {
    NoiseLevels levels;
    WavFormat format;
    int channel = 0;
    QStringList warnings; // translated, for people
};

// Analyses one channel of a WAV file; `offsetDb` (a Calibration's) gives dB instead of dBFS.
// `progress` (optional) gets the fraction done now and then.
api::Result<FileAnalysis> analyzeWavFile(const QString &path, int channel = 0,
                                         std::optional<double> offsetDb = std::nullopt,
                                         NoiseOptions options = {},
                                         const std::function<void(double)> &progress = {});

// Calibrates from a recording of a sound calibrator (see CalibrationAnalyzer for the checks).
api::Result<Calibration> calibrateFromWavFile(const QString &path, int channel, double calibratorDb,
                                              const QString &microphone, qint64 nowMs);

} // namespace edge::acoustics
