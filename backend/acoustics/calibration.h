#pragma once

// Calibration with a sound calibrator (a steady 1 kHz tone of 94 or 114 dB SPL): record it with
// the microphone, measure its level in dBFS, and keep offset = calibrator level - measured level
// per microphone; adding the offset to later dBFS levels gives dB SPL.

#include "backend/api/error.h"

#include <QString>

#include <span>
#include <vector>

namespace edge::acoustics {

struct Calibration {
    QString microphone;          // which microphone (input device) the offset belongs to
    double calibratorDb = 94;    // the calibrator's level, dB SPL
    double offsetDb = 0;         // dB SPL = dBFS + offsetDb
    qint64 measuredAtMs = 0;     // UTC ms since the epoch
    double frequencyCheckHz = 0; // the tone's frequency as measured (should be ~1000)
};

// Looks at a calibrator recording as it streams in and decides whether it is a steady ~1 kHz
// tone: the first 0.25 s are skipped (the calibrator being seated), then at least 1 s is needed.
class CalibrationAnalyzer {
public:
    static constexpr double kSkipS = 0.25;
    static constexpr double kMinSteadyS = 1.0;
    static constexpr double kBlockS = 0.1;
    static constexpr double kMaxSpreadDb = 0.5; // max - min of the 100 ms levels
    static constexpr double kMinHz = 950, kMaxHz = 1050;
    static constexpr double kMinLevelDbfs = -70;

    explicit CalibrationAnalyzer(double sampleRate);

    void push(std::span<const float> block);

    // The calibration, or Code::Validation saying why the recording is not a calibrator tone
    // (named by `fileName`) and what to do. `calibratorDb` must be in 80..140.
    api::Result<Calibration> result(double calibratorDb, const QString &microphone, qint64 nowMs,
                                    const QString &fileName) const;

    // The measured level of the steady part in dBFS (AES17), for tests and the UI.
    double measuredDbfs() const;
    double frequencyHz() const;

private:
    double m_sampleRate;
    qint64 m_skip;
    qint64 m_blockLen;
    qint64 m_samples = 0;
    double m_sum = 0; // of x^2 after the skip
    qint64 m_counted = 0;
    double m_peak = 0;
    double m_blockSum = 0;
    double m_blockPeak = 0;
    double m_crest = 0; // highest peak/rms of a 100 ms block after the skip
    qint64 m_blockCount = 0;
    std::vector<double> m_blockLevels;
    // Positive-going zero crossings (with hysteresis), interpolated, in samples.
    double m_prev = 0;
    bool m_armed = false;
    double m_firstCrossing = -1;
    double m_lastCrossing = -1;
    qint64 m_crossings = 0;
    double m_hysteresis = 0; // set from the level after the first block
};

} // namespace edge::acoustics
