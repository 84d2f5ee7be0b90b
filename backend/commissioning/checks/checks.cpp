#include "backend/commissioning/checks/checks.h"

#include "device-protocols/modbus/modbuspresets.h"
#include "device-protocols/snmp/snmpreader.h"
#include "device-protocols/snmp/snmpsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <thread>

namespace edge::commissioning {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::commissioning::checks)
};

using api::Code;
using api::Result;

constexpr int kUpsSourceNormal = 3;
constexpr int kUpsSourceBattery = 5;
constexpr int kUpsBatteryNormal = 2;

QString number(double v) { return QString::number(v, 'g', 10); }

Result<double> numberParam(const QJsonObject &params, const char *key, double fallback,
                           double min = -1e12, double max = 1e12)
{
    const QString k = QString::fromLatin1(key);
    if (!params.contains(k))
        return fallback;
    const QJsonValue v = params.value(k);
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min || v.toDouble() > max)
        return api::fail(Code::Validation,
                         Tr::tr("The check parameter \"%1\" must be a number from %2 to %3; "
                                "correct it in the template.")
                             .arg(k, number(min), number(max)),
                         {}, k);
    return v.toDouble();
}

std::optional<double> optionalNumber(const QJsonObject &params, const char *key)
{
    const QJsonValue v = params.value(QString::fromLatin1(key));
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    return std::nullopt;
}

const devices::SensorReading *findReading(const QList<devices::SensorReading> &readings,
                                          const QString &quantity)
{
    for (const devices::SensorReading &r : readings) {
        if (r.quantity == quantity)
            return &r;
    }
    return nullptr;
}

QString describe(const devices::SensorReading &r)
{
    const QString state = snmp::stateName(r);
    if (!state.isEmpty())
        return QStringLiteral("%1 (%2)").arg(state, r.raw);
    return r.unit.isEmpty() ? number(r.value)
                            : QStringLiteral("%1 %2").arg(number(r.value), r.unit);
}

Result<std::unique_ptr<snmp::SnmpSession>> openSnmp(const CheckTarget &target)
{
    if (!target.snmp)
        return api::fail(Code::Validation,
                         Tr::tr("This check reads the device over SNMP, but \"%1\" has no SNMP "
                                "settings; set its protocol to SNMP and its address.")
                             .arg(target.name),
                         {}, QStringLiteral("snmp"));
    return snmp::SnmpSession::open(*target.snmp);
}

Result<void> needModbus(const CheckTarget &target)
{
    if (!target.modbus)
        return api::fail(Code::Validation,
                         Tr::tr("This check reads the device over Modbus, but \"%1\" has no Modbus "
                                "settings; set its protocol to Modbus TCP or RTU and its address.")
                             .arg(target.name),
                         {}, QStringLiteral("modbus"));
    if (target.registerMap.entries.isEmpty())
        return api::fail(Code::Validation,
                         Tr::tr("\"%1\" has no register map; give the check a \"preset\" or a "
                                "\"register_map\".")
                             .arg(target.name),
                         {}, QStringLiteral("register_map"));
    return {};
}

QString stateOfValue(const QString &quantity, double value)
{
    if (quantity == QLatin1String("door"))
        return value != 0 ? QStringLiteral("open") : QStringLiteral("closed");
    if (quantity == QLatin1String("leak") || quantity == QLatin1String("smoke"))
        return value != 0 ? QStringLiteral("alarm") : QStringLiteral("normal");
    return {};
}

void finish(CheckOutcome &o, const api::Clock &clock) { o.finishedMs = clock.nowMs(); }

// While alive, turns the cancel flag into SnmpSession::cancel(), so a request waiting for a dead
// agent ends at once instead of after its timeout and retries.
class CancelRelay {
public:
    CancelRelay(const std::atomic_bool *cancel, snmp::SnmpSession *session)
    {
        if (!cancel || !session)
            return;
        m_thread = std::jthread([cancel, session](std::stop_token stop) {
            while (!stop.stop_requested()) {
                if (cancel->load()) {
                    session->cancel();
                    return;
                }
                QThread::msleep(20);
            }
        });
    }

private:
    std::jthread m_thread;
};

} // namespace

// ---- Targets ----------------------------------------------------------------------------------

QList<api::DeviceProtocol> deviceProtocolsFor(const QString &checkId)
{
    if (checkId.startsWith(QLatin1String("ups.")) || checkId.startsWith(QLatin1String("snmp.")))
        return {api::DeviceProtocol::Snmp};
    if (checkId.startsWith(QLatin1String("modbus.")))
        return {api::DeviceProtocol::ModbusTcp, api::DeviceProtocol::ModbusRtu};
    return {};
}

QStringList secretsNeeded(const api::Device &device)
{
    if (device.protocol != api::DeviceProtocol::Snmp)
        return {};
    if (device.settings.value(QStringLiteral("snmp_version")).toString() == QLatin1String("3"))
        return {QStringLiteral("auth_passphrase"), QStringLiteral("priv_passphrase")};
    return {QStringLiteral("community")};
}

