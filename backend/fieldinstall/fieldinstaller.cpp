#include "fieldinstaller.h"
#include "fieldinstalltr.h"

#include "backend/api/workload.h"
#include "device-protocols/ssh/sshsession.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

namespace edge::fieldinstall {

Q_LOGGING_CATEGORY(lcInstall, "edge.fieldinstall")

using api::Code;
using api::Error;
using api::Result;
using namespace std::chrono_literals;

namespace {

// 'text' quoted for a POSIX shell.
QString shq(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

bool isPackageDeb(const QString &path) { return path.endsWith(QLatin1String(".deb")); }

bool isPackageTgz(const QString &path)
{
    return path.endsWith(QLatin1String(".tar.gz")) || path.endsWith(QLatin1String(".tgz"));
}

// A node name the hub and a certificate's CN/SAN accept.
bool isValidNodeName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    return re.match(name).hasMatch();
}

bool isValidHostPort(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+):([0-9]{1,5})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const int port = m.captured(2).toInt();
    return port > 0 && port < 65536;
}

// The last non-empty line of a remote command's stderr (or stdout), for messages.
QString lastLine(const ssh::ExecResult &r)
{
    const QByteArray &text = r.stdErr.trimmed().isEmpty() ? r.stdOut : r.stdErr;
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last().trimmed()).left(300);
}

QHash<QString, QString> parseKeyValues(const QByteArray &text)
{
    QHash<QString, QString> out;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromUtf8(line.left(eq)).trimmed(),
                       QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return out;
}

// Where the agent goes on the node (see docs/field-install.md).
struct Layout {
    QString root;     // the tree bin/edge-agent is in ("" for a .deb installed with dpkg: /usr)
    QString agentBin; // the program
    QString etcDir;   // agent.conf, bootstrap-token, ca.pem
    QString dataDir;  // the agent's --data
    QString runDir;   // supervisor pid files
    QString logFile;  // supervised agent's output
    QString unitFile; // systemd unit or drop-in we write ("" = none)
    bool systemWide = false;
    bool useDpkg = false;
    bool useSystemd = false;
    QString supervisorScript() const { return runDir + QStringLiteral("/edge-agent-supervisor"); }
    QString configFile() const { return etcDir + QStringLiteral("/agent.conf"); }
    QString tokenFile() const { return etcDir + QStringLiteral("/bootstrap-token"); }
    QString caFile() const { return etcDir + QStringLiteral("/ca.pem"); }
    QString marker() const
    {
        return (root.isEmpty() ? etcDir : root) + QStringLiteral("/.edge-fieldinstall");
    }
};

const QString kSystemRoot = QStringLiteral("/opt/edge-agent");
const QString kSystemEtc = QStringLiteral("/etc/edge-agent");
const QString kSystemData = QStringLiteral("/var/lib/edge-agent");
const QString kSystemRun = QStringLiteral("/run/edge-agent");
const QString kUnitName = QStringLiteral("edge-agent.service");

} // namespace

QString defaultKnownHostsFile()
{
    // One file for edgectl and the console, so a key accepted in one is known to the other.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/edgeconsole/known_hosts");
}

Result<void> InstallRequest::validate() const
{
    auto bad = [](const QString &message, const QString &field) {
        return api::fail(Code::Validation, message, QStringLiteral("field: %1").arg(field), field);
    };
    if (host.trimmed().isEmpty() || host.contains(QLatin1Char(' ')))
        return bad(Tr::tr("Give the node's address (host name or IP address)."),
                   QStringLiteral("host"));
    if (port <= 0 || port > 65535)
        return bad(Tr::tr("The SSH port must be between 1 and 65535."), QStringLiteral("port"));
    if (user.trimmed().isEmpty())
        return bad(Tr::tr("Give the user to log in as on the node."), QStringLiteral("user"));
    if (keyFile.isEmpty() && password.isEmpty())
        return bad(Tr::tr("Give a private key file or a password for the SSH login."),
                   QStringLiteral("keyFile"));
    if (!keyFile.isEmpty() && !QFileInfo(keyFile).isReadable())
        return bad(Tr::tr("The private key file %1 cannot be read.").arg(keyFile),
                   QStringLiteral("keyFile"));
    if (site.trimmed().isEmpty())
        return bad(Tr::tr("Say which site the node joins."), QStringLiteral("site"));
    if (!nodeName.isEmpty() && !isValidNodeName(nodeName))
        return bad(Tr::tr("The node name may have letters, digits, '.', '_' and '-' (at most 63)."),
                   QStringLiteral("nodeName"));
    if (!isValidHostPort(hubAddress))
        return bad(Tr::tr("Give the hub's address as the node reaches it, as HOST:PORT."),
                   QStringLiteral("hubAddress"));
    if (hubCaPath.isEmpty() || !QFileInfo(hubCaPath).isReadable())
        return bad(Tr::tr("The hub's CA certificate %1 cannot be read.").arg(hubCaPath),
                   QStringLiteral("hubCaPath"));
    if (packagePath.isEmpty() || !QFileInfo(packagePath).isReadable())
        return bad(Tr::tr("The agent package %1 cannot be read.").arg(packagePath),
                   QStringLiteral("packagePath"));
    if (!isPackageDeb(packagePath) && !isPackageTgz(packagePath))
        return bad(Tr::tr("The agent package must be a .deb or a .tar.gz file."),
                   QStringLiteral("packagePath"));
    if (!prefix.isEmpty()
        && (!prefix.startsWith(QLatin1Char('/')) || prefix == u"/" || prefix.contains(u"/../")
            || prefix.endsWith(u"/..") || prefix.contains(QLatin1Char('\n'))))
        return bad(Tr::tr("The install prefix must be an absolute directory other than /."),
                   QStringLiteral("prefix"));
    if (bootstrapToken.isEmpty() && !createToken)
        return bad(Tr::tr("A bootstrap token is needed (or a hub connection to create one)."),
                   QStringLiteral("bootstrapToken"));
    return {};
}

