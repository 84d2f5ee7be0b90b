#include "backend/agent/controlchannel.h"
#include "backend/agent/dropreport.h"
#include "backend/agent/enrollment.h"
#include "backend/agent/outbox.h"
#include "backend/proto/convert.h"
#include "device-protocols/podman/podmanclient.h"

#include "edge.grpc.pb.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSysInfo>

#include <grpcpp/grpcpp.h>
#include <openssl/asn1.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>

namespace edge::agent {

Q_LOGGING_CATEGORY(lcChannel, "edge.agent.channel")

namespace v1 = edge::v1;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

constexpr int kBatchLimit = 200;
constexpr auto kAckTimeout = 30s;
constexpr auto kStableStream = 30s;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 asn1ToMs(const ASN1_TIME *t)
{
    struct tm tmv = {};
    if (!t || ASN1_TIME_to_tm(t, &tmv) != 1)
        return 0;
    return qint64(timegm(&tmv)) * 1000;
}

bool isHexSha256(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace

struct ControlChannel::Private {
    Options options;
    Outbox &outbox;
    Hooks hooks;

    std::thread connectionThread;
    std::thread writerThread;
    mutable std::mutex mutex;
    std::condition_variable cv;
    bool stopping = false;
    bool wakeFlag = false;
    bool streamUp = false;
    grpc::ClientContext *context = nullptr;
    std::atomic<bool> isConnected{false};

    std::mutex writeMutex;
    grpc::ClientReaderWriter<v1::AgentMessage, v1::HubMessage> *stream = nullptr;

    // Per connection (guarded by mutex).
    qint64 heartbeatMs = api::kDefaultHeartbeatIntervalMs;
    qint64 inflightSeq = 0;
    OutboxDropped inflightDropped;
    Clock::time_point inflightSince;
    DropReport dropReport; // across connections: the outbox keeps its counts until acked
    bool renewPending = false;
    bool reconnectNow = false;
    std::pair<qint64, qint64> validity; // of node.pem at connect time

    std::mt19937_64 rng{std::random_device{}()};

    Private(Options o, Outbox &ob, Hooks h)
        : options(std::move(o))
        , outbox(ob)
        , hooks(std::move(h))
    {}

    double random01()
    {
        std::lock_guard lock(mutex);
        return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    }

    bool write(const v1::AgentMessage &message)
    {
        std::lock_guard lock(writeMutex);
        return stream && stream->Write(message);
    }

    void event(api::EventSeverity severity, const QString &type, const QString &message)
    {
        if (!hooks.onEvent)
            return;
        api::NodeEvent e;
        e.atMs = nowMs();
        e.severity = severity;
        e.type = type;
        e.message = message;
        hooks.onEvent(e);
    }

    void connectionLoop();
    bool runStream(grpc::ClientContext &context, Clock::time_point &openedAt);
    void writerLoop();
    void handle(const v1::HubMessage &message);
    void handleImage(const v1::ImageChunk &chunk);
    void sendImageProgress(const QString &sha, qint64 next, const char *state,
                           const QString &message = {}, const QStringList &images = {});
    std::shared_ptr<grpc::ChannelCredentials> credentials(QString *error) const;
};

std::shared_ptr<grpc::ChannelCredentials> ControlChannel::Private::credentials(QString *error) const
{
    const QString dir = options.dataDir;
    const QByteArray key = readAll(Enrollment::keyPath(dir));
    const QByteArray cert = readAll(Enrollment::certificatePath(dir));
    const QByteArray ca = readAll(Enrollment::caPath(dir));
    if (key.isEmpty() || cert.isEmpty() || ca.isEmpty()) {
        *error = QStringLiteral("node.key, node.pem or ca.pem missing in %1: enroll first").arg(dir);
        return {};
    }
    const auto [notBefore, notAfter] = certificateValidity(dir);
    if (notAfter > 0 && notAfter < nowMs()) {
        *error = QStringLiteral("the node certificate expired at %1; the hub will not accept it. "
                                "Enroll the node again: create a bootstrap token with 'edgectl "
                                "token create --site SITE --node %2', put it in the token-file "
                                "and restart edge-agent (docs/agent.md). Workloads keep running "
                                "meanwhile.")
                     .arg(QDateTime::fromMSecsSinceEpoch(notAfter, Qt::UTC).toString(Qt::ISODate),
                          options.nodeName);
        Q_UNUSED(notBefore)
        return {};
    }
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = ca.toStdString();
    ssl.pem_private_key = key.toStdString();
    ssl.pem_cert_chain = cert.toStdString();
    return grpc::SslCredentials(ssl);
}

void ControlChannel::Private::connectionLoop()
{
    int attempt = 0;
    while (true) {
        {
            std::lock_guard lock(mutex);
            if (stopping)
                return;
        }
        grpc::ClientContext ctx;
        Clock::time_point openedAt = Clock::now();
        const bool welcomed = runStream(ctx, openedAt);
        {
            std::lock_guard lock(mutex);
            if (stopping)
                return;
        }
        bool immediate = false;
        {
            std::lock_guard lock(mutex);
            immediate = reconnectNow;
            reconnectNow = false;
        }
        if (welcomed && Clock::now() - openedAt >= kStableStream)
            attempt = 0;
        const auto wait = immediate ? 0ms : backoff(attempt, random01(), options.maxBackoff);
        if (!immediate)
            ++attempt;
        qCInfo(lcChannel).noquote() << "reconnecting in" << wait.count() << "ms";
        std::unique_lock lock(mutex);
        cv.wait_for(lock, wait, [&] { return stopping; });
    }
}

bool ControlChannel::Private::runStream(grpc::ClientContext &ctx, Clock::time_point &openedAt)
{
    QString error;
    auto creds = credentials(&error);
    if (!creds) {
        qCWarning(lcChannel).noquote() << "cannot connect:" << error;
        return false;
    }
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(8 * 1024 * 1024);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 60'000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 20'000);
    auto channel = grpc::CreateCustomChannel(options.hub.toStdString(), creds, args);
    auto stub = v1::AgentControl::NewStub(channel);
    {
        std::lock_guard lock(mutex);
        if (stopping)
            return false;
        context = &ctx;
    }
    auto rw = stub->Connect(&ctx);
    {
        std::lock_guard lock(writeMutex);
        stream = rw.get();
    }
    auto finish = [&](bool welcomed) {
        {
            std::lock_guard lock(mutex);
            streamUp = false;
            context = nullptr;
        }
        isConnected = false;
        cv.notify_all();
        ctx.TryCancel();
        if (writerThread.joinable())
            writerThread.join();
        {
            std::lock_guard lock(writeMutex);
            stream = nullptr;
        }
        const grpc::Status status = rw->Finish();
        qCInfo(lcChannel).noquote()
            << "stream to" << options.hub << "ended:" << int(status.error_code())
            << QString::fromStdString(status.error_message());
        return welcomed;
    };

    v1::AgentMessage hello;
    auto *h = hello.mutable_hello();
    h->set_agent_version(options.agentVersion.toStdString());
    h->set_hostname(QSysInfo::machineHostName().toStdString());
    h->set_desired_generation(hooks.desiredGeneration ? hooks.desiredGeneration() : 0);
    h->set_applied_generation(hooks.appliedGeneration ? hooks.appliedGeneration() : 0);
    h->set_agent_time_ms(nowMs());
    {
        QFile uptime(QStringLiteral("/proc/uptime"));
        bool ok = false;
        const double up = uptime.open(QIODevice::ReadOnly)
                              ? uptime.readAll().split(' ').value(0).toDouble(&ok)
                              : 0.0;
        if (ok)
            h->set_boot_time_ms(nowMs() - qint64(up * 1000));
    }
    if (!write(hello))
        return finish(false);
    v1::HubMessage first;
    if (!rw->Read(&first) || first.body_case() != v1::HubMessage::kWelcome)
        return finish(false);
    const v1::Welcome &welcome = first.welcome();
    openedAt = Clock::now();
    qCInfo(lcChannel).noquote() << "connected to" << options.hub << "as node"
                                << QString::fromStdString(welcome.node_name()) << "("
                                << QString::fromStdString(welcome.node_id()) << "), heartbeat"
                                << welcome.heartbeat_interval_ms() << "ms";
    if (welcome.acked_seq() > 0)
        outbox.ack(welcome.acked_seq());
    {
        std::lock_guard lock(mutex);
        heartbeatMs = welcome.heartbeat_interval_ms() > 0 ? welcome.heartbeat_interval_ms()
                                                          : api::kDefaultHeartbeatIntervalMs;
        streamUp = true;
        inflightSeq = 0;
        renewPending = false;
        validity = certificateValidity(options.dataDir);
    }
    isConnected = true;
    writerThread = std::thread([this] { writerLoop(); });
    v1::HubMessage message;
    while (rw->Read(&message))
        handle(message);
    return finish(true);
}

void ControlChannel::Private::handle(const v1::HubMessage &message)
{
    switch (message.body_case()) {
    case v1::HubMessage::kDesired: {
        auto state = proto::fromProto(message.desired());
        if (!state) {
            qCWarning(lcChannel).noquote()
                << "ignoring an invalid desired state:" << state.error().message;
            return;
        }
        const qint64 held = hooks.desiredGeneration ? hooks.desiredGeneration() : 0;
        if (state->generation <= held) {
            qCInfo(lcChannel) << "ignoring desired state generation" << state->generation
                              << "(holding" << held << ")";
            return;
        }
        if (hooks.onDesiredState)
            hooks.onDesiredState(*state);
        return;
    }
    case v1::HubMessage::kAck: {
        const qint64 seq = message.ack().acked_seq();
        outbox.ack(seq);
        std::lock_guard lock(mutex);
        if (inflightSeq > 0 && seq >= inflightSeq) {
            outbox.resetDropped(inflightDropped);
            dropReport.onAcked(inflightDropped);
            inflightSeq = 0;
            inflightDropped = {};
        }
        wakeFlag = true;
        cv.notify_all();
        return;
    }
    case v1::HubMessage::kRenew: {
        const v1::RenewResponse &r = message.renew();
        if (!r.error().empty()) {
            qCWarning(lcChannel).noquote()
                << "certificate renewal refused:" << QString::fromStdString(r.error());
            return;
        }
        auto done = Enrollment::completeRenewal(options.dataDir,
                                                QByteArray::fromStdString(r.certificate_pem()),
                                                QByteArray::fromStdString(r.ca_chain_pem()));
        if (!done) {
            qCWarning(lcChannel).noquote()
                << "cannot store the renewed certificate:" << done.error().message
                << done.error().detail;
            return;
        }
        event(api::EventSeverity::Info, QStringLiteral("certificate.renewed"),
              QStringLiteral("certificate renewed, valid until %1")
                  .arg(QDateTime::fromMSecsSinceEpoch(r.not_after_ms(), Qt::UTC)
                           .toString(Qt::ISODate)));
        // Reconnect with the new key and certificate.
        {
            std::lock_guard lock(mutex);
            reconnectNow = true;
            if (context)
                context->TryCancel();
        }
        return;
    }
    case v1::HubMessage::kImage: handleImage(message.image()); return;
    default: return;
    }
}

void ControlChannel::Private::sendImageProgress(const QString &sha, qint64 next, const char *state,
                                                const QString &text, const QStringList &images)
{
    v1::AgentMessage m;
    auto *p = m.mutable_image();
    p->set_sha256(sha.toStdString());
    p->set_next_offset(next);
    p->set_state(state);
    p->set_message(text.toStdString());
    for (const QString &i : images)
        p->add_images(i.toStdString());
    write(m);
}

void ControlChannel::Private::handleImage(const v1::ImageChunk &chunk)
{
    const QString sha = QString::fromStdString(chunk.sha256()).toLower();
    if (!isHexSha256(sha)) {
        qCWarning(lcChannel) << "ignoring an image chunk without a valid sha256";
        return;
    }
    const QString dir = QDir(options.dataDir).filePath(QStringLiteral("images"));
    QDir().mkpath(dir);
    const QString part = dir + QLatin1Char('/') + sha + QStringLiteral(".part");
    QFile file(part);
    const qint64 size = file.exists() ? file.size() : 0;
    const qint64 total = chunk.total_size();
    if (chunk.offset() != size) {
        if (size > 0)
            qCInfo(lcChannel).noquote() << "image" << sha << "resuming at" << size;
        sendImageProgress(sha, size, "receiving");
        return;
    }
    if (!chunk.data().empty()) {
        if (size + qint64(chunk.data().size()) > total || !file.open(QIODevice::Append)
            || file.write(chunk.data().data(), qint64(chunk.data().size()))
                   != qint64(chunk.data().size())
            || !file.flush()) {
            file.close();
            QFile::remove(part);
            sendImageProgress(sha, 0, "failed",
                              QStringLiteral("cannot store the chunk: %1").arg(file.errorString()));
            return;
        }
        file.close();
    }
    const qint64 now = QFileInfo(part).size();
    if (now < total) {
        sendImageProgress(sha, now, "receiving");
        return;
    }
    sendImageProgress(sha, now, "verifying");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile in(part);
    if (!in.open(QIODevice::ReadOnly) || !hash.addData(&in)) {
        sendImageProgress(sha, 0, "failed", QStringLiteral("cannot read %1").arg(part));
        return;
    }
    in.close();
    if (QString::fromLatin1(hash.result().toHex()) != sha) {
        QFile::remove(part);
        const QString why = QStringLiteral("image %1 does not match its sha256; discarded")
                                .arg(QString::fromStdString(chunk.name()));
        event(api::EventSeverity::Error, QStringLiteral("image.failed"), why);
        sendImageProgress(sha, 0, "failed", why);
        return;
    }
    podman::PodmanClient podmanClient(options.podmanSocket);
    auto loaded = podmanClient.loadImage(part);
    if (!loaded) {
        const QString why = QStringLiteral("cannot load image %1 into Podman: %2")
                                .arg(QString::fromStdString(chunk.name()), loaded.error().message);
        event(api::EventSeverity::Error, QStringLiteral("image.failed"), why);
        sendImageProgress(sha, now, "failed", why);
        return;
    }
    QFile::remove(part);
    event(api::EventSeverity::Info, QStringLiteral("image.loaded"),
          QStringLiteral("loaded %1").arg(loaded->join(QStringLiteral(", "))));
    sendImageProgress(sha, now, "loaded", {}, *loaded);
}

void ControlChannel::Private::writerLoop()
{
    auto jittered = [this](qint64 ms) {
        return std::chrono::milliseconds(qint64(double(ms) * (0.9 + 0.2 * random01())));
    };
    qint64 interval = 0;
    {
        std::lock_guard lock(mutex);
        interval = heartbeatMs;
    }
    auto nextHeartbeat = Clock::now() + jittered(interval);
    while (true) {
        bool sendBatch = false;
        bool renew = false;
        {
            std::unique_lock lock(mutex);
            cv.wait_until(lock, nextHeartbeat, [&] { return stopping || !streamUp || wakeFlag; });
            if (stopping || !streamUp)
                return;
            wakeFlag = false;
            if (inflightSeq > 0 && Clock::now() - inflightSince > kAckTimeout)
                inflightSeq = 0; // resend: the hub stores a batch once
            sendBatch = inflightSeq == 0;
            if (!renewPending) {
                const auto [notBefore, notAfter] = validity;
                if (notAfter > notBefore && notBefore > 0
                    && nowMs() >= notBefore + (notAfter - notBefore) * 2 / 3) {
                    renew = true;
                    renewPending = true;
                }
            }
        }
        if (sendBatch) {
            auto pending = outbox.pending(kBatchLimit);
            const OutboxDropped dropped = outbox.droppedCount();
            if (pending && (!pending->empty() || dropped.total() > 0)) {
                v1::AgentMessage m;
                auto *b = m.mutable_batch();
                for (const OutboxRecord &r : std::as_const(*pending)) {
                    auto *e = b->add_entries();
                    e->set_seq(r.seq);
                    e->set_kind(int(r.kind));
                    e->set_payload(r.payload.toStdString());
                }
                b->set_dropped_status(dropped.status);
                b->set_dropped_event(dropped.event);
                b->set_dropped_metric(dropped.metric);
                const qint64 last = pending->empty() ? outbox.lastSequence() : pending->back().seq;
                std::optional<api::NodeEvent> droppedEvent;
                {
                    std::lock_guard lock(mutex);
                    inflightSeq = std::max<qint64>(last, 1);
                    inflightDropped = dropped;
                    inflightSince = Clock::now();
                    droppedEvent = dropReport.onBatch(dropped, nowMs());
                }
                // Once per batch cycle at most; the event itself goes out with the next batch
                // (recorded before the write, so that a dropped stream does not lose it).
                if (droppedEvent) {
                    qCWarning(lcChannel).noquote() << droppedEvent->message;
                    if (hooks.onEvent)
                        hooks.onEvent(*droppedEvent);
                }
                if (!write(m))
                    return;
            }
        }
        if (renew) {
            auto csr = Enrollment::createRenewalRequest(options.dataDir, options.nodeName);
            if (csr) {
                v1::AgentMessage m;
                m.mutable_renew()->set_csr_pem(csr->toStdString());
                qCInfo(lcChannel) << "renewing the node certificate (2/3 of its life passed)";
                if (!write(m))
                    return;
            } else {
                qCWarning(lcChannel).noquote()
                    << "cannot make a renewal request:" << csr.error().message;
            }
        }
        if (Clock::now() >= nextHeartbeat) {
            v1::AgentMessage m;
            m.mutable_heartbeat()->set_agent_time_ms(nowMs());
            m.mutable_heartbeat()->set_outbox_pending(outbox.pendingCount());
            if (!write(m))
                return;
            nextHeartbeat = Clock::now() + jittered(interval);
        }
    }
}

ControlChannel::ControlChannel(Options options, Outbox &outbox, Hooks hooks)
    : d(std::make_unique<Private>(std::move(options), outbox, std::move(hooks)))
{}

ControlChannel::~ControlChannel() { stop(); }

void ControlChannel::start()
{
    if (d->connectionThread.joinable())
        return;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = false;
    }
    d->connectionThread = std::thread([this] { d->connectionLoop(); });
}

