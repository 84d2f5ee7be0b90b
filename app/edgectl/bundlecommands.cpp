// `sync export -o FILE` and `sync import FILE [--dry-run]` (issue 5): sync with no network at all,
// through a bundle file signed by the exporting replica (backend/sync/bundle.h). Both work on the
// local store of --data only.
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"
#include "backend/api/syncstore.h"
#include "backend/sync/bundle.h"
#include "backend/sync/replicakey.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>

namespace edge::edgectl {

namespace {

// The local store's two faces, or a reported failure (then return ctx.exitCode()).
struct Local {
    api::Store *store = nullptr;
    api::SyncStore *sync = nullptr;
};

std::optional<Local> openLocal(Context &ctx)
{
    if (ctx.globals.dataDir.isEmpty()) {
        ctx.usage(Tr::tr("'%1' works on a local store: give --data DIR").arg(ctx.name),
                  QStringLiteral("--data"));
        return std::nullopt;
    }
    Connection *conn = ctx.connect();
    if (!conn)
        return std::nullopt;
    Local l{conn->localStore(), conn->localSyncStore()};
    if (!l.store || !l.sync) {
        ctx.fail({api::Code::Internal, Tr::tr("The local store cannot sync."), {}, {}});
        return std::nullopt;
    }
    return l;
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonObject infoJson(const sync::BundleInfo &info)
{
    return QJsonObject{{QStringLiteral("replica_id"), info.replicaId},
                       {QStringLiteral("fingerprint"), info.keyFingerprint},
                       {QStringLiteral("created_at"), timeText(info.createdAtMs)},
                       {QStringLiteral("operations"), info.operations},
                       {QStringLiteral("attachments"), info.blobs},
                       {QStringLiteral("bytes"), double(info.sizeBytes)}};
}

QList<QPair<QString, QString>> infoPairs(const QString &file, const sync::BundleInfo &info)
{
    return {{Tr::tr("File"), file},
            {Tr::tr("Replica"), info.replicaId},
            {Tr::tr("Key fingerprint"), info.keyFingerprint},
            {Tr::tr("Created"), timeText(info.createdAtMs)},
            {Tr::tr("Operations"), QString::number(info.operations)},
            {Tr::tr("Attachments"), QString::number(info.blobs)},
            {Tr::tr("Bytes"), QString::number(info.sizeBytes)}};
}

int runExport(Context &ctx)
{
    const QString file = ctx.args.value(QStringLiteral("output"));
    if (file.isEmpty())
        return ctx.usage(Tr::tr("give the bundle file to write with -o FILE"),
                         QStringLiteral("--output"));
    const auto local = openLocal(ctx);
    if (!local)
        return ctx.exitCode();
    auto key = sync::ReplicaKey::loadOrCreate(QFileInfo(ctx.globals.dataDir).absoluteFilePath());
    if (!key)
        return ctx.fail(key.error());
    auto info = sync::Bundle::exportTo(*local->sync, *key, file);
    if (!info)
        return ctx.fail(info.error());
    if (ctx.out.json()) {
        QJsonObject o = infoJson(*info);
        o.insert(QStringLiteral("file"), file);
        ctx.out.jsonOut(o);
        return 0;
    }
    ctx.out.out(
        Tr::tr("Exported %n operation(s) and %1 attachment(s) to %2.", nullptr, info->operations)
            .arg(info->blobs)
            .arg(file));
    ctx.out.keyValues(infoPairs(file, *info));
    return 0;
}

int runImport(Context &ctx)
{
    const QString file = ctx.args.positionals.value(0);
    const bool dryRun = ctx.args.has(QStringLiteral("dry-run"));
    const auto local = openLocal(ctx);
    if (!local)
        return ctx.exitCode();
    if (dryRun) {
        auto info = sync::Bundle::verifyFor(*local->sync, *local->store, file);
        if (!info)
            return ctx.fail(info.error());
        if (ctx.out.json()) {
            QJsonObject o = infoJson(*info);
            o.insert(QStringLiteral("file"), file);
            o.insert(QStringLiteral("dry_run"), true);
            o.insert(QStringLiteral("verified"), true);
            ctx.out.jsonOut(o);
            return 0;
        }
        ctx.out.out(Tr::tr("%1 is intact and signed by replica %2; nothing was imported "
                           "(--dry-run).")
                        .arg(file, info->replicaId));
        ctx.out.keyValues(infoPairs(file, *info));
        return 0;
    }
    auto rep = sync::Bundle::importFrom(*local->sync, *local->store, file);
    if (!rep)
        return ctx.fail(rep.error());
    if (ctx.out.json()) {
        QJsonObject o = infoJson(rep->bundle);
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("dry_run"), false);
        o.insert(QStringLiteral("applied"), rep->applied.applied);
        o.insert(QStringLiteral("already_present"), rep->applied.alreadyPresent);
        o.insert(QStringLiteral("attachments_received"), rep->blobsReceived);
        o.insert(QStringLiteral("conflicts"), rep->conflicts);
        ctx.out.jsonOut(o);
        return 0;
    }
    ctx.out.out(Tr::tr("Imported %1 from replica %2: %n new operation(s), %3 already here, %4 "
                       "attachment(s) received.",
                       nullptr, rep->applied.applied)
                    .arg(file, rep->bundle.replicaId)
                    .arg(rep->applied.alreadyPresent)
                    .arg(rep->blobsReceived));
    ctx.out.keyValues(infoPairs(file, rep->bundle));
    if (rep->conflicts > 0)
        ctx.out.out(Tr::tr("%n conflict(s) are open: 'edgectl --data DIR conflicts list' shows "
                           "them.",
                           nullptr, rep->conflicts));
    return 0;
}

} // namespace

QList<Command> bundleCommands()
{
    Command exp;
    exp.group = QStringLiteral("sync");
    exp.action = QStringLiteral("export");
    exp.summary = Tr::tr("Write a signed sync bundle of the local store (no network needed).");
    exp.description = Tr::tr(
        "Writes every operation of the local store that syncs and every complete attachment to "
        "FILE, signed with this replica's key (replica-key.pem in the data directory, created on "
        "first use). Carry the file to another computer and run 'sync import' there.");
    exp.options = {{QStringLiteral("output"), QStringLiteral("FILE"),
                    Tr::tr("The bundle file to write (also -o).")}};
    exp.auth = Auth::Required;
    exp.run = runExport;

    Command imp;
    imp.group = QStringLiteral("sync");
    imp.action = QStringLiteral("import");
    imp.synopsis = QStringLiteral("FILE");
    imp.minPositionals = 1;
    imp.maxPositionals = 1;
    imp.summary = Tr::tr("Verify a sync bundle and merge it into the local store.");
    imp.description = Tr::tr(
        "Checks the whole file first (signature over every byte, format, every attachment's "
        "sha256) and refuses an altered, truncated or foreign file without changing anything. "
        "The first bundle of a replica pins its key; a later bundle of that replica signed by "
        "another key is refused. Importing the same bundle twice changes nothing.");
    imp.options = {
        {QStringLiteral("dry-run"), QString(), Tr::tr("Only verify the bundle; change nothing.")}};
    imp.auth = Auth::Required;
    imp.run = runImport;
    return {exp, imp};
}

} // namespace edge::edgectl
