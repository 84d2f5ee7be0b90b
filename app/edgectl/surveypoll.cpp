// `survey poll` (issue 4): reads a temperature/humidity sensor live, over Modbus TCP or RTU
// (device-protocols/modbus: a preset or a register map file) or SNMP v2c/v3
// (device-protocols/snmp: ENTITY-SENSOR-MIB sensors, else the UPS-MIB battery temperature), at an
// interval for a count or a duration, prints each reading, and stores them all as ONE readings
// item of the survey. SIGINT/SIGTERM stops early and stores what was read. A failed read is
// reported and retried at the next interval; when nothing at all was read, the device error is the
// command's error and nothing is stored. See docs/survey-temperature.md, "Live sensors".
#include "app/edgectl/command.h"
#include "app/edgectl/interrupt.h"
#include "app/edgectl/surveyargs.h"
#include "app/edgectl/tr.h"
#include "backend/api/clock.h"
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

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>

namespace edge::edgectl {

namespace {

using api::Code;
using api::Error;
using api::Result;

Error usageError(const QString &message, const QString &option)
{
    return Error{Code::Usage, message, {}, option};
}

// One sensor, read again and again. Blocking reads (each bounded by the device timeout).
class SensorSource {
public:
    virtual ~SensorSource() = default;
    virtual QString describe() const = 0;
    virtual Result<survey::Reading> read() = 0;
};

class ModbusSource final : public SensorSource {
public:
    ModbusSource(modbus::ModbusConnection connection, modbus::RegisterMap map)
        : m_session(std::move(connection))
        , m_map(std::move(map))
    {}
    QString describe() const override { return m_session.connection().describe(); }
    Result<survey::Reading> read() override
    {
        auto readings = m_session.poll(m_map);
        if (!readings) {
            m_session.close(); // reconnect at the next read
            return std::unexpected(readings.error());
        }
        return survey::readingFromSensors(*readings, describe(), {});
    }

private:
    modbus::ModbusSession m_session;
    modbus::RegisterMap m_map;
};

class SnmpSource final : public SensorSource {
public:
    SnmpSource(snmp::SessionConfig config, QString sensor)
        : m_config(std::move(config))
        , m_sensor(std::move(sensor))
    {}
    QString describe() const override { return m_config.endpoint(); }
    Result<survey::Reading> read() override
    {
        if (!m_session) {
            auto opened = snmp::SnmpSession::open(m_config);
            if (!opened)
                return std::unexpected(opened.error());
            m_session = std::move(*opened);
        }
        auto entity = snmp::readEntitySensors(*m_session, m_clock);
        if (!entity) {
            m_session.reset();
            return std::unexpected(entity.error());
        }
        auto reading = survey::readingFromSensors(entity->readings, describe(), m_sensor);
        if (reading || !m_sensor.isEmpty())
            return reading;
        // No entity temperature sensor: a UPS reports its battery temperature.
        auto ups = snmp::readUps(*m_session, m_clock);
        if (!ups || ups->readings.isEmpty())
            return reading;
        return survey::readingFromSensors(ups->readings, describe(), {});
    }

private:
    snmp::SessionConfig m_config;
    QString m_sensor;
    std::unique_ptr<snmp::SnmpSession> m_session;
    api::SystemClock m_clock;
};

// --modbus tcp://HOST[:PORT] | rtu:/dev/ttyUSB0 (also rtu:///dev/ttyUSB0) and the serial options.
Result<std::unique_ptr<SensorSource>> modbusSource(const ParsedArgs &a)
{
    const QString target = a.value(QStringLiteral("modbus")).trimmed();
    QVariantMap values;
    if (target.startsWith(u"tcp://")) {
        const QUrl url(target);
        if (!url.isValid() || url.host().isEmpty())
            return std::unexpected(
                usageError(Tr::tr("--modbus %1 is not an address: write tcp://HOST:PORT, e.g. "
                                  "tcp://10.0.0.5:502.")
                               .arg(target),
                           QStringLiteral("--modbus")));
        values.insert(QStringLiteral("transport"), QStringLiteral("tcp"));
        values.insert(QStringLiteral("host"), url.host());
        values.insert(QStringLiteral("port"), url.port(502));
    } else if (target.startsWith(u"rtu:")) {
        QString device = target.mid(4);
        while (device.startsWith(u"//"))
            device.remove(0, 1);
        values.insert(QStringLiteral("transport"), QStringLiteral("rtu"));
        values.insert(QStringLiteral("device"), device);
        if (a.has(QStringLiteral("baud")))
            values.insert(QStringLiteral("baud"), a.value(QStringLiteral("baud")));
        if (a.has(QStringLiteral("parity"))) {
            const QString p = a.value(QStringLiteral("parity")).trimmed().toLower();
            values.insert(QStringLiteral("parity"), p == u"n"   ? QStringLiteral("none")
                                                    : p == u"e" ? QStringLiteral("even")
                                                    : p == u"o" ? QStringLiteral("odd")
                                                                : p);
        }
        if (a.has(QStringLiteral("data-bits")))
            values.insert(QStringLiteral("dataBits"), a.value(QStringLiteral("data-bits")));
        if (a.has(QStringLiteral("stop-bits")))
            values.insert(QStringLiteral("stopBits"), a.value(QStringLiteral("stop-bits")));
    } else {
        return std::unexpected(
            usageError(Tr::tr(
                           "--modbus takes tcp://HOST:PORT or rtu:DEVICE (e.g. rtu:/dev/ttyUSB0)."),
                       QStringLiteral("--modbus")));
    }

    modbus::RegisterMap map;
    int unitId = 1;
    if (a.has(QStringLiteral("map"))) {
        const QString path = a.value(QStringLiteral("map"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return api::fail(Code::BadInput,
                             Tr::tr("The register map %1 cannot be read: %2")
                                 .arg(path, f.errorString()),
                             {}, QStringLiteral("--map"));
        auto parsed = modbus::parseRegisterMap(f.read(1 << 20), QFileInfo(path).fileName());
        if (!parsed)
            return std::unexpected(parsed.error());
        map = *parsed;
    } else {
        const QString id = a.has(QStringLiteral("preset")) ? a.value(QStringLiteral("preset"))
                                                           : QStringLiteral("generic-th-holding");
        const auto preset = modbus::registerMapPreset(id);
        if (!preset) {
            QStringList ids;
            for (const modbus::RegisterMapPreset &p : modbus::registerMapPresets())
                ids << p.id;
            return std::unexpected(usageError(Tr::tr("There is no preset '%1'. Presets: %2.")
                                                  .arg(id, ids.join(QStringLiteral(", "))),
                                              QStringLiteral("--preset")));
        }
        map = preset->map;
        unitId = preset->defaultUnitId;
        if (!a.has(QStringLiteral("baud"))
            && values.value(QStringLiteral("transport")).toString() == u"rtu")
            values.insert(QStringLiteral("baud"), preset->defaultBaud);
    }
    values.insert(QStringLiteral("unitId"), a.has(QStringLiteral("unit"))
                                                ? QVariant(a.value(QStringLiteral("unit")))
                                                : QVariant(unitId));
    if (a.has(QStringLiteral("timeout")))
        values.insert(QStringLiteral("timeoutMs"), a.value(QStringLiteral("timeout")));
    auto connection = modbus::connectionFromSettings(values);
    if (!connection)
        return std::unexpected(connection.error());
    return std::make_unique<ModbusSource>(*connection, map);
}

// --snmp HOST[:PORT] with --community (or EDGE_SNMP_COMMUNITY) or the v3 options; passphrases
// also from EDGE_SNMP_AUTH_PASSPHRASE / EDGE_SNMP_PRIV_PASSPHRASE (not in the process list).
Result<std::unique_ptr<SensorSource>> snmpSource(const ParsedArgs &a)
{
    const QString target = a.value(QStringLiteral("snmp")).trimmed();
    const QUrl url(QStringLiteral("snmp://") + target);
    if (target.isEmpty() || !url.isValid() || url.host().isEmpty())
        return std::unexpected(usageError(
            Tr::tr("--snmp %1 is not an address: write HOST or HOST:PORT, e.g. 10.0.0.9:161.")
                .arg(target),
            QStringLiteral("--snmp")));
    QVariantMap values;
    values.insert(QStringLiteral("host"), url.host());
    values.insert(QStringLiteral("port"), url.port(161));
    const auto optionOrEnv = [&](const char *option, const char *env, const char *key) {
        if (a.has(QLatin1String(option)))
            values.insert(QLatin1String(key), a.value(QLatin1String(option)));
        else if (env && qEnvironmentVariableIsSet(env))
            values.insert(QLatin1String(key), qEnvironmentVariable(env));
    };
    optionOrEnv("snmp-version", nullptr, "version");
    optionOrEnv("community", "EDGE_SNMP_COMMUNITY", "community");
    optionOrEnv("user", nullptr, "user");
    optionOrEnv("auth-protocol", nullptr, "authProtocol");
    optionOrEnv("auth-passphrase", "EDGE_SNMP_AUTH_PASSPHRASE", "authPassphrase");
    optionOrEnv("priv-protocol", nullptr, "privProtocol");
    optionOrEnv("priv-passphrase", "EDGE_SNMP_PRIV_PASSPHRASE", "privPassphrase");
    if (a.has(QStringLiteral("timeout")))
        values.insert(QStringLiteral("timeoutMs"), a.value(QStringLiteral("timeout")));
    auto config = snmp::sessionConfigFromSettings(values);
    if (!config)
        return std::unexpected(config.error());
    return std::make_unique<SnmpSource>(*config, a.value(QStringLiteral("sensor")).trimmed());
}

// Settings errors name the schema key; say the option too.
Error withOption(Error e)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("host"), QStringLiteral("--modbus")},
        {QStringLiteral("device"), QStringLiteral("--modbus")},
        {QStringLiteral("port"), QStringLiteral("--modbus")},
        {QStringLiteral("unitId"), QStringLiteral("--unit")},
        {QStringLiteral("baud"), QStringLiteral("--baud")},
        {QStringLiteral("parity"), QStringLiteral("--parity")},
        {QStringLiteral("dataBits"), QStringLiteral("--data-bits")},
        {QStringLiteral("stopBits"), QStringLiteral("--stop-bits")},
        {QStringLiteral("timeoutMs"), QStringLiteral("--timeout")},
        {QStringLiteral("version"), QStringLiteral("--snmp-version")},
        {QStringLiteral("community"), QStringLiteral("--community")},
        {QStringLiteral("user"), QStringLiteral("--user")},
        {QStringLiteral("authProtocol"), QStringLiteral("--auth-protocol")},
        {QStringLiteral("authPassphrase"), QStringLiteral("--auth-passphrase")},
        {QStringLiteral("privProtocol"), QStringLiteral("--priv-protocol")},
        {QStringLiteral("privPassphrase"), QStringLiteral("--priv-passphrase")},
    };
    if (options.contains(e.field))
        e.field = options.value(e.field);
    return e;
}

QString readingText(const survey::Reading &r)
{
    const QString t = QString::number(r.temperatureC, 'f', 1);
    if (r.humidityRH)
        return Tr::tr("%1  %2 °C  %3 %RH")
            .arg(formatUtc(r.timestampMs), t, QString::number(*r.humidityRH, 'f', 1));
    return Tr::tr("%1  %2 °C").arg(formatUtc(r.timestampMs), t);
}

// Sleeps until `deadline` or a signal; false when stopped.
bool waitUntil(const QDeadlineTimer &deadline)
{
    while (!deadline.hasExpired()) {
        if (StopOnSignal::stopRequested())
            return false;
        QThread::msleep(quint32(std::clamp<qint64>(deadline.remainingTime(), 1, 50)));
    }
    return !StopOnSignal::stopRequested();
}

int runSurveyPoll(Context &ctx)
{
    const ParsedArgs &a = ctx.args;
    const bool useModbus = a.has(QStringLiteral("modbus"));
    const bool useSnmp = a.has(QStringLiteral("snmp"));
    if (useModbus == useSnmp)
        return ctx.usage(Tr::tr("Say which sensor to read: --modbus tcp://HOST:PORT, --modbus "
                                "rtu:DEVICE or --snmp HOST:PORT (one of them)."),
                         QStringLiteral("--modbus"));
    if (a.has(QStringLiteral("preset")) && a.has(QStringLiteral("map")))
        return ctx.usage(Tr::tr("Give --preset or --map, not both."), QStringLiteral("--map"));

    bool ok = false;
    const double interval = a.value(QStringLiteral("interval")).toDouble(&ok);
    if (!ok || !std::isfinite(interval) || interval < 0.2 || interval > 86400)
        return ctx.usage(Tr::tr("--interval takes seconds between reads, from 0.2 to 86400."),
                         QStringLiteral("--interval"));
    const bool hasCount = a.has(QStringLiteral("count"));
    const bool hasDuration = a.has(QStringLiteral("duration"));
    if (hasCount == hasDuration)
        return ctx.usage(Tr::tr("Say how long to poll: --count N or --duration SECONDS (one "
                                "of them)."),
                         QStringLiteral("--count"));
    int count = 0;
    double duration = 0;
    if (hasCount) {
        count = a.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1 || count > 100000)
            return ctx.usage(Tr::tr("--count takes a number of reads from 1 to 100000."),
                             QStringLiteral("--count"));
    } else {
        duration = a.value(QStringLiteral("duration")).toDouble(&ok);
        if (!ok || !std::isfinite(duration) || duration <= 0 || duration > 31 * 86400.0)
            return ctx.usage(Tr::tr("--duration takes seconds to poll, more than 0 and at most "
                                    "31 days."),
                             QStringLiteral("--duration"));
        count = int(std::min(100000.0, std::floor(duration / interval) + 1));
    }

