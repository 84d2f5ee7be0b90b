// The hub's gRPC API end to end, through backend/client: the same suite runs against
//   (a) the in-process channel of a Hub opened on a temporary directory, and
//   (b) a real edge-hub child process over TLS, trusting its DIR/ca.pem,
// plus the checks that only make sense for one of them (TLS, restarts, the manual clock).

#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"
#include "backend/hub/certificateauthority.h"
#include "backend/hub/hub.h"
#include "support/hubprocess.h"

#include <QTemporaryDir>
#include <QtTest>

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace edge;
using api::Code;
using api::EntityKind;

namespace {

QString codeText(const api::Error &e)
{
    return api::codeName(e.code) + QStringLiteral(": ") + e.toString();
}

// The error of a failed Result as text, for QVERIFY2 (which evaluates its message always).
template<class R>
QByteArray why(const R &r)
{
    return r ? QByteArray() : codeText(r.error()).toUtf8();
}

// Collects what a watch delivers (callbacks come from a gRPC thread).
struct WatchLog {
    std::mutex mutex;
    QList<api::Change> changes;
    QList<api::Error> ends;

    void add(const api::Change &c)
    {
        std::lock_guard lock(mutex);
        changes.append(c);
    }
    void end(const api::Error &e)
    {
        std::lock_guard lock(mutex);
        ends.append(e);
    }
    QList<api::Change> snapshot()
    {
        std::lock_guard lock(mutex);
        return changes;
    }
    int endCount()
    {
        std::lock_guard lock(mutex);
        return int(ends.size());
    }
    // Changes of one entity, in arrival order, as "op" names.
    QStringList opsOf(const QString &id)
    {
        QStringList ops;
        for (const api::Change &c : snapshot())
            if (c.id == id)
                ops << api::changeOpName(c.op);
        return ops;
    }
};

api::Record region(const QString &name)
{
    api::Region r;
    r.name = name;
    return r.toRecord();
}

api::Record site(const QString &name, const QString &regionId = {})
{
    api::Site s;
    s.name = name;
    s.regionId = regionId;
    s.kind = api::SiteKind::CabinetSite;
    return s.toRecord();
}

} // namespace

// ---- The shared suite ----------------------------------------------------------------------

class HubApiSuite : public QObject {
    Q_OBJECT

protected:
    // Brings up the hub under test; sets m_adminPassword.
    virtual void startHub() = 0;
    virtual void stopHub() = 0;
    // A client without a token.
    virtual std::unique_ptr<client::Client> newClient() = 0;
    // Signs `c` in, makes its session expire, and returns the error of the next call.
    virtual api::Error expiredSessionError() = 0;

    std::unique_ptr<client::Client> signedIn(const QString &user, const QString &password)
    {
        auto c = newClient();
        auto s = c->login(user, password);
        if (!s) {
            qWarning().noquote() << "login as" << user << "failed:" << codeText(s.error());
            return nullptr;
        }
        return c;
    }

    // Creates a user as admin and returns a client signed in as that user.
    std::unique_ptr<client::Client> userWithRole(const QString &name, api::Role role)
    {
        api::User u;
        u.name = name;
        u.displayName = name;
        u.role = role;
        auto created = m_admin->createUser(u, QStringLiteral("password-of-") + name);
        if (!created && created.error().code != Code::AlreadyExists) {
            qWarning().noquote() << "createUser failed:" << codeText(created.error());
            return nullptr;
        }
        return signedIn(name, QStringLiteral("password-of-") + name);
    }

    std::unique_ptr<client::Client> m_admin;
    QString m_adminPassword;

private Q_SLOTS:
    void initTestCase()
    {
        startHub();
        QVERIFY2(!m_adminPassword.isEmpty(), "the hub did not hand out an admin password");
        m_admin = signedIn(QStringLiteral("admin"), m_adminPassword);
        QVERIFY(m_admin);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        stopHub();
    }

    void crudThroughTheClient()
    {
        auto created = m_admin->create(region(QStringLiteral("North")));
        QVERIFY2(created, why(created).constData());
        QVERIFY(!created->id.isEmpty());
        QVERIFY(created->revision > 0);
        QCOMPARE(created->name(), QStringLiteral("North"));

        auto s = site(QStringLiteral("Depot 7"), created->id);
        s.fields[QStringLiteral("latitude")] = 52.5;
        s.fields[QStringLiteral("longitude")] = 13.4;
        auto createdSite = m_admin->create(s);
        QVERIFY2(createdSite, why(createdSite).constData());
        QCOMPARE(createdSite->fields.value(QStringLiteral("region_id")).toString(), created->id);
        QCOMPARE(createdSite->fields.value(QStringLiteral("latitude")).toDouble(), 52.5);

        auto got = m_admin->get(EntityKind::Site, createdSite->id);
        QVERIFY2(got, why(got).constData());
        QCOMPARE(got->name(), QStringLiteral("Depot 7"));
        QCOMPARE(got->fields.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("cabinet-site"));
        QCOMPARE(got->revision, createdSite->revision);

        api::Record patch;
        patch.kind = EntityKind::Site;
        patch.id = createdSite->id;
        patch.fields[QStringLiteral("notes")] = QStringLiteral("gate code at the office");
        patch.fields[QStringLiteral("address")] = QVariant(); // clears (was unset anyway)
        auto updated = m_admin->update(patch);
        QVERIFY2(updated, why(updated).constData());
        QCOMPARE(updated->fields.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("gate code at the office"));
        QCOMPARE(updated->name(), QStringLiteral("Depot 7")); // untouched
        QVERIFY(updated->revision > createdSite->revision);

        // A stale revision is a conflict.
        patch.revision = createdSite->revision;
        patch.fields[QStringLiteral("notes")] = QStringLiteral("stale");
        auto stale = m_admin->update(patch);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, Code::Conflict);

