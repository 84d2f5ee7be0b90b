#include "device-protocols/snmp/snmpsession.h"

#include "device-protocols/snmp/snmptr.h"

#include <QDebug>
#include <QLoggingCategory>
#include <QMap>
#include <QScopeGuard>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <mutex>
#include <vector>

#include <cerrno>
#include <sys/select.h>

#include <net-snmp/library/large_fd_set.h>
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

Q_LOGGING_CATEGORY(lcSnmp, "edge.snmp", QtWarningMsg)

namespace edge::snmp {

namespace {

// Every call into net-snmp holds this lock (its USM user and engine-time lists are global), but
// never while waiting in select().
std::mutex &netsnmpMutex()
{
    static std::mutex mutex;
    return mutex;
}

// net-snmp's own log lines (MIB loader, transport warnings) go to the edge.snmp category
// instead of stderr.
int logToQt(int, int, void *serverArg, void *)
{
    const auto *m = static_cast<const snmp_log_message *>(serverArg);
    if (m && m->msg)
        qCDebug(lcSnmp).noquote() << "net-snmp:" << QString::fromLocal8Bit(m->msg).trimmed();
    return 0;
}

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // No /etc/snmp or ~/.snmp config, no MIB files, no persistent state written to
        // /var/lib/snmp: everything this adapter needs is in the session it opens.
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_PERSIST_STATE, 1);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_LOAD_HOST_FILES, 1);
        netsnmp_ds_set_int(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_MIB_WARNINGS, 0);
        netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_MIB_ERRORS, 0);
        // Numeric OIDs only: point the MIB loader at no directory (Debian's /etc/snmp/snmp.conf
        // says "mibs :" for the same reason, but config files are not read here).
        netsnmp_set_mib_directory("");
        std::lock_guard lock(netsnmpMutex());
        snmp_disable_log();
        snmp_register_callback(SNMP_CALLBACK_LIBRARY, SNMP_CALLBACK_LOGGING, logToQt, nullptr);
        netsnmp_register_loghandler(NETSNMP_LOGHANDLER_CALLBACK, LOG_DEBUG);
        init_snmp("edgeconsole");
    });
}

// Wipes a buffer that held a secret before it is freed.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::memset(bytes.data(), 0, size_t(bytes.size()));
    bytes.clear();
}

// net-snmp keeps one USM user per (engine ID, user name) for the whole process and reuses it for
// every later session, whatever passphrases that session brings. So this adapter counts the open
// sessions of each user, removes the user when the last one closes (a later session with other
// passphrases is then checked against the agent, not against stale keys). The engine ID is only
// known after the first request (net-snmp discovers it then), so that is when a session counts.
QMap<QByteArray, int> &usmUserRefs()
{
    static QMap<QByteArray, int> refs;
    return refs;
}

void releaseUsmUser(const QByteArray &engineId, const QByteArray &user)
{
    const QByteArray key = engineId.toHex() + '/' + user;
    auto &refs = usmUserRefs();
    if (--refs[key] > 0)
        return;
    refs.remove(key);
    if (usmUser *u = usm_get_user(reinterpret_cast<const u_char *>(engineId.constData()),
                                  size_t(engineId.size()), user.constData())) {
        usm_remove_user(u);
        usm_free_user(u);
    }
}

QString libError(void *handle)
{
    int liberr = 0;
    int syserr = 0;
    char *text = nullptr;
    snmp_sess_error(handle, &liberr, &syserr, &text);
    QString result = text ? QString::fromLocal8Bit(text) : QString();
    std::free(text);
    return result;
}

const char *errorStatusName(long status)
{
    static const char *const names[] = {"noError",
                                        "tooBig",
                                        "noSuchName",
                                        "badValue",
                                        "readOnly",
                                        "genErr",
                                        "noAccess",
                                        "wrongType",
                                        "wrongLength",
                                        "wrongEncoding",
                                        "wrongValue",
                                        "noCreation",
                                        "inconsistentValue",
                                        "resourceUnavailable",
                                        "commitFailed",
                                        "undoFailed",
                                        "authorizationError",
                                        "notWritable",
                                        "inconsistentName"};
    if (status < 0 || status > 18)
        return "unknown";
    return names[status];
}

