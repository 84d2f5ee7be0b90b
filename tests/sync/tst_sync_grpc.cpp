// Sync over gRPC with TLS against a real edge-hub process (issue 5): two local SqliteStores sync
// through client::SyncClient and sync::SyncSession, and data flows both ways through the hub; the
// hub enforces roles (a viewer pulls but cannot push or resolve: PermissionDenied), refuses a bad
// token (Unauthenticated) and keeps every message under gRPC's 4 MiB limit by splitting batches of
// large operations (survey item payloads) both ways.

#include "backend/api/clock.h"
#include "backend/client/client.h"
#include "backend/client/syncclient.h"
#include "backend/store/sqlitestore.h"
#include "backend/sync/syncsession.h"
#include "support/hubprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace edge;

namespace {

QString text(const api::Error &e)
{
    return api::codeName(e.code) + QStringLiteral(": ") + e.message + QStringLiteral(" (")
           + e.detail + QLatin1Char(')');
}

template<class T>
QString why(const api::Result<T> &r)
{
    return r ? QString() : text(r.error());
}

api::Record site(const QString &name)
{
    api::Record r;
    r.kind = api::EntityKind::Site;
    r.fields.insert(QStringLiteral("name"), name);
    r.fields.insert(QStringLiteral("kind"), QStringLiteral("cabinet-site"));
    return r;
}

} // namespace

class TestSyncGrpc : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void dataFlowsBothWays();
    void viewerPullsButCannotPush();
    void badTokenIsUnauthenticated();
    void hugeBatchIsSplit();
    void conflictsListedAndResolved();

private:
    std::shared_ptr<grpc::Channel> channel() const;
    std::unique_ptr<client::Client> signedIn(const QString &user, const QString &password) const;
    QString tokenFor(const QString &name, api::Role role);
    std::unique_ptr<store::SqliteStore> openStore(const QString &name);
    api::Result<sync::SyncReport> syncWith(store::SqliteStore &store, const QString &token);

    QTemporaryDir m_dir;
    api::SystemClock m_clock;
    testing::HubProcess m_hub;
    std::unique_ptr<client::Client> m_admin;
    QString m_operatorToken;
    QString m_viewerToken;
};

std::shared_ptr<grpc::Channel> TestSyncGrpc::channel() const
{
    auto c = client::Client::secureChannel(m_hub.address(), m_hub.caPath());
    if (!c) {
        qWarning().noquote() << "secureChannel failed:" << text(c.error());
        return nullptr;
    }
    return *c;
}

std::unique_ptr<client::Client> TestSyncGrpc::signedIn(const QString &user,
                                                       const QString &password) const
{
    auto c = std::make_unique<client::Client>(channel(), m_hub.address());
    auto s = c->login(user, password);
    if (!s) {
        qWarning().noquote() << "login as" << user << "failed:" << text(s.error());
        return nullptr;
    }
    return c;
}

QString TestSyncGrpc::tokenFor(const QString &name, api::Role role)
{
    api::User u;
    u.name = name;
    u.displayName = name;
    u.role = role;
    const QString password = QStringLiteral("password-of-") + name;
    auto created = m_admin->createUser(u, password);
    if (!created && created.error().code != api::Code::AlreadyExists) {
        qWarning().noquote() << "createUser failed:" << text(created.error());
        return {};
    }
    auto c = signedIn(name, password);
    return c ? c->token() : QString();
}

std::unique_ptr<store::SqliteStore> TestSyncGrpc::openStore(const QString &name)
{
    auto s = store::SqliteStore::open(m_dir.filePath(name + QStringLiteral(".db")), m_clock);
    if (!s) {
        qWarning().noquote() << "open" << name << "failed:" << text(s.error());
        return nullptr;
    }
    return std::move(*s);
}

api::Result<sync::SyncReport> TestSyncGrpc::syncWith(store::SqliteStore &store, const QString &token)
{
    client::SyncClient peer(channel(), m_hub.address(), token);
    sync::SyncSession session(store, peer, m_clock);
    return session.run(m_hub.address());
}

