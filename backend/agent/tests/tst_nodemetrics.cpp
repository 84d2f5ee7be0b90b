#include "backend/agent/nodemetrics.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace edge::agent;
using namespace edge::agent::procparse;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("EC_SOURCE_DIR") + QStringLiteral("/backend/agent/tests/data");
}

QByteArray readData(const QString &rel)
{
    QFile f(dataDir() + QLatin1Char('/') + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir src(from);
    for (const QFileInfo &fi : src.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + fi.fileName();
        if (fi.isDir()) {
            if (!copyTree(fi.filePath(), target))
                return false;
        } else if (!QFile::copy(fi.filePath(), target)) {
            return false;
        }
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestNodeMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseStatGolden();
    void parseMemInfoGolden();
    void memAvailableFallback();
    void parseLoadAvgAndUptime();
    void parseNetDevGolden();
    void hwmonTemp();
    void cpuPercentTwoSamples();
    void cpuPercentNoTimePassed();
    void interfaceRatesTwoSamples();
    void malformed_data();
    void malformed();
    void collectorFakeTree();
    void collectorMalformedFileNamesFileAndLine();
    void collectorMissingRequiredFile();
    void randomMutationsNeverCrash();
    void realProcSmoke();
};

void TestNodeMetrics::parseStatGolden()
{
    auto s = parseStat(readData(QStringLiteral("proc/stat")));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    QCOMPARE(s->total, (CpuTimes{4705, 150, 1120, 16250, 520, 0, 35, 12}));
    QCOMPARE(s->perCpu.size(), size_t(2));
    QCOMPARE(s->perCpu[0], (CpuTimes{2355, 75, 560, 8125, 260, 0, 20, 6}));
    QCOMPARE(s->perCpu[1], (CpuTimes{2350, 75, 560, 8125, 260, 0, 15, 6}));
    QCOMPARE(s->total.total(), quint64(22792));
    // Old kernels (2.4) have only four counters.
    auto old = parseStat("cpu 1 2 3 4\n");
    QVERIFY(old);
    QCOMPARE(old->total, (CpuTimes{1, 2, 3, 4, 0, 0, 0, 0}));
}

void TestNodeMetrics::parseMemInfoGolden()
{
    auto m = parseMemInfo(readData(QStringLiteral("proc/meminfo")));
    QVERIFY2(m, qPrintable(m ? QString() : m.error().toString()));
    QCOMPARE(*m, (MemInfo{4027908, 312476, 2517088, 126432, 2053312, 1048572, 1048060}));
}

void TestNodeMetrics::memAvailableFallback()
{
    auto m = parseMemInfo("MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 200 kB\n");
    QVERIFY(m);
    QCOMPARE(m->availableKb, quint64(350));
}

void TestNodeMetrics::parseLoadAvgAndUptime()
{
    auto l = parseLoadAvg(readData(QStringLiteral("proc/loadavg")));
    QVERIFY(l);
    QCOMPARE(l->load1, 0.52);
    QCOMPARE(l->load5, 0.58);
    QCOMPARE(l->load15, 0.59);
    QCOMPARE(l->runnable, 2);
    QCOMPARE(l->total, 523);
    QCOMPARE(l->lastPid, 12345);
    auto u = parseUptime(readData(QStringLiteral("proc/uptime")));
    QVERIFY(u);
    QCOMPARE(u->uptimeSeconds, 350735.47);
    QCOMPARE(u->idleSeconds, 234388.90);
}

void TestNodeMetrics::parseNetDevGolden()
{
    auto n = parseNetDev(readData(QStringLiteral("proc/net/dev")));
    QVERIFY2(n, qPrintable(n ? QString() : n.error().toString()));
    QCOMPARE(n->size(), size_t(3));
    InterfaceCounters
        eth0{QStringLiteral("eth0"), 2776770411, 3162934, 2, 7, 310536104, 1434722, 0, 1};
    QCOMPARE((*n)[1], eth0);
    QCOMPARE((*n)[0].name, QStringLiteral("lo"));
    QCOMPARE((*n)[0].rxBytes, quint64(518745));
    QCOMPARE((*n)[2].name, QStringLiteral("wlan0"));
    QCOMPARE((*n)[2].txPackets, quint64(0));
    // Old kernels print no space after the colon when the counter is wide.
    auto tight = parseNetDev("h|\nh|\neth1:123456789012 5 0 0 0 0 0 0 7 8 0 0 0 0 0 0\n");
    QVERIFY(tight);
    QCOMPARE(tight->at(0).name, QStringLiteral("eth1"));
    QCOMPARE(tight->at(0).rxBytes, quint64(123456789012));
}

void TestNodeMetrics::hwmonTemp()
{
    auto t = parseHwmonTemp("45000\n", QStringLiteral("x"));
    QVERIFY(t);
    QCOMPARE(*t, 45.0);
    t = parseHwmonTemp("-5250\n", QStringLiteral("x"));
    QVERIFY(t);
    QCOMPARE(*t, -5.25);
    t = parseHwmonTemp("hot\n", QStringLiteral("/sys/class/hwmon/hwmon0/temp1_input"));
    QVERIFY(!t);
    QVERIFY(t.error().detail.contains(QStringLiteral("/sys/class/hwmon/hwmon0/temp1_input:1")));
}

void TestNodeMetrics::cpuPercentTwoSamples()
{
    auto a = parseStat(readData(QStringLiteral("proc/stat")));
    auto b = parseStat(readData(QStringLiteral("stat.second")));
    QVERIFY(a && b);
    const auto pct = cpuPercent(a->total, b->total);
    QVERIFY(pct);
    QCOMPARE(*pct, 310.0 * 100.0 / 970.0); // busy 310 of 970 ticks
    const auto cpu0 = cpuPercent(a->perCpu[0], b->perCpu[0]);
    QVERIFY(cpu0);
    QCOMPARE(*cpu0, 155.0 * 100.0 / 485.0);
}

void TestNodeMetrics::cpuPercentNoTimePassed()
{
    const CpuTimes t{1, 2, 3, 4, 5, 6, 7, 8};
    QVERIFY(!cpuPercent(t, t));
    // Counters going back (a different boot) give no value rather than garbage.
    QVERIFY(!cpuPercent(CpuTimes{100, 0, 0, 100}, CpuTimes{1, 0, 0, 1}));
    const auto full = cpuPercent(CpuTimes{0, 0, 0, 10}, CpuTimes{10, 0, 0, 10});
    QVERIFY(full);
    QCOMPARE(*full, 100.0);
}

void TestNodeMetrics::interfaceRatesTwoSamples()
{
    auto a = parseNetDev(readData(QStringLiteral("proc/net/dev")));
    auto b = parseNetDev(readData(QStringLiteral("netdev.second")));
    QVERIFY(a && b);
    const auto rates = interfaceRates(*a, *b, 2.5);
    QCOMPARE(rates.size(), size_t(2)); // tun0 is new: no rate yet; wlan0 is gone
    QCOMPARE(rates[0].name, QStringLiteral("lo"));
    QCOMPARE(rates[0].rxBytesPerSec, 400.0);
    QCOMPARE(rates[0].txPacketsPerSec, 4.0);
    QCOMPARE(rates[1].name, QStringLiteral("eth0"));
    QCOMPARE(rates[1].rxBytesPerSec, 100000.0);
    QCOMPARE(rates[1].txBytesPerSec, 20000.0);
    QCOMPARE(rates[1].rxPacketsPerSec, 100.0);
    QCOMPARE(rates[1].txPacketsPerSec, 20.0);
    // A counter reset gives 0, not a huge number; no elapsed time gives no rates.
    const auto reset = interfaceRates(*b, *a, 2.5);
    QCOMPARE(reset[1].rxBytesPerSec, 0.0);
    QVERIFY(interfaceRates(*a, *b, 0).empty());
}

void TestNodeMetrics::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("stat empty") << "stat" << QByteArray() << 1;
    QTest::newRow("stat no cpu") << "stat" << QByteArray("intr 1\nctxt 2\n") << 3;
    QTest::newRow("stat short") << "stat" << QByteArray("cpu 1 2 3\n") << 1;
    QTest::newRow("stat word") << "stat" << QByteArray("cpu 1 2 3 4\ncpu0 1 x 3 4\n") << 2;
    QTest::newRow("stat negative") << "stat" << QByteArray("cpu 1 -2 3 4\n") << 1;
    QTest::newRow("stat cpuX") << "stat" << QByteArray("cpu 1 2 3 4\ncpux 1 2 3 4\n") << 2;
    QTest::newRow("stat two totals") << "stat" << QByteArray("cpu 1 2 3 4\ncpu 1 2 3 4\n") << 2;
    QTest::newRow("meminfo no colon") << "meminfo" << QByteArray("MemTotal: 1 kB\nbroken\n") << 2;
    QTest::newRow("meminfo word") << "meminfo" << QByteArray("MemTotal: lots kB\n") << 1;
    QTest::newRow("meminfo unit") << "meminfo" << QByteArray("MemTotal: 1 MB\n") << 1;
    QTest::newRow("meminfo no total") << "meminfo" << QByteArray("MemFree: 1 kB\n") << 2;
    QTest::newRow("loadavg short") << "loadavg" << QByteArray("0.1 0.2 0.3\n") << 1;
    QTest::newRow("loadavg procs") << "loadavg" << QByteArray("0.1 0.2 0.3 4 5\n") << 1;
    QTest::newRow("loadavg nan") << "loadavg" << QByteArray("x 0.2 0.3 1/4 5\n") << 1;
    QTest::newRow("uptime empty") << "uptime" << QByteArray("\n") << 1;
    QTest::newRow("uptime word") << "uptime" << QByteArray("12.5 idle\n") << 1;
    QTest::newRow("netdev no header") << "net/dev" << QByteArray("eth0: 1 2\n") << 1;
    QTest::newRow("netdev short") << "net/dev" << QByteArray("a|\nb|\neth0: 1 2 3\n") << 3;
    QTest::newRow("netdev word") << "net/dev"
                                 << QByteArray(
                                        "a|\nb|\nlo: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n"
                                        "eth0: 1 2 3 4 5 6 7 8 9 x 11 12 13 14 15 16\n")
                                 << 4;
    QTest::newRow("netdev no colon")
        << "net/dev" << QByteArray("a|\nb|\neth0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n") << 3;
    QTest::newRow("binary") << "stat" << QByteArray("cpu \xff\xfe\x00\x01 2 3 4", 14) << 1;
}

void TestNodeMetrics::malformed()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const QString source = QStringLiteral("/proc/") + file;
    std::optional<edge::api::Error> err;
    auto check = [&](const auto &r) {
        if (!r)
            err = r.error();
    };
    if (file == QLatin1String("stat"))
        check(parseStat(text, source));
    else if (file == QLatin1String("meminfo"))
        check(parseMemInfo(text, source));
    else if (file == QLatin1String("loadavg"))
        check(parseLoadAvg(text, source));
    else if (file == QLatin1String("uptime"))
        check(parseUptime(text, source));
    else
        check(parseNetDev(text, source));
    QVERIFY2(err, "malformed input was accepted");
    QCOMPARE(err->code, edge::api::Code::InvalidArgument);
    const QString where = source + QLatin1Char(':') + QString::number(line) + QLatin1Char(':');
    QVERIFY2(err->detail.startsWith(where), qPrintable(err->detail));
    QVERIFY2(err->message.contains(source), qPrintable(err->message));
    QVERIFY2(err->message.contains(QString::number(line)), qPrintable(err->message));
}