// ---- FieldInstaller ----------------------------------------------------------------------------

struct FieldInstaller::Impl {
    InstallRequest req;
    api::Nodes *nodes = nullptr;
    ProgressCallback progress;
    HostKeyCallback confirmHostKey;
    const std::atomic_bool *externalCancel = nullptr;
    std::atomic_bool cancelled{false};

    std::unique_ptr<ssh::SshSession> ssh;
    InstallResult result;
    QElapsedTimer stepTimer;

    // What the node looked like and what this run changed (for the cleanup).
    Layout layout;
    QString remoteHostname;
    QString stageParent;    // where the staging directory goes
    QString stage;          // remote staging directory (always removed)
    QString remotePackage;  // in `stage`
    QString debPackageName; // Package: of the .deb
    bool isRoot = false;
    bool hasDpkg = false;
    bool hasSystemd = false;
    bool rootExisted = false; // layout.root (or etcDir) existed before this run
    bool reinstall = false;   // it held an earlier field install (marker)
    bool debWasInstalled = false;
    bool touchedNode = false; // anything created on the node (cleanup needed on failure)
    bool started = false;

    bool isCancelled() const
    {
        return cancelled.load() || (externalCancel && externalCancel->load());
    }
    void syncCancel()
    {
        if (externalCancel && externalCancel->load())
            cancelled.store(true);
    }

    void report(Step step, StepState state, double fraction, const QString &message)
    {
        if (progress)
            progress(ProgressEvent{step, state, fraction, message});
    }
    StepOutcome &outcome(Step step)
    {
        for (StepOutcome &o : result.steps)
            if (o.step == step)
                return o;
        result.steps.append(StepOutcome{step, StepState::Pending, {}, 0});
        return result.steps.last();
    }
    void begin(Step step)
    {
        stepTimer.restart();
        outcome(step).state = StepState::Running;
        report(step, StepState::Running, 0.0, stepLabel(step));
        qCInfo(lcInstall).noquote() << req.host << "step" << stepId(step) << "started";
    }
    void finish(Step step, StepState state, const QString &message)
    {
        StepOutcome &o = outcome(step);
        o.state = state;
        o.message = message;
        o.elapsedMs = stepTimer.elapsed();
        report(step, state, state == StepState::Done ? 1.0 : -1.0, message);
        qCInfo(lcInstall).noquote() << req.host << "step" << stepId(step) << stepStateName(state);
    }

    Result<ssh::ExecResult> run(const QString &script, std::chrono::milliseconds timeout)
    {
        return ssh->exec(QStringLiteral("/bin/sh -c ") + shq(script), timeout);
    }
    Result<ssh::ExecResult> runOk(Step step, const QString &script, const QString &what,
                                  std::chrono::milliseconds timeout)
    {
        auto r = run(script, timeout);
        if (!r)
            return std::unexpected(r.error());
        if (r->exitStatus == 0)
            return r;
        //: %1 is an activity ("Installing the package"), %2 the remote program's last error line
        QString message = Tr::tr("%1 failed on the node: %2").arg(what, lastLine(*r));
        return api::fail(Code::InstallFailed, std::move(message),
                         QStringLiteral("step %1: exit %2; stderr: %3")
                             .arg(stepId(step))
                             .arg(r->exitStatus)
                             .arg(QString::fromUtf8(r->stdErr.right(2000))));
    }

    Result<void> cancelledError(Step step)
    {
        return api::fail(Code::Cancelled, Tr::tr("The install was cancelled."),
                         QStringLiteral("cancelled in step %1").arg(stepId(step)));
    }

    Result<void> connect();
    Result<void> detect();
    Result<void> upload();
    Result<void> install();
    Result<void> configure();
    Result<void> start();
    Result<StepState> waitOnline();
    void cleanup();
    QString cleanupScript() const;
    QString stopSupervisorScript() const;
};

FieldInstaller::FieldInstaller(InstallRequest request, api::Nodes *nodes)
    : d(std::make_unique<Impl>())
{
    d->req = std::move(request);
    d->nodes = nodes;
    while (d->req.prefix.size() > 1 && d->req.prefix.endsWith(QLatin1Char('/')))
        d->req.prefix.chop(1);
}

FieldInstaller::~FieldInstaller() = default;

void FieldInstaller::setProgressCallback(ProgressCallback callback)
{
    d->progress = std::move(callback);
}

void FieldInstaller::setHostKeyCallback(HostKeyCallback callback)
{
    d->confirmHostKey = std::move(callback);
}

void FieldInstaller::setCancelFlag(const std::atomic_bool *flag) { d->externalCancel = flag; }

void FieldInstaller::cancel() { d->cancelled.store(true); }

bool FieldInstaller::isCancelled() const { return d->isCancelled(); }

const InstallRequest &FieldInstaller::request() const { return d->req; }

