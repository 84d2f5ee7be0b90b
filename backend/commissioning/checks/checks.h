#pragma once

// Automatic commissioning checks (issue 6): what the console and edgectl run for a template item
// whose "check" names one of checkIds(), through the device adapters (device-protocols/snmp,
// modbus, ssh) and the hub's node status (api::Nodes).
//
//   CheckTarget target = *CheckTarget::fromDevice(upsDevice, item.params);
//   CheckRunner runner(clock);                   // + sleep, cancel flag, progress callback
//   api::Result<CheckOutcome> outcome = runner.run(item.check, target, item.params);
//   for (const CheckRecord &r : recordsFor(*outcome)) commissioning::addRecord(..., {item.id,
//        r.kind, r.payloadJson(), author, r.takenAtMs});
//
// Blocking: run() reads devices and sleeps between polls; call it off the GUI thread. A check
// whose device does not answer, or answers something out of range, is a FAILED outcome with the
// reason in `problems` (so it is recorded as evidence); run() returns an error only for a check id
// it does not know, parameters or a target it cannot use (Code::Validation naming the key) and a
// check that needs something the caller did not give (Code::FailedPrecondition, e.g. no hub) or
// a decision of the person: a first-seen SSH host key that is not accepted yet
// (Code::FailedPrecondition, Error::field "hostKey", the message naming the fingerprint; set
// SshTarget::acceptedFingerprint after the person confirmed it and run the check again).
// Cancelling (the flag) ends the check at the next poll or sleep slice: the outcome then has
// `cancelled` set and recordsFor() gives its readings, trace and samples but no "result".
//
// Check ids and their params (all optional unless said):
//   ups.status        UPS-MIB: output source normal(3), battery status batteryNormal(2), no alarm
//                     present (params: min_charge %, default 0; ignore_alarms bool).
//   ups.input         input line 1 voltage min_voltage..max_voltage (187..253 V, 220 V ±15 %) and
//                     frequency min_frequency..max_frequency (47..53 Hz).
//   ups.mains-loss    guided: upsOutputSource must become battery(5) within limit_ms (10000) after
//                     the start, then normal(3) within return_limit_ms (60000) after that.
//   snmp.temperatures ENTITY-SENSOR-MIB celsius sensors; at least one; each within min..max when
//                     given.
//   snmp.if-links     IF-MIB: every port of ports (ifIndex numbers or ifName/ifDescr strings) has
//                     ifOperStatus up; without ports, every port that is admin up.
//   modbus.sensors    polls the register map; every reading within ranges {"quantity": [min,
//                     max]} when given; door closed, leak and smoke normal (value 0) unless
//                     allow_alarms is true.
//   modbus.door-change / modbus.leak-change / modbus.smoke-change
//                     guided: the "door" / "leak" / "smoke" reading (params.quantity or
//                     params.entry, the register map entry name, to choose another) must differ
//                     from its value at the start within limit_ms (default 30000).
//   server.ssh-login  SSH login to the node (CheckTarget::ssh) with the field-install host key
//                     policy (our known_hosts; a first-seen key only when accepted; a changed key
//                     never), then `uname -n`.
//   server.facts      over SSH: CPU model and cores, memory, disks, OS (/etc/os-release), serial
//                     (dmidecode when readable); pass when cores, memory and OS are known.
//   server.agent-online  the node's presence as the hub reports it (api::Nodes::nodeStatus, the
//                     same call the console's node list shows): pass when online.
//   burn-in           records every interval_s (default 60) for period_s (default 7200):
//                     temperatures (SNMP entity sensors and/or the Modbus map), UPS load
//                     (upsOutputPercentLoad) and the node's latest metrics (CPU %, max
//                     temperature, memory used %) when CheckTarget::nodes is given; optional
//                     max_temperature fails the run when exceeded; a UPS alarm during the run
//                     fails it unless ignore_alarms. Passes when every round read something.
// Guided checks and burn-in take interval_ms (guided, default 500) / interval_s for polling.

#include "backend/api/clock.h"
#include "backend/api/commissioning.h"
#include "backend/api/inventorytypes.h"
#include "backend/api/workload.h"
#include "device-protocols/common/sensor.h"
#include "device-protocols/modbus/modbussession.h"
#include "device-protocols/snmp/snmpsettings.h"
#include "device-protocols/ssh/sshsession.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace edge::commissioning {

