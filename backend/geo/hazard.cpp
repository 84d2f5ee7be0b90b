// Hazard kinds and the shortest geodesic distance from a site to a point, line or polygon.
#include "hazard.h"
#include "geotr.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>
#include <GeographicLib/Gnomonic.hpp>

#include <algorithm>
#include <cmath>

namespace edge::geo {

namespace {

struct KindInfo {
    HazardKind kind;
    const char *name;
    const char *title;
};

const KindInfo kKinds[] = {
    {HazardKind::Airport, "airport", QT_TRANSLATE_NOOP("edge::geo", "Airport")},
    {HazardKind::FlightPath, "flight-path", QT_TRANSLATE_NOOP("edge::geo", "Flight path area")},
    {HazardKind::Railway, "railway", QT_TRANSLATE_NOOP("edge::geo", "Railway")},
    {HazardKind::Expressway, "expressway", QT_TRANSLATE_NOOP("edge::geo", "Expressway")},
    {HazardKind::Metro, "metro", QT_TRANSLATE_NOOP("edge::geo", "Metro")},
    {HazardKind::CarPark, "car-park", QT_TRANSLATE_NOOP("edge::geo", "Car park")},
    {HazardKind::Substation, "substation", QT_TRANSLATE_NOOP("edge::geo", "Substation")},
    {HazardKind::GasStation, "gas-station", QT_TRANSLATE_NOOP("edge::geo", "Gas station")},
    {HazardKind::FireHazardFactory, "fire-hazard-factory",
     QT_TRANSLATE_NOOP("edge::geo", "Fire-hazard class A/B factory or warehouse")},
    {HazardKind::Landfill, "landfill", QT_TRANSLATE_NOOP("edge::geo", "Landfill")},
    {HazardKind::Explosives, "explosives", QT_TRANSLATE_NOOP("edge::geo", "Explosives magazine")},
    {HazardKind::NuclearPlant, "nuclear-plant",
     QT_TRANSLATE_NOOP("edge::geo", "Nuclear power plant")},
    {HazardKind::DustGasFactory, "dust-gas-factory",
     QT_TRANSLATE_NOOP("edge::geo", "Factory with dust or harmful gas")},
    {HazardKind::FloodProne, "flood-prone",
     QT_TRANSLATE_NOOP("edge::geo", "Flood-prone water or area")},
    {HazardKind::Residential, "residential", QT_TRANSLATE_NOOP("edge::geo", "Residential building")},
    {HazardKind::BaseStation, "base-station",
     QT_TRANSLATE_NOOP("edge::geo", "Base station or access point")},
    {HazardKind::Other, "other", QT_TRANSLATE_NOOP("edge::geo", "Other hazard")},
};

struct Alias {
    const char *alias; // UTF-8, lower case, '-' separated
    HazardKind kind;
};

const Alias kAliases[] = {
    {"flightpath", HazardKind::FlightPath},
    {"rail", HazardKind::Railway},
    {"highway", HazardKind::Expressway},
    {"motorway", HazardKind::Expressway},
    {"subway", HazardKind::Metro},
    {"carpark", HazardKind::CarPark},
    {"parking", HazardKind::CarPark},
    {"petrol-station", HazardKind::GasStation},
    {"fuel-station", HazardKind::GasStation},
    {"gasstation", HazardKind::GasStation},
    {"explosives-magazine", HazardKind::Explosives},
    {"nuclear", HazardKind::NuclearPlant},
    {"flood", HazardKind::FloodProne},
    {"floodprone", HazardKind::FloodProne},
    {"basestation", HazardKind::BaseStation},
    {"access-point", HazardKind::BaseStation},
    {"机场", HazardKind::Airport},
    {"飞行区", HazardKind::FlightPath},
    {"航道", HazardKind::FlightPath},
    {"铁路", HazardKind::Railway},
    {"高速公路", HazardKind::Expressway},
    {"地铁", HazardKind::Metro},
    {"停车场", HazardKind::CarPark},
    {"变电站", HazardKind::Substation},
    {"加油站", HazardKind::GasStation},
    {"甲乙类厂房", HazardKind::FireHazardFactory},
    {"甲乙类仓库", HazardKind::FireHazardFactory},
    {"垃圾填埋场", HazardKind::Landfill},
    {"炸药库", HazardKind::Explosives},
    {"核电站", HazardKind::NuclearPlant},
    {"粉尘有害气体工厂", HazardKind::DustGasFactory},
    {"易淹区", HazardKind::FloodProne},
    {"住宅", HazardKind::Residential},
    {"基站", HazardKind::BaseStation},
    {"其他", HazardKind::Other},
};

const GeographicLib::Geodesic &wgs84() { return GeographicLib::Geodesic::WGS84(); }

double distance(const GeoPoint &a, const GeoPoint &b)
{
    double s12 = 0;
    wgs84().Inverse(a.lat, a.lon, b.lat, b.lon, s12);
    return s12;
}

// The nearest point to `site` on the geodesic segment a-b (see nearestPoint() in hazard.h).
NearestPoint nearestOnSegment(const GeoPoint &site, const GeoPoint &a, const GeoPoint &b)
{
    const GeographicLib::GeodesicLine line = wgs84().InverseLine(a.lat, a.lon, b.lat, b.lon);
    const double length = line.Distance();
    const auto at = [&](double s) {
        GeoPoint p;
        line.Position(s, p.lat, p.lon);
        return p;
    };
    const auto dist = [&](double s) { return distance(site, at(s)); };
    if (!(length > 0)) {
        const double d = distance(site, a);
        return {d, a, 0};
    }
    const int n = int(std::clamp(std::ceil(length / 1000.0), 8.0, 20000.0));
    int best = 0;
    double bestD = dist(0);
    for (int i = 1; i <= n; ++i) {
        const double d = dist(length * i / n);
        if (d < bestD) {
            bestD = d;
            best = i;
        }
    }
    double lo = length * std::max(best - 1, 0) / n;
    double hi = length * std::min(best + 1, n) / n;
    double bestS = length * best / n;
    // Golden-section search on [lo, hi] (the distance is unimodal inside one bracket).
    const double g = (std::sqrt(5.0) - 1) / 2;
    double x1 = hi - g * (hi - lo);
    double x2 = lo + g * (hi - lo);
    double f1 = dist(x1);
    double f2 = dist(x2);
    for (int iter = 0; iter < 200 && hi - lo > 1e-4; ++iter) {
        if (f1 < f2) {
            hi = x2;
            x2 = x1;
            f2 = f1;
            x1 = hi - g * (hi - lo);
            f1 = dist(x1);
        } else {
            lo = x1;
            x1 = x2;
            f1 = f2;
            x2 = lo + g * (hi - lo);
            f2 = dist(x2);
        }
    }
    for (const auto &[s, d] : {std::pair{x1, f1}, std::pair{x2, f2}}) {
        if (d < bestD) {
            bestD = d;
            bestS = s;
        }
    }
    return {bestD, at(bestS), 0};
}

// Whether the site is inside the polygon (outer ring minus holes), decided in the gnomonic
// projection centred on the site, where geodesics are (very nearly) straight lines.
bool containsSite(const GeoPoint &site, const QList<QList<GeoPoint>> &rings)
{
    static const GeographicLib::Gnomonic gnomonic(wgs84());
    bool inside = false;
    for (const QList<GeoPoint> &ring : rings) {
        QList<QPointF> xy;
        xy.reserve(ring.size());
        for (const GeoPoint &p : ring) {
            double x = 0;
            double y = 0;
            gnomonic.Forward(site.lat, site.lon, p.lat, p.lon, x, y);
            if (!std::isfinite(x) || !std::isfinite(y))
                return false; // a vertex 90° or more away
            xy.append({x, y});
        }
        // Even-odd rule over all rings: holes flip "inside" back.
        for (qsizetype i = 0, j = xy.size() - 1; i < xy.size(); j = i++) {
            const QPointF &pi = xy.at(i);
            const QPointF &pj = xy.at(j);
            if ((pi.y() > 0) != (pj.y() > 0)) {
                const double xCross = pj.x() + (0 - pj.y()) * (pi.x() - pj.x()) / (pi.y() - pj.y());
                if (0 < xCross)
                    inside = !inside;
            }
        }
    }
    return inside;
}

} // namespace

QString hazardKindName(HazardKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QStringLiteral("other");
}

QString hazardKindTitle(HazardKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return Tr::tr(k.title);
    }
    return Tr::tr("Other hazard");
}