InstallResult FieldInstaller::run()
{
    InstallResult &res = d->result;
    res = InstallResult{};
    for (Step s : allSteps())
        res.steps.append(StepOutcome{s, StepState::Pending, {}, 0});
    res.nodeName = d->req.nodeName;

    if (auto ok = d->req.validate(); !ok) {
        // Nothing was tried: no step failed.
        res.error = ok.error();
        res.cleanedUp = true;
        return res;
    }
    if (d->req.knownHostsFile.isEmpty())
        d->req.knownHostsFile = defaultKnownHostsFile();
    d->ssh = std::make_unique<ssh::SshSession>(d->req.knownHostsFile);

    struct StepFn {
        Step step;
        std::function<Result<void>()> fn;
    };
    const QList<StepFn> steps = {
        {Step::Connect, [this] { return d->connect(); }},
        {Step::DetectSystem, [this] { return d->detect(); }},
        {Step::Upload, [this] { return d->upload(); }},
        {Step::Install, [this] { return d->install(); }},
        {Step::Configure, [this] { return d->configure(); }},
        {Step::Start, [this] { return d->start(); }},
    };
    std::optional<Error> failure;
    Step failedAt = Step::Connect;
    for (const StepFn &s : steps) {
        // connect() runs Connect and VerifyHostKey and reports both itself.
        if (d->isCancelled()) {
            failure = d->cancelledError(s.step).error();
            failedAt = s.step;
            break;
        }
        if (s.step != Step::Connect)
            d->begin(s.step);
        auto ok = s.fn();
        if (!ok) {
            failure = ok.error();
            // Connect failures name the step that failed (connect or host-key) in field.
            failedAt = s.step;
            if (s.step == Step::Connect && ok.error().field == QLatin1String("step:host-key"))
                failedAt = Step::VerifyHostKey;
            break;
        }
        if (s.step != Step::Connect)
            d->finish(s.step, StepState::Done,
                      d->outcome(s.step).message.isEmpty() ? stepLabel(s.step)
                                                           : d->outcome(s.step).message);
    }
    if (!failure) {
        d->begin(Step::WaitOnline);
        auto waited = d->waitOnline();
        if (!waited) {
            failure = waited.error();
            failedAt = Step::WaitOnline;
        } else if (*waited == StepState::Skipped) {
            d->finish(Step::WaitOnline, StepState::Skipped,
                      Tr::tr("Skipped: no hub connection to check the node's state."));
        } else {
            d->finish(Step::WaitOnline, StepState::Done,
                      Tr::tr("The node %1 is online.").arg(res.nodeName));
        }
    }

    if (failure) {
        if (failure->field.startsWith(QLatin1String("step:")))
            failure->field.clear();
        const bool wasCancelled = failure->code == Code::Cancelled;
        res.ok = false;
        res.failedStep = failedAt;
        res.error = *failure;
        //: %1 is a step's label ("Install the agent"), %2 why it failed
        res.error.message = Tr::tr("%1: %2").arg(stepLabel(failedAt), failure->message);
        d->finish(failedAt, wasCancelled ? StepState::Cancelled : StepState::Failed,
                  failure->message);
        qCInfo(lcInstall).noquote()
            << d->req.host << "install failed in step" << stepId(failedAt) << failure->detail;
        d->cleanup();
    } else {
        res.ok = true;
        // The staging directory is not needed any more.
        if (!d->stage.isEmpty() && d->ssh->isConnected())
            (void)d->run(QStringLiteral("rm -rf ") + shq(d->stage), 60s);
    }
    d->ssh->disconnect();
    return res;
}

// ---- Steps --------------------------------------------------------------------------------------

Result<void> FieldInstaller::Impl::connect()
{
    ssh::Credentials creds{req.user, req.keyFile,
                           req.keyFile.isEmpty() ? req.password : req.keyPassphrase};
    begin(Step::Connect);
    auto r = ssh->connect(req.host, req.port, creds, req.connectTimeout);
    if (r) {
        finish(Step::Connect, StepState::Done,
               Tr::tr("Connected to %1 as %2.").arg(req.host, req.user));
        begin(Step::VerifyHostKey);
        finish(Step::VerifyHostKey, StepState::Done, Tr::tr("The host key is known."));
        return {};
    }
    Error error = r.error();
    if (ssh::SshSession::isChangedHostKey(error)) {
        finish(Step::Connect, StepState::Done, Tr::tr("Reached %1.").arg(req.host));
        begin(Step::VerifyHostKey);
        error.field = QStringLiteral("step:host-key");
        return std::unexpected(error);
    }
    if (!ssh::SshSession::isUnknownHostKey(error) || !ssh->pendingHostKey())
        return std::unexpected(error);

    // First-seen key: the person decides.
    finish(Step::Connect, StepState::Done, Tr::tr("Reached %1.").arg(req.host));
    begin(Step::VerifyHostKey);
    const HostKeyInfo info{req.host, req.port, ssh->pendingHostKey()->fingerprint};
    report(Step::VerifyHostKey, StepState::Running, 0.5,
           Tr::tr("The host key of %1 is new: %2").arg(req.host, info.fingerprint));
    bool accept = false;
    if (!req.acceptedFingerprint.isEmpty()) {
        accept = req.acceptedFingerprint.trimmed() == info.fingerprint;
        if (!accept)
            return api::fail(Code::PermissionDenied,
                             Tr::tr("The host key of %1 is %2, not the fingerprint you gave. "
                                    "Nothing was changed on the node.")
                                 .arg(req.host, info.fingerprint),
                             QStringLiteral("host key %1 does not match the accepted one")
                                 .arg(info.fingerprint),
                             QStringLiteral("step:host-key"));
    } else if (req.acceptNewHostKey) {
        accept = true;
    } else if (confirmHostKey) {
        accept = confirmHostKey(info);
    } else {
        return api::fail(Code::FailedPrecondition,
                         Tr::tr("The host key of %1 is not known yet. Its fingerprint is %2. "
                                "Check it on the node (ssh-keygen -lf "
                                "/etc/ssh/ssh_host_ed25519_key.pub) and accept it.")
                             .arg(req.host, info.fingerprint),
                         QStringLiteral("unknown host key %1").arg(info.fingerprint),
                         QStringLiteral("step:host-key"));
    }
    if (!accept)
        return api::fail(Code::Cancelled,
                         Tr::tr("The host key %1 was refused. Nothing was changed on the node.")
                             .arg(info.fingerprint),
                         QStringLiteral("host key refused"), QStringLiteral("step:host-key"));
    if (isCancelled())
        return api::fail(Code::Cancelled, Tr::tr("The install was cancelled."),
                         QStringLiteral("cancelled at the host key"),
                         QStringLiteral("step:host-key"));
    if (auto saved = ssh->acceptHostKey(); !saved) {
        Error e = saved.error();
        e.field = QStringLiteral("step:host-key");
        return std::unexpected(e);
    }
    finish(Step::VerifyHostKey, StepState::Done,
           Tr::tr("Host key %1 accepted and recorded.").arg(info.fingerprint));
    // Reconnect with the key now known; a failure here (authentication) is the connect step's.
    auto again = ssh->connect(req.host, req.port, creds, req.connectTimeout);
    if (!again)
        return std::unexpected(again.error());
    outcome(Step::Connect).message = Tr::tr("Connected to %1 as %2.").arg(req.host, req.user);
    return {};
}

