// Benchmark: cold start of edge-console on a data directory with 10,000 sites, to the first paint
// of the Sites page with its rows loaded (edge-console --bench-startup). The baseline is the same
// binary on a data directory with no sites, measured in the same run.
//
// Prints one line of JSON:
//   {"benchmark":"console_cold_start_10k_sites","startup_ms":M,"baseline_ms":B,"ratio":M/B,"goal_ms":1000,...}
#include "backend/api/inventorytypes.h"
#include "backend/hub/hub.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace edge;

namespace {

constexpr int kSites = 10'000;
constexpr int kRuns = 5;

bool fillStore(const QString &dir, int sites, qint64 *ms)
{
    QElapsedTimer t;
    t.start();
    hub::HubOptions options;
    options.dataDir = dir;
    auto hub = hub::Hub::open(options);
    if (!hub) {
        std::fprintf(stderr, "bench: cannot open a hub in %s: %s\n", qPrintable(dir),
                     qPrintable(hub.error().toString()));
        return false;
    }
    const QList<api::SiteKind> kinds = api::allSiteKinds();
    for (int i = 0; i < sites; ++i) {
        api::Site s;
        s.name = QStringLiteral("Site %1").arg(i, 5, 10, QLatin1Char('0'));
        s.code = QStringLiteral("S-%1").arg(i);
        s.kind = kinds.at(i % kinds.size());
        s.address = QStringLiteral("%1 Example Road, District %2").arg(i % 997).arg(i % 37);
        s.latitude = 18.0 + (i % 3000) * 0.01;
        s.longitude = 100.0 + (i % 2500) * 0.01;
        auto created = (*hub)->store().create(s.toRecord(), QStringLiteral("bench"));
        if (!created) {
            std::fprintf(stderr, "bench: creating site %d failed: %s\n", i,
                         qPrintable(created.error().toString()));
            return false;
        }
    }
    (*hub)->shutdown();
    *ms = t.elapsed();
    return true;
}

// One run of the console; returns its startup_ms, or -1.
qint64 runOnce(const QString &console, const QString &dir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    p.setProcessEnvironment(env);
    p.start(console, {QStringLiteral("--data"), dir, QStringLiteral("--no-demo"),
                      QStringLiteral("--bench-startup")});
    if (!p.waitForFinished(120'000)) {
        std::fprintf(stderr, "bench: %s did not finish\n", qPrintable(console));
        p.kill();
        p.waitForFinished();
        return -1;
    }
    const QByteArray out = p.readAllStandardOutput().trimmed();
    const QJsonObject o = QJsonDocument::fromJson(out.split('\n').last()).object();
    if (p.exitCode() != 0 || !o.contains(QStringLiteral("startup_ms"))) {
        std::fprintf(stderr, "bench: unexpected output (exit %d): %s\n%s\n", p.exitCode(),
                     out.constData(), p.readAllStandardError().constData());
        return -1;
    }
    return o.value(QStringLiteral("startup_ms")).toInteger();
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // `--prepare DIR`: only build the 10k-site data directory (for profiling by hand).
    if (app.arguments().size() == 3 && app.arguments().at(1) == u"--prepare") {
        qint64 ms = 0;
        return fillStore(app.arguments().at(2), kSites, &ms) ? 0 : 1;
    }
    const QString binDir = qEnvironmentVariable("EC_BIN_DIR", QCoreApplication::applicationDirPath()
                                                                  + QStringLiteral("/../bin"));
    const QString console = QDir(binDir).filePath(QStringLiteral("edge-console"));
    if (!QFileInfo(console).isExecutable()) {
        std::fprintf(stderr, "bench: %s is missing (set EC_BIN_DIR)\n", qPrintable(console));
        return 1;
    }
    QTemporaryDir tmp;
    const QString full = tmp.filePath(QStringLiteral("sites-10k"));
    const QString empty = tmp.filePath(QStringLiteral("empty"));
    qint64 fillMs = 0;
    qint64 emptyMs = 0;
    if (!fillStore(full, kSites, &fillMs) || !fillStore(empty, 0, &emptyMs))
        return 1;

    // One warm-up run each (first start of a binary pays for loading libraries from disk).
    runOnce(console, full);
    runOnce(console, empty);
    QList<qint64> withSites;
    QList<qint64> baseline;
    for (int i = 0; i < kRuns; ++i) {
        const qint64 a = runOnce(console, full);
        const qint64 b = runOnce(console, empty);
        if (a < 0 || b < 0)
            return 1;
        withSites << a;
        baseline << b;
    }
    const qint64 m = median(withSites);
    const qint64 b = median(baseline);
    QJsonObject o;
    o.insert(QStringLiteral("benchmark"), QStringLiteral("console_cold_start_10k_sites"));
    o.insert(QStringLiteral("startup_ms"), m);
    o.insert(QStringLiteral("baseline_ms"), b);
    o.insert(QStringLiteral("ratio"), b > 0 ? double(m) / double(b) : 0.0);
    o.insert(QStringLiteral("goal_ms"), 1000);
    o.insert(QStringLiteral("sites"), kSites);
    o.insert(QStringLiteral("runs"), kRuns);
    o.insert(QStringLiteral("fill_ms"), fillMs);
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
