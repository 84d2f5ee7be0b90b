// Cabinets and devices in the console (issue 6), offscreen over a real embedded hub: the site panel's
// Add Cabinet / Add Device / Edit / Delete, the cabinet and device dialogs (SNMPv3 user settings,
// a Modbus preset, a custom register map file), bad input that is shown and stores nothing, a
// cabinet that still holds devices refused, and a Viewer who gets no write action. Each case
// asserts what the hub's store holds afterwards.
// EC_SCREENSHOT_DIR=DIR saves pictures of both dialogs in English and Chinese.
#include "backend/client/client.h"
#include "backend/hub/hub.h"
#include "device-protocols/modbus/modbuspresets.h"
#include "translations/i18n.h"
#include "widgets/common/formerrors.h"
#include "widgets/dialogs/cabinetdialog.h"
#include "widgets/dialogs/devicedialog.h"
#include "widgets/models/recordlistmodel.h"
#include "widgets/views/sitedetailpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace edge;
using widgets::CabinetDialog;
using widgets::DeviceDialog;
using widgets::SiteDetailPanel;

namespace {

template<class R>
QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

template<class W>
W *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<W *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

bool choose(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    return true;
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestInventoryDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addCabinet();
    void cabinetValidationStoresNothing();
    void addSnmpV3Device();
    void addModbusDeviceWithPreset();
    void badInputStoresNothing();
    void customRegisterMapFile();
    void editDevice();
    void editCabinet();
    void deleteDeviceAndCabinet();
    void viewerHasNoWriteActions();
    void screenshots();

private:
    QList<api::Device> storedDevices();
    QList<api::Cabinet> storedCabinets();
    bool selectRow(QTableView *view, widgets::RecordListModel *model, const QString &id);
    api::Cabinet addCabinetThroughPanel(const QString &name);
    DeviceDialog *openAddDevice();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<client::Client> m_client;
    std::unique_ptr<SiteDetailPanel> m_panel;
    api::Site m_site;
};

void TestInventoryDialogs::initTestCase() { QLocale::setDefault(QLocale::c()); }

void TestInventoryDialogs::init()
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

    api::Site site;
    site.name = QStringLiteral("Pudong cabinet site");
    auto made = m_client->createTyped(site);
    QVERIFY2(made, why(made).constData());
    m_site = *made;

    m_panel = std::make_unique<SiteDetailPanel>();
    widgets::HubConnection connection;
    connection.inventory = m_client;
    connection.accounts = m_client;
    connection.role = api::Role::Operator;
    m_panel->setConnection(connection);
    QSignalSpy loaded(m_panel.get(), &SiteDetailPanel::childrenLoaded);
    m_panel->setSite(m_site);
    m_panel->resize(1000, 600);
    m_panel->show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30'000);
}

void TestInventoryDialogs::cleanup()
{
    m_panel.reset();
    m_client.reset();
    m_hub.reset();
    m_dir.reset();
}

QList<api::Device> TestInventoryDialogs::storedDevices()
{
    api::ListQuery q;
    q.kind = api::EntityKind::Device;
    q.parentId = m_site.id;
    auto page = m_client->list(q);
    if (!page)
        qFatal("list devices: %s", why(page).constData());
    QList<api::Device> out;
    for (const api::Record &r : std::as_const(page->records))
        out.append(*api::Device::fromRecord(r));
    return out;
}

QList<api::Cabinet> TestInventoryDialogs::storedCabinets()
{
    api::ListQuery q;
    q.kind = api::EntityKind::Cabinet;
    q.parentId = m_site.id;
    auto page = m_client->list(q);
    if (!page)
        qFatal("list cabinets: %s", why(page).constData());
    QList<api::Cabinet> out;
    for (const api::Record &r : std::as_const(page->records))
        out.append(*api::Cabinet::fromRecord(r));
    return out;
}

bool TestInventoryDialogs::selectRow(QTableView *view, widgets::RecordListModel *model,
                                     const QString &id)
{
    for (int row = 0; row < model->records().size(); ++row)
        if (model->records().at(row).id == id) {
            view->selectRow(row);
            return view->selectionModel()->hasSelection();
        }
    return false;
}