Result<void> FieldInstaller::Impl::detect()
{
    const bool deb = isPackageDeb(req.packagePath);
    const QString target = req.prefix.isEmpty() ? (deb ? kSystemEtc : kSystemRoot) : req.prefix;
    const QString script =
        QStringLiteral(
            "P=%1\n"
            "echo uid=$(id -u)\n"
            "echo host=$(hostname 2>/dev/null || uname -n)\n"
            "echo os=$(uname -s)\n"
            "echo arch=$(uname -m)\n"
            "if command -v dpkg >/dev/null 2>&1; then echo dpkg=1; else echo dpkg=0; fi\n"
            "if command -v tar >/dev/null 2>&1; then echo tar=1; else echo tar=0; fi\n"
            "if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then "
            "echo systemd=1; else echo systemd=0; fi\n"
            "if [ -e \"$P\" ]; then\n"
            "  if [ -f \"$P/.edge-fieldinstall\" ]; then echo target=ours\n"
            "  elif [ -d \"$P\" ] && [ -z \"$(ls -A \"$P\")\" ]; then echo target=empty\n"
            "  else echo target=other; fi\n"
            "else echo target=absent; fi\n"
            // Staging beside a prefix (same file system, and a user can see and remove it);
            // system-wide, or when the prefix's parent does not exist, in /tmp.
            "Q=%2\n"
            "if [ -n \"$Q\" ] && [ -d \"$Q\" ] && [ -w \"$Q\" ]; then echo stageparent=$Q; "
            "else Q=/tmp; echo stageparent=/tmp; fi\n"
            "echo stagefree=$(df -Pk \"$Q\" 2>/dev/null | awk 'NR==2{print $4}')\n")
            .arg(shq(target), shq(req.prefix.isEmpty() ? QString() : QFileInfo(req.prefix).path()));
    auto r = runOk(Step::DetectSystem, script, Tr::tr("Detecting the system"), req.commandTimeout);
    if (!r)
        return std::unexpected(r.error());
    const auto kv = parseKeyValues(r->stdOut);
    if (kv.value(QStringLiteral("os")) != QLatin1String("Linux"))
        return api::fail(Code::InstallFailed,
                         Tr::tr("The node runs %1; the agent needs Linux.")
                             .arg(kv.value(QStringLiteral("os"))),
                         QStringLiteral("uname -s: %1").arg(kv.value(QStringLiteral("os"))));
    isRoot = kv.value(QStringLiteral("uid")) == QLatin1String("0");
    hasDpkg = kv.value(QStringLiteral("dpkg")) == QLatin1String("1");
    hasSystemd = kv.value(QStringLiteral("systemd")) == QLatin1String("1");
    remoteHostname = kv.value(QStringLiteral("host"));
    const QString targetState = kv.value(QStringLiteral("target"));
    if (kv.value(QStringLiteral("tar")) != QLatin1String("1") && !deb)
        return api::fail(Code::InstallFailed,
                         Tr::tr("The node has no tar program to unpack the agent package."),
                         QStringLiteral("tar not found"));
    stageParent = kv.value(QStringLiteral("stageparent"));
    if (!stageParent.startsWith(QLatin1Char('/')))
        stageParent = QStringLiteral("/tmp");
    const qint64 freeKb = kv.value(QStringLiteral("stagefree")).toLongLong();
    const qint64 needKb = QFileInfo(req.packagePath).size() / 1024 * 3 + 1024;
    if (freeKb > 0 && freeKb < needKb)
        return api::fail(Code::InstallFailed,
                         Tr::tr("There is not enough free space in %1 on the node (%2 KiB free, "
                                "%3 KiB needed).")
                             .arg(stageParent)
                             .arg(freeKb)
                             .arg(needKb),
                         QStringLiteral("df %1: %2 KiB").arg(stageParent).arg(freeKb));

    if (req.nodeName.isEmpty()) {
        QString name = remoteHostname.section(QLatin1Char('.'), 0, 0);
        if (!isValidNodeName(name))
            return api::fail(Code::InstallFailed,
                             Tr::tr("The node's host name %1 cannot be a node name; give one "
                                    "with the node name option.")
                                 .arg(remoteHostname),
                             QStringLiteral("hostname: %1").arg(remoteHostname));
        req.nodeName = name;
    }
    result.nodeName = req.nodeName;

    // Where things go.
    if (!req.prefix.isEmpty()) {
        layout.root = req.prefix;
        layout.agentBin = req.prefix + QStringLiteral("/bin/edge-agent");
        layout.etcDir = req.prefix + QStringLiteral("/etc");
        layout.dataDir = req.prefix + QStringLiteral("/var/lib");
        layout.runDir = req.prefix + QStringLiteral("/run");
        layout.logFile = req.prefix + QStringLiteral("/var/log/edge-agent.log");
    } else {
        if (!isRoot)
            return api::fail(Code::InstallFailed,
                             Tr::tr("A system-wide install needs root on the node. Log in as "
                                    "root, or install for this user with an install prefix."),
                             QStringLiteral("uid %1, no prefix")
                                 .arg(kv.value(QStringLiteral("uid"))));
        layout.systemWide = true;
        layout.useDpkg = deb;
        if (deb && !hasDpkg)
            return api::fail(Code::InstallFailed,
                             Tr::tr("The node has no dpkg to install the .deb package. Use the "
                                    ".tar.gz package or an install prefix."),
                             QStringLiteral("dpkg not found"));
        layout.root = deb ? QString() : kSystemRoot;
        layout.agentBin = deb ? QStringLiteral("/usr/bin/edge-agent")
                              : kSystemRoot + QStringLiteral("/bin/edge-agent");
        layout.etcDir = kSystemEtc;
        layout.dataDir = kSystemData;
        layout.runDir = kSystemRun;
        layout.logFile = QStringLiteral("/var/log/edge-agent.log");
        layout.useSystemd = hasSystemd;
        if (hasSystemd)
            layout.unitFile = deb ? QStringLiteral("/etc/systemd/system/edge-agent.service.d/"
                                                   "field-install.conf")
                                  : QStringLiteral("/etc/systemd/system/edge-agent.service");
    }
    result.remotePrefix = layout.root.isEmpty() ? QStringLiteral("/usr") : layout.root;

    if (targetState == QLatin1String("other"))
        return api::fail(Code::InstallFailed,
                         Tr::tr("%1 already exists on the node and is not an agent install. "
                                "Choose another install prefix or remove it.")
                             .arg(target),
                         QStringLiteral("target %1 exists, no marker").arg(target));
    rootExisted = targetState == QLatin1String("ours") || targetState == QLatin1String("empty");
    reinstall = targetState == QLatin1String("ours");
    //: host name (architecture), "root" or "user NAME", how the agent will be started
    const QString summary = Tr::tr("%1 (%2), %3, %4.");
    outcome(Step::DetectSystem).message =
        summary.arg(remoteHostname, kv.value(QStringLiteral("arch")),
                    isRoot ? Tr::tr("root") : Tr::tr("user %1").arg(req.user),
                    layout.useSystemd ? Tr::tr("started by systemd")
                                      : Tr::tr("started as a supervised process"));
    return {};
}

