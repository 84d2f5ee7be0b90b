// The hub side of the agent control channel (issue 3, docs/agent-protocol.md) end to end: the
// embedded hub with a real TLS listener on 127.0.0.1, a node really enrolled through
// Client::createBootstrapToken + Client::enroll with the agent's key and CSR, and a small raw test
// agent speaking AgentControl over mutual TLS with that key and certificate.

#include "backend/agent/enrollment.h"
#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"
#include "backend/hub/certificateauthority.h"
#include "backend/hub/hub.h"
#include "backend/proto/convert.h"
#include "support/hubprocess.h"
#include "support/testagent.h"

#include "edge.grpc.pb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace edge;
using edge::testsupport::Identity;
using edge::testsupport::TestAgent;

namespace {

constexpr qint64 kIntervalMs = 1000; // > 500 ms, so presence passes through "stale"
constexpr int kWaitMs = 20'000;

template<class R>
QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (api::codeName(r.error().code) + QStringLiteral(": ") + r.error().toString()).toUtf8();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

v1::OutboxEntry entry(qint64 seq, int kind, const QJsonObject &payload)
{
    v1::OutboxEntry e;
    e.set_seq(seq);
    e.set_kind(kind);
    e.set_payload(QJsonDocument(payload).toJson(QJsonDocument::Compact).toStdString());
    return e;
}

v1::OutboxEntry eventEntry(qint64 seq, const QString &type)
{
    api::NodeEvent e;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.type = type;
    e.message = QStringLiteral("from the test agent");
    return entry(seq, 1, e.toJson());
}

} // namespace

class TestAgentControl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void welcomeAndPresence();
    void secondStreamReplacesFirst();
    void batchesStoredOnce();
    void rejectsWithoutKnownCertificate();
    void desiredStatePushedOnChange();
    void renewal();
    void imageRelayResumes();
    void rolesOnNodes();
    void edgeHubProcess();

private:
    Identity enroll(const QString &nodeName, QString *nodeId);
    std::unique_ptr<TestAgent> agent(const Identity &id)
    {
        return std::make_unique<TestAgent>(m_hub->listenAddress(), m_caPem, id);
    }
    grpc::ClientContext *authed(grpc::ClientContext &context, const QString &token) const
    {
        context.AddMetadata("authorization", "Bearer " + token.toStdString());
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
        return &context;
    }
    std::optional<v1::NodeStatus> nodeStatus(const QString &nodeId);
    int eventCount(const QString &nodeId);

    QTemporaryDir m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::unique_ptr<client::Client> m_admin;
    std::unique_ptr<v1::Nodes::Stub> m_nodes;
    QString m_adminToken;
    QString m_viewerToken;
    QString m_siteId;
    QByteArray m_caPem;
    Identity m_node;
    QString m_nodeId;
};

Identity TestAgentControl::enroll(const QString &nodeName, QString *nodeId)
{
    const QString dir = m_dir.filePath(QStringLiteral("agent-") + nodeName);
    QDir().mkpath(dir);
    auto token = m_admin->createBootstrapToken(m_siteId, 0, nodeName);
    if (!token) {
        qWarning().noquote() << "token:" << why(token);
        return {};
    }
    auto csr = agent::Enrollment::createKeyAndRequest(dir, nodeName);
    if (!csr) {
        qWarning().noquote() << "csr:" << why(csr);
        return {};
    }
    auto enrolled = m_admin->enroll(token->token, nodeName, *csr);
    if (!enrolled) {
        qWarning().noquote() << "enroll:" << why(enrolled);
        return {};
    }
    if (auto stored = agent::Enrollment::storeCertificate(dir, enrolled->certificatePem,
                                                          enrolled->caChainPem);
        !stored)
        return {};
    *nodeId = enrolled->nodeId;
    return {readFile(agent::Enrollment::keyPath(dir)), enrolled->certificatePem};
}

