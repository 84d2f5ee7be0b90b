// WGS84 geodesics through GeographicLib (Geodesic, DMS, AzimuthalEquidistant).
#include "geodesy.h"
#include "geotr.h"

#include <GeographicLib/AzimuthalEquidistant.hpp>
#include <GeographicLib/DMS.hpp>
#include <GeographicLib/Geodesic.hpp>

#include <QRegularExpression>

#include <cmath>
#include <exception>

namespace edge::geo {

using api::Code;
using api::Result;

namespace {

QString prefix(const QString &what) { return what.isEmpty() ? QString() : what + u": "; }

const GeographicLib::Geodesic &wgs84() { return GeographicLib::Geodesic::WGS84(); }

} // namespace

Result<GeoPoint> validatePoint(double lat, double lon, const QString &what)
{
    if (!std::isfinite(lat) || lat < -90 || lat > 90)
        return api::fail(Code::Validation,
                         prefix(what)
                             + Tr::tr("the latitude %1 is outside -90..90 degrees; give the "
                                      "latitude first, then the longitude")
                                   .arg(lat),
                         QStringLiteral("latitude %1").arg(lat), QStringLiteral("latitude"));
    if (!std::isfinite(lon) || lon < -180 || lon > 180)
        return api::fail(Code::Validation,
                         prefix(what)
                             + Tr::tr("the longitude %1 is outside -180..180 degrees").arg(lon),
                         QStringLiteral("longitude %1").arg(lon), QStringLiteral("longitude"));
    return GeoPoint{lat, lon};
}

Result<GeoPoint> parsePoint(const QString &text, const QString &what)
{
    const QString t = text.trimmed();
    const auto expected = [&](const QString &why) {
        return api::fail(Code::Validation,
                         prefix(what)
                             + Tr::tr("\"%1\" is not a position (%2). Write LAT,LON in decimal "
                                      "degrees, e.g. 39.9072,116.3914, or with degrees, minutes "
                                      "and seconds, e.g. 39°54'26\"N 116°23'29\"E.")
                                   .arg(t, why),
                         QStringLiteral("position \"%1\": %2").arg(t, why));
    };
    if (t.isEmpty())
        return expected(Tr::tr("empty"));
    if (t.size() > 200)
        return expected(Tr::tr("too long"));
    // Two parts: split at the comma, or else at white space between two DMS values.
    QStringList parts = t.split(u',');
    if (parts.size() != 2) {
        static const QRegularExpression blanks(QStringLiteral("\\s+"));
        parts = t.split(blanks, Qt::SkipEmptyParts);
    }
    if (parts.size() != 2)
        return expected(Tr::tr("it needs exactly two values, latitude and longitude"));
    const QString a = parts.at(0).trimmed();
    const QString b = parts.at(1).trimmed();
    bool okA = false;
    bool okB = false;
    const double lat = a.toDouble(&okA);
    const double lon = b.toDouble(&okB);
    if (okA && okB)
        return validatePoint(lat, lon, what);
    try {
        double dlat = 0;
        double dlon = 0;
        GeographicLib::DMS::DecodeLatLon(a.toStdString(), b.toStdString(), dlat, dlon);
        return validatePoint(dlat, dlon, what);
    } catch (const std::exception &e) {
        return expected(QString::fromStdString(e.what()));
    }
}

QString formatPoint(const GeoPoint &point)
{
    return QStringLiteral("%1,%2").arg(point.lat, 0, 'f', 6).arg(point.lon, 0, 'f', 6);
}

Inverse inverse(const GeoPoint &from, const GeoPoint &to)
{
    Inverse r;
    wgs84().Inverse(from.lat, from.lon, to.lat, to.lon, r.meters, r.azi1, r.azi2);
    return r;
}

GeoPoint direct(const GeoPoint &from, double azi1, double meters, double *azi2)
{
    GeoPoint p;
    double a2 = 0;
    wgs84().Direct(from.lat, from.lon, azi1, meters, p.lat, p.lon, a2);
    if (azi2)
        *azi2 = a2;
    return p;
}

QPointF localOffset(const GeoPoint &site, const GeoPoint &point)
{
    static const GeographicLib::AzimuthalEquidistant projection(wgs84());
    double x = 0;
    double y = 0;
    double azi = 0;
    double rk = 0;
    projection.Forward(site.lat, site.lon, point.lat, point.lon, x, y, azi, rk);
    return {x, y};
}

QList<QPointF> localOffsets(const GeoPoint &site, const QList<GeoPoint> &points)
{
    QList<QPointF> out;
    out.reserve(points.size());
    for (const GeoPoint &p : points)
        out.append(localOffset(site, p));
    return out;
}

} // namespace edge::geo