void TestNodeMetrics::collectorFakeTree()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(copyTree(dataDir() + QStringLiteral("/proc"), root.filePath(QStringLiteral("proc"))));
    QVERIFY(copyTree(dataDir() + QStringLiteral("/sys"), root.filePath(QStringLiteral("sys"))));
    NodeMetricsCollector collector(root.path(), {root.path()});
    auto first = collector.collect(nullptr);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QVERIFY(!first->cpuPercent);
    QVERIFY(first->interfaceRates.empty());
    const NodeSample &s = first->sample;
    QCOMPARE(s.memory.totalKb, quint64(4027908));
    QCOMPARE(s.load.total, 523);
    QCOMPARE(s.interfaces.size(), size_t(3));
    QCOMPARE(s.disks.size(), size_t(1));
    QVERIFY(s.disks[0].totalBytes > 0);
    QVERIFY(s.disks[0].availableBytes <= s.disks[0].totalBytes);
    QCOMPARE(s.temperatures.size(), size_t(4));
    QCOMPARE(s.temperatures[0].chip, QStringLiteral("coretemp"));
    QCOMPARE(s.temperatures[0].label, QStringLiteral("Package id 0"));
    QCOMPARE(s.temperatures[0].celsius, 45.0);
    QCOMPARE(s.temperatures[1].label, QStringLiteral("Core 0"));
    QCOMPARE(s.temperatures[1].celsius, 43.5);
    QCOMPARE(s.temperatures[2].label, QStringLiteral("temp10")); // no label file; numeric order
    QCOMPARE(s.temperatures[2].celsius, -5.25);
    QCOMPARE(s.temperatures[3].chip, QStringLiteral("nvme"));
    QCOMPARE(s.temperatures[3].celsius, 38.85);

    // The second sample: rates over the uptime difference (2.5 s), no sleeping, no clock.
    QVERIFY(writeFile(root.filePath(QStringLiteral("proc/stat")),
                      readData(QStringLiteral("stat.second"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("proc/net/dev")),
                      readData(QStringLiteral("netdev.second"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("proc/uptime")),
                      readData(QStringLiteral("uptime.second"))));
    auto second = collector.collect(&first->sample);
    QVERIFY(second);
    QVERIFY(second->cpuPercent);
    QCOMPARE(*second->cpuPercent, 310.0 * 100.0 / 970.0);
    QCOMPARE(second->perCpuPercent.size(), size_t(2));
    QCOMPARE(second->interfaceRates.size(), size_t(2));
    QCOMPARE(second->interfaceRates[1].name, QStringLiteral("eth0"));
    QVERIFY(qAbs(second->interfaceRates[1].rxBytesPerSec - 100000.0) < 1.0);
}

void TestNodeMetrics::collectorMalformedFileNamesFileAndLine()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(copyTree(dataDir() + QStringLiteral("/proc"), root.filePath(QStringLiteral("proc"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("proc/meminfo")),
                      "MemTotal: 1 kB\nMemFree: 1 kB\nMemAvailable: ?? kB\n"));
    auto r = NodeMetricsCollector(root.path()).sample();
    QVERIFY(!r);
    QVERIFY2(r.error().detail.startsWith(root.filePath(QStringLiteral("proc/meminfo:3:"))),
             qPrintable(r.error().detail));

    QVERIFY(writeFile(root.filePath(QStringLiteral("proc/meminfo")), "MemTotal: 1 kB\n"));
    QDir().mkpath(root.filePath(QStringLiteral("sys/class/hwmon/hwmon3")));
    QVERIFY(
        writeFile(root.filePath(QStringLiteral("sys/class/hwmon/hwmon3/temp1_input")), "warm\n"));
    r = NodeMetricsCollector(root.path()).sample();
    QVERIFY(!r);
    QVERIFY2(r.error().detail.contains(QStringLiteral("hwmon3/temp1_input:1")),
             qPrintable(r.error().detail));
}

void TestNodeMetrics::collectorMissingRequiredFile()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    auto r = NodeMetricsCollector(root.path()).sample();
    QVERIFY(!r);
    QCOMPARE(r.error().code, edge::api::Code::Unavailable);
    QVERIFY2(r.error().message.contains(QStringLiteral("proc/stat")), qPrintable(r.error().message));
}