Result<CheckTarget> CheckTarget::fromDevice(const api::Device &device,
                                            const QJsonObject &itemParams,
                                            const DeviceSecrets &secrets)
{
    QJsonObject params = itemParams;
    for (auto it = device.settings.begin(); it != device.settings.end(); ++it)
        if (!api::isSecretSettingKey(it.key()))
            params.insert(it.key(), it.value());
    if (!secrets.community.isEmpty())
        params.insert(QStringLiteral("community"), secrets.community);
    if (!secrets.authPassphrase.isEmpty())
        params.insert(QStringLiteral("auth_passphrase"), secrets.authPassphrase);
    if (!secrets.privPassphrase.isEmpty())
        params.insert(QStringLiteral("priv_passphrase"), secrets.privPassphrase);
    CheckTarget target;
    target.name = device.name;
    const auto text = [&](const char *key) {
        return params.value(QString::fromLatin1(key)).toString();
    };
    const auto timeout = numberParam(params, "timeout_ms", 0, 0, 600000);
    if (!timeout)
        return std::unexpected(timeout.error());
    const QString address = device.address.trimmed();
    QString host = address;
    int port = 0;
    if (device.protocol != api::DeviceProtocol::ModbusRtu && address.contains(QLatin1Char(':'))
        && !address.startsWith(QLatin1Char('['))) {
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        port = address.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return api::fail(Code::Validation,
                             Tr::tr("The address \"%1\" of \"%2\" has no valid port; write "
                                    "host:port with a port from 1 to 65535.")
                                 .arg(address, device.name),
                             {}, QStringLiteral("address"));
        host = address.left(colon);
    }
    if (device.protocol != api::DeviceProtocol::None && host.isEmpty())
        return api::fail(Code::Validation,
                         Tr::tr("\"%1\" has no address; enter the device's address first.")
                             .arg(device.name),
                         {}, QStringLiteral("address"));
    switch (device.protocol) {
    case api::DeviceProtocol::None: break;
    case api::DeviceProtocol::Snmp: {
        QVariantMap settings;
        settings.insert(QStringLiteral("host"), host);
        settings.insert(QStringLiteral("port"), port > 0 ? port : 161);
        const QString version = text("snmp_version");
        settings.insert(QStringLiteral("version"),
                        version.isEmpty() ? QStringLiteral("2c") : version);
        if (!text("community").isEmpty())
            settings.insert(QStringLiteral("community"), text("community"));
        if (!text("user").isEmpty())
            settings.insert(QStringLiteral("user"), text("user"));
        if (!text("auth_protocol").isEmpty())
            settings.insert(QStringLiteral("authProtocol"), text("auth_protocol"));
        if (!text("priv_protocol").isEmpty())
            settings.insert(QStringLiteral("privProtocol"), text("priv_protocol"));
        if (!text("auth_passphrase").isEmpty())
            settings.insert(QStringLiteral("authPassphrase"), text("auth_passphrase"));
        if (!text("priv_passphrase").isEmpty())
            settings.insert(QStringLiteral("privPassphrase"), text("priv_passphrase"));
        if (*timeout > 0)
            settings.insert(QStringLiteral("timeoutMs"), int(*timeout));
        auto config = snmp::sessionConfigFromSettings(settings);
        if (!config)
            return std::unexpected(config.error());
        target.snmp = *config;
        break;
    }
    case api::DeviceProtocol::ModbusTcp:
    case api::DeviceProtocol::ModbusRtu: {
        modbus::ModbusConnection c;
        if (device.protocol == api::DeviceProtocol::ModbusTcp) {
            c.transport = modbus::Transport::Tcp;
            c.host = host;
            c.port = port > 0 ? port : 502;
        } else {
            c.transport = modbus::Transport::Rtu;
            c.device = address;
        }
        const auto unit = numberParam(params, "unit_id", 1, 0, 255);
        if (!unit)
            return std::unexpected(unit.error());
        c.unitId = int(*unit);
        if (*timeout > 0)
            c.timeout = std::chrono::milliseconds(qint64(*timeout));
        target.modbus = c;
        break;
    }
    }
    const QString preset = text("preset");
    if (params.contains(QStringLiteral("register_map"))) {
        const QJsonValue map = params.value(QStringLiteral("register_map"));
        if (!map.isObject())
            return api::fail(Code::Validation,
                             Tr::tr("The check parameter \"register_map\" must be a register map "
                                    "object (name, entries)."),
                             {}, QStringLiteral("register_map"));
        auto parsed = modbus::parseRegisterMap(QJsonDocument(map.toObject()).toJson(),
                                               QStringLiteral("register_map"));
        if (!parsed)
            return std::unexpected(parsed.error());
        target.registerMap = *parsed;
    } else if (!preset.isEmpty()) {
        const auto p = modbus::registerMapPreset(preset);
        if (!p)
            return api::fail(Code::Validation,
                             Tr::tr("There is no register map preset \"%1\"; choose one of the "
                                    "presets or give a \"register_map\".")
                                 .arg(preset),
                             {}, QStringLiteral("preset"));
        target.registerMap = p->map;
        if (target.modbus && !params.contains(QStringLiteral("unit_id")))
            target.modbus->unitId = p->defaultUnitId;
    }
    return target;
}

Result<CheckTarget> CheckTarget::fromNode(const api::Node &node, const SshTarget &ssh,
                                          api::Nodes *nodes)
{
    CheckTarget target;
    target.name = node.name;
    target.nodeId = node.id;
    target.nodes = nodes;
    if (!node.managementAddress.trimmed().isEmpty()) {
        SshTarget s = ssh;
        s.host = node.managementAddress.trimmed();
        target.ssh = s;
    }
    return target;
}

// ---- Records ----------------------------------------------------------------------------------

QString CheckRecord::payloadJson() const
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QJsonObject readingToJson(const devices::SensorReading &r)
{
    return QJsonObject{{QStringLiteral("quantity"), r.quantity},
                       {QStringLiteral("label"), r.label},
                       {QStringLiteral("value"), r.value},
                       {QStringLiteral("unit"), r.unit},
                       {QStringLiteral("raw"), r.raw},
                       {QStringLiteral("source"), r.source},
                       {QStringLiteral("timestamp_ms"), double(r.timestampMs)}};
}

QList<CheckRecord> recordsFor(const CheckOutcome &o, qint64 burnInChunkMs)
{
    QList<CheckRecord> out;
    const QString outcomeName = o.passed ? QStringLiteral("pass") : QStringLiteral("fail");
    if (!o.readings.isEmpty() || !o.problems.isEmpty() || !o.facts.isEmpty()) {
        QJsonArray readings;
        qint64 at = 0;
        for (const devices::SensorReading &r : o.readings) {
            readings.append(readingToJson(r));
            at = std::max(at, r.timestampMs);
        }
        QJsonObject p{{QStringLiteral("check"), o.check},
                      {QStringLiteral("readings"), readings},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(o.problems)}};
        if (!o.facts.isEmpty())
            p.insert(QStringLiteral("facts"), o.facts);
        out.append({api::RecordKind::Reading, p, at > 0 ? at : o.finishedMs});
    }
    if (o.guided) {
        const GuidedTrace &g = *o.guided;
        QJsonArray samples;
        for (const GuidedSample &s : g.samples) {
            QJsonObject j{{QStringLiteral("t"), double(s.t)},
                          {QStringLiteral("raw"), s.raw},
                          {QStringLiteral("state"), s.state}};
            j.insert(QStringLiteral("value"), s.ok ? QJsonValue(s.value) : QJsonValue());
            samples.append(j);
        }
        QJsonObject p{{QStringLiteral("check"), o.check},
                      {QStringLiteral("expect"), g.expect},
                      {QStringLiteral("limit_ms"), double(g.limitMs)},
                      {QStringLiteral("started_ms"), double(g.startedMs)},
                      {QStringLiteral("changed_ms"),
                       g.changedMs ? QJsonValue(double(*g.changedMs)) : QJsonValue()},
                      {QStringLiteral("outcome"), outcomeName},
                      {QStringLiteral("samples"), samples}};
        if (g.returnedMs)
            p.insert(QStringLiteral("returned_ms"), double(*g.returnedMs));
        if (o.cancelled)
            p.insert(QStringLiteral("cancelled"), true);
        out.append({api::RecordKind::Guided, p, g.startedMs});
    }
    if (!o.burnIn.isEmpty()) {
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = 0;
        for (const BurnInSeries &s : o.burnIn) {
            for (const auto &pt : s.points) {
                first = std::min(first, pt.first);
                last = std::max(last, pt.first);
            }
        }
        const qint64 chunk = std::max<qint64>(burnInChunkMs, 1);
        for (qint64 from = first; from <= last; from += chunk) {
            QJsonObject series;
            for (auto it = o.burnIn.cbegin(); it != o.burnIn.cend(); ++it) {
                QJsonArray points;
                for (const auto &pt : it->points) {
                    if (pt.first >= from && pt.first < from + chunk)
                        points.append(QJsonArray{double(pt.first), pt.second});
                }
                if (!points.isEmpty())
                    series.insert(it.key(), QJsonObject{{QStringLiteral("unit"), it->unit},
                                                        {QStringLiteral("points"), points}});
            }
            if (!series.isEmpty())
                out.append({api::RecordKind::BurnIn,
                            QJsonObject{{QStringLiteral("series"), series}}, from});
        }
    }
    if (!o.cancelled) {
        QJsonObject p{{QStringLiteral("outcome"), outcomeName},
                      {QStringLiteral("comment"), o.summary},
                      {QStringLiteral("automatic"), true}};
        if (o.value) {
            p.insert(QStringLiteral("value"), *o.value);
            p.insert(QStringLiteral("unit"), o.unit);
        }
        out.append({api::RecordKind::Result, p, o.finishedMs});
    }
    return out;
}

// ---- Watcher ----------------------------------------------------------------------------------

