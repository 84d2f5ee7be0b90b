// The user's limit sets as LimitSet records (issue 4) over a real embedded hub (in-process gRPC,
// SQLite store): versions are kept and the newest wins, a version that is not newer is refused, a
// record whose JSON is malformed is refused naming line and column, and a survey loaded with
// survey::loadSurvey is checked against the user's version.
#include "backend/api/limitsetrecord.h"
#include "backend/client/client.h"
#include "backend/hub/hub.h"
#include "backend/survey/profiles.h"
#include "backend/survey/surveystore.h"
#include "backend/survey/userlimits.h"

#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace edge;

class TestUserLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void versionsAreKeptAndTheNewestWins();
    void notNewerIsRefused();
    void malformedJsonIsRefusedWithLineAndColumn();
    void mismatchedIdOrVersionIsRefused();
    void everyDomainIsHandled();
    void loadSurveyUsesTheUserVersion();

private:
    static api::LimitSet ashraeWithMax(int version, double max)
    {
        auto set = survey::findSet(survey::shippedLimitSets(),
                                   QStringLiteral("ashrae-2021-recommended"));
        EC_ASSERT(set.has_value(), return {});
        set->version = version;
        for (api::LimitEntry &e : set->entries)
            if (e.key == u"drybulb")
                e.limit.max = max;
        return *set;
    }
    static double drybulbMax(const QList<api::LimitSet> &sets)
    {
        auto set = survey::findSet(sets, QStringLiteral("ashrae-2021-recommended"));
        if (!set)
            return -1;
        const api::LimitEntry *e = set->find(QStringLiteral("drybulb"));
        return e && e->limit.max ? *e->limit.max : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<client::Client> m_client;
};

void TestUserLimits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    hub::HubOptions options;
    options.dataDir = m_dir->path();
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_hub = std::move(*opened);
    auto session = m_hub->localSession();
    QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
    m_client = std::make_shared<client::Client>(m_hub->inProcessChannel());
    m_client->setToken(session->token);
}

void TestUserLimits::cleanup()
{
    m_client.reset();
    m_hub.reset();
    m_dir.reset();
}

void TestUserLimits::versionsAreKeptAndTheNewestWins()
{
    QCOMPARE(survey::currentLimitSetVersion(QStringLiteral("ashrae-2021-recommended"), {}), 1);
    auto v2 = survey::storeLimitSetVersion(*m_client, ashraeWithMax(2, 29), QStringLiteral("ann"),
                                           QStringLiteral("first edit"));
    QVERIFY2(v2, qPrintable(v2 ? QString() : v2.error().toString()));
    QCOMPARE(v2->name, QStringLiteral("ashrae-2021-recommended v2"));
    QCOMPARE(v2->author, QStringLiteral("ann"));
    auto v3 = survey::storeLimitSetVersion(*m_client, ashraeWithMax(3, 31), QStringLiteral("bob"));
    QVERIFY2(v3, qPrintable(v3 ? QString() : v3.error().toString()));

    auto records = survey::loadLimitSetRecords(*m_client);
    QVERIFY(records);
    QCOMPARE(records->size(), 2); // both versions kept
    QCOMPARE(records->at(0).version, 2);
    QCOMPARE(records->at(1).version, 3);
    QCOMPARE(survey::currentLimitSetVersion(QStringLiteral("ashrae-2021-recommended"), *records), 3);
    const survey::EffectiveLimits limits = survey::effectiveLimits(*m_client);
    QVERIFY2(limits.problems.isEmpty(), qPrintable(limits.problems.join(u'\n')));
    QCOMPARE(drybulbMax(limits.thermalSets), 31.0);
    // The other shipped profiles and the site facts are still there.
    QVERIFY(survey::findSet(limits.thermalSets, QStringLiteral("ashrae-2021-a1")));
    QVERIFY(survey::findSet(limits.thermalSets, QLatin1String(survey::kSiteFactsSetId)));
    QVERIFY(limits.noiseSets.isEmpty()); // no user noise set: the evaluation uses the shipped
}