QString oidText(const oid *name, size_t length)
{
    QString text;
    for (size_t i = 0; i < length; ++i) {
        if (i)
            text += QLatin1Char('.');
        text += QString::number(qulonglong(name[i]));
    }
    return text;
}

VarBind toVarBind(const netsnmp_variable_list *v)
{
    VarBind vb;
    vb.oid = oidText(v->name, v->name_length);
    switch (v->type) {
    case ASN_INTEGER:
        vb.type = VarType::Integer;
        vb.integer = v->val.integer ? qint64(*v->val.integer) : 0;
        break;
    case ASN_GAUGE: // == ASN_UNSIGNED
        vb.type = VarType::Unsigned;
        vb.integer = v->val.integer ? qint64(quint32(*v->val.integer)) : 0;
        break;
    case ASN_COUNTER:
        vb.type = VarType::Counter32;
        vb.integer = v->val.integer ? qint64(quint32(*v->val.integer)) : 0;
        break;
    case ASN_TIMETICKS:
        vb.type = VarType::TimeTicks;
        vb.integer = v->val.integer ? qint64(quint32(*v->val.integer)) : 0;
        break;
    case ASN_COUNTER64:
        vb.type = VarType::Counter64;
        if (v->val.counter64) {
            const quint64 value = (quint64(v->val.counter64->high) << 32)
                                  | quint64(quint32(v->val.counter64->low));
            vb.integer = qint64(qMin<quint64>(value, quint64(std::numeric_limits<qint64>::max())));
        }
        break;
    case ASN_OCTET_STR:
    case ASN_OPAQUE:
        vb.type = VarType::OctetString;
        if (v->val.string)
            vb.octets = QByteArray(reinterpret_cast<const char *>(v->val.string),
                                   qsizetype(v->val_len));
        break;
    case ASN_IPADDRESS:
        vb.type = VarType::IpAddress;
        if (v->val.string)
            vb.octets = QByteArray(reinterpret_cast<const char *>(v->val.string),
                                   qsizetype(v->val_len));
        break;
    case ASN_OBJECT_ID:
        vb.type = VarType::ObjectId;
        if (v->val.objid)
            vb.objectId = oidText(v->val.objid, v->val_len / sizeof(oid));
        break;
    case ASN_NULL: vb.type = VarType::Null; break;
    case SNMP_NOSUCHOBJECT: vb.type = VarType::NoSuchObject; break;
    case SNMP_NOSUCHINSTANCE: vb.type = VarType::NoSuchInstance; break;
    case SNMP_ENDOFMIBVIEW: vb.type = VarType::EndOfMibView; break;
    default: vb.type = VarType::Other; break;
    }
    return vb;
}

} // namespace

// The state of the one request in flight. A cancelled request's waiter is parked (Idle) in the
// session until it closes, so a late callback never touches freed memory.
struct detail::SnmpWaiter {
    enum State { Idle, Waiting, Done, TimedOut, Report, Disconnected };
    State state = Idle;
    int reportType = 0;
    netsnmp_pdu *response = nullptr;
};

