#pragma once

// Hazards near a site (issue 4): what they are, where they are, and the shortest geodesic
// distance from the site to them (a point, a line or an area).

#include "backend/geo/geodesy.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace edge::geo {

enum class HazardKind {
    Airport,
    FlightPath, // the flight-path area of an airport (a polygon, usually)
    Railway,
    Expressway,
    Metro,
    CarPark,
    Substation,
    GasStation,
    FireHazardFactory, // fire-hazard class 甲/乙 (A/B) factory or warehouse
    Landfill,
    Explosives,     // explosives / powder magazine
    NuclearPlant,   // nuclear power plant (danger zone)
    DustGasFactory, // factory emitting dust or harmful gas
    FloodProne,     // flood-prone water or area
    Residential,    // residential building
    BaseStation,    // base station or wireless access point
    Other,
};

// Stable names for files and JSON: "airport", "flight-path", "railway", "expressway", "metro",
// "car-park", "substation", "gas-station", "fire-hazard-factory", "landfill", "explosives",
// "nuclear-plant", "dust-gas-factory", "flood-prone", "residential", "base-station", "other".
QString hazardKindName(HazardKind kind);
// Accepts the names above in any case, with '_' or ' ' for '-', a few aliases ("parking",
// "highway", "power-plant" is NOT one: say "other") and the Chinese names (机场, 铁路, 高速公路, ...).
std::optional<HazardKind> hazardKindFromName(const QString &name);
QList<HazardKind> allHazardKinds();
// For people (translated): "Airport", "Railway", "Fire-hazard class A/B factory or warehouse".
QString hazardKindTitle(HazardKind kind);

struct HazardGeometry {
    enum Type { Point, Line, Polygon };
    Type type = Point;
    // Point: one part with one point. Line: one part, the vertices of a polyline (>= 2).
    // Polygon: the rings, the first the outer boundary, the others holes; each ring closed or
    // not (the closing edge is implied), >= 3 distinct vertices.
    QList<QList<GeoPoint>> parts;

    static HazardGeometry point(const GeoPoint &p) { return {Point, {{p}}}; }
    QList<GeoPoint> vertices() const; // all vertices, for plotting and bounds
};

struct Hazard {
    QString name;
    HazardKind kind = HazardKind::Other;
    HazardGeometry geometry;
    // Free attributes from the file, keys lower case: "flight-path" ("yes"/"no"), "note", ...
    QHash<QString, QString> attributes;

    // The "flight-path" attribute of an airport: true "yes", false "no", nullopt when absent or
    // not a yes/no word (accepted: yes/no, true/false, 1/0, y/n, 是/否).
    std::optional<bool> inFlightPath() const;
};

struct NearestPoint {
    double meters = 0;  // shortest geodesic distance; 0 when the site is inside a polygon
    GeoPoint point;     // where on the hazard (the site itself when inside)
    double azimuth = 0; // from the site to that point (0 when the distance is 0)
};

// The shortest geodesic distance from `site` to the hazard geometry. Lines and polygon edges are
// geodesic segments between their vertices; the nearest point on a segment is found by sampling
// it every 1 km (at least 8 samples) and refining the best bracket by golden-section search to
// 0.1 mm along the segment, so the distance is exact to well under 1 mm for segments up to a few
// hundred kilometres. "Inside a polygon" is decided in the gnomonic projection centred on the
// site (geodesics are straight there, to within centimetres at hazard scales); a polygon with a
// vertex 90° or more from the site counts as outside.
NearestPoint nearestPoint(const GeoPoint &site, const HazardGeometry &geometry);

// Validation of a geometry (used by the file parsers): ranges, vertex counts. The message says
// what is wrong (without saying where: the caller adds that).
std::optional<QString> geometryProblem(const HazardGeometry &geometry);

} // namespace edge::geo
