#pragma once

// WGS84 geodesics (issue 4, distance to hazards): GeographicLib's Geodesic solver, never a
// spherical formula. Coordinates are degrees; distances metres; azimuths degrees clockwise from
// north in (-180, 180].

#include "backend/api/error.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace edge::geo {

struct GeoPoint {
    double lat = 0; // -90..90
    double lon = 0; // -180..180
    bool operator==(const GeoPoint &) const = default;
};

// Code::Validation naming the field ("latitude"/"longitude") when a value is not finite or out of
// range. `what` names the point for people ("--from", "hazard \"Depot\"").
api::Result<GeoPoint> validatePoint(double lat, double lon, const QString &what = {});

// "LAT,LON" in decimal degrees ("39.9072,116.3914"), or degrees-minutes-seconds with hemisphere
// letters in either order ("39°54'26\"N 116°23'29\"E", "39d54m26sN,116d23m29sE", via
// GeographicLib::DMS). Errors are Code::Validation and say what was expected.
api::Result<GeoPoint> parsePoint(const QString &text, const QString &what = {});

// "39.907222,116.391389" (6 decimals, ~0.1 m).
QString formatPoint(const GeoPoint &point);

struct Inverse {
    double meters = 0; // geodesic distance s12
    double azi1 = 0;   // azimuth at the first point
    double azi2 = 0;   // forward azimuth at the second point (GeodSolve's azi2)
};

// The geodesic between two valid points (WGS84). Accurate to ~15 nm (GeographicLib).
Inverse inverse(const GeoPoint &from, const GeoPoint &to);

// The point `meters` from `from` along azimuth `azi1`; `azi2` (optional) receives the forward
// azimuth there.
GeoPoint direct(const GeoPoint &from, double azi1, double meters, double *azi2 = nullptr);

// Local east/north offsets in metres of `points` from `site` (azimuthal equidistant projection
// centred on the site: the distance from the site and the azimuth are exact), for plotting.
QList<QPointF> localOffsets(const GeoPoint &site, const QList<GeoPoint> &points);
QPointF localOffset(const GeoPoint &site, const GeoPoint &point);

} // namespace edge::geo
