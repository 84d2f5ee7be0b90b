// A survey's items become checks in one place: payloads round-trip, every noise measurement is
// checked on its own, hazards need a position, unreadable items are reported, never skipped
// silently.

#include "backend/survey/surveyevaluation.h"

#include <QCryptographicHash>
#include <QHash>
#include <QTest>

using namespace edge;
using namespace edge::survey;

namespace {

api::SurveyItem item(api::SurveyItemKind kind, const QString &name, const QString &payload,
                     qint64 taken = 1000)
{
    api::SurveyItem i;
    i.surveyId = QStringLiteral("s");
    i.kind = kind;
    i.name = name;
    i.payload = payload;
    i.takenAtMs = taken;
    return i;
}

const api::Check *find(const SurveyEvaluation &e, const QString &id)
{
    for (const api::Check &c : e.checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

class TestSurveyEvaluation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Photos (issue 5): the JPEG as an attachment, the payload keeps its digest and a thumbnail;
    // payloads written before, with the JPEG inline, still read.
    void photoPayloads()
    {
        // An in-memory attachment store, so a damaged attachment can be simulated.
        class MemoryAttachments final : public api::Attachments {
        public:
            api::Result<api::BlobInfo> putAttachment(const QByteArray &content,
                                                     const QString &mediaType) override
            {
                api::BlobInfo info;
                info.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                info.size = content.size();
                info.mediaType = mediaType;
                info.complete = true;
                blobs.insert(info.sha256, content);
                return info;
            }
            api::Result<QByteArray> attachment(const QString &sha256) override
            {
                if (!blobs.contains(sha256))
                    return api::fail(api::Code::NotFound, QStringLiteral("no such blob"));
                return blobs.value(sha256);
            }
            QHash<QString, QByteArray> blobs;
        };

        const QByteArray jpeg("\xff\xd8 pretend jpeg bytes \xff\xd9");
        // Before issue 5: the bytes inline.
        const QString legacy =
            QStringLiteral("{\"file\":\"a.jpg\",\"caption\":\"c\",\"sha256\":\"%1\",\"width\":4,"
                           "\"height\":3,\"jpeg\":\"%2\"}")
                .arg(QString(64, QLatin1Char('a')), QString::fromLatin1(jpeg.toBase64()));
        auto old = photoFromPayload(legacy);
        QVERIFY2(old, old ? "" : qPrintable(old.error().message));
        QCOMPARE(old->jpeg, jpeg);
        QVERIFY(old->attachmentSha256.isEmpty());
        QCOMPARE(photoJpeg(*old, nullptr).value(), jpeg);

        MemoryAttachments store;
        PhotoItem photo = *old;
        auto put = store.putAttachment(photo.jpeg, QStringLiteral("image/jpeg"));
        photo.attachmentSha256 = put->sha256;
        photo.attachmentSize = put->size;
        photo.mediaType = QStringLiteral("image/jpeg");
        photo.thumbnail = QByteArray("thumb");
        photo.jpeg.clear();
        const QString payload = photoPayload(photo);
        QVERIFY(!payload.contains(QStringLiteral("\"jpeg\"")));
        QVERIFY(payload.contains(put->sha256));
        auto back = photoFromPayload(payload);
        QVERIFY(back);
        QCOMPARE(back->attachmentSha256, put->sha256);
        QCOMPARE(back->attachmentSize, qint64(jpeg.size()));
        QCOMPARE(back->mediaType, QStringLiteral("image/jpeg"));
        QCOMPARE(back->thumbnail, QByteArray("thumb"));
        QCOMPARE(back->sha256, QString(64, QLatin1Char('a'))); // the original's digest stays
        QVERIFY(back->jpeg.isEmpty());
        QCOMPARE(photoJpeg(*back, &store).value(), jpeg);
        // Not readable here (no attachments, or not synced yet): NotFound, never a crash.
        QCOMPARE(photoJpeg(*back, nullptr).error().code, api::Code::NotFound);
        MemoryAttachments empty;
        QCOMPARE(photoJpeg(*back, &empty).error().code, api::Code::NotFound);
        // Bytes that do not match the digest are refused.
        store.blobs[put->sha256] = QByteArray("other bytes");
        QCOMPARE(photoJpeg(*back, &store).error().code, api::Code::ImageIntegrity);
        // Neither inline bytes nor an attachment: malformed.
        QVERIFY(!photoFromPayload(QStringLiteral("{\"file\":\"x.jpg\"}")));
    }

    void readingsRoundTrip()
    {
        QList<Reading> in{{2000, 21.5, 40.0, QStringLiteral("a")},
                          {1000, 20.0, std::nullopt, QStringLiteral("b")}};
        auto out = readingsFromPayload(readingsPayload(in));
        QVERIFY(out);
        QCOMPARE(out->size(), 2);
        QCOMPARE(out->first().timestampMs, qint64(1000)); // sorted
        QVERIFY(!out->first().humidityRH);
        QCOMPARE(*out->last().humidityRH, 40.0);
        QVERIFY(!readingsFromPayload(QStringLiteral("{\"readings\": [[1, \"x\"]]}")));
        QVERIFY(!readingsFromPayload(QStringLiteral("[]")));
    }
    void noiseRoundTrip()
    {
        NoiseItem n;
        n.levels.laeq = 54.2;
        n.levels.lceq = 55;
        n.levels.lzeq = 56;
        n.levels.lcpeak = 70;
        n.levels.lafMax = 60;
        n.levels.durationS = 3;
        n.levels.calibrated = true;
        n.period = acoustics::Period::Night;
        n.nightEvents = acoustics::NightEvents::Frequent;
        n.nearSensitiveBuilding = true;
        auto back = noiseFromPayload(noisePayload(n));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->levels.laeq, 54.2);
        QCOMPARE(*back->levels.lafMax, 60.0);
        QVERIFY(!back->levels.la10);
        QVERIFY(back->levels.calibrated);
        QCOMPARE(back->period, acoustics::Period::Night);
        QCOMPARE(back->nightEvents, acoustics::NightEvents::Frequent);
        QVERIFY(back->nearSensitiveBuilding);
    }
    void everythingBecomesChecks()
    {
        EvaluationInputs in;
        in.survey.name = QStringLiteral("S");
        in.survey.siteId = QStringLiteral("site");
        in.survey.siteClass = QStringLiteral("B");
        in.survey.noiseZone = QStringLiteral("2");
        in.survey.thermalProfile = QStringLiteral("gb50174-2017");
        in.sitePosition = geo::GeoPoint{22.54, 114.05};
        in.items << item(api::SurveyItemKind::Readings, QStringLiteral("r1"),
                         readingsPayload({{1000, 19.0, 50.0, QStringLiteral("t")},
                                          {61000, 26.0, 50.0, QStringLiteral("t")}}));
        NoiseItem day;
        day.levels.laeq = 58; // zone 2 day limit 60
        day.levels.calibrated = true;
        NoiseItem night = day; // zone 2 night limit 50
        night.period = acoustics::Period::Night;
        in.items << item(api::SurveyItemKind::Noise, QStringLiteral("day"), noisePayload(day))
                 << item(api::SurveyItemKind::Noise, QStringLiteral("night"), noisePayload(night));
        // A railway 50 m away: class B should keep 100 m (a warn, not a fail).
        const double lat = 22.54 + 50.0 / 111'000.0;
        in.items << item(api::SurveyItemKind::Hazards, QStringLiteral("h"),
                         hazardsPayload(QStringLiteral("h.csv"),
                                        QStringLiteral("name,kind,lat,lon\nL,railway,%1,114.05\n")
                                            .arg(lat, 0, 'f', 7)
                                            .toUtf8()));
        const SurveyEvaluation e = evaluateSurvey(in);
        QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(u'\n')));
        QVERIFY(e.thermal);
        const api::Check *tmax = find(e, QStringLiteral("temperature.max"));
        QVERIFY(tmax);
        QCOMPARE(tmax->result, api::CheckResult::Pass);
        int dayChecks = 0;
        int nightFails = 0;
        for (const api::Check &c : e.checks) {
            if (c.id.startsWith(QStringLiteral("day/")))
                ++dayChecks;
            if (c.id.startsWith(QStringLiteral("night/")) && c.result == api::CheckResult::Fail)
                ++nightFails;
        }
        QVERIFY(dayChecks > 0);
        QVERIFY(nightFails > 0);
        QCOMPARE(e.hazards.size(), 1);
        QVERIFY(e.hazards.first().check.result != api::CheckResult::Pass);
        QCOMPARE(e.summary.verdict, api::CheckResult::Fail);
        // Check ids are unique within a survey.
        QSet<QString> ids;
        for (const api::Check &c : e.checks)
            ids.insert(c.id);
        QCOMPARE(ids.size(), e.checks.size());
    }
    void problemsAreNeverSilent()
    {
        EvaluationInputs in;
        in.survey.name = QStringLiteral("S");
        in.items << item(api::SurveyItemKind::Readings, QStringLiteral("broken"),
                         QStringLiteral("{\"readings\": 7}"))
                 << item(api::SurveyItemKind::Hazards, QStringLiteral("h"),
                         hazardsPayload(QStringLiteral("h.csv"),
                                        "name,kind,lat,lon\nL,railway,22.5,114\n"));
        const SurveyEvaluation e = evaluateSurvey(in);
        QCOMPARE(e.problems.size(), 2);
        QVERIFY(e.problems.first().startsWith(QStringLiteral("broken:")));
        QVERIFY(e.problems.last().contains(QStringLiteral("position")));
        QVERIFY(e.checks.isEmpty());
        QCOMPARE(e.summary.verdict, api::CheckResult::NotMeasured);
    }
    void surveyPositionWinsOverTheSite()
    {
        api::Survey s;
        QCOMPARE(surveyPosition(s, geo::GeoPoint{1, 2})->lat, 1.0);
        s.latitude = 3;
        s.longitude = 4;
        QCOMPARE(surveyPosition(s, geo::GeoPoint{1, 2})->lon, 4.0);
        QVERIFY(!surveyPosition(api::Survey{}, std::nullopt));
    }
};

QTEST_GUILESS_MAIN(TestSurveyEvaluation)
#include "tst_surveyevaluation.moc"
