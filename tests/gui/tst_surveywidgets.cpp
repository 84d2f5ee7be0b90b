// The survey's charts and the site facts dialog (issue 4), offscreen: the readings chart's series
// and envelope, the hazard plot rendered into an image, the site facts dialog over a real embedded
// hub (a bad voltage stores nothing; a good form stores one facts item whose evaluation has the
// power checks), and the demo estate's survey (its evaluation fails and passes somewhere).
// EC_SURVEYWIDGETS_SHOTS=DIR saves pictures of the widgets for people to look at.
#include "backend/api/surveyrecord.h"
#include "backend/client/client.h"
#include "backend/demo/demoestate.h"
#include "backend/geo/hazardfile.h"
#include "backend/hub/hub.h"
#include "backend/survey/profiles.h"
#include "backend/survey/surveystore.h"
#include "widgets/charts/hazardplot.h"
#include "widgets/charts/readingschart.h"
#include "widgets/common/formerrors.h"
#include "widgets/dialogs/sitefactsdialog.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace edge;
using widgets::SiteFactsDialog;

namespace {

template<class R>
QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

QList<survey::Reading> dayOfReadings(const QString &source, bool humidity, double offset = 0)
{
    QList<survey::Reading> out;
    const qint64 start = QDateTime(QDate(2025, 7, 15), QTime(0, 0), QTimeZone::utc())
                             .toMSecsSinceEpoch();
    for (int i = 0; i < 144; ++i) {
        survey::Reading r;
        r.timestampMs = start + qint64(i) * 600'000;
        r.temperatureC = 24 + offset + 4 * std::sin(i / 144.0 * 2 * 3.14159);
        if (humidity)
            r.humidityRH = 50 - 8 * std::sin(i / 144.0 * 2 * 3.14159);
        r.source = source;
        out.append(r);
    }
    return out;
}

survey::ThermalEnvelope envelope(bool verified)
{
    survey::ThermalEnvelope e;
    e.profileId = QStringLiteral("test");
    e.title = QStringLiteral("Test profile");
    e.temperature = {18.0, 27.0, QStringLiteral("°C"), verified};
    e.humidity = {std::nullopt, 60.0, QStringLiteral("%"), true};
    e.hasUnverified = !verified;
    return e;
}

// Pixels of `image` within `radius` of `at` for which `match` holds.
int countPixels(const QImage &image, QPointF at, int radius, auto match)
{
    int n = 0;
    for (int y = int(at.y()) - radius; y <= int(at.y()) + radius; ++y)
        for (int x = int(at.x()) - radius; x <= int(at.x()) + radius; ++x)
            if (image.valid(x, y) && match(image.pixelColor(x, y)))
                ++n;
    return n;
}

bool isRed(const QColor &c) { return c.red() > 170 && c.green() < 90 && c.blue() < 90; }
bool isGreen(const QColor &c) { return c.green() > 120 && c.red() < 100 && c.blue() < 120; }

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("EC_SURVEYWIDGETS_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestSurveyWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readingsChartSeries();
    void readingsChartUnverifiedEdgesAreDashed();
    void readingsChartEmptyState();
    void hazardPlotColoursAndRings();
    void hazardPlotScaleBar_data();
    void hazardPlotScaleBar();
    void factsDialogRefusesBadVoltage();
    void factsDialogStoresFacts();
    void factsDialogFinalSurveyIsReadOnly();
    void demoSurvey();

private:
    api::Survey makeSurvey(api::SurveyStatus status = api::SurveyStatus::Draft);
    SiteFactsDialog *openDialog(const api::Survey &survey);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<client::Client> m_client;
};

void TestSurveyWidgets::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    // For looking at a translation: EC_SURVEYWIDGETS_QM=file.qm (the assertions use English).
    if (const QString qm = qEnvironmentVariable("EC_SURVEYWIDGETS_QM"); !qm.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        if (translator->load(qm))
            QCoreApplication::installTranslator(translator);
    }
}

void TestSurveyWidgets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    hub::HubOptions options;
    options.dataDir = m_dir->path();
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, why(opened).constData());
    m_hub = std::move(*opened);
    auto session = m_hub->localSession();
    QVERIFY2(session, why(session).constData());
    m_client = std::make_shared<client::Client>(m_hub->inProcessChannel());
    m_client->setToken(session->token);
}