void TestUserLimits::notNewerIsRefused()
{
    QVERIFY(survey::storeLimitSetVersion(*m_client, ashraeWithMax(2, 29), {}));
    for (int v : {2, 1}) {
        auto again = survey::storeLimitSetVersion(*m_client, ashraeWithMax(v, 35), {});
        QVERIFY(!again);
        QCOMPARE(again.error().code, api::Code::Conflict);
        QVERIFY2(again.error().message.contains(QStringLiteral("already at version 2")),
                 qPrintable(again.error().message));
    }
    // Storing the same version directly (bypassing the check) hits the unique name.
    auto dup = m_client->create(
        api::limitSetRecordFor(ashraeWithMax(2, 40), QStringLiteral("eve")).toRecord());
    QVERIFY(!dup);
    auto records = survey::loadLimitSetRecords(*m_client);
    QVERIFY(records);
    QCOMPARE(records->size(), 1);
    QCOMPARE(drybulbMax(survey::effectiveLimits(*records).thermalSets), 29.0);
}

void TestUserLimits::malformedJsonIsRefusedWithLineAndColumn()
{
    api::LimitSetRecord r = api::limitSetRecordFor(ashraeWithMax(2, 29), {});
    r.json = QStringLiteral("{\n  \"id\": \"ashrae-2021-recommended\",\n  \"version\": 2\n"
                            "  \"entries\": []\n}\n");
    const auto local = api::validate(r);
    QVERIFY(!local);
    QCOMPARE(local.error().field, QStringLiteral("json"));
    QVERIFY2(local.error().message.contains(QStringLiteral("line 4 column")),
             qPrintable(local.error().message));
    // The hub refuses it too (every front end, also a remote one).
    auto created = m_client->create(r.toRecord());
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(QStringLiteral("line 4 column")),
             qPrintable(created.error().toString()));
    // A well-formed set with a bad entry names the entry.
    r.json = QStringLiteral(
        "{\"id\": \"ashrae-2021-recommended\", \"version\": 2, \"category\": \"temperature\", "
        "\"entries\": [{\"key\": \"drybulb\", \"max\": \"hot\", \"unit\": \"°C\"}]}");
    const auto entry = api::validate(r);
    QVERIFY(!entry);
    QVERIFY2(entry.error().message.contains(QStringLiteral("drybulb")),
             qPrintable(entry.error().message));
    auto records = survey::loadLimitSetRecords(*m_client);
    QVERIFY(records);
    QVERIFY(records->isEmpty());
}

void TestUserLimits::mismatchedIdOrVersionIsRefused()
{
    api::LimitSetRecord r = api::limitSetRecordFor(ashraeWithMax(2, 29), {});
    r.setId = QStringLiteral("ashrae-2021-a1");
    r.name = api::limitSetRecordName(r.setId, r.version);
    auto v = api::validate(r);
    QVERIFY(!v);
    QVERIFY2(v.error().message.contains(QStringLiteral("ashrae-2021-recommended")),
             qPrintable(v.error().message));
    r = api::limitSetRecordFor(ashraeWithMax(2, 29), {});
    r.version = 3;
    r.name = api::limitSetRecordName(r.setId, 3);
    v = api::validate(r);
    QVERIFY(!v);
    QCOMPARE(v.error().field, QStringLiteral("json"));
}

