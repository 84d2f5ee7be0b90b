#pragma once

#include "backend/api/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace edge::api {
class Nodes;
}

// Field install of the edge agent over SSH (issue 3): connect, check the host key, upload the
// agent package, install it, write its config and bootstrap token, start it and wait until the
// node is online. Used by `edgectl node install[-batch]` and the console's "Add node over SSH"
// wizard. Qt Core only.
namespace edge::fieldinstall {

// ---- Steps --------------------------------------------------------------------------------------
// In the order they run. The ids (stepId) are stable: --json output and tests use them.
enum class Step {
    Connect,       // "connect": TCP + SSH handshake, authentication
    VerifyHostKey, // "host-key": known_hosts check; first-seen key confirmed by the person
    DetectSystem,  // "detect": uname, root?, dpkg?, systemd?, free space, existing install
    Upload,        // "upload": package and hub CA over SFTP (chunks, .part, cancellable)
    Install,       // "install": dpkg -i, or extract the .tar.gz into the prefix
    Configure,     // "configure": agent config, bootstrap token (0600), hub CA
    Start,         // "start": systemctl enable --now, or the supervised background process
    WaitOnline,    // "wait-online": polls api::Nodes::nodeStatus until the node is online
};

QList<Step> allSteps();
QString stepId(Step step);                         // "connect", "host-key", ...
std::optional<Step> stepFromId(const QString &id); // inverse of stepId
QString stepLabel(Step step);                      // translated, e.g. "Upload the agent package"

enum class StepState { Pending, Running, Done, Skipped, Failed, Cancelled };
QString stepStateName(
    StepState state); // "pending", "running", "done", "skipped", ... (not translated)
QString stepStateLabel(StepState state); // translated

// ---- Request ------------------------------------------------------------------------------------
// Everything one install needs. Secrets (password, keyPassphrase, bootstrapToken) are never logged,
// never written to disk on this side, never put into Error::detail; on the node the token is
// written to a 0600 file only.
struct InstallRequest {
    // SSH target
    QString host;
    int port = 22;
    QString user;
    QString keyFile;       // private key; empty = password authentication
    QString keyPassphrase; // secret (may be empty)
    QString password;      // secret, used when keyFile is empty
    // Our known_hosts file (never ~/.ssh/known_hosts). Empty = defaultKnownHostsFile().
    QString knownHostsFile;
    // A fingerprint ("SHA256:...") the person already confirmed (--accept-host-key): a first-seen
    // key with exactly this fingerprint is accepted without asking. acceptNewHostKey (--yes)
    // accepts any first-seen key. A CHANGED key is always refused.
    QString acceptedFingerprint;
    bool acceptNewHostKey = false;

    // Node
    QString site;     // site id or name (for the bootstrap token)
    QString nodeName; // empty = the remote hostname (detect step)

    // Hub as the NODE will reach it ("HOST:PORT"), and the hub's CA certificate (PEM file here).
    QString hubAddress;
    QString hubCaPath;

    // Agent package built by CPack: a .deb or a .tar.gz (TGZ layout: bin/edge-agent,
    // lib/systemd/system/edge-agent.service, ...).
    QString packagePath;

    // Empty = system-wide: .deb via dpkg (root only), .tar.gz into /opt/edge-agent, started by
    // systemd when the node runs it. Non-empty = a user-level install into this directory (created;
    // removed again on failure), started as a supervised background process.
    QString prefix;

    // The bootstrap token, or a callback that creates one (called in the Configure step, on the
    // worker thread, so no token is spent when an earlier step fails). One of the two is required.
    QString bootstrapToken;
    std::function<api::Result<QString>(const QString &site, const QString &nodeName)> createToken;