std::optional<qint64> watchFor(const WatchContext &context, const SampleReader &read,
                               const SamplePredicate &predicate, qint64 startedMs, qint64 limitMs,
                               qint64 intervalMs, QList<GuidedSample> &samples)
{
    const qint64 deadline = startedMs + limitMs;
    const qint64 interval = std::max<qint64>(intervalMs, 1);
    for (;;) {
        if (context.cancelled())
            return std::nullopt;
        const qint64 before = context.clock.nowMs();
        GuidedSample s = read();
        s.t = context.clock.nowMs();
        samples.append(s);
        if (context.onSample)
            context.onSample(s);
        if (s.ok && predicate(s))
            return s.t;
        if (s.t >= deadline || context.cancelled())
            return std::nullopt;
        const qint64 next = std::min(before + interval, deadline);
        const qint64 now = context.clock.nowMs();
        if (next > now)
            context.sleep(next - now);
    }
}

// ---- Server facts -----------------------------------------------------------------------------

QString factsScript()
{
    return QStringLiteral(
        "LC_ALL=C; export LC_ALL; "
        "echo \"cpu_model=$(grep -m1 -E '^(model name|Hardware|Model)' /proc/cpuinfo "
        "| cut -d: -f2- | sed 's/^ *//')\"; "
        "echo \"cpu_cores=$(nproc 2>/dev/null || grep -c ^processor /proc/cpuinfo)\"; "
        "awk '/^MemTotal:/ {print \"mem_kb=\" $2}' /proc/meminfo; "
        "lsblk -dbn -o NAME,SIZE,TYPE 2>/dev/null | awk '$3 == \"disk\" {print \"disk=\" $1 \" \" "
        "$2}'; "
        "( . /etc/os-release 2>/dev/null && echo \"os=${PRETTY_NAME:-$NAME $VERSION}\" ); "
        "echo \"arch=$(uname -m)\"; "
        "s=$(dmidecode -s system-serial-number 2>/dev/null | grep -v '^#' | head -n1); "
        "[ -z \"$s\" ] && s=$(cat /sys/class/dmi/id/product_serial 2>/dev/null); "
        "echo \"serial=$s\"; true");
}

QJsonObject parseServerFacts(const QByteArray &output)
{
    QJsonObject facts;
    QJsonArray disks;
    qint64 diskBytes = 0;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("cpu_model") || key == QLatin1String("os")
            || key == QLatin1String("arch") || key == QLatin1String("serial")) {
            if (!value.isEmpty())
                facts.insert(key, value);
        } else if (key == QLatin1String("cpu_cores")) {
            bool ok = false;
            const int cores = value.toInt(&ok);
            if (ok && cores > 0)
                facts.insert(key, cores);
        } else if (key == QLatin1String("mem_kb")) {
            bool ok = false;
            const qint64 kb = value.toLongLong(&ok);
            if (ok && kb > 0)
                facts.insert(QStringLiteral("memory_mb"), double(kb / 1024));
        } else if (key == QLatin1String("disk")) {
            const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool ok = false;
            const qint64 bytes = parts.size() == 2 ? parts.at(1).toLongLong(&ok) : 0;
            if (!ok || bytes < 0)
                continue;
            diskBytes += bytes;
            disks.append(
                QJsonObject{{QStringLiteral("name"), parts.at(0)},
                            {QStringLiteral("size_gb"), double(bytes / (1000LL * 1000 * 1000))}});
        }
    }
    if (!disks.isEmpty()) {
        facts.insert(QStringLiteral("disks"), disks);
        facts.insert(QStringLiteral("disk_gb"), double(diskBytes / (1000LL * 1000 * 1000)));
    }
    return facts;
}

// ---- Runner -----------------------------------------------------------------------------------

CheckRunner::CheckRunner(const api::Clock &clock, Sleep sleep, const std::atomic_bool *cancel,
                         Progress progress)
    : m_clock(clock)
    , m_sleep(std::move(sleep))
    , m_cancel(cancel)
    , m_progress(std::move(progress))
{
    if (!m_sleep) {
        m_sleep = [cancelFlag = m_cancel](qint64 ms) {
            QDeadlineTimer deadline(ms);
            while (!deadline.hasExpired() && !(cancelFlag && cancelFlag->load()))
                QThread::msleep(std::clamp<qint64>(deadline.remainingTime(), 1, 50));
        };
    }
}

QStringList CheckRunner::checkIds()
{
    return {QStringLiteral("ups.status"),
            QStringLiteral("ups.input"),
            QStringLiteral("ups.mains-loss"),
            QStringLiteral("snmp.temperatures"),
            QStringLiteral("snmp.if-links"),
            QStringLiteral("modbus.sensors"),
            QStringLiteral("modbus.door-change"),
            QStringLiteral("modbus.leak-change"),
            QStringLiteral("modbus.smoke-change"),
            QStringLiteral("server.ssh-login"),
            QStringLiteral("server.facts"),
            QStringLiteral("server.agent-online"),
            QStringLiteral("burn-in")};
}

bool CheckRunner::isGuided(const QString &checkId)
{
    return checkId == QLatin1String("ups.mains-loss")
           || checkId == QLatin1String("modbus.door-change")
           || checkId == QLatin1String("modbus.leak-change")
           || checkId == QLatin1String("modbus.smoke-change");
}

WatchContext CheckRunner::context() const
{
    WatchContext c{m_clock, m_sleep, m_cancel};
    c.onSample = m_onSample;
    return c;
}

void CheckRunner::report(const QString &message, double fraction) const
{
    if (m_progress)
        m_progress(CheckProgress{message, fraction});
}

