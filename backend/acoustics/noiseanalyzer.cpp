#include "backend/acoustics/noiseanalyzer.h"

#include <algorithm>
#include <cmath>

namespace edge::acoustics {

namespace {

constexpr double kAes17 = 2.0; // mean square of a full-scale sine is 1/2
constexpr double kHistLowDb = kFloorDb;
constexpr double kHistHighDb = 100.0;
constexpr double kHistStepDb = 0.01;
constexpr qsizetype kBlock = 4096;

qint64 samplesFor(double seconds, double rate)
{
    return std::max<qint64>(1, qint64(std::llround(seconds * rate)));
}

int histBin(double db)
{
    const double b = std::floor((db - kHistLowDb) / kHistStepDb);
    const double last = (kHistHighDb - kHistLowDb) / kHistStepDb - 1;
    return int(std::clamp(b, 0.0, last));
}

double withOffset(double db, std::optional<double> offset) { return offset ? db + *offset : db; }

} // namespace

double levelDb(double meanSquare)
{
    if (!(meanSquare > 0))
        return kFloorDb;
    return std::max(kFloorDb, 10.0 * std::log10(kAes17 * meanSquare));
}

NoiseAnalyzer::NoiseAnalyzer(double sampleRate, NoiseOptions options)
    : m_sampleRate(sampleRate > 0 ? sampleRate : 48000.0)
    , m_options(options)
    , m_aFilter(Weighting::A, m_sampleRate)
    , m_cFilter(Weighting::C, m_sampleRate)
    , m_alphaF(1.0 - std::exp(-1.0 / (kTauFastS * m_sampleRate)))
    , m_alphaS(1.0 - std::exp(-1.0 / (kTauSlowS * m_sampleRate)))
    , m_fastSettle(qint64(std::llround(std::max(0.0, options.fastSettleS) * m_sampleRate)))
    , m_slowSettle(qint64(std::llround(std::max(0.0, options.slowSettleS) * m_sampleRate)))
    , m_peakSettle(qint64(std::llround(kPeakSettleS * m_sampleRate)))
    , m_statsEvery(samplesFor(options.statsIntervalS, m_sampleRate))
    , m_seriesEvery(samplesFor(options.seriesIntervalS, m_sampleRate))
{
    m_z.resize(kBlock);
    m_a.resize(kBlock);
    m_c.resize(kBlock);
    reset();
}

void NoiseAnalyzer::reset()
{
    m_aFilter.reset();
    m_cFilter.reset();
    m_samples = 0;
    m_sumA = m_sumC = m_sumZ = 0;
    m_peakC = 0;
    m_f = m_s = 0;
    m_biasF = m_biasS = 1.0;
    m_fMax = m_fMin = m_sMax = m_sMin = -1;
    m_toStats = m_statsEvery;
    m_histogram.assign(size_t((kHistHighDb - kHistLowDb) / kHistStepDb), 0);
    m_statsCount = 0;
    m_toSeries = m_seriesEvery;
    m_intervalSumA = 0;
    m_intervalFMax = 0;
    m_intervalSamples = 0;
    m_series.clear();
}

void NoiseAnalyzer::push(std::span<const float> block)
{
    while (!block.empty()) {
        const qsizetype n = std::min<qsizetype>(kBlock, qsizetype(block.size()));
        for (qsizetype i = 0; i < n; ++i)
            m_z[size_t(i)] = double(block[size_t(i)]);
        process(n);
        block = block.subspan(size_t(n));
    }
}

void NoiseAnalyzer::push(std::span<const double> block)
{
    while (!block.empty()) {
        const qsizetype n = std::min<qsizetype>(kBlock, qsizetype(block.size()));
        std::copy_n(block.begin(), n, m_z.begin());
        process(n);
        block = block.subspan(size_t(n));
    }
}

void NoiseAnalyzer::process(qsizetype n)
{
    double *z = m_z.data();
    double *a = m_a.data();
    double *c = m_c.data();
    std::copy_n(z, n, a);
    std::copy_n(z, n, c);
    m_aFilter.process(a, n);
    m_cFilter.process(c, n);

    double sumZ = 0, sumC = 0, peakC = m_peakC;
    // The peak ignores the C filter's start-up transient (kPeakSettleS): the filter starts from
    // silence, not from the sound before the recording began.
    const qsizetype peakFrom = std::clamp<qint64>(m_peakSettle - m_samples, 0, n);
    for (qsizetype i = 0; i < n; ++i) {
        sumZ += z[i] * z[i];
        sumC += c[i] * c[i];
    }
    for (qsizetype i = peakFrom; i < n; ++i)
        peakC = std::max(peakC, std::abs(c[i]));
    m_sumZ += sumZ;
    m_sumC += sumC;
    m_peakC = peakC;

    // A-weighted: Leq, F and S exponential averages, their extremes, statistics, series.
    // The averages start from silence; dividing by (1 - d), d = (1 - alpha)^samples, removes that
    // start-up bias (a steady sound reads its level from the first sample). The correction is
    // applied per span of at most statsIntervalS (10 ms), within which it changes by < 0.001 dB
    // once the settle times have passed.
    double f = m_f, s = m_s;
    const double af = m_alphaF, as = m_alphaS;
    qsizetype i = 0;
    while (i < n) {
        // Run up to the next event (stats sample, series point, settle boundary) without checks.
        qint64 span = std::min<qint64>(n - i, std::min(m_toStats, m_toSeries));
        const bool fastSettled = m_samples >= m_fastSettle;
        const bool slowSettled = m_samples >= m_slowSettle;
        if (!fastSettled)
            span = std::min<qint64>(span, m_fastSettle - m_samples);
        if (!slowSettled)
            span = std::min<qint64>(span, m_slowSettle - m_samples);
        double sumA = 0;
        double fHi = 0, fLo = HUGE_VAL, sHi = 0, sLo = HUGE_VAL;
        for (qint64 k = 0; k < span; ++k) {
            const double x2 = a[i + k] * a[i + k];
            sumA += x2;
            f += af * (x2 - f);
            s += as * (x2 - s);
            fHi = std::max(fHi, f);
            fLo = std::min(fLo, f);
            sHi = std::max(sHi, s);
            sLo = std::min(sLo, s);
        }
        m_biasF *= std::pow(1.0 - af, double(span));
        m_biasS *= std::pow(1.0 - as, double(span));
        const double cF = 1.0 / (1.0 - m_biasF);
        const double cS = 1.0 / (1.0 - m_biasS);
        if (fastSettled) {
            m_fMax = std::max(m_fMax, fHi * cF);
            m_fMin = m_fMin < 0 ? fLo * cF : std::min(m_fMin, fLo * cF);
        }
        if (slowSettled) {
            m_sMax = std::max(m_sMax, sHi * cS);
            m_sMin = m_sMin < 0 ? sLo * cS : std::min(m_sMin, sLo * cS);
        }
        m_sumA += sumA;
        m_intervalSumA += sumA;
        m_intervalFMax = std::max(m_intervalFMax, fHi * cF);
        m_intervalSamples += span;
        m_samples += span;
        m_toStats -= span;
        m_toSeries -= span;
        i += qsizetype(span);
        if (m_toStats == 0) {
            m_toStats = m_statsEvery;
            if (m_samples >= m_fastSettle) {
                ++m_histogram[size_t(histBin(levelDb(f * cF)))];
                ++m_statsCount;
            }
        }
        if (m_toSeries == 0) {
            m_toSeries = m_seriesEvery;
            m_series.append({double(m_samples) / m_sampleRate,
                             levelDb(m_intervalSumA / double(m_intervalSamples)),
                             levelDb(m_intervalFMax), levelDb(f * cF)});
            m_intervalSumA = 0;
            m_intervalFMax = 0;
            m_intervalSamples = 0;
        }
    }
    // Flush denormals after long digital silence.
    m_f = f < 1e-30 ? 0.0 : f;
    m_s = s < 1e-30 ? 0.0 : s;
}

NoiseLevels NoiseAnalyzer::levels(std::optional<double> offsetDb) const
{
    NoiseLevels r;
    r.sampleRate = m_sampleRate;
    r.samples = m_samples;
    r.durationS = double(m_samples) / m_sampleRate;
    r.calibrated = offsetDb.has_value();
    r.calibrationOffsetDb = offsetDb;
    if (m_samples > 0) {
        const double n = double(m_samples);
        r.laeq = withOffset(levelDb(m_sumA / n), offsetDb);
        r.lceq = withOffset(levelDb(m_sumC / n), offsetDb);
        r.lzeq = withOffset(levelDb(m_sumZ / n), offsetDb);
        r.lcpeak = withOffset(levelDb(m_peakC * m_peakC), offsetDb);
    }
    if (m_fMin >= 0) {
        r.lafMax = withOffset(levelDb(m_fMax), offsetDb);
        r.lafMin = withOffset(levelDb(m_fMin), offsetDb);
    }
    if (m_sMin >= 0) {
        r.lasMax = withOffset(levelDb(m_sMax), offsetDb);
        r.lasMin = withOffset(levelDb(m_sMin), offsetDb);
    }
    if (m_statsCount > 0) {
        // LA10: exceeded 10 % of the time = the 90th percentile; LA90 the 10th.
        const auto percentile = [&](double fraction) {
            const double want = fraction * double(m_statsCount);
            qint64 cumulative = 0;
            for (size_t b = 0; b < m_histogram.size(); ++b) {
                cumulative += m_histogram[b];
                if (double(cumulative) >= want && cumulative > 0)
                    return kHistLowDb + (double(b) + 0.5) * kHistStepDb;
            }
            return kHistHighDb;
        };
        r.la10 = withOffset(percentile(0.9), offsetDb);
        r.la90 = withOffset(percentile(0.1), offsetDb);
    }
    r.series.reserve(m_series.size());
    for (LevelPoint p : m_series) {
        p.laeqDb = withOffset(p.laeqDb, offsetDb);
        p.lafMaxDb = withOffset(p.lafMaxDb, offsetDb);
        p.lafDb = withOffset(p.lafDb, offsetDb);
        r.series.append(p);
    }
    return r;
}

MeterReading NoiseAnalyzer::meter(std::optional<double> offsetDb) const
{
    MeterReading m;
    if (m_samples > 0) {
        m.laf = withOffset(levelDb(m_f / (1.0 - m_biasF)), offsetDb);
        m.las = withOffset(levelDb(m_s / (1.0 - m_biasS)), offsetDb);
    }
    if (m_samples > 0) {
        m.laeq = withOffset(levelDb(m_sumA / double(m_samples)), offsetDb);
        m.lcpeak = withOffset(levelDb(m_peakC * m_peakC), offsetDb);
    }
    return m;
}

} // namespace edge::acoustics