// Adds a cabinet through the panel's dialog; an empty cabinet (no id) when that failed, so that the
// caller's next assertion fails.
api::Cabinet TestInventoryDialogs::addCabinetThroughPanel(const QString &name)
{
    QPointer<CabinetDialog> dialog = m_panel->openAddCabinetDialog();
    if (!dialog)
        return {};
    child<QLineEdit>(dialog, "nameEdit")->setText(name);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !dialog; }, 30'000))
        return {};
    api::Cabinet found;
    for (const api::Cabinet &c : storedCabinets())
        if (c.name == name)
            found = c;
    if (found.id.isEmpty()
        || !QTest::qWaitFor([&] { return m_panel->cabinets()->containsId(found.id); }, 30'000))
        return {};
    return found;
}

DeviceDialog *TestInventoryDialogs::openAddDevice()
{
    m_panel->tabs()->setCurrentIndex(2);
    QTest::mouseClick(m_panel->addDeviceButton(), Qt::LeftButton);
    return m_panel->findChild<DeviceDialog *>(QStringLiteral("addDeviceDialog"));
}

void TestInventoryDialogs::addCabinet()
{
    QVERIFY(m_panel->addCabinetButton()->isEnabled());
    QVERIFY(!m_panel->editCabinetButton()->isEnabled()); // nothing selected
    QTest::mouseClick(m_panel->addCabinetButton(), Qt::LeftButton);
    QPointer<CabinetDialog> dialog = m_panel->findChild<CabinetDialog *>(
        QStringLiteral("addCabinetDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Cabinet A"));
    child<QSpinBox>(dialog, "heightSpin")->setValue(24);
    child<QSpinBox>(dialog, "depthSpin")->setValue(800);
    child<QLineEdit>(dialog, "modelEdit")->setText(QStringLiteral("ICT-24"));
    child<QLineEdit>(dialog, "serialEdit")->setText(QStringLiteral("SN-001"));
    QVERIFY(dialog->componentBox(QStringLiteral("ups")));
    dialog->componentBox(QStringLiteral("ups"))->setChecked(true);
    dialog->componentBox(QStringLiteral("air-conditioner"))->setChecked(true);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30'000);

    const QList<api::Cabinet> cabinets = storedCabinets();
    QCOMPARE(cabinets.size(), 1);
    const api::Cabinet &c = cabinets.first();
    QCOMPARE(c.name, QStringLiteral("Cabinet A"));
    QCOMPARE(c.siteId, m_site.id);
    QCOMPARE(c.heightU, 24);
    QCOMPARE(c.depthMm, 800);
    QCOMPARE(c.widthMm, 600);
    QCOMPARE(c.model, QStringLiteral("ICT-24"));
    QCOMPARE(c.serial, QStringLiteral("SN-001"));
    QCOMPARE(c.components, (QStringList{QStringLiteral("ups"), QStringLiteral("air-conditioner")}));
    // The panel lists it again after saving.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->cabinets()->containsId(c.id), 30'000);
}

void TestInventoryDialogs::cabinetValidationStoresNothing()
{
    QPointer<CabinetDialog> dialog = m_panel->openAddCabinetDialog();
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("   "));
    clickOk(dialog);
    QVERIFY(dialog);
    QVERIFY(!dialog->errorText().isEmpty());
    QVERIFY(widgets::isFieldInvalid(dialog->fieldWidget(QStringLiteral("name"))));
    QVERIFY(!widgets::isFieldInvalid(dialog->fieldWidget(QStringLiteral("height_u"))));
    QCOMPARE(storedCabinets().size(), 0);
    // A duplicate name is refused by the hub, shown in the dialog, and stores nothing more.
    dialog->reject();
    const api::Cabinet first = addCabinetThroughPanel(QStringLiteral("Cabinet B"));
    dialog = m_panel->openAddCabinetDialog();
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Cabinet B"));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->errorText().isEmpty(), 30'000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(storedCabinets().size(), 1);
    QCOMPARE(storedCabinets().first().id, first.id);
}

