#pragma once

// Session side of the SNMP adapter, over net-snmp's single-session API (snmp_sess_*).
//
// Calls block until the agent answers, the timeout and retries run out, or cancel() is called:
// run them off the GUI thread (widgets/common/asynctask.h). One session is used by one thread at
// a time; different sessions may be used from different threads at once. net-snmp is initialised
// once per process (no config files, no MIB files, no persistent state written), and every call
// into it is serialised by one process-wide lock that is never held while waiting for the network,
// so a dead agent does not stall the others (except during a v3 session's engine discovery in
// open()).
//
// Errors: Code::DeviceIo when the agent does not answer or the link fails (the message says what
// to check), Code::DeviceProtocol when it answers with an error status, a v3 report (wrong user or
// passphrase) or an exception (noSuchObject, noSuchInstance) for an OID asked for by get(); the
// message names the endpoint and the OID. Secrets never appear in messages or logs.

#include "device-protocols/snmp/snmpsettings.h"
#include "device-protocols/snmp/varbind.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace edge::snmp {

namespace detail {
struct SnmpWaiter;
}

class SnmpSession {
public:
    // Opens the session (v3: discovers the agent's engine ID, which is a network round trip).
    static Result<std::unique_ptr<SnmpSession>> open(const SessionConfig &config);
    ~SnmpSession();
    SnmpSession(const SnmpSession &) = delete;
    SnmpSession &operator=(const SnmpSession &) = delete;

    const SessionConfig &config() const { return m_config; }
    QString endpoint() const { return m_config.endpoint(); }

    // GET of up to 64 OIDs in one request. An exception for any of them is a DeviceProtocol error
    // naming that OID.
    Result<QList<VarBind>> get(const QStringList &oids);
    // GETNEXT: the first object after `oid` (may be endOfMibView).
    Result<VarBind> getNext(const QString &oid);
    // Every object under `root` with GETNEXT (works with every agent).
    Result<QList<VarBind>> walk(const QString &root);
    // Every object under `root` with GETBULK, config().maxRepetitions per request.
    Result<QList<VarBind>> bulkWalk(const QString &root);

    // Makes the call in progress (from another thread) return Code::Cancelled soon; later calls
    // fail the same way until resetCancel().
    void cancel() { m_cancelled = true; }
    void resetCancel() { m_cancelled = false; }

    // Requests sent so far (retries not counted); for tests and diagnostics.
    int requestCount() const { return m_requests.load(); }

private:
    SnmpSession(SessionConfig config, void *handle);
    enum class Command { Get, GetNext, GetBulk };
    Result<QList<VarBind>> request(Command command, const QStringList &oids);
    Result<QList<VarBind>> walkWith(Command command, const QString &root);

    SessionConfig m_config;
    void *m_handle = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_requests{0};
    std::vector<std::unique_ptr<detail::SnmpWaiter>> m_parked;
    QByteArray m_usmEngineId; // v3: the agent's engine ID once known (its USM user is counted)
};

} // namespace edge::snmp