Result<void> FieldInstaller::Impl::upload()
{
    const QString stagePrefix = stageParent + QStringLiteral("/.edge-install.");
    auto made = runOk(Step::Upload,
                      QStringLiteral("mktemp -d %1").arg(shq(stagePrefix + QStringLiteral("XXXXXX"))),
                      Tr::tr("Creating a staging directory"), req.commandTimeout);
    if (!made)
        return std::unexpected(made.error());
    stage = QString::fromUtf8(made->stdOut.trimmed());
    if (!stage.startsWith(stagePrefix) || stage.contains(QLatin1Char('\n')))
        return api::fail(Code::InstallFailed,
                         Tr::tr("The node could not create a staging directory."),
                         QStringLiteral("mktemp printed %1").arg(stage));
    touchedNode = true;
    remotePackage = stage
                    + (isPackageDeb(req.packagePath) ? QStringLiteral("/package.deb")
                                                     : QStringLiteral("/package.tar.gz"));
    const qint64 packageSize = QFileInfo(req.packagePath).size();
    const qint64 caSize = QFileInfo(req.hubCaPath).size();
    const qint64 total = std::max<qint64>(1, packageSize + caSize);
    qint64 lastReported = -1;
    auto progressFor = [&](qint64 base) {
        return [this, base, total, &lastReported](qint64 bytes, qint64) {
            syncCancel();
            const qint64 done = base + bytes;
            if (done == 0)
                return; // begin() reported the start
            // At most ~100 reports per upload.
            if (lastReported >= 0 && (done - lastReported) * 100 < total && done < total)
                return;
            lastReported = done;
            report(Step::Upload, StepState::Running, double(done) / double(total),
                   Tr::tr("Uploaded %1 of %2 KiB.").arg(done / 1024).arg(total / 1024));
        };
    };
    if (auto ok = ssh->upload(req.packagePath, remotePackage, 0600, progressFor(0), &cancelled); !ok)
        return ok;
    if (isCancelled())
        return cancelledError(Step::Upload);
    if (auto ok = ssh->upload(req.hubCaPath, stage + QStringLiteral("/ca.pem"), 0644,
                              progressFor(packageSize), &cancelled);
        !ok)
        return ok;
    outcome(Step::Upload).message = Tr::tr("Uploaded the agent package (%1 KiB).")
                                        .arg(packageSize / 1024);
    return {};
}

