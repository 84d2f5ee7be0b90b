// `token create`: one-time bootstrap tokens for enrolling edge nodes (issue 3).
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"
#include "backend/client/client.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace edge::edgectl {

namespace {

// "30m", "2h", "1d", "90s" or plain seconds; 0 on a malformed value.
qint64 parseTtlMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})([smhd]?)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 scale = unit == u"m"   ? 60'000
                         : unit == u"h" ? 3'600'000
                         : unit == u"d" ? 86'400'000
                                        : 1'000;
    return n * scale;
}

int runTokenCreate(Context &ctx)
{
    const QString site = ctx.args.value(QStringLiteral("site")).trimmed();
    if (site.isEmpty())
        return ctx.usage(Tr::tr("Say which site the node joins: --site ID|NAME."),
                         QStringLiteral("--site"));
    qint64 ttlMs = 0;
    if (ctx.args.has(QStringLiteral("ttl"))) {
        ttlMs = parseTtlMs(ctx.args.value(QStringLiteral("ttl")));
        if (ttlMs <= 0)
            return ctx.usage(Tr::tr("--ttl takes a duration such as 30m, 2h or 1d."),
                             QStringLiteral("--ttl"));
    }
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto token = conn->client().createBootstrapToken(site, ttlMs,
                                                     ctx.args.value(QStringLiteral("node")));
    if (!token)
        return ctx.fail(token.error());
    const QString expires = QDateTime::fromMSecsSinceEpoch(token->expiresAtMs, Qt::UTC)
                                .toString(Qt::ISODate);
    if (ctx.out.json()) {
        QJsonObject o{{QStringLiteral("token"), token->token},
                      {QStringLiteral("expires_at"), expires},
                      {QStringLiteral("expires_at_ms"), QJsonValue(token->expiresAtMs)},
                      {QStringLiteral("site"), token->siteId},
                      {QStringLiteral("site_name"), token->siteName}};
        if (!token->nodeName.isEmpty())
            o.insert(QStringLiteral("node"), token->nodeName);
        ctx.out.jsonOut(o);
    } else {
        ctx.out.out(token->token);
        ctx.out.err(Tr::tr("Bootstrap token for site %1, valid once until %2. It is shown only "
                           "now.")
                        .arg(token->siteName, expires));
    }
    return 0;
}

} // namespace

QList<Command> enrollmentCommands()
{
    Command create;
    create.group = QStringLiteral("token");
    create.action = QStringLiteral("create");
    create.summary = Tr::tr("Issue a one-time bootstrap token for enrolling an edge node.");
    create.options = {
        {QStringLiteral("site"), QStringLiteral("ID|NAME"), Tr::tr("The site the node joins.")},
        {QStringLiteral("ttl"), QStringLiteral("DURATION"),
         Tr::tr("How long the token stays valid (default 30m).")},
        {QStringLiteral("node"), QStringLiteral("NAME"),
         Tr::tr("Only a node of this name may use the token.")},
    };
    create.run = runTokenCreate;
    return {create};
}

} // namespace edge::edgectl
