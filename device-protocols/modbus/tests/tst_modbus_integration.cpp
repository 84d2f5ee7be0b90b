// The Modbus adapter against a real pymodbus 3.0 server on 127.0.0.1 (TCP) and on a
// pseudo-terminal pair (RTU), serving the values of the reference register-map table; one read is
// cross-checked with the real mbpoll client against the same server.
#include "device-protocols/modbus/modbuspoller.h"
#include "device-protocols/modbus/modbuspresets.h"
#include "device-protocols/modbus/modbussession.h"
#include "support/modbuspeer.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <mutex>

using namespace edge;
using namespace edge::modbus;
using edge::testsupport::ModbusPeer;

namespace {

RegisterMap preset(const char *id)
{
    const auto p = registerMapPreset(QString::fromLatin1(id));
    if (!p)
        qFatal("no preset %s", id);
    return p->map;
}

QString errorText(const api::Error &e) { return e.message + QStringLiteral(" | ") + e.detail; }

} // namespace

class TestModbusIntegration : public QObject {
    Q_OBJECT

private:
    ModbusConnection tcp(int unitId) const
    {
        ModbusConnection c;
        c.host = QStringLiteral("127.0.0.1");
        c.port = m_peer.port();
        c.unitId = unitId;
        c.timeout = std::chrono::milliseconds(3000); // generous: a loaded 2-core machine
        c.retries = 1;
        return c;
    }

    ModbusPeer m_peer;
    api::ManualClock m_clock{1'760'000'000'000};

private Q_SLOTS:
    void initTestCase()
    {
        if (!ModbusPeer::available())
            QSKIP(ModbusPeer::skipReason());
        m_peer.serveReferenceSensors();
        m_peer.setRegister(5, QStringLiteral("holding"), 16, 0x0419); // float32 1.2345, low word
        m_peer.setRegister(5, QStringLiteral("holding"), 17, 0x3F9E); // first (CDAB)
        m_peer.setRegister(6, QStringLiteral("discrete"), 0, 1);      // leak detected
        m_peer.setRegister(6, QStringLiteral("discrete"), 1, 0);
        m_peer.setRegister(6, QStringLiteral("coil"), 2, 0); // door closed
        QVERIFY2(m_peer.start(), qPrintable(m_peer.error()));
    }

    void xyMd02Preset()
    {
        ModbusSession session(tcp(3), &m_clock);
        const auto readings = session.poll(preset("xy-md02"));
        QVERIFY2(readings, qPrintable(readings ? QString() : errorText(readings.error())));
        QCOMPARE(readings->size(), 2);
        const devices::SensorReading &t = readings->at(0);
        QCOMPARE(t.quantity, QStringLiteral("temperature"));
        QCOMPARE(t.value, 30.5);
        QVERIFY(t.value == 30.5); // exactly: what --json and reports print
        QCOMPARE(t.unit, QStringLiteral("°C"));
        QCOMPARE(t.raw, QStringLiteral("0x0131"));
        QCOMPARE(t.source,
                 QStringLiteral("modbus-tcp://127.0.0.1:%1 unit 3 input 0x0001").arg(m_peer.port()));
        QCOMPARE(t.timestampMs, m_clock.nowMs());
        const devices::SensorReading &h = readings->at(1);
        QCOMPARE(h.quantity, QStringLiteral("humidity"));
        QCOMPARE(h.value, 54.6);
        QCOMPARE(h.unit, QStringLiteral("%RH"));
        QCOMPARE(h.raw, QStringLiteral("0x0222"));
    }

    void genericPresetAndColdCabinet()
    {
        ModbusSession warm(tcp(1), &m_clock);
        const auto a = warm.poll(preset("generic-th-holding"));
        QVERIFY2(a, qPrintable(a ? QString() : errorText(a.error())));
        QCOMPARE(a->at(0).value, 23.5);
        QCOMPARE(a->at(1).value, 45.6);
        ModbusSession cold(tcp(2), &m_clock);
        const auto b = cold.poll(preset("generic-th-holding"));
        QVERIFY2(b, qPrintable(b ? QString() : errorText(b.error())));
        QCOMPARE(b->at(0).value, -20.5);
        QCOMPARE(b->at(0).raw, QStringLiteral("0xFF33"));
        QCOMPARE(b->at(1).value, 98.0);
    }

