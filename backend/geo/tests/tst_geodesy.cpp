// Geodesics against GeographicLib's own command-line solver (GeodSolve, geographiclib-tools), run
// as a process: many point pairs to 1 mm; DMS parsing; local offsets; nearest points on lines.
#include "backend/geo/geodesy.h"
#include "backend/geo/hazard.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <random>

using namespace edge::geo;

namespace {

struct Pair {
    GeoPoint a;
    GeoPoint b;
    QByteArray label;
};

double angleDiff(double x, double y)
{
    double d = std::fmod(std::fabs(x - y), 360.0);
    return std::min(d, 360.0 - d);
}

// Runs GeodSolve with `args`, one input line per query; returns its output lines.
QList<QByteArray> geodSolve(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral("GeodSolve"), args);
    if (!p.waitForStarted(30000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

QList<double> numbers(const QByteArray &line)
{
    QList<double> out;
    for (const QByteArray &f : line.simplified().split(' '))
        out.append(f.toDouble());
    return out;
}

} // namespace

class TestGeodesy : public QObject {
    Q_OBJECT

private:
    QList<Pair> pairs() const
    {
        std::mt19937 rng(20261125);
        std::uniform_real_distribution<double> lat(-90, 90);
        std::uniform_real_distribution<double> lon(-180, 180);
        std::uniform_real_distribution<double> unit(0, 1);
        QList<Pair> out;
        for (int i = 0; i < 200; ++i)
            out.append({{lat(rng), lon(rng)}, {lat(rng), lon(rng)}, "random"});
        for (int i = 0; i < 60; ++i) { // nearly antipodal: the hard case of the inverse problem
            const GeoPoint a{lat(rng) * 0.5, lon(rng)};
            double lon2 = a.lon + 180 - unit(rng) * 0.5;
            if (lon2 > 180)
                lon2 -= 360;
            out.append({a, {-a.lat + (unit(rng) - 0.5) * 0.2, lon2}, "antipodal"});
        }
        for (int i = 0; i < 60; ++i) { // near the poles
            const double s = (i % 2) ? 1 : -1;
            out.append({{s * (90 - unit(rng) * 0.05), lon(rng)},
                        {s * (90 - unit(rng) * 0.5), lon(rng)},
                        "pole"});
        }
        out.append({{89.999999, 10}, {90, 0}, "pole"});
        for (int i = 0; i < 60; ++i) { // across the dateline
            out.append({{lat(rng) * 0.9, 180 - unit(rng) * 0.5},
                        {lat(rng) * 0.9, -180 + unit(rng) * 0.5},
                        "dateline"});
        }
        out.append({{10, 180}, {10.001, -179.999}, "dateline"});
        for (int i = 0; i < 60; ++i) { // 1 m apart
            const GeoPoint a{lat(rng) * 0.99, lon(rng)};
            out.append({a, direct(a, lon(rng), 1.0), "1m"});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("GeodSolve")).isEmpty())
            QFAIL("GeodSolve is missing: install geographiclib-tools (scripts/install-deps.sh "
                  "--test --peers)");
    }

    void inverseMatchesGeodSolve()
    {
        const QList<Pair> ps = pairs();
        QByteArray input;
        for (const Pair &p : ps)
            input += QString::asprintf("%.17g %.17g %.17g %.17g\n", p.a.lat, p.a.lon, p.b.lat,
                                       p.b.lon)
                         .toLatin1();
        const QList<QByteArray> lines = geodSolve({QStringLiteral("-i"), QStringLiteral("-p"),
                                                   QStringLiteral("9")},
                                                  input);
        QCOMPARE(lines.size(), ps.size());
        int checked = 0;
        for (qsizetype i = 0; i < ps.size(); ++i) {
            const QList<double> ref = numbers(lines.at(i)); // azi1 azi2 s12
            QCOMPARE(ref.size(), 3);
            const Inverse g = inverse(ps.at(i).a, ps.at(i).b);
            const QByteArray where = ps.at(i).label + " #" + QByteArray::number(i) + ": "
                                     + lines.at(i);
            QVERIFY2(std::fabs(g.meters - ref.at(2)) < 1e-3, where.constData());
            // Azimuths: to 1 mm of sideways displacement over the distance (at least 1 m).
            // Exactly at a pole the azimuth depends on the longitude convention: skip.
            if (std::fabs(ps.at(i).a.lat) < 90 && std::fabs(ps.at(i).b.lat) < 90) {
                const double arm = std::max(ref.at(2), 1.0) * M_PI / 180;
                QVERIFY2(angleDiff(g.azi1, ref.at(0)) * arm < 1e-3, where.constData());
                QVERIFY2(angleDiff(g.azi2, ref.at(1)) * arm < 1e-3, where.constData());
            }
            ++checked;
        }
        QCOMPARE(checked, ps.size());
        QVERIFY(ps.size() > 400);
    }

    void directMatchesGeodSolve()
    {
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> lat(-89, 89);
        std::uniform_real_distribution<double> lon(-180, 180);
        std::uniform_real_distribution<double> dist(0.5, 19'000'000);
        QList<std::tuple<GeoPoint, double, double>> qs;
        QByteArray input;
        for (int i = 0; i < 200; ++i) {
            const GeoPoint a{lat(rng), lon(rng)};
            const double azi = lon(rng);
            const double s = i < 20 ? 1.0 : dist(rng);
            qs.append({a, azi, s});
            input += QString::asprintf("%.17g %.17g %.17g %.17g\n", a.lat, a.lon, azi, s).toLatin1();
        }
        const QList<QByteArray> lines = geodSolve({QStringLiteral("-p"), QStringLiteral("9")},
                                                  input);
        QCOMPARE(lines.size(), qs.size());
        for (qsizetype i = 0; i < qs.size(); ++i) {
            const auto &[a, azi, s] = qs.at(i);
            const QList<double> ref = numbers(lines.at(i)); // lat2 lon2 azi2
            QCOMPARE(ref.size(), 3);
            double azi2 = 0;
            const GeoPoint b = direct(a, azi, s, &azi2);
            // 1 mm as distance between our point and GeodSolve's.
            QVERIFY2(inverse(b, {ref.at(0), ref.at(1)}).meters < 1e-3, lines.at(i).constData());
            QVERIFY2(angleDiff(azi2, ref.at(2)) < 1e-6, lines.at(i).constData());
        }
    }

    void parsePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("decimal") << QStringLiteral("39.9072,116.3914") << 39.9072 << 116.3914;
        QTest::newRow("blanks") << QStringLiteral(" -33.86 , 151.21 ") << -33.86 << 151.21;
        QTest::newRow("dms") << QStringLiteral("39°54'26\"N 116°23'29\"E")
                             << 39 + 54 / 60.0 + 26 / 3600.0 << 116 + 23 / 60.0 + 29 / 3600.0;
        QTest::newRow("dms-comma-swapped")
            << QStringLiteral("116d23'29\"E,39d54'26\"S") << -(39 + 54 / 60.0 + 26 / 3600.0)
            << 116 + 23 / 60.0 + 29 / 3600.0;
        QTest::newRow("edges") << QStringLiteral("-90,180") << -90.0 << 180.0;
    }
    void parsePoints()
    {
        QFETCH(QString, text);
        QFETCH(double, lat);
        QFETCH(double, lon);
        auto p = parsePoint(text);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QVERIFY(std::fabs(p->lat - lat) < 1e-9);
        QVERIFY(std::fabs(p->lon - lon) < 1e-9);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("lat-range")
            << QStringLiteral("91,10") << QStringLiteral("latitude") << QStringLiteral("-90..90");
        QTest::newRow("lon-range") << QStringLiteral("10,181") << QStringLiteral("longitude")
                                   << QStringLiteral("-180..180");
        QTest::newRow("one-value")
            << QStringLiteral("39.9") << QString() << QStringLiteral("exactly two values");
        QTest::newRow("words") << QStringLiteral("north,east") << QString()
                               << QStringLiteral("LAT,LON");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("empty");
        QTest::newRow("nan") << QStringLiteral("nan,1") << QStringLiteral("latitude")
                             << QStringLiteral("latitude");
        QTest::newRow("two-lats") << QStringLiteral("39N,40N") << QString()
                                  << QStringLiteral("LAT,LON");
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, says);
        auto p = parsePoint(text, QStringLiteral("--from"));
        QVERIFY(!p);
        QCOMPARE(p.error().code, edge::api::Code::Validation);
        QCOMPARE(p.error().field, field);
        QVERIFY2(p.error().message.contains(says), qPrintable(p.error().message));
        QVERIFY(p.error().message.startsWith(QStringLiteral("--from: ")));
    }

    void localOffsetsAreExactInDistanceAndAzimuth()
    {
        const GeoPoint site{31.2304, 121.4737};
        const QList<QPointF> o = localOffsets(site, {direct(site, 90, 1000), direct(site, 0, 2500),
                                                     direct(site, 225, 40'000)});
        QCOMPARE(o.size(), 3);
        QVERIFY(std::fabs(o.at(0).x() - 1000) < 1e-6 && std::fabs(o.at(0).y()) < 1e-6);
        QVERIFY(std::fabs(o.at(1).y() - 2500) < 1e-6 && std::fabs(o.at(1).x()) < 1e-6);
        QVERIFY(std::fabs(std::hypot(o.at(2).x(), o.at(2).y()) - 40'000) < 1e-3);
        QVERIFY(o.at(2).x() < 0 && o.at(2).y() < 0);
    }

    void nearestPointOnLine()
    {
        const GeoPoint site{40.0, 116.0};
        const GeoPoint foot = direct(site, 0, 1000);
        double aziAtFoot = 0;
        direct(site, 0, 1000, &aziAtFoot);
        // A geodesic through `foot` perpendicular to the site's meridian there.
        const GeoPoint west = direct(foot, aziAtFoot - 90, 5000);
        const GeoPoint east = direct(foot, aziAtFoot + 90, 7000);
        const HazardGeometry line{HazardGeometry::Line, {{west, east}}};
        const NearestPoint n = nearestPoint(site, line);
        QVERIFY2(std::fabs(n.meters - 1000) < 1e-3, qPrintable(QString::number(n.meters, 'f', 6)));
        QVERIFY(inverse(n.point, foot).meters < 0.01);
        QVERIFY(angleDiff(n.azimuth, 0) < 1e-3);
    }

    void nearestPointMatchesBruteForce()
    {
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> u(-1, 1);
        for (int t = 0; t < 12; ++t) {
            const GeoPoint site{45 * u(rng), 170 * u(rng)};
            const GeoPoint a = direct(site, 180 * u(rng), 3000 + 20'000 * (u(rng) + 1));
            const GeoPoint b = direct(a, 180 * u(rng), 500 + 30'000 * (u(rng) + 1));
            const NearestPoint n = nearestPoint(site, {HazardGeometry::Line, {{a, b}}});
            const Inverse ab = inverse(a, b);
            double brute = 1e300;
            const int samples = 60'000;
            for (int i = 0; i <= samples; ++i)
                brute = std::min(brute,
                                 inverse(site, direct(a, ab.azi1, ab.meters * i / samples)).meters);
            // The brute force samples every <= 1.1 m, so it can only be longer (by < 1 cm).
            QVERIFY2(n.meters <= brute + 1e-3 && brute - n.meters < 0.01,
                     qPrintable(
                         QStringLiteral("%1 vs %2").arg(n.meters, 0, 'f', 6).arg(brute, 0, 'f', 6)));
        }
    }

    void polygonInsideAndOutside()
    {
        const GeoPoint c{22.54, 114.06};
        QList<GeoPoint> ring;
        for (int azi : {45, 135, 225, 315})
            ring.append(direct(c, azi, 1414.2135623731));
        const HazardGeometry square{HazardGeometry::Polygon, {ring}};
        QCOMPARE(nearestPoint(c, square).meters, 0.0);
        QCOMPARE(nearestPoint(direct(c, 10, 900), square).meters, 0.0);
        const NearestPoint out = nearestPoint(direct(c, 90, 3000), square);
        QVERIFY2(std::fabs(out.meters - 2000) < 1.0, qPrintable(QString::number(out.meters)));
        // A hole around the centre: the centre is outside again, 500 m from the hole's edge.
        QList<GeoPoint> hole;
        for (int azi : {45, 135, 225, 315})
            hole.append(direct(c, azi, 707.10678118655));
        const NearestPoint inHole = nearestPoint(c, {HazardGeometry::Polygon, {ring, hole}});
        QVERIFY2(std::fabs(inHole.meters - 500) < 1.0, qPrintable(QString::number(inHole.meters)));
    }
};

QTEST_GUILESS_MAIN(TestGeodesy)
#include "tst_geodesy.moc"