// SSH to a node, with the field-install host key policy (backend/fieldinstall/fieldinstaller.h).
struct SshTarget {
    QString host;
    int port = 22;
    ssh::Credentials credentials;
    QString knownHostsFile;        // our known_hosts (never ~/.ssh); required
    QString acceptedFingerprint;   // a first-seen key with exactly this fingerprint is trusted
    bool acceptNewHostKey = false; // any first-seen key is trusted (--yes)
    std::chrono::milliseconds timeout{10000};
};

// The secrets of a device, typed by the person when a check runs; never stored (the device record
// refuses them) and never logged. Empty: the params' value, else the SNMP default ("public").
struct DeviceSecrets {
    QString community;      // SNMP v2c
    QString authPassphrase; // SNMP v3
    QString privPassphrase; // SNMP v3
};

// The secrets a check on this device needs ("community" for SNMP v2c; "auth_passphrase" and
// "priv_passphrase" for v3; none for Modbus), so the caller knows what to ask for.
QStringList secretsNeeded(const api::Device &device);

// The device protocols a check reads through (ups.* and snmp.*: SNMP; modbus.*: Modbus TCP or
// RTU); empty for the server checks and burn-in, which choose their own targets.
QList<api::DeviceProtocol> deviceProtocolsFor(const QString &checkId);

// What a check reads: the device or node settings. Fill what the check needs.
struct CheckTarget {
    QString name; // for people: the device or node name
    std::optional<snmp::SessionConfig> snmp;
    std::optional<modbus::ModbusConnection> modbus;
    modbus::RegisterMap registerMap; // for Modbus checks and burn-in
    std::optional<SshTarget> ssh;
    QString nodeId;              // server.agent-online, burn-in node metrics
    api::Nodes *nodes = nullptr; // the hub's node operations (not owned); may be null

    // A device record (protocol snmp / modbus-tcp / modbus-rtu, address "host[:port]" or the
    // serial device, api::Device::settings), the item params and the secrets the person typed.
    // Keys: snmp_version "2c"|"3", user, auth_protocol, priv_protocol, unit_id, preset (a
    // register map preset id), register_map (an inline map in the registermap.h JSON format),
    // timeout_ms; the device's settings win over the item params (the device knows its unit and
    // map; the template is generic); secrets come from `secrets` (or, for tests, the params:
    // community, auth_passphrase, priv_passphrase). Validation errors name the key.
    static api::Result<CheckTarget> fromDevice(const api::Device &device,
                                               const QJsonObject &params = {},
                                               const DeviceSecrets &secrets = {});
    // A node record: name, id, and SSH to its management address (port 22 unless `ssh.port`).
    // `ssh` gives the credentials and host key policy; its host is replaced.
    static api::Result<CheckTarget> fromNode(const api::Node &node, const SshTarget &ssh,
                                             api::Nodes *nodes = nullptr);
};

// One poll of a guided test.
struct GuidedSample {
    qint64 t = 0; // ms since the epoch
    double value = 0;
    QString raw;    // as read
    QString state;  // "battery", "normal", "open", ... or the error text when the read failed
    bool ok = true; // false: the read failed (value meaningless)
};

struct GuidedTrace {
    QString expect; // for people, not translated (a log of what was watched for)
    qint64 limitMs = 0;
    qint64 startedMs = 0;
    std::optional<qint64> changedMs;  // when the expected state was first seen
    std::optional<qint64> returnedMs; // ups.mains-loss: when mains came back
    QList<GuidedSample> samples;
};

struct BurnInSeries {
    QString unit;
    QList<QPair<qint64, double>> points; // [ms, value]
};

struct CheckOutcome {
    QString check;
    bool passed = false;
    bool cancelled = false;
    QString summary; // for people, translated
    QList<devices::SensorReading> readings;
    QStringList problems; // translated
    std::optional<GuidedTrace> guided;
    QMap<QString, BurnInSeries> burnIn; // "<quantity> <label>" -> series
    int burnInRounds = 0;
    std::optional<double> value; // the measured value of the result record, with its unit
    QString unit;
    QJsonObject facts; // server.facts: cpu_model, cpu_cores, memory_mb, disks, os, serial
    qint64 finishedMs = 0;
};