    auto source = useModbus ? modbusSource(a) : snmpSource(a);
    if (!source)
        return ctx.fail(withOption(source.error()));

    // The survey first: a wrong name fails before the sensor is read.
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    api::Inventory &inv = conn->inventory();
    auto survey = findSurvey(ctx, inv);
    if (!survey)
        return ctx.fail(survey.error());
    if (survey->status == api::SurveyStatus::Final)
        return ctx.fail(Error{Code::FailedPrecondition,
                              Tr::tr("The survey '%1' is final and takes no more measurements.")
                                  .arg(survey->name),
                              {},
                              {}});

    SensorSource &sensor = **source;
    const bool json = ctx.out.json();
    if (!json)
        ctx.out.out(Tr::tr("Reading %1 every %2 s (%3). Ctrl+C stops and stores what was read.")
                        .arg(sensor.describe(), QString::number(interval))
                        .arg(hasCount ? Tr::tr("%n read(s)", nullptr, count)
                                      : Tr::tr("for %1 s").arg(QString::number(duration))));

    QList<survey::Reading> readings;
    int failures = 0;
    std::optional<Error> lastError;
    bool stopped = false;
    {
        StopOnSignal stopOnSignal;
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < count; ++i) {
            if (i > 0) {
                const qint64 dueMs = startMs + qint64(std::llround(i * interval * 1000.0));
                const QDeadlineTimer due(
                    std::max<qint64>(0, dueMs - QDateTime::currentMSecsSinceEpoch()));
                if (!waitUntil(due)) {
                    stopped = true;
                    break;
                }
            }
            auto reading = sensor.read();
            if (reading) {
                readings << *reading;
                if (!json)
                    ctx.out.out(readingText(*reading));
            } else {
                ++failures;
                lastError = reading.error();
                ctx.out.err((i + 1 < count
                                 ? Tr::tr("Read %1 failed: %2 (trying again at the next interval)")
                                 : Tr::tr("Read %1 failed: %2"))
                                .arg(i + 1)
                                .arg(reading.error().message));
            }
            if (StopOnSignal::stopRequested()) {
                stopped = i + 1 < count;
                break;
            }
        }
    }

    if (readings.isEmpty()) {
        if (stopped && !lastError)
            return ctx.fail(Error{Code::Cancelled,
                                  Tr::tr("Stopped before anything was read; nothing was stored."),
                                  {},
                                  {}});
        Error e = lastError.value_or(Error{Code::DeviceIo, Tr::tr("Nothing was read."), {}, {}});
        e.message = Tr::tr("Nothing was read from %1, so nothing was stored. %2")
                        .arg(sensor.describe(), e.message);
        return ctx.fail(e);
    }
    if (stopped)
        ctx.out.err(Tr::tr("Stopped early: storing the %n reading(s) taken so far.", nullptr,
                           int(readings.size())));

    survey::NewItem add;
    add.kind = api::SurveyItemKind::Readings;
    add.payload = survey::readingsPayload(readings);
    add.name = a.value(QStringLiteral("name"));
    add.author = currentUser(*conn);
    add.takenAtMs = readings.first().timestampMs;
    auto created = survey::addSurveyItem(inv, *survey, add);
    if (!created)
        return ctx.fail(created.error());
    if (json) {
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("survey"), survey->id},
                                    {QStringLiteral("item"), created->id},
                                    {QStringLiteral("name"), created->name},
                                    {QStringLiteral("readings"), int(readings.size())},
                                    {QStringLiteral("failures"), failures},
                                    {QStringLiteral("stopped"), stopped}});
    } else {
        ctx.out.out(Tr::tr("Added %n reading(s) from %1 to the survey '%2' as '%3'.", nullptr,
                           int(readings.size()))
                        .arg(sensor.describe(), survey->name, created->name));
        if (failures > 0)
            ctx.out.err(Tr::tr("%n read(s) failed.", nullptr, failures));
    }
    return 0;
}

} // namespace

