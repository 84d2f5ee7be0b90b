#pragma once

#include "backend/api/syncstore.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <memory>

namespace edge::api {

// Where the console's hub sends its changes and gets the others' (issue 5), and who to sign in as.
struct SyncHubParams {
    QString hostPort; // "host:port" of the sync hub (TLS)
    QString caFile;   // PEM file with the CA that signed the hub's certificate
    QString userName;
    QString password; // used once to sign in, never stored; empty when not signing in
};

// What one sync, export or import did, for the status bar and a message.
struct SyncSummary {
    enum class Kind { Sync, Export, Import };
    Kind kind = Kind::Sync;
    int pulled = 0;     // operations new here (sync, import)
    int pushed = 0;     // operations new at the hub (sync) or written to the bundle (export)
    int blobs = 0;      // attachments moved either way
    int conflicts = 0;  // open conflicts here afterwards
    qint64 pending = 0; // our operations the hub still lacks
    qint64 finishedAtMs = 0;
    QString file; // the bundle (export, import)
};

// The console's sync with a hub and through bundles, as the widgets see it. Implemented by
// sync::SyncManager for the store of the console's embedded hub; every blocking call runs on its
// own worker thread, and every signal is emitted on the thread the object lives in (the GUI
// thread). Passwords are never stored: startSync() signs in once and keeps the session token in
// memory for the rest of the session; syncNow() and automatic sync use it.
class SyncControl : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Syncing };
    Q_ENUM(State)
    enum class Phase { Connecting, Pulling, Pushing, Attachments, Exporting, Importing, Done };
    Q_ENUM(Phase)

    using QObject::QObject;
    ~SyncControl() override;

    virtual State state() const = 0;
    // The hub configured for sync (without password); empty hostPort when none.
    virtual SyncHubParams hub() const = 0;
    // Sets the hub without signing in (from the saved settings): health checks start, the next
    // syncNow() still needs startSync() with a password.
    virtual void setHub(const SyncHubParams &params) = 0;
    // True while a session token for the hub is held (after a successful sign-in).
    virtual bool isSignedIn() const = 0;

    // Signs in with params.password (when given) and syncs. Emits finished() in every case.
    virtual void startSync(const SyncHubParams &params) = 0;
    // Syncs with the configured hub using the session of this run; finished(false, ...) when
    // nobody signed in yet.
    virtual void syncNow() = 0;
    // Stops the running sync, export or import after the batch in flight (nothing is half applied).
    virtual void cancel() = 0;
    virtual void exportBundle(const QString &path) = 0;
    virtual void importBundle(const QString &path) = 0;

    virtual qint64 pendingOperations() const = 0; // our operations the hub lacks (-1: unknown)
    virtual qint64 lastSyncMs() const = 0;        // wall clock of the last complete sync; 0 = never
    virtual bool isReachable() const = 0;         // the last health check of the hub answered
    virtual QString lastError() const = 0;        // of the last failed operation; empty otherwise

    // The conflicts of the store this control syncs (the Conflicts page).
    virtual std::shared_ptr<ConflictResolver> conflictResolver() const = 0;

Q_SIGNALS:
    void stateChanged(edge::api::SyncControl::State state);
    // done/total count operations (Pulling, Pushing, Importing, Exporting) or bytes
    // (Attachments); total 0 = unknown.
    void progress(edge::api::SyncControl::Phase phase, qint64 done, qint64 total);
    // A sync, export or import ended; `message` is translated for people.
    void finished(bool ok, const QString &message, const edge::api::SyncSummary &summary);
    void pendingChanged(qint64 pending);
    void lastSyncChanged(qint64 ms);
    void reachableChanged(bool reachable);
    void signedInChanged(bool signedIn);
    // Operations from elsewhere were applied or a conflict was resolved: conflicts may differ.
    void conflictsChanged();
};

} // namespace edge::api

Q_DECLARE_METATYPE(edge::api::SyncSummary)