// A record to add for an outcome: kind, payload (api/commissioning.h shapes) and time.
struct CheckRecord {
    api::RecordKind kind = api::RecordKind::Reading;
    QJsonObject payload;
    qint64 takenAtMs = 0;
    QString payloadJson() const; // compact JSON text for NewRecord::payload
};

// "reading" (when there are readings or problems), "guided" (when traced), "burn-in" (one per
// chunk of `burnInChunkMs` of samples), then "result" with automatic: true (not when cancelled).
QList<CheckRecord> recordsFor(const CheckOutcome &outcome, qint64 burnInChunkMs = 60'000);

// SensorReading as the "reading" payload JSON (quantity, label, value, unit, raw, source,
// timestamp_ms).
QJsonObject readingToJson(const devices::SensorReading &reading);

// The generic guided watcher: polls `read` every `intervalMs` until `predicate` holds or
// `limitMs` passed since `startedMs`, appending every sample (with its time from `clock`) to
// `trace`. Returns the time the predicate first held, or nothing (limit passed or cancelled).
struct WatchContext {
    const api::Clock &clock;
    std::function<void(qint64 ms)> sleep;
    const std::atomic_bool *cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(); }
    std::function<void(const GuidedSample &)> onSample = {}; // every sample as it is read
};
using SampleReader = std::function<GuidedSample()>; // t is filled by the watcher
using SamplePredicate = std::function<bool(const GuidedSample &)>;
std::optional<qint64> watchFor(const WatchContext &context, const SampleReader &read,
                               const SamplePredicate &predicate, qint64 startedMs, qint64 limitMs,
                               qint64 intervalMs, QList<GuidedSample> &samples);

// server.facts: the output of factsScript() parsed into facts (cpu_model, cpu_cores, memory_mb,
// disks [{name, size_gb}], disk_gb, os, serial). Lines it does not know are ignored.
QJsonObject parseServerFacts(const QByteArray &output);
QString factsScript();

struct CheckProgress {
    QString message;      // translated
    double fraction = -1; // 0..1, < 0 when unknown
};

class CheckRunner {
public:
    using Sleep = std::function<void(qint64 ms)>;
    using Progress = std::function<void(const CheckProgress &)>;

    // `sleep` empty: sleeps on this thread in slices of at most 50 ms, waking early on cancel.
    // `clock` (and the sleep) must outlive the runner.
    explicit CheckRunner(const api::Clock &clock, Sleep sleep = {},
                         const std::atomic_bool *cancel = nullptr, Progress progress = {});

    api::Result<CheckOutcome> run(const QString &checkId, const CheckTarget &target,
                                  const QJsonObject &params);
    // Optional: every sample of a guided test as it is read (the console shows the latest raw
    // reading), called on the thread that runs the check.
    void setSampleCallback(std::function<void(const GuidedSample &)> onSample)
    {
        m_onSample = std::move(onSample);
    }

    static QStringList checkIds();
    static bool isGuided(const QString &checkId); // ups.mains-loss, modbus.*-change
    static bool isKnown(const QString &checkId) { return checkIds().contains(checkId); }

    // Server checks are about every server of the cabinet: runs `checkId` on each target in turn
    // and combines the outcomes into one (passed when every target passed; readings and problems
    // of all, problems prefixed with the target's name; facts keyed by target name when more than
    // one; the summary says how many passed). Stops at the first error (e.g. a first-seen host key:
    // accept it and run again) or cancel. One target: exactly run().
    // `failedAt` (may be null) gets the index of the target whose run gave the error.
    api::Result<CheckOutcome> runOnEach(const QString &checkId, const QList<CheckTarget> &targets,
                                        const QJsonObject &params, int *failedAt = nullptr);

private:
    WatchContext context() const;
    void report(const QString &message, double fraction) const;

    const api::Clock &m_clock;
    Sleep m_sleep;
    const std::atomic_bool *m_cancel;
    Progress m_progress;
    std::function<void(const GuidedSample &)> m_onSample;
};

} // namespace edge::commissioning