void TestInventoryDialogs::addSnmpV3Device()
{
    const api::Cabinet cabinet = addCabinetThroughPanel(QStringLiteral("Cabinet A"));
    QVERIFY(selectRow(m_panel->cabinetsView(), m_panel->cabinets(), cabinet.id));
    QPointer<DeviceDialog> dialog = openAddDevice();
    QVERIFY(dialog);
    // The selected cabinet is preselected.
    QCOMPARE(child<QComboBox>(dialog, "cabinetCombo")->currentData().toString(), cabinet.id);
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("UPS 1"));
    QVERIFY(choose(child<QComboBox>(dialog, "kindCombo"), QStringLiteral("ups")));
    QVERIFY(choose(child<QComboBox>(dialog, "protocolCombo"), QStringLiteral("snmp")));
    QVERIFY(child<QWidget>(dialog, "snmpBox")->isVisible());
    QVERIFY(!child<QWidget>(dialog, "modbusBox")->isVisible());
    QVERIFY(child<QWidget>(dialog, "secretsNote")->isVisible());
    child<QLineEdit>(dialog, "addressEdit")->setText(QStringLiteral("127.0.0.1:1161"));
    QVERIFY(!child<QWidget>(dialog, "userEdit")->isVisible()); // v2c first
    QVERIFY(choose(child<QComboBox>(dialog, "snmpVersionCombo"), QStringLiteral("3")));
    QVERIFY(child<QWidget>(dialog, "userEdit")->isVisible());

    // v3 without a user: shown on the user field, nothing stored.
    clickOk(dialog);
    QVERIFY(dialog);
    QVERIFY(widgets::isFieldInvalid(child<QWidget>(dialog, "userEdit")));
    QVERIFY(dialog->errorText().contains(QStringLiteral("user")));
    QCOMPARE(storedDevices().size(), 0);

    child<QLineEdit>(dialog, "userEdit")->setText(QStringLiteral("monitor"));
    QVERIFY(choose(child<QComboBox>(dialog, "authCombo"), QStringLiteral("SHA-256")));
    child<QSpinBox>(dialog, "snmpTimeoutSpin")->setValue(3000);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30'000);

    const QList<api::Device> devices = storedDevices();
    QCOMPARE(devices.size(), 1);
    const api::Device &d = devices.first();
    QCOMPARE(d.name, QStringLiteral("UPS 1"));
    QCOMPARE(d.kind, api::DeviceKind::Ups);
    QCOMPARE(d.cabinetId, cabinet.id);
    QCOMPARE(d.protocol, api::DeviceProtocol::Snmp);
    QCOMPARE(d.address, QStringLiteral("127.0.0.1:1161"));
    const QJsonObject expected{{QStringLiteral("snmp_version"), QStringLiteral("3")},
                               {QStringLiteral("user"), QStringLiteral("monitor")},
                               {QStringLiteral("auth_protocol"), QStringLiteral("SHA-256")},
                               {QStringLiteral("priv_protocol"), QStringLiteral("AES")},
                               {QStringLiteral("timeout_ms"), 3000}};
    QCOMPARE(d.settings, expected);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->devices()->containsId(d.id), 30'000);
}

void TestInventoryDialogs::addModbusDeviceWithPreset()
{
    QPointer<DeviceDialog> dialog = openAddDevice();
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(dialog, "cabinetCombo")->currentData().toString(), QString());
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("T/H sensor 1"));
    QVERIFY(choose(child<QComboBox>(dialog, "kindCombo"), QStringLiteral("temp-humidity-sensor")));
    QVERIFY(choose(child<QComboBox>(dialog, "protocolCombo"), QStringLiteral("modbus-tcp")));
    QVERIFY(child<QWidget>(dialog, "modbusBox")->isVisible());
    QVERIFY(!child<QWidget>(dialog, "snmpBox")->isVisible());
    child<QLineEdit>(dialog, "addressEdit")->setText(QStringLiteral("127.0.0.1:5020"));
    child<QSpinBox>(dialog, "unitIdSpin")->setValue(7);
    QVERIFY(choose(child<QComboBox>(dialog, "mapCombo"), QStringLiteral("xy-md02")));
    QVERIFY(!child<QLabel>(dialog, "mapNote")->text().isEmpty());
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30'000);

    const QList<api::Device> devices = storedDevices();
    QCOMPARE(devices.size(), 1);
    const api::Device &d = devices.first();
    QCOMPARE(d.kind, api::DeviceKind::TemperatureHumiditySensor);
    QCOMPARE(d.protocol, api::DeviceProtocol::ModbusTcp);
    QCOMPARE(d.cabinetId, QString());
    QCOMPARE(d.settings, (QJsonObject{{QStringLiteral("unit_id"), 7},
                                      {QStringLiteral("preset"), QStringLiteral("xy-md02")}}));
}

