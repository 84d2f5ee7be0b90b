#include "nodemetrics.h"

#include "agenttr.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <sys/statvfs.h>

namespace edge::agent {

using api::Code;
using api::Result;

namespace {

std::unexpected<api::Error> parseError(const QString &source, int line, const QString &why,
                                       const QByteArray &content = {})
{
    QString detail = QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(why);
    if (!content.isEmpty())
        detail += QStringLiteral(": \"%1\"").arg(QString::fromUtf8(content.left(120)));
    return std::unexpected(
        api::Error{Code::InvalidArgument,
                   AgentTr::tr("Unexpected content in %1, line %2.").arg(source).arg(line),
                   detail,
                   {}});
}

std::optional<quint64> toU64(const QByteArray &s)
{
    bool ok = false;
    const quint64 v = s.toULongLong(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

std::optional<double> toDouble(const QByteArray &s)
{
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

QList<QByteArray> fields(const QByteArray &line) { return line.simplified().split(' '); }

} // namespace

namespace procparse {

Result<CpuStat> parseStat(const QByteArray &text, const QString &source)
{
    CpuStat out;
    bool haveTotal = false;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (!line.startsWith("cpu"))
            continue;
        const QList<QByteArray> f = fields(line);
        if (f.size() < 5)
            return parseError(source, i + 1, QStringLiteral("fewer than 4 CPU counters"), line);
        quint64 v[8] = {};
        for (int k = 0; k < 8 && k + 1 < f.size(); ++k) {
            const auto n = toU64(f[k + 1]);
            if (!n)
                return parseError(source, i + 1,
                                  QStringLiteral("counter %1 is not a number").arg(k + 1), line);
            v[k] = *n;
        }
        const CpuTimes t{v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]};
        if (f[0] == "cpu") {
            if (haveTotal)
                return parseError(source, i + 1, QStringLiteral("second \"cpu\" line"), line);
            out.total = t;
            haveTotal = true;
        } else if (toU64(f[0].mid(3))) {
            out.perCpu.push_back(t);
        } else {
            return parseError(source, i + 1, QStringLiteral("unknown CPU line"), line);
        }
    }
    if (!haveTotal)
        return parseError(source, int(lines.size()), QStringLiteral("no \"cpu\" line"));
    return out;
}

Result<MemInfo> parseMemInfo(const QByteArray &text, const QString &source)
{
    MemInfo m;
    bool haveTotal = false, haveAvailable = false;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return parseError(source, i + 1, QStringLiteral("no \"key:\""), line);
        const QByteArray key = line.left(colon);
        const QList<QByteArray> f = fields(line.mid(colon + 1));
        if (f.isEmpty() || f.size() > 2 || (f.size() == 2 && f[1] != "kB"))
            return parseError(source, i + 1, QStringLiteral("expected \"<number> [kB]\""), line);
        const auto v = toU64(f[0]);
        if (!v)
            return parseError(source, i + 1, QStringLiteral("value is not a number"), line);
        if (key == "MemTotal") {
            m.totalKb = *v;
            haveTotal = true;
        } else if (key == "MemFree") {
            m.freeKb = *v;
        } else if (key == "MemAvailable") {
            m.availableKb = *v;
            haveAvailable = true;
        } else if (key == "Buffers") {
            m.buffersKb = *v;
        } else if (key == "Cached") {
            m.cachedKb = *v;
        } else if (key == "SwapTotal") {
            m.swapTotalKb = *v;
        } else if (key == "SwapFree") {
            m.swapFreeKb = *v;
        }
    }
    if (!haveTotal)
        return parseError(source, int(lines.size()), QStringLiteral("no MemTotal"));
    if (!haveAvailable) // kernels before 3.14
        m.availableKb = std::min(m.totalKb, m.freeKb + m.buffersKb + m.cachedKb);
    return m;
}

Result<LoadAvg> parseLoadAvg(const QByteArray &text, const QString &source)
{
    const QByteArray line = text.split('\n').value(0);
    const QList<QByteArray> f = fields(line);
    if (f.size() != 5)
        return parseError(source, 1, QStringLiteral("expected 5 fields"), line);
    const auto l1 = toDouble(f[0]), l5 = toDouble(f[1]), l15 = toDouble(f[2]);
    const QList<QByteArray> procs = f[3].split('/');
    const auto pid = toU64(f[4]);
    if (!l1 || !l5 || !l15 || procs.size() != 2 || !toU64(procs[0]) || !toU64(procs[1]) || !pid
        || *l1 < 0 || *l5 < 0 || *l15 < 0)
        return parseError(source, 1, QStringLiteral("malformed field"), line);
    return LoadAvg{*l1, *l5, *l15, int(*toU64(procs[0])), int(*toU64(procs[1])), qint64(*pid)};
}

Result<Uptime> parseUptime(const QByteArray &text, const QString &source)
{
    const QByteArray line = text.split('\n').value(0);
    const QList<QByteArray> f = fields(line);
    if (f.size() != 2)
        return parseError(source, 1, QStringLiteral("expected 2 fields"), line);
    const auto up = toDouble(f[0]), idle = toDouble(f[1]);
    if (!up || !idle || *up < 0 || *idle < 0)
        return parseError(source, 1, QStringLiteral("malformed number"), line);
    return Uptime{*up, *idle};
}

Result<std::vector<InterfaceCounters>> parseNetDev(const QByteArray &text, const QString &source)
{
    std::vector<InterfaceCounters> out;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (i < 2) { // the two header lines
            if (!line.contains('|'))
                return parseError(source, i + 1, QStringLiteral("missing header"), line);
            continue;
        }
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return parseError(source, i + 1, QStringLiteral("no \"interface:\""), line);
        const QList<QByteArray> f = fields(line.mid(colon + 1));
        if (f.size() != 16)
            return parseError(source, i + 1,
                              QStringLiteral("expected 16 counters, got %1").arg(f.size()), line);
        quint64 v[16];
        for (int k = 0; k < 16; ++k) {
            const auto n = toU64(f[k]);
            if (!n)
                return parseError(source, i + 1,
                                  QStringLiteral("counter %1 is not a number").arg(k + 1), line);
            v[k] = *n;
        }
        InterfaceCounters c;
        c.name = QString::fromUtf8(line.left(colon).trimmed());
        c.rxBytes = v[0];
        c.rxPackets = v[1];
        c.rxErrors = v[2];
        c.rxDropped = v[3];
        c.txBytes = v[8];
        c.txPackets = v[9];
        c.txErrors = v[10];
        c.txDropped = v[11];
        out.push_back(std::move(c));
    }
    return out;
}

Result<double> parseHwmonTemp(const QByteArray &text, const QString &source)
{
    const QByteArray t = text.trimmed();
    bool ok = false;
    const qint64 milli = t.toLongLong(&ok);
    if (!ok || t.contains('\n'))
        return parseError(source, 1, QStringLiteral("expected millidegrees Celsius"), t);
    return double(milli) / 1000.0;
}

std::optional<double> cpuPercent(const CpuTimes &previous, const CpuTimes &current)
{
    const quint64 t0 = previous.total(), t1 = current.total();
    if (t1 <= t0 || current.idleAll() < previous.idleAll())
        return std::nullopt;
    const double total = double(t1 - t0);
    const double idle = double(current.idleAll() - previous.idleAll());
    return std::clamp((total - idle) * 100.0 / total, 0.0, 100.0);
}

std::vector<InterfaceRates> interfaceRates(const std::vector<InterfaceCounters> &previous,
                                           const std::vector<InterfaceCounters> &current,
                                           double seconds)
{
    std::vector<InterfaceRates> out;
    if (seconds <= 0)
        return out;
    auto rate = [seconds](quint64 a, quint64 b) { return b >= a ? double(b - a) / seconds : 0.0; };
    for (const InterfaceCounters &cur : current) {
        const auto prev = std::ranges::find(previous, cur.name, &InterfaceCounters::name);
        if (prev == previous.end())
            continue;
        out.push_back({cur.name, rate(prev->rxBytes, cur.rxBytes), rate(prev->txBytes, cur.txBytes),
                       rate(prev->rxPackets, cur.rxPackets), rate(prev->txPackets, cur.txPackets)});
    }
    return out;
}

} // namespace procparse

