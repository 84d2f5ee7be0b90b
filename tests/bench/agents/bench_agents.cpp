// Benchmark: N edge agents (default 2,000) against one real edge-hub process, from one load
// generator process. Each agent is enrolled for real (bootstrap token, its own EC key and CSR, a
// certificate signed by the hub's CA) and then holds its own mutual-TLS AgentControl stream on its
// own channel (its own TCP + TLS connection: GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, so no two agents
// share a connection), sends Hello and then a Heartbeat every interval +-10 % jitter, as
// docs/agent-protocol.md says.
//
// Measured, for N agents and for a baseline of --baseline agents (default 100) in the same run,
// each on a fresh hub:
//   hub_cpu_percent      hub process CPU (utime+stime from /proc/PID/stat) over the steady-state
//                        window, in % of one core;
//   hub_rss_mb           VmRSS of the hub at the end of the window (/proc/PID/status), and
//                        hub_rss_peak_mb (VmHWM);
//   heartbeat_hub_p50_ms / heartbeat_hub_p99_ms
//                        the protocol sends no reply to a heartbeat, so this is measured
//                        hub-side: the hub stamps each node's last-seen time (its clock, ms) when
//                        it processes a message, and Nodes.Status reports it. For the "probe"
//                        agents (min(N, --probes), a site of their own so polling Status stays
//                        cheap) the figure is last_seen_ms - the load generator's clock just
//                        before it wrote the heartbeat (same machine, same clock): send ->
//                        processed by the hub;
//   heartbeat_write_p99_ms
//                        client side, every agent: StartWrite -> OnWriteDone of heartbeats
//                        (back-pressure from the transport);
//   connect_all_online_s seconds from opening all N streams until Nodes.Status shows all online;
//   reconnect_all_online_s
//                        all streams cancelled and all channels closed, the hub showing every
//                        node offline; then all N reconnect at once (new TLS handshakes):
//                        seconds until Nodes.Status shows all N online;
//   enroll_s             token + key + CSR + Enroll for all N (parallel threads).
// Prints one JSON object: {"benchmark", "figure": {...}, "baseline": {...}, "ratio": {...}}.
//
//   bench_agents [--agents N] [--baseline M] [--measure-seconds S] [--probes P]
//                [--heartbeat-interval MS] [--threads T]
// --baseline 0 skips the baseline. --agents 50 is a quick check.

#include "backend/api/error.h"
#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"

#include "edge.grpc.pb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/client_callback.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <queue>
#include <random>
#include <string_view>
#include <thread>
#include <vector>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace edge;
namespace v1 = edge::v1;

namespace {

const QString kPassword = QStringLiteral("bench-admin-password-1");

struct Options {
    int agents = 2000;
    int baseline = 100;
    int measureSeconds = 40;
    int probes = 200;
    qint64 heartbeatMs = 10'000;
    int threads = 8;
};

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

void note(const QString &text)
{
    std::fprintf(stderr, "bench_agents: %s\n", qPrintable(text));
    std::fflush(stderr);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size() - 1) + 0.5));
    return v[i];
}

double round2(double v) { return qRound64(v * 100) / 100.0; }

// ---- Keys and certificate requests --------------------------------------------------------------

struct KeyAndCsr {
    QByteArray keyPem;
    QByteArray csrPem;
};

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data);
    return n > 0 && data ? QByteArray(data, qsizetype(n)) : QByteArray();
}

