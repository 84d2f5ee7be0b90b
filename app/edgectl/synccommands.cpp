// `sync` (the local store of --data with a hub over gRPC/TLS) and `conflicts list|resolve` (the
// conflicts of --data or of --hub). Issue 5; the design is in backend/api/syncstore.h.
#include "app/edgectl/command.h"
#include "app/edgectl/interrupt.h"
#include "app/edgectl/password.h"
#include "app/edgectl/tr.h"
#include "backend/api/clock.h"
#include "backend/api/syncstore.h"
#include "backend/client/client.h"
#include "backend/client/syncclient.h"
#include "backend/sync/syncsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace edge::edgectl {

namespace {

using namespace edge::api;

// ---- Progress on a terminal -------------------------------------------------------------------

QString phaseLabel(sync::SyncProgress::Phase phase)
{
    switch (phase) {
    case sync::SyncProgress::Phase::Connecting: return Tr::tr("Connecting");
    case sync::SyncProgress::Phase::Pulling: return Tr::tr("Receiving operations");
    case sync::SyncProgress::Phase::Pushing: return Tr::tr("Sending operations");
    case sync::SyncProgress::Phase::Attachments: return Tr::tr("Attachments");
    case sync::SyncProgress::Phase::Done: return Tr::tr("Done");
    }
    return {};
}

// One line on stderr, rewritten in place ("\r"); only when stderr is a terminal.
class ProgressLine {
public:
    ProgressLine()
        : m_enabled(::isatty(STDERR_FILENO) == 1)
    {}
    ~ProgressLine() { finish(); }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    void show(const sync::SyncProgress &p)
    {
        if (!m_enabled)
            return;
        QString text = phaseLabel(p.phase);
        if (p.phase == sync::SyncProgress::Phase::Attachments) {
            const QLocale c = QLocale::c();
            text += p.total > 0
                        ? QStringLiteral(" %1 / %2")
                              .arg(c.formattedDataSize(p.done), c.formattedDataSize(p.total))
                        : QStringLiteral(" %1").arg(c.formattedDataSize(p.done));
        } else if (p.total > 0) {
            text += QStringLiteral(" %1/%2 (%3%)")
                        .arg(p.done)
                        .arg(p.total)
                        .arg(p.done * 100 / std::max<qint64>(1, p.total));
        } else if (p.done > 0) {
            text += QStringLiteral(" %1").arg(p.done);
        }
        const QByteArray line = "\r" + text.toUtf8() + "\033[K";
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
        m_dirty = true;
    }
    void finish()
    {
        if (m_enabled && m_dirty) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
        m_dirty = false;
    }

private:
    bool m_enabled;
    bool m_dirty = false;
};

// ---- JSON and display helpers -----------------------------------------------------------------

QString shortReplica(const QString &replicaId) { return replicaId.left(8); }

// A conflict value (JSON text, or "$create"/"$delete") as JSON.
QJsonValue valueJson(const QString &text)
{
    if (text.startsWith(QLatin1Char('$')))
        return text;
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + ']', &e);
    if (e.error != QJsonParseError::NoError || !d.isArray() || d.array().size() != 1)
        return text;
    return d.array().at(0);
}

// A conflict value for people: strings without quotes, the life cycle in words.
QString valueText(const QString &text)
{
    if (text == u"$delete")
        return Tr::tr("(deleted)");
    if (text == u"$create")
        return Tr::tr("(exists)");
    const QJsonValue v = valueJson(text);
    if (v.isString())
        return v.toString();
    if (v.isNull())
        return Tr::tr("(empty)");
    QString shown = text;
    if (shown.size() > 60)
        shown = shown.left(57) + QStringLiteral("...");
    return shown;
}

QJsonObject conflictJson(const Conflict &c)
{
    QJsonArray values;
    for (const ConflictValue &v : c.values)
        values.append(QJsonObject{{QStringLiteral("op_id"), v.opId},
                                  {QStringLiteral("replica_id"), v.replicaId},
                                  {QStringLiteral("actor"), v.actor},
                                  {QStringLiteral("hlc"), QString::number(v.hlc.value)},
                                  {QStringLiteral("time_ms"), QJsonValue(v.hlc.wallMs())},
                                  {QStringLiteral("value"), valueJson(v.value)},
                                  {QStringLiteral("winner"), v.winner}});
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("kind"), conflictKindName(c.kind)},
            {QStringLiteral("entity"), c.entity},
            {QStringLiteral("entity_id"), c.entityId},
            {QStringLiteral("entity_name"), c.entityName},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("values"), values}};
}