    void renkeHumidityFirst()
    {
        ModbusSession session(tcp(4), &m_clock);
        const auto r = session.poll(preset("renke-rs-ws-n01"));
        QVERIFY2(r, qPrintable(r ? QString() : errorText(r.error())));
        QCOMPARE(r->at(0).quantity, QStringLiteral("humidity"));
        QCOMPARE(r->at(0).value, 52.0);
        QCOMPARE(r->at(1).quantity, QStringLiteral("temperature"));
        QCOMPARE(r->at(1).value, 26.8);
    }

    void mapFileWithModiconReferences()
    {
        const auto map = parseRegisterMap(
            "{\"entries\": [{\"name\": \"RH\", \"quantity\": \"humidity\", \"address\": \"30003\", "
            "\"scale\": 0.1, \"unit\": \"%RH\"}, {\"name\": \"T\", \"quantity\": \"temperature\", "
            "\"address\": \"30002\", \"type\": \"int16\", \"scale\": 0.1, \"unit\": \"°C\"}, "
            "{\"name\": \"baud\", \"quantity\": \"baud\", \"address\": \"40259\"}]}",
            QStringLiteral("inline.json"));
        QVERIFY2(map, qPrintable(map ? QString() : map.error().message));
        ModbusSession session(tcp(3), &m_clock);
        const auto r = session.poll(*map);
        QVERIFY2(r, qPrintable(r ? QString() : errorText(r.error())));
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(0).value, 54.6); // map order kept although read sorted
        QCOMPARE(r->at(1).value, 30.5);
        QCOMPARE(r->at(2).value, 9600.0);
    }

    void float32WordOrder()
    {
        RegisterEntry e;
        e.name = QStringLiteral("energy");
        e.quantity = QStringLiteral("energy");
        e.address = 16;
        e.type = DataType::Float32;
        e.wordOrder = WordOrder::Little;
        ModbusSession session(tcp(5), &m_clock);
        const auto r = session.poll(RegisterMap{{}, {e}});
        QVERIFY2(r, qPrintable(r ? QString() : errorText(r.error())));
        QCOMPARE(r->at(0).value, double(1.2345f));
        QCOMPARE(r->at(0).raw, QStringLiteral("0x0419 0x3F9E"));
        e.wordOrder = WordOrder::Big; // the wrong order gives a different (tiny) number
        const auto wrong = session.poll(RegisterMap{{}, {e}});
        QVERIFY(wrong);
        QVERIFY(std::abs(wrong->at(0).value) < 1e-30);
    }

    void bitsForStates()
    {
        const auto map = parseRegisterMap(
            "{\"entries\": [{\"name\": \"door\", \"quantity\": \"door\", \"address\": \"00003\"}, "
            "{\"name\": \"leak\", \"quantity\": \"leak\", \"table\": \"discrete\", "
            "\"address\": 0}, {\"name\": \"smoke\", \"quantity\": \"smoke\", \"address\": "
            "\"10002\"}]}",
            QStringLiteral("states.json"));
        QVERIFY2(map, qPrintable(map ? QString() : map.error().message));
        ModbusSession session(tcp(6), &m_clock);
        const auto r = session.poll(*map);
        QVERIFY2(r, qPrintable(r ? QString() : errorText(r.error())));
        QCOMPARE(r->at(0).quantity, QStringLiteral("door"));
        QCOMPARE(r->at(0).value, 0.0);
        QCOMPARE(r->at(1).value, 1.0);
        QCOMPARE(r->at(1).raw, QStringLiteral("1"));
        QCOMPARE(r->at(2).value, 0.0);
        QVERIFY(m_peer.set(6, QStringLiteral("coil"), 2, {1})); // door opened
        const auto again = session.poll(*map);
        QVERIFY(again);
        QCOMPARE(again->at(0).value, 1.0);
    }

    void crossCheckWithMbpoll()
    {
        const QString mbpoll = QStandardPaths::findExecutable(QStringLiteral("mbpoll"));
        if (mbpoll.isEmpty())
            QSKIP("mbpoll is not installed (apt-get install mbpoll)");
        ModbusSession session(tcp(3), &m_clock);
        const auto ours = session.readRegisters(Table::Input, 1, 2);
        QVERIFY2(ours, qPrintable(ours ? QString() : errorText(ours.error())));
        // mbpoll counts references from 1: -r 2 is PDU address 1. -t 3: input registers.
        QByteArray out;
        QVERIFY(testsupport::run(mbpoll,
                                 {QStringLiteral("-m"), QStringLiteral("tcp"), QStringLiteral("-p"),
                                  QString::number(m_peer.port()), QStringLiteral("-a"),
                                  QStringLiteral("3"), QStringLiteral("-t"), QStringLiteral("3"),
                                  QStringLiteral("-r"), QStringLiteral("2"), QStringLiteral("-c"),
                                  QStringLiteral("2"), QStringLiteral("-1"),
                                  QStringLiteral("127.0.0.1")},
                                 &out));
        static const QRegularExpression line(QStringLiteral("^\\[(\\d+)\\]:\\s+(-?\\d+)\\s*$"),
                                             QRegularExpression::MultilineOption);
        QMap<int, int> theirs;
        for (auto it = line.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
            const auto m = it.next();
            theirs.insert(m.captured(1).toInt(), m.captured(2).toInt());
        }
        QCOMPARE(theirs.size(), 2);
        QCOMPARE(theirs.value(2), int(ours->at(0)));
        QCOMPARE(theirs.value(3), int(ours->at(1)));
        QCOMPARE(theirs.value(2), 305);

        // 32-bit float: mbpoll's default float is little-endian word order, as our Little.
        QVERIFY(testsupport::run(mbpoll,
                                 {QStringLiteral("-m"), QStringLiteral("tcp"), QStringLiteral("-p"),
                                  QString::number(m_peer.port()), QStringLiteral("-a"),
                                  QStringLiteral("5"), QStringLiteral("-t"),
                                  QStringLiteral("4:float"), QStringLiteral("-r"),
                                  QStringLiteral("17"), QStringLiteral("-c"), QStringLiteral("1"),
                                  QStringLiteral("-1"), QStringLiteral("127.0.0.1")},
                                 &out));
        static const QRegularExpression real(QStringLiteral("^\\[17\\]:\\s+(\\S+)\\s*$"),
                                             QRegularExpression::MultilineOption);
        const auto m = real.match(QString::fromUtf8(out));
        QVERIFY2(m.hasMatch(), out.constData());
        QCOMPARE(m.captured(1).toDouble(), 1.2345); // mbpoll prints 1.2345 (6 significant digits)
    }

    void illegalAddressIsNamed()
    {
        RegisterMap map = preset("xy-md02");
        RegisterEntry missing = map.entries.at(1);
        missing.name = QStringLiteral("dew point");
        missing.quantity = QStringLiteral("dewpoint");
        missing.address = 3; // contiguous with humidity: read together first, then one by one
        map.entries.append(missing);
        ModbusSession session(tcp(3), &m_clock);
        const auto r = session.poll(map);
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::DeviceProtocol);
        QVERIFY2(r.error().message.startsWith(QLatin1String("Register \"dew point\" (input 3): ")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("illegal data address (exception 2)")),
                 qPrintable(r.error().message));
        QCOMPARE(r.error().detail, QStringLiteral("exception 2"));
        qInfo().noquote() << "DeviceProtocol:" << r.error().message;
        // The session is still usable after an exception.
        QVERIFY(session.poll(preset("xy-md02")));
    }

    void silentUnitIsDeviceIo()
    {
        ModbusConnection c = tcp(9); // nobody answers unit 9
        c.timeout = std::chrono::milliseconds(300);
        c.retries = 1;
        ModbusSession session(c, &m_clock);
        const auto r = session.poll(preset("xy-md02"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::DeviceIo);
        QVERIFY2(r.error().message.contains(QLatin1String("Check the unit id (9)")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("attempts: 2")),
                 qPrintable(r.error().message));
        qInfo().noquote() << "DeviceIo:" << r.error().message;
    }

    void closedPortIsDeviceIo()
    {
        ModbusConnection c = tcp(3);
        c.port = testsupport::freePort(); // nothing listens there
        c.timeout = std::chrono::milliseconds(500);
        ModbusSession session(c, &m_clock);
        const auto opened = session.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, api::Code::DeviceIo);
        QVERIFY2(opened.error().message.contains(QLatin1String("Check the address and port")),
                 qPrintable(opened.error().message));
        const auto r = session.poll(preset("xy-md02"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::DeviceIo);
        QVERIFY2(r.error().message.contains(QLatin1String("Connection refused")),
                 qPrintable(errorText(r.error())));
        qInfo().noquote() << "DeviceIo:" << r.error().message;
    }

    void livePollingSeesChanges()
    {
        std::mutex mutex;
        QList<double> temperatures;
        std::atomic<int> failures = 0;
        ModbusPoller poller(tcp(3), preset("xy-md02"), std::chrono::milliseconds(100),
                            [&](const api::Result<QList<devices::SensorReading>> &r) {
                                if (!r) {
                                    ++failures;
                                    return;
                                }
                                std::lock_guard lock(mutex);
                                temperatures.append(r->at(0).value);
                            });
        const auto seen = [&](double v) {
            std::lock_guard lock(mutex);
            return temperatures.contains(v);
        };
        poller.start();
        QVERIFY(poller.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(seen(30.5), 20000);
        QVERIFY(m_peer.set(3, QStringLiteral("input"), 1, {0xFFF6})); // -1.0 °C
        QTRY_VERIFY_WITH_TIMEOUT(seen(-1.0), 20000);
        poller.stop();
        QVERIFY(!poller.isRunning());
        const int polls = poller.pollCount();
        QVERIFY(polls >= 2);
        {
            std::lock_guard lock(mutex);
            QCOMPARE(int(temperatures.size()) + failures.load(), polls);
        }
        QCOMPARE(failures.load(), 0);
        QVERIFY(m_peer.set(3, QStringLiteral("input"), 1, {305}));
    }

    void stopWakesAWaitingPoller()
    {
        std::atomic<int> calls = 0;
        ModbusPoller poller(tcp(3), preset("xy-md02"), std::chrono::hours(1),
                            [&](const auto &) { ++calls; });
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(calls.load(), 1, 20000);
        poller.stop(); // must not wait out the hour (the test's timeout would catch it)
        QVERIFY(!poller.isRunning());
        QCOMPARE(calls.load(), 1);
    }

    void rtuOverPseudoTerminal()
    {
        ModbusPeer rtu;
        rtu.serveReferenceSensors();
        QVERIFY2(rtu.start(ModbusPeer::Mode::Rtu), qPrintable(rtu.error()));
        const auto settings = connectionFromSettings(
            {{QStringLiteral("transport"), QStringLiteral("rtu")},
             {QStringLiteral("device"), rtu.serialDevice()},
             {QStringLiteral("baud"), 19200},
             {QStringLiteral("unitId"), 3},
             {QStringLiteral("timeoutMs"), 3000}});
        QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().message));
        ModbusSession session(*settings, &m_clock);
        const auto r = session.poll(preset("xy-md02"));
        QVERIFY2(r, qPrintable(r ? QString() : errorText(r.error()) + rtu.log()));
        QCOMPARE(r->at(0).value, 30.5);
        QCOMPARE(r->at(1).value, 54.6);
        QVERIFY(r->at(0).source.startsWith(QLatin1String("modbus-rtu://") + rtu.serialDevice()
                                           + QLatin1String(" 19200 8N1 unit 3 input 0x0001")));

        ModbusConnection silent = *settings;
        silent.unitId = 9;
        silent.timeout = std::chrono::milliseconds(300);
        silent.retries = 0;
        ModbusSession nobody(silent, &m_clock);
        const auto none = nobody.poll(preset("xy-md02"));
        QVERIFY(!none);
        QCOMPARE(none.error().code, api::Code::DeviceIo);
        QVERIFY2(none.error().message.contains(QLatin1String("the RS485 cable")),
                 qPrintable(none.error().message));
        qInfo().noquote() << "DeviceIo:" << none.error().message;

        ModbusConnection missing = *settings;
        missing.device = QStringLiteral("/dev/edgeconsole-no-such-tty");
        ModbusSession absent(missing, &m_clock);
        const auto opened = absent.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, api::Code::DeviceIo);
        QVERIFY2(opened.error().message.contains(QLatin1String("Cannot use the serial port")),
                 qPrintable(opened.error().message));
        qInfo().noquote() << "DeviceIo:" << opened.error().message;
    }
};

QTEST_GUILESS_MAIN(TestModbusIntegration)
#include "tst_modbus_integration.moc"