        api::ListQuery q;
        q.kind = EntityKind::Site;
        q.parentId = created->id;
        auto page = m_admin->list(q);
        QVERIFY2(page, why(page).constData());
        QCOMPARE(page->total, 1);
        QCOMPARE(page->records.size(), 1);
        QCOMPARE(page->records.first().id, createdSite->id);
        QVERIFY(page->revision >= updated->revision);

        auto resolved = m_admin->resolve(EntityKind::Site, QStringLiteral("Depot 7"));
        QVERIFY2(resolved, why(resolved).constData());
        QCOMPARE(resolved->id, createdSite->id);

        QVERIFY(m_admin->remove(EntityKind::Site, createdSite->id, false));
        auto gone = m_admin->get(EntityKind::Site, createdSite->id);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Code::NotFound);
        QVERIFY(!gone.error().message.isEmpty());
        QVERIFY(m_admin->remove(EntityKind::Region, created->id, false));
    }

    void validationErrorArrivesWithItsField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::addColumn<int>("expectedCode");
        QTest::newRow("latitude out of range")
            << QStringLiteral("latitude") << QVariant(123.0) << QStringLiteral("latitude")
            << int(Code::Validation);
        QTest::newRow("bad code") << QStringLiteral("code")
                                  << QVariant(QStringLiteral("lower case"))
                                  << QStringLiteral("code") << int(Code::Validation);
        QTest::newRow("empty name") << QStringLiteral("name") << QVariant(QString())
                                    << QStringLiteral("name") << int(Code::Validation);
        QTest::newRow("unknown field")
            << QStringLiteral("colour") << QVariant(QStringLiteral("red"))
            << QStringLiteral("colour") << int(Code::Validation);
        QTest::newRow("unknown site kind")
            << QStringLiteral("kind") << QVariant(QStringLiteral("moon-base"))
            << QStringLiteral("kind") << int(Code::Validation);
        QTest::newRow("missing region")
            << QStringLiteral("region_id") << QVariant(QStringLiteral("no-such-region"))
            << QStringLiteral("region_id") << int(Code::FailedPrecondition);
    }

    void validationErrorArrivesWithItsField()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, expectedField);
        QFETCH(int, expectedCode);
        api::Record s = site(QStringLiteral("Validation site"));
        s.fields[field] = value;
        if (field == u"latitude")
            s.fields[QStringLiteral("longitude")] = 10.0;
        auto r = m_admin->create(s);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), expectedCode);
        QCOMPARE(r.error().field, expectedField);
        QVERIFY(!r.error().message.isEmpty());
    }

    void duplicateNameIsRefused()
    {
        auto first = m_admin->create(region(QStringLiteral("Twin")));
        QVERIFY2(first, why(first).constData());
        auto second = m_admin->create(region(QStringLiteral("Twin")));
        QVERIFY(!second);
        QCOMPARE(second.error().code, Code::AlreadyExists);
        QCOMPARE(second.error().field, QStringLiteral("name"));
        QVERIFY(m_admin->remove(EntityKind::Region, first->id, false));
    }

    void noTokenIsRejected()
    {
        auto anonymous = newClient();
        api::ListQuery q;
        auto listed = anonymous->list(q);
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, Code::Unauthenticated);
        auto created = anonymous->create(region(QStringLiteral("Anonymous")));
        QVERIFY(!created);
        QCOMPARE(created.error().code, Code::Unauthenticated);
        auto me = anonymous->whoAmI();
        QVERIFY(!me);
        QCOMPARE(me.error().code, Code::Unauthenticated);

        anonymous->setToken(QStringLiteral("made-up-token"));
        auto forged = anonymous->list(q);
        QVERIFY(!forged);
        QCOMPARE(forged.error().code, Code::Unauthenticated);
        // Nor may an unauthenticated client watch.
        WatchLog log;
        auto sub = anonymous->watch(
            0, [&](const api::Change &c) { log.add(c); }, [&](const api::Error &e) { log.end(e); });
        QVERIFY(!sub);
        QCOMPARE(sub.error().code, Code::Unauthenticated);
    }

    void wrongPasswordIsRejected()
    {
        auto c = newClient();
        auto wrong = c->login(QStringLiteral("admin"), QStringLiteral("not-the-password"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Code::Unauthenticated);
        QVERIFY(c->token().isEmpty());
        auto unknown = c->login(QStringLiteral("nobody"), QStringLiteral("not-the-password"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Code::Unauthenticated);
        // The same answer, so a caller cannot tell which user names exist.
        QCOMPARE(unknown.error().message, wrong.error().message);
        QVERIFY(!wrong.error().message.contains(QStringLiteral("not-the-password")));
    }

    void sessionReportsUserAndRole()
    {
        auto me = m_admin->whoAmI();
        QVERIFY2(me, why(me).constData());
        QCOMPARE(me->userName, QStringLiteral("admin"));
        QCOMPARE(me->role, api::Role::Admin);
        QVERIFY(me->token.isEmpty());
        QVERIFY(me->expiresAtMs > 0);
    }

    void viewerCannotWrite()
    {
        auto viewer = userWithRole(QStringLiteral("vera"), api::Role::Viewer);
        QVERIFY(viewer);
        api::ListQuery q;
        q.kind = EntityKind::Region;
        QVERIFY(viewer->list(q));
        auto created = viewer->create(region(QStringLiteral("Viewer's region")));
        QVERIFY(!created);
        QCOMPARE(created.error().code, Code::PermissionDenied);
        auto demo = viewer->removeDemoData();
        QVERIFY(!demo);
        QCOMPARE(demo.error().code, Code::PermissionDenied);
        auto users = viewer->listUsers();
        QVERIFY(!users);
        QCOMPARE(users.error().code, Code::PermissionDenied);
        // Viewers may watch.
        WatchLog log;
        auto sub = viewer->watch(
            0, [&](const api::Change &c) { log.add(c); }, [&](const api::Error &e) { log.end(e); });
        QVERIFY2(sub, why(sub).constData());
    }

    void operatorWritesButCannotManageUsers()
    {
        auto op = userWithRole(QStringLiteral("otto"), api::Role::Operator);
        QVERIFY(op);
        auto created = op->create(region(QStringLiteral("Operator's region")));
        QVERIFY2(created, why(created).constData());
        QVERIFY(op->remove(EntityKind::Region, created->id, false));
        auto users = op->listUsers();
        QVERIFY(!users);
        QCOMPARE(users.error().code, Code::PermissionDenied);
        api::User u;
        u.name = QStringLiteral("sneaky");
        u.role = api::Role::Admin;
        auto made = op->createUser(u, QStringLiteral("sneaky-password"));
        QVERIFY(!made);
        QCOMPARE(made.error().code, Code::PermissionDenied);
        auto otherPassword = op->setPassword(QStringLiteral("admin"),
                                             QStringLiteral("hijacked-password"));
        QVERIFY(!otherPassword);
        QCOMPARE(otherPassword.error().code, Code::PermissionDenied);
    }

    void usersChangeTheirOwnPasswordButNotTheirRole()
    {
        auto viewer = userWithRole(QStringLiteral("paula"), api::Role::Viewer);
        QVERIFY(viewer);
        QVERIFY(viewer->setPassword(QStringLiteral("paula"), QStringLiteral("paula-new-password")));
        auto old = newClient()->login(QStringLiteral("paula"), QStringLiteral("password-of-paula"));
        QVERIFY(!old);
        QVERIFY(signedIn(QStringLiteral("paula"), QStringLiteral("paula-new-password")));

        api::User self;
        self.name = QStringLiteral("paula");
        self.displayName = QStringLiteral("Paula P.");
        self.role = api::Role::Admin;
        auto promoted = viewer->updateUser(self);
        QVERIFY(!promoted);
        QCOMPARE(promoted.error().code, Code::PermissionDenied);
        self.role = api::Role::Viewer;
        auto renamed = viewer->updateUser(self);
        QVERIFY2(renamed, why(renamed).constData());
        QCOMPARE(renamed->displayName, QStringLiteral("Paula P."));
        QCOMPARE(renamed->role, api::Role::Viewer);

        auto weak = viewer->setPassword(QStringLiteral("paula"), QStringLiteral("short"));
        QVERIFY(!weak);
        QCOMPARE(weak.error().code, Code::Validation);
        QCOMPARE(weak.error().field, QStringLiteral("password"));
    }

    void adminManagesUsers()
    {
        api::User u;
        u.name = QStringLiteral("dora");
        u.displayName = QStringLiteral("Dora");
        u.role = api::Role::Operator;
        auto created = m_admin->createUser(u, QStringLiteral("password-of-dora"));
        QVERIFY2(created, why(created).constData());
        QCOMPARE(created->role, api::Role::Operator);
        auto dora = signedIn(QStringLiteral("dora"), QStringLiteral("password-of-dora"));
        QVERIFY(dora);

        auto users = m_admin->listUsers();
        QVERIFY2(users, why(users).constData());
        QStringList names;
        for (const api::User &x : std::as_const(*users))
            names << x.name;
        QVERIFY(names.contains(QStringLiteral("admin")));
        QVERIFY(names.contains(QStringLiteral("dora")));

        // Disabling takes effect at once, for open sessions too.
        created->disabled = true;
        created->revision = 0;
        auto disabled = m_admin->updateUser(*created);
        QVERIFY2(disabled, why(disabled).constData());
        QVERIFY(disabled->disabled);
        auto refused = newClient()->login(QStringLiteral("dora"),
                                          QStringLiteral("password-of-dora"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Code::Unauthenticated);
        api::ListQuery q;
        auto openSession = dora->list(q);
        QVERIFY(!openSession);
        QCOMPARE(openSession.error().code, Code::Unauthenticated);

        QVERIFY(m_admin->removeUser(QStringLiteral("dora")));
        auto again = m_admin->removeUser(QStringLiteral("dora"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Code::NotFound);

        // The last admin stays.
        auto self = m_admin->removeUser(QStringLiteral("admin"));
        QVERIFY(!self);
        QCOMPARE(self.error().code, Code::FailedPrecondition);
        api::User demote;
        demote.name = QStringLiteral("admin");
        demote.role = api::Role::Viewer;
        auto demoted = m_admin->updateUser(demote);
        QVERIFY(!demoted);
        QCOMPARE(demoted.error().code, Code::FailedPrecondition);

        api::User bad;
        bad.name = QStringLiteral("Bad Name");
        auto invalid = m_admin->createUser(bad, QStringLiteral("long-enough-password"));
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, Code::Validation);
        QCOMPARE(invalid.error().field, QStringLiteral("name"));
    }

    void expiredTokenIsRejected()
    {
        const api::Error e = expiredSessionError();
        QCOMPARE(e.code, Code::TokenExpired);
        QVERIFY(!e.message.isEmpty());
    }

    void logoutEndsTheSession()
    {
        auto c = signedIn(QStringLiteral("admin"), m_adminPassword);
        QVERIFY(c);
        const QString token = c->token();
        QVERIFY(!token.isEmpty());
        QVERIFY(c->logout());
        QVERIFY(c->token().isEmpty());
        c->setToken(token);
        auto after = c->whoAmI();
        QVERIFY(!after);
        QCOMPARE(after.error().code, Code::Unauthenticated);
    }

    void listPagesTransparently()
    {
        QStringList ids;
        for (int i = 0; i < 23; ++i) {
            auto r = m_admin->create(
                region(QStringLiteral("Paging %1").arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY2(r, why(r).constData());
            ids << r->id;
        }
        api::ListQuery q;
        q.kind = EntityKind::Region;
        q.search = QStringLiteral("paging");
        auto reference = m_admin->list(q);
        QVERIFY2(reference, why(reference).constData());
        QCOMPARE(reference->total, 23);
        QCOMPARE(reference->records.size(), 23);

        m_admin->setListPageSize(5); // five calls of five, the last of three
        auto paged = m_admin->list(q);
        QVERIFY2(paged, why(paged).constData());
        QCOMPARE(paged->total, 23);
        QCOMPARE(paged->records, reference->records);

        q.offset = 4;
        q.limit = 12;
        auto window = m_admin->list(q);
        QVERIFY2(window, why(window).constData());
        QCOMPARE(window->total, 23);
        QCOMPARE(window->records, reference->records.mid(4, 12));
        m_admin->setListPageSize(0);

        q.offset = -1;
        auto negative = m_admin->list(q);
        QVERIFY(!negative);
        QCOMPARE(negative.error().field, QStringLiteral("offset"));
        for (const QString &id : std::as_const(ids))
            QVERIFY(m_admin->remove(EntityKind::Region, id, false));
    }

    void deleteWithChildrenNeedsCascade()
    {
        auto r = m_admin->create(region(QStringLiteral("Parent region")));
        QVERIFY(r);
        auto s = m_admin->create(site(QStringLiteral("Child site"), r->id));
        QVERIFY(s);
        api::Cabinet cab;
        cab.siteId = s->id;
        cab.name = QStringLiteral("Cab 1");
        auto c = m_admin->create(cab.toRecord());
        QVERIFY2(c, why(c).constData());
        auto refused = m_admin->remove(EntityKind::Site, s->id, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Code::FailedPrecondition);
        QVERIFY(m_admin->remove(EntityKind::Site, s->id, true));
        QCOMPARE(m_admin->get(EntityKind::Cabinet, c->id).error().code, Code::NotFound);
        QVERIFY(m_admin->remove(EntityKind::Region, r->id, false));
    }

    void removeDemoData()
    {
        api::Region demo;
        demo.name = QStringLiteral("Demo region");
        demo.demo = true;
        auto d = m_admin->create(demo.toRecord());
        QVERIFY2(d, why(d).constData());
        auto keep = m_admin->create(region(QStringLiteral("Real region")));
        QVERIFY(keep);
        auto removed = m_admin->removeDemoData();
        QVERIFY2(removed, why(removed).constData());
        QVERIFY(*removed >= 1);
        QCOMPARE(m_admin->get(EntityKind::Region, d->id).error().code, Code::NotFound);
        QVERIFY(m_admin->get(EntityKind::Region, keep->id));
        QVERIFY(m_admin->remove(EntityKind::Region, keep->id, false));
    }

    void watchDeliversHistoryThenLiveChangesInOrder()
    {
        // History. The store reports history as it stands: an entity that still exists shows
        // its creation and its updates (with its current fields); one deleted since shows only
        // its deletion.
        auto kept = m_admin->create(region(QStringLiteral("Watched")));
        QVERIFY(kept);
        api::Record patch;
        patch.kind = EntityKind::Region;
        patch.id = kept->id;
        patch.fields[QStringLiteral("description")] = QStringLiteral("first change");
        QVERIFY(m_admin->update(patch));
        auto dropped = m_admin->create(region(QStringLiteral("Dropped")));
        QVERIFY(dropped);
        QVERIFY(m_admin->remove(EntityKind::Region, dropped->id, false));
        api::ListQuery q;
        q.kind = EntityKind::Region;
        q.limit = 1;
        const qint64 historyEnd = m_admin->list(q)->revision;

        WatchLog log;
        auto sub = m_admin->watch(
            0, [&](const api::Change &c) { log.add(c); }, [&](const api::Error &e) { log.end(e); });
        QVERIFY2(sub, why(sub).constData());
        QTRY_VERIFY_WITH_TIMEOUT(!log.snapshot().isEmpty()
                                     && log.snapshot().last().revision >= historyEnd,
                                 20'000);
        QCOMPARE(log.opsOf(kept->id),
                 (QStringList{QStringLiteral("created"), QStringLiteral("updated")}));
        QCOMPARE(log.opsOf(dropped->id), QStringList{QStringLiteral("deleted")});
        const auto deletions = log.snapshot();
        for (const api::Change &c : deletions)
            if (c.id == dropped->id)
                QCOMPARE(c.kind, EntityKind::Region);

        // Live: each change arrives while we watch, in order.
        auto live = m_admin->create(region(QStringLiteral("Live")));
        QVERIFY(live);
        QTRY_COMPARE_WITH_TIMEOUT(log.opsOf(live->id), QStringList{QStringLiteral("created")},
                                  20'000);
        patch.id = live->id;
        patch.fields[QStringLiteral("description")] = QStringLiteral("live change");
        auto liveUpdated = m_admin->update(patch);
        QVERIFY(liveUpdated);
        QTRY_COMPARE_WITH_TIMEOUT(log.opsOf(live->id).size(), 2, 20'000);
        QVERIFY(m_admin->remove(EntityKind::Region, live->id, false));
        QTRY_COMPARE_WITH_TIMEOUT(log.opsOf(live->id).size(), 3, 20'000);
        QCOMPARE(log.opsOf(live->id),
                 (QStringList{QStringLiteral("created"), QStringLiteral("updated"),
                              QStringLiteral("deleted")}));

        const QList<api::Change> all = log.snapshot();
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY2(all[i].revision >= all[i - 1].revision, "changes arrived out of order");
        bool sawUpdate = false;
        for (const api::Change &c : all) {
            if (c.id == live->id && c.op == api::ChangeOp::Updated) {
                QCOMPARE(c.record.fields.value(QStringLiteral("description")).toString(),
                         QStringLiteral("live change"));
                QCOMPARE(c.record.name(), QStringLiteral("Live"));
                QCOMPARE(c.revision, liveUpdated->revision);
                sawUpdate = true;
            }
        }
        QVERIFY(sawUpdate);
        QCOMPARE(log.endCount(), 0);
        sub->reset();
        QCOMPARE(log.endCount(), 0); // destroying the subscription is not an "end"
        QVERIFY(m_admin->remove(EntityKind::Region, kept->id, false));
    }

    void watchFromARevisionSkipsOlderChanges()
    {
        auto before = m_admin->create(region(QStringLiteral("Before")));
        QVERIFY(before);
        WatchLog log;
        auto sub = m_admin->watch(
            before->revision, [&](const api::Change &c) { log.add(c); },
            [&](const api::Error &e) { log.end(e); });
        QVERIFY(sub);
        auto after = m_admin->create(region(QStringLiteral("After")));
        QVERIFY(after);
        QTRY_COMPARE_WITH_TIMEOUT(log.opsOf(after->id).size(), 1, 20'000);
        QVERIFY(log.opsOf(before->id).isEmpty());
        for (const api::Change &c : log.snapshot())
            QVERIFY(c.revision > before->revision);
        sub->reset();
        QVERIFY(m_admin->remove(EntityKind::Region, before->id, false));
        QVERIFY(m_admin->remove(EntityKind::Region, after->id, false));
    }

    void subscriptionStopsCallbacksWhenDestroyed()
    {
        std::atomic<bool> destroyed{false};
        std::atomic<bool> lateCallback{false};
        std::atomic<int> seen{0};
        auto sub = m_admin->watch(
            0,
            [&](const api::Change &) {
                if (destroyed)
                    lateCallback = true;
                ++seen;
            },
            [&](const api::Error &) {
                if (destroyed)
                    lateCallback = true;
            });
        QVERIFY(sub);
        // Changes keep coming from another thread while the subscription goes away.
        std::atomic<bool> stopWriter{false};
        auto writerClient = signedIn(QStringLiteral("admin"), m_adminPassword);
        QVERIFY(writerClient);
        std::thread writer([&] {
            for (int i = 0; !stopWriter && i < 200; ++i) {
                auto r = writerClient->create(region(QStringLiteral("Churn %1").arg(i)));
                if (r)
                    writerClient->remove(EntityKind::Region, r->id, false);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(seen > 0, 20'000);
        sub->reset();
        destroyed = true;
        QTest::qWait(300);
        stopWriter = true;
        writer.join();
        QVERIFY(!lateCallback);
    }

    void subscriptionMayBeDestroyedFromItsCallback()
    {
        std::mutex mutex;
        std::unique_ptr<api::Subscription> held;
        std::atomic<bool> released{false};
        auto sub = m_admin->watch(
            0,
            [&](const api::Change &) {
                std::lock_guard lock(mutex);
                if (held) {
                    held.reset(); // from inside the callback
                    released = true;
                }
            },
            [](const api::Error &) {});
        QVERIFY(sub);
        {
            std::lock_guard lock(mutex);
            held = std::move(*sub);
        }
        auto r = m_admin->create(region(QStringLiteral("Trigger")));
        QVERIFY(r);
        QTRY_VERIFY_WITH_TIMEOUT(released, 20'000);
        QVERIFY(m_admin->remove(EntityKind::Region, r->id, false));
    }

    void healthNeedsNoTokenAndRevealsLittle()
    {
        auto anonymous = newClient();
        auto h = anonymous->health();
        QVERIFY2(h, why(h).constData());
        QCOMPARE(h->status, QStringLiteral("serving"));
        QVERIFY(!h->version.isEmpty());
        QVERIFY(h->revision > 0);
        QVERIFY(h->replicaId.isEmpty());
        QVERIFY(h->storeKind.isEmpty());
        auto full = m_admin->health();
        QVERIFY2(full, why(full).constData());
        QVERIFY(!full->replicaId.isEmpty());
        QCOMPARE(full->storeKind, QStringLiteral("sqlite"));
    }
};

// ---- (a) the embedded hub through its in-process channel --------------------------------------

class InProcessHubTest : public HubApiSuite {
    Q_OBJECT

protected:
    void startHub() override
    {
        QVERIFY(m_dir.isValid());
        hub::HubOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("hub"));
        options.clock = &m_clock;
        auto opened = hub::Hub::open(options);
        QVERIFY2(opened, why(opened).constData());
        m_hub = std::move(*opened);
        m_adminPassword = m_hub->generatedAdminPassword();
    }
    void stopHub() override { m_hub.reset(); }
    std::unique_ptr<client::Client> newClient() override
    {
        return std::make_unique<client::Client>(m_hub->inProcessChannel());
    }
    api::Error expiredSessionError() override
    {
        auto c = signedIn(QStringLiteral("admin"), m_adminPassword);
        if (!c)
            return {};
        if (!c->whoAmI())
            return {};
        m_clock.advance(12LL * 3600 * 1000 + 1);
        auto r = c->whoAmI();
        m_clock.advance(1); // keep later sessions in the future of the expired one
        // The admin's own session was opened before the jump and has expired too.
        m_admin = signedIn(QStringLiteral("admin"), m_adminPassword);
        return r ? api::Error{} : r.error();
    }

private Q_SLOTS:
    void embeddedHubHasNoListenerButACa()
    {
        QVERIFY(m_hub->listenAddress().isEmpty());
        QVERIFY(QFile::exists(m_hub->caCertificatePath()));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("hub/edge.db"))));
        QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("hub/ca.key")))
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void localSessionNeedsNoPassword()
    {
        auto session = m_hub->localSession();
        QVERIFY2(session, why(session).constData());
        QCOMPARE(session->role, api::Role::Admin);
        auto c = newClient();
        c->setToken(session->token);
        auto me = c->whoAmI();
        QVERIFY2(me, why(me).constData());
        QCOMPARE(me->userName, QStringLiteral("admin"));
    }

    void shutdownEndsWatchStreams()
    {
        QTemporaryDir dir;
        hub::HubOptions options;
        options.dataDir = dir.filePath(QStringLiteral("second"));
        auto opened = hub::Hub::open(options);
        QVERIFY2(opened, why(opened).constData());
        auto session = (*opened)->localSession();
        QVERIFY(session);
        client::Client c((*opened)->inProcessChannel());
        c.setToken(session->token);
        WatchLog log;
        auto sub = c.watch(
            0, [&](const api::Change &ch) { log.add(ch); },
            [&](const api::Error &e) { log.end(e); });
        QVERIFY(sub);
        (*opened)->shutdown();
        QTRY_COMPARE_WITH_TIMEOUT(log.endCount(), 1, 20'000);
        {
            std::lock_guard lock(log.mutex);
            QCOMPARE(log.ends.first().code, Code::Unavailable);
        }
        sub->reset();
        opened->reset();
        // A second hub on the same directory keeps the first one's CA and admin.
        auto reopened = hub::Hub::open(options);
        QVERIFY(reopened);
        QVERIFY((*reopened)->generatedAdminPassword().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    api::ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<hub::Hub> m_hub;
};

// ---- (b) a real edge-hub process over TLS ---------------------------------------------------

class ProcessHubTest : public HubApiSuite {
    Q_OBJECT

protected:
    void startHub() override
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_hub.start(m_dir.filePath(QStringLiteral("main")), {}, &error), qPrintable(error));
        m_adminPassword = m_hub.generatedPassword();
    }
    void stopHub() override { QCOMPARE(m_hub.stop(), 0); }
    std::unique_ptr<client::Client> newClient() override { return clientFor(m_hub); }

    static std::unique_ptr<client::Client> clientFor(const testing::HubProcess &hub,
                                                     const QString &caPath = {})
    {
        auto channel = client::Client::secureChannel(hub.address(),
                                                     caPath.isEmpty() ? hub.caPath() : caPath);
        if (!channel) {
            qWarning().noquote() << "secureChannel failed:" << codeText(channel.error());
            return nullptr;
        }
        auto c = std::make_unique<client::Client>(*channel, hub.address());
        c->setCallTimeout(std::chrono::seconds(20));
        return c;
    }

    api::Error expiredSessionError() override
    {
        testing::HubProcess shortLived;
        QString error;
        if (!shortLived.start(m_dir.filePath(QStringLiteral("short-ttl")),
                              {QStringLiteral("--session-ttl"), QStringLiteral("1")}, &error)) {
            qWarning().noquote() << error;
            return {};
        }
        auto c = clientFor(shortLived);
        if (!c || !c->login(QStringLiteral("admin"), shortLived.generatedPassword()))
            return {};
        QTest::qWait(2100);
        auto r = c->whoAmI();
        shortLived.stop();
        return r ? api::Error{} : r.error();
    }

private Q_SLOTS:
    void tlsWithAWrongCaFails()
    {
        QTemporaryDir otherDir;
        auto other = hub::CertificateAuthority::openOrCreate(otherDir.path());
        QVERIFY(other);
        auto c = clientFor(m_hub, (*other)->certificatePath());
        QVERIFY(c);
        c->setCallTimeout(std::chrono::seconds(10));
        auto h = c->health();
        QVERIFY(!h);
        QCOMPARE(h.error().code, Code::Unavailable);
        QVERIFY2(h.error().message.contains(m_hub.address()), qPrintable(h.error().message));
        auto login = c->login(QStringLiteral("admin"), m_adminPassword);
        QVERIFY(!login);
    }

    void plaintextConnectionFails()
    {
        client::Client c(grpc::CreateChannel(m_hub.address().toStdString(),
                                             grpc::InsecureChannelCredentials()),
                         m_hub.address());
        c.setCallTimeout(std::chrono::seconds(10));
        auto h = c.health();
        QVERIFY(!h);
        QVERIFY2(h.error().code == Code::Unavailable || h.error().code == Code::DeadlineExceeded
                     || h.error().code == Code::Rpc,
                 why(h).constData());
        auto login = c.login(QStringLiteral("admin"), m_adminPassword);
        QVERIFY(!login);
    }

    void unreachableHubIsReportedReadably()
    {
        // A port nobody listens on (the hub's port after it has stopped).
        testing::HubProcess gone;
        QString error;
        QVERIFY2(gone.start(m_dir.filePath(QStringLiteral("gone")), {}, &error), qPrintable(error));
        const QString address = gone.address();
        const QString ca = gone.caPath();
        QCOMPARE(gone.stop(), 0);
        auto channel = client::Client::secureChannel(address, ca);
        QVERIFY(channel);
        client::Client c(*channel, address);
        c.setCallTimeout(std::chrono::seconds(10));
        auto h = c.health();
        QVERIFY(!h);
        QCOMPARE(h.error().code, Code::Unavailable);
        QVERIFY2(h.error().message.startsWith(QStringLiteral("Cannot reach the hub at ") + address),
                 qPrintable(h.error().message));
    }

    void badAddressesAndCaFilesAreRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("goodCa");
        QTest::addColumn<QString>("field");
        QTest::newRow("no port") << QStringLiteral("localhost") << true
                                 << QStringLiteral("address");
        QTest::newRow("port out of range")
            << QStringLiteral("localhost:70000") << true << QStringLiteral("address");
        QTest::newRow("missing CA file")
            << QStringLiteral("localhost:7443") << false << QStringLiteral("ca");
    }

    void badAddressesAndCaFilesAreRefused()
    {
        QFETCH(QString, address);
        QFETCH(bool, goodCa);
        QFETCH(QString, field);
        auto channel = client::Client::secureChannel(address,
                                                     goodCa ? m_hub.caPath()
                                                            : m_dir.filePath(
                                                                QStringLiteral("no-such-ca.pem")));
        QVERIFY(!channel);
        QCOMPARE(channel.error().field, field);
        QVERIFY(!channel.error().message.isEmpty());
    }

    void generatedPasswordIsPrintedOnceAndCaIsKept()
    {
        const QString dir = m_dir.filePath(QStringLiteral("restart"));
        testing::HubProcess hub;
        QString error;
        QVERIFY2(hub.start(dir, {}, &error), qPrintable(error));
        const QString password = hub.generatedPassword();
        QVERIFY(!password.isEmpty());
        QCOMPARE(QString::fromUtf8(hub.standardOutput()).count(password), 1);
        QFile caPem(hub.caPath());
        QVERIFY(caPem.open(QIODevice::ReadOnly));
        const QByteArray ca = caPem.readAll();
        caPem.close();
        QFile caKey(QDir(dir).filePath(QStringLiteral("ca.key")));
        QVERIFY(caKey.open(QIODevice::ReadOnly));
        const QByteArray key = caKey.readAll();
        caKey.close();
        QCOMPARE(QFile::permissions(caKey.fileName())
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(hub.stop(), 0);

        QVERIFY2(hub.start(dir, {}, &error), qPrintable(error));
        QVERIFY(hub.generatedPassword().isEmpty());
        QVERIFY(!QString::fromUtf8(hub.standardOutput()).contains(QStringLiteral("password")));
        QVERIFY(caPem.open(QIODevice::ReadOnly));
        QCOMPARE(caPem.readAll(), ca);
        QVERIFY(caKey.open(QIODevice::ReadOnly));
        QCOMPARE(caKey.readAll(), key);
        // The password printed on the first start still signs in, over TLS with the same CA.
        auto c = clientFor(hub);
        QVERIFY(c);
        auto session = c->login(QStringLiteral("admin"), password);
        QVERIFY2(session, why(session).constData());
        QCOMPARE(hub.stop(), 0);
        // The password is never written to the hub's log.
        QVERIFY(!hub.log().contains(password));
    }

    void existingCaIsNeverReplaced()
    {
        const QString dir = m_dir.filePath(QStringLiteral("lost-key"));
        testing::HubProcess hub;
        QString error;
        QVERIFY2(hub.start(dir, {}, &error), qPrintable(error));
        QCOMPARE(hub.stop(), 0);
        QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("ca.key"))));
        QFile caPem(QDir(dir).filePath(QStringLiteral("ca.pem")));
        QVERIFY(caPem.open(QIODevice::ReadOnly));
        const QByteArray ca = caPem.readAll();
        caPem.close();
        QByteArray out, err;
        const int rc = testing::HubProcess::runToEnd({QStringLiteral("--data"), dir,
                                                      QStringLiteral("--listen"),
                                                      QStringLiteral("127.0.0.1:0")},
                                                     &out, &err);
        QCOMPARE(rc, 1);
        QVERIFY2(err.contains("ca.key"), err.constData());
        QVERIFY(caPem.open(QIODevice::ReadOnly));
        QCOMPARE(caPem.readAll(), ca);
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("ca.key"))));
    }

    void extraSubjectAltNamesRenewTheServerCertificate()
    {
        const QString dir = m_dir.filePath(QStringLiteral("san"));
        testing::HubProcess hub;
        QString error;
        QVERIFY2(hub.start(dir,
                           {QStringLiteral("--san"), QStringLiteral("hub.example.net"),
                            QStringLiteral("--san"), QStringLiteral("10.1.2.3")},
                           &error),
                 qPrintable(error));
        QCOMPARE(hub.stop(), 0);
        auto ca = hub::CertificateAuthority::openOrCreate(dir);
        QVERIFY(ca);
        QFile pem(QDir(dir).filePath(QStringLiteral("server.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        auto info = (*ca)->inspect(pem.readAll());
        QVERIFY(info);
        QVERIFY(info->issuedByThisCa);
        QVERIFY(info->dnsNames.contains(QStringLiteral("hub.example.net")));
        QVERIFY(info->dnsNames.contains(QStringLiteral("localhost")));
        QVERIFY(info->ipAddresses.contains(QStringLiteral("10.1.2.3")));
        QVERIFY(info->ipAddresses.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(info->ipAddresses.contains(QStringLiteral("::1")));
    }

    void portInUseIsReported()
    {
        // SO_REUSEPORT is off: a second hub on a taken port fails instead of sharing it.
        QByteArray out, err;
        const int rc = testing::HubProcess::runToEnd({QStringLiteral("--data"),
                                                      m_dir.filePath(QStringLiteral("port-taken")),
                                                      QStringLiteral("--listen"), m_hub.address()},
                                                     &out, &err);
        QCOMPARE(rc, 1);
        QVERIFY2(err.contains(m_hub.address().toUtf8()), err.constData());
        QVERIFY(!out.contains("listening on"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("no listen")
            << QStringList{QStringLiteral("--data"), QStringLiteral("/tmp/x")};
        QTest::newRow("bad ttl") << QStringList{QStringLiteral("--data"),
                                                QStringLiteral("/tmp/x"),
                                                QStringLiteral("--listen"),
                                                QStringLiteral("127.0.0.1:0"),
                                                QStringLiteral("--session-ttl"),
                                                QStringLiteral("soon")};
        QTest::newRow("bad listen")
            << QStringList{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("usage")),
                           QStringLiteral("--listen"), QStringLiteral("nowhere")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("bad san") << QStringList{QStringLiteral("--data"),
                                                m_dir.filePath(QStringLiteral("usage")),
                                                QStringLiteral("--listen"),
                                                QStringLiteral("127.0.0.1:0"),
                                                QStringLiteral("--san"),
                                                QStringLiteral("not a name")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QByteArray out, err;
        QCOMPARE(testing::HubProcess::runToEnd(args, &out, &err), 2);
        QVERIFY2(!err.isEmpty(), "a usage error must say what is wrong");
        QVERIFY(out.isEmpty());
        // Nothing was created for a command line that cannot work.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("usage"))));
    }

    void helpAndVersionExitWithZero()
    {
        QByteArray out;
        QCOMPARE(testing::HubProcess::runToEnd({QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains("--listen"));
        QVERIFY(out.contains("--session-ttl"));
        QCOMPARE(testing::HubProcess::runToEnd({QStringLiteral("--version")}, &out), 0);
        QVERIFY(out.contains("edge-hub"));
    }

    void sigtermEndsWatchStreamsAndExitsCleanly()
    {
        testing::HubProcess hub;
        QString error;
        QVERIFY2(hub.start(m_dir.filePath(QStringLiteral("sigterm")), {}, &error),
                 qPrintable(error));
        auto c = clientFor(hub);
        QVERIFY(c);
        QVERIFY(c->login(QStringLiteral("admin"), hub.generatedPassword()));
        WatchLog log;
        auto sub = c->watch(
            0, [&](const api::Change &ch) { log.add(ch); },
            [&](const api::Error &e) { log.end(e); });
        QVERIFY(sub);
        QCOMPARE(hub.stop(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(log.endCount(), 1, 20'000);
        sub->reset();
    }

private:
    QTemporaryDir m_dir;
    testing::HubProcess m_hub;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        InProcessHubTest inProcess;
        status |= QTest::qExec(&inProcess, argc, argv);
    }
    {
        ProcessHubTest process;
        status |= QTest::qExec(&process, argc, argv);
    }
    return status;
}

#include "tst_hubapi.moc"
