// Files made by sox at known levels (16/24-bit PCM, float, stereo, pink noise, a calibrator tone)
// through the WAV reader and the analyser, with and without calibration; the levels are checked
// against exact values and against sox's own `stats`. Then `edgectl survey noise` as a process:
// its --json keys and values, checks, and errors that name the file.
#include "backend/acoustics/noisefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace edge;
using namespace edge::acoustics;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

double sineDb(double amplitude) { return 20 * std::log10(amplitude); }

} // namespace

class TestSox : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sox;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // sox -n -r RATE [format] FILE synth ...: returns the path.
    QString make(const char *name, const QStringList &args)
    {
        const QString file = path(name);
        QStringList a = {QStringLiteral("-D"), QStringLiteral("-n")};
        const qsizetype synth = args.indexOf(QStringLiteral("synth"));
        a += args.mid(0, synth);
        a << file;
        a += args.mid(synth);
        const Run r = run(m_sox, a);
        if (r.exitCode != 0)
            qWarning() << "sox" << a << r.err;
        return r.exitCode == 0 ? file : QString();
    }

    FileAnalysis analyse(const QString &file, int channel = 0,
                         std::optional<double> offset = std::nullopt)
    {
        auto a = analyzeWavFile(file, channel, offset);
        if (!a) {
            qWarning() << a.error().message;
            return {};
        }
        return *a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sox = QStandardPaths::findExecutable(QStringLiteral("sox"));
        QVERIFY2(!m_sox.isEmpty(), "sox is not installed: scripts/install-deps.sh --test --peers");
    }

    void formats_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<double>("amplitude");
        QTest::addColumn<int>("rate");
        const auto l = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' ')); };
        QTest::newRow("24-bit 48k")
            << l("-r 48000 -b 24 synth 10 sine 1000 vol 0.5") << 0.5 << 48000;
        QTest::newRow("16-bit 44.1k")
            << l("-r 44100 -b 16 synth 10 sine 1000 vol 0.5") << 0.5 << 44100;
        QTest::newRow("float32 48k")
            << l("-r 48000 -e floating-point -b 32 synth 10 sine 1000 vol 0.25") << 0.25 << 48000;
        QTest::newRow("float64 96k")
            << l("-r 96000 -e floating-point -b 64 synth 10 sine 1000 vol 0.25") << 0.25 << 96000;
        QTest::newRow("32-bit 32k")
            << l("-r 32000 -b 32 synth 10 sine 1000 vol 0.1") << 0.1 << 32000;
        QTest::newRow("8-bit 8k") << l("-r 8000 -b 8 -e unsigned synth 10 sine 1000 vol 0.5") << 0.5
                                  << 8000;
    }

    // A 1 kHz sine of amplitude a: LZeq = LAeq = LCeq = 20 lg a (AES17), LCpeak 3.01 dB above.
    void formats()
    {
        QFETCH(QStringList, args);
        QFETCH(double, amplitude);
        QFETCH(int, rate);
        const QString file = make("fmt.wav", args);
        QVERIFY(!file.isEmpty());
        const FileAnalysis a = analyse(file);
        QCOMPARE(a.format.sampleRate, rate);
        const NoiseLevels &l = a.levels;
        QVERIFY(std::abs(l.durationS - 10.0) < 1e-6);
        const double want = sineDb(amplitude);
        const double tol = rate == 8000 ? 0.05 : 0.01; // 8-bit quantisation noise
        QVERIFY2(std::abs(l.lzeq - want) < tol, qPrintable(QString::number(l.lzeq)));
        QVERIFY2(std::abs(l.laeq - want) < tol + 0.01, qPrintable(QString::number(l.laeq)));
        QVERIFY2(std::abs(l.lceq - want) < tol + 0.01, qPrintable(QString::number(l.lceq)));
        QVERIFY2(std::abs(l.lcpeak - (want + 3.0103)) < 0.1, qPrintable(QString::number(l.lcpeak)));
        QVERIFY(std::abs(*l.lafMax - want) < 0.05 && std::abs(*l.lafMin - want) < 0.05);
        QVERIFY(std::abs(*l.la10 - want) < 0.05 && std::abs(*l.la90 - want) < 0.05);
    }

    // 100 Hz: LAeq = LZeq - 19.14 dB within the class 1 limit (+-1 dB); in fact within 0.1.
    void lowTone()
    {
        const QString file = make("100.wav",
                                  QStringLiteral("-r 44100 -b 16 synth 10 sine 100 vol 0.5")
                                      .split(QLatin1Char(' ')));
        QVERIFY(!file.isEmpty());
        const NoiseLevels l = analyse(file).levels;
        QVERIFY(std::abs(l.lzeq - sineDb(0.5)) < 0.01);
        QVERIFY2(std::abs(l.laeq - l.lzeq + 19.1424) < 0.1, qPrintable(QString::number(l.laeq)));
        QVERIFY(std::abs(l.lceq - l.lzeq + 0.2995) < 0.05);
    }

    // Pink noise: LZeq equals sox's own RMS level + 3.01 dB (sox: full-scale sine = -3.01 dB).
    void pinkNoiseAgainstSoxStats()
    {
        const QString file = make("pink.wav",
                                  QStringLiteral("-r 48000 -b 24 synth 20 pinknoise vol 0.2")
                                      .split(QLatin1Char(' ')));
        QVERIFY(!file.isEmpty());
        const Run stats = run(m_sox, {file, QStringLiteral("-n"), QStringLiteral("stats")});
        QCOMPARE(stats.exitCode, 0);
        const QRegularExpression rms(QStringLiteral("RMS lev dB\\s+(-?[0-9.]+)"));
        const auto m = rms.match(QString::fromUtf8(stats.err));
        QVERIFY2(m.hasMatch(), stats.err.constData());
        const double soxRms = m.captured(1).toDouble();
        const NoiseLevels l = analyse(file).levels;
        QVERIFY2(std::abs(l.lzeq - (soxRms + 3.0103)) < 0.02,
                 qPrintable(QStringLiteral("%1 vs sox %2").arg(l.lzeq).arg(soxRms)));
        // Pink noise has equal energy per octave: A removes much of the low octaves.
        QVERIFY(l.laeq < l.lzeq - 1.0);
        QVERIFY(l.lceq < l.lzeq && l.lceq > l.laeq);
        QVERIFY(*l.lafMax >= *l.la10 && *l.la10 >= *l.la90 && *l.la90 >= *l.lafMin);
        QVERIFY(*l.la10 - *l.la90 < 6); // steady noise
        QCOMPARE(l.series.size(), 20);
    }

    void stereoChannel()
    {
        const QString left = make("l.wav",
                                  QStringLiteral("-r 48000 -b 16 synth 5 sine 1000 vol 0.5")
                                      .split(QLatin1Char(' ')));
        const QString right =
            make("r.wav",
                 QStringLiteral("-r 48000 -b 16 synth 5 sine 250 vol 0.1").split(QLatin1Char(' ')));
        QVERIFY(!left.isEmpty() && !right.isEmpty());
        const QString stereo = path("stereo.wav");
        QCOMPARE(run(m_sox, {QStringLiteral("-M"), left, right, stereo}).exitCode, 0);
        const FileAnalysis a0 = analyse(stereo, 0), a1 = analyse(stereo, 1);
        QCOMPARE(a0.format.channels, 2);
        QVERIFY(std::abs(a0.levels.lzeq - sineDb(0.5)) < 0.01);
        QVERIFY(std::abs(a1.levels.lzeq - sineDb(0.1)) < 0.01);
        QVERIFY(std::abs(a1.levels.laeq - a1.levels.lzeq + 8.6738) < 0.1); // A at 250 Hz
    }

    // Calibrator recorded at -20 dBFS standing for 94 dB: offset 114 dB; a half-scale tone then
    // reads 107.98 dB, a 0.05 tone 87.98 dB.
    void calibrated()
    {
        const QString cal = make("cal.wav",
                                 QStringLiteral("-r 48000 -b 24 synth 4 sine 1000 vol 0.1")
                                     .split(QLatin1Char(' ')));
        const QString loud = make("loud.wav",
                                  QStringLiteral("-r 48000 -b 24 synth 5 sine 1000 vol 0.5")
                                      .split(QLatin1Char(' ')));
        const QString quiet = make("quiet.wav",
                                   QStringLiteral("-r 48000 -b 16 synth 5 sine 1000 vol 0.05")
                                       .split(QLatin1Char(' ')));
        QVERIFY(!cal.isEmpty() && !loud.isEmpty() && !quiet.isEmpty());
        auto c = calibrateFromWavFile(cal, 0, 94, QStringLiteral("mic"), 42);
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().message));
        QVERIFY(std::abs(c->offsetDb - 114.0) < 0.01);
        QVERIFY(std::abs(c->frequencyCheckHz - 1000) < 1);
        const NoiseLevels l = analyse(loud, 0, c->offsetDb).levels;
        QCOMPARE(l.unit(), QStringLiteral("dB"));
        QVERIFY2(std::abs(l.laeq - 107.98) < 0.02, qPrintable(QString::number(l.laeq)));
        QVERIFY(std::abs(analyse(quiet, 0, c->offsetDb).levels.laeq - (114 + sineDb(0.05))) < 0.02);

        // A 114 dB calibrator at -6.02 dBFS: offset 120.02.
        auto c114 = calibrateFromWavFile(loud, 0, 114, {}, 0);
        QVERIFY(c114.has_value());
        QVERIFY(std::abs(c114->offsetDb - 120.02) < 0.01);

        // Pink noise and a 440 Hz tone are refused, saying why.
        const QString pink = make("pinkcal.wav",
                                  QStringLiteral("-r 48000 -b 16 synth 3 pinknoise vol 0.1")
                                      .split(QLatin1Char(' ')));
        auto refused = calibrateFromWavFile(pink, 0, 94, {}, 0);
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().message.contains(QLatin1String("not a pure tone")),
                 qPrintable(refused.error().message));
        const QString a440 =
            make("440.wav",
                 QStringLiteral("-r 48000 -b 16 synth 3 sine 440 vol 0.1").split(QLatin1Char(' ')));
        auto wrongHz = calibrateFromWavFile(a440, 0, 94, {}, 0);
        QVERIFY(!wrongHz.has_value());
        QVERIFY2(wrongHz.error().message.contains(QLatin1String("at 440 Hz, not at 1 kHz")),
                 qPrintable(wrongHz.error().message));
    }

    void edgectlJson()
    {
        const QString edgectl = qEnvironmentVariable("EC_BIN_DIR") + QStringLiteral("/edgectl");
        QVERIFY2(QFile::exists(edgectl), qPrintable(edgectl + QStringLiteral(" is not built")));
        const QString cal = path("cal.wav"), loud = path("loud.wav");
        QVERIFY(QFile::exists(cal) && QFile::exists(loud));

        Run r = run(edgectl, {QStringLiteral("--json"), QStringLiteral("survey"),
                              QStringLiteral("noise"), QStringLiteral("--wav"), loud,
                              QStringLiteral("--calibrate"), cal, QStringLiteral("--calibrator-db"),
                              QStringLiteral("94"), QStringLiteral("--zone"), QStringLiteral("1"),
                              QStringLiteral("--period"), QStringLiteral("night")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, r.out.constData());
        for (const char *key :
             {"LAeq", "LCeq", "LZeq", "LAFmax", "LAFmin", "LA10", "LA90", "LCpeak", "unit",
              "duration_s", "sample_rate", "calibration_offset_db", "checks"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("dB"));
        QVERIFY(std::abs(o.value(QStringLiteral("LZeq")).toDouble() - 107.98) < 0.02);
        QVERIFY(std::abs(o.value(QStringLiteral("LCpeak")).toDouble() - 110.99) < 0.05);
        QVERIFY(std::abs(o.value(QStringLiteral("calibration_offset_db")).toDouble() - 114.0)
                < 0.01);
        QCOMPARE(o.value(QStringLiteral("sample_rate")).toInt(), 48000);
        QVERIFY(std::abs(o.value(QStringLiteral("duration_s")).toDouble() - 5.0) < 1e-6);
        const QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        const QJsonObject env = checks.at(0).toObject();
        QCOMPARE(env.value(QStringLiteral("id")).toString(),
                 QStringLiteral("noise.environment.night"));
        QCOMPARE(env.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
        QCOMPARE(env.value(QStringLiteral("limit")).toObject().value(QStringLiteral("max")).toDouble(),
                 45.0);
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));

        // Uncalibrated: dBFS, checks not measured.
        r = run(edgectl,
                {QStringLiteral("survey"), QStringLiteral("noise"), QStringLiteral("--wav"), loud,
                 QStringLiteral("--zone"), QStringLiteral("2"), QStringLiteral("--period"),
                 QStringLiteral("day"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject u = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(u.value(QStringLiteral("unit")).toString(), QStringLiteral("dBFS"));
        QVERIFY(std::abs(u.value(QStringLiteral("LAeq")).toDouble() - (-6.02)) < 0.02);
        QVERIFY(!u.contains(QStringLiteral("calibration_offset_db")));
        for (const QJsonValue &c : u.value(QStringLiteral("checks")).toArray())
            QCOMPARE(c.toObject().value(QStringLiteral("result")).toString(),
                     QStringLiteral("not-measured"));

        // Human output: a table with the levels.
        r = run(edgectl,
                {QStringLiteral("survey"), QStringLiteral("noise"), QStringLiteral("--wav"), loud});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("LAeq") && r.out.contains("-6.0") && r.out.contains("dBFS"),
                 r.out.constData());
    }

    void edgectlErrors()
    {
        const QString edgectl = qEnvironmentVariable("EC_BIN_DIR") + QStringLiteral("/edgectl");
        QVERIFY(QFile::exists(edgectl));
        const QString missing = path("missing.wav");
        Run r = run(edgectl, {QStringLiteral("survey"), QStringLiteral("noise"),
                              QStringLiteral("--wav"), missing});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());

        const QString bad = qEnvironmentVariable("EC_SOURCE_DIR")
                            + QStringLiteral("/backend/acoustics/tests/data/malformed/mulaw.wav");
        r = run(edgectl,
                {QStringLiteral("survey"), QStringLiteral("noise"), QStringLiteral("--wav"), bad});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(bad.toUtf8()) && r.err.contains("mu-law"), r.err.constData());

        // A calibration that is not a calibrator tone names that file.
        const QString pink = path("pinkcal.wav");
        r = run(edgectl, {QStringLiteral("survey"), QStringLiteral("noise"),
                          QStringLiteral("--wav"), path("loud.wav"), QStringLiteral("--calibrate"),
                          pink, QStringLiteral("--calibrator-db"), QStringLiteral("94")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(pink.toUtf8()), r.err.constData());

        // Usage errors.
        r = run(edgectl, {QStringLiteral("survey"), QStringLiteral("noise"),
                          QStringLiteral("--wav"), path("loud.wav"), QStringLiteral("--zone"),
                          QStringLiteral("5"), QStringLiteral("--period"), QStringLiteral("night")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("zone class"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSox)
#include "tst_sox.moc"