NodeMetricsCollector::NodeMetricsCollector(QString root, QStringList mountPoints)
    : m_root(std::move(root))
    , m_mountPoints(std::move(mountPoints))
{}

Result<QByteArray> NodeMetricsCollector::readFile(const QString &relative) const
{
    const QString path = QDir(m_root).filePath(relative);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) // procfs files report size 0: read to the end
        return api::fail(Code::Unavailable, AgentTr::tr("Cannot read %1.").arg(path),
                         f.errorString());
    return f.readAll();
}

Result<std::vector<Temperature>> NodeMetricsCollector::readTemperatures() const
{
    std::vector<Temperature> out;
    const QDir hwmon(QDir(m_root).filePath(QStringLiteral("sys/class/hwmon")));
    if (!hwmon.exists())
        return out;
    static const QRegularExpression inputRe(QStringLiteral("^temp(\\d+)_input$"));
    const QStringList chips = hwmon.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &chipDir : chips) {
        const QDir dir(hwmon.filePath(chipDir));
        QString chip = chipDir;
        if (QFile nameFile(dir.filePath(QStringLiteral("name")));
            nameFile.open(QIODevice::ReadOnly)) {
            const QString n = QString::fromUtf8(nameFile.readAll().trimmed());
            if (!n.isEmpty())
                chip = n;
        }
        QStringList inputs = dir.entryList({QStringLiteral("temp*_input")}, QDir::Files);
        std::ranges::sort(inputs, [](const QString &a, const QString &b) {
            return inputRe.match(a).captured(1).toInt() < inputRe.match(b).captured(1).toInt();
        });
        for (const QString &input : inputs) {
            const auto m = inputRe.match(input);
            if (!m.hasMatch())
                continue;
            const QString path = dir.filePath(input);
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue; // sensors may vanish or refuse reads (ENXIO) while the chip sleeps
            const QByteArray text = f.readAll();
            if (text.isEmpty())
                continue;
            auto celsius = procparse::parseHwmonTemp(text, path);
            if (!celsius)
                return std::unexpected(celsius.error());
            QString label = QStringLiteral("temp") + m.captured(1);
            if (QFile lf(dir.filePath(label + QStringLiteral("_label")));
                lf.open(QIODevice::ReadOnly)) {
                const QString l = QString::fromUtf8(lf.readAll().trimmed());
                if (!l.isEmpty())
                    label = l;
            }
            out.push_back({chip, label, *celsius});
        }
    }
    return out;
}