QList<HazardKind> allHazardKinds()
{
    QList<HazardKind> out;
    for (const KindInfo &k : kKinds)
        out.append(k.kind);
    return out;
}

std::optional<HazardKind> hazardKindFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.replace(u'_', u'-');
    n.replace(u' ', u'-');
    for (const KindInfo &k : kKinds) {
        if (n == QLatin1String(k.name))
            return k.kind;
    }
    for (const Alias &a : kAliases) {
        if (n == QString::fromUtf8(a.alias))
            return a.kind;
    }
    return std::nullopt;
}

QList<GeoPoint> HazardGeometry::vertices() const
{
    QList<GeoPoint> out;
    for (const QList<GeoPoint> &part : parts)
        out.append(part);
    return out;
}

std::optional<bool> Hazard::inFlightPath() const
{
    QString v = attributes.value(QStringLiteral("flight-path")).trimmed().toLower();
    if (v.isEmpty())
        v = attributes.value(QStringLiteral("in-flight-path")).trimmed().toLower();
    if (v == u"yes" || v == u"true" || v == u"1" || v == u"y" || v == u"是")
        return true;
    if (v == u"no" || v == u"false" || v == u"0" || v == u"n" || v == u"否")
        return false;
    return std::nullopt;
}

std::optional<QString> geometryProblem(const HazardGeometry &geometry)
{
    if (geometry.parts.isEmpty())
        return Tr::tr("the geometry has no coordinates");
    qsizetype total = 0;
    for (const QList<GeoPoint> &part : geometry.parts) {
        total += part.size();
        for (const GeoPoint &p : part) {
            if (!validatePoint(p.lat, p.lon))
                return Tr::tr("the position %1,%2 is out of range (latitude -90..90, longitude "
                              "-180..180)")
                    .arg(p.lat)
                    .arg(p.lon);
        }
    }
    switch (geometry.type) {
    case HazardGeometry::Point:
        if (geometry.parts.size() != 1 || geometry.parts.first().size() != 1)
            return Tr::tr("a point has exactly one position");
        break;
    case HazardGeometry::Line:
        if (geometry.parts.size() != 1 || geometry.parts.first().size() < 2)
            return Tr::tr("a line needs at least two positions");
        break;
    case HazardGeometry::Polygon:
        for (const QList<GeoPoint> &ring : geometry.parts) {
            QList<GeoPoint> distinct;
            for (const GeoPoint &p : ring) {
                if (!distinct.contains(p))
                    distinct.append(p);
            }
            if (distinct.size() < 3)
                return Tr::tr("a polygon ring needs at least three different positions");
        }
        break;
    }
    if (total > 100'000)
        return Tr::tr("more than 100000 positions in one hazard");
    return std::nullopt;
}

NearestPoint nearestPoint(const GeoPoint &site, const HazardGeometry &geometry)
{
    NearestPoint best{std::numeric_limits<double>::infinity(), site, 0};
    const auto consider = [&](const NearestPoint &n) {
        if (n.meters < best.meters)
            best = n;
    };
    switch (geometry.type) {
    case HazardGeometry::Point:
        for (const QList<GeoPoint> &part : geometry.parts) {
            for (const GeoPoint &p : part)
                consider({distance(site, p), p, 0});
        }
        break;
    case HazardGeometry::Line:
        for (const QList<GeoPoint> &part : geometry.parts) {
            if (part.size() == 1)
                consider({distance(site, part.first()), part.first(), 0});
            for (qsizetype i = 1; i < part.size(); ++i)
                consider(nearestOnSegment(site, part.at(i - 1), part.at(i)));
        }
        break;
    case HazardGeometry::Polygon:
        if (containsSite(site, geometry.parts))
            return {0, site, 0};
        for (const QList<GeoPoint> &ring : geometry.parts) {
            for (qsizetype i = 0; i < ring.size(); ++i) {
                const GeoPoint &a = ring.at(i);
                const GeoPoint &b = ring.at((i + 1) % ring.size());
                consider(nearestOnSegment(site, a, b));
            }
        }
        break;
    }
    if (!std::isfinite(best.meters))
        return {0, site, 0};
    if (best.meters > 0) {
        double s12 = 0;
        double azi2 = 0;
        wgs84().Inverse(site.lat, site.lon, best.point.lat, best.point.lon, s12, best.azimuth, azi2);
    }
    return best;
}

} // namespace edge::geo
