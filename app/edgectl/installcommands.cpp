// `node install` and `node install-batch`: field install of the agent over SSH (issue 3).
#include "app/edgectl/command.h"
#include "app/edgectl/password.h"
#include "app/edgectl/tr.h"
#include "backend/client/client.h"
#include "backend/fieldinstall/fieldinstaller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <unistd.h>

namespace edge::edgectl {

using fieldinstall::BatchHost;
using fieldinstall::HostKeyInfo;
using fieldinstall::InstallRequest;
using fieldinstall::InstallResult;
using fieldinstall::ProgressEvent;
using fieldinstall::Step;
using fieldinstall::StepState;

namespace {

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    // A second Ctrl+C ends edgectl at once (the first asks the install to stop and clean up).
    if (g_interrupted.exchange(true))
        std::_Exit(130);
}

// Ctrl+C cancels the install (with cleanup on the node) instead of killing edgectl.
class InterruptGuard {
public:
    InterruptGuard()
    {
        g_interrupted = false;
        struct sigaction sa {};
        sa.sa_handler = onInterrupt;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, &m_oldInt);
        ::sigaction(SIGTERM, &sa, &m_oldTerm);
    }
    ~InterruptGuard()
    {
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

bool stdinIsTerminal() { return ::isatty(STDIN_FILENO) == 1; }

// One answer line from the terminal ("" at end of input).
QString askLine(const QString &question)
{
    const QByteArray q = question.toUtf8();
    std::fwrite(q.constData(), 1, size_t(q.size()), stderr);
    std::fflush(stderr);
    std::string line;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n <= 0 || c == '\n')
            break;
        line.push_back(c);
    }
    return QString::fromStdString(line).trimmed();
}

// The agent package next to edgectl (packages/ of a build tree, share/ of an install) or in the
// working directory, when --package is not given.
QString findPackage()
{
    const QString app = QCoreApplication::applicationDirPath();
    const QStringList dirs = {QDir::currentPath(), app + QStringLiteral("/../packages"),
                              app + QStringLiteral("/../share/edgeconsole-agent")};
    const QStringList patterns = {QStringLiteral("edgeconsole-agent_*.deb"),
                                  QStringLiteral("EdgeConsole-*-Linux.tar.gz"),
                                  QStringLiteral("edge-agent*.tar.gz")};
    for (const QString &dir : dirs) {
        for (const QString &pattern : patterns) {
            const QStringList found = QDir(dir).entryList({pattern}, QDir::Files, QDir::Name);
            if (!found.isEmpty())
                return QDir(dir).absoluteFilePath(found.last());
        }
    }
    return {};
}

QList<OptionSpec> sharedOptions()
{
    return {
        {QStringLiteral("port"), QStringLiteral("PORT"), Tr::tr("SSH port (default 22).")},
        {QStringLiteral("user"), QStringLiteral("USER"), Tr::tr("The user to log in as over SSH.")},
        {QStringLiteral("key"), QStringLiteral("FILE"), Tr::tr("Private key for the SSH login.")},
        {QStringLiteral("password-prompt"),
         {},
         Tr::tr("Log in with a password: asked on the terminal (or one line on stdin, or "
                "EDGE_SSH_PASSWORD).")},
        {QStringLiteral("site"), QStringLiteral("ID|NAME"), Tr::tr("The site the node joins.")},
        {QStringLiteral("package"), QStringLiteral("FILE"),
         Tr::tr("The agent package (.deb or .tar.gz) built by CPack.")},
        {QStringLiteral("prefix"), QStringLiteral("DIR"),
         Tr::tr("Install into this directory as a supervised process (default: system-wide).")},
        {QStringLiteral("agent-hub"), QStringLiteral("HOST:PORT"),
         Tr::tr("The hub's address as the node reaches it (default: --hub).")},
        {QStringLiteral("agent-ca"), QStringLiteral("FILE"),
         Tr::tr("The hub's CA certificate to give the node (default: --ca).")},
        {QStringLiteral("known-hosts"), QStringLiteral("FILE"),
         Tr::tr("The known_hosts file to check and record host keys in.")},
        {QStringLiteral("yes"), {}, Tr::tr("Accept a host key seen for the first time.")},
        {QStringLiteral("timeout"), QStringLiteral("SECONDS"),
         Tr::tr("How long to wait until the node is online (default 180).")},
    };
}

