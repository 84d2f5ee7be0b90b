// Polls a temperature/humidity sensor live (issue 4): Modbus TCP/RTU (device-protocols/modbus) or
// SNMP v2c/v3 (device-protocols/snmp), on a thread of its own (the sessions block), with a live
// table and count; Save stores the readings as one readings item through survey::addSurveyItem,
// like `edgectl survey poll`. Community and passphrases stay in the widgets and the worker's copy:
// never logged, never stored.
#include "widgets/dialogs/sensorpolldialog.h"

#include "backend/api/clock.h"
#include "backend/survey/dewpoint.h"
#include "backend/survey/reading.h"
#include "backend/survey/sensorreading.h"
#include "backend/survey/surveyevaluation.h"
#include "backend/survey/surveystore.h"
#include "device-protocols/modbus/modbuspresets.h"
#include "device-protocols/modbus/modbussession.h"
#include "device-protocols/modbus/registermap.h"
#include "device-protocols/snmp/snmpreader.h"
#include "device-protocols/snmp/snmpsession.h"
#include "device-protocols/snmp/snmpsettings.h"
#include "widgets/common/asynctask.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace edge::widgets {

namespace {

using api::Code;
using api::Result;

QString who()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

// One read of the sensor; runs on the poll thread (blocking).
using ReadFunction = std::function<Result<survey::Reading>()>;

ReadFunction modbusReader(const modbus::ModbusConnection &connection, const modbus::RegisterMap &map)
{
    auto session = std::make_shared<modbus::ModbusSession>(connection);
    return [session, map] {
        auto readings = session->poll(map);
        if (!readings) {
            session->close();
            return Result<survey::Reading>(std::unexpected(readings.error()));
        }
        return survey::readingFromSensors(*readings, session->connection().describe(), {});
    };
}

struct SnmpState {
    snmp::SessionConfig config;
    QString sensor;
    std::unique_ptr<snmp::SnmpSession> session;
    api::SystemClock clock;
};

ReadFunction snmpReader(const snmp::SessionConfig &config, const QString &sensor)
{
    auto state = std::make_shared<SnmpState>();
    state->config = config;
    state->sensor = sensor;
    return [state]() -> Result<survey::Reading> {
        if (!state->session) {
            auto opened = snmp::SnmpSession::open(state->config);
            if (!opened)
                return std::unexpected(opened.error());
            state->session = std::move(*opened);
        }
        auto entity = snmp::readEntitySensors(*state->session, state->clock);
        if (!entity) {
            state->session.reset();
            return std::unexpected(entity.error());
        }
        const QString endpoint = state->config.endpoint();
        auto reading = survey::readingFromSensors(entity->readings, endpoint, state->sensor);
        if (reading || !state->sensor.isEmpty())
            return reading;
        auto ups = snmp::readUps(*state->session, state->clock);
        if (!ups || ups->readings.isEmpty())
            return reading;
        return survey::readingFromSensors(ups->readings, endpoint, {});
    };
}

// The poll thread: reads every `interval` until stopped or `count` reads are done, and hands each
// result to `deliver` (called on this thread; it posts to the GUI).
class Poller {
public:
    using Deliver = std::function<void(int index, const Result<survey::Reading> &)>;
    Poller(ReadFunction read, std::chrono::milliseconds interval, int count, Deliver deliver,
           std::function<void()> finished)
        : m_thread([this, read = std::move(read), interval, count, deliver = std::move(deliver),
                    finished = std::move(finished)] {
            const auto start = std::chrono::steady_clock::now();
            for (int i = 0; count <= 0 || i < count; ++i) {
                {
                    std::unique_lock lock(m_mutex);
                    if (m_wake.wait_until(lock, start + i * interval, [this] { return m_stop; }))
                        break;
                }
                deliver(i, read());
            }
            finished();
        })
    {}
    ~Poller()
    {
        stop();
        if (m_thread.joinable())
            m_thread.join();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_wake.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread; // last: starts after the members above exist
};

} // namespace

struct SensorPollDialog::Private {
    SensorPollDialog *q = nullptr;
    std::shared_ptr<api::Inventory> inventory;
    api::Survey survey;

