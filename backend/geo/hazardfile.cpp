// Hazard files: CSV and GeoJSON parsers (fuzzed; see hazardfile.h for the formats).
#include "hazardfile.h"
#include "geotr.h"

#include "backend/api/csvline.h"

#include <GeographicLib/DMS.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <exception>

#include "backend/api/limitset.h"

namespace edge::geo {

using api::Code;
using api::Result;

namespace {

QString kindList()
{
    QStringList names;
    for (HazardKind k : allHazardKinds())
        names.append(hazardKindName(k));
    return names.join(QStringLiteral(", "));
}

// Attribute keys: lower case, '-' for '_' and ' '.
QString attributeKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.replace(u'_', u'-');
    k.replace(u' ', u'-');
    return k;
}

// ---- CSV -------------------------------------------------------------------------------------

std::unexpected<api::Error> csvError(const QString &file, int line, int column, const QString &what)
{
    return api::fail(Code::BadInput,
                     Tr::tr("%1 line %2 column %3: %4").arg(file).arg(line).arg(column).arg(what),
                     QStringLiteral("hazards csv %1:%2:%3").arg(file).arg(line).arg(column),
                     QStringLiteral("%1:%2").arg(line).arg(column));
}

using Field = api::CsvField;

// One line into fields ("..." quoting with "" for a quote). On error: the column and why.
std::optional<std::pair<int, QString>> splitLine(const QString &line, QList<Field> &fields)
{
    auto split = api::splitCsvLine(line);
    if (split) {
        fields = std::move(*split);
        return std::nullopt;
    }
    const int column = split.error().column;
    switch (split.error().kind) {
    case api::CsvLineProblem::UnclosedQuote:
        return std::pair{column, Tr::tr("the quote is not closed; close it with \" before the end "
                                        "of the line (fields cannot span lines)")};
    case api::CsvLineProblem::TextAfterQuotedField:
        return std::pair{column, Tr::tr("a comma or the end of the line must follow "
                                        "a quoted field")};
    case api::CsvLineProblem::QuoteInUnquotedField:
        return std::pair{column, Tr::tr("a quote inside an unquoted field; quote the whole "
                                        "field and double the quote (\"\")")};
    }
    return std::nullopt;
}

// A latitude or longitude: decimal degrees or DMS ("39°54'26\"N").
std::optional<double> parseAngle(const QString &text, bool latitude)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (ok)
        return v;
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    try {
        GeographicLib::DMS::flag ind = GeographicLib::DMS::NONE;
        const double d = GeographicLib::DMS::Decode(text.toStdString(), ind);
        if ((latitude && ind == GeographicLib::DMS::LONGITUDE)
            || (!latitude && ind == GeographicLib::DMS::LATITUDE))
            return std::nullopt;
        return d;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace

Result<QList<Hazard>> parseHazardsCsv(const QByteArray &data, const QString &fileName)
{
    if (data.size() > kMaxHazardFileBytes)
        return csvError(fileName, 1, 1, Tr::tr("the file is larger than 64 MiB; split it"));
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QList<QByteArray> lines = bytes.split('\n');
    QList<Hazard> out;
    QStringList header;
    QList<int> headerColumns;
    int colName = -1, colKind = -1, colLat = -1, colLon = -1;
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const int lineNo = int(li) + 1;
        QByteArray raw = lines.at(li);
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString line = QString::fromUtf8(raw);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (line.size() > 100'000)
            return csvError(fileName, lineNo, 1,
                            Tr::tr("the line is longer than 100000 characters"));
        QList<Field> fields;
        if (auto problem = splitLine(line, fields))
            return csvError(fileName, lineNo, problem->first, problem->second);
        if (header.isEmpty()) {
            for (const Field &f : fields) {
                const QString key = attributeKey(f.text);
                if (key.isEmpty())
                    return csvError(fileName, lineNo, f.column,
                                    Tr::tr("a column of the header has no name"));
                if (header.contains(key))
                    return csvError(fileName, lineNo, f.column,
                                    Tr::tr("the column \"%1\" is named twice").arg(key));
                header.append(key);
                headerColumns.append(f.column);
            }
            colName = int(header.indexOf(QStringLiteral("name")));
            colKind = int(header.indexOf(QStringLiteral("kind")));
            colLat = int(header.indexOf(QStringLiteral("lat")));
            if (colLat < 0)
                colLat = int(header.indexOf(QStringLiteral("latitude")));
            colLon = int(header.indexOf(QStringLiteral("lon")));
            if (colLon < 0)
                colLon = int(header.indexOf(QStringLiteral("longitude")));
            QStringList missing;
            if (colName < 0)
                missing << QStringLiteral("name");
            if (colKind < 0)
                missing << QStringLiteral("kind");
            if (colLat < 0)
                missing << QStringLiteral("lat");
            if (colLon < 0)
                missing << QStringLiteral("lon");
            if (!missing.isEmpty())
                return csvError(fileName, lineNo, 1,
                                Tr::tr("the first line must be a header naming the columns name, "
                                       "kind, lat, lon (and optional attribute columns); "
                                       "missing: %1")
                                    .arg(missing.join(QStringLiteral(", "))));
            continue;
        }
        if (fields.size() > header.size())
            return csvError(fileName, lineNo, fields.at(header.size()).column,
                            Tr::tr("%1 fields, but the header names %2 columns; quote a field "
                                   "that contains a comma")
                                .arg(fields.size())
                                .arg(header.size()));
        if (out.size() >= kMaxHazards)
            return csvError(fileName, lineNo, 1, Tr::tr("more than 100000 hazards; split the file"));
        const auto cell = [&](int c) -> Field {
            if (c < fields.size())
                return fields.at(c);
            const int lastEnd = int(line.size()) + 1;
            return Field{{}, lastEnd};
        };
        Hazard h;
        const Field name = cell(colName);
        if (name.text.isEmpty())
            return csvError(fileName, lineNo, name.column,
                            Tr::tr("the name is empty; give every hazard a name"));
        h.name = name.text;
        const Field kind = cell(colKind);
        const auto k = hazardKindFromName(kind.text);
        if (!k)
            return csvError(fileName, lineNo, kind.column,
                            Tr::tr("\"%1\" is not a hazard kind; use one of: %2")
                                .arg(kind.text, kindList()));
        h.kind = *k;
        const Field lat = cell(colLat);
        const Field lon = cell(colLon);
        const auto la = parseAngle(lat.text, true);
        if (!la || !std::isfinite(*la) || *la < -90 || *la > 90)
            return csvError(fileName, lineNo, lat.column,
                            Tr::tr("the latitude \"%1\" is not a number from -90 to 90 (decimal "
                                   "degrees, or e.g. 39°54'26\"N)")
                                .arg(lat.text));
        const auto lo = parseAngle(lon.text, false);
        if (!lo || !std::isfinite(*lo) || *lo < -180 || *lo > 180)
            return csvError(fileName, lineNo, lon.column,
                            Tr::tr("the longitude \"%1\" is not a number from -180 to 180 (decimal "
                                   "degrees, or e.g. 116°23'29\"E)")
                                .arg(lon.text));
        h.geometry = HazardGeometry::point({*la, *lo});
        for (int c = 0; c < header.size(); ++c) {
            if (c == colName || c == colKind || c == colLat || c == colLon)
                continue;
            const QString v = cell(c).text;
            if (!v.isEmpty())
                h.attributes.insert(header.at(c), v);
        }
        out.append(h);
    }
    if (header.isEmpty())
        return csvError(fileName, 1, 1,
                        Tr::tr("the file is empty; it needs a header line name,kind,lat,lon and "
                               "one line per hazard"));
    return out;
}

// ---- GeoJSON ---------------------------------------------------------------------------------

namespace {

std::unexpected<api::Error> featureError(const QString &file, const QString &where,
                                         const QString &what)
{
    return api::fail(Code::BadInput, Tr::tr("%1 %2: %3").arg(file, where, what),
                     QStringLiteral("hazards geojson %1 %2").arg(file, where), where);
}

// [lon, lat(, alt)] -> point; nullopt with the reason otherwise.
std::optional<QString> readPosition(const QJsonValue &v, GeoPoint &p)
{
    if (!v.isArray())
        return Tr::tr("a position must be an array [longitude, latitude]");
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || a.size() > 3)
        return Tr::tr("a position must be an array [longitude, latitude] (optionally with a "
                      "height), not %1 values")
            .arg(a.size());
    if (!a.at(0).isDouble() || !a.at(1).isDouble())
        return Tr::tr("longitude and latitude must be numbers");
    p.lon = a.at(0).toDouble();
    p.lat = a.at(1).toDouble();
    if (!std::isfinite(p.lat) || p.lat < -90 || p.lat > 90 || !std::isfinite(p.lon) || p.lon < -180
        || p.lon > 180)
        return Tr::tr("the position [%1, %2] is out of range: GeoJSON is [longitude, latitude], "
                      "longitude -180..180, latitude -90..90")
            .arg(p.lon)
            .arg(p.lat);
    return std::nullopt;
}

std::optional<QString> readPositions(const QJsonValue &v, QList<GeoPoint> &out, int &budget)
{
    if (!v.isArray())
        return Tr::tr("expected an array of positions");
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (--budget < 0)
            return Tr::tr("more than 100000 positions in one feature");
        GeoPoint p;
        if (auto why = readPosition(a.at(i), p))
            return Tr::tr("position %1: %2").arg(i).arg(*why);
        out.append(p);
    }
    return std::nullopt;
}

QString scalarText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

Result<Hazard> readFeature(const QJsonValue &value, int index, const QString &file)
{
    const QString where = QStringLiteral("features[%1]").arg(index);
    if (!value.isObject())
        return featureError(file, where, Tr::tr("a feature must be an object"));
    const QJsonObject f = value.toObject();
    const QJsonValue type = f.value(QStringLiteral("type"));
    if (type.isString() && type.toString() != u"Feature")
        return featureError(file, where + QStringLiteral(".type"),
                            Tr::tr("\"%1\" is not \"Feature\"").arg(type.toString()));
    const QJsonValue props = f.value(QStringLiteral("properties"));
    if (!props.isObject())
        return featureError(file, where + QStringLiteral(".properties"),
                            Tr::tr("the properties are missing; give at least "
                                   "{\"kind\": \"railway\", \"name\": \"...\"}"));
    const QJsonObject p = props.toObject();
    Hazard h;
    const QJsonValue kind = p.value(QStringLiteral("kind"));
    if (!kind.isString())
        return featureError(file, where + QStringLiteral(".properties.kind"),
                            Tr::tr("the kind is missing or not a string; use one of: %1")
                                .arg(kindList()));
    const auto k = hazardKindFromName(kind.toString());
    if (!k)
        return featureError(file, where + QStringLiteral(".properties.kind"),
                            Tr::tr("\"%1\" is not a hazard kind; use one of: %2")
                                .arg(kind.toString(), kindList()));
    h.kind = *k;
    const QJsonValue name = p.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return featureError(file, where + QStringLiteral(".properties.name"),
                            Tr::tr("the name must be a string"));
    h.name = name.toString().trimmed();
    if (h.name.isEmpty())
        h.name = QStringLiteral("%1 %2").arg(hazardKindName(h.kind)).arg(index + 1);
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.key() == u"kind" || it.key() == u"name")
            continue;
        if (it.value().isObject() || it.value().isArray() || it.value().isNull())
            continue; // not an attribute a rule can use
        h.attributes.insert(attributeKey(it.key()), scalarText(it.value()));
    }

    const QJsonValue geometry = f.value(QStringLiteral("geometry"));
    if (!geometry.isObject())
        return featureError(file, where + QStringLiteral(".geometry"),
                            Tr::tr("the geometry is missing; give a Point, LineString or Polygon"));
    const QJsonObject g = geometry.toObject();
    const QString gtype = g.value(QStringLiteral("type")).toString();
    const QString coordWhere = where + QStringLiteral(".geometry.coordinates");
    const QJsonValue coords = g.value(QStringLiteral("coordinates"));
    int budget = kMaxVerticesPerHazard;
    if (gtype == u"Point") {
        GeoPoint pt;
        if (auto why = readPosition(coords, pt))
            return featureError(file, coordWhere, *why);
        h.geometry = HazardGeometry::point(pt);
    } else if (gtype == u"LineString") {
        QList<GeoPoint> line;
        if (auto why = readPositions(coords, line, budget))
            return featureError(file, coordWhere, *why);
        h.geometry = {HazardGeometry::Line, {line}};
    } else if (gtype == u"Polygon") {
        if (!coords.isArray() || coords.toArray().isEmpty())
            return featureError(file, coordWhere,
                                Tr::tr("a polygon needs an array of rings (the first the outer "
                                       "boundary)"));
        h.geometry.type = HazardGeometry::Polygon;
        const QJsonArray rings = coords.toArray();
        for (qsizetype r = 0; r < rings.size(); ++r) {
            QList<GeoPoint> ring;
            if (auto why = readPositions(rings.at(r), ring, budget))
                return featureError(file, coordWhere, Tr::tr("ring %1: %2").arg(r).arg(*why));
            if (ring.size() > 1 && ring.first() == ring.last())
                ring.removeLast();
            h.geometry.parts.append(ring);
        }
    } else {
        return featureError(file, where + QStringLiteral(".geometry.type"),
                            Tr::tr("\"%1\" is not supported; use Point, LineString or Polygon "
                                   "(split Multi* geometries into one feature each)")
                                .arg(gtype));
    }
    if (auto why = geometryProblem(h.geometry))
        return featureError(file, coordWhere, *why);
    return h;
}

} // namespace

