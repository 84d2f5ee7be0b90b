// WAV reader: every supported encoding decodes to the expected samples (files written by our
// test writer, exact values), channel selection, block-wise streaming, and the golden malformed
// files in tests/data/malformed/ each give their asserted error (file, place, what, what to do).
#include "backend/acoustics/tests/wavwriter.h"
#include "backend/acoustics/wavreader.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace edge;
using namespace edge::acoustics;
using edge::acoustics::test::WavSpec;

namespace {

std::unique_ptr<QIODevice> buffer(const QByteArray &bytes)
{
    auto b = std::make_unique<QBuffer>();
    b->setData(bytes);
    b->open(QIODevice::ReadOnly);
    return b;
}

QString malformedDir()
{
    return qEnvironmentVariable("EC_SOURCE_DIR")
           + QStringLiteral("/backend/acoustics/tests/data/malformed/");
}

} // namespace

class TestWavReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encodings_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<bool>("isFloat");
        QTest::addColumn<bool>("extensible");
        QTest::addColumn<double>("tolerance"); // one quantisation step
        QTest::newRow("pcm8") << 8 << false << false << 1.0 / 128;
        QTest::newRow("pcm16") << 16 << false << false << 1.0 / 32768;
        QTest::newRow("pcm24") << 24 << false << false << 1.0 / 8388608;
        QTest::newRow("pcm32") << 32 << false << false << 1e-7;
        QTest::newRow("float32") << 32 << true << false << 1e-7;
        QTest::newRow("float64") << 64 << true << false << 1e-7;
        QTest::newRow("ext-pcm24") << 24 << false << true << 1.0 / 8388608;
        QTest::newRow("ext-float32") << 32 << true << true << 1e-7;
    }

    void encodings()
    {
        QFETCH(int, bits);
        QFETCH(bool, isFloat);
        QFETCH(bool, extensible);
        QFETCH(double, tolerance);
        // Three channels with different content; read channel 1.
        const int frames = 10000;
        std::vector<double> interleaved;
        for (int i = 0; i < frames; ++i) {
            interleaved.push_back(0.9);
            interleaved.push_back(0.75 * std::sin(2 * M_PI * 997 * i / 44100.0));
            interleaved.push_back(-0.5);
        }
        WavSpec spec{44100, 3, bits, isFloat, extensible};
        auto reader = WavReader::open(buffer(test::wavBytes(spec, interleaved)),
                                      QStringLiteral("x.wav"), 1);
        QVERIFY2(reader.has_value(), qPrintable(reader ? QString() : reader.error().message));
        const WavFormat &f = (*reader)->format();
        QCOMPARE(f.channels, 3);
        QCOMPARE(f.sampleRate, 44100);
        QCOMPARE(f.bitsPerSample, bits);
        QCOMPARE(f.frames, qint64(frames));
        QCOMPARE(f.encoding,
                 isFloat ? SampleEncoding::Float
                         : (bits == 8 ? SampleEncoding::UnsignedInt : SampleEncoding::SignedInt));
        // Odd block size to cross block boundaries.
        std::vector<float> block(333);
        int index = 0;
        double worst = 0;
        for (;;) {
            auto n = (*reader)->read(block);
            QVERIFY(n.has_value());
            if (*n == 0)
                break;
            for (qsizetype i = 0; i < *n; ++i, ++index)
                worst = std::max(worst, std::abs(double(block[size_t(i)])
                                                 - interleaved[size_t(index * 3 + 1)]));
        }
        QCOMPARE(index, frames);
        QVERIFY2(worst <= tolerance, qPrintable(QString::number(worst)));
        QVERIFY((*reader)->warnings().isEmpty());
    }

    void extremes()
    {
        // Integer full scale: the most negative code is exactly -1.0.
        WavSpec spec{48000, 1, 16, false, false};
        QByteArray bytes = test::wavHeader(spec, 2);
        test::putLe(bytes, 0x8000, 2);
        test::putLe(bytes, 0x7fff, 2);
        auto reader = WavReader::open(buffer(bytes), QStringLiteral("x.wav"));
        QVERIFY(reader.has_value());
        std::vector<float> out(4);
        QCOMPARE(*(*reader)->read(out), qsizetype(2));
        QCOMPARE(out[0], -1.0f);
        QCOMPARE(out[1], 32767.0f / 32768.0f);
    }

    void nonFiniteFloats()
    {
        WavSpec spec{48000, 1, 32, true, false};
        const std::vector<double> v = {0.5, std::nan(""), INFINITY, -0.25};
        auto reader = WavReader::open(buffer(test::wavBytes(spec, v)), QStringLiteral("nan.wav"));
        QVERIFY(reader.has_value());
        std::vector<float> out(8);
        QCOMPARE(*(*reader)->read(out), qsizetype(4));
        QCOMPARE(out[0], 0.5f);
        QCOMPARE(out[1], 0.0f);
        QCOMPARE(out[2], 0.0f);
        QCOMPARE(out[3], -0.25f);
        QCOMPARE((*reader)->warnings().size(), 1);
        QVERIFY((*reader)->warnings().first().contains(QLatin1String("2 sample(s)")));
    }

    void chunksBeforeData()
    {
        // LIST (odd size, padded) and fact chunks before data are skipped.
        WavSpec spec{8000, 1, 16, false, false};
        QByteArray h = test::wavHeader(spec, 3);
        const qsizetype dataAt = h.indexOf("data");
        QByteArray extra = "LIST";
        test::putLe(extra, 5, 4);
        extra += "INFOx";
        extra += '\0';
        extra += "fact";
        test::putLe(extra, 4, 4);
        test::putLe(extra, 3, 4);
        h.insert(dataAt, extra);
        test::putLe(h, 0x4000, 2);
        test::putLe(h, 0, 2);
        test::putLe(h, 0xC000, 2);
        auto reader = WavReader::open(buffer(h), QStringLiteral("x.wav"));
        QVERIFY2(reader.has_value(), qPrintable(reader ? QString() : reader.error().message));
        std::vector<float> out(8);
        QCOMPARE(*(*reader)->read(out), qsizetype(3));
        QCOMPARE(out[0], 0.5f);
        QCOMPARE(out[2], -0.5f);
    }

    void channelOutOfRange()
    {
        WavSpec spec{48000, 2, 16, false, false};
        const std::vector<double> v(20, 0.1);
        auto reader = WavReader::open(buffer(test::wavBytes(spec, v)), QStringLiteral("stereo.wav"),
                                      2);
        QVERIFY(!reader.has_value());
        QCOMPARE(reader.error().code, api::Code::Validation);
        QCOMPARE(reader.error().field, QStringLiteral("channel"));
        QCOMPARE(reader.error().message,
                 QStringLiteral("stereo.wav has 2 channel(s) (numbered from 0); there is no "
                                "channel 2."));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nope.wav"));
        auto reader = WavReader::open(path);
        QVERIFY(!reader.has_value());
        QCOMPARE(reader.error().code, api::Code::BadInput);
        QVERIFY(reader.error().message.startsWith(path + QStringLiteral(": cannot open")));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message"); // after "<path>, "
        const QString hint = QStringLiteral(
            " Check that it is a WAV recording, or convert it with `sox in.wav -b 16 out.wav`.");
        const auto row = [](const char *name, const char *file, const QString &message) {
            QTest::newRow(name) << QString::fromLatin1(file) << message;
        };
        row("empty", "empty.wav",
            QStringLiteral(
                "byte 0: the file is 0 bytes long, too short for a WAV header (12 bytes).")
                + hint);
        row("not_riff", "not_riff.wav",
            QStringLiteral("byte 0: the file does not start with \"RIFF\" (found \"0x49443304\"), "
                           "so it is not a WAV file.")
                + hint);
        row("not_wave", "not_wave.wav",
            QStringLiteral("byte 8: the RIFF file is of type \"AVI \", not \"WAVE\".") + hint);
        row("header_only", "header_only.wav",
            QStringLiteral("byte 12: the file ends without a \"fmt \" chunk (no format).") + hint);
        row("no_fmt", "no_fmt.wav",
            QStringLiteral("byte 28: the file ends without a \"fmt \" chunk (no format).") + hint);
        row("data_before_fmt", "data_before_fmt.wav",
            QStringLiteral("chunk \"data\" at byte 12: the sample data comes before the \"fmt \" "
                           "chunk that says how to read it.")
                + hint);
        row("fmt_short", "fmt_short.wav",
            QStringLiteral("chunk \"fmt \" at byte 12: the format chunk is 14 bytes long; it needs "
                           "at least 16.")
                + hint);
        row("fmt_size_huge", "fmt_size_huge.wav",
            QStringLiteral("chunk \"fmt \" at byte 12: the format chunk says it is 2147483632 "
                           "bytes long but only 16 bytes follow (the file is cut off).")
                + hint);
        row("adpcm", "adpcm.wav",
            QStringLiteral("byte 20: the samples are encoded as Microsoft ADPCM; only PCM and IEEE "
                           "float are read.")
                + hint);
        row("mulaw", "mulaw.wav",
            QStringLiteral(
                "byte 20: the samples are encoded as mu-law; only PCM and IEEE float are read.")
                + hint);
        row("pcm12", "pcm12.wav",
            QStringLiteral(
                "byte 34: PCM samples of 12 bits are not read; 8, 16, 24 and 32 bits are.")
                + hint);
        row("float16", "float16.wav",
            QStringLiteral("byte 34: float samples of 16 bits are not read; 32 and 64 bits are.")
                + hint);
        row("zero_channels", "zero_channels.wav",
            QStringLiteral("byte 22: the file has no channels.") + hint);
        row("zero_rate", "zero_rate.wav",
            QStringLiteral(
                "byte 24: the sample rate is 0 Hz; it must be between 1000 and 1536000 Hz.")
                + hint);
        row("bad_align", "bad_align.wav",
            QStringLiteral("byte 32: the frame size (block align) is 3 bytes but 2 channel(s) of "
                           "16 bits need 4.")
                + hint);
        row("ext_short", "ext_short.wav",
            QStringLiteral("chunk \"fmt \" at byte 12: an extensible format chunk needs 40 bytes, "
                           "this one has 18.")
                + hint);
        row("ext_bad_guid", "ext_bad_guid.wav",
            QStringLiteral(
                "byte 44: the extensible sub-format is not a standard PCM or float GUID.")
                + hint);
        row("list_overflow", "list_overflow.wav",
            QStringLiteral("chunk \"LIST\" at byte 36: the chunk says it is 1000 bytes long but "
                           "only 4 bytes follow.")
                + hint);
        row("no_samples", "no_samples.wav",
            QStringLiteral("chunk \"data\" at byte 36: the file holds no samples. Record again."));
    }

    void golden()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString path = malformedDir() + file;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        auto reader = WavReader::open(path);
        QVERIFY(!reader.has_value());
        QCOMPARE(reader.error().code, api::Code::BadInput);
        QCOMPARE(reader.error().message, path + QStringLiteral(", ") + message);
    }

    void truncatedDataIsReadWithAWarning()
    {
        const QString path = malformedDir() + QStringLiteral("truncated_data.wav");
        auto reader = WavReader::open(path);
        QVERIFY2(reader.has_value(), qPrintable(reader ? QString() : reader.error().message));
        QCOMPARE((*reader)->format().frames, qint64(8));
        QCOMPARE((*reader)->warnings().size(), 1);
        QCOMPARE((*reader)->warnings().first(),
                 path
                     + QStringLiteral(": the data chunk says 96000 bytes but only 16 follow: the "
                                      "recording is cut off; the 0.00 s that are there are "
                                      "analysed."));
        std::vector<float> out(100);
        QCOMPARE(*(*reader)->read(out), qsizetype(8));
        QCOMPARE(out[1], 1000.0f / 32768.0f);
        QCOMPARE(*(*reader)->read(out), qsizetype(0));
    }
};

QTEST_GUILESS_MAIN(TestWavReader)
#include "tst_wavreader.moc"
