// The sensor polling dialog (issue 4) offscreen over a real hub (in-process channel): it polls a
// real pymodbus server serving the XY-MD02 registers (tests/support/modbuspeer.h), the table
// fills as readings come, Stop ends it, Save stores one readings item with what the peer served
// and emits itemAdded. A closed port shows the device error and leaves Save disabled.
#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"
#include "backend/hub/hub.h"
#include "backend/survey/surveyevaluation.h"
#include "backend/survey/surveystore.h"
#include "support/localnet.h"
#include "support/modbuspeer.h"
#include "widgets/dialogs/sensorpolldialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace edge;
using edge::testsupport::ModbusPeer;
using widgets::SensorPollDialog;

class TestSensorPoll : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pollsTheSensorAndSavesOneItem();
    void closedPortShowsTheDeviceError();

private:
    SensorPollDialog *openDialog(int port)
    {
        auto *dialog = new SensorPollDialog(m_client, m_survey);
        dialog->setConfirmClose(false);
        dialog->protocolCombo()->setCurrentIndex(SensorPollDialog::ModbusTcp);
        dialog->hostEdit()->setText(QStringLiteral("127.0.0.1"));
        dialog->portSpin()->setValue(port);
        dialog->mapCombo()->setCurrentIndex(
            dialog->mapCombo()->findData(QStringLiteral("xy-md02")));
        dialog->unitSpin()->setValue(3);
        dialog->intervalSpin()->setValue(0.5);
        dialog->show();
        return dialog;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<client::Client> m_client;
    api::Survey m_survey;
    ModbusPeer m_modbus;
};

void TestSensorPoll::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    qunsetenv("EDGE_ADMIN_PASSWORD");
    hub::HubOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("hub"));
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_hub = std::move(*opened);
    m_client = std::make_shared<client::Client>(m_hub->inProcessChannel());
    auto session = m_client->login(QStringLiteral("admin"), m_hub->generatedAdminPassword());
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    api::Site s;
    s.name = QStringLiteral("Poll Site");
    auto site = m_client->create(s.toRecord());
    QVERIFY2(site, qPrintable(site ? QString() : site.error().message));
    api::Survey survey;
    survey.siteId = site->id;
    survey.name = QStringLiteral("Hall survey");
    survey.thermalProfile = QStringLiteral("ashrae-2021-recommended");
    auto created = m_client->create(survey.toRecord());
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    auto parsed = api::Survey::fromRecord(*created);
    QVERIFY(parsed);
    m_survey = *parsed;
}

void TestSensorPoll::cleanupTestCase()
{
    m_modbus.stop();
    m_client.reset();
    m_hub.reset();
}

void TestSensorPoll::pollsTheSensorAndSavesOneItem()
{
    if (!ModbusPeer::available())
        QSKIP(ModbusPeer::skipReason());
    m_modbus.serveReferenceSensors(); // unit 3: XY-MD02, 30.5 °C, 54.6 %RH
    QVERIFY2(m_modbus.start(), qPrintable(m_modbus.error()));

    QPointer<SensorPollDialog> dialog = openDialog(m_modbus.port());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy added(dialog.data(), &SensorPollDialog::itemAdded);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(dialog->isPolling());
    QVERIFY(!dialog->startButton()->isEnabled());
    QVERIFY(!dialog->hostEdit()->isEnabled()); // settings are locked while polling

    // The GUI stays responsive while the reads block on the poll thread: the table fills.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->table()->rowCount() >= 3, 30000);
    QCOMPARE(dialog->table()->item(0, 1)->text(), QStringLiteral("30.5"));
    QCOMPARE(dialog->table()->item(0, 2)->text(), QStringLiteral("54.6"));
    // Dew point of 30.5 °C at 54.6 %RH (Magnus): 20.3 °C.
    QCOMPARE(dialog->table()->item(0, 3)->text(), QStringLiteral("20.3"));
    // A changed register shows in the next rows.
    QVERIFY2(m_modbus.set(3, QStringLiteral("input"), 1, {221}), qPrintable(m_modbus.error()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->table()->item(dialog->table()->rowCount() - 1, 1)->text()
                                 == u"22.1",
                             30000);

    QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPolling(), 30000);
    const int rows = dialog->table()->rowCount();
    QCOMPARE(dialog->readingCount(), rows);
    QVERIFY2(dialog->countLabel()->text().contains(QString::number(rows)),
             qPrintable(dialog->countLabel()->text()));
    QVERIFY(dialog->saveButton()->isEnabled());

    dialog->grab().save(QStringLiteral("/tmp/poll-dialog-en.png"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 30000);
    const auto item = added.at(0).at(0).value<api::SurveyItem>();
    QCOMPARE(item.kind, api::SurveyItemKind::Readings);
    QTRY_VERIFY(dialog.isNull()); // closed and deleted

    auto data = survey::loadSurvey(*m_client, m_survey.id);
    QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
    const QList<api::SurveyItem> items = data->itemsOfKind(api::SurveyItemKind::Readings);
    QCOMPARE(items.size(), 1);
    auto stored = survey::readingsFromPayload(items.first().payload);
    QVERIFY(stored);
    QCOMPARE(stored->size(), rows);
    QCOMPARE(stored->first().temperatureC, 30.5);
    QCOMPARE(stored->first().humidityRH.value_or(-1), 54.6);
    QCOMPARE(stored->last().temperatureC, 22.1);
    QVERIFY(stored->first().source.contains(QStringLiteral("unit 3")));
    // The survey's checks see them.
    bool temperatureCheck = false;
    for (const api::Check &c : data->evaluate().checks)
        temperatureCheck = temperatureCheck || c.id == u"temperature.max";
    QVERIFY(temperatureCheck);
}

void TestSensorPoll::closedPortShowsTheDeviceError()
{
    const int port = edge::testsupport::freePort(); // nothing listens there
    QPointer<SensorPollDialog> dialog = openDialog(port);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->durationSpin()->setValue(1); // two reads
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPolling(), 30000);
    QVERIFY(dialog->errorLabel()->isVisible());
    const QString error = dialog->errorLabel()->text();
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Check")), qPrintable(error));
    QCOMPARE(dialog->table()->rowCount(), 0);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(dialog->startButton()->isEnabled());
    dialog->grab().save(QStringLiteral("/tmp/poll-dialog-error.png"));

    // A bad setting is refused before anything starts, naming the field.
    dialog->hostEdit()->clear();
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(!dialog->isPolling());
    QVERIFY(!dialog->errorLabel()->text().isEmpty());
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

QTEST_MAIN(TestSensorPoll)
#include "tst_sensorpoll.moc"
