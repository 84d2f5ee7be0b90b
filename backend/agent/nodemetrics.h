#pragma once

#include "backend/api/error.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace edge::agent {

// Raw counters of one CPU line of /proc/stat, in USER_HZ ticks.
struct CpuTimes {
    quint64 user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    quint64 idleAll() const { return idle + iowait; }
    quint64 total() const { return user + nice + system + idle + iowait + irq + softirq + steal; }
    bool operator==(const CpuTimes &) const = default;
};

struct CpuStat {
    CpuTimes total;               // the "cpu" line
    std::vector<CpuTimes> perCpu; // "cpu0", "cpu1", ... in file order
};

struct MemInfo {
    quint64 totalKb = 0, freeKb = 0, availableKb = 0, buffersKb = 0, cachedKb = 0, swapTotalKb = 0,
            swapFreeKb = 0;
    bool operator==(const MemInfo &) const = default;
};

struct LoadAvg {
    double load1 = 0, load5 = 0, load15 = 0;
    int runnable = 0, total = 0;
    qint64 lastPid = 0;
};

struct Uptime {
    double uptimeSeconds = 0, idleSeconds = 0;
};

struct InterfaceCounters {
    QString name;
    quint64 rxBytes = 0, rxPackets = 0, rxErrors = 0, rxDropped = 0;
    quint64 txBytes = 0, txPackets = 0, txErrors = 0, txDropped = 0;
    bool operator==(const InterfaceCounters &) const = default;
};

struct InterfaceRates {
    QString name;
    double rxBytesPerSec = 0, txBytesPerSec = 0, rxPacketsPerSec = 0, txPacketsPerSec = 0;
};

struct DiskUsage {
    QString mountPoint;
    quint64 totalBytes = 0, freeBytes = 0, availableBytes = 0;
};

struct Temperature {
    QString chip;  // hwmonN/name, or hwmonN when absent
    QString label; // tempN_label, or tempN when absent
    double celsius = 0;
};

// Everything read at one instant: the raw counters rates are computed from.
struct NodeSample {
    CpuStat cpu;
    MemInfo memory;
    LoadAvg load;
    Uptime uptime;
    std::vector<InterfaceCounters> interfaces;
    std::vector<DiskUsage> disks;
    std::vector<Temperature> temperatures;
};

// What is reported: the sample plus what needs two samples (nullopt/empty on the first sample).
struct NodeMetrics {
    NodeSample sample;
    std::optional<double> cpuPercent;
    std::vector<double> perCpuPercent;
    std::vector<InterfaceRates> interfaceRates;
};

// Pure parsers: text in, struct out. `source` names the file in error messages. A malformed line
// gives an api::Error (InvalidArgument) whose detail names the file and the 1-based line.
namespace procparse {
api::Result<CpuStat> parseStat(const QByteArray &text,
                               const QString &source = QStringLiteral("/proc/stat"));
api::Result<MemInfo> parseMemInfo(const QByteArray &text,
                                  const QString &source = QStringLiteral("/proc/meminfo"));
api::Result<LoadAvg> parseLoadAvg(const QByteArray &text,
                                  const QString &source = QStringLiteral("/proc/loadavg"));
api::Result<Uptime> parseUptime(const QByteArray &text,
                                const QString &source = QStringLiteral("/proc/uptime"));
api::Result<std::vector<InterfaceCounters>> parseNetDev(
    const QByteArray &text, const QString &source = QStringLiteral("/proc/net/dev"));
// A hwmon tempN_input file: millidegrees Celsius.
api::Result<double> parseHwmonTemp(const QByteArray &text, const QString &source);

// Busy share of the CPU between two samples, 0..100; nullopt when no time passed.
std::optional<double> cpuPercent(const CpuTimes &previous, const CpuTimes &current);
// Per-second rates between two samples `seconds` apart. Interfaces missing from `previous` or
// whose counters went back (driver reset, wrap) get no rate / a zero rate for that interval.
std::vector<InterfaceRates> interfaceRates(const std::vector<InterfaceCounters> &previous,
                                           const std::vector<InterfaceCounters> &current,
                                           double seconds);
} // namespace procparse

// Reads node metrics from <root>/proc and <root>/sys (root "/" on a real node, a temp tree in
// tests) and the disk usage of the given mount points (statvfs, not under root).
class NodeMetricsCollector {
public:
    explicit NodeMetricsCollector(QString root = QStringLiteral("/"), QStringList mountPoints = {});

    // Reads every source. /proc/stat, meminfo, loadavg and uptime are required; net/dev, disks
    // and hwmon are best effort (missing ones are left out).
    api::Result<NodeSample> sample() const;
    // Rates come from `previous` (the last sample taken, or nullptr for the first); the elapsed
    // time is the difference of the two uptimes, so no clock is needed and nothing sleeps.
    static NodeMetrics compute(const NodeSample *previous, NodeSample current);
    // sample() + compute().
    api::Result<NodeMetrics> collect(const NodeSample *previous) const;

    api::Result<std::vector<Temperature>> readTemperatures() const;
    std::vector<DiskUsage> readDisks() const;

private:
    api::Result<QByteArray> readFile(const QString &relative) const;
    QString m_root;
    QStringList m_mountPoints;
};

} // namespace edge::agent