void TestUserLimits::everyDomainIsHandled()
{
    const QList<api::LimitSet> shipped = survey::allShippedLimitSets();
    // Temperature profiles, site facts, noise and distance sets are all listed, by domain.
    std::map<survey::LimitDomain, int> count;
    for (const api::LimitSet &s : shipped)
        ++count[survey::limitDomainOf(s)];
    QVERIFY(count[survey::LimitDomain::Thermal] >= 5);
    QCOMPARE(count[survey::LimitDomain::SiteFacts], 1);
    QVERIFY(count[survey::LimitDomain::Noise] >= 2);
    QCOMPARE(count[survey::LimitDomain::Distance], 1);
    QCOMPARE(count[survey::LimitDomain::Other], 0);

    // A user's noise set and distance set reach the evaluation inputs.
    auto noise = survey::findSet(shipped, QStringLiteral("gb3096-2008"));
    QVERIFY(noise);
    noise->version += 1;
    noise->entries.first().limit.max = *noise->entries.first().limit.max + 10;
    auto stored = survey::storeLimitSetVersion(*m_client, *noise, {});
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
    auto distance = survey::findSet(shipped, QStringLiteral("gb50174-2017-site"));
    QVERIFY(distance);
    distance->version += 1;
    stored = survey::storeLimitSetVersion(*m_client, *distance, {});
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));

    const survey::EffectiveLimits limits = survey::effectiveLimits(*m_client);
    QVERIFY2(limits.problems.isEmpty(), qPrintable(limits.problems.join(u'\n')));
    QVERIFY(limits.thermalSets.isEmpty()); // none of the user's: the shipped ones
    auto merged = survey::findSet(limits.noiseSets, QStringLiteral("gb3096-2008"));
    QVERIFY(merged);
    QCOMPARE(merged->version, noise->version);
    QCOMPARE(merged->entries.first().limit.max, noise->entries.first().limit.max);
    QVERIFY(survey::findSet(limits.noiseSets, QStringLiteral("gb12348-2008"))); // shipped kept
    QCOMPARE(limits.userRules.size(), distance->entries.size());
    QVERIFY(std::all_of(limits.userRules.cbegin(), limits.userRules.cend(),
                        [](const geo::DistanceRule &r) { return r.user; }));
}

void TestUserLimits::loadSurveyUsesTheUserVersion()
{
    api::Site site;
    site.name = QStringLiteral("Edge room");
    site.kind = api::SiteKind::CabinetSite;
    auto createdSite = m_client->create(site.toRecord());
    QVERIFY2(createdSite, qPrintable(createdSite ? QString() : createdSite.error().toString()));
    api::Survey s;
    s.siteId = createdSite->id;
    s.name = QStringLiteral("Hot room");
    s.thermalProfile = QStringLiteral("ashrae-2021-recommended");
    auto createdSurvey = m_client->create(s.toRecord());
    QVERIFY2(createdSurvey,
             qPrintable(createdSurvey ? QString() : createdSurvey.error().toString()));
    auto surveyRecord = api::Survey::fromRecord(*createdSurvey);
    QVERIFY(surveyRecord);
    QList<survey::Reading> readings;
    const qint64 t0 = 1'763'632'800'000;
    int i = 0;
    for (double t : {24.0, 25.0, 26.0, 27.0, 28.0, 28.5}) {
        survey::Reading r;
        r.timestampMs = t0 + qint64(i++) * 600'000;
        r.temperatureC = t;
        readings << r;
    }
    survey::NewItem item;
    item.kind = api::SurveyItemKind::Readings;
    item.payload = survey::readingsPayload(readings);
    QVERIFY(survey::addSurveyItem(*m_client, *surveyRecord, item));

    const auto verdictOfMax = [&]() -> QString {
        auto data = survey::loadSurvey(*m_client, surveyRecord->id);
        if (!data)
            return data.error().message;
        for (const api::Check &c : data->evaluate().checks)
            if (c.id == u"temperature.max")
                return api::checkResultName(c.result);
        return QStringLiteral("none");
    };
    QCOMPARE(verdictOfMax(), QStringLiteral("fail"));
    QVERIFY(survey::storeLimitSetVersion(*m_client, ashraeWithMax(2, 30), {}));
    QCOMPARE(verdictOfMax(), QStringLiteral("pass"));
    // Reverting is a new version equal to the shipped values.
    QVERIFY(survey::storeLimitSetVersion(*m_client, ashraeWithMax(3, 27), {}));
    QCOMPARE(verdictOfMax(), QStringLiteral("fail"));
}

QTEST_GUILESS_MAIN(TestUserLimits)
#include "tst_userlimits.moc"