void TestSyncGrpc::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_hub.start(m_dir.filePath(QStringLiteral("hub")), {}, &error), qPrintable(error));
    QVERIFY(!m_hub.generatedPassword().isEmpty());
    m_admin = signedIn(QStringLiteral("admin"), m_hub.generatedPassword());
    QVERIFY(m_admin);
    m_operatorToken = tokenFor(QStringLiteral("olga"), api::Role::Operator);
    m_viewerToken = tokenFor(QStringLiteral("victor"), api::Role::Viewer);
    QVERIFY(!m_operatorToken.isEmpty());
    QVERIFY(!m_viewerToken.isEmpty());
}

void TestSyncGrpc::cleanupTestCase()
{
    m_admin.reset();
    QCOMPARE(m_hub.stop(), 0);
}

void TestSyncGrpc::dataFlowsBothWays()
{
    auto a = openStore(QStringLiteral("a"));
    auto b = openStore(QStringLiteral("b"));
    QVERIFY(a && b);
    auto alpha = a->create(site(QStringLiteral("Alpha")), QStringLiteral("anna"));
    auto beta = b->create(site(QStringLiteral("Beta")), QStringLiteral("bert"));
    QVERIFY2(alpha && beta, qPrintable(why(alpha) + why(beta)));

    auto r = syncWith(*a, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    QVERIFY(r->pushed > 0);
    r = syncWith(*b, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    QVERIFY(r->pulled > 0);
    QVERIFY(r->pushed > 0);
    r = syncWith(*a, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    QCOMPARE(r->pending, 0);

    // Each store holds the other's site; the hub holds both.
    auto betaAtA = a->get(api::EntityKind::Site, beta->id);
    QVERIFY2(betaAtA, qPrintable(why(betaAtA)));
    QCOMPARE(betaAtA->name(), QStringLiteral("Beta"));
    auto alphaAtB = b->get(api::EntityKind::Site, alpha->id);
    QVERIFY2(alphaAtB, qPrintable(why(alphaAtB)));
    QCOMPARE(alphaAtB->name(), QStringLiteral("Alpha"));
    for (const QString &id : {alpha->id, beta->id}) {
        auto atHub = m_admin->get(api::EntityKind::Site, id);
        QVERIFY2(atHub, qPrintable(why(atHub)));
    }

    // An edit on B reaches A; syncing again moves nothing more.
    api::Record patch;
    patch.kind = api::EntityKind::Site;
    patch.id = alpha->id;
    patch.fields.insert(QStringLiteral("notes"), QStringLiteral("gate code 4711"));
    auto edited = b->update(patch, QStringLiteral("bert"));
    QVERIFY2(edited, qPrintable(why(edited)));
    r = syncWith(*b, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    QCOMPARE(r->pushed, 1);
    r = syncWith(*a, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    QCOMPARE(r->pulled, 1);
    auto alphaAtA = a->get(api::EntityKind::Site, alpha->id);
    QVERIFY2(alphaAtA, qPrintable(why(alphaAtA)));
    QCOMPARE(alphaAtA->fields.value(QStringLiteral("notes")).toString(),
             QStringLiteral("gate code 4711"));
    r = syncWith(*a, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    QCOMPARE(r->pulled, 0);
    QCOMPARE(r->pushed, 0);
}

void TestSyncGrpc::viewerPullsButCannotPush()
{
    auto writer = openStore(QStringLiteral("viewer-source"));
    QVERIFY(writer);
    auto gamma = writer->create(site(QStringLiteral("Gamma")), QStringLiteral("olga"));
    QVERIFY2(gamma, qPrintable(why(gamma)));
    auto r = syncWith(*writer, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));

    // The viewer's store has a change of its own: the pull succeeds, the push is refused.
    auto mine = openStore(QStringLiteral("viewer"));
    QVERIFY(mine);
    auto delta = mine->create(site(QStringLiteral("Delta")), QStringLiteral("victor"));
    QVERIFY2(delta, qPrintable(why(delta)));
    r = syncWith(*mine, m_viewerToken);
    QVERIFY(!r);
    QCOMPARE(r.error().code, api::Code::PermissionDenied);
    auto gammaHere = mine->get(api::EntityKind::Site, gamma->id);
    QVERIFY2(gammaHere, qPrintable(why(gammaHere)));
    QCOMPARE(gammaHere->name(), QStringLiteral("Gamma"));
    auto deltaAtHub = m_admin->get(api::EntityKind::Site, delta->id);
    QVERIFY(!deltaAtHub);
    QCOMPARE(deltaAtHub.error().code, api::Code::NotFound);

    // The calls one by one.
    client::SyncClient viewer(channel(), m_hub.address(), m_viewerToken);
    auto hello = viewer.hello(mine->syncReplicaId());
    QVERIFY2(hello, qPrintable(why(hello)));
    QVERIFY(!hello->replicaId.isEmpty());
    QVERIFY(hello->has.value(writer->syncReplicaId()) > 0);
    auto pulled = viewer.pull({}, 0, 100);
    QVERIFY2(pulled, qPrintable(why(pulled)));
    QVERIFY(!pulled->operations.isEmpty());
    // What the hub lacks: the viewer's own operations (Delta).
    auto ops = mine->operationsFor(hello->has, 0, 1000);
    QVERIFY2(ops, qPrintable(why(ops)));
    QVERIFY(!ops->operations.isEmpty());
    for (const api::Operation &o : std::as_const(ops->operations))
        QCOMPARE(o.replicaId, mine->syncReplicaId());
    auto pushed = viewer.push(ops->operations, mine->syncReplicaId());
    QVERIFY(!pushed);
    QCOMPARE(pushed.error().code, api::Code::PermissionDenied);
    auto conflicts = viewer.listConflicts();
    QVERIFY2(conflicts, qPrintable(why(conflicts)));
    auto resolved = viewer.resolve(QStringLiteral("field/site/x/name"), QStringLiteral("r:1"));
    QVERIFY(!resolved);
    QCOMPARE(resolved.error().code, api::Code::PermissionDenied);

    // The operator pushes the same operations.
    client::SyncClient op(channel(), m_hub.address(), m_operatorToken);
    pushed = op.push(ops->operations, mine->syncReplicaId());
    QVERIFY2(pushed, qPrintable(why(pushed)));
    QCOMPARE(pushed->applied, int(ops->operations.size()));
    deltaAtHub = m_admin->get(api::EntityKind::Site, delta->id);
    QVERIFY2(deltaAtHub, qPrintable(why(deltaAtHub)));
}

void TestSyncGrpc::badTokenIsUnauthenticated()
{
    for (const QString &token : {QStringLiteral("not-a-session-token"), QString()}) {
        client::SyncClient peer(channel(), m_hub.address(), token);
        auto hello = peer.hello(QStringLiteral("some-replica"));
        QVERIFY(!hello);
        QCOMPARE(hello.error().code, api::Code::Unauthenticated);
        auto pulled = peer.pull({}, 0, 10);
        QVERIFY(!pulled);
        QCOMPARE(pulled.error().code, api::Code::Unauthenticated);
        auto conflicts = peer.listConflicts();
        QVERIFY(!conflicts);
        QCOMPARE(conflicts.error().code, api::Code::Unauthenticated);
    }
    // A user's operations on entity "user" are refused even from an operator.
    client::SyncClient op(channel(), m_hub.address(), m_operatorToken);
    api::Operation userOp;
    userOp.opId = QStringLiteral("rogue-replica:1");
    userOp.replicaId = QStringLiteral("rogue-replica");
    userOp.hlc = api::HlcTimestamp::from(1'700'000'000'000, 0);
    userOp.actor = QStringLiteral("olga");
    userOp.entity = QStringLiteral("user");
    userOp.entityId = QStringLiteral("admin");
    userOp.field = QStringLiteral("role");
    userOp.value = QStringLiteral("\"viewer\"");
    auto pushed = op.push({userOp}, QStringLiteral("rogue-replica"));
    QVERIFY(!pushed);
    QCOMPARE(pushed.error().code, api::Code::InvalidArgument);
}

void TestSyncGrpc::hugeBatchIsSplit()
{
    // 30 survey notes of 200 KB each: 6 MB of operations, more than one gRPC message may hold.
    auto big = openStore(QStringLiteral("big"));
    QVERIFY(big);
    auto s = big->create(site(QStringLiteral("Epsilon")), QStringLiteral("olga"));
    QVERIFY2(s, qPrintable(why(s)));
    api::Record survey;
    survey.kind = api::EntityKind::Survey;
    survey.fields.insert(QStringLiteral("site_id"), s->id);
    survey.fields.insert(QStringLiteral("name"), QStringLiteral("walk-through"));
    auto sv = big->create(survey, QStringLiteral("olga"));
    QVERIFY2(sv, qPrintable(why(sv)));
    constexpr int kItems = 30;
    QStringList itemIds;
    for (int i = 0; i < kItems; ++i) {
        api::Record item;
        item.kind = api::EntityKind::SurveyItem;
        item.fields.insert(QStringLiteral("survey_id"), sv->id);
        item.fields.insert(QStringLiteral("name"), QStringLiteral("note %1").arg(i));
        item.fields.insert(QStringLiteral("kind"), QStringLiteral("note"));
        QJsonObject payload{{QStringLiteral("text"), QString(200 * 1000, QChar(u'a' + i % 26))}};
        item.fields.insert(QStringLiteral("payload"),
                           QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        auto created = big->create(item, QStringLiteral("olga"));
        QVERIFY2(created, qPrintable(why(created)));
        itemIds << created->id;
    }
    // And one operation larger than gRPC's default message limit on its own.
    {
        api::Record item;
        item.kind = api::EntityKind::SurveyItem;
        item.fields.insert(QStringLiteral("survey_id"), sv->id);
        item.fields.insert(QStringLiteral("name"), QStringLiteral("long readings"));
        item.fields.insert(QStringLiteral("kind"), QStringLiteral("note"));
        QJsonObject payload{{QStringLiteral("text"), QString(5 * 1024 * 1024, QChar(u'z'))}};
        item.fields.insert(QStringLiteral("payload"),
                           QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        auto created = big->create(item, QStringLiteral("olga"));
        QVERIFY2(created, qPrintable(why(created)));
        itemIds << created->id;
    }
    auto all = big->operationsFor({}, 0, 5000);
    QVERIFY2(all, qPrintable(why(all)));
    QVERIFY(!all->more);
    qint64 totalBytes = 0;
    for (const api::Operation &op : all->operations)
        totalBytes += op.value.size();
    QVERIFY(totalBytes > 5 * 1024 * 1024);

    // Pushed in one call: the client splits it into messages under the limit.
    client::SyncClient op(channel(), m_hub.address(), m_operatorToken);
    auto pushed = op.push(all->operations, big->syncReplicaId());
    QVERIFY2(pushed, qPrintable(why(pushed)));
    QCOMPARE(pushed->applied, int(all->operations.size()));
    // The hub logged one line per Push call it applied.
    QFile hubLog(m_hub.logPath());
    QVERIFY(hubLog.open(QIODevice::ReadOnly));
    int pushCalls = 0;
    for (const QByteArray &line : hubLog.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (l.contains(QStringLiteral("olga pushed ")) && l.contains(big->syncReplicaId()))
            ++pushCalls;
    }
    QVERIFY2(pushCalls >= 3, qPrintable(QString::number(pushCalls)));

    // Pulled: the hub stops a batch at about 2 MB, so several pulls bring them all.
    api::VersionVector none;
    qint64 after = 0;
    int batches = 0;
    QSet<QString> seen;
    for (;;) {
        auto batch = op.pull(none, after, 5000);
        QVERIFY2(batch, qPrintable(why(batch)));
        ++batches;
        qint64 bytes = 0;
        for (const api::Operation &o : batch->operations) {
            bytes += o.value.size();
            seen.insert(o.opId);
        }
        // About 2 MB at most, unless one operation alone is larger.
        QVERIFY2(bytes < 2200 * 1024 || batch->operations.size() == 1,
                 qPrintable(QString::number(bytes)));
        QVERIFY(batch->lastSeq > after);
        after = batch->lastSeq;
        if (!batch->more)
            break;
        QVERIFY(batches < 100);
    }
    QVERIFY2(batches >= 3, qPrintable(QString::number(batches)));
    for (const api::Operation &o : all->operations)
        QVERIFY2(seen.contains(o.opId), qPrintable(o.opId));

    // A fresh store gets every item through a session.
    auto fresh = openStore(QStringLiteral("fresh"));
    QVERIFY(fresh);
    auto r = syncWith(*fresh, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    QVERIFY(r->pulled >= int(all->operations.size()));
    for (const QString &id : std::as_const(itemIds)) {
        auto item = fresh->get(api::EntityKind::SurveyItem, id);
        QVERIFY2(item, qPrintable(why(item)));
        QVERIFY(item->fields.value(QStringLiteral("payload")).toString().size() > 200'000);
    }
}

void TestSyncGrpc::conflictsListedAndResolved()
{
    // Two stores rename the same site while apart: a field conflict at the hub.
    auto x = openStore(QStringLiteral("x"));
    auto y = openStore(QStringLiteral("y"));
    QVERIFY(x && y);
    auto zeta = x->create(site(QStringLiteral("Zeta")), QStringLiteral("olga"));
    QVERIFY2(zeta, qPrintable(why(zeta)));
    auto r = syncWith(*x, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    r = syncWith(*y, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    const auto editNotes = [&](store::SqliteStore &store, const QString &notes,
                               const QString &actor) {
        api::Record patch;
        patch.kind = api::EntityKind::Site;
        patch.id = zeta->id;
        patch.fields.insert(QStringLiteral("notes"), notes);
        return store.update(patch, actor);
    };
    auto ex = editNotes(*x, QStringLiteral("Zeta North"), QStringLiteral("xavier"));
    auto ey = editNotes(*y, QStringLiteral("Zeta South"), QStringLiteral("yvonne"));
    QVERIFY2(ex && ey, qPrintable(why(ex) + why(ey)));
    r = syncWith(*x, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    r = syncWith(*y, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));

    client::SyncClient op(channel(), m_hub.address(), m_operatorToken);
    auto conflicts = op.listConflicts();
    QVERIFY2(conflicts, qPrintable(why(conflicts)));
    const api::Conflict *mine = nullptr;
    for (const api::Conflict &c : std::as_const(*conflicts))
        if (c.entityId == zeta->id && c.field == QStringLiteral("notes"))
            mine = &c;
    QVERIFY(mine);
    QCOMPARE(mine->kind, api::ConflictKind::Field);
    QCOMPARE(mine->values.size(), 2);
    // Keep the value that did not win.
    const api::ConflictValue loser = mine->values.at(1);
    QVERIFY(!loser.winner);
    auto resolved = op.resolve(mine->id, loser.opId);
    QVERIFY2(resolved, qPrintable(why(resolved)));
    auto atHub = m_admin->get(api::EntityKind::Site, zeta->id);
    QVERIFY2(atHub, qPrintable(why(atHub)));
    QCOMPARE(QStringLiteral("\"%1\"").arg(atHub->fields.value(QStringLiteral("notes")).toString()),
             loser.value);
    conflicts = op.listConflicts();
    QVERIFY2(conflicts, qPrintable(why(conflicts)));
    for (const api::Conflict &c : std::as_const(*conflicts))
        QVERIFY(c.entityId != zeta->id);
    // The resolution is an operation with the caller as its actor, and it syncs back.
    r = syncWith(*x, m_operatorToken);
    QVERIFY2(r, qPrintable(why(r)));
    auto conflictsAtX = x->conflicts();
    QVERIFY2(conflictsAtX, qPrintable(why(conflictsAtX)));
    for (const api::Conflict &c : std::as_const(*conflictsAtX))
        QVERIFY(c.entityId != zeta->id);
    auto atX = x->get(api::EntityKind::Site, zeta->id);
    QVERIFY2(atX, qPrintable(why(atX)));
    QCOMPARE(atX->fields.value(QStringLiteral("notes")),
             atHub->fields.value(QStringLiteral("notes")));
    auto log = x->operationsSince(0, 100000);
    QVERIFY2(log, qPrintable(why(log)));
    bool resolutionByOlga = false;
    for (const api::Operation &o : std::as_const(*log))
        if (o.entityId == zeta->id && o.field == QStringLiteral("notes") && o.bases.size() == 2)
            resolutionByOlga = o.actor == QStringLiteral("olga");
    QVERIFY(resolutionByOlga);
}

QTEST_GUILESS_MAIN(TestSyncGrpc)
#include "tst_sync_grpc.moc"