// What both commands share: the request defaults, the hub connection and the token source.
struct Setup {
    InstallRequest request;
    std::unique_ptr<Connection> connection; // null without --hub/--data
    api::Nodes *nodes = nullptr;            // for "wait until online"; null = skipped
};

int prepare(Context &ctx, Setup &setup, bool batch)
{
    const ParsedArgs &a = ctx.args;
    InstallRequest &r = setup.request;
    r.user = a.value(QStringLiteral("user"));
    if (r.user.isEmpty() && !batch)
        return ctx.usage(Tr::tr("Say whom to log in as: --user USER."), QStringLiteral("--user"));
    if (a.has(QStringLiteral("port"))) {
        bool ok = false;
        r.port = a.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || r.port < 1 || r.port > 65535)
            return ctx.usage(Tr::tr("--port takes a number from 1 to 65535."),
                             QStringLiteral("--port"));
    }
    r.keyFile = a.value(QStringLiteral("key"));
    const bool prompt = a.has(QStringLiteral("password-prompt"));
    const bool neither = r.keyFile.isEmpty() && !prompt;
    if ((!r.keyFile.isEmpty() && prompt) || (neither && !batch))
        return ctx.usage(Tr::tr("Give either --key FILE or --password-prompt."),
                         QStringLiteral("--key"));
    if (prompt) {
        QString password = qEnvironmentVariable("EDGE_SSH_PASSWORD");
        if (password.isEmpty()) {
            // EDGE_PASSWORD is the hub login's; never use it for SSH.
            const QByteArray hubPassword = qgetenv("EDGE_PASSWORD");
            qunsetenv("EDGE_PASSWORD");
            auto read = readPassword(Tr::tr("SSH password for %1: ").arg(r.user), false,
                                     !stdinIsTerminal());
            if (!hubPassword.isNull())
                qputenv("EDGE_PASSWORD", hubPassword);
            if (!read)
                return ctx.fail(read.error());
            password = *read;
        }
        r.password = password;
    }
    r.site = a.value(QStringLiteral("site")).trimmed();
    if (r.site.isEmpty())
        return ctx.usage(Tr::tr("Say which site the node joins: --site ID|NAME."),
                         QStringLiteral("--site"));
    r.packagePath = a.has(QStringLiteral("package")) ? a.value(QStringLiteral("package"))
                                                     : findPackage();
    if (r.packagePath.isEmpty())
        return ctx.usage(Tr::tr("No agent package found: give --package FILE (the "
                                "edgeconsole-agent .deb or the .tar.gz made by 'cpack')."),
                         QStringLiteral("--package"));
    r.prefix = a.value(QStringLiteral("prefix"));
    r.knownHostsFile = a.value(QStringLiteral("known-hosts"));
    r.acceptNewHostKey = a.has(QStringLiteral("yes"));
    if (a.has(QStringLiteral("timeout"))) {
        bool ok = false;
        const int s = a.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || s < 1 || s > 86400)
            return ctx.usage(Tr::tr("--timeout takes a number of seconds from 1 to 86400."),
                             QStringLiteral("--timeout"));
        r.onlineTimeout = std::chrono::seconds(s);
    }

    // The hub: the node's address for it, its CA, and where tokens come from.
    const GlobalOptions &g = ctx.globals;
    r.hubAddress = a.has(QStringLiteral("agent-hub")) ? a.value(QStringLiteral("agent-hub"))
                                                      : g.hub;
    if (r.hubAddress.isEmpty())
        return ctx.usage(Tr::tr("Say how the node reaches the hub: --agent-hub HOST:PORT."),
                         QStringLiteral("--agent-hub"));
    r.hubCaPath = a.value(QStringLiteral("agent-ca"));
    if (r.hubCaPath.isEmpty())
        r.hubCaPath = !g.ca.isEmpty()        ? g.ca
                      : !g.dataDir.isEmpty() ? QDir(g.dataDir).filePath(QStringLiteral("ca.pem"))
                                             : QString();
    if (r.hubCaPath.isEmpty())
        return ctx.usage(Tr::tr("Give the hub's CA certificate for the node: --agent-ca FILE (or "
                                "--ca)."),
                         QStringLiteral("--agent-ca"));

    if (!g.hub.isEmpty() || !g.dataDir.isEmpty()) {
        // --user of this command is the SSH user; the hub session is the saved one of whoever
        // logged in last (edgectl login).
        GlobalOptions hubOptions = g;
        hubOptions.user.clear();
        auto opened = Connection::open(hubOptions, Auth::Required);
        if (!opened)
            return ctx.fail(opened.error());
        setup.connection = std::move(*opened);
        client::Client *c = &setup.connection->client();
        r.createToken = [c](const QString &site, const QString &node) -> api::Result<QString> {
            auto t = c->createBootstrapToken(site, 0, node);
            if (!t)
                return std::unexpected(t.error());
            return t->token;
        };
        // The embedded hub of --data does not serve agents: nothing to wait for there.
        if (!setup.connection->isLocal())
            setup.nodes = c;
    } else {
        r.bootstrapToken = qEnvironmentVariable("EDGE_BOOTSTRAP_TOKEN");
        if (r.bootstrapToken.isEmpty())
            return ctx.usage(Tr::tr("No way to get a bootstrap token: give --hub HOST:PORT --ca "
                                    "FILE (edgectl makes one), or set EDGE_BOOTSTRAP_TOKEN."),
                             QStringLiteral("--hub"));
        if (batch)
            return ctx.usage(Tr::tr("A batch install needs a token per node: give --hub "
                                    "HOST:PORT --ca FILE."),
                             QStringLiteral("--hub"));
    }
    return 0;
}