    QComboBox *protocol = nullptr;
    QStackedWidget *pages = nullptr;
    QLineEdit *host = nullptr;
    QSpinBox *port = nullptr;
    QLineEdit *serial = nullptr;
    QComboBox *baud = nullptr;
    QComboBox *parity = nullptr;
    QWidget *modbusBox = nullptr;
    QSpinBox *unit = nullptr;
    QComboBox *map = nullptr;
    QLineEdit *mapFile = nullptr;
    QPushButton *browse = nullptr;
    QWidget *fileRow = nullptr;
    QLabel *presetNote = nullptr;
    QComboBox *snmpVersion = nullptr;
    QLineEdit *community = nullptr;
    QLineEdit *user = nullptr;
    QComboBox *authProtocol = nullptr;
    QLineEdit *authPass = nullptr;
    QLineEdit *privPass = nullptr;
    QLineEdit *sensor = nullptr;
    QDoubleSpinBox *interval = nullptr;
    QSpinBox *duration = nullptr;
    QPushButton *start = nullptr;
    QPushButton *stop = nullptr;
    QPushButton *save = nullptr;
    QPushButton *close = nullptr;
    QTableWidget *table = nullptr;
    QLabel *count = nullptr;
    QLabel *status = nullptr;
    QLabel *error = nullptr;

    std::unique_ptr<Poller> poller;
    bool polling = false;
    bool stopping = false;
    bool saving = false;
    bool saved = false;
    bool confirmClose = true;
    int failures = 0;
    int total = 0; // reads planned; 0: until Stop
    QString device;
    QList<survey::Reading> readings;

