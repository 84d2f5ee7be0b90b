#include "app/edgectl/surveyargs.h"

#include "app/edgectl/connection.h"

namespace edge::edgectl {

api::Result<api::Survey> findSurvey(Context &ctx, api::Inventory &inventory)
{
    QString siteId;
    if (ctx.args.has(QStringLiteral("site"))) {
        auto site = inventory.resolve(api::EntityKind::Site,
                                      ctx.args.value(QStringLiteral("site")));
        if (!site) {
            api::Error e = site.error();
            e.field = QStringLiteral("--site");
            return std::unexpected(e);
        }
        siteId = site->id;
    }
    auto record = inventory.resolve(api::EntityKind::Survey, ctx.args.positionals.first(), siteId);
    if (!record)
        return std::unexpected(record.error());
    return api::Survey::fromRecord(*record);
}

QString currentUser(Connection &connection)
{
    if (!connection.userName().isEmpty())
        return connection.userName();
    return QString::fromLocal8Bit(qgetenv("USER"));
}

} // namespace edge::edgectl