void ControlChannel::stop()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
        if (d->context)
            d->context->TryCancel();
    }
    d->cv.notify_all();
    if (d->connectionThread.joinable())
        d->connectionThread.join();
}

void ControlChannel::wake()
{
    {
        std::lock_guard lock(d->mutex);
        d->wakeFlag = true;
    }
    d->cv.notify_all();
}

bool ControlChannel::connected() const { return d->isConnected; }

std::chrono::milliseconds ControlChannel::backoff(int attempt, double random01,
                                                  std::chrono::seconds maxBackoff)
{
    const qint64 capMs = std::max<qint64>(1000, qint64(maxBackoff.count()) * 1000);
    qint64 base = 1000;
    for (int i = 0; i < attempt && base < capMs; ++i)
        base *= 2;
    base = std::min(base, capMs);
    const double factor = 0.5 + std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(double(base) * factor));
}

std::pair<qint64, qint64> ControlChannel::certificateValidity(const QString &dataDir)
{
    const QByteArray pem = readAll(Enrollment::certificatePath(dataDir));
    if (pem.isEmpty())
        return {0, 0};
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (!cert)
        return {0, 0};
    const std::pair<qint64, qint64> out{asn1ToMs(X509_get0_notBefore(cert)),
                                        asn1ToMs(X509_get0_notAfter(cert))};
    X509_free(cert);
    return out;
}

} // namespace edge::agent