QJsonObject reportJson(const sync::SyncReport &r, const QString &hub, const QString &user,
                       const QString &replicaId)
{
    return {{QStringLiteral("hub"), hub},
            {QStringLiteral("user"), user},
            {QStringLiteral("replica_id"), replicaId},
            {QStringLiteral("peer_replica_id"), r.peerReplicaId},
            {QStringLiteral("pulled"), r.pulled},
            {QStringLiteral("pushed"), r.pushed},
            {QStringLiteral("blobs_received"), r.blobsReceived},
            {QStringLiteral("blobs_sent"), r.blobsSent},
            {QStringLiteral("blob_bytes"), QJsonValue(r.blobBytes)},
            {QStringLiteral("conflicts"), r.conflicts},
            {QStringLiteral("pending"), QJsonValue(r.pending)},
            {QStringLiteral("finished_at_ms"), QJsonValue(r.finishedAtMs)}};
}

// "edgectl --data D " or "edgectl --hub H --ca F " for hints.
QString commandPrefix(const GlobalOptions &g)
{
    if (!g.dataDir.isEmpty())
        return QStringLiteral("edgectl --data %1 ").arg(g.dataDir);
    return QStringLiteral("edgectl --hub %1 ").arg(g.hub);
}

// ---- sync -------------------------------------------------------------------------------------

// The hub's side of the conversation, as the user who signed in with a password.
struct RemoteHub {
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<client::Client> client;
    std::unique_ptr<client::SyncClient> sync;
    Session session;

    ~RemoteHub()
    {
        // Best effort: the session of this one sync is not needed any more.
        if (client && !session.token.isEmpty())
            (void)client->logout();
    }
};

Result<std::unique_ptr<RemoteHub>> signIn(const Context &ctx)
{
    const GlobalOptions &g = ctx.globals;
    auto channel = client::Client::secureChannel(g.hub, g.ca);
    if (!channel)
        return std::unexpected(channel.error());
    auto remote = std::make_unique<RemoteHub>();
    remote->channel = *channel;
    remote->client = std::make_unique<client::Client>(remote->channel, g.hub);
    auto password = readPassword(Tr::tr("Password for %1 at %2: ").arg(g.user, g.hub), false,
                                 ctx.args.has(QStringLiteral("password-stdin")));
    if (!password)
        return std::unexpected(password.error());
    auto session = remote->client->login(g.user, *password);
    password->fill(QLatin1Char('\0'));
    if (!session) {
        Error e = session.error();
        if (e.code == Code::Unavailable || e.code == Code::DeadlineExceeded)
            e.message += QLatin1Char(' ')
                         + Tr::tr("Check the address given with --hub and that edge-hub is "
                                  "running there.");
        return std::unexpected(e);
    }
    remote->session = *session;
    remote->sync = std::make_unique<client::SyncClient>(remote->channel, g.hub, session->token);
    return remote;
}