void TestSurveyWidgets::cleanup()
{
    m_client.reset();
    m_hub.reset();
    m_dir.reset();
}

api::Survey TestSurveyWidgets::makeSurvey(api::SurveyStatus status)
{
    api::Site site;
    site.name = QStringLiteral("Survey Site");
    site.latitude = 39.795;
    site.longitude = 116.506;
    auto s = m_client->create(site.toRecord());
    if (!s)
        qFatal("create site: %s", why(s).constData());
    api::Survey survey;
    survey.siteId = s->id;
    survey.name = QStringLiteral("facts survey");
    survey.status = status;
    auto made = m_client->create(survey.toRecord());
    if (!made)
        qFatal("create survey: %s", why(made).constData());
    return *api::Survey::fromRecord(*made);
}

SiteFactsDialog *TestSurveyWidgets::openDialog(const api::Survey &survey)
{
    auto *dialog = new SiteFactsDialog(m_client, survey);
    dialog->show();
    if (!QTest::qWaitFor([&] { return dialog->isLoaded(); }, 20000))
        qWarning("the facts dialog did not load the survey");
    return dialog;
}

void TestSurveyWidgets::readingsChartSeries()
{
    widgets::ReadingsChart chart;
    chart.resize(800, 420);
    chart.setReadings(dayOfReadings(QStringLiteral("logger A"), true)
                      + dayOfReadings(QStringLiteral("logger B"), false, 1.5));
    QVERIFY(!chart.isEmptyState());
    // A: temperature, dew point, humidity; B: temperature.
    QCOMPARE(chart.seriesCount(), 4);
    chart.setEnvelope(envelope(true));
    // + the temperature band (area and two edges) + the humidity band (area and its one edge).
    QCOMPARE(chart.seriesCount(), 4 + 3 + 2);
    int areas = 0;
    for (QAbstractSeries *s : chart.chart()->series()) {
        if (s->type() == QAbstractSeries::SeriesTypeArea)
            ++areas;
        QVERIFY2(!s->name().contains(QStringLiteral("unverified")), qPrintable(s->name()));
    }
    QCOMPARE(areas, 2);

    // The shipped profile's envelope draws too.
    const auto profile = survey::findSet(survey::shippedLimitSets(),
                                         QStringLiteral("ashrae-2021-recommended"));
    QVERIFY(profile);
    chart.setEnvelope(survey::envelopeFor(*profile));
    QVERIFY(chart.seriesCount() > 4);
    QVERIFY(chart.chart()->title().contains(profile->title));
    chart.show();
    shot(&chart, QStringLiteral("readingschart.png"));
}

void TestSurveyWidgets::readingsChartUnverifiedEdgesAreDashed()
{
    widgets::ReadingsChart chart;
    chart.setReadings(dayOfReadings(QStringLiteral("logger"), true));
    chart.setEnvelope(envelope(false));
    int dashed = 0, solidEdges = 0;
    bool legend = false;
    for (QAbstractSeries *s : chart.chart()->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            if (area->name().contains(QStringLiteral("(unverified)")))
                legend = true;
            continue;
        }
        auto *line = qobject_cast<QLineSeries *>(s);
        QVERIFY(line);
        if (line->count() != 2)
            continue; // a reading series
        if (line->pen().style() == Qt::DashLine)
            ++dashed;
        else if (line->pen().style() == Qt::SolidLine)
            ++solidEdges;
    }
    QVERIFY(legend);
    QCOMPARE(dashed, 2);     // the temperature band's two edges
    QCOMPARE(solidEdges, 1); // the verified humidity edge
}

void TestSurveyWidgets::readingsChartEmptyState()
{
    widgets::ReadingsChart chart;
    chart.resize(500, 300);
    chart.setEnvelope(envelope(true));
    QVERIFY(chart.isEmptyState());
    QCOMPARE(chart.seriesCount(), 0);
    const auto labels = chart.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->text().contains(QStringLiteral("No readings yet"));
    }));
    chart.setReadings(dayOfReadings(QStringLiteral("x"), false));
    QVERIFY(!chart.isEmptyState());
    chart.setReadings({});
    QVERIFY(chart.isEmptyState());
}