    std::chrono::milliseconds connectTimeout{20'000};
    std::chrono::milliseconds commandTimeout{120'000};
    std::chrono::milliseconds onlineTimeout{180'000};
    std::chrono::milliseconds pollInterval{2'000};

    // Errors name the field ("host", "port", "user", "keyFile", "site", "hubAddress", ...).
    api::Result<void> validate() const;
};

// ~/.config/edgeconsole/known_hosts (GenericConfigLocation; shared by edgectl and the console;
// created on the first accepted key).
QString defaultKnownHostsFile();

// ---- Callbacks ----------------------------------------------------------------------------------
// All callbacks run on the thread that called run() (a worker thread in the console: post to the
// GUI thread, and for confirmHostKey block the worker until the person answers).
struct ProgressEvent {
    Step step = Step::Connect;
    StepState state = StepState::Running;
    double fraction = 0.0; // of this step, 0..1; < 0 when unknown
    QString message;       // translated, for people (never contains secrets)
};
using ProgressCallback = std::function<void(const ProgressEvent &event)>;

struct HostKeyInfo {
    QString host;
    int port = 22;
    QString fingerprint; // "SHA256:..." as `ssh-keygen -l` prints it
};
// Return true to trust the key (it is then written to the known_hosts file), false to refuse (the
// install stops at VerifyHostKey with Code::Cancelled and nothing changed on the node).
using HostKeyCallback = std::function<bool(const HostKeyInfo &key)>;

// ---- Result -------------------------------------------------------------------------------------
struct StepOutcome {
    Step step = Step::Connect;
    StepState state = StepState::Pending;
    QString message; // translated; for Failed the reason
    qint64 elapsedMs = 0;
};

struct InstallResult {
    bool ok = false;
    std::optional<Step> failedStep; // set when a step failed or was cancelled; unset when the
                                    // request itself was invalid (error.field names the field)
    api::Error error;               // Code::InstallFailed / Cancelled / Unavailable / ...; message
                                    // names the step and why
    QList<StepOutcome> steps;       // one per step of allSteps(), in order
    QString nodeName;               // as used (after detect)
    QString remotePrefix;           // where the agent went on the node
    bool cleanedUp = false;         // after a failure: the node was restored to how it was
    QString cleanupError;           // when the cleanup itself failed (detail for people)

    QJsonObject toJson() const; // {"ok", "host", "failedStep", "error", "steps": [{id,state,...}]}
};

// ---- One install --------------------------------------------------------------------------------
// Blocking; run it on a worker thread. One instance per install; not reusable.
//
// Idempotent: a re-run over a half-finished or failed install succeeds. On failure (or cancel)
// everything this run created on the node is removed again (uploaded files, the prefix dir it
// created, the config, the systemd unit it enabled, the supervised process), so the node is as
// before. Cancel is honoured between steps and inside them (uploads are chunked, remote commands
// time-bounded, the online wait polls).
class FieldInstaller {
public:
    // `nodes` (may be null) is used by WaitOnline; without it that step is Skipped.
    explicit FieldInstaller(InstallRequest request, api::Nodes *nodes = nullptr);
    ~FieldInstaller();
    FieldInstaller(const FieldInstaller &) = delete;
    FieldInstaller &operator=(const FieldInstaller &) = delete;

    void setProgressCallback(ProgressCallback callback);
    void setHostKeyCallback(HostKeyCallback callback);
    // Also honour an external flag (e.g. a batch's); polled like cancel().
    void setCancelFlag(const std::atomic_bool *flag);

    InstallResult run();

    // Thread-safe; may be called from any thread while run() is in progress.
    void cancel();
    bool isCancelled() const;

    const InstallRequest &request() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// ---- Batch --------------------------------------------------------------------------------------
// One row of a hosts CSV. The first non-comment line is a header naming the columns (any order):
//   host (required), port, user, key, site, name, prefix, hub, password-env
// Empty cells take the batch defaults. Lines starting with '#' and empty lines are skipped. Fields
// may be quoted with "..." ("" inside quotes is a literal quote). No secrets in the file:
// password-env names an environment variable holding the password.
struct BatchHost {
    int line = 0; // 1-based line in the CSV
    QString host;
    int port = 0; // 0 = default
    QString user;
    QString keyFile;
    QString site;
    QString nodeName;
    QString prefix;
    QString hubAddress;
    QString passwordEnv;
};

// Parse error names line and column (1-based) in Error::field as "LINE:COLUMN" and in the message.
// Never crashes on any input (fuzzed: tests/fuzz_hostscsv.cpp).
api::Result<QList<BatchHost>> parseHostsCsv(const QByteArray &content);

// The request for one host: `defaults` with the row's non-empty cells applied.
InstallRequest requestFor(const InstallRequest &defaults, const BatchHost &host);

struct BatchEntry {
    BatchHost host;
    InstallResult result;
};

// Runs installs with at most `parallel` at a time (own threads). Callbacks may run concurrently
// from several worker threads (they get the row index into hosts).
class BatchInstaller {
public:
    BatchInstaller(InstallRequest defaults, QList<BatchHost> hosts, int parallel,
                   api::Nodes *nodes = nullptr);
    ~BatchInstaller();
    BatchInstaller(const BatchInstaller &) = delete;
    BatchInstaller &operator=(const BatchInstaller &) = delete;

    void setProgressCallback(std::function<void(int index, const ProgressEvent &)> callback);
    void setHostKeyCallback(std::function<bool(int index, const HostKeyInfo &)> callback);
    // Called when one host has finished (any thread).
    void setFinishedCallback(std::function<void(int index, const InstallResult &)> callback);

    // Blocking: returns one entry per host, in the order of `hosts`.
    QList<BatchEntry> run();
    void cancel(); // thread-safe: running installs clean up, pending ones are reported Cancelled

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace edge::fieldinstall