// Asks on the terminal (only used when stdin is one).
bool confirmOnTerminal(const HostKeyInfo &key)
{
    const QString answer = askLine(
        Tr::tr("The host key of %1 (port %2) is not known yet.\nIts fingerprint is %3.\n"
               "Compare it with 'ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub' on "
               "the node. Accept it? [y/N] ")
            .arg(key.host)
            .arg(key.port)
            .arg(key.fingerprint));
    return answer.compare(QStringLiteral("y"), Qt::CaseInsensitive) == 0
           || answer.compare(QStringLiteral("yes"), Qt::CaseInsensitive) == 0;
}

QString stateMark(StepState state)
{
    switch (state) {
    case StepState::Done: return QStringLiteral("ok");
    case StepState::Skipped: return QStringLiteral("--");
    case StepState::Failed: return QStringLiteral("!!");
    case StepState::Cancelled: return QStringLiteral("xx");
    default: return QStringLiteral("..");
    }
}

int runInstall(Context &ctx)
{
    Setup setup;
    InstallRequest &r = setup.request;
    r.host = ctx.args.value(QStringLiteral("host")).trimmed();
    if (r.host.isEmpty())
        return ctx.usage(Tr::tr("Say which node to install: --host HOST."),
                         QStringLiteral("--host"));
    if (const int rc = prepare(ctx, setup, false); rc != 0)
        return rc;
    r.nodeName = ctx.args.value(QStringLiteral("name"));
    r.acceptedFingerprint = ctx.args.value(QStringLiteral("accept-host-key"));

    InterruptGuard interrupt;
    fieldinstall::FieldInstaller installer(r, setup.nodes);
    installer.setCancelFlag(&g_interrupted);
    // Without a terminal a new key fails the host-key step with its fingerprint (see below).
    if (stdinIsTerminal())
        installer.setHostKeyCallback(confirmOnTerminal);
    const bool json = ctx.out.json();
    const int total = int(fieldinstall::allSteps().size());
    int lastPercent = -1;
    installer.setProgressCallback([&](const ProgressEvent &e) {
        if (json)
            return;
        const QString n = QStringLiteral("[%1/%2]").arg(int(e.step) + 1).arg(total);
        if (e.state == StepState::Running) {
            if (e.step == Step::Upload && e.fraction > 0.0) {
                const int percent = int(e.fraction * 100);
                if (percent / 25 == lastPercent / 25)
                    return;
                lastPercent = percent;
                ctx.out.err(QStringLiteral("%1     %2").arg(n, e.message));
                return;
            }
            if (e.fraction == 0.0)
                ctx.out.err(QStringLiteral("%1 .. %2").arg(n, e.message));
            return;
        }
        ctx.out.err(QStringLiteral("%1 %2 %3").arg(n, stateMark(e.state), e.message));
    });
    const InstallResult result = installer.run();
    if (json) {
        QJsonObject o = result.toJson();
        o.insert(QStringLiteral("host"), r.host);
        o.insert(QStringLiteral("port"), r.port);
        ctx.out.jsonOut(o);
        return result.ok ? 0 : exitCodeFor(result.error);
    }
    if (!result.ok) {
        if (result.failedStep == Step::VerifyHostKey
            && result.error.code == api::Code::FailedPrecondition)
            ctx.out.err(Tr::tr("To trust this key, run the command again with --accept-host-key "
                               "FINGERPRINT (after checking it on the node) or --yes."));
        if (!result.cleanupError.isEmpty())
            ctx.out.err(Tr::tr("The node could not be cleaned up: %1").arg(result.cleanupError));
        return ctx.fail(result.error);
    }
    ctx.out.out(Tr::tr("The agent is installed on %1 as node %2.").arg(r.host, result.nodeName));
    return 0;
}

