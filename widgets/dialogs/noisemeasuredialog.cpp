#include "widgets/dialogs/noisemeasuredialog.h"

#include "backend/acoustics/calibration.h"
#include "backend/acoustics/noiseanalyzer.h"
#include "backend/acoustics/noisechecks.h"
#include "backend/survey/surveyevaluation.h"
#include "backend/survey/surveystore.h"
#include "widgets/common/asynctask.h"
#include "widgets/common/consolesettings.h"

#include <QAudioDevice>
#include <QAudioSource>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QMediaDevices>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace edge::widgets {

namespace {

constexpr int kReadIntervalMs = 50;   // the audio input is polled (pull mode)
constexpr int kMeterIntervalMs = 100; // the meter is redrawn ~10 times a second
constexpr double kChartStepS = 0.1;   // one chart point per 100 ms of sound
constexpr int kMaxChartPoints = 3000; // then every other point is dropped and the step doubled
constexpr double kCalibrationS = 3.0; // a calibrator is recorded this long, then judged
// A device given with useInputDevice() is read at most this much sound per poll (20x real
// time at 50 ms), so the meter and chart still move while a file streams in.
constexpr double kDeviceChunkS = 1.0;
constexpr double kNoLevel = -150.0; // below this the meter shows a dash

enum class Encoding { UInt8, Int16, Int32, Float };

int bytesPerSample(Encoding e)
{
    switch (e) {
    case Encoding::UInt8: return 1;
    case Encoding::Int16: return 2;
    case Encoding::Int32:
    case Encoding::Float: return 4;
    }
    return 2;
}

// The survey item payload of a calibration (kind "calibration"):
// {"microphone", "description", "calibrator_db", "offset_db", "measured_at" (ISO 8601 UTC),
//  "frequency_hz"}.
QString calibrationPayload(const acoustics::Calibration &c, const QString &description)
{
    const auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
    const QJsonObject o{
        {QStringLiteral("microphone"), c.microphone},
        {QStringLiteral("description"), description},
        {QStringLiteral("calibrator_db"), c.calibratorDb},
        {QStringLiteral("offset_db"), round2(c.offsetDb)},
        {QStringLiteral("measured_at"),
         QDateTime::fromMSecsSinceEpoch(c.measuredAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("frequency_hz"), round2(c.frequencyCheckHz)},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString who()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

struct NoiseMeasureDialog::Private {
    NoiseMeasureDialog *q = nullptr;
    std::shared_ptr<api::Inventory> inventory;
    api::Survey survey;

    // Widgets
    QComboBox *microphone = nullptr;
    QLabel *calibrationState = nullptr;
    QComboBox *calibratorLevel = nullptr;
    QPushButton *calibrate = nullptr;
    QLabel *calibrationMessage = nullptr;
    QComboBox *period = nullptr;
    QComboBox *nightEvents = nullptr;
    QCheckBox *nearBuilding = nullptr;
    QCheckBox *machineRoom = nullptr;
    QLabel *laf = nullptr;
    QLabel *las = nullptr;
    QLabel *lafUnit = nullptr;
    QLabel *lasUnit = nullptr;
    QLabel *laeq = nullptr;
    QLabel *elapsed = nullptr;
    QProgressBar *bar = nullptr;
    QChart *chart = nullptr;
    QLineSeries *series = nullptr;
    QValueAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    QPushButton *start = nullptr;
    QPushButton *save = nullptr;
    QPushButton *close = nullptr;
    QLabel *status = nullptr;

    // The input: an audio source (pull mode, polled) or a device given by useInputDevice().
    QAudioSource *audio = nullptr;
    QIODevice *io = nullptr; // audio's device (not owned) or `external`
    std::unique_ptr<QIODevice> external;
    int externalRate = 0, externalChannels = 0, externalBits = 0;
    QString externalMicrophone;
    int rate = 48000;
    int channels = 1;
    Encoding encoding = Encoding::Int16;
    QByteArray pending; // bytes of an incomplete frame
    QTimer readTimer;
    QTimer meterTimer;

    enum class Mode { Idle, Measuring, Calibrating };
    Mode mode = Mode::Idle;
    std::unique_ptr<acoustics::NoiseAnalyzer> analyzer;
    std::optional<double> offset; // the calibration used for the running/last measurement
    std::unique_ptr<acoustics::CalibrationAnalyzer> calibrator;
    qint64 calibrationSamples = 0;
    qint64 toChartPoint = 0;
    qint64 chartStep = 0; // samples per chart point
    bool unsaved = false;
    bool saving = false;

    std::vector<float> samples;

    void build();
    void fillMicrophones();
    QString microphoneKey() const;
    QString microphoneDescription() const;
    bool usingExternal() const;
    std::optional<ConsoleSettings::MicrophoneCalibration> currentCalibration() const;
    void showCalibrationState();
    void updateButtons();
    void updateNightEvents();

    bool openInput(); // sets io, rate, channels, encoding; false with status set
    void closeInput();
    void startMeasuring();
    void stopMeasuring();
    void startCalibrating();
    void finishCalibrating(bool cancelled);
    void poll();
    void consume(const char *data, qsizetype bytes);
    void process(std::span<const float> block);
    void refreshMeter();
    void resetChart();
    void addChartPoint(double t, double level);
    void saveMeasurement();
    QString unit() const { return offset ? QStringLiteral("dB") : QStringLiteral("dBFS"); }
};

NoiseMeasureDialog::NoiseMeasureDialog(std::shared_ptr<api::Inventory> inventory,
                                       const api::Survey &survey, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->inventory = std::move(inventory);
    d->survey = survey;
    setObjectName(QStringLiteral("noiseMeasureDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(NoiseMeasureDialog::tr("Measure Noise: %1").arg(survey.name));
    d->build();
    d->fillMicrophones();
    d->showCalibrationState();
    d->updateButtons();

    d->readTimer.setInterval(kReadIntervalMs);
    connect(&d->readTimer, &QTimer::timeout, this, [this] { d->poll(); });
    d->meterTimer.setInterval(kMeterIntervalMs);
    connect(&d->meterTimer, &QTimer::timeout, this, [this] { d->refreshMeter(); });
}

NoiseMeasureDialog::~NoiseMeasureDialog()
{
    d->readTimer.stop();
    d->meterTimer.stop();
    d->closeInput();
}

void NoiseMeasureDialog::useInputDevice(QIODevice *device, int sampleRate, int channels,
                                        int bitsPerSample, const QString &microphone)
{
    if (d->mode != Private::Mode::Idle) {
        if (d->mode == Private::Mode::Measuring)
            d->stopMeasuring();
        else
            d->finishCalibrating(true);
    }
    d->closeInput();
    d->external.reset(device);
    d->externalRate = sampleRate;
    d->externalChannels = channels;
    d->externalBits = bitsPerSample;
    d->externalMicrophone = microphone;
    if (device && !device->isOpen())
        device->open(QIODevice::ReadOnly);
    // The "No microphone found" placeholder has no data: an input now exists.
    for (int i = d->microphone->count() - 1; i >= 0; --i)
        if (!d->microphone->itemData(i).isValid())
            d->microphone->removeItem(i);
    const QString tag = QStringLiteral("external:") + microphone;
    const int at = d->microphone->findData(tag);
    if (at >= 0) {
        d->microphone->setCurrentIndex(at);
    } else {
        d->microphone->insertItem(0, microphone, tag);
        d->microphone->setCurrentIndex(0);
    }
    d->microphone->setEnabled(true);
    d->showCalibrationState();
    d->updateButtons();
}

void NoiseMeasureDialog::reject()
{
    if (d->mode == Private::Mode::Measuring || d->mode == Private::Mode::Calibrating) {
        const auto answer = QMessageBox::question(
            this, NoiseMeasureDialog::tr("Stop Measuring?"),
            d->mode == Private::Mode::Measuring
                ? NoiseMeasureDialog::tr(
                    "A measurement is running. Stop it and close without saving?")
                : NoiseMeasureDialog::tr("A calibration is running. Stop it and close?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        if (d->mode == Private::Mode::Measuring)
            d->stopMeasuring();
        else
            d->finishCalibrating(true);
    }
    QDialog::reject();
}

// ---- building ---------------------------------------------------------------------------------

void NoiseMeasureDialog::Private::build()
{
    auto *layout = new QVBoxLayout(q);

    // Microphone and calibration
    auto *micBox = new QGroupBox(NoiseMeasureDialog::tr("Microphone"), q);
    auto *micLayout = new QGridLayout(micBox);
    microphone = new QComboBox(micBox);
    microphone->setObjectName(QStringLiteral("microphone"));
    microphone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    microphone->setMinimumContentsLength(28);
    micLayout->addWidget(new QLabel(NoiseMeasureDialog::tr("Input:"), micBox), 0, 0);
    micLayout->addWidget(microphone, 0, 1, 1, 3);
    calibrationState = new QLabel(micBox);
    calibrationState->setObjectName(QStringLiteral("calibrationState"));
    calibrationState->setWordWrap(true);
    micLayout->addWidget(calibrationState, 1, 0, 1, 4);
    calibratorLevel = new QComboBox(micBox);
    calibratorLevel->setObjectName(QStringLiteral("calibratorLevel"));
    calibratorLevel->addItem(NoiseMeasureDialog::tr("94 dB calibrator"), 94.0);
    calibratorLevel->addItem(NoiseMeasureDialog::tr("114 dB calibrator"), 114.0);
    calibrate = new QPushButton(NoiseMeasureDialog::tr("Calibrate"), micBox);
    calibrate->setObjectName(QStringLiteral("calibrate"));
    calibrate->setToolTip(
        NoiseMeasureDialog::tr("Seat the sound calibrator on the microphone, switch it on, then "
                               "press Calibrate: %1 s of its 1 kHz tone are recorded.")
            .arg(kCalibrationS, 0, 'f', 0));
    micLayout->addWidget(calibratorLevel, 2, 0, 1, 2);
    micLayout->addWidget(calibrate, 2, 2);
    micLayout->setColumnStretch(3, 1);
    calibrationMessage = new QLabel(micBox);
    calibrationMessage->setObjectName(QStringLiteral("calibrationMessage"));
    calibrationMessage->setWordWrap(true);
    calibrationMessage->setVisible(false);
    micLayout->addWidget(calibrationMessage, 3, 0, 1, 4);
    layout->addWidget(micBox);

    // Conditions
    auto *condBox = new QGroupBox(NoiseMeasureDialog::tr("Conditions"), q);
    auto *condLayout = new QFormLayout(condBox);
    period = new QComboBox(condBox);
    period->setObjectName(QStringLiteral("period"));
    period->addItem(NoiseMeasureDialog::tr("Day (06:00-22:00)"), QStringLiteral("day"));
    period->addItem(NoiseMeasureDialog::tr("Night (22:00-06:00)"), QStringLiteral("night"));
    // GB 3096-2008: night is 22:00-06:00 local time.
    const int hour = QTime::currentTime().hour();
    period->setCurrentIndex(hour >= 22 || hour < 6 ? 1 : 0);
    nightEvents = new QComboBox(condBox);
    nightEvents->setObjectName(QStringLiteral("nightEvents"));
    nightEvents->addItem(NoiseMeasureDialog::tr("None"), QStringLiteral("none"));
    nightEvents->addItem(NoiseMeasureDialog::tr("Frequent (limit + 10 dB)"),
                         QStringLiteral("frequent"));
    nightEvents->addItem(NoiseMeasureDialog::tr("Occasional (limit + 15 dB)"),
                         QStringLiteral("occasional"));
    nearBuilding = new QCheckBox(NoiseMeasureDialog::tr(
                                     "Less than 1 m from a noise-sensitive building (measured "
                                     "inside it; limit 10 dB lower)"),
                                 condBox);
    nearBuilding->setObjectName(QStringLiteral("nearBuilding"));
    machineRoom = new QCheckBox(NoiseMeasureDialog::tr("Inside the machine room (GB 50174)"),
                                condBox);
    machineRoom->setObjectName(QStringLiteral("machineRoom"));
    condLayout->addRow(NoiseMeasureDialog::tr("Period:"), period);
    condLayout->addRow(NoiseMeasureDialog::tr("Night events:"), nightEvents);
    condLayout->addRow(nearBuilding);
    condLayout->addRow(machineRoom);
    layout->addWidget(condBox);
    QObject::connect(period, &QComboBox::currentIndexChanged, q, [this] { updateNightEvents(); });
    updateNightEvents();

    // Meter
    auto *meterBox = new QGroupBox(NoiseMeasureDialog::tr("Level"), q);
    auto *meterLayout = new QGridLayout(meterBox);
    QFont big = q->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    const auto bigLabel = [&](const char *name) {
        auto *l = new QLabel(QStringLiteral("—"), meterBox);
        l->setObjectName(QString::fromLatin1(name));
        l->setFont(big);
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        l->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("-188.8")));
        return l;
    };
    laf = bigLabel("laf");
    las = bigLabel("las");
    lafUnit = new QLabel(meterBox);
    lafUnit->setObjectName(QStringLiteral("unit"));
    lasUnit = new QLabel(meterBox);
    meterLayout->addWidget(new QLabel(NoiseMeasureDialog::tr("LAF (fast)"), meterBox), 0, 0);
    meterLayout->addWidget(laf, 0, 1);
    meterLayout->addWidget(lafUnit, 0, 2);
    meterLayout->setColumnMinimumWidth(3, 32);
    meterLayout->addWidget(new QLabel(NoiseMeasureDialog::tr("LAS (slow)"), meterBox), 0, 4);
    meterLayout->addWidget(las, 0, 5);
    meterLayout->addWidget(lasUnit, 0, 6);
    meterLayout->setColumnStretch(7, 1);
    bar = new QProgressBar(meterBox);
    bar->setObjectName(QStringLiteral("bar"));
    bar->setRange(0, 1000);
    bar->setValue(0);
    bar->setTextVisible(false);
    meterLayout->addWidget(bar, 1, 0, 1, 8);
    laeq = new QLabel(meterBox);
    laeq->setObjectName(QStringLiteral("laeq"));
    elapsed = new QLabel(meterBox);
    elapsed->setObjectName(QStringLiteral("elapsed"));
    meterLayout->addWidget(laeq, 2, 0, 1, 4);
    meterLayout->addWidget(elapsed, 2, 4, 1, 4, Qt::AlignRight);
    layout->addWidget(meterBox);

    // Level-vs-time chart
    chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    series = new QLineSeries(chart);
    series->setName(NoiseMeasureDialog::tr("LAF"));
    chart->addSeries(series);
    axisX = new QValueAxis(chart);
    axisX->setTitleText(NoiseMeasureDialog::tr("Time (s)"));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisY = new QValueAxis(chart);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    auto *view = new QChartView(chart, q);
    view->setObjectName(QStringLiteral("chart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    layout->addWidget(view, 1);

    status = new QLabel(q);
    status->setObjectName(QStringLiteral("status"));
    status->setWordWrap(true);
    layout->addWidget(status);

    auto *buttons = new QHBoxLayout;
    start = new QPushButton(NoiseMeasureDialog::tr("Start"), q);
    start->setObjectName(QStringLiteral("start"));
    save = new QPushButton(NoiseMeasureDialog::tr("Save"), q);
    save->setObjectName(QStringLiteral("save"));
    close = new QPushButton(NoiseMeasureDialog::tr("Close"), q);
    close->setObjectName(QStringLiteral("close"));
    start->setDefault(true);
    buttons->addWidget(start);
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    QObject::connect(start, &QPushButton::clicked, q, [this] {
        if (mode == Mode::Measuring)
            stopMeasuring();
        else if (mode == Mode::Idle)
            startMeasuring();
    });
    QObject::connect(calibrate, &QPushButton::clicked, q, [this] {
        if (mode == Mode::Calibrating)
            finishCalibrating(true);
        else if (mode == Mode::Idle)
            startCalibrating();
    });
    QObject::connect(save, &QPushButton::clicked, q, [this] { saveMeasurement(); });
    QObject::connect(close, &QPushButton::clicked, q, [this] { q->reject(); });
    QObject::connect(microphone, &QComboBox::currentIndexChanged, q, [this] {
        showCalibrationState();
        updateButtons();
    });

    resetChart();
    lafUnit->setText(unit());
    lasUnit->setText(unit());
    q->resize(q->sizeHint().expandedTo(QSize(640, 720)));
}

void NoiseMeasureDialog::Private::fillMicrophones()
{
    microphone->clear();
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    const QAudioDevice preferred = QMediaDevices::defaultAudioInput();
    for (const QAudioDevice &dev : inputs) {
        microphone->addItem(dev.description(), QVariant::fromValue(dev));
        if (dev == preferred)
            microphone->setCurrentIndex(microphone->count() - 1);
    }
    if (inputs.isEmpty()) {
        microphone->addItem(NoiseMeasureDialog::tr("No microphone found on this machine"));
        microphone->setEnabled(false);
    }
}

bool NoiseMeasureDialog::Private::usingExternal() const
{
    return microphone->currentData().toString().startsWith(QLatin1String("external:"));
}

QString NoiseMeasureDialog::Private::microphoneKey() const
{
    const QVariant data = microphone->currentData();
    if (data.typeId() == qMetaTypeId<QAudioDevice>())
        return QString::fromUtf8(data.value<QAudioDevice>().id());
    if (usingExternal())
        return data.toString().mid(int(std::strlen("external:")));
    return {};
}

QString NoiseMeasureDialog::Private::microphoneDescription() const
{
    return microphoneKey().isEmpty() ? QString() : microphone->currentText();
}

std::optional<ConsoleSettings::MicrophoneCalibration>
NoiseMeasureDialog::Private::currentCalibration() const
{
    return ConsoleSettings().microphoneCalibration(microphoneKey());
}

void NoiseMeasureDialog::Private::showCalibrationState()
{
    if (microphoneKey().isEmpty()) {
        calibrationState->clear();
        return;
    }
    if (auto c = currentCalibration()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(c->measuredAtMs).date();
        calibrationState->setText(
            NoiseMeasureDialog::tr("Calibrated %1 (%2 dB calibrator, offset %3 dB)")
                .arg(day.toString(Qt::ISODate))
                .arg(c->calibratorDb, 0, 'f', 1)
                .arg((c->offsetDb >= 0 ? QStringLiteral("+") : QString())
                     + QString::number(c->offsetDb, 'f', 1)));
    } else {
        calibrationState->setText(NoiseMeasureDialog::tr(
            "Not calibrated: levels are dBFS (AES17: a full-scale sine reads 0 dBFS)"));
    }
}

void NoiseMeasureDialog::Private::updateNightEvents()
{
    const bool night = period->currentData().toString() == QLatin1String("night");
    nightEvents->setEnabled(night);
}

void NoiseMeasureDialog::Private::updateButtons()
{
    const bool haveInput = !microphoneKey().isEmpty();
    const bool idle = mode == Mode::Idle;
    start->setText(mode == Mode::Measuring ? NoiseMeasureDialog::tr("Stop")
                                           : NoiseMeasureDialog::tr("Start"));
    start->setEnabled(haveInput && mode != Mode::Calibrating);
    calibrate->setText(mode == Mode::Calibrating ? NoiseMeasureDialog::tr("Cancel Calibration")
                                                 : NoiseMeasureDialog::tr("Calibrate"));
    calibrate->setEnabled(haveInput && mode != Mode::Measuring);
    calibratorLevel->setEnabled(idle);
    microphone->setEnabled(idle && haveInput);
    save->setEnabled(idle && unsaved && !saving && analyzer && analyzer->samples() > 0);
}

// ---- input ------------------------------------------------------------------------------------

bool NoiseMeasureDialog::Private::openInput()
{
    pending.clear();
    if (usingExternal()) {
        if (!external || !external->isOpen() || !external->isReadable()) {
            status->setText(NoiseMeasureDialog::tr("The input cannot be read."));
            return false;
        }
        if (externalRate <= 0 || externalChannels <= 0
            || (externalBits != 16 && externalBits != 32)) {
            status->setText(
                NoiseMeasureDialog::tr("The input's format is not supported (16 or 32-bit PCM)."));
            return false;
        }
        if (!external->isSequential())
            external->seek(0);
        io = external.get();
        rate = externalRate;
        channels = externalChannels;
        encoding = externalBits == 16 ? Encoding::Int16 : Encoding::Int32;
        return true;
    }
    const QVariant data = microphone->currentData();
    if (data.typeId() != qMetaTypeId<QAudioDevice>()) {
        status->setText(NoiseMeasureDialog::tr("No microphone found on this machine."));
        return false;
    }
    const QAudioDevice device = data.value<QAudioDevice>();
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        format.setSampleFormat(QAudioFormat::Float);
        if (!device.isFormatSupported(format))
            format = device.preferredFormat();
    }
    audio = new QAudioSource(device, format, q);
    audio->setBufferSize(format.bytesForDuration(500000)); // 0.5 s
    io = audio->start();
    if (!io || audio->error() != QAudio::NoError) {
        status->setText(NoiseMeasureDialog::tr(
                            "The microphone '%1' cannot be opened (error %2). Check that it is "
                            "connected and not used by another program.")
                            .arg(device.description())
                            .arg(int(audio->error())));
        delete audio;
        audio = nullptr;
        io = nullptr;
        return false;
    }
    const QAudioFormat got = audio->format();
    rate = got.sampleRate();
    channels = std::max(1, got.channelCount());
    switch (got.sampleFormat()) {
    case QAudioFormat::UInt8: encoding = Encoding::UInt8; break;
    case QAudioFormat::Int32: encoding = Encoding::Int32; break;
    case QAudioFormat::Float: encoding = Encoding::Float; break;
    default: encoding = Encoding::Int16; break;
    }
    return true;
}

void NoiseMeasureDialog::Private::closeInput()
{
    if (audio) {
        audio->stop();
        delete audio;
        audio = nullptr;
    }
    io = nullptr;
    pending.clear();
}

void NoiseMeasureDialog::Private::poll()
{
    if (!io || mode == Mode::Idle)
        return;
    const bool isExternal = io == external.get();
    QByteArray data;
    if (isExternal) {
        const qint64 frameBytes = qint64(channels) * bytesPerSample(encoding);
        data = io->read(qint64(kDeviceChunkS * rate) * frameBytes);
    } else {
        data = io->readAll();
    }
    if (!data.isEmpty())
        consume(data.constData(), data.size());
    if (mode == Mode::Idle)
        return; // a calibration decided
    const bool ended = isExternal && data.isEmpty()
                       && (!io->isSequential() ? io->atEnd() : !io->isOpen());
    if (ended) {
        if (mode == Mode::Measuring)
            stopMeasuring();
        else if (mode == Mode::Calibrating)
            finishCalibrating(false);
    }
}

void NoiseMeasureDialog::Private::consume(const char *data, qsizetype bytes)
{
    const int bps = bytesPerSample(encoding);
    const qsizetype frameBytes = qsizetype(channels) * bps;
    pending.append(data, bytes);
    const qsizetype frames = pending.size() / frameBytes;
    if (frames == 0)
        return;
    samples.resize(size_t(frames));
    const char *p = pending.constData();
    for (qsizetype i = 0; i < frames; ++i, p += frameBytes) {
        // Channel 0 only: a second channel of a stereo input is the same microphone or none.
        switch (encoding) {
        case Encoding::UInt8:
            samples[size_t(i)] = (float(static_cast<unsigned char>(*p)) - 128.0f) / 128.0f;
            break;
        case Encoding::Int16: {
            qint16 v;
            std::memcpy(&v, p, sizeof v);
            samples[size_t(i)] = float(v) / 32768.0f;
            break;
        }
        case Encoding::Int32: {
            qint32 v;
            std::memcpy(&v, p, sizeof v);
            samples[size_t(i)] = float(double(v) / 2147483648.0);
            break;
        }
        case Encoding::Float: {
            float v;
            std::memcpy(&v, p, sizeof v);
            samples[size_t(i)] = std::isfinite(v) ? v : 0.0f;
            break;
        }
        }
    }
    pending.remove(0, frames * frameBytes);
    process(std::span<const float>(samples.data(), samples.size()));
}

void NoiseMeasureDialog::Private::process(std::span<const float> block)
{
    if (mode == Mode::Calibrating) {
        const qint64 want = qint64(kCalibrationS * rate) - calibrationSamples;
        const auto take = std::min<qint64>(want, qint64(block.size()));
        if (take > 0) {
            calibrator->push(block.first(size_t(take)));
            calibrationSamples += take;
        }
        if (calibrationSamples >= qint64(kCalibrationS * rate))
            finishCalibrating(false);
        return;
    }
    if (mode != Mode::Measuring)
        return;
    // Pushed in chart steps so the chart has a point every kChartStepS of sound, whatever the
    // block size the input delivers.
    while (!block.empty()) {
        const auto n = std::min<qint64>(toChartPoint, qint64(block.size()));
        analyzer->push(block.first(size_t(n)));
        block = block.subspan(size_t(n));
        toChartPoint -= n;
        if (toChartPoint == 0) {
            const acoustics::MeterReading m = analyzer->meter(offset);
            addChartPoint(double(analyzer->samples()) / rate, m.laf);
            toChartPoint = chartStep;
        }
    }
}

// ---- measuring --------------------------------------------------------------------------------

void NoiseMeasureDialog::Private::startMeasuring()
{
    status->clear();
    calibrationMessage->setVisible(false);
    if (!openInput()) {
        updateButtons();
        return;
    }
    if (auto c = currentCalibration())
        offset = c->offsetDb;
    else
        offset.reset();
    analyzer = std::make_unique<acoustics::NoiseAnalyzer>(double(rate));
    chartStep = std::max<qint64>(1, qint64(std::llround(kChartStepS * rate)));
    toChartPoint = chartStep;
    resetChart();
    unsaved = false;
    mode = Mode::Measuring;
    lafUnit->setText(unit());
    lasUnit->setText(unit());
    status->setText(NoiseMeasureDialog::tr("Measuring with %1…").arg(microphone->currentText()));
    readTimer.start();
    meterTimer.start();
    refreshMeter();
    updateButtons();
}

void NoiseMeasureDialog::Private::stopMeasuring()
{
    if (mode != Mode::Measuring)
        return;
    readTimer.stop();
    if (audio && io) {
        // What the microphone's buffer still holds (a file given by useInputDevice() is not
        // read on: Stop means stop).
        const QByteArray rest = io->readAll();
        if (!rest.isEmpty())
            consume(rest.constData(), rest.size());
    }
    meterTimer.stop();
    closeInput();
    mode = Mode::Idle;
    unsaved = analyzer && analyzer->samples() > 0;
    refreshMeter();
    if (unsaved) {
        const acoustics::NoiseLevels l = analyzer->levels(offset);
        status->setText(
            NoiseMeasureDialog::tr("Stopped after %1 s: LAeq %2 %3. Save adds it to the survey.")
                .arg(l.durationS, 0, 'f', 1)
                .arg(l.laeq, 0, 'f', 1)
                .arg(l.unit()));
    } else {
        status->setText(
            NoiseMeasureDialog::tr("Nothing was recorded: the input delivered no sound."));
    }
    updateButtons();
}

void NoiseMeasureDialog::Private::refreshMeter()
{
    const auto show = [](QLabel *label, double v) {
        label->setText(v > kNoLevel ? QString::number(v, 'f', 1) : QStringLiteral("—"));
    };
    if (!analyzer) {
        show(laf, acoustics::kFloorDb);
        show(las, acoustics::kFloorDb);
        return;
    }
    const acoustics::MeterReading m = analyzer->meter(offset);
    show(laf, m.laf);
    show(las, m.las);
    const double seconds = double(analyzer->samples()) / analyzer->sampleRate();
    laeq->setText(m.laeq > kNoLevel ? NoiseMeasureDialog::tr("LAeq %1 %2   LCpeak %3 %2")
                                          .arg(m.laeq, 0, 'f', 1)
                                          .arg(unit())
                                          .arg(m.lcpeak, 0, 'f', 1)
                                    : QString());
    const qint64 whole = qint64(seconds);
    elapsed->setText(NoiseMeasureDialog::tr("Elapsed %1:%2:%3")
                         .arg(whole / 3600)
                         .arg((whole / 60) % 60, 2, 10, QLatin1Char('0'))
                         .arg(whole % 60, 2, 10, QLatin1Char('0')));
    // The bar spans 30..130 dB calibrated, -100..0 dBFS otherwise.
    const double lo = offset ? 30.0 : -100.0;
    const double frac = std::clamp((m.laf - lo) / 100.0, 0.0, 1.0);
    bar->setValue(int(std::lround(frac * 1000)));
}

void NoiseMeasureDialog::Private::resetChart()
{
    series->clear();
    axisX->setRange(0, 10);
    axisX->setTickCount(6);
    if (offset)
        axisY->setRange(30, 110);
    else
        axisY->setRange(-80, 0);
    axisY->setTickCount(9);
    axisY->setTitleText(NoiseMeasureDialog::tr("LAF (%1)").arg(unit()));
}

void NoiseMeasureDialog::Private::addChartPoint(double t, double level)
{
    if (level <= kNoLevel)
        return;
    if (series->count() >= kMaxChartPoints) {
        // Keep the chart light for long measurements: drop every other point.
        QList<QPointF> pts = series->points();
        QList<QPointF> kept;
        kept.reserve(pts.size() / 2 + 1);
        for (qsizetype i = 0; i < pts.size(); i += 2)
            kept.append(pts[i]);
        series->replace(kept);
        chartStep *= 2;
    }
    series->append(t, level);
    if (t > axisX->max()) {
        axisX->setMax(std::ceil(t / 10.0) * 10.0);
        axisX->applyNiceNumbers();
    }
    // An 80 dB window (ticks every 10 dB) moved to keep the newest level in view.
    if (level + 5 > axisY->max()) {
        const double hi = std::ceil((level + 5) / 10.0) * 10.0;
        axisY->setRange(hi - 80, hi);
    } else if (level - 5 < axisY->min()) {
        const double lo = std::floor((level - 5) / 10.0) * 10.0;
        axisY->setRange(lo, lo + 80);
    }
}

// ---- calibrating ------------------------------------------------------------------------------

void NoiseMeasureDialog::Private::startCalibrating()
{
    status->clear();
    calibrationMessage->setVisible(false);
    if (!openInput()) {
        updateButtons();
        return;
    }
    calibrator = std::make_unique<acoustics::CalibrationAnalyzer>(double(rate));
    calibrationSamples = 0;
    mode = Mode::Calibrating;
    status->setText(NoiseMeasureDialog::tr("Recording the calibrator's tone for %1 s…")
                        .arg(kCalibrationS, 0, 'f', 0));
    readTimer.start();
    updateButtons();
}

void NoiseMeasureDialog::Private::finishCalibrating(bool cancelled)
{
    if (mode != Mode::Calibrating)
        return;
    readTimer.stop();
    closeInput();
    mode = Mode::Idle;
    updateButtons();
    if (cancelled) {
        status->setText(NoiseMeasureDialog::tr("Calibration cancelled; nothing was stored."));
        calibrator.reset();
        return;
    }
    const double calibratorDb = calibratorLevel->currentData().toDouble();
    const QString key = microphoneKey();
    auto result = calibrator->result(calibratorDb, key, QDateTime::currentMSecsSinceEpoch(),
                                     NoiseMeasureDialog::tr("The recording"));
    calibrator.reset();
    if (!result) {
        status->clear();
        calibrationMessage->setText(result.error().message);
        calibrationMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
        calibrationMessage->setVisible(true);
        return;
    }
    ConsoleSettings::MicrophoneCalibration c;
    c.microphone = key;
    c.description = microphoneDescription();
    c.calibratorDb = result->calibratorDb;
    c.offsetDb = result->offsetDb;
    c.measuredAtMs = result->measuredAtMs;
    c.frequencyHz = result->frequencyCheckHz;
    ConsoleSettings().setMicrophoneCalibration(c);
    showCalibrationState();
    calibrationMessage->setText(
        NoiseMeasureDialog::tr("Calibrated: the tone at %1 Hz read %2 dBFS; levels from this "
                               "microphone are now in dB (offset %3 dB).")
            .arg(result->frequencyCheckHz, 0, 'f', 0)
            .arg(result->calibratorDb - result->offsetDb, 0, 'f', 1)
            .arg(result->offsetDb, 0, 'f', 2));
    calibrationMessage->setStyleSheet(QString());
    calibrationMessage->setVisible(true);

    // Kept in the survey too, so the report can say how the levels were calibrated.
    survey::NewItem item;
    item.kind = api::SurveyItemKind::Calibration;
    item.payload = calibrationPayload(*result, c.description);
    item.author = who();
    item.takenAtMs = result->measuredAtMs;
    auto inv = inventory;
    const api::Survey s = survey;
    AsyncTask::run(
        q, [inv, s, item] { return survey::addSurveyItem(*inv, s, item); },
        [this](api::Result<api::SurveyItem> added) {
            if (!added) {
                status->setText(NoiseMeasureDialog::tr(
                                    "The calibration is kept for this microphone but could not be "
                                    "added to the survey: %1")
                                    .arg(added.error().message));
                return;
            }
            Q_EMIT q->itemAdded(*added);
        });
}

// ---- saving -----------------------------------------------------------------------------------

void NoiseMeasureDialog::Private::saveMeasurement()
{
    if (!analyzer || analyzer->samples() == 0 || saving)
        return;
    survey::NoiseItem noise;
    noise.levels = analyzer->levels(offset);
    noise.levels.series.clear();
    noise.period = period->currentData().toString() == QLatin1String("night")
                       ? acoustics::Period::Night
                       : acoustics::Period::Day;
    noise.nightEvents = noise.period == acoustics::Period::Night
                            ? acoustics::nightEventsFromName(nightEvents->currentData().toString())
                                  .value_or(acoustics::NightEvents::None)
                            : acoustics::NightEvents::None;
    noise.nearSensitiveBuilding = nearBuilding->isChecked();
    noise.machineRoom = machineRoom->isChecked();
    survey::NewItem item;
    item.kind = api::SurveyItemKind::Noise;
    item.payload = survey::noisePayload(noise);
    item.author = who();
    saving = true;
    updateButtons();
    status->setText(NoiseMeasureDialog::tr("Saving…"));
    auto inv = inventory;
    const api::Survey s = survey;
    AsyncTask::run(
        q, [inv, s, item] { return survey::addSurveyItem(*inv, s, item); },
        [this](api::Result<api::SurveyItem> added) {
            saving = false;
            if (!added) {
                status->setText(NoiseMeasureDialog::tr("The measurement was not saved: %1")
                                    .arg(added.error().message));
                updateButtons();
                return;
            }
            unsaved = false;
            status->setText(NoiseMeasureDialog::tr("Saved as '%1'.").arg(added->name));
            updateButtons();
            Q_EMIT q->itemAdded(*added);
        });
}

} // namespace edge::widgets