namespace {

using Waiter = detail::SnmpWaiter;

int onResponse(int op, netsnmp_session *, int reqid, netsnmp_pdu *pdu, void *magic)
{
    auto *w = static_cast<Waiter *>(magic);
    // `magic` is this request's own waiter (a parked one is Idle). The request id is not compared:
    // net-snmp hands reports (v3 wrong digest, unknown user) over with the report's id.
    Q_UNUSED(reqid);
    if (!w || w->state != Waiter::Waiting)
        return 1;
    switch (op) {
    case NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE:
        if (pdu->command == SNMP_MSG_REPORT) {
            w->reportType = snmpv3_get_report_type(pdu);
            if (w->reportType == SNMPERR_NOT_IN_TIME_WINDOW)
                return 1; // net-snmp resends with the agent's time
            w->state = Waiter::Report;
        } else {
            w->response = snmp_clone_pdu(pdu);
            w->state = Waiter::Done;
        }
        break;
    case NETSNMP_CALLBACK_OP_TIMED_OUT: w->state = Waiter::TimedOut; break;
    case NETSNMP_CALLBACK_OP_RESEND: break; // a retry went out; keep waiting
    case NETSNMP_CALLBACK_OP_SEC_ERROR:
        w->reportType = SNMPERR_AUTHENTICATION_FAILURE;
        w->state = Waiter::Report;
        break;
    default: w->state = Waiter::Disconnected; break;
    }
    return 1;
}

QString noAnswer(const SessionConfig &c)
{
    const double seconds = double(c.timeout.count()) * (c.retries + 1) / 1000.0;
    return c.version == SnmpVersion::V2c
               ? Tr::tr("No answer from the SNMP agent at %1 within %2 s (%3 tries). Check the "
                        "address and port, the community, and that no firewall drops UDP port %4.")
                     .arg(c.endpoint(), QString::number(seconds, 'g', 3))
                     .arg(c.retries + 1)
                     .arg(c.port)
               : Tr::tr("No answer from the SNMP agent at %1 within %2 s (%3 tries). Check the "
                        "address and port, the SNMP v3 user and passphrases, and that no firewall "
                        "drops UDP port %4.")
                     .arg(c.endpoint(), QString::number(seconds, 'g', 3))
                     .arg(c.retries + 1)
                     .arg(c.port);
}

} // namespace

SnmpSession::SnmpSession(SessionConfig config, void *handle)
    : m_config(std::move(config))
    , m_handle(handle)
{}

SnmpSession::~SnmpSession()
{
    if (m_handle) {
        std::lock_guard lock(netsnmpMutex());
        snmp_sess_close(m_handle);
        if (!m_usmEngineId.isEmpty())
            releaseUsmUser(m_usmEngineId, m_config.user.toUtf8());
    }
    // Parked waiters (cancelled requests) are freed after this, when net-snmp holds no
    // reference to them any more.
}

Result<std::unique_ptr<SnmpSession>> SnmpSession::open(const SessionConfig &config)
{
    ensureInitialised();
    if (config.host.trimmed().isEmpty())
        return api::fail(api::Code::Validation, Tr::tr("Enter the address of the SNMP agent."), {},
                         QStringLiteral("host"));
    netsnmp_session s;
    QByteArray peer = (config.host.contains(QLatin1Char(':'))
                           ? QStringLiteral("udp6:[%1]:%2").arg(config.host).arg(config.port)
                           : QStringLiteral("udp:%1:%2").arg(config.host).arg(config.port))
                          .toUtf8();
    QByteArray community = config.community.toUtf8();
    QByteArray user = config.user.toUtf8();
    QByteArray authPass = config.authPassphrase.toUtf8();
    QByteArray privPass = config.privPassphrase.toUtf8();
    const auto wipeAll = [&] {
        wipe(community);
        wipe(authPass);
        wipe(privPass);
        std::memset(s.securityAuthKey, 0, sizeof s.securityAuthKey);
        std::memset(s.securityPrivKey, 0, sizeof s.securityPrivKey);
    };

    std::unique_lock lock(netsnmpMutex());
    snmp_sess_init(&s);
    s.peername = peer.data();
    s.timeout = long(std::chrono::duration_cast<std::chrono::microseconds>(config.timeout).count());
    s.retries = config.retries;
    if (config.version == SnmpVersion::V2c) {
        s.version = SNMP_VERSION_2c;
        s.community = reinterpret_cast<u_char *>(community.data());
        s.community_len = size_t(community.size());
    } else {
        s.version = SNMP_VERSION_3;
        s.securityName = user.data();
        s.securityNameLen = size_t(user.size());
        s.securityLevel = SNMP_SEC_LEVEL_AUTHPRIV;
        if (config.authProtocol == AuthProtocol::Sha256) {
            s.securityAuthProto = usmHMAC192SHA256AuthProtocol;
            s.securityAuthProtoLen = sizeof usmHMAC192SHA256AuthProtocol / sizeof(oid);
        } else {
            s.securityAuthProto = usmHMACSHA1AuthProtocol;
            s.securityAuthProtoLen = sizeof usmHMACSHA1AuthProtocol / sizeof(oid);
        }
        s.securityPrivProto = usmAESPrivProtocol;
        s.securityPrivProtoLen = sizeof usmAESPrivProtocol / sizeof(oid);
        s.securityAuthKeyLen = USM_AUTH_KU_LEN;
        s.securityPrivKeyLen = USM_PRIV_KU_LEN;
        if (generate_Ku(s.securityAuthProto, u_int(s.securityAuthProtoLen),
                        reinterpret_cast<const u_char *>(authPass.constData()),
                        size_t(authPass.size()), s.securityAuthKey, &s.securityAuthKeyLen)
                != SNMPERR_SUCCESS
            || generate_Ku(s.securityAuthProto, u_int(s.securityAuthProtoLen),
                           reinterpret_cast<const u_char *>(privPass.constData()),
                           size_t(privPass.size()), s.securityPrivKey, &s.securityPrivKeyLen)
                   != SNMPERR_SUCCESS) {
            wipeAll();
            return api::fail(api::Code::Validation,
                             Tr::tr("The SNMP v3 passphrases cannot be used (at least 8 "
                                    "characters are needed)."),
                             {}, QStringLiteral("authPassphrase"));
        }
    }
    void *handle = snmp_sess_open(&s);
    const int liberr = s.s_snmp_errno;
    if (!handle) {
        wipeAll();
        const QString why = QString::fromLocal8Bit(snmp_api_errstring(liberr));
        lock.unlock();
        qCWarning(lcSnmp).noquote() << "snmp_sess_open" << config.endpoint() << "failed:" << why;
        if (config.version == SnmpVersion::V3
            && (liberr == SNMPERR_TIMEOUT || liberr == SNMPERR_UNKNOWN_ENG_ID))
            return api::fail(api::Code::DeviceIo, noAnswer(config), why);
        return api::fail(api::Code::DeviceIo,
                         Tr::tr("Cannot open an SNMP session to %1: %2. Check the address.")
                             .arg(config.endpoint(), why),
                         why);
    }
    std::unique_ptr<SnmpSession> session(new SnmpSession(config, handle));
    wipeAll();
    lock.unlock();
    return session;
}

