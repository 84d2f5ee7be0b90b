// The noise measurement dialog (issue 4) fed with sox-generated signals through useInputDevice():
// the live meter reads a 1 kHz sine at its dBFS level before calibration; calibrating with that
// sine as a 94 dB calibrator stores the offset per microphone in ConsoleSettings and as a
// calibration item; a calibrated noise measurement is saved as a noise item in dB with the
// expected LAeq; a 500 Hz tone is refused as a calibration (the reason shown, nothing stored);
// closing while measuring asks first. Settings go to QStandardPaths' test locations.

#include "backend/acoustics/noiseanalyzer.h"
#include "backend/survey/surveyevaluation.h"
#include "backend/survey/surveystore.h"
#include "support/memoryinventory.h"
#include "widgets/common/consolesettings.h"
#include "widgets/dialogs/noisemeasuredialog.h"

#include <QApplication>
#include <QAudioDevice>
#include <QBuffer>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMediaDevices>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <cmath>
#include <cstring>

using namespace edge;

namespace {

// An input that never ends (a microphone that keeps delivering silence).
class EndlessSilence : public QIODevice {
public:
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 48000 * 2 + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, 4800 * 2);
        std::memset(data, 0, size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

double parseLevel(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? v : std::nan("");
}

} // namespace

class TestNoiseMeasure : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sox;
    std::shared_ptr<testsupport::MemoryInventory> m_inventory;
    api::Survey m_survey;

