// Hazard files: the CSV and GeoJSON parsers on good files and on golden malformed files (in
// tests/data) whose errors must name the file, the line and column or the feature and property.
#include "backend/geo/hazardfile.h"

#include <QTest>

#include <cmath>

using namespace edge;
using namespace edge::geo;

namespace {

QString data(const char *name)
{
    return QStringLiteral("%1/backend/geo/tests/data/%2")
        .arg(qEnvironmentVariable("EC_SOURCE_DIR"), QLatin1String(name));
}

} // namespace

class TestHazardFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodCsv()
    {
        auto hazards = loadHazardsFile(data("hazards.csv"));
        QVERIFY2(hazards, hazards ? "" : qPrintable(hazards.error().message));
        QCOMPARE(hazards->size(), 5);
        const Hazard &rail = hazards->at(1);
        QCOMPARE(rail.name, QStringLiteral("Jing-Hu Railway, north"));
        QCOMPARE(rail.kind, HazardKind::Railway);
        QCOMPARE(rail.geometry.type, HazardGeometry::Point);
        QCOMPARE(rail.geometry.parts.first().first(), (GeoPoint{39.9135, 116.3914}));
        QCOMPARE(hazards->at(0).attributes.value(QStringLiteral("note")), QStringLiteral("own"));
        QCOMPARE(hazards->at(2).inFlightPath(), std::optional<bool>(true));
        QCOMPARE(hazards->at(3).inFlightPath(), std::optional<bool>(false));
        QCOMPARE(hazards->at(0).inFlightPath(), std::nullopt);
        const GeoPoint gas = hazards->at(4).geometry.parts.first().first();
        QVERIFY(std::fabs(gas.lat - (39 + 54 / 60.0 + 26 / 3600.0)) < 1e-9);
        QVERIFY(std::fabs(gas.lon - (116 + 23 / 60.0 + 40 / 3600.0)) < 1e-9);
    }

    void csvDetails()
    {
        // BOM, CRLF, header in another order and case, Chinese kind, quoted quotes.
        const QByteArray csv =
            "\xEF\xBB\xBFLON,Lat,Kind,NAME\r\n116.5,39.5,铁路,\"A \"\"B\"\"\"\r\n";
        auto r = parseHazardsCsv(csv, QStringLiteral("x.csv"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first().name, QStringLiteral("A \"B\""));
        QCOMPARE(r->first().kind, HazardKind::Railway);
        QCOMPARE(r->first().geometry.parts.first().first(), (GeoPoint{39.5, 116.5}));
        // A header alone is an empty list, not an error.
        auto empty = parseHazardsCsv("name,kind,lat,lon\n", QStringLiteral("x.csv"));
        QVERIFY(empty && empty->isEmpty());
    }

    void goodGeoJson()
    {
        auto hazards = loadHazardsFile(data("hazards.geojson"));
        QVERIFY2(hazards, hazards ? "" : qPrintable(hazards.error().message));
        QCOMPARE(hazards->size(), 3);
        QCOMPARE(hazards->at(0).kind, HazardKind::Expressway);
        QCOMPARE(hazards->at(0).geometry.type, HazardGeometry::Line);
        QCOMPARE(hazards->at(0).geometry.parts.first().size(), 2);
        QCOMPARE(hazards->at(0).geometry.parts.first().first(), (GeoPoint{39.91, 116.38}));
        QCOMPARE(hazards->at(1).geometry.type, HazardGeometry::Polygon);
        QCOMPARE(hazards->at(1).geometry.parts.first().size(), 4); // closing vertex dropped
        QCOMPARE(hazards->at(1).attributes.value(QStringLiteral("return-period")),
                 QStringLiteral("50"));
        QCOMPARE(hazards->at(2).name, QStringLiteral("Block 7"));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *f, const char *field, const QString &message) {
            QTest::newRow(f) << QString::fromLatin1(f) << QString::fromLatin1(field) << message;
        };
        row("bad_kind.csv", "3:8",
            QStringLiteral("bad_kind.csv line 3 column 8: \"volcano\" is not a hazard kind; use "
                           "one of: airport, flight-path, railway,"));
        row("bad_lat.csv", "2:16",
            QStringLiteral("bad_lat.csv line 2 column 16: the latitude \"95.5\" is not a number "
                           "from -90 to 90 (decimal degrees, or e.g. 39°54'26\"N)"));
        row("no_header.csv", "1:1",
            QStringLiteral("no_header.csv line 1 column 1: the first line must be a header naming "
                           "the columns name, kind, lat, lon (and optional attribute columns); "
                           "missing: name, kind, lat, lon"));
        row("unclosed_quote.csv", "2:1",
            QStringLiteral("unclosed_quote.csv line 2 column 1: the quote is not closed"));
        row("extra_field.csv", "2:27",
            QStringLiteral("extra_field.csv line 2 column 27: 5 fields, but the header names 4 "
                           "columns; quote a field that contains a comma"));
        row("empty_name.csv", "2:1",
            QStringLiteral("empty_name.csv line 2 column 1: the name is empty; give every hazard "
                           "a name"));
        row("bad_kind.geojson", "features[1].properties.kind",
            QStringLiteral("bad_kind.geojson features[1].properties.kind: \"volcano\" is not a "
                           "hazard kind; use one of: airport,"));
        row("no_kind.geojson", "features[0].properties.kind",
            QStringLiteral("no_kind.geojson features[0].properties.kind: the kind is missing or "
                           "not a string"));
        row("swapped.geojson", "features[0].geometry.coordinates",
            QStringLiteral("swapped.geojson features[0].geometry.coordinates: position 1: the "
                           "position [39.9, 116.4] is out of range: GeoJSON is [longitude, "
                           "latitude]"));
        row("multipolygon.geojson", "features[0].geometry.type",
            QStringLiteral("multipolygon.geojson features[0].geometry.type: \"MultiPolygon\" is "
                           "not supported; use Point, LineString or Polygon"));
        row("short_ring.geojson", "features[0].geometry.coordinates",
            QStringLiteral("short_ring.geojson features[0].geometry.coordinates: a polygon ring "
                           "needs at least three different positions"));
        row("not_json.geojson", "3:23",
            QStringLiteral("not_json.geojson line 3 column 23: not valid JSON"));
    }
    void golden()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QString, message);
        auto r = loadHazardsFile(data(file.toLatin1().constData()));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::BadInput);
        QVERIFY2(r.error().message.startsWith(message), qPrintable(r.error().message));
        QCOMPARE(r.error().field, field);
    }

    void missingFile()
    {
        auto r = loadHazardsFile(data("does-not-exist.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::BadInput);
        QVERIFY(r.error().message.contains(QStringLiteral("does-not-exist.csv")));
    }
};

QTEST_GUILESS_MAIN(TestHazardFile)
#include "tst_hazardfile.moc"