void TestInventoryDialogs::badInputStoresNothing()
{
    QPointer<DeviceDialog> dialog = openAddDevice();
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("PDU 1"));
    QVERIFY(choose(child<QComboBox>(dialog, "kindCombo"), QStringLiteral("pdu")));
    QVERIFY(choose(child<QComboBox>(dialog, "protocolCombo"), QStringLiteral("snmp")));
    child<QLineEdit>(dialog, "addressEdit")->setText(QStringLiteral("10.0.0.5:70000"));
    clickOk(dialog);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(widgets::isFieldInvalid(child<QWidget>(dialog, "addressEdit")));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("65535")), qPrintable(dialog->errorText()));
    QCOMPARE(storedDevices().size(), 0);

    // Modbus RTU needs a serial device path.
    QVERIFY(choose(child<QComboBox>(dialog, "protocolCombo"), QStringLiteral("modbus-rtu")));
    child<QLineEdit>(dialog, "addressEdit")->setText(QStringLiteral("ttyUSB0"));
    clickOk(dialog);
    QVERIFY(widgets::isFieldInvalid(child<QWidget>(dialog, "addressEdit")));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("/dev/ttyUSB0")),
             qPrintable(dialog->errorText()));
    // A timeout below what the hub accepts marks the timeout.
    child<QLineEdit>(dialog, "addressEdit")->setText(QStringLiteral("/dev/ttyUSB0"));
    child<QSpinBox>(dialog, "modbusTimeoutSpin")->setValue(50);
    clickOk(dialog);
    QVERIFY(widgets::isFieldInvalid(child<QWidget>(dialog, "modbusTimeoutSpin")));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("timeout_ms")),
             qPrintable(dialog->errorText()));

    // A register map file with bad JSON: the file and the line are named, the form keeps no map
    // and refuses to save.
    child<QSpinBox>(dialog, "modbusTimeoutSpin")->setValue(0);
    const QString bad = QDir(m_dir->path()).filePath(QStringLiteral("broken-map.json"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"name\": \"broken\",\n  \"entries\": [ {\"name\": \"t\",, } ]\n}\n");
    }
    const auto loaded = dialog->loadRegisterMapFile(bad);
    QVERIFY(!loaded);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("broken-map.json"))
                 && dialog->errorText().contains(QStringLiteral("line 3")),
             qPrintable(dialog->errorText()));
    QVERIFY(widgets::isFieldInvalid(child<QWidget>(dialog, "mapCombo")));
    QCOMPARE(child<QComboBox>(dialog, "mapCombo")->currentIndex(), dialog->customMapIndex());
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(widgets::isFieldInvalid(child<QWidget>(dialog, "mapCombo")));
    // A file that does not exist.
    QVERIFY(!dialog->loadRegisterMapFile(QDir(m_dir->path()).filePath(QStringLiteral("nope.json"))));
    QVERIFY(dialog->errorText().contains(QStringLiteral("nope.json")));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QTest::qWait(200); // a write, if one were wrongly sent, would have been issued by now
    QCOMPARE(storedDevices().size(), 0);
}