int runSync(Context &ctx)
{
    const GlobalOptions &g = ctx.globals;
    if (g.dataDir.isEmpty())
        return ctx.usage(Tr::tr("sync needs --data DIR: the local store to sync"),
                         QStringLiteral("--data"));
    if (g.hub.isEmpty())
        return ctx.usage(Tr::tr("sync needs --hub HOST:PORT: the hub to sync with"),
                         QStringLiteral("--hub"));
    if (g.ca.isEmpty())
        return ctx.usage(Tr::tr("sync needs --ca FILE: the hub's CA certificate (edge-hub prints "
                                "its path when it starts)"),
                         QStringLiteral("--ca"));
    if (g.user.isEmpty())
        return ctx.usage(Tr::tr("sync needs --user NAME: who signs in to the hub"),
                         QStringLiteral("--user"));
    int batch = 0;
    if (ctx.args.has(QStringLiteral("batch"))) {
        bool ok = false;
        batch = ctx.args.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || batch < 1 || batch > 5000)
            return ctx.usage(Tr::tr("--batch takes a number of operations from 1 to 5000"),
                             QStringLiteral("--batch"));
    }

    // Sign in first: a wrong password or an unreachable hub leaves the local store untouched.
    auto remote = signIn(ctx);
    if (!remote)
        return ctx.fail(remote.error());

    GlobalOptions local = g;
    local.hub.clear();
    local.ca.clear();
    local.user.clear();
    auto opened = Connection::open(local, Auth::Required);
    if (!opened)
        return ctx.fail(opened.error());
    std::unique_ptr<Connection> conn = std::move(*opened);
    SyncStore *store = conn->localSyncStore();
    if (!store)
        return ctx.fail({Code::Internal, Tr::tr("The local store cannot sync."), {}, {}});

    // A viewer may receive but not send: refuse before anything is applied here when there is
    // something to send (the hub refuses the push anyway).
    if ((*remote)->session.role == Role::Viewer) {
        auto hello = (*remote)->sync->hello(store->syncReplicaId());
        if (!hello)
            return ctx.fail(hello.error());
        auto waiting = store->operationsFor(hello->has, 0, 1);
        if (!waiting)
            return ctx.fail(waiting.error());
        if (!waiting->operations.isEmpty()) {
            auto pending = store->pendingOperations(hello->replicaId);
            return ctx.fail(
                {Code::PermissionDenied,
                 Tr::tr("%1 is a viewer at %2 and may not send changes; this store has changes "
                        "the hub lacks. Sign in as an operator or administrator (--user), or "
                        "ask an administrator for the operator role. Nothing was changed.")
                     .arg(g.user, g.hub),
                 pending ? QStringLiteral("pending operations: %1").arg(*pending) : QString(),
                 QStringLiteral("--user")});
        }
    }

    const SystemClock clock; // outlives the session, which keeps a reference
    sync::SyncSession session(*store, *(*remote)->sync, clock);
    if (batch > 0)
        session.setBatchSize(batch);
    ProgressLine line;
    StopOnSignal stop; // Ctrl-C: stop after the batch in flight (see sync::ProgressFn)
    auto report = session.run(g.hub, [&](const sync::SyncProgress &p) {
        line.show(p);
        return !StopOnSignal::stopRequested();
    });
    line.finish();
    if (!report) {
        Error e = report.error();
        if (e.code == Code::Cancelled)
            e.message = Tr::tr("Sync cancelled. What was sent and received so far is kept; the "
                               "next sync continues from there.");
        else if (e.code == Code::PermissionDenied)
            e.message = Tr::tr("%1 may not send changes to %2 (%3). Sign in as an operator or "
                               "administrator. Batches received before this are kept.")
                            .arg(g.user, g.hub, e.message);
        else if (e.code == Code::Unavailable || e.code == Code::DeadlineExceeded)
            e.message += QLatin1Char(' ')
                         + Tr::tr("Batches completed before the failure are kept; run the sync "
                                  "again to continue.");
        return ctx.fail(e);
    }
    const sync::SyncReport &r = *report;
    if (ctx.out.json()) {
        ctx.out.jsonOut(reportJson(r, g.hub, (*remote)->session.userName, store->syncReplicaId()));
        return 0;
    }
    const QLocale c = QLocale::c();
    QList<QPair<QString, QString>> rows{
        {Tr::tr("Hub"), Tr::tr("%1 as %2").arg(g.hub, (*remote)->session.userName)},
        {Tr::tr("Received"), Tr::tr("%n operation(s)", nullptr, r.pulled)},
        {Tr::tr("Sent"), Tr::tr("%n operation(s)", nullptr, r.pushed)},
        {Tr::tr("Attachments"), Tr::tr("%1 received, %2 sent (%3)")
                                    .arg(r.blobsReceived)
                                    .arg(r.blobsSent)
                                    .arg(c.formattedDataSize(r.blobBytes))},
        {Tr::tr("Conflicts"),
         r.conflicts > 0
             ? Tr::tr("%1 open: see '%2conflicts list'").arg(r.conflicts).arg(commandPrefix(g))
             : Tr::tr("none")},
        {Tr::tr("Pending"), Tr::tr("%n operation(s) not yet on the hub", nullptr, int(r.pending))},
        {Tr::tr("Last sync"), QStringLiteral("%1 UTC").arg(formatUtc(r.finishedAtMs))},
    };
    ctx.out.keyValues(rows);
    return 0;
}