int runInstallBatch(Context &ctx)
{
    Setup setup;
    const QString csvPath = ctx.args.value(QStringLiteral("csv"));
    if (csvPath.isEmpty())
        return ctx.usage(Tr::tr("Give the hosts file: --csv FILE."), QStringLiteral("--csv"));
    QFile csvFile(csvPath);
    if (!csvFile.open(QIODevice::ReadOnly))
        return ctx.fail({api::Code::NotFound, Tr::tr("Cannot read the hosts file %1.").arg(csvPath),
                         csvFile.errorString(), QStringLiteral("--csv")});
    auto hosts = fieldinstall::parseHostsCsv(csvFile.read(16 * 1024 * 1024));
    if (!hosts)
        return ctx.fail({hosts.error().code,
                         QStringLiteral("%1: %2").arg(csvPath, hosts.error().message),
                         hosts.error().detail, QStringLiteral("--csv")});
    int parallel = 4;
    if (ctx.args.has(QStringLiteral("parallel"))) {
        bool ok = false;
        parallel = ctx.args.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || parallel < 1 || parallel > 64)
            return ctx.usage(Tr::tr("--parallel takes a number from 1 to 64."),
                             QStringLiteral("--parallel"));
    }
    if (const int rc = prepare(ctx, setup, true); rc != 0)
        return rc;
    for (const BatchHost &h : *hosts) {
        const InstallRequest one = fieldinstall::requestFor(setup.request, h);
        if (one.user.isEmpty())
            return ctx.usage(Tr::tr("Line %1 of %2 names no user: give --user USER or a 'user' "
                                    "column.")
                                 .arg(h.line)
                                 .arg(csvPath),
                             QStringLiteral("--user"));
        if (one.keyFile.isEmpty() && one.password.isEmpty())
            return ctx.usage(Tr::tr("Line %1 of %2 has no way to log in: give --key FILE, "
                                    "--password-prompt, or a 'key' or 'password-env' column.")
                                 .arg(h.line)
                                 .arg(csvPath),
                             QStringLiteral("--key"));
    }

    InterruptGuard interrupt;
    fieldinstall::BatchInstaller batch(setup.request, *hosts, parallel, setup.nodes);
    std::mutex printMutex;
    const bool json = ctx.out.json();
    if (stdinIsTerminal())
        batch.setHostKeyCallback([](int, const HostKeyInfo &key) { return confirmOnTerminal(key); });
    batch.setFinishedCallback([&](int index, const InstallResult &res) {
        if (json)
            return;
        std::lock_guard lock(printMutex);
        const BatchHost &h = hosts->at(index);
        ctx.out.err(res.ok ? Tr::tr("%1: installed").arg(h.host)
                           : Tr::tr("%1: failed: %2").arg(h.host, res.error.message));
    });
    // Ctrl+C: the batch stops starting hosts; running ones clean up.
    std::atomic_bool done{false};
    std::thread watcher([&] {
        while (!done.load()) {
            if (g_interrupted.load()) {
                batch.cancel();
                return;
            }
            ::usleep(100'000);
        }
    });
    const QList<fieldinstall::BatchEntry> table = batch.run();
    done = true;
    watcher.join();

    int failed = 0;
    if (json) {
        QJsonArray rows;
        for (const auto &e : table) {
            QJsonObject o = e.result.toJson();
            o.insert(QStringLiteral("line"), e.host.line);
            o.insert(QStringLiteral("host"), e.host.host);
            o.insert(QStringLiteral("port"), e.host.port > 0 ? e.host.port : setup.request.port);
            rows.append(o);
            failed += e.result.ok ? 0 : 1;
        }
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("ok"), failed == 0},
                                    {QStringLiteral("failed"), failed},
                                    {QStringLiteral("hosts"), rows}});
        return failed == 0 ? 0 : 1;
    }
    QList<QStringList> rows;
    for (const auto &e : table) {
        const InstallResult &res = e.result;
        failed += res.ok ? 0 : 1;
        rows << QStringList{QString::number(e.host.line),
                            e.host.host,
                            QString::number(e.host.port > 0 ? e.host.port : setup.request.port),
                            res.nodeName.isEmpty() ? QStringLiteral("-") : res.nodeName,
                            res.ok ? Tr::tr("ok") : Tr::tr("failed"),
                            res.failedStep ? fieldinstall::stepId(*res.failedStep)
                                           : QStringLiteral("-"),
                            res.ok ? QStringLiteral("-") : res.error.message};
    }
    ctx.out.table({Tr::tr("Line"), Tr::tr("Host"), Tr::tr("Port"), Tr::tr("Node"), Tr::tr("Result"),
                   Tr::tr("Step"), Tr::tr("Message")},
                  rows);
    if (failed > 0)
        ctx.out.err(Tr::tr("%1 of %2 hosts failed; each was cleaned up, so the same command can "
                           "run again.")
                        .arg(failed)
                        .arg(table.size()));
    return failed == 0 ? 0 : 1;
}

} // namespace

