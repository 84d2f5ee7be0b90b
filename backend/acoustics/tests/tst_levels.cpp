// Levels of generated signals through the streaming analyser: Leq of sines (AES17 dBFS),
// LCpeak, F and S time weighting on tone bursts (the exponential's known step response),
// LA10/LA90, the per-second series, block-size independence, calibration and its refusals.
#include "backend/acoustics/calibration.h"
#include "backend/acoustics/noiseanalyzer.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace edge::acoustics;

namespace {

constexpr double kRate = 48000;

// A 1 kHz sine whose amplitude follows `amplitude(t)` (phase continuous).
std::vector<double> tone(double seconds, const std::function<double(double)> &amplitude,
                         double hz = 1000, double rate = kRate)
{
    std::vector<double> x(size_t(std::llround(seconds * rate)));
    for (size_t i = 0; i < x.size(); ++i) {
        const double t = double(i) / rate;
        x[i] = amplitude(t) * std::sin(2 * M_PI * hz * t);
    }
    return x;
}

NoiseLevels analyse(const std::vector<double> &x, double rate = kRate)
{
    NoiseAnalyzer an(rate);
    an.push(std::span<const double>(x.data(), x.size()));
    return an.levels();
}

double db(double amplitude) { return 20 * std::log10(amplitude); } // AES17 level of a sine

} // namespace