    void build();
    void updatePages();
    void updateButtons();
    void startPolling();
    void stopPolling();
    void onResult(int index, const Result<survey::Reading> &result);
    void onFinished();
    void saveReadings();
    void showError(const QString &text);
    Result<ReadFunction> reader();
};

void SensorPollDialog::Private::build()
{
    protocol = new QComboBox;
    protocol->addItem(tr("Modbus TCP"));
    protocol->addItem(tr("Modbus RTU (RS485)"));
    protocol->addItem(tr("SNMP (ENTITY-SENSOR-MIB, UPS-MIB)"));

    // Network (Modbus TCP and SNMP) / serial (Modbus RTU).
    host = new QLineEdit;
    host->setPlaceholderText(tr("IP address or name, e.g. 10.0.0.5"));
    port = new QSpinBox;
    port->setRange(1, 65535);
    port->setValue(502);
    auto *netPage = new QWidget;
    auto *netForm = new QFormLayout(netPage);
    netForm->setContentsMargins(0, 0, 0, 0);
    netForm->addRow(tr("Host:"), host);
    netForm->addRow(tr("Port:"), port);

    serial = new QLineEdit;
    serial->setPlaceholderText(QStringLiteral("/dev/ttyUSB0"));
    baud = new QComboBox;
    baud->setEditable(true);
    for (int b : {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200})
        baud->addItem(QString::number(b));
    baud->setCurrentText(QStringLiteral("9600"));
    parity = new QComboBox;
    parity->addItem(tr("None"), QStringLiteral("none"));
    parity->addItem(tr("Even"), QStringLiteral("even"));
    parity->addItem(tr("Odd"), QStringLiteral("odd"));
    auto *serialPage = new QWidget;
    auto *serialForm = new QFormLayout(serialPage);
    serialForm->setContentsMargins(0, 0, 0, 0);
    serialForm->addRow(tr("Serial port:"), serial);
    serialForm->addRow(tr("Baud rate:"), baud);
    serialForm->addRow(tr("Parity:"), parity);

    snmpVersion = new QComboBox;
    snmpVersion->addItem(QStringLiteral("v2c"), QStringLiteral("2c"));
    snmpVersion->addItem(tr("v3 (authPriv)"), QStringLiteral("3"));
    community = new QLineEdit(QStringLiteral("public"));
    community->setEchoMode(QLineEdit::Password);
    user = new QLineEdit;
    authProtocol = new QComboBox;
    authProtocol->addItems({QStringLiteral("SHA"), QStringLiteral("SHA-256")});
    authPass = new QLineEdit;
    authPass->setEchoMode(QLineEdit::Password);
    privPass = new QLineEdit;
    privPass->setEchoMode(QLineEdit::Password);
    privPass->setPlaceholderText(tr("AES, at least 8 characters"));
    authPass->setPlaceholderText(tr("at least 8 characters"));
    sensor = new QLineEdit;
    sensor->setPlaceholderText(tr("first temperature sensor"));
    auto *snmpPage = new QWidget;
    auto *snmpForm = new QFormLayout(snmpPage);
    snmpForm->setContentsMargins(0, 0, 0, 0);
    snmpForm->addRow(tr("Version:"), snmpVersion);
    snmpForm->addRow(tr("Community:"), community);
    snmpForm->addRow(tr("User:"), user);
    snmpForm->addRow(tr("Authentication:"), authProtocol);
    snmpForm->addRow(tr("Auth passphrase:"), authPass);
    snmpForm->addRow(tr("Privacy passphrase:"), privPass);
    snmpForm->addRow(tr("Sensor (index or label):"), sensor);

    pages = new QStackedWidget;
    pages->addWidget(new QWidget); // TCP: the network form is above the stack
    pages->addWidget(serialPage);
    pages->addWidget(snmpPage);

    unit = new QSpinBox;
    unit->setRange(1, 247);
    map = new QComboBox;
    for (const modbus::RegisterMapPreset &p : modbus::registerMapPresets())
        map->addItem(p.title, p.id);
    map->addItem(tr("Register map file (JSON)…"), QString());
    mapFile = new QLineEdit;
    mapFile->setPlaceholderText(tr("register map .json"));
    browse = new QPushButton(tr("Browse…"));
    presetNote = new QLabel;
    presetNote->setWordWrap(true);
    fileRow = new QWidget;
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(mapFile, 1);
    fileLayout->addWidget(browse);
    modbusBox = new QWidget;
    auto *modbusForm = new QFormLayout(modbusBox);
    modbusForm->setContentsMargins(0, 0, 0, 0);
    modbusForm->addRow(tr("Unit id:"), unit);
    modbusForm->addRow(tr("Register map:"), map);
    modbusForm->addRow(QString(), fileRow);
    modbusForm->addRow(QString(), presetNote);

    interval = new QDoubleSpinBox;
    interval->setRange(0.2, 3600);
    interval->setDecimals(1);
    interval->setValue(5);
    interval->setSuffix(tr(" s"));
    duration = new QSpinBox;
    duration->setRange(0, 31 * 86400);
    duration->setValue(0);
    duration->setSuffix(tr(" s"));
    duration->setSpecialValueText(tr("until Stop"));
    auto *timing = new QFormLayout;
    timing->addRow(tr("Interval:"), interval);
    timing->addRow(tr("Duration:"), duration);

    auto *settings = new QGroupBox(tr("Sensor"));
    auto *settingsLayout = new QVBoxLayout(settings);
    auto *protoForm = new QFormLayout;
    protoForm->addRow(tr("Protocol:"), protocol);
    settingsLayout->addLayout(protoForm);
    settingsLayout->addWidget(netPage);
    settingsLayout->addWidget(pages);
    settingsLayout->addWidget(modbusBox);
    settingsLayout->addLayout(timing);
    q->connect(protocol, &QComboBox::currentIndexChanged, q, [this, netPage] {
        netPage->setVisible(protocol->currentIndex() != ModbusRtu);
        updatePages();
    });

    table = new QTableWidget(0, 4);
    table->setHorizontalHeaderLabels(
        {tr("Time (UTC)"), tr("Temperature (°C)"), tr("Humidity (%RH)"), tr("Dew point (°C)")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    count = new QLabel;
    status = new QLabel;
    status->setWordWrap(true);
    error = new QLabel;
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->hide();

    start = new QPushButton(tr("Start"));
    stop = new QPushButton(tr("Stop"));
    save = new QPushButton(tr("Save to Survey"));
    close = new QPushButton(tr("Close"));
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(start, QDialogButtonBox::ActionRole);
    buttons->addButton(stop, QDialogButtonBox::ActionRole);
    buttons->addButton(save, QDialogButtonBox::AcceptRole);
    buttons->addButton(close, QDialogButtonBox::RejectRole);
    start->setDefault(true);

    auto *layout = new QVBoxLayout(q);
    layout->addWidget(settings);
    layout->addWidget(table, 1);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(count);
    countRow->addStretch(1);
    layout->addLayout(countRow);
    layout->addWidget(status);
    layout->addWidget(error);
    layout->addWidget(buttons);

    q->connect(map, &QComboBox::currentIndexChanged, q, [this] { updatePages(); });
    q->connect(snmpVersion, &QComboBox::currentIndexChanged, q, [this] { updatePages(); });
    q->connect(browse, &QPushButton::clicked, q, [this] {
        const QString path = QFileDialog::getOpenFileName(q, tr("Register Map"), QString(),
                                                          tr("Register maps (*.json)"));
        if (!path.isEmpty())
            mapFile->setText(path);
    });
    q->connect(start, &QPushButton::clicked, q, [this] { startPolling(); });
    q->connect(stop, &QPushButton::clicked, q, [this] { stopPolling(); });
    q->connect(save, &QPushButton::clicked, q, [this] { saveReadings(); });
    q->connect(close, &QPushButton::clicked, q, &QDialog::reject);

    // One label column for the forms stacked in the group.
    int labelWidth = 0;
    const QList<QFormLayout *> forms{protoForm, netForm, serialForm, snmpForm, modbusForm, timing};
    for (QFormLayout *form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
                label && label->widget())
                labelWidth = std::max(labelWidth, label->widget()->sizeHint().width());
    for (QFormLayout *form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
                label && label->widget())
                label->widget()->setMinimumWidth(labelWidth);

    updatePages();
    updateButtons();
}

void SensorPollDialog::Private::updatePages()
{
    const int p = protocol->currentIndex();
    pages->setCurrentIndex(p);
    pages->setVisible(p != ModbusTcp);
    modbusBox->setVisible(p != Snmp);
    const bool v3 = snmpVersion->currentData().toString() == u"3";
    community->setEnabled(!v3);
    user->setEnabled(v3);
    authProtocol->setEnabled(v3);
    authPass->setEnabled(v3);
    privPass->setEnabled(v3);
    const QString presetId = map->currentData().toString();
    fileRow->setVisible(presetId.isEmpty());
    const auto preset = modbus::registerMapPreset(presetId);
    presetNote->setVisible(preset.has_value());
    if (preset) {
        presetNote->setText(preset->confidence == api::Confidence::High
                                ? tr("Source: %1").arg(preset->source)
                                : tr("Source: %1. Not read from the vendor's manual: compare the "
                                     "first reading with the sensor's display.")
                                      .arg(preset->source));
    }
}

void SensorPollDialog::Private::updateButtons()
{
    const bool busy = polling || saving;
    start->setEnabled(!busy && !saved);
    stop->setEnabled(polling && !stopping);
    save->setEnabled(!busy && !readings.isEmpty() && !saved);
    for (QWidget *w : std::initializer_list<QWidget *>{protocol, host, port, serial, baud, parity,
                                                       unit, map, mapFile, browse, snmpVersion,
                                                       community, user, authProtocol, authPass,
                                                       privPass, sensor, interval, duration})
        w->setEnabled(!busy);
    if (!busy)
        updatePages(); // re-applies the v2c/v3 enabling
    count->setText(failures > 0
                       ? tr("%n reading(s), %1 failed", nullptr, int(readings.size())).arg(failures)
                       : tr("%n reading(s)", nullptr, int(readings.size())));
}

void SensorPollDialog::Private::showError(const QString &text)
{
    error->setText(text);
    error->setVisible(!text.isEmpty());
}

Result<ReadFunction> SensorPollDialog::Private::reader()
{
    const int p = protocol->currentIndex();
    if (p == Snmp) {
        QVariantMap v;
        v.insert(QStringLiteral("host"), host->text().trimmed());
        v.insert(QStringLiteral("port"), port->value());
        v.insert(QStringLiteral("version"), snmpVersion->currentData());
        if (snmpVersion->currentData().toString() == u"3") {
            v.insert(QStringLiteral("user"), user->text().trimmed());
            v.insert(QStringLiteral("authProtocol"), authProtocol->currentText());
            v.insert(QStringLiteral("authPassphrase"), authPass->text());
            v.insert(QStringLiteral("privPassphrase"), privPass->text());
        } else {
            v.insert(QStringLiteral("community"), community->text());
        }
        auto config = snmp::sessionConfigFromSettings(v);
        if (!config)
            return std::unexpected(config.error());
        device = config->endpoint();
        return snmpReader(*config, sensor->text().trimmed());
    }
    QVariantMap v;
    if (p == ModbusTcp) {
        v.insert(QStringLiteral("transport"), QStringLiteral("tcp"));
        v.insert(QStringLiteral("host"), host->text().trimmed());
        v.insert(QStringLiteral("port"), port->value());
    } else {
        v.insert(QStringLiteral("transport"), QStringLiteral("rtu"));
        v.insert(QStringLiteral("device"), serial->text().trimmed());
        v.insert(QStringLiteral("baud"), baud->currentText().trimmed());
        v.insert(QStringLiteral("parity"), parity->currentData());
    }
    v.insert(QStringLiteral("unitId"), unit->value());
    auto connection = modbus::connectionFromSettings(v);
    if (!connection)
        return std::unexpected(connection.error());
    modbus::RegisterMap registers;
    const QString presetId = map->currentData().toString();
    if (const auto preset = modbus::registerMapPreset(presetId)) {
        registers = preset->map;
    } else {
        const QString path = mapFile->text().trimmed();
        if (path.isEmpty())
            return api::fail(Code::Validation,
                             tr("Choose a register map file, or one of the presets."));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return api::fail(Code::BadInput, tr("The register map %1 cannot be read: %2")
                                                 .arg(path, f.errorString()));
        auto parsed = modbus::parseRegisterMap(f.read(1 << 20), QFileInfo(path).fileName());
        if (!parsed)
            return std::unexpected(parsed.error());
        registers = *parsed;
    }
    device = connection->describe();
    return modbusReader(*connection, registers);
}

void SensorPollDialog::Private::startPolling()
{
    if (polling)
        return;
    auto read = reader();
    if (!read) {
        showError(read.error().message);
        return;
    }
    showError({});
    readings.clear();
    failures = 0;
    table->setRowCount(0);
    const auto step = std::chrono::milliseconds(qint64(interval->value() * 1000.0));
    total = duration->value() > 0 ? int(duration->value() / interval->value()) + 1
                                  : 0; // until Stop
    polling = true;
    stopping = false;
    status->setText(total > 0 ? tr("Reading %1 every %2 s, %n read(s)…", nullptr, total)
                                    .arg(device, QString::number(interval->value()))
                              : tr("Reading %1 every %2 s until Stop…")
                                    .arg(device, QString::number(interval->value())));
    updateButtons();
    // The poller's callbacks run on its thread: post to the dialog. The dialog's destructor
    // joins the thread first, so the dialog outlives every post; ~QObject drops undelivered ones.
    SensorPollDialog *dialog = q;
    poller = std::make_unique<Poller>(
        std::move(*read), step, total,
        [dialog](int index, const Result<survey::Reading> &result) {
            QMetaObject::invokeMethod(
                dialog, [dialog, index, result] { dialog->d->onResult(index, result); },
                Qt::QueuedConnection);
        },
        [dialog] {
            QMetaObject::invokeMethod(
                dialog, [dialog] { dialog->d->onFinished(); }, Qt::QueuedConnection);
        });
}

void SensorPollDialog::Private::stopPolling()
{
    if (!polling || !poller)
        return;
    stopping = true;
    poller->stop();
    status->setText(tr("Stopping (a read in progress finishes first)…"));
    updateButtons();
}

void SensorPollDialog::Private::onResult(int index, const Result<survey::Reading> &result)
{
    if (!result) {
        ++failures;
        const bool last = total > 0 && index + 1 >= total;
        showError((last ? tr("Read %1 from %2 failed: %3")
                        : tr("Read %1 from %2 failed: %3 Trying again at the next interval."))
                      .arg(index + 1)
                      .arg(device, result.error().message));
        updateButtons();
        return;
    }
    showError({});
    const survey::Reading &r = *result;
    readings << r;
    const int row = table->rowCount();
    table->insertRow(row);
    const auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    table->setItem(row, 0,
                   cell(QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    table->setItem(row, 1, cell(QString::number(r.temperatureC, 'f', 1)));
    table->setItem(row, 2,
                   cell(r.humidityRH ? QString::number(*r.humidityRH, 'f', 1)
                                     : QStringLiteral("—")));
    const std::optional<double> dew = r.humidityRH
                                          ? survey::dewPointC(r.temperatureC, *r.humidityRH)
                                          : std::nullopt;
    table->setItem(row, 3, cell(dew ? QString::number(*dew, 'f', 1) : QStringLiteral("—")));
    table->scrollToBottom();
    updateButtons();
}

void SensorPollDialog::Private::onFinished()
{
    poller.reset(); // joins: the thread has returned
    polling = false;
    stopping = false;
    if (readings.isEmpty())
        status->setText(failures > 0 ? tr("Nothing was read from %1. Check the settings and the "
                                          "message below, then start again.")
                                           .arg(device)
                                     : tr("Stopped before anything was read."));
    else
        status->setText(tr("Done: %n reading(s). Save stores them in the survey as one "
                           "readings item.",
                           nullptr, int(readings.size())));
    updateButtons();
}

void SensorPollDialog::Private::saveReadings()
{
    if (readings.isEmpty() || polling || saving)
        return;
    survey::NewItem item;
    item.kind = api::SurveyItemKind::Readings;
    item.payload = survey::readingsPayload(readings);
    item.author = who();
    item.takenAtMs = readings.first().timestampMs;
    saving = true;
    status->setText(tr("Saving…"));
    updateButtons();
    auto inv = inventory;
    const api::Survey s = survey;
    AsyncTask::run(
        q, [inv, s, item] { return survey::addSurveyItem(*inv, s, item); },
        [this](api::Result<api::SurveyItem> added) {
            saving = false;
            if (!added) {
                showError(tr("The readings could not be saved: %1").arg(added.error().message));
                status->clear();
                updateButtons();
                return;
            }
            saved = true;
            status->setText(tr("Saved as '%1'.").arg(added->name));
            updateButtons();
            Q_EMIT q->itemAdded(*added);
            q->accept();
        });
}

SensorPollDialog::SensorPollDialog(std::shared_ptr<api::Inventory> inventory,
                                   const api::Survey &survey, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->inventory = std::move(inventory);
    d->survey = survey;
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Poll Sensor: %1").arg(survey.name));
    d->build();
    resize(640, 640);
}

SensorPollDialog::~SensorPollDialog()
{
    d->poller.reset(); // stops and joins before the dialog goes
}

QComboBox *SensorPollDialog::protocolCombo() const { return d->protocol; }
QLineEdit *SensorPollDialog::hostEdit() const { return d->host; }
QSpinBox *SensorPollDialog::portSpin() const { return d->port; }
QSpinBox *SensorPollDialog::unitSpin() const { return d->unit; }
QComboBox *SensorPollDialog::mapCombo() const { return d->map; }
QLineEdit *SensorPollDialog::mapFileEdit() const { return d->mapFile; }
QLineEdit *SensorPollDialog::serialEdit() const { return d->serial; }
QLineEdit *SensorPollDialog::communityEdit() const { return d->community; }
QDoubleSpinBox *SensorPollDialog::intervalSpin() const { return d->interval; }
QSpinBox *SensorPollDialog::durationSpin() const { return d->duration; }
QPushButton *SensorPollDialog::startButton() const { return d->start; }
QPushButton *SensorPollDialog::stopButton() const { return d->stop; }
QPushButton *SensorPollDialog::saveButton() const { return d->save; }
QTableWidget *SensorPollDialog::table() const { return d->table; }
QLabel *SensorPollDialog::countLabel() const { return d->count; }
QLabel *SensorPollDialog::errorLabel() const { return d->error; }
bool SensorPollDialog::isPolling() const { return d->polling; }
int SensorPollDialog::readingCount() const { return int(d->readings.size()); }
void SensorPollDialog::setConfirmClose(bool confirm) { d->confirmClose = confirm; }

void SensorPollDialog::reject()
{
    if (d->saving)
        return;
    const bool unsaved = !d->readings.isEmpty() && !d->saved;
    if (d->confirmClose && (d->polling || unsaved)) {
        const auto answer = QMessageBox::question(
            this, tr("Close"),
            d->polling
                ? tr("The sensor is still being polled. Stop and close without saving "
                     "the readings?")
                : tr("Close without saving the %n reading(s)?", nullptr, int(d->readings.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (d->poller)
        d->poller->stop();
    QDialog::reject();
}

} // namespace edge::widgets
