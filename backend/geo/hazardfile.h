#pragma once

// Hazard files (issue 4): CSV and GeoJSON import. Both parsers are fuzzed
// (tests/fuzz_hazardfiles.cpp) and never crash on bad input; errors are Code::BadInput and name
// the file, the line and column (CSV) or the feature index and property (GeoJSON), what is wrong
// and what to do. Error::field holds "LINE:COLUMN" (CSV) or "features[N].PROPERTY" (GeoJSON).

#include "backend/geo/hazard.h"

#include <QByteArray>

namespace edge::geo {

// CSV, UTF-8 (a BOM is skipped), a header line required naming the columns name, kind, lat, lon
// (any order, any case) and optionally more columns, which become attributes (e.g. flight-path).
// Fields may be quoted ("..." with "" for a quote); blank lines and lines starting with '#' are
// skipped. lat/lon are decimal degrees or DMS (39°54'26"N).
api::Result<QList<Hazard>> parseHazardsCsv(const QByteArray &data, const QString &fileName);

// GeoJSON (RFC 7946): a FeatureCollection (or a single Feature) of Point, LineString or Polygon
// geometries, [lon, lat] order, with properties.kind (required), properties.name (default
// "KIND N") and any other scalar properties as attributes.
api::Result<QList<Hazard>> parseHazardsGeoJson(const QByteArray &data, const QString &fileName);

// Reads a file and picks the parser by content (a '{' first means GeoJSON) - so .csv, .json and
// .geojson all work. Unreadable files are Code::BadInput too, naming the file.
api::Result<QList<Hazard>> loadHazardsFile(const QString &path);

// Limits on input so a hostile file cannot exhaust memory or time.
inline constexpr qsizetype kMaxHazardFileBytes = 64 * 1024 * 1024;
inline constexpr int kMaxHazards = 100'000;
inline constexpr int kMaxVerticesPerHazard = 100'000;

} // namespace edge::geo