void TestInventoryDialogs::customRegisterMapFile()
{
    QPointer<DeviceDialog> dialog = openAddDevice();
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Water sensor"));
    QVERIFY(choose(child<QComboBox>(dialog, "kindCombo"), QStringLiteral("water-sensor")));
    QVERIFY(choose(child<QComboBox>(dialog, "protocolCombo"), QStringLiteral("modbus-rtu")));
    child<QLineEdit>(dialog, "addressEdit")->setText(QStringLiteral("/dev/ttyUSB1"));
    const auto preset = modbus::registerMapPreset(QStringLiteral("generic-th-holding"));
    QVERIFY(preset);
    modbus::RegisterMap map = preset->map;
    map.name = QStringLiteral("site map");
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("site-map.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(modbus::registerMapToJson(map));
    }
    const auto loaded = dialog->loadRegisterMapFile(path);
    QVERIFY2(loaded, why(loaded).constData());
    QVERIFY(dialog->errorText().isEmpty());
    QVERIFY(
        child<QComboBox>(dialog, "mapCombo")->currentText().contains(QStringLiteral("site map")));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30'000);

    const QList<api::Device> devices = storedDevices();
    QCOMPARE(devices.size(), 1);
    const QJsonObject stored =
        devices.first().settings.value(QStringLiteral("register_map")).toObject();
    QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("site map"));
    QCOMPARE(stored.value(QStringLiteral("entries")).toArray().size(), map.entries.size());
    QVERIFY(!devices.first().settings.contains(QStringLiteral("preset")));
    // The stored map reads back as the same map.
    auto back = modbus::parseRegisterMap(QJsonDocument(stored).toJson(), QStringLiteral("stored"));
    QVERIFY2(back, why(back).constData());
    QCOMPARE(back->entries.size(), map.entries.size());
    QCOMPARE(back->entries.first().address, map.entries.first().address);
}

void TestInventoryDialogs::editDevice()
{
    api::Device device;
    device.siteId = m_site.id;
    device.name = QStringLiteral("T/H 2");
    device.kind = api::DeviceKind::TemperatureHumiditySensor;
    device.protocol = api::DeviceProtocol::ModbusTcp;
    device.address = QStringLiteral("127.0.0.1:5021");
    device.settings = {{QStringLiteral("unit_id"), 3},
                       {QStringLiteral("preset"), QStringLiteral("xy-md02")},
                       {QStringLiteral("timeout_ms"), 2000}};
    auto made = m_client->createTyped(device);
    QVERIFY2(made, why(made).constData());
    // The test has no change feed: tell the panel as the feed would.
    m_panel->applyChanges({api::Change{made->revision, api::ChangeOp::Created,
                                       api::EntityKind::Device, made->id, made->toRecord()}});
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->devices()->containsId(made->id), 30'000);

    m_panel->tabs()->setCurrentIndex(2);
    QVERIFY(!m_panel->editDeviceButton()->isEnabled());
    QVERIFY(selectRow(m_panel->devicesView(), m_panel->devices(), made->id));
    QVERIFY(m_panel->editDeviceButton()->isEnabled());
    QTest::mouseClick(m_panel->editDeviceButton(), Qt::LeftButton);
    QPointer<DeviceDialog> dialog = m_panel->findChild<DeviceDialog *>(
        QStringLiteral("editDeviceDialog"));
    QVERIFY(dialog);
    // The form starts from the stored settings.
    QCOMPARE(child<QSpinBox>(dialog, "unitIdSpin")->value(), 3);
    QCOMPARE(child<QComboBox>(dialog, "mapCombo")->currentData().toString(),
             QStringLiteral("xy-md02"));
    QCOMPARE(child<QSpinBox>(dialog, "modbusTimeoutSpin")->value(), 2000);
    QCOMPARE(child<QLineEdit>(dialog, "addressEdit")->text(), QStringLiteral("127.0.0.1:5021"));
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("T/H rack top"));
    child<QSpinBox>(dialog, "unitIdSpin")->setValue(9);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30'000);

    auto stored = m_client->get(api::EntityKind::Device, made->id);
    QVERIFY2(stored, why(stored).constData());
    const api::Device after = *api::Device::fromRecord(*stored);
    QCOMPARE(after.name, QStringLiteral("T/H rack top"));
    QCOMPARE(after.settings, (QJsonObject{{QStringLiteral("unit_id"), 9},
                                          {QStringLiteral("preset"), QStringLiteral("xy-md02")},
                                          {QStringLiteral("timeout_ms"), 2000}}));
    QCOMPARE(after.address, device.address);
    QVERIFY(after.revision > made->revision);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const api::Record &r : m_panel->devices()->records())
                if (r.id == made->id)
                    return r.name() == QStringLiteral("T/H rack top");
            return false;
        }(),
        30'000);
}

