// Benchmark: analysing a one-hour 48 kHz 16-bit mono WAV (A, C and Z weightings, F and S time
// weighting, LA10/LA90 statistics, per-second series) with analyzeWavFile, against a plain pass
// over the same file that only reads the samples and sums them. The file is generated once into a
// temporary directory (a noise floor with tones and bursts whose level changes every few seconds)
// and both passes read it from the page cache. Best of EC_BENCH_RUNS runs each (default 3).
// Figure: the analysis speed as a multiple of real time on one core (the analysis is one thread),
// from the thread's CPU time ("seconds"; wall-clock times are printed too).
//
// Usage: bench_noise [SECONDS]   (or EC_BENCH_SECONDS; default 3600)

#include "backend/acoustics/noisefile.h"
#include "backend/acoustics/tests/wavwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace edge;
using namespace edge::acoustics;

namespace {

constexpr int kRate = 48000;

// CPU time of this thread: on a shared, loaded machine it measures "on one core" where wall time
// would measure the neighbours too.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

bool writeFile(const QString &path, qint64 seconds)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const qint64 frames = seconds * kRate;
    f.write(test::wavHeader({kRate, 1, 16, false, false}, frames));
    std::mt19937 rng(11);
    std::normal_distribution<double> noise(0, 1);
    std::uniform_real_distribution<double> level(0.005, 0.3);
    QByteArray block;
    double amp = 0.05, phase = 0, hz = 440;
    double pinkState = 0;
    for (qint64 s = 0; s < seconds; ++s) {
        if (s % 3 == 0) {
            amp = level(rng);
            hz = 100 + 50 * double(s % 97);
        }
        block.resize(kRate * 2);
        auto *out = reinterpret_cast<uchar *>(block.data());
        for (int i = 0; i < kRate; ++i) {
            pinkState = 0.98 * pinkState + 0.02 * noise(rng); // a red-ish noise floor
            phase += 2 * M_PI * hz / kRate;
            if (phase > 2 * M_PI)
                phase -= 2 * M_PI;
            const double x = std::clamp(amp * std::sin(phase) + 0.05 * pinkState, -1.0, 1.0);
            qToLittleEndian<qint16>(qint16(std::lround(x * 32767.0)), out + 2 * i);
        }
        if (f.write(block) != block.size())
            return false;
    }
    return f.flush();
}

// The baseline: read the data in the same block size and sum the decoded samples.
double plainPass(const QString &path, qint64 *count)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(44))
        return 0;
    QByteArray buf(16384 * 2, Qt::Uninitialized);
    double sum = 0;
    qint64 n = 0;
    for (;;) {
        const qint64 got = f.read(buf.data(), buf.size());
        if (got <= 0)
            break;
        const auto *p = reinterpret_cast<const uchar *>(buf.constData());
        for (qint64 i = 0; i + 1 < got; i += 2) {
            sum += double(qFromLittleEndian<qint16>(p + i)) * (1.0 / 32768.0);
            ++n;
        }
    }
    *count = n;
    return sum;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 seconds = 3600;
    if (argc > 1)
        seconds = QByteArray(argv[1]).toLongLong();
    else if (qEnvironmentVariableIsSet("EC_BENCH_SECONDS"))
        seconds = qEnvironmentVariableIntValue("EC_BENCH_SECONDS");
    const int runs = qEnvironmentVariableIsSet("EC_BENCH_RUNS")
                         ? std::max(1, qEnvironmentVariableIntValue("EC_BENCH_RUNS"))
                         : 3;
    if (seconds <= 0) {
        std::fprintf(stderr, "usage: %s [SECONDS]  (or EC_BENCH_SECONDS=SECONDS)\n", argv[0]);
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hour.wav"));
    if (!writeFile(path, seconds)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }

    double best = 1e300, bestBase = 1e300, bestWall = 1e300, bestBaseWall = 1e300;
    double checksum = 0, laeq = 0, la10 = 0, la90 = 0;
    qint64 count = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        double c0 = cpuSeconds();
        checksum = plainPass(path, &count);
        bestBase = std::min(bestBase, cpuSeconds() - c0);
        bestBaseWall = std::min(bestBaseWall, double(t.nsecsElapsed()) / 1e9);

        t.restart();
        c0 = cpuSeconds();
        auto a = analyzeWavFile(path);
        const double s = cpuSeconds() - c0;
        bestWall = std::min(bestWall, double(t.nsecsElapsed()) / 1e9);
        if (!a) {
            std::fprintf(stderr, "analysis failed: %s\n", qPrintable(a.error().toString()));
            return 1;
        }
        if (a->levels.samples != count || a->levels.series.size() != seconds) {
            std::fprintf(stderr, "analysed %lld samples, %lld series points; expected %lld\n",
                         static_cast<long long>(a->levels.samples),
                         static_cast<long long>(a->levels.series.size()),
                         static_cast<long long>(count));
            return 1;
        }
        best = std::min(best, s);
        laeq = a->levels.laeq;
        la10 = a->levels.la10.value_or(0);
        la90 = a->levels.la90.value_or(0);
    }
    const double realtime = double(seconds) / best;
    std::fprintf(stderr,
                 "bench_noise: %lld s of audio, LAeq %.2f dBFS, LA10 %.2f, LA90 %.2f, sum %.3f\n",
                 static_cast<long long>(seconds), laeq, la10, la90, checksum);
    std::printf("{\"benchmark\": \"noise_analysis_1h_48k\", \"audio_seconds\": %lld, "
                "\"realtime_factor\": %.1f, \"seconds\": %.3f, \"baseline_seconds\": %.3f, "
                "\"ratio\": %.2f, \"wall_seconds\": %.3f, \"baseline_wall_seconds\": %.3f, "
                "\"goal\": 200}\n",
                static_cast<long long>(seconds), realtime, best, bestBase, best / bestBase,
                bestWall, bestBaseWall);
    return 0;
}