void TestSurveyWidgets::hazardPlotColoursAndRings()
{
    // Real data: hazards from GeoJSON checked for class A (railway 800 m "shall").
    const geo::GeoPoint site{39.7950, 116.5060};
    const QByteArray json = R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"kind": "railway", "name": "rail"},
  "geometry": {"type": "LineString", "coordinates": [[116.4960, 39.7995], [116.5160, 39.7995]]}},
 {"type": "Feature", "properties": {"kind": "substation", "name": "sub"},
  "geometry": {"type": "Point", "coordinates": [116.5090, 39.7930]}}]})";
    auto hazards = geo::parseHazardsGeoJson(json, QStringLiteral("test.geojson"));
    QVERIFY2(hazards, why(hazards).constData());
    const auto checks = geo::checkSite(site, *hazards, {});
    const geo::SitePlot plot = geo::sitePlot(site, checks);
    QCOMPARE(plot.hazards.size(), 2);
    QVERIFY(!plot.rings.isEmpty());

    widgets::HazardPlot w;
    w.resize(480, 480);
    QImage empty(w.size(), QImage::Format_ARGB32);
    w.render(&empty);
    QCOMPARE(countPixels(empty, QPointF(240, 240), 240, isRed), 0);

    w.setPlot(plot);
    QImage image(w.size(), QImage::Format_ARGB32);
    w.render(&image);
    const geo::PlotHazard *rail = nullptr, *sub = nullptr;
    for (const geo::PlotHazard &h : plot.hazards)
        (h.kind == geo::HazardKind::Railway ? rail : sub) = &h;
    QVERIFY(rail && sub);
    QCOMPARE(rail->result, api::CheckResult::Fail);
    QCOMPARE(sub->result, api::CheckResult::Pass);
    // The failing railway is red along its length, away from the nearest point's label.
    const QPointF railAt = w.toWidget(rail->parts.first().first() * 0.7
                                      + rail->parts.first().last() * 0.3);
    QVERIFY2(countPixels(image, railAt, 3, isRed) > 3,
             qPrintable(QStringLiteral("no red at %1,%2").arg(railAt.x()).arg(railAt.y())));
    QVERIFY(countPixels(image, w.toWidget(sub->parts.first().first()), 3, isGreen) > 3);
    // The 800 m ring passes through its radius due west of the site (nothing else is there).
    const geo::PlotRing ring = plot.rings.last();
    QVERIFY(ring.label.contains(QStringLiteral("800")));
    const QPointF west = w.toWidget(QPointF(-ring.radiusMeters, 0));
    const QColor background = image.pixelColor(5, int(west.y()) + 40);
    QVERIFY(countPixels(image, west, 2, [&](const QColor &c) { return c != background; }) > 0);
    // The ring's label is drawn: ink up and right of the ring's 45° point.
    const double r = ring.radiusMeters * w.pixelsPerMetre();
    const QPointF labelAt = w.toWidget({0, 0}) + QPointF(r * 0.7071 + 30, -r * 0.7071 - 8);
    QVERIFY(countPixels(image, labelAt, 8, [&](const QColor &c) { return c.lightness() < 150; })
            > 0);
    w.show();
    shot(&w, QStringLiteral("hazardplot.png"));
}

void TestSurveyWidgets::hazardPlotScaleBar_data()
{
    QTest::addColumn<double>("pixels");
    QTest::addColumn<double>("pixelsPerMetre");
    QTest::addColumn<double>("metres");
    QTest::newRow("1 km") << 100.0 << 0.1 << 1000.0;
    QTest::newRow("200 m") << 100.0 << 0.37 << 200.0;
    QTest::newRow("500 m") << 120.0 << 0.2 << 500.0;
    QTest::newRow("5 km") << 150.0 << 0.025 << 5000.0;
    QTest::newRow("none") << 100.0 << 0.0 << 0.0;
}

void TestSurveyWidgets::hazardPlotScaleBar()
{
    QFETCH(double, pixels);
    QFETCH(double, pixelsPerMetre);
    QFETCH(double, metres);
    QCOMPARE(widgets::HazardPlot::roundScaleLength(pixels, pixelsPerMetre), metres);
}

