#pragma once

#include "backend/api/enrollment.h"
#include "backend/api/error.h"
#include "backend/api/inventory.h"
#include "backend/api/syncstore.h"
#include "backend/api/user.h"
#include "backend/api/workload.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <memory>

namespace edge::widgets {

// One live connection to a hub, as the console widgets use it. The pointers are shared so that
// background calls still running keep their client alive after the console switches hubs.
struct HubConnection {
    std::shared_ptr<api::Inventory> inventory;
    std::shared_ptr<api::Accounts> accounts;
    // Edge nodes and their enrollment (issue 3); null when the hub offers neither.
    std::shared_ptr<api::Nodes> nodes;
    std::shared_ptr<api::Enrollment> enrollment;
    // The hub's sync conflicts (issue 5: the Conflicts page); null when it offers none.
    std::shared_ptr<api::ConflictResolver> conflicts;
    // Content-addressed attachments (issue 5: survey photos); null: photos are stored inline.
    std::shared_ptr<api::Attachments> attachments;
    // What an edge agent is told to dial ("host:port") and the CA file it must trust, as far as
    // the console knows them; empty when the hub has no network listener (the embedded hub).
    QString agentHubAddress;
    QString agentCaFile;
    // More addresses of the same hub an agent may dial instead (the embedded hub listening on
    // all interfaces of a machine with several); agentHubAddress is the first.
    QStringList agentHubOtherAddresses;
    bool embedded = true;
    // The embedded hub's data directory, or the remote hub's "host:port".
    QString location;
    // Who is signed in (the token stays inside the client; it is never shown or stored).
    QString userName;
    api::Role role = api::Role::Viewer;

    bool isValid() const { return inventory && accounts; }
};

struct RemoteHubParams {
    QString hostPort; // "host:port"
    QString caFile;   // PEM file with the CA that signed the hub's certificate
    QString userName;
    QString password; // used once to sign in, never stored
};

// Opens hub connections for the console. Implemented by the composition root (app/console) with
// the embedded Hub and the gRPC Client; widgets only see this interface. Both calls block (they
// open files or talk to the network): call them through AsyncTask, never on the GUI thread.
// Implementations must be thread-safe.
class HubConnector {
public:
    virtual ~HubConnector();

    // The hub embedded in this process, on the console's data directory.
    virtual api::Result<HubConnection> connectEmbedded() = 0;
    // A hub elsewhere, over TLS, signing in with a user name and password.
    virtual api::Result<HubConnection> connectRemote(const RemoteHubParams &params) = 0;
};

// Checks "host:port" (port 1-65535; IPv6 hosts in brackets). Returns a translated message, empty when valid.
QString checkHostPort(const QString &hostPort);

} // namespace edge::widgets

Q_DECLARE_METATYPE(edge::widgets::HubConnection)