std::optional<KeyAndCsr> makeKeyAndCsr(const QString &commonName)
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key)
        return std::nullopt;
    X509_REQ *req = X509_REQ_new();
    BIO *keyBio = BIO_new(BIO_s_mem());
    BIO *reqBio = BIO_new(BIO_s_mem());
    const QByteArray cn = commonName.toUtf8();
    bool ok = req && keyBio && reqBio && X509_REQ_set_version(req, 0) == 1;
    ok = ok
         && X509_NAME_add_entry_by_txt(X509_REQ_get_subject_name(req), "CN", MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(cn.constData()),
                                       int(cn.size()), -1, 0)
                == 1;
    ok = ok && X509_REQ_set_pubkey(req, key) == 1 && X509_REQ_sign(req, key, EVP_sha256()) > 0;
    ok = ok && PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    ok = ok && PEM_write_bio_X509_REQ(reqBio, req) == 1;
    std::optional<KeyAndCsr> out;
    if (ok)
        out = KeyAndCsr{drain(keyBio), drain(reqBio)};
    BIO_free(keyBio);
    BIO_free(reqBio);
    X509_REQ_free(req);
    EVP_PKEY_free(key);
    return out;
}

// ---- The hub process ------------------------------------------------------------------------------

class Hub {
public:
    ~Hub() { stop(); }

    bool start(const QString &dataDir, qint64 heartbeatMs, QString *error)
    {
        const QString bin = qEnvironmentVariableIsEmpty("EC_BIN_DIR")
                                ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin")
                                : qEnvironmentVariable("EC_BIN_DIR");
        m_process.setProgram(bin + QStringLiteral("/edge-hub"));
        m_process.setArguments({QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--heartbeat-interval"),
                                QString::number(heartbeatMs)});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EDGE_ADMIN_PASSWORD"), kPassword);
        m_process.setProcessEnvironment(env);
        m_process.setStandardErrorFile(dataDir + QStringLiteral(".log"));
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start();
        if (!m_process.waitForStarted(10'000)) {
            *error = QStringLiteral("cannot start %1: %2")
                         .arg(m_process.program(), m_process.errorString());
            return false;
        }
        static const QRegularExpression ready(QStringLiteral(
                                                  "listening on (\\S+) \\(TLS\\), CA: (.+)$"),
                                              QRegularExpression::MultilineOption);
        QByteArray output;
        QDeadlineTimer deadline(60'000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            output += m_process.readAllStandardOutput();
            const auto m = ready.match(QString::fromUtf8(output));
            if (m.hasMatch()) {
                address = m.captured(1);
                caPath = m.captured(2).trimmed();
                return true;
            }
        }
        *error = QStringLiteral("edge-hub did not come up: %1").arg(QString::fromUtf8(output));
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(60'000)) {
            m_process.kill();
            m_process.waitForFinished(10'000);
        }
    }

    qint64 pid() const { return m_process.processId(); }

    // utime + stime in seconds.
    double cpuSeconds() const
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray stat = f.readAll();
        // Fields after the command (which may hold spaces) start after the last ')'.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
        return ticks / double(::sysconf(_SC_CLK_TCK));
    }

    // VmRSS / VmHWM in MiB.
    double memoryMb(const char *key) const
    {
        QFile f(QStringLiteral("/proc/%1/status").arg(pid()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith(key))
                return double(
                           line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLongLong())
                       / 1024.0;
        return -1;
    }

    QString address;
    QString caPath;

private:
    QProcess m_process;
};

double processCpuSeconds()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// ---- One agent's control stream ---------------------------------------------------------------

struct Stats {
    std::mutex mutex;
    std::vector<double> writeMs; // heartbeat StartWrite -> OnWriteDone
    std::atomic<int> welcomed{0};
    std::atomic<int> failed{0};
};

class AgentStream final : public grpc::ClientBidiReactor<v1::AgentMessage, v1::HubMessage> {
public:
    AgentStream(Stats &stats, const QString &hostname)
        : m_stats(stats)
        , m_hostname(hostname)
    {}

    void start(v1::AgentControl::Stub &stub)
    {
        stub.async()->Connect(&m_context, this);
        v1::AgentHello *hello = m_out.mutable_hello();
        hello->set_agent_version("bench");
        hello->set_hostname(m_hostname.toStdString());
        hello->set_agent_time_ms(nowMs());
        hello->set_boot_time_ms(nowMs());
        m_writing = true;
        m_writeStartedMs = -1; // not a heartbeat
        AddHold(); // released when the stream ends (read fails), so writes stay valid until then
        StartWrite(&m_out);
        StartRead(&m_in);
        StartCall();
    }

    // Sends a heartbeat unless a write is still in flight; returns the send time (0: skipped).
    qint64 heartbeat()
    {
        qint64 sent = 0;
        {
            std::lock_guard lock(m_mutex);
            if (m_closing || m_writing)
                return 0;
            m_out.Clear();
            m_out.mutable_heartbeat()->set_agent_time_ms(nowMs());
            m_writing = true;
            // Keeps the stream from finishing between here and StartWrite (a read failing
            // meanwhile sets m_closing under the mutex, after this hold was taken).
            AddHold();
            m_writeTimer.start();
            m_writeStartedMs = nowMs();
            sent = m_writeStartedMs;
        }
        // Outside the mutex: gRPC may run OnWriteDone inline.
        StartWrite(&m_out);
        return sent;
    }

    void cancel() { m_context.TryCancel(); }

    void waitDone()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_done; });
    }

    bool welcomed() const { return m_welcomed.load(); }

    void OnWriteDone(bool ok) override
    {
        bool heartbeat = false;
        {
            std::lock_guard lock(m_mutex);
            m_writing = false;
            heartbeat = m_writeStartedMs > 0;
            if (ok && heartbeat) {
                std::lock_guard s(m_stats.mutex);
                m_stats.writeMs.push_back(double(m_writeTimer.nsecsElapsed()) / 1e6);
            }
        }
        if (heartbeat)
            RemoveHold(); // taken in heartbeat()
    }

    void OnReadDone(bool ok) override
    {
        if (!ok) {
            {
                std::lock_guard lock(m_mutex);
                m_closing = true;
            }
            RemoveHold();
            return;
        }
        if (m_in.has_welcome() && !m_welcomed.exchange(true))
            m_stats.welcomed.fetch_add(1);
        StartRead(&m_in);
    }

    void OnDone(const grpc::Status &status) override
    {
        if (!status.ok() && status.error_code() != grpc::StatusCode::CANCELLED) {
            if (m_stats.failed.fetch_add(1) < 3)
                note(QStringLiteral("stream ended: %1 %2")
                         .arg(int(status.error_code()))
                         .arg(QString::fromStdString(status.error_message())));
        }
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_cv.notify_all();
    }