void TestSurveyWidgets::factsDialogRefusesBadVoltage()
{
    const api::Survey survey = makeSurvey();
    QPointer<SiteFactsDialog> dialog = openDialog(survey);
    QVERIFY(dialog->isLoaded());
    QSignalSpy added(dialog.data(), &SiteFactsDialog::itemAdded);
    auto *voltage = dialog->findChild<QLineEdit *>(QStringLiteral("power.voltage_v"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("power.voltage_v.error"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("save"));
    QVERIFY(voltage && error && save);

    // Not a number: the dialog's own check.
    voltage->setText(QStringLiteral("two hundred"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(widgets::isFieldInvalid(voltage));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // Out of range: the backend's validation, shown at the field it names.
    voltage->setText(QStringLiteral("5000"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(widgets::isFieldInvalid(voltage));
    QVERIFY2(error->text().contains(QStringLiteral("out of range")), qPrintable(error->text()));
    shot(dialog, QStringLiteral("sitefacts-error.png"));
    // Nothing was stored.
    QTest::qWait(200);
    QCOMPARE(added.count(), 0);
    auto data = survey::loadSurvey(*m_client, survey.id);
    QVERIFY2(data, why(data).constData());
    QCOMPARE(data->items.size(), 0);
    // Editing the field clears its mark.
    voltage->clear();
    QTest::keyClicks(voltage, QStringLiteral("2"));
    QVERIFY(!widgets::isFieldInvalid(voltage));
    QVERIFY(!error->isVisible());
    dialog->close();
    QTRY_VERIFY(dialog.isNull()); // deletes itself
}

void TestSurveyWidgets::factsDialogStoresFacts()
{
    const api::Survey survey = makeSurvey();
    QPointer<SiteFactsDialog> dialog = openDialog(survey);
    QSignalSpy added(dialog.data(), &SiteFactsDialog::itemAdded);
    const auto set = [&](const char *key, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(key));
        QVERIFY2(edit, key);
        edit->setText(text);
    };
    set("power.voltage_v", QStringLiteral("230"));
    set("power.frequency_hz", QStringLiteral("50"));
    set("power.phases", QStringLiteral("1"));
    set("power.feeds", QStringLiteral("2"));
    set("power.ups_autonomy_min", QStringLiteral("30"));
    set("power.required_feeds", QStringLiteral("2"));
    set("space.rack_depth_mm", QStringLiteral("800"));
    set("vibration.description", QStringLiteral("railway"));
    shot(dialog, QStringLiteral("sitefacts.png"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 20000);
    const auto item = added.first().first().value<api::SurveyItem>();
    QCOMPARE(item.kind, api::SurveyItemKind::Facts);
    QTRY_VERIFY(dialog.isNull()); // accepted and deleted

    auto data = survey::loadSurvey(*m_client, survey.id);
    QVERIFY2(data, why(data).constData());
    QCOMPARE(data->itemsOfKind(api::SurveyItemKind::Facts).size(), 1);
    const survey::SurveyEvaluation evaluation = data->evaluate();
    QVERIFY2(evaluation.problems.isEmpty(), qPrintable(evaluation.problems.join(u'\n')));
    QHash<QString, api::Check> byId;
    for (const api::Check &c : evaluation.checks)
        byId.insert(c.id, c);
    QVERIFY(byId.contains(QStringLiteral("power.voltage")));
    QCOMPARE(byId.value(QStringLiteral("power.voltage")).result, api::CheckResult::Pass);
    QCOMPARE(byId.value(QStringLiteral("power.voltage")).value.value_or(-1), 230.0);
    QVERIFY(byId.contains(QStringLiteral("power.frequency")));
    QVERIFY(byId.contains(QStringLiteral("power.feeds")));
    QCOMPARE(byId.value(QStringLiteral("power.feeds")).result, api::CheckResult::Pass);

    // A second dialog starts from the newest facts.
    QPointer<SiteFactsDialog> again = openDialog(survey);
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("power.voltage_v"))->text(),
             QStringLiteral("230"));
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("vibration.description"))->text(),
             QStringLiteral("railway"));
    QVERIFY(again->findChild<QLineEdit *>(QStringLiteral("floor.rated_kn_m2"))->text().isEmpty());
    again->close();
}

void TestSurveyWidgets::factsDialogFinalSurveyIsReadOnly()
{
    const api::Survey survey = makeSurvey(api::SurveyStatus::Final);
    QPointer<SiteFactsDialog> dialog = openDialog(survey);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("save"));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("finalNote"));
    QVERIFY(save && note);
    QVERIFY(!save->isVisible());
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("final")));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("power.voltage_v"))->isReadOnly());
    shot(dialog, QStringLiteral("sitefacts-final.png"));
    dialog->close();
}