    // sox -n -r 48000 -b 16 -e signed -c 1 -t raw FILE synth ...: s16 mono raw PCM.
    QString make(const char *name, const QString &synth)
    {
        const QString file = m_dir.filePath(QString::fromLatin1(name));
        QStringList a = {QStringLiteral("-D"),
                         QStringLiteral("-R"),
                         QStringLiteral("-n"),
                         QStringLiteral("-r"),
                         QStringLiteral("48000"),
                         QStringLiteral("-b"),
                         QStringLiteral("16"),
                         QStringLiteral("-e"),
                         QStringLiteral("signed-integer"),
                         QStringLiteral("-c"),
                         QStringLiteral("1"),
                         QStringLiteral("-t"),
                         QStringLiteral("raw"),
                         file,
                         QStringLiteral("synth")};
        a += synth.split(QLatin1Char(' '));
        QProcess p;
        p.start(m_sox, a);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning() << "sox" << a << p.readAllStandardError();
            return {};
        }
        return file;
    }

    static QIODevice *openFile(const QString &path)
    {
        auto *f = new QFile(path);
        f->open(QIODevice::ReadOnly);
        return f;
    }

    // LAeq (dBFS) of a raw s16 mono file by the analyser itself, for the expected value; checks
    // on the way that its LZeq is the AES17 level of the samples' mean square.
    static double laeqOf(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nan("");
        const QByteArray bytes = f.readAll();
        std::vector<float> samples(size_t(bytes.size() / 2));
        for (size_t i = 0; i < samples.size(); ++i) {
            qint16 v;
            std::memcpy(&v, bytes.constData() + 2 * i, 2);
            samples[i] = float(v) / 32768.0f;
        }
        double sum = 0;
        for (float x : samples)
            sum += double(x) * double(x);
        const double lz = 10 * std::log10(2 * sum / double(samples.size()));
        acoustics::NoiseAnalyzer an(48000);
        an.push(std::span<const float>(samples));
        const acoustics::NoiseLevels l = an.levels();
        if (std::abs(l.lzeq - lz) > 0.05 || l.laeq >= l.lzeq) {
            qWarning() << "LZeq" << l.lzeq << "mean square" << lz << "LAeq" << l.laeq;
            return std::nan("");
        }
        return l.laeq;
    }

    QList<api::SurveyItem> items()
    {
        auto data = survey::loadSurvey(*m_inventory, m_survey.id);
        return data ? data->items : QList<api::SurveyItem>{};
    }

    static QString notCalibrated()
    {
        return widgets::NoiseMeasureDialog::tr(
            "Not calibrated: levels are dBFS (AES17: a full-scale sine reads 0 dBFS)");
    }
    static QString calibratedText(const widgets::ConsoleSettings::MicrophoneCalibration &c)
    {
        return widgets::NoiseMeasureDialog::tr("Calibrated %1 (%2 dB calibrator, offset %3 dB)")
            .arg(QDateTime::fromMSecsSinceEpoch(c.measuredAtMs).date().toString(Qt::ISODate))
            .arg(c.calibratorDb, 0, 'f', 1)
            .arg(QStringLiteral("+") + QString::number(c.offsetDb, 'f', 1));
    }

    // Starts a measurement and waits until the file ends (the measurement stops by itself).
    static bool measure(widgets::NoiseMeasureDialog *dlg)
    {
        auto *start = dlg->findChild<QPushButton *>(QStringLiteral("start"));
        if (!start->isEnabled())
            return false;
        start->click();
        if (start->text() != widgets::NoiseMeasureDialog::tr("Stop"))
            return false;
        return QTest::qWaitFor(
            [&] { return start->text() == widgets::NoiseMeasureDialog::tr("Start"); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // EC_NOISE_GRAB=NAME saves screenshots as /tmp/noise-*-NAME.png; EC_NOISE_QM=FILE.qm
        // loads a translation first (to look at the dialog in another language).
        if (qEnvironmentVariableIsSet("EC_NOISE_QM")) {
            auto *translator = new QTranslator(qApp);
            if (translator->load(qEnvironmentVariable("EC_NOISE_QM")))
                QCoreApplication::installTranslator(translator);
        }
        QVERIFY(m_dir.isValid());
        m_sox = QStandardPaths::findExecutable(QStringLiteral("sox"));
        QVERIFY2(!m_sox.isEmpty(), "sox is not installed: scripts/install-deps.sh --test --peers");
        // Settings from an earlier run of this test must not decide anything.
        widgets::ConsoleSettings settings;
        for (const char *mic : {"test-mic-a", "test-mic-b", "test-mic/with/slashes"})
            settings.removeMicrophoneCalibration(QString::fromLatin1(mic));

        m_inventory = std::make_shared<testsupport::MemoryInventory>();
        api::Site site;
        site.name = QStringLiteral("Noise site");
        auto s = m_inventory->create(site.toRecord());
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        api::Survey survey;
        survey.siteId = s->id;
        survey.name = QStringLiteral("Noise survey");
        survey.noiseZone = QStringLiteral("2");
        auto created = m_inventory->create(survey.toRecord());
        QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
        auto back = api::Survey::fromRecord(*created);
        QVERIFY(back.has_value());
        m_survey = *back;
    }

    void settingsRoundTrip()
    {
        widgets::ConsoleSettings settings;
        const QString mic = QStringLiteral("test-mic/with/slashes");
        QVERIFY(!settings.microphoneCalibration(mic));
        widgets::ConsoleSettings::MicrophoneCalibration c{mic,           QStringLiteral("USB mic"),
                                                          114,           98.25,
                                                          1790000000000, 1000.5};
        settings.setMicrophoneCalibration(c);
        auto back = widgets::ConsoleSettings().microphoneCalibration(mic);
        QVERIFY(back.has_value());
        QCOMPARE(*back, c);
        QVERIFY(!settings.microphoneCalibration(QStringLiteral("test-mic")));
        settings.removeMicrophoneCalibration(mic);
        QVERIFY(!settings.microphoneCalibration(mic));
    }

    void noMicrophone()
    {
        if (!QMediaDevices::audioInputs().isEmpty())
            QSKIP("this machine has an audio input");
        widgets::NoiseMeasureDialog dlg(m_inventory, m_survey);
        auto *mic = dlg.findChild<QComboBox *>(QStringLiteral("microphone"));
        QCOMPARE(mic->currentText(),
                 widgets::NoiseMeasureDialog::tr("No microphone found on this machine"));
        QVERIFY(!dlg.findChild<QPushButton *>(QStringLiteral("start"))->isEnabled());
        QVERIFY(!dlg.findChild<QPushButton *>(QStringLiteral("calibrate"))->isEnabled());
    }

    void calibrateAndMeasure()
    {
        // -26 dBFS (AES17) 1 kHz: a 94 dB calibrator gives offset 120.0 dB.
        const double amplitude = std::pow(10.0, -26.0 / 20.0);
        const QString tone = make("tone1k.raw", QStringLiteral("3 sine 1000 vol %1").arg(amplitude));
        QVERIFY(!tone.isEmpty());
        const QString noise = make("white.raw", QStringLiteral("5 whitenoise vol 0.1"));
        QVERIFY(!noise.isEmpty());
        const double noiseDbfs = laeqOf(noise);
        QVERIFY2(noiseDbfs > -40 && noiseDbfs < -10, qPrintable(QString::number(noiseDbfs)));

        auto *dlg = new widgets::NoiseMeasureDialog(m_inventory, m_survey);
        QPointer<widgets::NoiseMeasureDialog> guard(dlg);
        QList<api::SurveyItem> added;
        connect(dlg, &widgets::NoiseMeasureDialog::itemAdded, this,
                [&added](const api::SurveyItem &item) { added.append(item); });
        dlg->show();
        const QString mic = QStringLiteral("test-mic-a");
        dlg->useInputDevice(openFile(tone), 48000, 1, 16, mic);
        auto *state = dlg->findChild<QLabel *>(QStringLiteral("calibrationState"));
        QCOMPARE(state->text(), notCalibrated());

        // Uncalibrated: the meter reads the sine's dBFS.
        QVERIFY(measure(dlg));
        auto *laf = dlg->findChild<QLabel *>(QStringLiteral("laf"));
        auto *las = dlg->findChild<QLabel *>(QStringLiteral("las"));
        auto *unit = dlg->findChild<QLabel *>(QStringLiteral("unit"));
        QCOMPARE(unit->text(), QStringLiteral("dBFS"));
        QVERIFY2(std::abs(parseLevel(laf->text()) + 26.0) < 0.2, qPrintable(laf->text()));
        QVERIFY2(std::abs(parseLevel(las->text()) + 26.0) < 0.3, qPrintable(las->text()));
        QVERIFY(dlg->findChild<QLabel *>(QStringLiteral("elapsed"))
                    ->text()
                    .endsWith(QStringLiteral("0:00:03")));
        grab(dlg, "uncalibrated");

        // Calibrate with the same sine as a 94 dB calibrator.
        auto *level = dlg->findChild<QComboBox *>(QStringLiteral("calibratorLevel"));
        level->setCurrentIndex(level->findData(94.0));
        QCOMPARE(level->currentData().toDouble(), 94.0);
        auto *calibrate = dlg->findChild<QPushButton *>(QStringLiteral("calibrate"));
        QVERIFY(calibrate->isEnabled());
        calibrate->click();
        QTRY_VERIFY_WITH_TIMEOUT(widgets::ConsoleSettings().microphoneCalibration(mic), 20000);
        const auto cal = widgets::ConsoleSettings().microphoneCalibration(mic);
        QVERIFY2(std::abs(cal->offsetDb - 120.0) < 0.2, qPrintable(QString::number(cal->offsetDb)));
        QCOMPARE(cal->calibratorDb, 94.0);
        QVERIFY(std::abs(cal->frequencyHz - 1000.0) < 5);
        QCOMPARE(state->text(), calibratedText(*cal));
        QCOMPARE(calibratedText(*cal),
                 widgets::NoiseMeasureDialog::tr("Calibrated %1 (%2 dB calibrator, offset %3 dB)")
                     .arg(QDate::currentDate().toString(Qt::ISODate), QStringLiteral("94.0"),
                          QStringLiteral("+120.0")));
        // ... and as a calibration item of the survey.
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
        const auto calItem = added.at(0);
        QCOMPARE(calItem.kind, api::SurveyItemKind::Calibration);
        const QJsonObject payload = QJsonDocument::fromJson(calItem.payload.toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("microphone")).toString(), mic);
        QCOMPARE(payload.value(QStringLiteral("calibrator_db")).toDouble(), 94.0);
        QVERIFY(std::abs(payload.value(QStringLiteral("offset_db")).toDouble() - 120.0) < 0.2);
        QVERIFY(payload.contains(QStringLiteral("measured_at")));
        QVERIFY(payload.contains(QStringLiteral("frequency_hz")));

        // The calibrated sine now reads 94 dB.
        dlg->useInputDevice(openFile(tone), 48000, 1, 16, mic);
        QVERIFY(measure(dlg));
        QCOMPARE(unit->text(), QStringLiteral("dB"));
        QVERIFY2(std::abs(parseLevel(laf->text()) - 94.0) < 0.2, qPrintable(laf->text()));

        // A calibrated noise measurement at night, saved.
        auto *period = dlg->findChild<QComboBox *>(QStringLiteral("period"));
        period->setCurrentIndex(period->findData(QStringLiteral("night")));
        auto *events = dlg->findChild<QComboBox *>(QStringLiteral("nightEvents"));
        QVERIFY(events->isEnabled());
        events->setCurrentIndex(events->findData(QStringLiteral("occasional")));
        dlg->useInputDevice(openFile(noise), 48000, 1, 16, mic);
        QVERIFY(measure(dlg));
        QCOMPARE(unit->text(), QStringLiteral("dB"));
        grab(dlg, "calibrated");
        auto *save = dlg->findChild<QPushButton *>(QStringLiteral("save"));
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 20000);
        QVERIFY(!save->isEnabled()); // saved once
        const auto noiseItem = added.at(1);
        QCOMPARE(noiseItem.kind, api::SurveyItemKind::Noise);

        // What the store holds.
        const QList<api::SurveyItem> stored = items();
        QCOMPARE(stored.size(), 2);
        const auto it = std::find_if(stored.begin(), stored.end(), [](const api::SurveyItem &i) {
            return i.kind == api::SurveyItemKind::Noise;
        });
        QVERIFY(it != stored.end());
        auto parsed = survey::noiseFromPayload(it->payload);
        QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->levels.unit(), QStringLiteral("dB"));
        const double want = noiseDbfs + cal->offsetDb;
        QVERIFY2(std::abs(parsed->levels.laeq - want) < 0.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(parsed->levels.laeq).arg(want)));
        QVERIFY(std::abs(parsed->levels.durationS - 5.0) < 0.01);
        QCOMPARE(parsed->period, acoustics::Period::Night);
        QCOMPARE(parsed->nightEvents, acoustics::NightEvents::Occasional);
        QVERIFY(parsed->levels.series.isEmpty());

        // A new dialog sees the stored calibration of that microphone.
        delete dlg;
        widgets::NoiseMeasureDialog again(m_inventory, m_survey);
        again.useInputDevice(new QBuffer, 48000, 1, 16, mic);
        QCOMPARE(again.findChild<QLabel *>(QStringLiteral("calibrationState"))->text(),
                 calibratedText(*cal));
    }

    void refusedCalibration()
    {
        const QString tone = make("tone500.raw", QStringLiteral("3 sine 500 vol 0.05"));
        QVERIFY(!tone.isEmpty());
        const qsizetype before = items().size();
        widgets::NoiseMeasureDialog dlg(m_inventory, m_survey);
        dlg.show();
        const QString mic = QStringLiteral("test-mic-b");
        dlg.useInputDevice(openFile(tone), 48000, 1, 16, mic);
        auto *message = dlg.findChild<QLabel *>(QStringLiteral("calibrationMessage"));
        QVERIFY(message->isHidden());
        dlg.findChild<QPushButton *>(QStringLiteral("calibrate"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
        QVERIFY2(message->text().contains(QStringLiteral("500 Hz, not at 1 kHz")),
                 qPrintable(message->text()));
        grab(&dlg, "refused");
        QVERIFY(!widgets::ConsoleSettings().microphoneCalibration(mic));
        QCOMPARE(dlg.findChild<QLabel *>(QStringLiteral("calibrationState"))->text(),
                 notCalibrated());
        QTest::qWait(200); // an item would be added asynchronously
        QCOMPARE(items().size(), before);
    }

    void closingWhileMeasuringAsks()
    {
        auto *dlg = new widgets::NoiseMeasureDialog(m_inventory, m_survey);
        QPointer<widgets::NoiseMeasureDialog> guard(dlg);
        dlg->show();
        dlg->useInputDevice(new EndlessSilence, 48000, 1, 16, QStringLiteral("test-mic-b"));
        auto *start = dlg->findChild<QPushButton *>(QStringLiteral("start"));
        start->click();
        QCOMPARE(start->text(), widgets::NoiseMeasureDialog::tr("Stop"));

        int asked = 0;
        const auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                ++asked;
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        dlg->reject();
        QCOMPARE(asked, 1);
        QVERIFY(guard && dlg->isVisible());
        QCOMPARE(start->text(), widgets::NoiseMeasureDialog::tr("Stop"));

        answer(QMessageBox::Yes);
        dlg->reject();
        QCOMPARE(asked, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 5000); // WA_DeleteOnClose
    }

private:
    static void grab(QWidget *w, const char *name)
    {
        if (qEnvironmentVariableIsSet("EC_NOISE_GRAB"))
            w->grab().save(
                QStringLiteral("/tmp/noise-%1-%2.png")
                    .arg(QString::fromLatin1(name), qEnvironmentVariable("EC_NOISE_GRAB")));
    }
};

QTEST_MAIN(TestNoiseMeasure)
#include "tst_noisemeasure.moc"