QList<Command> installCommands()
{
    Command install;
    install.group = QStringLiteral("node");
    install.action = QStringLiteral("install");
    install.summary = Tr::tr("Install the edge agent on a node over SSH and enroll it.");
    install.description = Tr::tr(
        "Connects over SSH (the host key is checked against known_hosts; a new one is shown for "
        "confirmation), uploads the agent package, installs it, writes its configuration and a "
        "one-time bootstrap token, starts it (systemd, or a supervised process with --prefix) "
        "and waits until the node is online at the hub. A failed or cancelled (Ctrl+C) install "
        "is removed from the node again, so the same command can simply be run again.");
    install.options = {{QStringLiteral("host"), QStringLiteral("HOST"),
                        Tr::tr("The node's address.")},
                       {QStringLiteral("name"), QStringLiteral("NAME"),
                        Tr::tr("The node's name (default: its host name).")},
                       {QStringLiteral("accept-host-key"), QStringLiteral("FINGERPRINT"),
                        Tr::tr("Accept a new host key only if it has this SHA256 fingerprint.")}};
    install.options << sharedOptions();
    install.auth = Auth::Optional;
    install.run = runInstall;

    Command batch;
    batch.group = QStringLiteral("node");
    batch.action = QStringLiteral("install-batch");
    batch.summary = Tr::tr("Install the edge agent on many nodes from a CSV file of hosts.");
    batch.description = Tr::tr(
        "The CSV file starts with a header naming its columns: host (required), port, user, key, "
        "site, name, prefix, hub, password-env. Empty cells take the command's options. Prints "
        "one line per host: the result and, for a failure, the step and why.");
    batch.options = {{QStringLiteral("csv"), QStringLiteral("FILE"), Tr::tr("The hosts file.")},
                     {QStringLiteral("parallel"), QStringLiteral("N"),
                      Tr::tr("How many nodes to install at once (default 4).")}};
    batch.options << sharedOptions();
    batch.auth = Auth::Optional;
    batch.run = runInstallBatch;
    return {install, batch};
}

} // namespace edge::edgectl
