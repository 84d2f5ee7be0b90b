// Benchmark: listing 10,000 sites through the client over the embedded hub's in-process channel
// (serialization, gRPC, paging), against store->list() of the same query in the same run.
// Prints one JSON line: {"benchmark":"client_list_10k_sites","ms":...,"baseline_store_ms":...,
// "ratio":...,"goal_ms":200}

#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"
#include "backend/hub/hub.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace edge;

namespace {

constexpr int kSites = 10'000;
constexpr int kRuns = 7;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int failWith(const char *what, const api::Error &e)
{
    std::fprintf(stderr, "bench_client_list: %s: %s\n", what, qPrintable(e.toString()));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    hub::HubOptions options;
    options.dataDir = dir.filePath(QStringLiteral("hub"));
    auto opened = hub::Hub::open(options);
    if (!opened)
        return failWith("opening the hub", opened.error());
    hub::Hub &hub = **opened;
    api::Store &store = hub.store();

    // Directly through the store, for speed: the figure is the listing, not the inserts.
    auto region = store.create(api::Region{{},
                                           0,
                                           QStringLiteral("Bench region"),
                                           QStringLiteral("BENCH"),
                                           {},
                                           false}
                                   .toRecord(),
                               QStringLiteral("bench"));
    if (!region)
        return failWith("creating the region", region.error());
    for (int i = 0; i < kSites; ++i) {
        api::Site s;
        s.regionId = region->id;
        s.name = QStringLiteral("Site %1").arg(i, 5, 10, QLatin1Char('0'));
        s.code = QStringLiteral("S%1").arg(i);
        s.kind = i % 4 == 0 ? api::SiteKind::EndEdgeDataCentre : api::SiteKind::CabinetSite;
        s.address = QStringLiteral("%1 Example Street, Example City").arg(i);
        s.latitude = 30.0 + (i % 1000) / 100.0;
        s.longitude = 110.0 + (i % 700) / 100.0;
        if (auto r = store.create(s.toRecord(), QStringLiteral("bench")); !r)
            return failWith("creating a site", r.error());
    }

    auto session = hub.localSession();
    if (!session)
        return failWith("opening a session", session.error());
    client::Client client(hub.inProcessChannel());
    client.setToken(session->token);

    api::ListQuery query;
    query.kind = api::EntityKind::Site;

    // One warm-up each, then the timed runs, interleaved so both see the same machine state.
    if (auto r = store.list(query); !r || r->records.size() != kSites)
        return failWith("store list (warm-up)",
                        r ? api::Error{api::Code::Internal, QStringLiteral("wrong count"), {}, {}}
                          : r.error());
    if (auto r = client.list(query); !r || r->records.size() != kSites)
        return failWith("client list (warm-up)",
                        r ? api::Error{api::Code::Internal, QStringLiteral("wrong count"), {}, {}}
                          : r.error());

    std::vector<double> clientMs, storeMs;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer t;
        t.start();
        auto s = store.list(query);
        storeMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!s || s->records.size() != kSites)
            return failWith("store list", s ? api::Error{} : s.error());
        t.restart();
        auto c = client.list(query);
        clientMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!c || c->records.size() != kSites)
            return failWith("client list", c ? api::Error{} : c.error());
    }

    const double ms = median(clientMs);
    const double baseline = median(storeMs);
    QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("client_list_10k_sites")},
                    {QStringLiteral("ms"), qRound(ms * 100) / 100.0},
                    {QStringLiteral("baseline_store_ms"), qRound(baseline * 100) / 100.0},
                    {QStringLiteral("ratio"), qRound(ms / baseline * 100) / 100.0},
                    {QStringLiteral("goal_ms"), 200},
                    {QStringLiteral("runs"), kRuns},
                    {QStringLiteral("sites"), kSites}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    hub.shutdown();
    return 0;
}