private:
    Stats &m_stats;
    QString m_hostname;
    grpc::ClientContext m_context;
    v1::AgentMessage m_out;
    v1::HubMessage m_in;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_writing = false;
    bool m_closing = false;
    bool m_done = false;
    std::atomic<bool> m_welcomed{false};
    QElapsedTimer m_writeTimer;
    qint64 m_writeStartedMs = 0;
};

struct Agent {
    QString name;
    QString nodeId;
    bool probe = false;
    std::string keyPem;
    std::string certPem;
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<v1::AgentControl::Stub> stub;
    std::unique_ptr<AgentStream> stream;
    std::atomic<qint64> lastHeartbeatMs{0}; // send time of the newest heartbeat
    qint64 sampledMs = 0;                   // the heartbeat already counted
};

// ---- One run: enroll, connect, steady state, reconnect storm ---------------------------------------

class Run {
public:
    Run(const Options &options, int agents)
        : m_options(options)
        , m_count(agents)
    {}
    // On an early return: no stream may outlive its reactor.
    ~Run() { dropAll(); }
    Run(const Run &) = delete;
    Run &operator=(const Run &) = delete;

    api::Result<QJsonObject> exec(const QString &dir)
    {
        QString error;
        if (!QDir().mkpath(dir))
            return api::fail(api::Code::Internal, QStringLiteral("cannot create %1").arg(dir));
        if (!m_hub.start(dir + QStringLiteral("/hub"), m_options.heartbeatMs, &error))
            return api::fail(api::Code::Internal, error);
        QFile ca(m_hub.caPath);
        if (!ca.open(QIODevice::ReadOnly))
            return api::fail(api::Code::Internal, QStringLiteral("no CA at %1").arg(m_hub.caPath));
        m_caPem = ca.readAll().toStdString();
        auto channel = client::Client::secureChannel(m_hub.address, m_hub.caPath);
        if (!channel)
            return std::unexpected(channel.error());
        m_client = std::make_unique<client::Client>(*channel, m_hub.address);
        if (auto s = m_client->login(QStringLiteral("admin"), kPassword); !s)
            return std::unexpected(s.error());

        QJsonObject out;
        note(QStringLiteral("%1 agents: enrolling").arg(m_count));
        QElapsedTimer timer;
        timer.start();
        if (auto r = enrollAll(); !r)
            return std::unexpected(r.error());
        out.insert(QStringLiteral("enroll_s"), round2(double(timer.elapsed()) / 1000.0));

        note(QStringLiteral("%1 agents: connecting").arg(m_count));
        timer.restart();
        connectAll();
        auto online = waitAllOnline(120'000);
        if (!online)
            return std::unexpected(online.error());
        out.insert(QStringLiteral("connect_all_online_s"), round2(double(timer.elapsed()) / 1000.0));

        // Steady state: heartbeats for everybody, Status polls of the probe site.
        note(QStringLiteral("%1 agents: steady state for %2 s")
                 .arg(m_count)
                 .arg(m_options.measureSeconds));
        m_stopHeartbeats = false;
        std::thread heartbeats([this] { heartbeatLoop(); });
        QThread::msleep(qMin<qint64>(m_options.heartbeatMs, 10'000)); // everyone sent one
        {
            std::lock_guard lock(m_stats.mutex);
            m_stats.writeMs.clear();
        }
        std::vector<double> hubMs;
        for (Agent &a : m_agents) // count only heartbeats sent in the window
            a.sampledMs = a.lastHeartbeatMs.load();
        const double cpu0 = m_hub.cpuSeconds();
        const double self0 = processCpuSeconds();
        QElapsedTimer window;
        window.start();
        while (window.elapsed() < m_options.measureSeconds * 1000) {
            QThread::msleep(2000);
            sampleProbes(&hubMs);
        }
        const double seconds = double(window.elapsed()) / 1000.0;
        const double cpu = (m_hub.cpuSeconds() - cpu0) / seconds * 100.0;
        const double self = (processCpuSeconds() - self0) / seconds * 100.0;
        out.insert(QStringLiteral("hub_cpu_percent"), round2(cpu));
        out.insert(QStringLiteral("hub_rss_mb"), round2(m_hub.memoryMb("VmRSS:")));
        out.insert(QStringLiteral("hub_rss_peak_mb"), round2(m_hub.memoryMb("VmHWM:")));
        out.insert(QStringLiteral("loadgen_cpu_percent"), round2(self));
        out.insert(QStringLiteral("heartbeat_hub_p50_ms"), round2(percentile(hubMs, 50)));
        out.insert(QStringLiteral("heartbeat_hub_p99_ms"), round2(percentile(hubMs, 99)));
        out.insert(QStringLiteral("heartbeat_hub_samples"), int(hubMs.size()));
        {
            std::lock_guard lock(m_stats.mutex);
            out.insert(QStringLiteral("heartbeat_write_p99_ms"),
                       round2(percentile(m_stats.writeMs, 99)));
            out.insert(QStringLiteral("heartbeat_writes"), int(m_stats.writeMs.size()));
        }
        m_stopHeartbeats = true;
        m_heartbeatCv.notify_all();
        heartbeats.join();

        // Reconnect storm.
        note(QStringLiteral("%1 agents: dropping every stream").arg(m_count));
        dropAll();
        if (auto r = waitAllOffline(120'000); !r)
            return std::unexpected(r.error());
        note(QStringLiteral("%1 agents: reconnecting all at once").arg(m_count));
        timer.restart();
        connectAll();
        online = waitAllOnline(300'000);
        if (!online)
            return std::unexpected(online.error());
        out.insert(QStringLiteral("reconnect_all_online_s"),
                   round2(double(timer.elapsed()) / 1000.0));
        out.insert(QStringLiteral("stream_failures"), m_stats.failed.load());
        dropAll();
        m_client.reset();
        m_hub.stop();
        return out;
    }

private:
    api::Result<void> enrollAll()
    {
        for (const char *name : {"probe", "fleet"}) {
            api::Site site;
            site.name = QLatin1String(name);
            site.kind = api::SiteKind::CabinetSite;
            auto created = m_client->create(site.toRecord());
            if (!created)
                return std::unexpected(created.error());
            (name == std::string_view("probe") ? m_probeSite : m_fleetSite) = created->id;
        }
        const int probes = std::min(m_count, m_options.probes);
        m_agents = std::vector<Agent>(size_t(m_count));
        std::atomic<int> next{0};
        std::mutex errorMutex;
        std::optional<api::Error> firstError;
        auto worker = [&] {
            // Enroll needs no session: a client of its own, without the admin token.
            auto channel = client::Client::secureChannel(m_hub.address, m_hub.caPath);
            if (!channel)
                return;
            client::Client anonymous(*channel, m_hub.address);
            for (int i = next.fetch_add(1); i < m_count; i = next.fetch_add(1)) {
                Agent &a = m_agents[size_t(i)];
                a.probe = i < probes;
                a.name = QStringLiteral("bench-%1").arg(i, 5, 10, QLatin1Char('0'));
                auto fail = [&](const api::Error &e) {
                    std::lock_guard lock(errorMutex);
                    if (!firstError)
                        firstError = e;
                };
                auto token = m_client->createBootstrapToken(a.probe ? m_probeSite : m_fleetSite, 0,
                                                            a.name);
                if (!token) {
                    fail(token.error());
                    return;
                }
                auto csr = makeKeyAndCsr(a.name);
                if (!csr) {
                    fail({api::Code::Internal, QStringLiteral("key/CSR generation failed"), {}, {}});
                    return;
                }
                auto enrolled = anonymous.enroll(token->token, a.name, csr->csrPem);
                if (!enrolled) {
                    fail(enrolled.error());
                    return;
                }
                a.nodeId = enrolled->nodeId;
                a.keyPem = csr->keyPem.toStdString();
                a.certPem = enrolled->certificatePem.toStdString();
            }
        };
        std::vector<std::thread> threads;
        for (int t = 0; t < m_options.threads; ++t)
            threads.emplace_back(worker);
        for (std::thread &t : threads)
            t.join();
        if (firstError)
            return std::unexpected(*firstError);
        m_byNode.clear();
        for (size_t i = 0; i < m_agents.size(); ++i)
            m_byNode.insert(m_agents[i].nodeId, int(i));
        return {};
    }

    void connectAll()
    {
        for (Agent &a : m_agents) {
            grpc::SslCredentialsOptions ssl;
            ssl.pem_root_certs = m_caPem;
            ssl.pem_private_key = a.keyPem;
            ssl.pem_cert_chain = a.certPem;
            grpc::ChannelArguments args;
            // Every agent has its own certificate, so its own connection: never share subchannels.
            args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
            args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 60'000);
            args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 20'000);
            a.channel = grpc::CreateCustomChannel(m_hub.address.toStdString(),
                                                  grpc::SslCredentials(ssl), args);
            a.stub = v1::AgentControl::NewStub(a.channel);
            a.stream = std::make_unique<AgentStream>(m_stats, a.name);
            a.stream->start(*a.stub);
        }
    }

    void dropAll()
    {
        for (Agent &a : m_agents)
            if (a.stream)
                a.stream->cancel();
        for (Agent &a : m_agents) {
            if (a.stream)
                a.stream->waitDone();
            a.stream.reset();
            a.stub.reset();
            a.channel.reset(); // closes the TCP connection
        }
        m_stats.welcomed = 0;
    }

    api::Result<int> countOnline()
    {
        auto nodes = m_client->nodeStatus();
        if (!nodes)
            return std::unexpected(nodes.error());
        int online = 0;
        for (const api::NodeStatus &s : *nodes)
            if (m_byNode.contains(s.nodeId) && s.state == api::NodeState::Online)
                ++online;
        return online;
    }

    api::Result<void> waitAllOnline(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        int online = 0;
        while (!deadline.hasExpired()) {
            auto n = countOnline();
            if (!n)
                return std::unexpected(n.error());
            online = *n;
            if (online == m_count)
                return {};
            QThread::msleep(250);
        }
        return api::fail(api::Code::DeadlineExceeded,
                         QStringLiteral("only %1 of %2 nodes online after %3 s (%4 welcomed)")
                             .arg(online)
                             .arg(m_count)
                             .arg(timeoutMs / 1000)
                             .arg(m_stats.welcomed.load()));
    }

    api::Result<void> waitAllOffline(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto n = countOnline();
            if (!n)
                return std::unexpected(n.error());
            if (*n == 0)
                return {};
            QThread::msleep(200);
        }
        return api::fail(api::Code::DeadlineExceeded,
                         QStringLiteral("nodes still online %1 s after every stream was dropped")
                             .arg(timeoutMs / 1000));
    }

    // Every agent: a heartbeat every interval +-10 %, the first at a random point of the first
    // interval so the fleet does not beat in step.
    void heartbeatLoop()
    {
        using Due = std::pair<qint64, int>;
        std::priority_queue<Due, std::vector<Due>, std::greater<>> queue;
        std::mt19937_64 random(42);
        std::uniform_real_distribution<double> jitter(0.9, 1.1);
        const qint64 start = nowMs();
        for (int i = 0; i < m_count; ++i)
            queue.emplace(start + qint64(double(m_options.heartbeatMs) * double(i) / m_count), i);
        std::unique_lock lock(m_heartbeatMutex);
        while (!m_stopHeartbeats) {
            const qint64 now = nowMs();
            while (!queue.empty() && queue.top().first <= now) {
                const int i = queue.top().second;
                queue.pop();
                Agent &a = m_agents[size_t(i)];
                if (const qint64 sent = a.stream->heartbeat(); sent > 0)
                    a.lastHeartbeatMs.store(sent);
                queue.emplace(now + qint64(double(m_options.heartbeatMs) * jitter(random)), i);
            }
            const qint64 wait = queue.empty() ? 100 : std::max<qint64>(1, queue.top().first - now);
            m_heartbeatCv.wait_for(lock, std::chrono::milliseconds(wait),
                                   [this] { return m_stopHeartbeats.load(); });
        }
    }

    // Hub-side heartbeat latency: for each probe agent whose newest heartbeat the hub has
    // processed (last_seen >= its send time) and that was not counted yet.
    void sampleProbes(std::vector<double> *out)
    {
        auto nodes = m_client->nodeStatus(m_probeSite);
        if (!nodes)
            return;
        for (const api::NodeStatus &s : *nodes) {
            const int i = m_byNode.value(s.nodeId, -1);
            if (i < 0)
                continue;
            Agent &a = m_agents[size_t(i)];
            const qint64 sent = a.lastHeartbeatMs.load();
            if (sent <= 0 || sent == a.sampledMs || s.lastSeenMs < sent)
                continue;
            a.sampledMs = sent;
            out->push_back(double(s.lastSeenMs - sent));
        }
    }

    const Options &m_options;
    const int m_count;
    Hub m_hub;
    std::string m_caPem;
    std::unique_ptr<client::Client> m_client;
    QString m_probeSite;
    QString m_fleetSite;
    std::vector<Agent> m_agents;
    QHash<QString, int> m_byNode;
    Stats m_stats;
    std::mutex m_heartbeatMutex;
    std::condition_variable m_heartbeatCv;
    std::atomic<bool> m_stopHeartbeats{false};
};

bool parseOptions(const QStringList &args, Options *o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](int *target, int min) {
            bool ok = false;
            const int v = args.value(++i).toInt(&ok);
            if (!ok || v < min)
                return false;
            *target = v;
            return true;
        };
        int hb = 0;
        if (a == u"--agents") {
            if (!value(&o->agents, 1))
                return false;
        } else if (a == u"--baseline") {
            if (!value(&o->baseline, 0))
                return false;
        } else if (a == u"--measure-seconds") {
            if (!value(&o->measureSeconds, 4))
                return false;
        } else if (a == u"--probes") {
            if (!value(&o->probes, 1))
                return false;
        } else if (a == u"--threads") {
            if (!value(&o->threads, 1))
                return false;
        } else if (a == u"--heartbeat-interval") {
            if (!value(&hb, 1000))
                return false;
            o->heartbeatMs = hb;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseOptions(app.arguments(), &options)) {
        std::fprintf(stderr,
                     "usage: bench_agents [--agents N] [--baseline M] [--measure-seconds S] "
                     "[--probes P] [--heartbeat-interval MS] [--threads T]\n");
        return 2;
    }
    // Every agent holds a connection: raise the descriptor limit (the hub inherits it).
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    if (files.rlim_cur < rlim_t(options.agents) * 2 + 200)
        note(QStringLiteral("warning: the open-file limit (%1) may be too low for %2 agents")
                 .arg(qint64(files.rlim_cur))
                 .arg(options.agents));

    QTemporaryDir dir;
    QJsonObject baseline;
    if (options.baseline > 0) {
        Run run(options, options.baseline);
        auto r = run.exec(dir.filePath(QStringLiteral("baseline")));
        if (!r) {
            note(QStringLiteral("baseline failed: %1").arg(r.error().toString()));
            return 1;
        }
        baseline = *r;
    }
    Run run(options, options.agents);
    auto figure = run.exec(dir.filePath(QStringLiteral("figure")));
    if (!figure) {
        note(QStringLiteral("run failed: %1").arg(figure.error().toString()));
        return 1;
    }
    QJsonObject ratio;
    for (auto it = figure->begin(); it != figure->end(); ++it) {
        const double b = baseline.value(it.key()).toDouble(0);
        if (it.value().isDouble() && b > 0)
            ratio.insert(it.key(), round2(it.value().toDouble() / b));
    }
    QJsonObject out{
        {QStringLiteral("benchmark"), QStringLiteral("agents_%1").arg(options.agents)},
        {QStringLiteral("agents"), options.agents},
        {QStringLiteral("baseline_agents"), options.baseline},
        {QStringLiteral("heartbeat_interval_ms"), options.heartbeatMs},
        {QStringLiteral("measure_seconds"), options.measureSeconds},
        {QStringLiteral("figure"), *figure},
        {QStringLiteral("baseline"), baseline},
        {QStringLiteral("ratio"), ratio},
        {QStringLiteral("measured"),
         QStringLiteral("heartbeat_hub_*: hub last_seen (stamped when the hub processes the "
                        "message) minus the agent's send time, probe agents only; "
                        "heartbeat_write_p99_ms: client StartWrite->OnWriteDone; cpu in % of one "
                        "core over the steady-state window; reconnect: all streams dropped and "
                        "channels closed, then all reconnect at once, until Nodes.Status shows "
                        "all online")},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