// ---- conflicts list / resolve -----------------------------------------------------------------

// The conflicts of the hub the command talks to (--data: the embedded one, over the same
// in-process channel), as the signed-in user.
std::unique_ptr<client::SyncClient> resolverFor(Connection &conn)
{
    return std::make_unique<client::SyncClient>(conn.channel(),
                                                conn.isLocal() ? QStringLiteral("local store")
                                                               : conn.hubAddress(),
                                                conn.client().token());
}

int runConflictsList(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto resolver = resolverFor(*conn);
    auto conflicts = resolver->listConflicts();
    if (!conflicts)
        return ctx.fail(conflicts.error());
    if (ctx.out.json()) {
        QJsonArray a;
        for (const Conflict &c : *conflicts)
            a.append(conflictJson(c));
        ctx.out.jsonOut(a);
        return 0;
    }
    if (conflicts->isEmpty()) {
        ctx.out.out(Tr::tr("No conflicts."));
        return 0;
    }
    QList<QStringList> rows;
    for (const Conflict &c : *conflicts) {
        bool first = true;
        const QString entity = c.entityName.isEmpty()
                                   ? QStringLiteral("%1 %2").arg(c.entity, c.entityId)
                                   : QStringLiteral("%1 %2").arg(c.entity, c.entityName);
        for (const ConflictValue &v : c.values) {
            rows << QStringList{first ? c.id : QString(),
                                first ? entity : QString(),
                                first ? c.field : QString(),
                                valueText(v.value),
                                v.actor.isEmpty() ? QStringLiteral("-") : v.actor,
                                shortReplica(v.replicaId),
                                formatUtc(v.hlc.wallMs()),
                                v.opId,
                                v.winner ? QStringLiteral("*") : QString()};
            first = false;
        }
    }
    ctx.out.table({Tr::tr("Id"), Tr::tr("Entity"), Tr::tr("Field"), Tr::tr("Value"),
                   Tr::tr("Author"), Tr::tr("Replica"), Tr::tr("Time (UTC)"), Tr::tr("Op id"),
                   Tr::tr("Winner")},
                  rows);
    ctx.out.out(QString());
    ctx.out.out(Tr::tr("Keep a value: %1conflicts resolve ID --keep winner|other|OPID")
                    .arg(commandPrefix(ctx.globals)));
    return 0;
}