QList<Command> surveyPollCommands()
{
    Command c;
    c.group = QStringLiteral("survey");
    c.action = QStringLiteral("poll");
    c.synopsis = QStringLiteral("SURVEY");
    c.minPositionals = 1;
    c.maxPositionals = 1;
    c.summary = Tr::tr("Read a temperature/humidity sensor live (Modbus or SNMP) into a survey.");
    c.description = Tr::tr(
        "Reads the sensor every --interval seconds, --count times or for --duration seconds, "
        "prints each reading and stores them all as one readings item. Modbus TCP or RTU with a "
        "preset (default generic-th-holding; xy-md02, renke-rs-ws-n01) or a register map file; "
        "SNMP v2c or v3 (ENTITY-SENSOR-MIB: the first temperature sensor or --sensor, with the "
        "first humidity sensor; else the UPS-MIB battery temperature). A failed read is "
        "reported and tried again at the next interval. Ctrl+C stops and stores what was read. "
        "Secrets can come from EDGE_SNMP_COMMUNITY, EDGE_SNMP_AUTH_PASSPHRASE and "
        "EDGE_SNMP_PRIV_PASSPHRASE instead of the command line.");
    c.options = {
        {QStringLiteral("site"), QStringLiteral("SITE"),
         Tr::tr("The site the survey belongs to (id or name).")},
        {QStringLiteral("name"), QStringLiteral("NAME"),
         Tr::tr("A name for the item (default: its kind and a number).")},
        {QStringLiteral("modbus"), QStringLiteral("URL"),
         Tr::tr("tcp://HOST:PORT (Modbus TCP) or rtu:DEVICE (Modbus RTU, e.g. rtu:/dev/ttyUSB0).")},
        {QStringLiteral("preset"), QStringLiteral("ID"),
         Tr::tr("Register map preset: generic-th-holding (default), xy-md02, renke-rs-ws-n01.")},
        {QStringLiteral("map"), QStringLiteral("FILE"), Tr::tr("A register map file (JSON).")},
        {QStringLiteral("unit"), QStringLiteral("N"),
         Tr::tr("Modbus unit id (default: the preset's).")},
        {QStringLiteral("baud"), QStringLiteral("N"), Tr::tr("RTU baud rate (default 9600).")},
        {QStringLiteral("parity"), QStringLiteral("N|E|O"), Tr::tr("RTU parity (default N).")},
        {QStringLiteral("data-bits"), QStringLiteral("N"), Tr::tr("RTU data bits (default 8).")},
        {QStringLiteral("stop-bits"), QStringLiteral("N"), Tr::tr("RTU stop bits (default 1).")},
        {QStringLiteral("snmp"), QStringLiteral("HOST[:PORT]"),
         Tr::tr("The SNMP agent (port 161 by default).")},
        {QStringLiteral("snmp-version"), QStringLiteral("2c|3"),
         Tr::tr("SNMP version (default 2c).")},
        {QStringLiteral("community"), QStringLiteral("NAME"),
         Tr::tr("SNMP v2c community (default public; or EDGE_SNMP_COMMUNITY).")},
        {QStringLiteral("user"), QStringLiteral("NAME"), Tr::tr("SNMP v3 user (authPriv).")},
        {QStringLiteral("auth-protocol"), QStringLiteral("SHA|SHA-256"),
         Tr::tr("SNMP v3 authentication protocol (default SHA).")},
        {QStringLiteral("auth-passphrase"), QStringLiteral("TEXT"),
         Tr::tr("SNMP v3 authentication passphrase (or EDGE_SNMP_AUTH_PASSPHRASE).")},
        {QStringLiteral("priv-protocol"), QStringLiteral("AES"),
         Tr::tr("SNMP v3 privacy protocol (default AES).")},
        {QStringLiteral("priv-passphrase"), QStringLiteral("TEXT"),
         Tr::tr("SNMP v3 privacy passphrase (or EDGE_SNMP_PRIV_PASSPHRASE).")},
        {QStringLiteral("sensor"), QStringLiteral("INDEX|LABEL"),
         Tr::tr("SNMP: the temperature sensor by entPhysicalIndex or label.")},
        {QStringLiteral("timeout"), QStringLiteral("MS"),
         Tr::tr("How long to wait for each answer, in milliseconds.")},
        {QStringLiteral("interval"), QStringLiteral("SECONDS"),
         Tr::tr("Seconds between reads (required).")},
        {QStringLiteral("count"), QStringLiteral("N"), Tr::tr("How many reads.")},
        {QStringLiteral("duration"), QStringLiteral("SECONDS"), Tr::tr("How long to poll.")},
    };
    c.auth = Auth::Required;
    c.run = [](Context &ctx) {
        if (!ctx.args.has(QStringLiteral("interval")))
            return ctx.usage(Tr::tr("--%1 is required").arg(QStringLiteral("interval")),
                             QStringLiteral("interval"));
        return runSurveyPoll(ctx);
    };
    return {c};
}

} // namespace edge::edgectl