void TestAgentControl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qunsetenv("EDGE_ADMIN_PASSWORD");
    hub::HubOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("hub"));
    options.listen = QStringLiteral("127.0.0.1:0");
    options.heartbeatIntervalMs = kIntervalMs;
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, why(opened).constData());
    m_hub = std::move(*opened);
    m_caPem = readFile(m_hub->caCertificatePath());
    QVERIFY(!m_caPem.isEmpty());

    m_admin = std::make_unique<client::Client>(m_hub->inProcessChannel());
    auto session = m_admin->login(QStringLiteral("admin"), m_hub->generatedAdminPassword());
    QVERIFY2(session, why(session).constData());
    m_adminToken = session->token;
    api::User viewer;
    viewer.name = QStringLiteral("watcher");
    viewer.role = api::Role::Viewer;
    const QString password = QStringLiteral("Agent-Control-Test-42");
    QVERIFY(m_admin->createUser(viewer, password));
    client::Client viewerClient(m_hub->inProcessChannel());
    auto viewerSession = viewerClient.login(viewer.name, password);
    QVERIFY2(viewerSession, why(viewerSession).constData());
    m_viewerToken = viewerSession->token;

    api::Site s;
    s.name = QStringLiteral("Agent Site");
    auto site = m_admin->create(s.toRecord());
    QVERIFY2(site, why(site).constData());
    m_siteId = site->id;
    m_nodes = v1::Nodes::NewStub(m_hub->inProcessChannel());

    m_node = enroll(QStringLiteral("node-a"), &m_nodeId);
    QVERIFY(!m_node.certPem.isEmpty());
    QVERIFY(!m_nodeId.isEmpty());
}

void TestAgentControl::cleanupTestCase()
{
    m_nodes.reset();
    m_admin.reset();
    m_hub.reset();
}

std::optional<v1::NodeStatus> TestAgentControl::nodeStatus(const QString &nodeId)
{
    grpc::ClientContext context;
    v1::NodeStatusRequest request;
    v1::NodeStatusResponse response;
    if (!m_nodes->Status(authed(context, m_viewerToken), request, &response).ok())
        return std::nullopt;
    for (const auto &n : response.nodes())
        if (proto::fromStd(n.node_id()) == nodeId)
            return n;
    return std::nullopt;
}

int TestAgentControl::eventCount(const QString &nodeId)
{
    grpc::ClientContext context;
    v1::EventsRequest request;
    request.set_node_id(proto::toStd(nodeId));
    v1::EventsResponse response;
    if (!m_nodes->Events(authed(context, m_viewerToken), request, &response).ok())
        return -1;
    return response.events_size();
}

void TestAgentControl::welcomeAndPresence()
{
    auto before = nodeStatus(m_nodeId);
    QVERIFY(before);
    QCOMPARE(before->state(), std::string("offline"));
    QCOMPARE(before->last_seen_ms(), 0);
    QVERIFY(before->certificate_not_after_ms() > QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!before->certificate_serial().empty());

    auto a = agent(m_node);
    QVERIFY(a->hello());
    QTRY_VERIFY_WITH_TIMEOUT(a->find(v1::HubMessage::kWelcome), kWaitMs);
    const v1::Welcome w = a->find(v1::HubMessage::kWelcome)->welcome();
    QCOMPARE(proto::fromStd(w.node_id()), m_nodeId);
    QCOMPARE(w.node_name(), std::string("node-a"));
    QCOMPARE(w.heartbeat_interval_ms(), kIntervalMs);
    QCOMPARE(w.acked_seq(), 0);
    QVERIFY(w.hub_time_ms() > 0);

    // Heartbeats keep it online.
    QTimer beat;
    QObject::connect(&beat, &QTimer::timeout, [&] { a->heartbeat(); });
    beat.start(300);
    QTRY_VERIFY_WITH_TIMEOUT(nodeStatus(m_nodeId) && nodeStatus(m_nodeId)->state() == "online",
                             kWaitMs);
    auto online = nodeStatus(m_nodeId);
    QCOMPARE(online->agent_version(), std::string("test-agent 1"));
    QCOMPARE(online->hostname(), std::string("test-host"));
    QCOMPARE(online->heartbeat_interval_ms(), kIntervalMs);

    // Silence on an open stream: stale after 2 intervals + slack, offline after 6 intervals.
    beat.stop();
    QTRY_VERIFY_WITH_TIMEOUT(nodeStatus(m_nodeId)->state() == "stale", kWaitMs);
    const qint64 lastSeen = nodeStatus(m_nodeId)->last_seen_ms();
    QVERIFY(lastSeen > 0);
    QTRY_VERIFY_WITH_TIMEOUT(nodeStatus(m_nodeId)->state() == "offline", kWaitMs);
    QCOMPARE(nodeStatus(m_nodeId)->last_seen_ms(), lastSeen);

    // Back online with one heartbeat; closing the stream makes it offline at once.
    QVERIFY(a->heartbeat());
    QTRY_VERIFY_WITH_TIMEOUT(nodeStatus(m_nodeId)->state() == "online", kWaitMs);
    QVERIFY(a->close().ok());
    QTRY_VERIFY_WITH_TIMEOUT(nodeStatus(m_nodeId)->state() == "offline", kWaitMs);
    QVERIFY(nodeStatus(m_nodeId)->last_seen_ms() > lastSeen);
    // Last-seen reached the store (written on disconnect).
    auto record = m_hub->agentStore().agent(m_nodeId);
    QVERIFY2(record, why(record).constData());
    QCOMPARE(record->lastSeenMs, nodeStatus(m_nodeId)->last_seen_ms());
}