QString FieldInstaller::Impl::stopSupervisorScript() const
{
    // Stops a supervised agent of this layout: TERM to the supervisor (it stops the agent), then
    // the agent itself if it is still there. Waits up to 10 s for both.
    return QStringLiteral("R=%1\n"
                          "for f in \"$R/edge-agent-supervisor.pid\" \"$R/edge-agent.pid\"; do\n"
                          "  if [ -f \"$f\" ]; then p=$(cat \"$f\" 2>/dev/null); "
                          "[ -n \"$p\" ] && kill \"$p\" 2>/dev/null; fi\n"
                          "done\n"
                          "i=0\n"
                          "while [ $i -lt 100 ]; do\n"
                          "  alive=0\n"
                          "  for f in \"$R/edge-agent-supervisor.pid\" \"$R/edge-agent.pid\"; do\n"
                          "    if [ -f \"$f\" ]; then p=$(cat \"$f\" 2>/dev/null); "
                          "[ -n \"$p\" ] && kill -0 \"$p\" 2>/dev/null && alive=1; fi\n"
                          "  done\n"
                          "  [ $alive = 0 ] && break\n"
                          "  i=$((i+1)); sleep 0.1\n"
                          "done\n"
                          "for f in \"$R/edge-agent-supervisor.pid\" \"$R/edge-agent.pid\"; do\n"
                          "  if [ -f \"$f\" ]; then p=$(cat \"$f\" 2>/dev/null); "
                          "[ -n \"$p\" ] && kill -9 \"$p\" 2>/dev/null; rm -f \"$f\"; fi\n"
                          "done\n")
        .arg(shq(layout.runDir));
}

Result<void> FieldInstaller::Impl::install()
{
    QString script = QStringLiteral("set -e\nS=%1\n").arg(shq(stage));
    if (reinstall) {
        // An earlier field install is there: stop its agent so its files can be replaced.
        if (layout.useSystemd)
            script += QStringLiteral("systemctl stop edge-agent 2>/dev/null || true\n");
        script += QStringLiteral("(\n") + stopSupervisorScript() + QStringLiteral(") || true\n");
    }
    if (layout.useDpkg) {
        script +=
            QStringLiteral(
                "N=$(dpkg-deb -f \"$S/package.deb\" Package)\n"
                "echo package=$N\n"
                "if dpkg-query -W -f='${Status}' \"$N\" 2>/dev/null | grep -q 'ok installed'; then "
                "echo wasinstalled=1; else echo wasinstalled=0; fi\n"
                "DEBIAN_FRONTEND=noninteractive dpkg -i \"$S/package.deb\" >&2\n"
                "[ -x /usr/bin/edge-agent ] || { echo 'the package has no /usr/bin/edge-agent' "
                ">&2; "
                "exit 3; }\n"
                "mkdir -p %1\n"
                "touch %1/.edge-fieldinstall\n")
                .arg(shq(layout.etcDir));
    } else {
        const bool deb = isPackageDeb(req.packagePath);
        script += QStringLiteral("mkdir -p \"$S/x\"\n");
        if (deb)
            script += QStringLiteral(
                "command -v dpkg-deb >/dev/null 2>&1 || { echo 'dpkg-deb is missing on the node; "
                "use the .tar.gz package' >&2; exit 3; }\n"
                "dpkg-deb -x \"$S/package.deb\" \"$S/x\"\n");
        else
            script += QStringLiteral("tar -xzf \"$S/package.tar.gz\" -C \"$S/x\"\n");
        script +=
            QStringLiteral(
                "B=$(find \"$S/x\" -path '*/bin/edge-agent' -type f | awk '{ print length, $0 }' "
                "| sort -n | head -n 1 | cut -d' ' -f2-)\n"
                "[ -n \"$B\" ] || { echo 'the package has no bin/edge-agent' >&2; exit 3; }\n"
                "T=$(dirname \"$(dirname \"$B\")\")\n"
                "P=%1\n"
                // Only the agent's files: the all-in-one archive also holds the hub and tools.
                "mkdir -p \"$P/bin\"\n"
                "rm -f \"$P/bin/edge-agent\"\n"
                "cp \"$T/bin/edge-agent\" \"$P/bin/edge-agent\"\n"
                "chmod 0755 \"$P/bin/edge-agent\"\n"
                "U=lib/systemd/system/edge-agent.service\n"
                "if [ -f \"$T/$U\" ]; then mkdir -p \"$P/lib/systemd/system\"; "
                "cp \"$T/$U\" \"$P/$U\"; fi\n"
                "if [ -d \"$T/share/edgeconsole-agent\" ]; then mkdir -p \"$P/share\"; "
                "cp -R \"$T/share/edgeconsole-agent\" \"$P/share/\"; fi\n"
                "touch \"$P/.edge-fieldinstall\"\n"
                "rm -rf \"$S/x\"\n")
                .arg(shq(layout.root));
    }
    auto r = runOk(Step::Install, script, Tr::tr("Installing the package"), req.commandTimeout);
    if (!r)
        return std::unexpected(r.error());
    if (layout.useDpkg) {
        const auto kv = parseKeyValues(r->stdOut);
        debPackageName = kv.value(QStringLiteral("package"));
        debWasInstalled = kv.value(QStringLiteral("wasinstalled")) == QLatin1String("1");
    }
    outcome(Step::Install).message = Tr::tr("Installed %1.").arg(layout.agentBin);
    return {};
}

