// `demo seed|remove`: the demo estate of backend/demo.
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"
#include "backend/demo/demoestate.h"

#include <QJsonObject>

namespace edge::edgectl {

namespace {

int runSeed(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto created = demo::seedDemoEstate(conn->inventory());
    if (!created) {
        api::Error e = created.error();
        if (e.code == api::Code::AlreadyExists && e.detail.startsWith(u"demo seed: the inventory"))
            e.message = Tr::tr(
                "The demo estate is already there. Remove it first with 'edgectl demo "
                "remove'.");
        return ctx.fail(e);
    }
    if (ctx.out.json())
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("created"), *created}});
    else
        ctx.out.out(
            Tr::tr("Created the demo estate: %1 entities, all marked as demo data.").arg(*created));
    return 0;
}

int runRemove(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto removed = conn->inventory().removeDemoData();
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.out.json())
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("removed"), *removed}});
    else
        ctx.out.out(Tr::tr("Removed %1 demo entities.").arg(*removed));
    return 0;
}

} // namespace

QList<Command> demoCommands()
{
    Command seed;
    seed.group = QStringLiteral("demo");
    seed.action = QStringLiteral("seed");
    seed.summary = Tr::tr("Add the demo estate: regions, sites, cabinets, nodes and devices.");
    seed.description = Tr::tr("Every demo entity is marked as demo data and its addresses are "
                              "documentation addresses that are never contacted. Seeding again "
                              "while the demo estate is there fails and changes nothing.");
    seed.run = runSeed;

    Command remove;
    remove.group = QStringLiteral("demo");
    remove.action = QStringLiteral("remove");
    remove.summary = Tr::tr("Remove every entity marked as demo data.");
    remove.run = runRemove;
    return {seed, remove};
}

} // namespace edge::edgectl
