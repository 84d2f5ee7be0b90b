#pragma once

// IEC 61672-1 frequency weightings A, C and Z as digital IIR filters (double precision biquad
// cascades) designed for the actual sample rate from the Annex E poles:
//  - the high-pass part (double zero pairs at 0 Hz, poles f1, f2, f3) by the bilinear transform:
//    these poles lie far below Nyquist, where its frequency warping is negligible;
//  - the low-pass part 1/(1 + s/w4)^2 (f4 = 12194 Hz, close to Nyquist at 44.1/48 kHz, where the
//    bilinear transform would pull the response down to -inf) as a "magnitude-matched" biquad: poles
//    by the matched-z transform, numerator b0 + b1 z^-1 chosen so the magnitude equals the analog
//    one at 0 Hz and at min(f4, 0.35 fs) (after M. Vicanek, "Matched second order digital filters").
// The cascade is then scaled to exactly 0 dB at 1 kHz. At 44.1 and 48 kHz the deviation from the
// design goal stays well inside the class 1 acceptance limits at every band 10 Hz..20 kHz
// (tests/tst_weighting.cpp checks each band; docs/noise.md lists the deviations).

#include <QString>

#include <array>
#include <complex>
#include <optional>

namespace edge::acoustics {

enum class Weighting { A, C, Z };

QString weightingName(Weighting weighting); // "A", "C", "Z"
std::optional<Weighting> weightingFromName(const QString &name);

// Annex E analytic response in dB at `frequencyHz`, normalised to exactly 0 dB at 1 kHz
// (A: 20 lg[...] + 1.99966 dB, C: + 0.06195 dB). Z is 0 dB everywhere.
double analyticWeightingDb(Weighting weighting, double frequencyHz);

// One second-order section, direct form II transposed, a0 = 1.
struct Biquad {
    double b0 = 1, b1 = 0, b2 = 0, a1 = 0, a2 = 0;
    std::complex<double> response(double frequencyHz, double sampleRate) const;
};

// A designed weighting: up to three sections and an overall gain. Holds the filter state too,
// so one object filters one stream; copy it (or reset()) for another.
class WeightingFilter {
public:
    static constexpr int kMaxSections = 3;

    // `sampleRate` in Hz (> 0). Z is a pass-through.
    WeightingFilter(Weighting weighting, double sampleRate);

    Weighting weighting() const { return m_weighting; }
    double sampleRate() const { return m_sampleRate; }
    int sectionCount() const { return m_count; }
    const Biquad &section(int i) const { return m_sections[size_t(i)]; }
    double gain() const { return m_gain; }

    // The digital filter's complex response and its magnitude in dB at `frequencyHz`.
    std::complex<double> response(double frequencyHz) const;
    double responseDb(double frequencyHz) const;

    void reset();
    // Filters `n` samples in place.
    void process(double *samples, qsizetype n);
    double processSample(double x);

private:
    Weighting m_weighting;
    double m_sampleRate;
    int m_count = 0;
    double m_gain = 1;
    std::array<Biquad, kMaxSections> m_sections{};
    std::array<std::array<double, 2>, kMaxSections> m_state{};
};

} // namespace edge::acoustics
