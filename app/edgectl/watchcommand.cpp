// `watch`: prints every change as it happens until Ctrl+C (SIGINT) or SIGTERM.
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace edge::edgectl {

namespace {

using namespace edge::api;

int g_signalFd = -1;

extern "C" void onStopSignal(int)
{
    if (g_signalFd >= 0) {
        const char c = 1;
        [[maybe_unused]] const ssize_t n = ::write(g_signalFd, &c, 1);
    }
}

QString changeLine(const Change &c);

void printChange(Output &out, const Change &change)
{
    if (out.json()) {
        QJsonObject o{{QStringLiteral("revision"), QJsonValue(change.revision)},
                      {QStringLiteral("op"), changeOpName(change.op)},
                      {QStringLiteral("entity"), kindName(change.kind)},
                      {QStringLiteral("id"), change.id}};
        o.insert(QStringLiteral("record"), change.op == ChangeOp::Deleted
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(recordToJson(change.record)));
        out.jsonOut(o, true);
    } else {
        out.out(changeLine(change));
    }
}

QString changeLine(const Change &c)
{
    QString line = QString::number(c.revision) + QLatin1Char(' ') + changeOpName(c.op)
                   + QLatin1Char(' ') + kindName(c.kind);
    const QString name = c.record.name();
    if (!name.isEmpty() && c.op != ChangeOp::Deleted)
        line += QLatin1Char(' ') + name;
    line += QStringLiteral(" [") + c.id + QLatin1Char(']');
    return line;
}

int runWatch(Context &ctx)
{
    std::optional<qint64> from;
    if (ctx.args.has(QStringLiteral("from"))) {
        bool ok = false;
        const qint64 v = ctx.args.value(QStringLiteral("from")).trimmed().toLongLong(&ok);
        if (!ok || v < 0)
            return ctx.fail({Code::Validation,
                             Tr::tr("'%1' is not a revision (a whole number, 0 or more)")
                                 .arg(ctx.args.value(QStringLiteral("from"))),
                             {},
                             QStringLiteral("--from")});
        from = v;
    }
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    Inventory &inv = conn->inventory();
    if (!from) {
        ListQuery q;
        q.kind = EntityKind::Region;
        q.limit = 1;
        auto page = inv.list(q);
        if (!page)
            return ctx.fail(page.error());
        from = page->revision;
    }

    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return ctx.fail({Code::Internal, Tr::tr("Cannot set up signal handling."), {}, {}});
    g_signalFd = fds[0];
    struct sigaction sa {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    struct sigaction oldInt {};
    struct sigaction oldTerm {};
    ::sigaction(SIGINT, &sa, &oldInt);
    ::sigaction(SIGTERM, &sa, &oldTerm);

    int exitCode = 0;
    QCoreApplication *app = QCoreApplication::instance();
    QSocketNotifier notifier(fds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, app, [&] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(fds[1], &c, 1);
        QCoreApplication::quit();
    });

    Output &out = ctx.out;
    if (!out.json())
        out.err(Tr::tr("Watching changes after revision %1; press Ctrl+C to stop.").arg(*from));
    if (api::Store *store = conn->localStore()) {
        // Offline mode: other edgectl processes write to the same store file, and their commits
        // do not reach this process's change feed. Reading the store's change log does.
        qint64 last = *from;
        QTimer poll;
        auto readNew = [&] {
            for (;;) {
                auto changes = store->changesSince(last, 500);
                if (!changes) {
                    exitCode = ctx.fail(changes.error());
                    QCoreApplication::exit(exitCode);
                    return;
                }
                for (const Change &c : *changes) {
                    printChange(out, c);
                    last = std::max(last, c.revision);
                }
                if (changes->size() < 500)
                    return;
            }
        };
        QObject::connect(&poll, &QTimer::timeout, app, readNew);
        readNew();
        poll.start(250);
        if (exitCode == 0)
            QCoreApplication::exec();
    } else {
        // Changes are posted to `receiver`; when it goes (after the subscription has stopped
        // every callback), posts not yet handled go with it.
        QObject receiver;
        auto subscription = inv.watch(
            *from,
            [&receiver, &out](const Change &change) {
                // A gRPC thread: hand the change to the main thread, which prints in order.
                QMetaObject::invokeMethod(
                    &receiver, [&out, change] { printChange(out, change); }, Qt::QueuedConnection);
            },
            [&receiver, &ctx, &exitCode](const Error &error) {
                QMetaObject::invokeMethod(
                    &receiver,
                    [&ctx, &exitCode, error] {
                        exitCode = ctx.fail(error);
                        QCoreApplication::exit(exitCode);
                    },
                    Qt::QueuedConnection);
            });
        if (!subscription) {
            exitCode = ctx.fail(subscription.error());
        } else {
            QCoreApplication::exec();
            subscription->reset(); // no callback runs after this
        }
    }
    ::sigaction(SIGINT, &oldInt, nullptr);
    ::sigaction(SIGTERM, &oldTerm, nullptr);
    g_signalFd = -1;
    ::close(fds[0]);
    ::close(fds[1]);
    return exitCode;
}

} // namespace

QList<Command> watchCommands()
{
    Command watch;
    watch.action = QStringLiteral("watch");
    watch.summary = Tr::tr("Print each change as it happens, one line per change, until Ctrl+C.");
    watch.description = Tr::tr(
        "Without --from, only changes from now on are printed. Lines: REVISION OP KIND NAME "
        "[ID]. With --json, one JSON object per line: revision, op, kind, id, record.");
    watch.options = {{QStringLiteral("from"), QStringLiteral("REV"),
                      Tr::tr("Start after this store revision (0: replay every change).")}};
    watch.run = runWatch;
    return {watch};
}

} // namespace edge::edgectl