void TestAgentControl::secondStreamReplacesFirst()
{
    auto first = agent(m_node);
    QVERIFY(first->hello());
    QTRY_VERIFY_WITH_TIMEOUT(first->find(v1::HubMessage::kWelcome), kWaitMs);
    auto second = agent(m_node);
    QVERIFY(second->hello());
    QTRY_VERIFY_WITH_TIMEOUT(second->find(v1::HubMessage::kWelcome), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(first->ended(), kWaitMs);
    QCOMPARE(first->status().error_code(), grpc::StatusCode::ABORTED);
    QVERIFY(!second->ended());
    QTRY_VERIFY_WITH_TIMEOUT(nodeStatus(m_nodeId)->state() == "online", kWaitMs);
    QVERIFY(second->close().ok());
}

void TestAgentControl::batchesStoredOnce()
{
    const int eventsBefore = eventCount(m_nodeId);
    QVERIFY(eventsBefore >= 0);
    auto a = agent(m_node);
    QVERIFY(a->hello());
    QTRY_VERIFY_WITH_TIMEOUT(a->find(v1::HubMessage::kWelcome), kWaitMs);
    const qint64 base = a->find(v1::HubMessage::kWelcome)->welcome().acked_seq();

    api::MetricSample sample;
    sample.atMs = QDateTime::currentMSecsSinceEpoch();
    sample.cpuPercent = 12.5;
    sample.memoryTotalBytes = 1000;
    api::WorkloadStatus ws;
    ws.name = QStringLiteral("web");
    ws.phase = api::WorkloadPhase::Running;
    ws.specHash = QStringLiteral("abc");
    v1::AgentMessage m;
    auto *batch = m.mutable_batch();
    *batch->add_entries() = eventEntry(base + 1, QStringLiteral("test.one"));
    *batch->add_entries() = entry(base + 2, 2, sample.toJson());
    *batch->add_entries() = entry(base + 3, 0,
                                  QJsonObject{{QStringLiteral("appliedGeneration"), 7},
                                              {QStringLiteral("workloads"),
                                               QJsonArray{ws.toJson()}}});
    auto *bad = batch->add_entries();
    bad->set_seq(base + 4);
    bad->set_kind(1);
    bad->set_payload("this is not JSON");
    batch->set_dropped_event(2);
    QVERIFY(a->send(m));
    QTRY_COMPARE_WITH_TIMEOUT(a->count(v1::HubMessage::kAck), 1, kWaitMs);
    QCOMPARE(a->find(v1::HubMessage::kAck)->ack().acked_seq(), base + 4);
    // The event and an error event for the malformed record.
    QCOMPARE(eventCount(m_nodeId), eventsBefore + 2);

    // The same batch again (its Ack was "lost"): acknowledged, nothing stored twice.
    QVERIFY(a->send(m));
    QTRY_COMPARE_WITH_TIMEOUT(a->count(v1::HubMessage::kAck), 2, kWaitMs);
    QCOMPARE(eventCount(m_nodeId), eventsBefore + 2);
    QVERIFY(!a->ended()); // the malformed record did not end the stream

    auto status = nodeStatus(m_nodeId);
    QVERIFY(status);
    QCOMPARE(status->applied_generation(), 7);
    QCOMPARE(status->dropped_records(), 2);
    QCOMPARE(status->workloads_size(), 1);
    QCOMPARE(status->workloads(0).name(), std::string("web"));
    QCOMPARE(status->workloads(0).phase(), std::string("running"));

    grpc::ClientContext mc;
    v1::MetricsRequest mr;
    mr.set_node_id(proto::toStd(m_nodeId));
    v1::MetricsResponse metrics;
    QVERIFY(m_nodes->Metrics(authed(mc, m_viewerToken), mr, &metrics).ok());
    QCOMPARE(metrics.samples_size(), 1);
    auto got = proto::fromProto(metrics.samples(0));
    QVERIFY2(got, why(got).constData());
    QCOMPARE(got->cpuPercent, 12.5);
    QCOMPARE(got->memoryTotalBytes, 1000);
    QVERIFY(a->close().ok());

    // A second connection: Welcome tells what is stored; an overlapping batch counts once.
    auto b = agent(m_node);
    QVERIFY(b->hello());
    QTRY_VERIFY_WITH_TIMEOUT(b->find(v1::HubMessage::kWelcome), kWaitMs);
    QCOMPARE(b->find(v1::HubMessage::kWelcome)->welcome().acked_seq(), base + 4);
    v1::AgentMessage again;
    *again.mutable_batch()->add_entries() = eventEntry(base + 4, QStringLiteral("test.dup"));
    *again.mutable_batch()->add_entries() = eventEntry(base + 5, QStringLiteral("test.two"));
    QVERIFY(b->send(again));
    QTRY_COMPARE_WITH_TIMEOUT(b->count(v1::HubMessage::kAck), 1, kWaitMs);
    QCOMPARE(b->find(v1::HubMessage::kAck)->ack().acked_seq(), base + 5);
    QCOMPARE(eventCount(m_nodeId), eventsBefore + 3);
    // A status with an empty set: the node runs nothing any more.
    v1::AgentMessage empty;
    *empty.mutable_batch()->add_entries() = entry(base + 6, 0,
                                                  QJsonObject{
                                                      {QStringLiteral("workloads"), QJsonArray{}}});
    QVERIFY(b->send(empty));
    QTRY_COMPARE_WITH_TIMEOUT(b->count(v1::HubMessage::kAck), 2, kWaitMs);
    QCOMPARE(nodeStatus(m_nodeId)->workloads_size(), 0);
    QVERIFY(b->close().ok());
}

void TestAgentControl::rejectsWithoutKnownCertificate()
{
    const auto expectRefused = [this](const Identity &id, std::optional<grpc::StatusCode> code,
                                      const char *what) {
        auto a = agent(id);
        a->hello();
        QTRY_VERIFY2_WITH_TIMEOUT(a->ended(), what, kWaitMs);
        const grpc::Status s = a->status();
        QVERIFY2(!s.ok(), what);
        if (code)
            QVERIFY2(s.error_code() == *code,
                     QByteArray(QByteArray(what) + " ended with "
                                + QByteArray::number(s.error_code()) + " "
                                + QByteArray::fromStdString(s.error_message()))
                         .constData());
        QVERIFY2(!a->find(v1::HubMessage::kWelcome), what);
    };

    // No client certificate at all (people's clients may connect so; agents may not).
    expectRefused(Identity{}, grpc::StatusCode::UNAUTHENTICATED, "no certificate");

    // A certificate from another CA: the TLS handshake refuses it.
    QTemporaryDir otherDir;
    auto other = hub::CertificateAuthority::openOrCreate(otherDir.path());
    QVERIFY2(other, why(other).constData());
    hub::CertificateProfile client;
    client.usage = hub::CertificateProfile::Usage::Client;
    client.commonName = QStringLiteral("node-a");
    client.subjectAltNames = {QStringLiteral("node-a")};
    client.validityDays = 30;
    auto foreign = (*other)->issue(client);
    QVERIFY2(foreign, why(foreign).constData());
    expectRefused(Identity{foreign->privateKeyPem, foreign->certificatePem}, std::nullopt,
                  "another CA");

    // Our CA, but the hub never recorded the certificate.
    auto ours = hub::CertificateAuthority::openOrCreate(m_dir.filePath(QStringLiteral("hub")));
    QVERIFY2(ours, why(ours).constData());
    auto unknown = (*ours)->issue(client);
    QVERIFY2(unknown, why(unknown).constData());
    expectRefused(Identity{unknown->privateKeyPem, unknown->certificatePem},
                  grpc::StatusCode::UNAUTHENTICATED, "unknown serial");

    // Our CA, recorded, but expired.
    client.shiftSeconds = -40LL * 24 * 3600;
    auto expired = (*ours)->issue(client);
    QVERIFY2(expired, why(expired).constData());
    auto info = (*ours)->inspect(expired->certificatePem);
    QVERIFY(info && info->notAfter < QDateTime::currentDateTimeUtc());
    api::NodeCertificate record;
    record.nodeId = m_nodeId;
    record.nodeName = QStringLiteral("node-a");
    record.issuedAtMs = QDateTime::currentMSecsSinceEpoch();
    BIO *bio = BIO_new_mem_buf(expired->certificatePem.constData(),
                               int(expired->certificatePem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    QVERIFY(x);
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), nullptr);
    char *hex = BN_bn2hex(bn);
    record.serial = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    BN_free(bn);
    X509_free(x);
    record.notAfterMs = info->notAfter.toMSecsSinceEpoch();
    record.fingerprint = QStringLiteral("expired");
    QVERIFY(m_hub->agentStore().recordCertificate(record));
    expectRefused(Identity{expired->privateKeyPem, expired->certificatePem}, std::nullopt,
                  "expired");

    // A node deleted from the inventory.
    QString goneId;
    const Identity gone = enroll(QStringLiteral("node-gone"), &goneId);
    QVERIFY(!gone.certPem.isEmpty());
    QVERIFY(m_admin->remove(api::EntityKind::Node, goneId, false));
    expectRefused(gone, grpc::StatusCode::UNAUTHENTICATED, "deleted node");
}

void TestAgentControl::desiredStatePushedOnChange()
{
    auto a = agent(m_node);
    QVERIFY(a->hello(0));
    QTRY_VERIFY_WITH_TIMEOUT(a->find(v1::HubMessage::kWelcome), kWaitMs);
    QCOMPARE(a->count(v1::HubMessage::kDesired), 0); // the hub holds none yet

    grpc::ClientContext sc;
    v1::SetDesiredStateRequest set;
    set.set_node_id(proto::toStd(m_nodeId));
    api::WorkloadSpec spec;
    spec.name = QStringLiteral("web");
    spec.image = QStringLiteral("localhost/busybox:latest");
    spec.command = {QStringLiteral("sleep"), QStringLiteral("1000")};
    proto::toProto(spec, set.add_workloads());
    v1::DesiredState stored;
    const grpc::Status s = m_nodes->SetDesiredState(authed(sc, m_adminToken), set, &stored);
    QVERIFY2(s.ok(), s.error_message().c_str());
    QCOMPARE(stored.generation(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(a->count(v1::HubMessage::kDesired), 1, kWaitMs);
    const v1::DesiredState pushed = a->find(v1::HubMessage::kDesired)->desired();
    QCOMPARE(pushed.generation(), 1);
    QCOMPARE(pushed.workloads_size(), 1);
    QCOMPARE(pushed.workloads(0).name(), std::string("web"));

    // A stale expected generation conflicts.
    grpc::ClientContext cc;
    set.set_expected_generation(5);
    QCOMPARE(m_nodes->SetDesiredState(authed(cc, m_adminToken), set, &stored).error_code(),
             grpc::StatusCode::ABORTED);
    // An invalid spec is refused.
    grpc::ClientContext ic;
    v1::SetDesiredStateRequest invalid = set;
    invalid.set_expected_generation(0);
    invalid.mutable_workloads(0)->set_name("Not A Name!");
    QCOMPARE(m_nodes->SetDesiredState(authed(ic, m_adminToken), invalid, &stored).error_code(),
             grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY(a->close().ok());

    // Reconnecting with the same generation: nothing is resent. The hub sends DesiredState right
    // after Welcome, before it reads on, so once the Ack of a later batch is in, none came.
    auto b = agent(m_node);
    QVERIFY(b->hello(1, 1));
    v1::AgentMessage probe;
    const qint64 acked = m_hub->agentStore().agent(m_nodeId)->ackedSeq;
    *probe.mutable_batch()->add_entries() = eventEntry(acked + 1, QStringLiteral("test.probe"));
    QVERIFY(b->send(probe));
    QTRY_COMPARE_WITH_TIMEOUT(b->count(v1::HubMessage::kAck), 1, kWaitMs);
    QCOMPARE(b->count(v1::HubMessage::kDesired), 0);
    QVERIFY(b->close().ok());

    // An agent with an older generation gets it on connect.
    auto c = agent(m_node);
    QVERIFY(c->hello(0));
    QTRY_COMPARE_WITH_TIMEOUT(c->count(v1::HubMessage::kDesired), 1, kWaitMs);
    QCOMPARE(c->find(v1::HubMessage::kDesired)->desired().generation(), 1);
    QVERIFY(c->close().ok());
}

void TestAgentControl::renewal()
{
    auto a = agent(m_node);
    QVERIFY(a->hello());
    QTRY_VERIFY_WITH_TIMEOUT(a->find(v1::HubMessage::kWelcome), kWaitMs);

    // A request for another name is refused.
    const QString wrongDir = m_dir.filePath(QStringLiteral("renew-wrong"));
    QDir().mkpath(wrongDir);
    auto wrongCsr = agent::Enrollment::createKeyAndRequest(wrongDir, QStringLiteral("node-b"));
    QVERIFY(wrongCsr);
    v1::AgentMessage wrong;
    wrong.mutable_renew()->set_csr_pem(wrongCsr->toStdString());
    QVERIFY(a->send(wrong));
    QTRY_COMPARE_WITH_TIMEOUT(a->count(v1::HubMessage::kRenew), 1, kWaitMs);
    QVERIFY(!a->find(v1::HubMessage::kRenew)->renew().error().empty());
    QVERIFY(a->find(v1::HubMessage::kRenew)->renew().certificate_pem().empty());

    const QString dir = m_dir.filePath(QStringLiteral("renew"));
    QDir().mkpath(dir);
    auto csr = agent::Enrollment::createKeyAndRequest(dir, QStringLiteral("node-a"));
    QVERIFY2(csr, why(csr).constData());
    v1::AgentMessage m;
    m.mutable_renew()->set_csr_pem(csr->toStdString());
    QVERIFY(a->send(m));
    QTRY_COMPARE_WITH_TIMEOUT(a->count(v1::HubMessage::kRenew), 2, kWaitMs);
    v1::RenewResponse reply;
    for (const auto &msg : a->received())
        if (msg.has_renew())
            reply = msg.renew();
    QVERIFY2(reply.error().empty(), reply.error().c_str());
    QVERIFY(!reply.certificate_pem().empty());
    QVERIFY(reply.not_after_ms() > QDateTime::currentMSecsSinceEpoch() + 29LL * 24 * 3600 * 1000);
    QVERIFY(agent::Enrollment::storeCertificate(dir,
                                                QByteArray::fromStdString(reply.certificate_pem()),
                                                QByteArray::fromStdString(reply.ca_chain_pem())));
    QVERIFY(a->close().ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_hub->store().nodeCertificates(m_nodeId)->size() >= 2, kWaitMs);

    // The new certificate works, and Status names it as the newest.
    const Identity renewed{readFile(agent::Enrollment::keyPath(dir)),
                           QByteArray::fromStdString(reply.certificate_pem())};
    auto b = agent(renewed);
    QVERIFY(b->hello());
    QTRY_VERIFY_WITH_TIMEOUT(b->find(v1::HubMessage::kWelcome), kWaitMs);
    QCOMPARE(proto::fromStd(b->find(v1::HubMessage::kWelcome)->welcome().node_id()), m_nodeId);
    QCOMPARE(nodeStatus(m_nodeId)->certificate_not_after_ms(), reply.not_after_ms());
    QVERIFY(b->close().ok());
    m_node = renewed;
}

void TestAgentControl::imageRelayResumes()
{
    // ~700 KiB: three chunks of 256 KiB on the control channel.
    QByteArray archive(700 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (qsizetype i = 0; i < archive.size(); ++i)
        archive[i] = char(rng.bounded(256));
    const std::string sha =
        QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex().toStdString();

    const auto push = [&](const std::string &announcedSha) {
        grpc::ClientContext context;
        v1::PushImageResponse response;
        auto writer = m_nodes->PushImage(authed(context, m_adminToken), &response);
        qint64 offset = 0;
        while (offset < archive.size()) {
            const qint64 n = std::min<qint64>(300 * 1024, archive.size() - offset);
            v1::PushImageRequest r;
            if (offset == 0) {
                r.set_node_id(proto::toStd(m_nodeId));
                r.set_sha256(announcedSha);
                r.set_total_size(archive.size());
                r.set_name("test-image.tar");
            }
            r.set_offset(offset);
            r.set_data(archive.constData() + offset, size_t(n));
            if (!writer->Write(r))
                break;
            offset += n;
        }
        writer->WritesDone();
        return std::pair{writer->Finish(), response};
    };

    // A damaged archive (announced with another hash) is refused.
    const auto [badStatus, badResponse] = push(std::string(64, 'a'));
    QCOMPARE(badStatus.error_code(), grpc::StatusCode::DATA_LOSS);

    auto a = agent(m_node);
    QVERIFY(a->hello(1, 1));
    QTRY_VERIFY_WITH_TIMEOUT(a->find(v1::HubMessage::kWelcome), kWaitMs);
    const auto [status, response] = push(sha);
    QVERIFY2(status.ok(), status.error_message().c_str());
    QCOMPARE(response.state(), std::string("stored"));
    QCOMPARE(response.received(), archive.size());
    QVERIFY(QFile::exists(
        m_dir.filePath(QStringLiteral("hub/images/%1.tar").arg(QString::fromStdString(sha)))));

    QByteArray held; // what the "agent" holds (its .part file)
    const auto progress = [&](TestAgent &agent, const char *state) {
        v1::AgentMessage m;
        m.mutable_image()->set_sha256(sha);
        m.mutable_image()->set_next_offset(held.size());
        m.mutable_image()->set_state(state);
        if (QByteArray(state) == "loaded")
            m.mutable_image()->add_images("localhost/test:latest");
        return agent.send(m);
    };
    // Chunk 1 at 0: take it and report.
    QTRY_COMPARE_WITH_TIMEOUT(a->count(v1::HubMessage::kImage), 1, kWaitMs);
    v1::ImageChunk c = a->find(v1::HubMessage::kImage)->image();
    QCOMPARE(c.sha256(), sha);
    QCOMPARE(c.offset(), 0);
    QCOMPARE(c.total_size(), archive.size());
    QCOMPARE(qint64(c.data().size()), 256 * 1024);
    held.append(c.data().data(), qsizetype(c.data().size()));
    QVERIFY(progress(*a, "receiving"));
    // Chunk 2: written, but the connection drops before the report.
    QTRY_COMPARE_WITH_TIMEOUT(a->count(v1::HubMessage::kImage), 2, kWaitMs);
    size_t index = 0;
    const auto all = a->received();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].has_image())
            index = i;
    c = all[index].image();
    QCOMPARE(c.offset(), held.size());
    held.append(c.data().data(), qsizetype(c.data().size()));
    a->drop();

    // Reconnect: the hub resumes where the agent last reported; the agent holds more, so it
    // discards that chunk and reports its size; the hub continues from there.
    auto b = agent(m_node);
    QVERIFY(b->hello(1, 1));
    QTRY_COMPARE_WITH_TIMEOUT(b->count(v1::HubMessage::kImage), 1, kWaitMs);
    c = b->find(v1::HubMessage::kImage)->image();
    QCOMPARE(c.offset(), 256 * 1024);
    QVERIFY(c.offset() != held.size());
    QVERIFY(progress(*b, "receiving"));
    QTRY_COMPARE_WITH_TIMEOUT(b->count(v1::HubMessage::kImage), 2, kWaitMs);
    std::vector<v1::ImageChunk> chunks;
    for (const auto &m : b->received())
        if (m.has_image())
            chunks.push_back(m.image());
    QCOMPARE(chunks.back().offset(), held.size());
    held.append(chunks.back().data().data(), qsizetype(chunks.back().data().size()));
    QCOMPARE(held.size(), archive.size());
    QVERIFY(held == archive);
    QVERIFY(progress(*b, "receiving"));
    QVERIFY(progress(*b, "loaded"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto t = m_hub->agentStore().imageTransfers(m_nodeId, false);
            return t && t->size() == 1 && t->first().state == u"loaded"
                   && t->first().images == QStringList{QStringLiteral("localhost/test:latest")};
        }(),
        kWaitMs);
    // No more chunks once the transfer is done.
    QCOMPARE(b->count(v1::HubMessage::kImage), 2);
    QVERIFY(m_hub->agentStore().imageTransfers(m_nodeId, true)->isEmpty());
    QVERIFY(b->close().ok());
}

void TestAgentControl::rolesOnNodes()
{
    grpc::ClientContext sc;
    v1::SetDesiredStateRequest set;
    set.set_node_id(proto::toStd(m_nodeId));
    v1::DesiredState out;
    QCOMPARE(m_nodes->SetDesiredState(authed(sc, m_viewerToken), set, &out).error_code(),
             grpc::StatusCode::PERMISSION_DENIED);
    grpc::ClientContext gc;
    v1::DesiredStateRequest get;
    get.set_node_id(proto::toStd(m_nodeId));
    QVERIFY(m_nodes->GetDesiredState(authed(gc, m_viewerToken), get, &out).ok());
    QCOMPARE(out.generation(), 1);
    grpc::ClientContext anon;
    v1::NodeStatusResponse resp;
    QCOMPARE(m_nodes->Status(&anon, v1::NodeStatusRequest(), &resp).error_code(),
             grpc::StatusCode::UNAUTHENTICATED);
    grpc::ClientContext pc;
    v1::PushImageResponse pr;
    auto writer = m_nodes->PushImage(authed(pc, m_viewerToken), &pr);
    writer->WritesDone();
    QCOMPARE(writer->Finish().error_code(), grpc::StatusCode::PERMISSION_DENIED);
}

// The real edge-hub binary: --heartbeat-interval reaches Welcome, and the listener takes both a
// token client (enrollment over TLS without a client certificate) and an agent with one.
void TestAgentControl::edgeHubProcess()
{
    QCOMPARE(testing::HubProcess::runToEnd(
                 {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("unused")),
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--heartbeat-interval"), QStringLiteral("5")}),
             2);
    QByteArray help;
    QCOMPARE(testing::HubProcess::runToEnd({QStringLiteral("--help")}, &help), 0);
    QVERIFY(help.contains("--heartbeat-interval"));

    testing::HubProcess hub;
    QString error;
    QVERIFY2(hub.start(m_dir.filePath(QStringLiteral("process-hub")),
                       {QStringLiteral("--heartbeat-interval"), QStringLiteral("300")}, &error),
             qPrintable(error));
    auto channel = client::Client::secureChannel(hub.address(), hub.caPath());
    QVERIFY2(channel, why(channel).constData());
    client::Client admin(*channel, hub.address());
    QVERIFY(admin.login(QStringLiteral("admin"), hub.generatedPassword()));
    api::Site s;
    s.name = QStringLiteral("Process Site");
    auto site = admin.create(s.toRecord());
    QVERIFY2(site, why(site).constData());
    auto token = admin.createBootstrapToken(site->id, 0, QStringLiteral("node-p"));
    QVERIFY2(token, why(token).constData());
    const QString dir = m_dir.filePath(QStringLiteral("agent-process"));
    QDir().mkpath(dir);
    auto csr = agent::Enrollment::createKeyAndRequest(dir, QStringLiteral("node-p"));
    QVERIFY(csr);
    auto enrolled = admin.enroll(token->token, QStringLiteral("node-p"), *csr);
    QVERIFY2(enrolled, why(enrolled).constData());

    TestAgent a(hub.address(), readFile(hub.caPath()),
                Identity{readFile(agent::Enrollment::keyPath(dir)), enrolled->certificatePem});
    QVERIFY(a.hello());
    QTRY_VERIFY_WITH_TIMEOUT(a.find(v1::HubMessage::kWelcome), kWaitMs);
    QCOMPARE(a.find(v1::HubMessage::kWelcome)->welcome().heartbeat_interval_ms(), 300);
    QCOMPARE(proto::fromStd(a.find(v1::HubMessage::kWelcome)->welcome().node_id()),
             enrolled->nodeId);
    QVERIFY(a.close().ok());
    QCOMPARE(hub.stop(), 0);
}

QTEST_GUILESS_MAIN(TestAgentControl)
#include "tst_agentcontrol.moc"