Result<QList<Hazard>> parseHazardsGeoJson(const QByteArray &data, const QString &fileName)
{
    if (data.size() > kMaxHazardFileBytes)
        return featureError(fileName, QStringLiteral("file"),
                            Tr::tr("the file is larger than 64 MiB; split it"));
    QJsonParseError error;
    const QByteArray bytes = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = api::lineColumnAt(bytes, error.offset);
        return api::fail(Code::BadInput,
                         Tr::tr("%1 line %2 column %3: not valid JSON (%4)")
                             .arg(fileName)
                             .arg(line)
                             .arg(column)
                             .arg(error.errorString()),
                         QStringLiteral("hazards geojson %1:%2:%3")
                             .arg(fileName)
                             .arg(line)
                             .arg(column),
                         QStringLiteral("%1:%2").arg(line).arg(column));
    }
    if (!doc.isObject())
        return featureError(fileName, QStringLiteral("type"),
                            Tr::tr("expected a GeoJSON FeatureCollection object"));
    const QJsonObject root = doc.object();
    const QString type = root.value(QStringLiteral("type")).toString();
    QList<Hazard> out;
    if (type == u"Feature") {
        auto h = readFeature(root, 0, fileName);
        if (!h)
            return std::unexpected(h.error());
        out.append(*h);
        return out;
    }
    if (type != u"FeatureCollection")
        return featureError(fileName, QStringLiteral("type"),
                            Tr::tr("expected \"type\": \"FeatureCollection\" (or \"Feature\"), "
                                   "not \"%1\"")
                                .arg(type));
    const QJsonValue features = root.value(QStringLiteral("features"));
    if (!features.isArray())
        return featureError(fileName, QStringLiteral("features"),
                            Tr::tr("\"features\" must be an array of features"));
    const QJsonArray list = features.toArray();
    if (list.size() > kMaxHazards)
        return featureError(fileName, QStringLiteral("features"),
                            Tr::tr("more than 100000 features; split the file"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto h = readFeature(list.at(i), int(i), fileName);
        if (!h)
            return std::unexpected(h.error());
        out.append(*h);
    }
    return out;
}

Result<QList<Hazard>> loadHazardsFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return api::fail(Code::BadInput,
                         Tr::tr("%1: cannot read the hazards file (%2); check the path")
                             .arg(path, file.errorString()),
                         QStringLiteral("open %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.read(kMaxHazardFileBytes + 1);
    const QByteArray head = data.left(64).trimmed();
    if (head.startsWith('{') || head.startsWith("\xEF\xBB\xBF{"))
        return parseHazardsGeoJson(data, name);
    return parseHazardsCsv(data, name);
}

} // namespace edge::geo