Result<QList<VarBind>> SnmpSession::request(Command command, const QStringList &oids)
{
    if (m_cancelled)
        return api::fail(api::Code::Cancelled, Tr::tr("The SNMP request was cancelled."));
    if (oids.isEmpty() || oids.size() > 64)
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("Ask for 1 to 64 OIDs in one SNMP request."));
    std::vector<std::vector<oid>> names;
    for (const QString &text : oids) {
        const auto arcs = parseOid(text);
        if (!arcs || arcs->size() > MAX_OID_LEN)
            return api::fail(api::Code::InvalidArgument,
                             Tr::tr("\"%1\" is not a numeric OID such as 1.3.6.1.2.1.33.1.2.1.0.")
                                 .arg(text),
                             {}, QStringLiteral("oid"));
        names.emplace_back(arcs->cbegin(), arcs->cend());
    }

    auto waiter = std::make_unique<Waiter>();
    {
        std::lock_guard lock(netsnmpMutex());
        const int type = command == Command::Get       ? SNMP_MSG_GET
                         : command == Command::GetNext ? SNMP_MSG_GETNEXT
                                                       : SNMP_MSG_GETBULK;
        netsnmp_pdu *pdu = snmp_pdu_create(type);
        if (command == Command::GetBulk) {
            pdu->non_repeaters = 0;
            pdu->max_repetitions = m_config.maxRepetitions;
        }
        for (const auto &name : names)
            snmp_add_null_var(pdu, name.data(), name.size());
        waiter->state = Waiter::Waiting;
        if (snmp_sess_async_send(m_handle, pdu, onResponse, waiter.get()) == 0) {
            const QString why = libError(m_handle);
            const int liberr = snmp_sess_session(m_handle)->s_snmp_errno;
            snmp_free_pdu(pdu);
            // v3: the engine ID discovery that precedes the first request got no answer.
            if (liberr == SNMPERR_TIMEOUT || liberr == SNMPERR_UNKNOWN_ENG_ID)
                return api::fail(api::Code::DeviceIo, noAnswer(m_config), why);
            return api::fail(api::Code::DeviceIo,
                             Tr::tr("Cannot send an SNMP request to %1: %2.").arg(endpoint(), why),
                             why);
        }
        ++m_requests;
    }

    // A late callback must never see a freed waiter: on cancel or error the waiter is parked in
    // the session until it closes.
    const auto park = [&] {
        // The request may still be in net-snmp's list: keep its waiter alive, but inert, until
        // the session closes.
        std::lock_guard lock(netsnmpMutex());
        waiter->state = Waiter::Idle;
        m_parked.push_back(std::move(waiter));
    };
    bool ioError = false;
    QString ioWhy;
    // net-snmp times the request out itself; this deadline only guards against a request it
    // dropped without telling (then: the same "no answer" error).
    const auto deadline = std::chrono::steady_clock::now()
                          + m_config.timeout * (m_config.retries + 1) + std::chrono::seconds(5);
    // A large fd set: the process may hold more than FD_SETSIZE descriptors.
    netsnmp_large_fd_set set;
    netsnmp_large_fd_set_init(&set, FD_SETSIZE);
    const auto freeSet = qScopeGuard([&] { netsnmp_large_fd_set_cleanup(&set); });
    while (waiter->state == Waiter::Waiting && !m_cancelled) {
        if (std::chrono::steady_clock::now() > deadline) {
            park();
            qCWarning(lcSnmp).noquote() << "request dropped without a callback" << endpoint();
            return api::fail(api::Code::DeviceIo, noAnswer(m_config),
                             QStringLiteral("no callback oid=%1").arg(oids.first()));
        }
        int fds = 0;
        int block = 0;
        NETSNMP_LARGE_FD_ZERO(&set);
        timeval tv{0, 100000}; // wake up at least every 100 ms to see cancel()
        {
            std::lock_guard lock(netsnmpMutex());
            snmp_sess_select_info2(m_handle, &fds, &set, &tv, &block);
        }
        const int n = netsnmp_large_fd_set_select(fds, &set, nullptr, nullptr, &tv);
        if (n < 0 && errno != EINTR) {
            ioError = true;
            ioWhy = QString::fromLocal8Bit(std::strerror(errno));
            break;
        }
        std::lock_guard lock(netsnmpMutex());
        if (n > 0)
            snmp_sess_read2(m_handle, &set);
        else if (n == 0)
            snmp_sess_timeout(m_handle);
    }

    if (m_config.version == SnmpVersion::V3 && m_usmEngineId.isEmpty()) {
        std::lock_guard lock(netsnmpMutex());
        const netsnmp_session *ss = snmp_sess_session(m_handle);
        if (ss && ss->securityEngineIDLen > 0) {
            m_usmEngineId = QByteArray(reinterpret_cast<const char *>(ss->securityEngineID),
                                       qsizetype(ss->securityEngineIDLen));
            ++usmUserRefs()[m_usmEngineId.toHex() + '/' + m_config.user.toUtf8()];
        }
    }

    if (ioError) {
        park();
        return api::fail(api::Code::DeviceIo,
                         Tr::tr("The link to the SNMP agent at %1 failed: %2.")
                             .arg(endpoint(), ioWhy),
                         ioWhy);
    }
    if (waiter->state == Waiter::Waiting) {
        park();
        return api::fail(api::Code::Cancelled, Tr::tr("The SNMP request was cancelled."));
    }
    if (waiter->state == Waiter::TimedOut) {
        qCInfo(lcSnmp).noquote() << "timeout" << endpoint() << oids.first();
        return api::fail(api::Code::DeviceIo, noAnswer(m_config),
                         QStringLiteral("timeout oid=%1").arg(oids.first()));
    }
    if (waiter->state == Waiter::Disconnected)
        return api::fail(api::Code::DeviceIo,
                         Tr::tr("The link to the SNMP agent at %1 failed.").arg(endpoint()));
    if (waiter->state == Waiter::Report) {
        const QString why = QString::fromLocal8Bit(snmp_api_errstring(waiter->reportType));
        return api::fail(api::Code::DeviceProtocol,
                         Tr::tr("The SNMP agent at %1 refused the SNMP v3 credentials (%2). Check "
                                "the user name, the authentication and privacy protocols and the "
                                "passphrases.")
                             .arg(endpoint(), why),
                         why);
    }

    netsnmp_pdu *response = waiter->response;
    waiter->response = nullptr;
    QList<VarBind> result;
    const long errstat = response->errstat;
    const long errindex = response->errindex;
    for (netsnmp_variable_list *v = response->variables; v; v = v->next_variable)
        result.append(toVarBind(v));
    {
        std::lock_guard lock(netsnmpMutex());
        snmp_free_pdu(response);
    }
    if (errstat != SNMP_ERR_NOERROR) {
        const QString at = errindex >= 1 && errindex <= oids.size() ? oids.at(errindex - 1)
                                                                    : oids.first();
        return api::fail(api::Code::DeviceProtocol,
                         Tr::tr("The SNMP agent at %1 answered %2 (error %3) for OID %4.")
                             .arg(endpoint(), QString::fromLatin1(errorStatusName(errstat)))
                             .arg(errstat)
                             .arg(at),
                         QStringLiteral("errstat=%1 errindex=%2").arg(errstat).arg(errindex), at);
    }
    return result;
}