Result<void> FieldInstaller::Impl::configure()
{
    QString token = req.bootstrapToken;
    if (token.isEmpty()) {
        report(Step::Configure, StepState::Running, 0.1, Tr::tr("Creating a bootstrap token."));
        auto created = req.createToken(req.site, req.nodeName);
        if (!created)
            return std::unexpected(created.error());
        token = *created;
    }
    if (isCancelled())
        return cancelledError(Step::Configure);
    auto dirs = runOk(Step::Configure,
                      QStringLiteral("set -e\numask 077\nmkdir -p %1 %2 %3 %4\n"
                                     "chmod 0700 %2\ncp %5 %6\nchmod 0644 %6\n")
                          .arg(shq(layout.etcDir), shq(layout.dataDir), shq(layout.runDir),
                               shq(QFileInfo(layout.logFile).path()),
                               shq(stage + QStringLiteral("/ca.pem")), shq(layout.caFile())),
                      Tr::tr("Creating the agent's directories"), req.commandTimeout);
    if (!dirs)
        return std::unexpected(dirs.error());
    // The token goes over SFTP straight into a 0600 file: never on a command line, never in a
    // local file.
    if (auto ok = ssh->uploadData(token.toUtf8() + '\n', layout.tokenFile(), 0600); !ok)
        return ok;
    const QByteArray config =
        QStringLiteral("# edge-agent configuration, written by the field install on %1.\n"
                       "# The bootstrap token is used once, to enroll; the agent then keeps its\n"
                       "# certificate in its data directory.\n"
                       "hub=%2\n"
                       "ca=%3\n"
                       "data-dir=%4\n"
                       "name=%5\n"
                       "token-file=%6\n")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), req.hubAddress,
                 layout.caFile(), layout.dataDir, req.nodeName, layout.tokenFile())
            .toUtf8();
    if (auto ok = ssh->uploadData(config, layout.configFile(), 0600); !ok)
        return ok;
    outcome(Step::Configure).message = Tr::tr("Wrote %1 (hub %2, node %3).")
                                           .arg(layout.configFile(), req.hubAddress, req.nodeName);
    return {};
}

Result<void> FieldInstaller::Impl::start()
{
    const QString agentCommand = QStringLiteral("%1 --config %2")
                                     .arg(shq(layout.agentBin), shq(layout.configFile()));
    if (layout.useSystemd) {
        QByteArray unit;
        if (layout.useDpkg) {
            // A drop-in over the packaged unit: our config file.
            unit = QStringLiteral("# Written by the EdgeConsole field install.\n"
                                  "[Service]\nExecStart=\nExecStart=%1\n")
                       .arg(agentCommand)
                       .toUtf8();
        } else {
            unit = QStringLiteral("# Written by the EdgeConsole field install.\n"
                                  "[Unit]\nDescription=EdgeConsole edge agent\n"
                                  "After=network-online.target\nWants=network-online.target\n\n"
                                  "[Service]\nType=simple\nExecStart=%1\nRestart=always\n"
                                  "RestartSec=5s\nUMask=0077\n\n"
                                  "[Install]\nWantedBy=multi-user.target\n")
                       .arg(agentCommand)
                       .toUtf8();
        }
        auto dir = runOk(Step::Start,
                         QStringLiteral("mkdir -p %1").arg(shq(QFileInfo(layout.unitFile).path())),
                         Tr::tr("Writing the systemd unit"), req.commandTimeout);
        if (!dir)
            return std::unexpected(dir.error());
        if (auto ok = ssh->uploadData(unit, layout.unitFile, 0644); !ok)
            return ok;
        started = true;
        auto r = runOk(Step::Start,
                       QStringLiteral("systemctl daemon-reload && systemctl enable edge-agent "
                                      ">/dev/null 2>&1 && systemctl restart edge-agent && "
                                      "sleep 1 && systemctl is-active edge-agent"),
                       Tr::tr("Starting the agent with systemd"), req.commandTimeout);
        if (!r)
            return std::unexpected(r.error());
        outcome(Step::Start).message = Tr::tr("The agent runs as the systemd service edge-agent.");
        return {};
    }

    // A small supervisor: restarts the agent when it exits, stops it on TERM.
    const QByteArray supervisor =
        QStringLiteral(
            "#!/bin/sh\n"
            "# edge-agent supervisor, written by the EdgeConsole field install.\n"
            "# Stop: kill $(cat %1/edge-agent-supervisor.pid)\n"
            "R=%1\n"
            "echo $$ > \"$R/edge-agent-supervisor.pid\"\n"
            "child=\n"
            "stop() {\n"
            "  [ -n \"$child\" ] && kill \"$child\" 2>/dev/null && wait \"$child\" 2>/dev/null\n"
            "  rm -f \"$R/edge-agent.pid\" \"$R/edge-agent-supervisor.pid\"\n"
            "  exit 0\n"
            "}\n"
            "trap stop TERM INT HUP\n"
            "while :; do\n"
            "  %2 >>%3 2>&1 </dev/null &\n"
            "  child=$!\n"
            "  echo $child > \"$R/edge-agent.pid\"\n"
            "  wait $child\n"
            "  rc=$?\n"
            "  echo \"$(date -u +%FT%TZ) edge-agent exited ($rc); restarting in 2 s\" >>%3\n"
            "  sleep 2 &\n"
            "  wait $!\n"
            "done\n")
            .arg(shq(layout.runDir), agentCommand, shq(layout.logFile))
            .toUtf8();
    if (auto ok = ssh->uploadData(supervisor, layout.supervisorScript(), 0755); !ok)
        return ok;
    started = true;
    const QString launch =
        stopSupervisorScript()
        + QStringLiteral(
              "cd /\n"
              "if command -v setsid >/dev/null 2>&1; then\n"
              "  setsid %1 </dev/null >/dev/null 2>&1 &\n"
              "else\n"
              "  nohup %1 </dev/null >/dev/null 2>&1 &\n"
              "fi\n"
              "R=%2\n"
              "i=0\n"
              "while [ $i -lt 100 ]; do\n"
              "  if [ -f \"$R/edge-agent.pid\" ] && kill -0 \"$(cat \"$R/edge-agent.pid\")\" "
              "2>/dev/null; then echo started; exit 0; fi\n"
              "  i=$((i+1)); sleep 0.1\n"
              "done\n"
              "echo 'the supervised agent did not start' >&2\n"
              "exit 4\n")
              .arg(shq(layout.supervisorScript()), shq(layout.runDir));
    auto r = runOk(Step::Start, launch, Tr::tr("Starting the agent"), req.commandTimeout);
    if (!r)
        return std::unexpected(r.error());
    outcome(Step::Start).message =
        Tr::tr("The agent runs as a supervised background process (log: %1).").arg(layout.logFile);
    return {};
}

