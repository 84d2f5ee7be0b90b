#include "backend/acoustics/calibration.h"

#include "backend/acoustics/acousticstr.h"
#include "backend/acoustics/noiseanalyzer.h"

#include <algorithm>
#include <cmath>

namespace edge::acoustics {

namespace {

constexpr double kMaxCrest = 1.7; // a sine has sqrt(2) = 1.41; noise 3 and more

std::unexpected<api::Error> refuse(const QString &fileName, const QString &why)
{
    return api::fail(api::Code::Validation,
                     Tr::tr("%1 is not usable as a calibration: %2. Seat the calibrator firmly on "
                            "the microphone, switch it on, and record at least 2 s of its tone "
                            "in a quiet place.")
                         .arg(fileName, why),
                     QStringLiteral("calibration refused: %1: %2").arg(fileName, why),
                     QStringLiteral("calibrate"));
}

} // namespace

CalibrationAnalyzer::CalibrationAnalyzer(double sampleRate)
    : m_sampleRate(sampleRate > 0 ? sampleRate : 48000.0)
    , m_skip(qint64(std::llround(kSkipS * m_sampleRate)))
    , m_blockLen(std::max<qint64>(1, qint64(std::llround(kBlockS * m_sampleRate))))
{}

void CalibrationAnalyzer::push(std::span<const float> block)
{
    for (float v : block) {
        const double x = v;
        const qint64 index = m_samples++;
        m_blockSum += x * x;
        m_blockPeak = std::max(m_blockPeak, std::abs(x));
        if (++m_blockCount == m_blockLen) {
            const double ms = m_blockSum / double(m_blockLen);
            m_hysteresis = 0.3 * std::sqrt(ms);
            if (index >= m_skip) {
                m_blockLevels.push_back(levelDb(ms));
                if (ms > 0)
                    m_crest = std::max(m_crest, m_blockPeak / std::sqrt(ms));
            }
            m_blockSum = 0;
            m_blockPeak = 0;
            m_blockCount = 0;
        }
        if (index < m_skip) {
            m_prev = x;
            continue;
        }
        m_sum += x * x;
        ++m_counted;
        m_peak = std::max(m_peak, std::abs(x));
        if (x < -m_hysteresis)
            m_armed = true;
        if (m_armed && m_prev < 0 && x >= 0 && m_hysteresis > 0) {
            const double t = double(index - 1) + (-m_prev) / (x - m_prev);
            if (m_firstCrossing < 0)
                m_firstCrossing = t;
            m_lastCrossing = t;
            ++m_crossings;
            m_armed = false;
        }
        m_prev = x;
    }
}

double CalibrationAnalyzer::measuredDbfs() const
{
    return m_counted > 0 ? levelDb(m_sum / double(m_counted)) : kFloorDb;
}

double CalibrationAnalyzer::frequencyHz() const
{
    if (m_crossings < 2 || m_lastCrossing <= m_firstCrossing)
        return 0;
    return double(m_crossings - 1) * m_sampleRate / (m_lastCrossing - m_firstCrossing);
}

api::Result<Calibration> CalibrationAnalyzer::result(double calibratorDb, const QString &microphone,
                                                     qint64 nowMs, const QString &fileName) const
{
    if (!(calibratorDb >= 80 && calibratorDb <= 140))
        return api::fail(api::Code::Validation,
                         Tr::tr("The calibrator level must be in dB SPL between 80 and 140 "
                                "(usually 94 or 114)."),
                         {}, QStringLiteral("calibrator-db"));
    const double steadyS = double(m_counted) / m_sampleRate;
    if (steadyS < kMinSteadyS)
        return refuse(fileName, Tr::tr("it is %1 s long; at least %2 s are needed")
                                    .arg(double(m_samples) / m_sampleRate, 0, 'f', 2)
                                    .arg(kMinSteadyS + kSkipS, 0, 'f', 2));
    const double level = measuredDbfs();
    if (level < kMinLevelDbfs)
        return refuse(fileName,
                      Tr::tr("its level is only %1 dBFS, nearly silence").arg(level, 0, 'f', 1));
    if (m_peak >= 0.999)
        return refuse(fileName,
                      Tr::tr("the recording is clipped (it reaches full scale); lower the input "
                             "gain"));
    // Crest factor per 100 ms block (a level change between blocks is not a crest).
    const double crest = m_crest;
    if (crest > kMaxCrest)
        return refuse(fileName, Tr::tr("it is not a pure tone (crest factor %1; a sine has 1.41)")
                                    .arg(crest, 0, 'f', 2));
    const double hz = frequencyHz();
    if (!(hz >= kMinHz && hz <= kMaxHz))
        return refuse(fileName, Tr::tr("its tone is at %1 Hz, not at 1 kHz").arg(hz, 0, 'f', 0));
    if (!m_blockLevels.empty()) {
        const auto [lo, hi] = std::minmax_element(m_blockLevels.begin(), m_blockLevels.end());
        if (*hi - *lo > kMaxSpreadDb)
            return refuse(fileName, Tr::tr("its level is not steady (it varies by %1 dB, more "
                                           "than %2 dB)")
                                        .arg(*hi - *lo, 0, 'f', 1)
                                        .arg(kMaxSpreadDb, 0, 'f', 1));
    }
    Calibration c;
    c.microphone = microphone;
    c.calibratorDb = calibratorDb;
    c.offsetDb = calibratorDb - level;
    c.measuredAtMs = nowMs;
    c.frequencyCheckHz = hz;
    return c;
}

} // namespace edge::acoustics