std::vector<DiskUsage> NodeMetricsCollector::readDisks() const
{
    std::vector<DiskUsage> out;
    for (const QString &mount : m_mountPoints) {
        struct statvfs st {};
        if (statvfs(QFile::encodeName(mount).constData(), &st) != 0)
            continue;
        const quint64 frag = st.f_frsize ? st.f_frsize : st.f_bsize;
        out.push_back({mount, quint64(st.f_blocks) * frag, quint64(st.f_bfree) * frag,
                       quint64(st.f_bavail) * frag});
    }
    return out;
}

Result<NodeSample> NodeMetricsCollector::sample() const
{
    NodeSample s;
    const QDir root(m_root);
    auto text = readFile(QStringLiteral("proc/stat"));
    if (!text)
        return std::unexpected(text.error());
    auto cpu = procparse::parseStat(*text, root.filePath(QStringLiteral("proc/stat")));
    if (!cpu)
        return std::unexpected(cpu.error());
    s.cpu = std::move(*cpu);

    if (text = readFile(QStringLiteral("proc/meminfo")); !text)
        return std::unexpected(text.error());
    auto mem = procparse::parseMemInfo(*text, root.filePath(QStringLiteral("proc/meminfo")));
    if (!mem)
        return std::unexpected(mem.error());
    s.memory = *mem;

    if (text = readFile(QStringLiteral("proc/loadavg")); !text)
        return std::unexpected(text.error());
    auto load = procparse::parseLoadAvg(*text, root.filePath(QStringLiteral("proc/loadavg")));
    if (!load)
        return std::unexpected(load.error());
    s.load = *load;

    if (text = readFile(QStringLiteral("proc/uptime")); !text)
        return std::unexpected(text.error());
    auto up = procparse::parseUptime(*text, root.filePath(QStringLiteral("proc/uptime")));
    if (!up)
        return std::unexpected(up.error());
    s.uptime = *up;

    if (text = readFile(QStringLiteral("proc/net/dev")); text) {
        auto net = procparse::parseNetDev(*text, root.filePath(QStringLiteral("proc/net/dev")));
        if (!net)
            return std::unexpected(net.error());
        s.interfaces = std::move(*net);
    }
    s.disks = readDisks();
    auto temps = readTemperatures();
    if (!temps)
        return std::unexpected(temps.error());
    s.temperatures = std::move(*temps);
    return s;
}

NodeMetrics NodeMetricsCollector::compute(const NodeSample *previous, NodeSample current)
{
    NodeMetrics m;
    if (previous) {
        m.cpuPercent = procparse::cpuPercent(previous->cpu.total, current.cpu.total);
        if (previous->cpu.perCpu.size() == current.cpu.perCpu.size()) {
            for (size_t i = 0; i < current.cpu.perCpu.size(); ++i)
                m.perCpuPercent.push_back(
                    procparse::cpuPercent(previous->cpu.perCpu[i], current.cpu.perCpu[i])
                        .value_or(0.0));
        }
        m.interfaceRates = procparse::interfaceRates(previous->interfaces, current.interfaces,
                                                     current.uptime.uptimeSeconds
                                                         - previous->uptime.uptimeSeconds);
    }
    m.sample = std::move(current);
    return m;
}

Result<NodeMetrics> NodeMetricsCollector::collect(const NodeSample *previous) const
{
    auto s = sample();
    if (!s)
        return std::unexpected(s.error());
    return compute(previous, std::move(*s));
}

} // namespace edge::agent