namespace {

// What one check needs while it runs.
struct Run {
    const CheckTarget &target;
    const QJsonObject &params;
    const api::Clock &clock;
    WatchContext watch;
    std::function<void(const QString &, double)> report;
    CheckOutcome o;
};

Result<CheckOutcome> upsStatus(Run &r)
{
    auto session = openSnmp(r.target);
    if (!session)
        return std::unexpected(session.error());
    const auto minCharge = numberParam(r.params, "min_charge", 0, 0, 100);
    if (!minCharge)
        return std::unexpected(minCharge.error());
    const bool ignoreAlarms = r.params.value(QStringLiteral("ignore_alarms")).toBool();
    auto ups = snmp::readUps(**session, r.clock);
    if (!ups) {
        r.o.problems.append(ups.error().message);
        r.o.summary = Tr::tr("The UPS \"%1\" could not be read: %2")
                          .arg(r.target.name, ups.error().message);
        return r.o;
    }
    r.o.readings = ups->readings;
    for (const api::Error &e : ups->problems)
        r.o.problems.append(e.message);
    QStringList bad;
    const auto *source = findReading(ups->readings, QStringLiteral("ups.output.source"));
    if (!source)
        bad.append(Tr::tr("it reports no output source (upsOutputSource)"));
    else if (int(source->value) != kUpsSourceNormal)
        bad.append(Tr::tr("its output source is %1, not normal").arg(describe(*source)));
    const auto *battery = findReading(ups->readings, QStringLiteral("ups.battery.status"));
    if (!battery)
        bad.append(Tr::tr("it reports no battery status (upsBatteryStatus)"));
    else if (int(battery->value) != kUpsBatteryNormal)
        bad.append(Tr::tr("its battery status is %1, not batteryNormal").arg(describe(*battery)));
    const auto *charge = findReading(ups->readings, QStringLiteral("ups.battery.charge"));
    if (charge) {
        r.o.value = charge->value;
        r.o.unit = charge->unit;
        if (charge->value < *minCharge)
            bad.append(Tr::tr("its battery charge %1 % is below %2 %")
                           .arg(number(charge->value), number(*minCharge)));
    }
    if (!ignoreAlarms && !ups->alarms.isEmpty()) {
        QStringList names;
        for (const snmp::UpsAlarm &a : ups->alarms)
            names.append(a.name);
        bad.append(Tr::tr("alarms are present: %1").arg(names.join(QStringLiteral(", "))));
    }
    r.o.problems.append(bad);
    r.o.passed = bad.isEmpty();
    const QString ident = ups->ident.model.isEmpty() ? r.target.name : ups->ident.model;
    r.o.summary = r.o.passed ? Tr::tr("UPS %1: on mains, battery normal, charge %2, no alarms.")
                                   .arg(ident, charge ? describe(*charge) : QStringLiteral("?"))
                             : Tr::tr("UPS %1: %2.").arg(ident, bad.join(QStringLiteral("; ")));
    return r.o;
}

Result<CheckOutcome> upsInput(Run &r)
{
    auto session = openSnmp(r.target);
    if (!session)
        return std::unexpected(session.error());
    const auto minV = numberParam(r.params, "min_voltage", 187);
    const auto maxV = numberParam(r.params, "max_voltage", 253);
    const auto minF = numberParam(r.params, "min_frequency", 47);
    const auto maxF = numberParam(r.params, "max_frequency", 53);
    for (const auto *p : {&minV, &maxV, &minF, &maxF}) {
        if (!*p)
            return std::unexpected(p->error());
    }
    auto ups = snmp::readUps(**session, r.clock);
    if (!ups) {
        r.o.problems.append(ups.error().message);
        r.o.summary = Tr::tr("The UPS \"%1\" could not be read: %2")
                          .arg(r.target.name, ups.error().message);
        return r.o;
    }
    for (const devices::SensorReading &reading : ups->readings) {
        if (reading.quantity.startsWith(QLatin1String("ups.input.")))
            r.o.readings.append(reading);
    }
    for (const api::Error &e : ups->problems)
        r.o.problems.append(e.message);
    QStringList bad;
    const auto *voltage = findReading(ups->readings, QStringLiteral("ups.input.voltage"));
    const auto *frequency = findReading(ups->readings, QStringLiteral("ups.input.frequency"));
    if (!voltage)
        bad.append(Tr::tr("no input voltage (upsInputVoltage) is reported"));
    else if (voltage->value < *minV || voltage->value > *maxV)
        bad.append(Tr::tr("input voltage %1 V is outside %2..%3 V")
                       .arg(number(voltage->value), number(*minV), number(*maxV)));
    if (!frequency)
        bad.append(Tr::tr("no input frequency (upsInputFrequency) is reported"));
    else if (frequency->value < *minF || frequency->value > *maxF)
        bad.append(Tr::tr("input frequency %1 Hz is outside %2..%3 Hz")
                       .arg(number(frequency->value), number(*minF), number(*maxF)));
    if (voltage) {
        r.o.value = voltage->value;
        r.o.unit = QStringLiteral("V");
    }
    r.o.problems.append(bad);
    r.o.passed = bad.isEmpty();
    r.o.summary = r.o.passed
                      ? Tr::tr("Input %1 V, %2 Hz: within %3..%4 V and %5..%6 Hz.")
                            .arg(number(voltage->value), number(frequency->value), number(*minV),
                                 number(*maxV), number(*minF), number(*maxF))
                      : Tr::tr("Input out of range: %1.").arg(bad.join(QStringLiteral("; ")));
    return r.o;
}

Result<CheckOutcome> mainsLoss(Run &r)
{
    auto session = openSnmp(r.target);
    if (!session)
        return std::unexpected(session.error());
    const auto limit = numberParam(r.params, "limit_ms", 10000, 1, 86400000);
    const auto returnLimit = numberParam(r.params, "return_limit_ms", 60000, 1, 86400000);
    const auto interval = numberParam(r.params, "interval_ms", 500, 10, 600000);
    for (const auto *p : {&limit, &returnLimit, &interval}) {
        if (!*p)
            return std::unexpected(p->error());
    }
    snmp::SnmpSession &s = **session;
    const CancelRelay relay(r.watch.cancel, &s);
    const QString oid = QStringLiteral("1.3.6.1.2.1.33.1.4.1.0");
    const SampleReader read = [&]() {
        GuidedSample sample;
        auto vbs = s.get({oid});
        if (!vbs || vbs->isEmpty()) {
            sample.ok = false;
            sample.state = vbs ? QStringLiteral("no value") : vbs.error().message;
            return sample;
        }
        const snmp::VarBind &vb = vbs->first();
        sample.raw = vb.valueText();
        sample.value = double(vb.integer);
        sample.state = snmp::upsOutputSourceName(int(vb.integer));
        return sample;
    };
    GuidedTrace trace;
    trace.limitMs = qint64(*limit);
    trace.expect = QStringLiteral("upsOutputSource battery(5) within %1 ms, then normal(3) "
                                  "within %2 ms")
                       .arg(qint64(*limit))
                       .arg(qint64(*returnLimit));
    trace.startedMs = r.clock.nowMs();
    r.report(Tr::tr("Pull the mains input of the UPS now: waiting up to %1 s for it to report "
                    "on battery.")
                 .arg(number(*limit / 1000)),
             0);
    trace.changedMs = watchFor(
        r.watch, read, [](const GuidedSample &g) { return int(g.value) == kUpsSourceBattery; },
        trace.startedMs, qint64(*limit), qint64(*interval), trace.samples);
    if (trace.changedMs && !r.watch.cancelled()) {
        r.report(Tr::tr("The UPS is on battery. Restore the mains input: waiting up to %1 s for "
                        "it to report normal.")
                     .arg(number(*returnLimit / 1000)),
                 0.5);
        trace.returnedMs = watchFor(
            r.watch, read, [](const GuidedSample &g) { return int(g.value) == kUpsSourceNormal; },
            *trace.changedMs, qint64(*returnLimit), qint64(*interval), trace.samples);
    }
    r.o.cancelled = r.watch.cancelled();
    r.o.passed = !r.o.cancelled && trace.changedMs && trace.returnedMs;
    if (trace.changedMs) {
        r.o.value = double(*trace.changedMs - trace.startedMs) / 1000.0;
        r.o.unit = QStringLiteral("s");
    }
    const QString last = trace.samples.isEmpty() ? QString() : trace.samples.last().state;
    if (r.o.cancelled)
        r.o.summary = Tr::tr("Mains loss test cancelled.");
    else if (!trace.changedMs)
        r.o.summary = Tr::tr("The UPS did not report on battery within %1 s (last output source: "
                             "%2).")
                          .arg(number(*limit / 1000), last);
    else if (!trace.returnedMs)
        r.o.summary = Tr::tr("The UPS went on battery after %1 s but did not report normal within "
                             "%2 s after that (last output source: %3).")
                          .arg(number(double(*trace.changedMs - trace.startedMs) / 1000),
                               number(*returnLimit / 1000), last);
    else
        r.o.summary = Tr::tr("The UPS went on battery after %1 s and back on mains %2 s later.")
                          .arg(number(double(*trace.changedMs - trace.startedMs) / 1000),
                               number(double(*trace.returnedMs - *trace.changedMs) / 1000));
    r.o.guided = trace;
    return r.o;
}

Result<CheckOutcome> snmpTemperatures(Run &r)
{
    auto session = openSnmp(r.target);
    if (!session)
        return std::unexpected(session.error());
    const auto min = optionalNumber(r.params, "min");
    const auto max = optionalNumber(r.params, "max");
    auto sensors = snmp::readEntitySensors(**session, r.clock);
    if (!sensors) {
        r.o.problems.append(sensors.error().message);
        r.o.summary = Tr::tr("The sensors of \"%1\" could not be read: %2")
                          .arg(r.target.name, sensors.error().message);
        return r.o;
    }
    for (const api::Error &e : sensors->problems)
        r.o.problems.append(e.message);
    QStringList bad;
    QStringList values;
    double highest = -1e9;
    for (const devices::SensorReading &reading : sensors->readings) {
        if (reading.quantity != QLatin1String("temperature"))
            continue;
        r.o.readings.append(reading);
        values.append(QStringLiteral("%1 %2").arg(reading.label, describe(reading)));
        highest = std::max(highest, reading.value);
        if ((min && reading.value < *min) || (max && reading.value > *max))
            bad.append(Tr::tr("%1 reads %2, outside %3..%4")
                           .arg(reading.label, describe(reading),
                                min ? number(*min) : QStringLiteral("-"),
                                max ? number(*max) : QStringLiteral("-")));
    }
    if (r.o.readings.isEmpty())
        bad.append(Tr::tr("the device reports no temperature sensor"));
    else {
        r.o.value = highest;
        r.o.unit = QStringLiteral("°C");
    }
    r.o.problems.append(bad);
    r.o.passed = bad.isEmpty();
    r.o.summary = r.o.passed ? Tr::tr("Temperatures: %1.").arg(values.join(QStringLiteral(", ")))
                             : Tr::tr("Temperatures: %1.").arg(bad.join(QStringLiteral("; ")));
    return r.o;
}

Result<CheckOutcome> ifLinks(Run &r)
{
    auto session = openSnmp(r.target);
    if (!session)
        return std::unexpected(session.error());
    const QJsonValue portsValue = r.params.value(QStringLiteral("ports"));
    if (!portsValue.isUndefined() && !portsValue.isArray())
        return api::fail(Code::Validation,
                         Tr::tr("The check parameter \"ports\" must be a list of port numbers "
                                "(ifIndex) or names."),
                         {}, QStringLiteral("ports"));
    auto links = snmp::readInterfaces(**session, r.clock);
    if (!links) {
        r.o.problems.append(links.error().message);
        r.o.summary = Tr::tr("The ports of \"%1\" could not be read: %2")
                          .arg(r.target.name, links.error().message);
        return r.o;
    }
    r.o.readings = links->readings;
    for (const api::Error &e : links->problems)
        r.o.problems.append(e.message);
    QStringList bad;
    QStringList up;
    const auto check = [&](const snmp::InterfaceLink &link) {
        if (link.isUp())
            up.append(link.label());
        else
            bad.append(Tr::tr("port %1 is %2")
                           .arg(link.label(), snmp::ifOperStatusName(link.operStatus).isEmpty()
                                                  ? QString::number(link.operStatus)
                                                  : snmp::ifOperStatusName(link.operStatus)));
    };
    const QJsonArray ports = portsValue.toArray();
    if (ports.isEmpty()) {
        for (const snmp::InterfaceLink &link : std::as_const(links->interfaces)) {
            if (link.adminStatus == 1)
                check(link);
        }
        if (up.isEmpty() && bad.isEmpty())
            bad.append(Tr::tr("the switch reports no enabled port"));
    } else {
        for (const QJsonValue &p : ports) {
            const snmp::InterfaceLink *found = nullptr;
            for (const snmp::InterfaceLink &link : std::as_const(links->interfaces)) {
                const bool match = p.isDouble()
                                       ? link.index == quint32(p.toInt())
                                       : (link.name == p.toString() || link.descr == p.toString());
                if (match) {
                    found = &link;
                    break;
                }
            }
            const QString wanted = p.isDouble() ? QString::number(p.toInt()) : p.toString();
            if (!found)
                bad.append(Tr::tr("port %1 does not exist on the switch").arg(wanted));
            else
                check(*found);
        }
    }
    r.o.value = up.size();
    r.o.problems.append(bad);
    r.o.passed = bad.isEmpty();
    r.o.summary = r.o.passed ? Tr::tr("Ports up: %1.").arg(up.join(QStringLiteral(", ")))
                             : Tr::tr("Ports not up: %1.").arg(bad.join(QStringLiteral("; ")));
    return r.o;
}

Result<CheckOutcome> modbusSensors(Run &r)
{
    if (auto ok = needModbus(r.target); !ok)
        return std::unexpected(ok.error());
    const QJsonObject ranges = r.params.value(QStringLiteral("ranges")).toObject();
    const bool allowAlarms = r.params.value(QStringLiteral("allow_alarms")).toBool();
    modbus::ModbusSession session(*r.target.modbus, &r.clock);
    auto readings = session.poll(r.target.registerMap);
    if (!readings) {
        r.o.problems.append(readings.error().message);
        r.o.summary = Tr::tr("The sensors of \"%1\" could not be read: %2")
                          .arg(r.target.name, readings.error().message);
        return r.o;
    }
    r.o.readings = *readings;
    QStringList bad;
    QStringList values;
    for (const devices::SensorReading &reading : std::as_const(*readings)) {
        const QString state = stateOfValue(reading.quantity, reading.value);
        values.append(QStringLiteral("%1 %2").arg(reading.label,
                                                  state.isEmpty() ? describe(reading) : state));
        if (!allowAlarms && (state == QLatin1String("alarm") || state == QLatin1String("open")))
            bad.append(Tr::tr("%1 reports %2 (raw %3)").arg(reading.label, state, reading.raw));
        const QJsonArray range = ranges.value(reading.quantity).toArray();
        if (range.size() == 2
            && (reading.value < range.at(0).toDouble() || reading.value > range.at(1).toDouble()))
            bad.append(Tr::tr("%1 reads %2, outside %3..%4")
                           .arg(reading.label, describe(reading), number(range.at(0).toDouble()),
                                number(range.at(1).toDouble())));
    }
    r.o.problems.append(bad);
    r.o.passed = bad.isEmpty();
    r.o.summary = r.o.passed ? Tr::tr("Sensors: %1.").arg(values.join(QStringLiteral(", ")))
                             : Tr::tr("Sensors: %1.").arg(bad.join(QStringLiteral("; ")));
    return r.o;
}

Result<CheckOutcome> modbusChange(Run &r, const QString &defaultQuantity)
{
    if (auto ok = needModbus(r.target); !ok)
        return std::unexpected(ok.error());
    const auto limit = numberParam(r.params, "limit_ms", 30000, 1, 86400000);
    const auto interval = numberParam(r.params, "interval_ms", 500, 10, 600000);
    for (const auto *p : {&limit, &interval}) {
        if (!*p)
            return std::unexpected(p->error());
    }
    const QString quantity = r.params.value(QStringLiteral("quantity")).toString(defaultQuantity);
    const QString entryName = r.params.value(QStringLiteral("entry")).toString();
    modbus::RegisterMap map;
    map.name = r.target.registerMap.name;
    for (const modbus::RegisterEntry &e : r.target.registerMap.entries) {
        if (entryName.isEmpty() ? e.quantity == quantity : e.name == entryName) {
            map.entries.append(e);
            break;
        }
    }
    if (map.entries.isEmpty())
        return api::fail(Code::Validation,
                         Tr::tr("The register map of \"%1\" has no \"%2\" entry; add one or name "
                                "the entry in the check parameter \"entry\".")
                             .arg(r.target.name, entryName.isEmpty() ? quantity : entryName),
                         {}, QStringLiteral("entry"));
    const modbus::RegisterEntry entry = map.entries.first();
    modbus::ModbusSession session(*r.target.modbus, &r.clock);
    std::optional<double> initial;
    QString initialState;
    const SampleReader read = [&]() {
        GuidedSample sample;
        auto readings = session.poll(map);
        if (!readings || readings->isEmpty()) {
            sample.ok = false;
            sample.state = readings ? QStringLiteral("no value") : readings.error().message;
            return sample;
        }
        const devices::SensorReading &reading = readings->first();
        sample.value = reading.value;
        sample.raw = reading.raw;
        sample.state = stateOfValue(entry.quantity, reading.value);
        if (sample.state.isEmpty())
            sample.state = describe(reading);
        if (!r.o.readings.isEmpty())
            r.o.readings.last() = reading;
        else
            r.o.readings.append(reading);
        return sample;
    };
    GuidedTrace trace;
    trace.limitMs = qint64(*limit);
    trace.expect = QStringLiteral("%1 (%2) changes within %3 ms")
                       .arg(entry.name, entry.quantity)
                       .arg(qint64(*limit));
    trace.startedMs = r.clock.nowMs();
    r.report(Tr::tr("Change the %1 sensor now (open the door, wet the probe or press its test "
                    "button): waiting up to %2 s.")
                 .arg(entry.name, number(*limit / 1000)),
             0);
    trace.changedMs = watchFor(
        r.watch, read,
        [&](const GuidedSample &g) {
            if (!initial) {
                initial = g.value;
                initialState = g.state;
                return false;
            }
            return g.value != *initial;
        },
        trace.startedMs, qint64(*limit), qint64(*interval), trace.samples);
    r.o.cancelled = r.watch.cancelled();
    r.o.passed = !r.o.cancelled && trace.changedMs.has_value();
    if (r.o.cancelled) {
        r.o.summary = Tr::tr("Sensor test cancelled.");
    } else if (!initial) {
        r.o.summary = Tr::tr("The %1 sensor could not be read within %2 s: %3")
                          .arg(entry.name, number(*limit / 1000),
                               trace.samples.isEmpty() ? QString() : trace.samples.last().state);
    } else if (!trace.changedMs) {
        r.o.summary = Tr::tr("The %1 sensor stayed %2 for %3 s.")
                          .arg(entry.name, initialState, number(*limit / 1000));
    } else {
        r.o.value = double(*trace.changedMs - trace.startedMs) / 1000.0;
        r.o.unit = QStringLiteral("s");
        r.o.summary = Tr::tr("The %1 sensor changed from %2 to %3 after %4 s.")
                          .arg(entry.name, initialState, trace.samples.last().state,
                               number(*r.o.value));
    }
    r.o.guided = trace;
    return r.o;
}

// Connects with the field-install host key policy.
Result<void> sshConnect(ssh::SshSession &session, const SshTarget &t)
{
    auto connected = session.connect(t.host, t.port, t.credentials, t.timeout);
    if (!connected && ssh::SshSession::isUnknownHostKey(connected.error())) {
        const ssh::PendingHostKey *pending = session.pendingHostKey();
        const bool trusted = pending
                             && (t.acceptNewHostKey
                                 || (!t.acceptedFingerprint.isEmpty()
                                     && pending->fingerprint == t.acceptedFingerprint));
        if (!trusted)
            return api::fail(Code::FailedPrecondition,
                             Tr::tr("The host key of %1 (%2) is not trusted yet; confirm its "
                                    "fingerprint first (as in the field install).")
                                 .arg(t.host, pending ? pending->fingerprint : QString()),
                             {}, QStringLiteral("hostKey"));
        if (auto accepted = session.acceptHostKey(); !accepted)
            return accepted;
        connected = session.connect(t.host, t.port, t.credentials, t.timeout);
    }
    return connected;
}

Result<CheckOutcome> serverSsh(Run &r, bool facts)
{
    if (!r.target.ssh)
        return api::fail(Code::Validation,
                         Tr::tr("\"%1\" has no management address; enter it on the node first.")
                             .arg(r.target.name),
                         {}, QStringLiteral("managementAddress"));
    const SshTarget &t = *r.target.ssh;
    if (t.knownHostsFile.isEmpty())
        return api::fail(Code::Validation, Tr::tr("No known_hosts file is set for the SSH check."),
                         {}, QStringLiteral("knownHostsFile"));
    const QString where = QStringLiteral("%1@%2:%3").arg(t.credentials.user, t.host).arg(t.port);
    ssh::SshSession session(t.knownHostsFile);
    if (auto ok = sshConnect(session, t); !ok) {
        if (ok.error().field == QLatin1String("hostKey"))
            return std::unexpected(ok.error()); // the person decides, then runs it again
        r.o.problems.append(ok.error().message);
        r.o.summary = Tr::tr("SSH login to %1 failed: %2").arg(where, ok.error().message);
        return r.o;
    }
    const qint64 at = r.clock.nowMs();
    const QString source = QStringLiteral("ssh://%1:%2").arg(t.host).arg(t.port);
    if (!facts) {
        auto exec = session.exec(QStringLiteral("uname -n"), t.timeout);
        if (!exec || exec->exitStatus != 0) {
            const QString why = exec ? QString::fromUtf8(exec->stdErr).trimmed()
                                     : exec.error().message;
            r.o.problems.append(why);
            r.o.summary = Tr::tr("Logged in to %1, but a command failed: %2").arg(where, why);
            return r.o;
        }
        const QString hostname = QString::fromUtf8(exec->stdOut).trimmed();
        devices::SensorReading reading;
        reading.quantity = QStringLiteral("server.ssh.hostname");
        reading.label = r.target.name;
        reading.raw = hostname;
        reading.source = source + QStringLiteral(" uname -n");
        reading.timestampMs = at;
        r.o.readings.append(reading);
        r.o.passed = true;
        r.o.summary = Tr::tr("Logged in to %1 over SSH (host name %2).").arg(where, hostname);
        return r.o;
    }
    auto exec = session.exec(factsScript(), t.timeout);
    if (!exec) {
        r.o.problems.append(exec.error().message);
        r.o.summary = Tr::tr("The hardware facts of %1 could not be read: %2")
                          .arg(where, exec.error().message);
        return r.o;
    }
    r.o.facts = parseServerFacts(exec->stdOut);
    const auto add = [&](const char *quantity, double value, const QString &unit,
                         const QString &raw) {
        devices::SensorReading reading;
        reading.quantity = QString::fromLatin1(quantity);
        reading.label = r.target.name;
        reading.value = value;
        reading.unit = unit;
        reading.raw = raw;
        reading.source = source;
        reading.timestampMs = at;
        r.o.readings.append(reading);
    };
    const QJsonObject &f = r.o.facts;
    add("server.cpu.model", 0, {}, f.value(QStringLiteral("cpu_model")).toString());
    add("server.cpu.cores", f.value(QStringLiteral("cpu_cores")).toDouble(), {},
        QString::number(f.value(QStringLiteral("cpu_cores")).toInt()));
    add("server.memory", f.value(QStringLiteral("memory_mb")).toDouble(), QStringLiteral("MB"),
        QString::number(qint64(f.value(QStringLiteral("memory_mb")).toDouble())));
    for (const QJsonValue &d : f.value(QStringLiteral("disks")).toArray())
        add("server.disk", d[QStringLiteral("size_gb")].toDouble(), QStringLiteral("GB"),
            d[QStringLiteral("name")].toString());
    add("server.os", 0, {}, f.value(QStringLiteral("os")).toString());
    if (f.contains(QStringLiteral("serial")))
        add("server.serial", 0, {}, f.value(QStringLiteral("serial")).toString());
    QStringList missing;
    if (!f.contains(QStringLiteral("cpu_cores")))
        missing.append(Tr::tr("CPU cores"));
    if (!f.contains(QStringLiteral("memory_mb")))
        missing.append(Tr::tr("memory"));
    if (!f.contains(QStringLiteral("os")))
        missing.append(Tr::tr("operating system"));
    r.o.passed = missing.isEmpty();
    if (!r.o.passed) {
        r.o.summary = Tr::tr("The node did not report: %1.").arg(missing.join(QStringLiteral(", ")));
        r.o.problems.append(r.o.summary);
    } else {
        r.o.summary =
            Tr::tr("%1: %2 cores (%3), %4 MB memory, %5 GB disk, %6, serial %7.")
                .arg(r.target.name)
                .arg(f.value(QStringLiteral("cpu_cores")).toInt())
                .arg(f.value(QStringLiteral("cpu_model")).toString(),
                     QString::number(qint64(f.value(QStringLiteral("memory_mb")).toDouble())),
                     QString::number(qint64(f.value(QStringLiteral("disk_gb")).toDouble())),
                     f.value(QStringLiteral("os")).toString(),
                     f.value(QStringLiteral("serial")).toString(Tr::tr("not readable")));
    }
    return r.o;
}

Result<CheckOutcome> agentOnline(Run &r)
{
    if (!r.target.nodes)
        return api::fail(Code::FailedPrecondition,
                         Tr::tr("The agent's status comes from the hub; connect to the hub to run "
                                "this check."),
                         {}, QStringLiteral("hub"));
    if (r.target.nodeId.isEmpty())
        return api::fail(Code::Validation, Tr::tr("No node is chosen for the agent check."), {},
                         QStringLiteral("node"));
    auto statuses = r.target.nodes->nodeStatus();
    if (!statuses) {
        r.o.problems.append(statuses.error().message);
        r.o.summary = Tr::tr("The hub could not be asked for the node's status: %1")
                          .arg(statuses.error().message);
        return r.o;
    }
    const api::NodeStatus *status = nullptr;
    for (const api::NodeStatus &s : std::as_const(*statuses)) {
        if (s.nodeId == r.target.nodeId)
            status = &s;
    }
    if (!status) {
        r.o.summary = Tr::tr("The hub does not know the node \"%1\"; install the agent on it.")
                          .arg(r.target.name);
        r.o.problems.append(r.o.summary);
        return r.o;
    }
    devices::SensorReading reading;
    reading.quantity = QStringLiteral("node.state");
    reading.label = status->nodeName.isEmpty() ? r.target.name : status->nodeName;
    reading.value = double(int(status->state));
    reading.raw = api::nodeStateName(status->state);
    reading.source = QStringLiteral("hub node %1").arg(status->nodeId);
    reading.timestampMs = r.clock.nowMs();
    r.o.readings.append(reading);
    r.o.passed = status->state == api::NodeState::Online;
    r.o.summary = r.o.passed ? Tr::tr("The agent on %1 is online (version %2).")
                                   .arg(reading.label, status->agentVersion)
                             : Tr::tr("The agent on %1 is %2, not online.")
                                   .arg(reading.label, api::nodeStateLabel(status->state));
    if (!r.o.passed)
        r.o.problems.append(r.o.summary);
    return r.o;
}

Result<CheckOutcome> burnIn(Run &r)
{
    const auto period = numberParam(r.params, "period_s", 7200, 0.001, 30 * 86400);
    const auto interval = numberParam(r.params, "interval_s", 60, 0.001, 86400);
    for (const auto *p : {&period, &interval}) {
        if (!*p)
            return std::unexpected(p->error());
    }
    const auto maxTemperature = optionalNumber(r.params, "max_temperature");
    if (!r.target.snmp && !r.target.modbus && !(r.target.nodes && !r.target.nodeId.isEmpty()))
        return api::fail(Code::Validation,
                         Tr::tr("Burn-in needs something to record: an SNMP or Modbus device or a "
                                "node with the hub connected."),
                         {}, QStringLiteral("target"));
    std::unique_ptr<snmp::SnmpSession> snmpSession;
    if (r.target.snmp) {
        auto s = snmp::SnmpSession::open(*r.target.snmp);
        if (!s)
            return std::unexpected(s.error());
        snmpSession = std::move(*s);
    }
    const CancelRelay relay(r.watch.cancel, snmpSession.get());
    std::unique_ptr<modbus::ModbusSession> modbusSession;
    if (r.target.modbus && !r.target.registerMap.entries.isEmpty())
        modbusSession = std::make_unique<modbus::ModbusSession>(*r.target.modbus, &r.clock);

    const qint64 intervalMs = std::max<qint64>(qint64(*interval * 1000), 1);
    const qint64 rounds = std::max<qint64>(qint64(std::llround(*period * 1000)) / intervalMs, 1);
    const qint64 started = r.clock.nowMs();
    QStringList bad;
    double hottest = -1e9;
    const auto add = [&](const QString &key, const QString &unit, qint64 t, double v) {
        BurnInSeries &s = r.o.burnIn[key];
        s.unit = unit;
        s.points.append({t, v});
    };
    const auto problemOnce = [&](const QString &text) {
        if (!r.o.problems.contains(text))
            r.o.problems.append(text);
    };
    int emptyRounds = 0;
    QStringList alarms; // UPS alarms seen during the run
    const bool ignoreAlarms = r.params.value(QStringLiteral("ignore_alarms")).toBool();
    for (qint64 k = 0; k < rounds; ++k) {
        if (r.watch.cancelled())
            break;
        const qint64 due = started + k * intervalMs;
        if (const qint64 now = r.clock.nowMs(); due > now)
            r.watch.sleep(due - now);
        if (r.watch.cancelled())
            break;
        int values = 0;
        if (snmpSession) {
            if (auto ups = snmp::readUps(*snmpSession, r.clock); ups) {
                for (const snmp::UpsAlarm &a : std::as_const(ups->alarms)) {
                    if (!alarms.contains(a.name))
                        alarms.append(a.name);
                }
                for (const devices::SensorReading &reading : std::as_const(ups->readings)) {
                    if (reading.quantity == QLatin1String("ups.output.load")) {
                        add(reading.quantity + QLatin1Char(' ') + reading.label, reading.unit,
                            reading.timestampMs, reading.value);
                        ++values;
                    }
                }
            } else {
                problemOnce(ups.error().message);
            }
            if (auto sensors = snmp::readEntitySensors(*snmpSession, r.clock); sensors) {
                for (const devices::SensorReading &reading : std::as_const(sensors->readings)) {
                    if (reading.quantity == QLatin1String("temperature")) {
                        add(reading.quantity + QLatin1Char(' ') + reading.label, reading.unit,
                            reading.timestampMs, reading.value);
                        hottest = std::max(hottest, reading.value);
                        ++values;
                    }
                }
            } else {
                problemOnce(sensors.error().message);
            }
        }
        if (modbusSession) {
            if (auto readings = modbusSession->poll(r.target.registerMap); readings) {
                for (const devices::SensorReading &reading : std::as_const(*readings)) {
                    if (reading.quantity == QLatin1String("temperature")
                        || reading.quantity == QLatin1String("humidity")) {
                        add(reading.quantity + QLatin1Char(' ') + reading.label, reading.unit,
                            reading.timestampMs, reading.value);
                        if (reading.quantity == QLatin1String("temperature"))
                            hottest = std::max(hottest, reading.value);
                        ++values;
                    }
                }
            } else {
                problemOnce(readings.error().message);
            }
        }
        if (r.target.nodes && !r.target.nodeId.isEmpty()) {
            api::MetricsQuery q;
            q.nodeId = r.target.nodeId;
            q.fromMs = r.clock.nowMs() - std::max<qint64>(intervalMs, 60000);
            if (auto metrics = r.target.nodes->metrics(q); metrics && !metrics->isEmpty()) {
                const api::MetricSample &m = metrics->last();
                const QString node = r.target.name;
                if (m.cpuPercent >= 0)
                    add(QStringLiteral("node.cpu ") + node, QStringLiteral("%"), m.atMs,
                        m.cpuPercent);
                if (m.memoryTotalBytes > 0)
                    add(QStringLiteral("node.memory ") + node, QStringLiteral("%"), m.atMs,
                        100.0 * double(m.memoryTotalBytes - m.memoryAvailableBytes)
                            / double(m.memoryTotalBytes));
                if (m.maxTemperatureC > -1000) {
                    add(QStringLiteral("temperature ") + node, QStringLiteral("°C"), m.atMs,
                        m.maxTemperatureC);
                    hottest = std::max(hottest, m.maxTemperatureC);
                }
                ++values;
            } else if (!metrics) {
                problemOnce(metrics.error().message);
            }
        }
        ++r.o.burnInRounds;
        if (values == 0)
            ++emptyRounds;
        r.report(Tr::tr("Burn-in: %1 of %2 samples.").arg(k + 1).arg(rounds),
                 double(k + 1) / double(rounds));
    }
    r.o.cancelled = r.watch.cancelled();
    if (emptyRounds > 0)
        bad.append(Tr::tr("%1 of %2 rounds read nothing").arg(emptyRounds).arg(r.o.burnInRounds));
    if (!alarms.isEmpty() && !ignoreAlarms)
        bad.append(Tr::tr("UPS alarms occurred: %1").arg(alarms.join(QStringLiteral(", "))));
    if (maxTemperature && hottest > *maxTemperature)
        bad.append(Tr::tr("the highest temperature %1 °C exceeded %2 °C")
                       .arg(number(hottest), number(*maxTemperature)));
    if (hottest > -1e9) {
        r.o.value = hottest;
        r.o.unit = QStringLiteral("°C");
    }
    r.o.problems.append(bad);
    r.o.passed = !r.o.cancelled && bad.isEmpty() && r.o.burnInRounds > 0;
    if (r.o.cancelled)
        r.o.summary =
            Tr::tr("Burn-in cancelled after %1 of %2 samples.").arg(r.o.burnInRounds).arg(rounds);
    else if (r.o.passed)
        r.o.summary = Tr::tr("Burn-in: %1 samples of %2 series over %3 s.")
                          .arg(r.o.burnInRounds)
                          .arg(r.o.burnIn.size())
                          .arg(number(*period));
    else
        r.o.summary = Tr::tr("Burn-in: %1.").arg(bad.join(QStringLiteral("; ")));
    return r.o;
}

} // namespace

