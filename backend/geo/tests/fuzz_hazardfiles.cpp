// Fuzz driver for the hazard file parsers (CSV and GeoJSON): seeds and random mutations; every
// rejected input must carry a BadInput error naming where, every accepted one must give valid
// geometries whose distance from a site can be computed.
// Without libFuzzer this is a plain program: fuzz_geo_hazardfiles [iterations] [seed].
#include "backend/geo/hazardfile.h"

#include <QFile>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

using namespace edge;
using namespace edge::geo;

static void check(const api::Result<QList<Hazard>> &r)
{
    if (r) {
        for (const Hazard &h : *r) {
            if (geometryProblem(h.geometry)) {
                std::fprintf(stderr, "accepted an invalid geometry\n");
                std::abort();
            }
            const NearestPoint n = nearestPoint({10, 20}, h.geometry);
            if (!std::isfinite(n.meters) || n.meters < 0) {
                std::fprintf(stderr, "bad distance\n");
                std::abort();
            }
        }
    } else if (r.error().code != api::Code::BadInput || r.error().field.isEmpty()
               || r.error().message.isEmpty()) {
        std::fprintf(stderr, "error without code/where: %s\n", qPrintable(r.error().message));
        std::abort();
    }
}

static void runOne(const QByteArray &data)
{
    check(parseHazardsCsv(data, QStringLiteral("fuzz.csv")));
    check(parseHazardsGeoJson(data, QStringLiteral("fuzz.geojson")));
}

int main(int argc, char **argv)
{
    const long iterations = argc > 1 ? std::atol(argv[1]) : 20000;
    const unsigned seed = argc > 2 ? static_cast<unsigned>(std::atol(argv[2])) : 1u;
    QList<QByteArray> seeds = {
        "name,kind,lat,lon,flight-path\nA,airport,39.9,116.3,yes\n\"B,\"\"x\"\"\",railway,-1,2,\n",
        "\xEF\xBB\xBFKIND,NAME,LON,LAT\r\nmetro,M,116.1,39.1\r\n#c\r\n\r\n",
        "name,kind,lat,lon\nG,gas-station,39°54'26''N,116°23'40''E\n",
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"railway","name":"R"},"geometry":{"type":"LineString","coordinates":[[116.3,39.9],[116.4,39.95]]}},{"type":"Feature","properties":{"kind":"landfill","x":true},"geometry":{"type":"Polygon","coordinates":[[[116.3,39.9],[116.31,39.9],[116.31,39.91],[116.3,39.9]]]}},{"type":"Feature","properties":{"kind":"airport"},"geometry":{"type":"Point","coordinates":[116.2,39.8,12]}}]})",
    };
    const QString dataDir = QString::fromLocal8Bit(qgetenv("EC_SOURCE_DIR"))
                            + QStringLiteral("/backend/geo/tests/data/");
    for (const char *name : {"hazards.csv", "hazards.geojson", "bad_kind.geojson"}) {
        QFile f(dataDir + QLatin1String(name));
        if (f.open(QIODevice::ReadOnly))
            seeds.append(f.readAll());
    }
    std::mt19937 rng(seed);
    for (const QByteArray &s : seeds)
        runOne(s);
    const char alphabet[] = ",\"\n\r#[]{}:-.0123456789e°'NESWkindamelatonPointLineStrgy ";
    for (long i = 0; i < iterations; ++i) {
        QByteArray data = seeds[static_cast<qsizetype>(rng() % seeds.size())];
        const int edits = 1 + static_cast<int>(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            const unsigned op = rng() % 4;
            const qsizetype pos = data.isEmpty() ? 0 : static_cast<qsizetype>(rng() % data.size());
            const char c = (rng() % 4 == 0) ? static_cast<char>(rng() & 0xff)
                                            : alphabet[rng() % (sizeof alphabet - 1)];
            if (op == 0 && !data.isEmpty())
                data[pos] = c;
            else if (op == 1)
                data.insert(pos, c);
            else if (op == 2 && !data.isEmpty())
                data.remove(pos, 1);
            else if (!data.isEmpty())
                data.insert(pos, data.mid(pos, static_cast<qsizetype>(rng() % 24)));
        }
        runOne(data);
    }
    std::printf("fuzz_geo_hazardfiles: %ld iterations ok\n", iterations);
    return 0;
}