void TestSurveyWidgets::demoSurvey()
{
    auto seeded = demo::seedDemoEstate(*m_client);
    QVERIFY2(seeded, why(seeded).constData());
    QCOMPARE(*seeded, demo::demoEstateSize());
    api::ListQuery q;
    q.kind = api::EntityKind::Survey;
    auto surveys = m_client->list(q);
    QVERIFY2(surveys, why(surveys).constData());
    QCOMPARE(surveys->records.size(), 1);
    auto survey = api::Survey::fromRecord(surveys->records.first());
    QVERIFY(survey);
    QVERIFY(survey->demo);
    auto data = survey::loadSurvey(*m_client, survey->id);
    QVERIFY2(data, why(data).constData());
    QVERIFY(data->sitePosition());
    QCOMPARE(data->items.size(), 5);
    for (const api::SurveyItem &i : std::as_const(data->items))
        QVERIFY2(i.demo, qPrintable(i.name));
    for (auto kind :
         {api::SurveyItemKind::Readings, api::SurveyItemKind::Hazards, api::SurveyItemKind::Facts,
          api::SurveyItemKind::Noise, api::SurveyItemKind::Note})
        QCOMPARE(data->itemsOfKind(kind).size(), 1);

    const survey::SurveyEvaluation evaluation = data->evaluate();
    QVERIFY2(evaluation.problems.isEmpty(), qPrintable(evaluation.problems.join(u'\n')));
    QVERIFY(evaluation.summary.fail >= 1);
    QVERIFY(evaluation.summary.pass >= 1);
    QHash<QString, api::Check> byId;
    for (const api::Check &c : evaluation.checks)
        byId.insert(c.id, c);
    QCOMPARE(byId.value(QStringLiteral("temperature.max")).result, api::CheckResult::Fail);
    QVERIFY(evaluation.thermal);
    // A railway inside the class A distance fails; the substation has no distance rule.
    bool railwayFails = false;
    for (const geo::HazardCheck &h : evaluation.hazards)
        if (h.hazard.kind == geo::HazardKind::Railway)
            railwayFails = h.check.result == api::CheckResult::Fail;
    QVERIFY(railwayFails);
    // The noise levels are real analysis output, calibrated.
    bool noise = false;
    for (const api::Check &c : evaluation.checks)
        noise = noise || c.category == QStringLiteral("noise");
    QVERIFY(noise);

    // What the Survey page will show of it.
    auto readings = survey::readingsFromPayload(
        data->itemsOfKind(api::SurveyItemKind::Readings).first().payload);
    QVERIFY(readings);
    QCOMPARE(readings->size(), 144);
    widgets::ReadingsChart chart;
    chart.resize(900, 420);
    chart.setReadings(*readings);
    const auto profile = survey::findSet(survey::shippedLimitSets(), data->survey.thermalProfile);
    QVERIFY(profile);
    chart.setEnvelope(survey::envelopeFor(*profile));
    chart.show();
    shot(&chart, QStringLiteral("demo-readings.png"));
    widgets::HazardPlot plot;
    plot.resize(520, 520);
    plot.setPlot(geo::sitePlot(*data->sitePosition(), evaluation.hazards));
    plot.show();
    shot(&plot, QStringLiteral("demo-hazards.png"));

    // Removing the demo data removes the survey and its items.
    auto removed = m_client->removeDemoData();
    QVERIFY2(removed, why(removed).constData());
    QCOMPARE(*removed, demo::demoEstateSize());
    for (auto kind : {api::EntityKind::Survey, api::EntityKind::SurveyItem}) {
        api::ListQuery all;
        all.kind = kind;
        auto left = m_client->list(all);
        QVERIFY2(left, why(left).constData());
        QCOMPARE(left->records.size(), 0);
    }
}

QTEST_MAIN(TestSurveyWidgets)
#include "tst_surveywidgets.moc"