Result<StepState> FieldInstaller::Impl::waitOnline()
{
    if (!nodes)
        return StepState::Skipped;
    QDeadlineTimer deadline(req.onlineTimeout);
    QString lastState = QStringLiteral("unknown");
    for (;;) {
        syncCancel();
        if (isCancelled())
            return api::fail(Code::Cancelled, Tr::tr("The install was cancelled."),
                             QStringLiteral("cancelled while waiting for the node"));
        auto statuses = nodes->nodeStatus();
        if (statuses) {
            for (const api::NodeStatus &s : *statuses) {
                if (s.nodeName != req.nodeName)
                    continue;
                lastState = api::nodeStateName(s.state);
                if (s.state == api::NodeState::Online)
                    return StepState::Done;
            }
        } else {
            lastState = statuses.error().message;
        }
        const qint64 left = deadline.remainingTime();
        report(Step::WaitOnline, StepState::Running, -1.0,
               Tr::tr("Waiting for %1 to enroll and come online (%2 s left).")
                   .arg(req.nodeName)
                   .arg(left / 1000));
        if (deadline.hasExpired())
            return api::fail(Code::DeadlineExceeded,
                             Tr::tr("The node %1 did not come online within %2 s. Check that the "
                                    "node reaches the hub at %3 (agent log on the node).")
                                 .arg(req.nodeName)
                                 .arg(req.onlineTimeout.count() / 1000)
                                 .arg(req.hubAddress),
                             QStringLiteral("last state: %1").arg(lastState));
        // Sleep in small slices so a cancel is seen quickly.
        QDeadlineTimer nap(std::min<qint64>(req.pollInterval.count(), std::max<qint64>(left, 0)));
        while (!nap.hasExpired() && !isCancelled()) {
            syncCancel();
            QThread::msleep(50);
        }
    }
}

QString FieldInstaller::Impl::cleanupScript() const
{
    QString s;
    if (started && layout.useSystemd) {
        s += QStringLiteral("systemctl disable --now edge-agent >/dev/null 2>&1 || true\n");
        if (!reinstall)
            s += QStringLiteral("rm -f %1\nrmdir %2 2>/dev/null || true\n"
                                "systemctl daemon-reload || true\n")
                     .arg(shq(layout.unitFile), shq(QFileInfo(layout.unitFile).path()));
    }
    if (!layout.runDir.isEmpty())
        s += QStringLiteral("(\n") + stopSupervisorScript() + QStringLiteral(") || true\n");
    if (layout.useDpkg && !debPackageName.isEmpty() && !debWasInstalled)
        s += QStringLiteral("dpkg --purge %1 >/dev/null 2>&1 || true\n").arg(shq(debPackageName));
    if (!reinstall) {
        // Everything this run created; an earlier install of ours (reinstall) keeps its data.
        if (!layout.root.isEmpty() && !rootExisted)
            s += QStringLiteral("rm -rf %1\n").arg(shq(layout.root));
        else if (!layout.root.isEmpty())
            s += QStringLiteral("find %1 -mindepth 1 -delete 2>/dev/null || true\n")
                     .arg(shq(layout.root));
        if (layout.systemWide) {
            s += QStringLiteral("rm -rf %1 %2 %3\n")
                     .arg(shq(layout.etcDir), shq(layout.dataDir), shq(layout.runDir));
        }
    }
    if (!stage.isEmpty())
        s += QStringLiteral("rm -rf %1\n").arg(shq(stage));
    return s;
}

void FieldInstaller::Impl::cleanup()
{
    result.cleanedUp = !touchedNode;
    if (!touchedNode)
        return;
    const QString script = cleanupScript();
    // The session may have dropped (cancel, network): reconnect once for the cleanup.
    if (!ssh->isConnected()) {
        ssh::Credentials creds{req.user, req.keyFile,
                               req.keyFile.isEmpty() ? req.password : req.keyPassphrase};
        if (auto ok = ssh->connect(req.host, req.port, creds, req.connectTimeout); !ok) {
            result.cleanupError = ok.error().message;
            return;
        }
    }
    auto r = run(script, req.commandTimeout);
    if (!r) {
        result.cleanupError = r.error().message;
    } else if (r->exitStatus != 0) {
        result.cleanupError = lastLine(*r);
    } else {
        result.cleanedUp = true;
    }
    qCInfo(lcInstall).noquote() << req.host << "cleanup" << (result.cleanedUp ? "done" : "failed")
                                << result.cleanupError;
}

} // namespace edge::fieldinstall