Result<QList<VarBind>> SnmpSession::get(const QStringList &oids)
{
    auto result = request(Command::Get, oids);
    if (!result)
        return result;
    for (const VarBind &vb : *result) {
        if (vb.isException())
            return api::fail(api::Code::DeviceProtocol,
                             Tr::tr("The SNMP agent at %1 has no value for OID %2 (%3).")
                                 .arg(endpoint(), vb.oid, varTypeName(vb.type)),
                             varTypeName(vb.type), vb.oid);
    }
    return result;
}

Result<VarBind> SnmpSession::getNext(const QString &oid)
{
    auto result = request(Command::GetNext, {oid});
    if (!result)
        return std::unexpected(result.error());
    if (result->isEmpty())
        return api::fail(api::Code::DeviceProtocol,
                         Tr::tr("The SNMP agent at %1 answered without a value for OID %2.")
                             .arg(endpoint(), oid),
                         {}, oid);
    return result->first();
}

Result<QList<VarBind>> SnmpSession::walk(const QString &root)
{
    return walkWith(Command::GetNext, root);
}

Result<QList<VarBind>> SnmpSession::bulkWalk(const QString &root)
{
    return walkWith(Command::GetBulk, root);
}

Result<QList<VarBind>> SnmpSession::walkWith(Command command, const QString &root)
{
    const QString base = normalizeOid(root);
    if (base.isEmpty())
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("\"%1\" is not a numeric OID such as 1.3.6.1.2.1.33.").arg(root),
                         {}, QStringLiteral("oid"));
    constexpr qsizetype kMaxValues = 100000;
    QList<VarBind> all;
    QString current = base;
    for (;;) {
        auto step = request(command, {current});
        if (!step)
            return std::unexpected(step.error());
        bool done = step->isEmpty();
        for (const VarBind &vb : *step) {
            if (vb.type == VarType::EndOfMibView || !oidIsUnder(vb.oid, base)) {
                done = true;
                break;
            }
            if (compareOids(vb.oid, current) <= 0)
                return api::fail(api::Code::DeviceProtocol,
                                 Tr::tr("The SNMP agent at %1 returned OID %2 after %3, which is "
                                        "not increasing; the walk of %4 stopped.")
                                     .arg(endpoint(), vb.oid, current, base),
                                 {}, vb.oid);
            all.append(vb);
            current = vb.oid;
        }
        if (done)
            break;
        if (all.size() > kMaxValues)
            return api::fail(api::Code::DeviceProtocol,
                             Tr::tr("The SNMP agent at %1 returned more than %2 values under %3; "
                                    "the walk stopped.")
                                 .arg(endpoint())
                                 .arg(kMaxValues)
                                 .arg(base),
                             {}, base);
    }
    return all;
}

} // namespace edge::snmp