void TestInventoryDialogs::editCabinet()
{
    const api::Cabinet cabinet = addCabinetThroughPanel(QStringLiteral("Cabinet C"));
    QVERIFY(selectRow(m_panel->cabinetsView(), m_panel->cabinets(), cabinet.id));
    QPointer<CabinetDialog> dialog = m_panel->openEditCabinetDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("editCabinetDialog"));
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Cabinet C"));
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Cabinet C (north)"));
    dialog->componentBox(QStringLiteral("battery"))->setChecked(true);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30'000);
    const QList<api::Cabinet> cabinets = storedCabinets();
    QCOMPARE(cabinets.size(), 1);
    QCOMPARE(cabinets.first().name, QStringLiteral("Cabinet C (north)"));
    QCOMPARE(cabinets.first().components, QStringList{QStringLiteral("battery")});
}

void TestInventoryDialogs::deleteDeviceAndCabinet()
{
    const api::Cabinet cabinet = addCabinetThroughPanel(QStringLiteral("Cabinet D"));
    api::Device device;
    device.siteId = m_site.id;
    device.cabinetId = cabinet.id;
    device.name = QStringLiteral("Door");
    device.kind = api::DeviceKind::DoorSensor;
    auto made = m_client->createTyped(device);
    QVERIFY2(made, why(made).constData());
    m_panel->applyChanges({api::Change{made->revision, api::ChangeOp::Created,
                                       api::EntityKind::Device, made->id, made->toRecord()}});
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->devices()->containsId(made->id), 30'000);

    // The cabinet still holds the device: the hub refuses, the panel says so, nothing goes.
    QVERIFY(selectRow(m_panel->cabinetsView(), m_panel->cabinets(), cabinet.id));
    QSignalSpy finished(m_panel.get(), &SiteDetailPanel::deleteFinished);
    QPointer<QMessageBox> confirm = m_panel->confirmDeleteCabinet();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QStringLiteral("Cabinet D")));
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QVERIFY(!finished.first().first().toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<QMessageBox *>(QStringLiteral("deleteFailedBox")),
                             10'000);
    m_panel->findChild<QMessageBox *>(QStringLiteral("deleteFailedBox"))->close();
    QCOMPARE(storedCabinets().size(), 1);
    QCOMPARE(storedDevices().size(), 1);

    // Cancel deletes nothing.
    QVERIFY(selectRow(m_panel->devicesView(), m_panel->devices(), made->id));
    confirm = m_panel->confirmDeleteDevice();
    QVERIFY(confirm);
    confirm->button(QMessageBox::Cancel)->click();
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(storedDevices().size(), 1);

    // Delete the device, then the empty cabinet.
    QVERIFY(selectRow(m_panel->devicesView(), m_panel->devices(), made->id));
    confirm = m_panel->confirmDeleteDevice();
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30'000);
    QCOMPARE(finished.last().first().toString(), QString());
    QCOMPARE(storedDevices().size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->devices()->containsId(made->id), 30'000);

    QVERIFY(selectRow(m_panel->cabinetsView(), m_panel->cabinets(), cabinet.id));
    confirm = m_panel->confirmDeleteCabinet();
    QVERIFY(confirm);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30'000);
    QCOMPARE(finished.last().first().toString(), QString());
    QCOMPARE(storedCabinets().size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->cabinets()->rowCount(), 0, 30'000);
}

void TestInventoryDialogs::viewerHasNoWriteActions()
{
    const api::Cabinet cabinet = addCabinetThroughPanel(QStringLiteral("Cabinet E"));
    widgets::HubConnection viewer;
    viewer.inventory = m_client;
    viewer.accounts = m_client;
    viewer.role = api::Role::Viewer;
    m_panel->setConnection(viewer);
    QSignalSpy loaded(m_panel.get(), &SiteDetailPanel::childrenLoaded);
    m_panel->setSite(m_site);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->cabinets()->containsId(cabinet.id), 30'000);
    QVERIFY(selectRow(m_panel->cabinetsView(), m_panel->cabinets(), cabinet.id));
    for (QPushButton *b :
         {m_panel->addCabinetButton(), m_panel->editCabinetButton(), m_panel->deleteCabinetButton(),
          m_panel->addDeviceButton(), m_panel->editDeviceButton(), m_panel->deleteDeviceButton()})
        QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
    QVERIFY(!m_panel->openAddCabinetDialog());
    QVERIFY(!m_panel->openEditCabinetDialog());
    QVERIFY(!m_panel->confirmDeleteCabinet());
    QVERIFY(!m_panel->openAddDeviceDialog());
    // Back to an operator: the same selection may be edited.
    widgets::HubConnection op = viewer;
    op.role = api::Role::Operator;
    m_panel->setConnection(op);
    m_panel->setSite(m_site);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->cabinets()->containsId(cabinet.id), 30'000);
    QVERIFY(selectRow(m_panel->cabinetsView(), m_panel->cabinets(), cabinet.id));
    QVERIFY(m_panel->editCabinetButton()->isEnabled());
}

void TestInventoryDialogs::screenshots()
{
    const QString dir = qEnvironmentVariable("EC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("EC_SCREENSHOT_DIR not set");
    QDir().mkpath(dir);
    const api::Cabinet cabinet = addCabinetThroughPanel(QStringLiteral("Cabinet A"));
    QVERIFY(selectRow(m_panel->cabinetsView(), m_panel->cabinets(), cabinet.id));
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(i18n::install(*qApp, lang));
        QCoreApplication::processEvents();
        QPointer<CabinetDialog> cab = m_panel->openAddCabinetDialog();
        QVERIFY(cab);
        child<QLineEdit>(cab, "nameEdit")->setText(QStringLiteral("Cabinet B"));
        cab->componentBox(QStringLiteral("ups"))->setChecked(true);
        cab->componentBox(QStringLiteral("pdu"))->setChecked(true);
        cab->adjustSize();
        QTest::qWait(200);
        QVERIFY(
            cab->grab().save(QDir(dir).filePath(QStringLiteral("cabinetdialog-%1.png").arg(lang))));
        cab->reject();

        QPointer<DeviceDialog> dev = m_panel->openAddDeviceDialog();
        QVERIFY(dev);
        child<QLineEdit>(dev, "nameEdit")->setText(QStringLiteral("UPS 1"));
        QVERIFY(choose(child<QComboBox>(dev, "protocolCombo"), QStringLiteral("snmp")));
        QVERIFY(choose(child<QComboBox>(dev, "snmpVersionCombo"), QStringLiteral("3")));
        child<QLineEdit>(dev, "addressEdit")->setText(QStringLiteral("192.168.1.20"));
        child<QLineEdit>(dev, "userEdit")->setText(QStringLiteral("monitor"));
        dev->adjustSize();
        QTest::qWait(200);
        QVERIFY(dev->grab().save(
            QDir(dir).filePath(QStringLiteral("devicedialog-snmp-%1.png").arg(lang))));
        QVERIFY(choose(child<QComboBox>(dev, "protocolCombo"), QStringLiteral("modbus-tcp")));
        child<QLineEdit>(dev, "addressEdit")->setText(QStringLiteral("127.0.0.1:70000"));
        QVERIFY(choose(child<QComboBox>(dev, "mapCombo"), QStringLiteral("xy-md02")));
        clickOk(dev); // shows the port error
        dev->adjustSize();
        QTest::qWait(200);
        QVERIFY(dev->grab().save(
            QDir(dir).filePath(QStringLiteral("devicedialog-modbus-error-%1.png").arg(lang))));
        dev->reject();
        m_panel->tabs()->setCurrentIndex(0);
        QTest::qWait(100);
        QVERIFY(m_panel->grab().save(
            QDir(dir).filePath(QStringLiteral("panel-cabinets-%1.png").arg(lang))));
    }
    QVERIFY(i18n::install(*qApp, QStringLiteral("en")));
    QCOMPARE(storedDevices().size(), 0);
}

QTEST_MAIN(TestInventoryDialogs)
#include "tst_inventorydialogs.moc"