void TestNodeMetrics::randomMutationsNeverCrash()
{
    // A small in-test fuzzer: flipped, deleted and inserted bytes must give a value or an Error.
    const QByteArray samples[] = {readData(QStringLiteral("proc/stat")),
                                  readData(QStringLiteral("proc/meminfo")),
                                  readData(QStringLiteral("proc/loadavg")),
                                  readData(QStringLiteral("proc/uptime")),
                                  readData(QStringLiteral("proc/net/dev"))};
    QRandomGenerator rng(20261125); // fixed seed: reproducible
    int rejected = 0;
    for (int i = 0; i < 5000; ++i) {
        const int which = int(rng.bounded(5));
        QByteArray t = samples[which];
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits && !t.isEmpty(); ++e) {
            const qsizetype pos = qsizetype(rng.bounded(quint32(t.size())));
            switch (rng.bounded(3)) {
            case 0: t[pos] = char(rng.bounded(256)); break;
            case 1: t.remove(pos, 1 + qsizetype(rng.bounded(8))); break;
            default: t.insert(pos, char(rng.bounded(256))); break;
            }
        }
        bool ok = true;
        switch (which) {
        case 0: ok = bool(parseStat(t)); break;
        case 1: ok = bool(parseMemInfo(t)); break;
        case 2: ok = bool(parseLoadAvg(t)); break;
        case 3: ok = bool(parseUptime(t)); break;
        default: ok = bool(parseNetDev(t)); break;
        }
        rejected += ok ? 0 : 1;
    }
    QVERIFY(rejected > 0);
}

