// edge-store-crashwriter DBPATH: writes to a SqliteStore in a loop until it is killed, and prints
// "<kind> <id>" on stdout (flushed) for every create once its transaction has committed.
// Between creates it also updates, cascades deletes and runs maintain(), so a kill can land in
// any kind of write, including a WAL checkpoint. Used by tst_storecrash.

#include "backend/api/clock.h"
#include "backend/api/inventorytypes.h"
#include "backend/store/sqlitestore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <cstdio>

using namespace edge;

namespace {

void report(const char *kind, const QString &id)
{
    std::printf("%s %s\n", kind, qPrintable(id));
    std::fflush(stdout);
}

int fail(const char *what, const api::Error &e)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(e.toString()));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DBPATH\n", argv[0]);
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("edge.store.info=false"));
    api::SystemClock clock;
    auto opened = store::SqliteStore::open(QString::fromLocal8Bit(argv[1]), clock);
    if (!opened)
        return fail("open", opened.error());
    store::SqliteStore &store = **opened;
    QRandomGenerator &random = *QRandomGenerator::global();
    const QString run = QString::number(random.generate(), 16);
    QStringList sites;

    for (qint64 i = 0;; ++i) {
        api::Site site;
        site.name = QStringLiteral("crash-%1-%2").arg(run).arg(i);
        site.kind = api::SiteKind::CabinetSite;
        site.notes = QString(int(random.bounded(300u)), QLatin1Char('x'));
        auto created = store.create(site.toRecord(), QStringLiteral("crashwriter"));
        if (!created)
            return fail("create site", created.error());
        report("site", created->id);
        sites << created->id;

        if (i % 3 == 0) {
            api::Cabinet cabinet;
            cabinet.siteId = sites.at(int(random.bounded(quint32(sites.size()))));
            cabinet.name = QStringLiteral("CAB-%1-%2").arg(run).arg(i);
            auto c = store.create(cabinet.toRecord(), QStringLiteral("crashwriter"));
            if (!c)
                return fail("create cabinet", c.error());
            report("cabinet", c->id);
        }
        if (i % 5 == 0) {
            api::Record patch;
            patch.kind = api::EntityKind::Site;
            patch.id = sites.at(int(random.bounded(quint32(sites.size()))));
            patch.fields.insert(QStringLiteral("notes"), QStringLiteral("updated %1").arg(i));
            if (auto u = store.update(patch, QStringLiteral("crashwriter")); !u)
                return fail("update", u.error());
        }
        if (i % 7 == 0) {
            // A throw-away subtree, removed in one cascading transaction (not reported).
            api::Region region;
            region.name = QStringLiteral("tmp-%1-%2").arg(run).arg(i);
            auto r = store.create(region.toRecord(), QStringLiteral("crashwriter"));
            if (!r)
                return fail("create region", r.error());
            api::Site tmp;
            tmp.name = QStringLiteral("tmp-site-%1-%2").arg(run).arg(i);
            tmp.regionId = r->id;
            auto s = store.create(tmp.toRecord(), QStringLiteral("crashwriter"));
            if (!s)
                return fail("create tmp site", s.error());
            if (auto d = store.remove(api::EntityKind::Region, r->id, QStringLiteral("crashwriter"),
                                      true);
                !d)
                return fail("cascade", d.error());
        }
        if (i % 50 == 49)
            if (auto m = store.maintain(); !m)
                return fail("maintain", m.error());
    }
}
