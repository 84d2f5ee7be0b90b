#pragma once

// Streaming sound level analysis (IEC 61672-1 quantities): push blocks of samples as they come
// (from a WAV file or a microphone), ask for the levels or the live meter at any time.
//
// Levels are in dBFS with the AES17 convention (a full-scale sine reads 0 dBFS: level =
// 10 lg(2 * mean square)), or in dB (SPL) once a calibration offset is given. Peak levels use the
// same reference (LCpeak = 20 lg(peak) + 3.01 dB), so a sine's LCpeak is its LCeq + 3.01 dB.

#include <QList>
#include <QString>

#include <optional>
#include <span>
#include <vector>

#include "backend/acoustics/weighting.h"

namespace edge::acoustics {

// Time constants of the exponential time weightings (IEC 61672-1 5.7).
constexpr double kTauFastS = 0.125;
constexpr double kTauSlowS = 1.0;
// LCpeak ignores the first 0.1 s: the C filter's start-up transient (13 time constants of its
// 20.6 Hz poles), which belongs to the filter starting from silence, not to the sound.
constexpr double kPeakSettleS = 0.1;
// Levels of digital silence are reported as this floor instead of -infinity.
constexpr double kFloorDb = -200.0;

struct NoiseOptions {
    double seriesIntervalS = 1.0; // one LevelPoint per interval
    double statsIntervalS = 0.01; // LAF sampled this often for LA10/LA90
    // F and S values are ignored before these times (the averages are corrected for starting
    // from silence, but a sound that started before the recording needs a few time constants).
    double fastSettleS = 1.0; // 8 time constants
    double slowSettleS = 5.0; // 5 time constants
};

// One point of the level-vs-time series.
struct LevelPoint {
    double timeS = 0;    // end of the interval, from the start of the recording
    double laeqDb = 0;   // LAeq over the interval
    double lafMaxDb = 0; // highest LAF in the interval
    double lafDb = 0;    // LAF at the end of the interval
};

struct NoiseLevels {
    double laeq = kFloorDb;
    double lceq = kFloorDb;
    double lzeq = kFloorDb;
    // Time-weighted values after the settle time; absent for a recording shorter than it.
    std::optional<double> lafMax, lafMin, lasMax, lasMin;
    std::optional<double> la10, la90; // from LAF sampled every statsIntervalS
    double lcpeak = kFloorDb;
    double durationS = 0;
    double sampleRate = 0;
    qint64 samples = 0;
    bool calibrated = false;
    std::optional<double> calibrationOffsetDb; // added to every level when calibrated
    QList<LevelPoint> series;

    // "dB" when calibrated, "dBFS" otherwise (machine-readable; not translated).
    QString unit() const { return calibrated ? QStringLiteral("dB") : QStringLiteral("dBFS"); }
};

// What a live meter shows.
struct MeterReading {
    double laf = kFloorDb;
    double las = kFloorDb;
    double laeq = kFloorDb;   // since the start
    double lcpeak = kFloorDb; // since the start
};

class NoiseAnalyzer {
public:
    explicit NoiseAnalyzer(double sampleRate, NoiseOptions options = {});

    double sampleRate() const { return m_sampleRate; }
    qint64 samples() const { return m_samples; }

    void push(std::span<const float> block);
    void push(std::span<const double> block);
    void reset();

    // Everything so far. `offsetDb` (from a Calibration) turns dBFS into dB.
    NoiseLevels levels(std::optional<double> offsetDb = std::nullopt) const;
    MeterReading meter(std::optional<double> offsetDb = std::nullopt) const;

private:
    void process(qsizetype n); // m_z holds n new samples

    double m_sampleRate;
    NoiseOptions m_options;
    WeightingFilter m_aFilter;
    WeightingFilter m_cFilter;
    double m_alphaF;
    double m_alphaS;
    qint64 m_fastSettle;
    qint64 m_slowSettle;
    qint64 m_peakSettle;
    qint64 m_statsEvery;
    qint64 m_seriesEvery;

    std::vector<double> m_z, m_a, m_c;

    qint64 m_samples = 0;
    double m_sumA = 0, m_sumC = 0, m_sumZ = 0;
    double m_peakC = 0;
    double m_f = 0, m_s = 0;         // mean squares, F and S
    double m_biasF = 1, m_biasS = 1; // (1 - alpha)^samples: the weight still on the silent start
    double m_fMax = -1, m_fMin = -1, m_sMax = -1, m_sMin = -1; // < 0: none yet
    qint64 m_toStats = 0;
    std::vector<qint64> m_histogram; // LAF (dBFS) in 0.01 dB bins from kFloorDb
    qint64 m_statsCount = 0;
    qint64 m_toSeries = 0;
    double m_intervalSumA = 0;
    double m_intervalFMax = 0;
    qint64 m_intervalSamples = 0;
    QList<LevelPoint> m_series; // in dBFS
};

// Level in dBFS (AES17) of a mean square; kFloorDb for 0.
double levelDb(double meanSquare);

} // namespace edge::acoustics