int runConflictsResolve(Context &ctx)
{
    const QString id = ctx.args.positionals.value(0).trimmed();
    const QString keep = ctx.args.value(QStringLiteral("keep")).trimmed();
    if (keep.isEmpty())
        return ctx.usage(Tr::tr("give --keep winner, --keep other or --keep OPID (see 'conflicts "
                                "list' for the op ids)"),
                         QStringLiteral("--keep"));
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto resolver = resolverFor(*conn);
    auto conflicts = resolver->listConflicts();
    if (!conflicts)
        return ctx.fail(conflicts.error());
    const Conflict *conflict = nullptr;
    for (const Conflict &c : *conflicts)
        if (c.id == id)
            conflict = &c;
    if (!conflict)
        return ctx.fail({Code::NotFound,
                         Tr::tr("There is no open conflict '%1' (it may be resolved already). "
                                "See '%2conflicts list'.")
                             .arg(id, commandPrefix(ctx.globals)),
                         {},
                         {}});

    QString keepOpId = keep;
    const ConflictValue *kept = nullptr;
    QStringList others;
    for (const ConflictValue &v : conflict->values)
        if (!v.winner)
            others << v.opId;
    if (keep == u"winner") {
        for (const ConflictValue &v : conflict->values)
            if (v.winner)
                kept = &v;
        if (!kept)
            return ctx.fail({Code::FailedPrecondition,
                             Tr::tr("Conflict '%1' has no winning value; keep one by its op id: "
                                    "%2")
                                 .arg(id, others.join(QStringLiteral(", "))),
                             {},
                             QStringLiteral("--keep")});
        keepOpId = kept->opId;
    } else if (keep == u"other") {
        if (others.size() != 1)
            return ctx.fail({Code::Usage,
                             Tr::tr("Conflict '%1' has %2 other values; keep one by its op id: %3")
                                 .arg(id)
                                 .arg(others.size())
                                 .arg(others.join(QStringLiteral(", "))),
                             {},
                             QStringLiteral("--keep")});
        keepOpId = others.first();
        for (const ConflictValue &v : conflict->values)
            if (v.opId == keepOpId)
                kept = &v;
    } else {
        for (const ConflictValue &v : conflict->values)
            if (v.opId == keep)
                kept = &v;
        if (!kept && keep != u"$delete") {
            QStringList choices;
            for (const ConflictValue &v : conflict->values)
                choices << v.opId;
            return ctx.fail({Code::Usage,
                             Tr::tr("'%1' is not a value of conflict '%2'; keep winner, other or "
                                    "one of: %3")
                                 .arg(keep, id, choices.join(QStringLiteral(", "))),
                             {},
                             QStringLiteral("--keep")});
        }
    }
    if (auto ok = resolver->resolve(conflict->id, keepOpId); !ok)
        return ctx.fail(ok.error());
    if (ctx.out.json()) {
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("id"), conflict->id},
                                    {QStringLiteral("kept_op_id"), keepOpId},
                                    {QStringLiteral("value"),
                                     kept ? valueJson(kept->value) : QJsonValue(keepOpId)}});
        return 0;
    }
    ctx.out.out(Tr::tr("Resolved %1: kept %2 (%3). The resolution syncs like any other change.")
                    .arg(conflict->id, kept ? valueText(kept->value) : keepOpId, keepOpId));
    return 0;
}

} // namespace

QList<Command> syncCommands()
{
    QList<Command> cmds;
    {
        Command c;
        c.action = QStringLiteral("sync");
        c.summary = Tr::tr("Sync the local store (--data) with a hub.");
        c.description = Tr::tr(
            "Signs in to the hub given with --hub and --ca as --user (password from "
            "EDGE_PASSWORD, --password-stdin or a prompt), receives the hub's changes, sends the "
            "local ones and moves the attachments either side lacks. An interrupted sync (Ctrl-C, "
            "a lost link) keeps every completed batch and continues from there next time. "
            "Concurrent edits of one field are kept as conflicts: see 'edgectl conflicts list'. "
            "Without a network: 'edgectl sync export|import'.");
        c.options = {
            {QStringLiteral("batch"), QStringLiteral("N"),
             Tr::tr("Operations per batch (1 to 5000; default 2000).")},
            {QStringLiteral("password-stdin"),
             {},
             Tr::tr("Read the password from the first line of standard input.")},
        };
        c.auth = Auth::None;
        c.run = runSync;
        cmds << c;
    }
    {
        Command c;
        c.group = QStringLiteral("conflicts");
        c.action = QStringLiteral("list");
        c.summary = Tr::tr("List the conflicts sync found, with every value kept.");
        c.description = Tr::tr("Works on --data (the local store) or --hub (a hub you are logged "
                               "in to). The value marked * is the one in use until someone "
                               "resolves the conflict.");
        c.run = runConflictsList;
        cmds << c;
    }
    {
        Command c;
        c.group = QStringLiteral("conflicts");
        c.action = QStringLiteral("resolve");
        c.synopsis = QStringLiteral("ID");
        c.summary = Tr::tr("Resolve a conflict by keeping one of its values.");
        c.description = Tr::tr("--keep winner keeps the value in use, --keep other the single "
                               "other value, --keep OPID the value written by that operation "
                               "(op ids are in 'conflicts list'). The resolution is an ordinary "
                               "change: it reaches the other replicas with the next sync.");
        c.options = {{QStringLiteral("keep"), QStringLiteral("winner|other|OPID"),
                      Tr::tr("Which value to keep.")}};
        c.minPositionals = 1;
        c.maxPositionals = 1;
        c.run = runConflictsResolve;
        cmds << c;
    }
    return cmds;
}

} // namespace edge::edgectl