class TestLevels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sineAtHalfScale()
    {
        const NoiseLevels l = analyse(tone(10, [](double) { return 0.5; }));
        QCOMPARE(l.unit(), QStringLiteral("dBFS"));
        QVERIFY(!l.calibrated);
        QCOMPARE(l.samples, qint64(480000));
        QVERIFY(std::abs(l.durationS - 10.0) < 1e-9);
        QVERIFY(std::abs(l.lzeq - (-6.0206)) < 0.005);
        QVERIFY(std::abs(l.laeq - (-6.0206)) < 0.01);
        QVERIFY(std::abs(l.lceq - (-6.0206)) < 0.01);
        // Peak 0.5 -> 20 lg 0.5 + 3.01 = -3.01 dBFS.
        QVERIFY2(std::abs(l.lcpeak - (-3.0103)) < 0.02, qPrintable(QString::number(l.lcpeak)));
        QVERIFY(l.lafMax && l.lafMin && l.lasMax && l.lasMin && l.la10 && l.la90);
        for (double v : {*l.lafMax, *l.lafMin, *l.lasMax, *l.lasMin, *l.la10, *l.la90})
            QVERIFY2(std::abs(v - (-6.0206)) < 0.01, qPrintable(QString::number(v)));
        QCOMPARE(l.series.size(), 10);
        QVERIFY(std::abs(l.series.at(9).timeS - 10.0) < 1e-9);
        QVERIFY(std::abs(l.series.at(5).laeqDb - (-6.0206)) < 0.01);
    }

    void lowTone()
    {
        // 100 Hz: LAeq = LZeq - 19.14 dB (Annex E at 100 Hz) within the class 1 limit +-1.0 dB,
        // LCeq = LZeq - 0.30 dB.
        const NoiseLevels l = analyse(tone(
            5, [](double) { return 0.25; }, 100));
        QVERIFY(std::abs(l.lzeq - db(0.25)) < 0.01);
        QVERIFY2(std::abs(l.laeq - l.lzeq - (-19.1424)) < 0.1,
                 qPrintable(QString::number(l.laeq - l.lzeq)));
        QVERIFY(std::abs(l.lceq - l.lzeq - (-0.2995)) < 0.05);
    }

    void silence()
    {
        const NoiseLevels l = analyse(std::vector<double>(48000 * 2, 0.0));
        QCOMPARE(l.laeq, kFloorDb);
        QCOMPARE(l.lcpeak, kFloorDb);
        QCOMPARE(*l.lafMin, kFloorDb);
        const NoiseLevels none = NoiseAnalyzer(kRate).levels();
        QCOMPARE(none.samples, qint64(0));
        QVERIFY(!none.lafMax && !none.la10);
    }

    // A 200 ms burst 20 dB above a steady tone: LAFmax and LASmax follow the exponential step
    // response 10 lg(Plow + (Phigh - Plow)(1 - e^(-T/tau))); LAFmin is the steady level.
    void toneBurst()
    {
        const double low = 0.05, high = 0.5, burst = 0.2;
        const auto x = tone(10.2,
                            [&](double t) { return t >= 7.0 && t < 7.0 + burst ? high : low; });
        const NoiseLevels l = analyse(x);
        const double pl = low * low, ph = high * high;
        const double fMax = 10 * std::log10(pl + (ph - pl) * (1 - std::exp(-burst / kTauFastS)));
        const double sMax = 10 * std::log10(pl + (ph - pl) * (1 - std::exp(-burst / kTauSlowS)));
        QVERIFY2(std::abs(*l.lafMax - fMax) < 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*l.lafMax).arg(fMax)));
        QVERIFY2(std::abs(*l.lasMax - sMax) < 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*l.lasMax).arg(sMax)));
        QVERIFY2(std::abs(*l.lafMin - db(low)) < 0.05, qPrintable(QString::number(*l.lafMin)));
        // fMax is about 1 dB below the burst's level (IEC 61672-1 Table 4: -1.0 dB for 200 ms F).
        QVERIFY(std::abs(fMax - db(high) - (-0.9)) < 0.15);
        // The series shows the burst in the 8th second.
        QVERIFY(l.series.at(7).lafMaxDb > l.series.at(6).lafMaxDb + 15);
    }

    void peakOfKnownSignal()
    {
        // A 1 kHz burst of peak 0.9 (C-weighting is 0 dB at 1 kHz) in a quiet tone, with 50 ms
        // raised-cosine ramps: an abrupt onset would add the 20 Hz high-pass's transient (about
        // +0.3 dB, a real property of the C-weighted signal).
        const auto x = tone(3, [](double t) {
            const double ramp = 0.05;
            double g = 0;
            if (t >= 1.5 && t < 1.5 + ramp)
                g = 0.5 - 0.5 * std::cos(M_PI * (t - 1.5) / ramp);
            else if (t >= 1.5 + ramp && t < 1.65)
                g = 1;
            else if (t >= 1.65 && t < 1.65 + ramp)
                g = 0.5 + 0.5 * std::cos(M_PI * (t - 1.65) / ramp);
            return 0.01 + 0.89 * g;
        });
        const NoiseLevels l = analyse(x);
        QVERIFY2(std::abs(l.lcpeak - (db(0.9) + 3.0103)) < 0.05,
                 qPrintable(QString::number(l.lcpeak)));
    }

    void percentiles()
    {
        // 20 s: 2 s at 0.1 (-20 dBFS), then alternating 2 s at 0.01 (-40) and 2 s at 0.1;
        // statistics start after the F settle time. Then LA10 ~ -20, LA90 ~ -40.
        const auto x = tone(20, [](double t) { return int(t / 2) % 2 == 0 ? 0.1 : 0.01; });
        const NoiseLevels l = analyse(x);
        QVERIFY2(std::abs(*l.la10 - (-20)) < 0.05, qPrintable(QString::number(*l.la10)));
        QVERIFY2(std::abs(*l.la90 - (-40)) < 0.05, qPrintable(QString::number(*l.la90)));
        QVERIFY(*l.la10 > *l.la90);
    }

    void blockSizeDoesNotMatter()
    {
        std::mt19937 rng(3);
        std::normal_distribution<double> noise(0, 0.1);
        std::vector<double> x(48000 * 6);
        for (double &v : x)
            v = noise(rng);
        NoiseAnalyzer whole(kRate), pieces(kRate);
        whole.push(std::span<const double>(x.data(), x.size()));
        std::vector<float> f(x.begin(), x.end());
        std::vector<double> back(f.begin(), f.end());
        NoiseAnalyzer wholeFloat(kRate);
        wholeFloat.push(std::span<const float>(f.data(), f.size()));
        size_t at = 0;
        for (size_t step = 1; at < f.size(); step = step * 3 % 9001 + 1) {
            const size_t n = std::min(step, f.size() - at);
            pieces.push(std::span<const float>(f.data() + at, n));
            at += n;
        }
        const NoiseLevels a = wholeFloat.levels(), b = pieces.levels();
        QCOMPARE(a.samples, b.samples);
        for (auto [p, q] : {std::pair{a.laeq, b.laeq},
                            {a.lceq, b.lceq},
                            {a.lzeq, b.lzeq},
                            {a.lcpeak, b.lcpeak},
                            {*a.lafMax, *b.lafMax},
                            {*a.lasMin, *b.lasMin},
                            {*a.la10, *b.la10}})
            QVERIFY2(std::abs(p - q) < 1e-9, qPrintable(QStringLiteral("%1 %2").arg(p).arg(q)));
        QCOMPARE(a.series.size(), b.series.size());
        // White noise: LZeq = 10 lg(2 sigma^2).
        QVERIFY(std::abs(whole.levels().lzeq - 10 * std::log10(2 * 0.01)) < 0.05);
    }

    void meterAndOffset()
    {
        NoiseAnalyzer an(kRate);
        const auto x = tone(2, [](double) { return 0.5; });
        an.push(std::span<const double>(x.data(), x.size()));
        const MeterReading m = an.meter();
        QVERIFY(std::abs(m.laf - (-6.02)) < 0.03);
        QVERIFY(std::abs(m.laeq - (-6.02)) < 0.03);
        const NoiseLevels cal = an.levels(100.0);
        QCOMPARE(cal.unit(), QStringLiteral("dB"));
        QVERIFY(std::abs(cal.lzeq - 93.98) < 0.01);
        QCOMPARE(*cal.calibrationOffsetDb, 100.0);
        QVERIFY(std::abs(an.meter(100.0).las - an.meter().las - 100.0) < 1e-9);

        // The averages are corrected for starting from silence: 0.2 s into a steady tone the
        // S meter (tau 1 s) already reads the tone's level, not 7.4 dB below it.
        NoiseAnalyzer early(kRate);
        const auto y = tone(0.2, [](double) { return 0.5; });
        early.push(std::span<const double>(y.data(), y.size()));
        QVERIFY2(std::abs(early.meter().las - (-6.02)) < 0.05,
                 qPrintable(QString::number(early.meter().las)));
        QVERIFY(std::abs(early.meter().laf - (-6.02)) < 0.05);
    }

    // Calibrator at -20 dBFS (amplitude 0.1) standing for 94 dB: offset 114 dB; a later
    // half-scale tone then reads 114 - 6.02 = 107.98 dB.
    void calibration()
    {
        CalibrationAnalyzer c(kRate);
        const auto cal = tone(3, [](double) { return 0.1; });
        std::vector<float> f(cal.begin(), cal.end());
        c.push(f);
        auto r = c.result(94, QStringLiteral("usb-mic"), 1234, QStringLiteral("cal.wav"));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
        QVERIFY(std::abs(r->offsetDb - 114.0) < 0.01);
        QVERIFY(std::abs(r->frequencyCheckHz - 1000) < 0.5);
        QCOMPARE(r->microphone, QStringLiteral("usb-mic"));
        QCOMPARE(r->measuredAtMs, qint64(1234));
        QCOMPARE(r->calibratorDb, 94.0);
        const NoiseLevels l = analyse(tone(5, [](double) { return 0.5; }));
        NoiseAnalyzer an(kRate);
        const auto m = tone(5, [](double) { return 0.5; });
        an.push(std::span<const double>(m.data(), m.size()));
        QVERIFY(std::abs(an.levels(r->offsetDb).laeq - 107.98) < 0.02);
        Q_UNUSED(l);
    }

    void calibrationRefusals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("why");
        QTest::newRow("noise") << 0 << "it is not a pure tone (crest factor";
        QTest::newRow("500 Hz") << 1 << "its tone is at 500 Hz, not at 1 kHz";
        QTest::newRow("unsteady") << 2 << "its level is not steady (it varies by";
        QTest::newRow("short") << 3 << "it is 1.00 s long; at least 1.25 s are needed";
        QTest::newRow("silent") << 4 << "its level is only";
        QTest::newRow("clipped") << 5 << "the recording is clipped";
    }

    void calibrationRefusals()
    {
        QFETCH(int, kind);
        QFETCH(QString, why);
        std::vector<double> x;
        std::mt19937 rng(5);
        std::normal_distribution<double> noise(0, 0.1);
        switch (kind) {
        case 0:
            x.resize(48000 * 3);
            for (double &v : x)
                v = noise(rng);
            break;
        case 1:
            x = tone(
                3, [](double) { return 0.1; }, 500);
            break;
        case 2: x = tone(3, [](double t) { return 0.05 + 0.05 * t; }); break;
        case 3: x = tone(1, [](double) { return 0.1; }); break;
        case 4: x = tone(3, [](double) { return 1e-5; }); break;
        case 5: x = tone(3, [](double) { return 1.2; }); break;
        }
        for (double &v : x)
            v = std::clamp(v, -1.0, 1.0);
        CalibrationAnalyzer c(kRate);
        std::vector<float> f(x.begin(), x.end());
        c.push(f);
        auto r = c.result(94, {}, 0, QStringLiteral("cal.wav"));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, edge::api::Code::Validation);
        QVERIFY2(r.error().message.startsWith(
                     QStringLiteral("cal.wav is not usable as a calibration: ") + why),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("Seat the calibrator")));
    }

    void calibratorLevelRange()
    {
        CalibrationAnalyzer c(kRate);
        auto r = c.result(20, {}, 0, QStringLiteral("cal.wav"));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().field, QStringLiteral("calibrator-db"));
    }
};

QTEST_GUILESS_MAIN(TestLevels)
#include "tst_levels.moc"
