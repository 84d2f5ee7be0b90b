#include "app/edgectl/surveyargs.h"

#include "app/edgectl/connection.h"
#include "app/edgectl/output.h"
#include "app/edgectl/tr.h"
#include "backend/survey/surveystore.h"

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

int addItem(Context &ctx, api::SurveyItemKind kind, const QString &payload, qint64 takenAtMs,
            const QString &summary, const QJsonObject &jsonExtra)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    api::Inventory &inv = conn->inventory();
    auto survey = findSurvey(ctx, inv);
    if (!survey)
        return ctx.fail(survey.error());
    survey::NewItem add;
    add.kind = kind;
    add.payload = payload;
    add.name = ctx.args.value(QStringLiteral("name"));
    add.author = currentUser(*conn);
    add.takenAtMs = takenAtMs;
    auto created = survey::addSurveyItem(inv, *survey, add);
    if (!created)
        return ctx.fail(created.error());
    const api::SurveyItem &item = *created;
    if (ctx.out.json()) {
        QJsonObject o = jsonExtra;
        o.insert(QStringLiteral("survey"), survey->id);
        o.insert(QStringLiteral("item"), created->id);
        o.insert(QStringLiteral("name"), item.name);
        o.insert(QStringLiteral("kind"), api::surveyItemKindName(kind));
        ctx.out.jsonOut(o);
    } else {
        ctx.out.out(
            Tr::tr("Added %1 to the survey '%2' as '%3'.").arg(summary, survey->name, item.name));
    }
    return 0;
}

} // namespace edge::edgectl