void TestNodeMetrics::realProcSmoke()
{
    NodeMetricsCollector collector(QStringLiteral("/"), {QStringLiteral("/")});
    auto first = collector.sample();
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    // Burn a little CPU so some ticks pass between the samples (no wall-clock assertion).
    auto second = collector.collect(&*first);
    for (int i = 0;
         i < 200 && second && second->sample.cpu.total.total() == first->cpu.total.total(); ++i) {
        volatile quint64 x = 0;
        for (int k = 0; k < 1000000; ++k)
            x = x + quint64(k);
        second = collector.collect(&*first);
    }
    QVERIFY(second);
    const NodeSample &s = second->sample;
    QVERIFY(s.cpu.total.total() > 0);
    QVERIFY(!s.cpu.perCpu.empty());
    QVERIFY(s.memory.totalKb > 16 * 1024);
    QVERIFY(s.memory.availableKb <= s.memory.totalKb);
    QVERIFY(s.memory.freeKb <= s.memory.totalKb);
    QVERIFY(s.load.load1 >= 0 && s.load.load1 < 10000);
    QVERIFY(s.load.total >= 1);
    QVERIFY(s.uptime.uptimeSeconds > 0);
    QVERIFY(s.uptime.uptimeSeconds >= first->uptime.uptimeSeconds);
    QVERIFY(std::ranges::any_of(s.interfaces,
                                [](const auto &i) { return i.name == QLatin1String("lo"); }));
    QCOMPARE(s.disks.size(), size_t(1));
    QVERIFY(s.disks[0].totalBytes > 0);
    for (const Temperature &t : s.temperatures)
        QVERIFY2(t.celsius > -100 && t.celsius < 200, qPrintable(t.label));
    if (second->cpuPercent)
        QVERIFY(*second->cpuPercent >= 0 && *second->cpuPercent <= 100);
    for (const auto &r : second->interfaceRates)
        QVERIFY(r.rxBytesPerSec >= 0 && r.txBytesPerSec >= 0);
}

QTEST_GUILESS_MAIN(TestNodeMetrics)
#include "tst_nodemetrics.moc"