Result<CheckOutcome> CheckRunner::runOnEach(const QString &checkId,
                                            const QList<CheckTarget> &targets,
                                            const QJsonObject &params, int *failedAt)
{
    if (failedAt)
        *failedAt = -1;
    if (targets.isEmpty())
        return api::fail(Code::FailedPrecondition,
                         Tr::tr("The check %1 has nothing to check: add the cabinet's servers "
                                "(nodes with a management address) first.")
                             .arg(checkId));
    if (targets.size() == 1) {
        auto one = run(checkId, targets.first(), params);
        if (!one && failedAt)
            *failedAt = 0;
        return one;
    }
    CheckOutcome all;
    all.check = checkId;
    all.passed = true;
    QStringList failed;
    QJsonObject facts;
    int done = 0;
    for (const CheckTarget &target : targets) {
        auto one = run(checkId, target, params);
        if (!one) {
            if (failedAt)
                *failedAt = done;
            return std::unexpected(one.error());
        }
        ++done;
        all.readings += one->readings;
        for (const QString &problem : std::as_const(one->problems))
            all.problems.append(QStringLiteral("%1: %2").arg(target.name, problem));
        if (!one->facts.isEmpty())
            facts.insert(target.name, one->facts);
        all.finishedMs = one->finishedMs;
        if (!one->passed) {
            all.passed = false;
            failed.append(target.name);
        }
        if (one->cancelled) {
            all.cancelled = true;
            break;
        }
    }
    all.facts = facts;
    if (all.cancelled)
        all.summary = Tr::tr("Cancelled after %1 of %2 servers.").arg(done).arg(targets.size());
    else if (all.passed)
        all.summary = Tr::tr("All %1 servers passed.").arg(targets.size());
    else
        all.summary = Tr::tr("%1 of %2 servers failed: %3.")
                          .arg(failed.size())
                          .arg(targets.size())
                          .arg(failed.join(QStringLiteral(", ")));
    return all;
}

Result<CheckOutcome> CheckRunner::run(const QString &checkId, const CheckTarget &target,
                                      const QJsonObject &params)
{
    if (!isKnown(checkId))
        return api::fail(Code::Validation,
                         Tr::tr("There is no automatic check \"%1\"; the known checks are: %2.")
                             .arg(checkId, checkIds().join(QStringLiteral(", "))),
                         {}, QStringLiteral("check"));
    Run r{target,
          params,
          m_clock,
          context(),
          [this](const QString &message, double fraction) { report(message, fraction); },
          CheckOutcome{}};
    r.o.check = checkId;
    Result<CheckOutcome> result;
    if (checkId == QLatin1String("ups.status"))
        result = upsStatus(r);
    else if (checkId == QLatin1String("ups.input"))
        result = upsInput(r);
    else if (checkId == QLatin1String("ups.mains-loss"))
        result = mainsLoss(r);
    else if (checkId == QLatin1String("snmp.temperatures"))
        result = snmpTemperatures(r);
    else if (checkId == QLatin1String("snmp.if-links"))
        result = ifLinks(r);
    else if (checkId == QLatin1String("modbus.sensors"))
        result = modbusSensors(r);
    else if (checkId == QLatin1String("modbus.door-change"))
        result = modbusChange(r, QStringLiteral("door"));
    else if (checkId == QLatin1String("modbus.leak-change"))
        result = modbusChange(r, QStringLiteral("leak"));
    else if (checkId == QLatin1String("modbus.smoke-change"))
        result = modbusChange(r, QStringLiteral("smoke"));
    else if (checkId == QLatin1String("server.ssh-login"))
        result = serverSsh(r, false);
    else if (checkId == QLatin1String("server.facts"))
        result = serverSsh(r, true);
    else if (checkId == QLatin1String("server.agent-online"))
        result = agentOnline(r);
    else
        result = burnIn(r);
    if (result)
        finish(*result, m_clock);
    return result;
}

} // namespace edge::commissioning
