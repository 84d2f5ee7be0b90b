// The SNMP adapter against a real snmpd on loopback (tests/support/snmpdpeer.h): the reference
// table's values served by pass_persist, read over v2c and v3 (SHA/AES, SHA-256/AES) and checked
// row by row against the table's expected engineering values; the "device" going on battery while
// snmpd runs; a wrong community (timeout, DeviceIo) and wrong v3 passphrase (DeviceProtocol);
// missing objects; cancel; several sessions on several threads at once.

#include "device-protocols/snmp/snmpreader.h"
#include "device-protocols/snmp/snmpsession.h"
#include "snmpgolden.h"
#include "support/snmpdpeer.h"

#include <QScopeGuard>
#include <QTest>

#include <atomic>
#include <thread>

using namespace edge;
using namespace edge::snmp;
using edge::testsupport::SnmpdPeer;

class TestSnmpSession : public QObject {
    Q_OBJECT

    SessionConfig v2c(const QString &community = {}) const
    {
        SessionConfig c;
        c.host = QStringLiteral("127.0.0.1");
        c.port = m_snmpd.port();
        c.version = SnmpVersion::V2c;
        c.community = community.isEmpty() ? m_snmpd.community() : community;
        c.timeout = std::chrono::milliseconds(3000);
        c.retries = 2;
        return c;
    }

    SessionConfig v3(AuthProtocol auth = AuthProtocol::Sha1) const
    {
        SessionConfig c = v2c();
        c.version = SnmpVersion::V3;
        c.community.clear();
        c.user = auth == AuthProtocol::Sha256 ? m_snmpd.v3UserSha256() : m_snmpd.v3User();
        c.authProtocol = auth;
        c.authPassphrase = m_snmpd.v3AuthPassphrase();
        c.privPassphrase = m_snmpd.v3PrivPassphrase();
        return c;
    }

    // Reads both MIBs through `config` and checks every row of the reference table.
    void readAndCheckTable(const SessionConfig &config)
    {
        auto session = SnmpSession::open(config);
        QVERIFY2(session.has_value(), session ? "" : qPrintable(session.error().toString()));
        api::ManualClock clock(1'800'000'000'000);
        auto ups = readUps(**session, clock);
        QVERIFY2(ups.has_value(), ups ? "" : qPrintable(ups.error().toString()));
        auto entity = readEntitySensors(**session, clock);
        QVERIFY2(entity.has_value(), entity ? "" : qPrintable(entity.error().toString()));
        QVERIFY(ups->problems.isEmpty());
        QVERIFY(entity->problems.isEmpty());
        QStringList failures;
        for (const golden::Row &row : std::as_const(m_rows)) {
            const QString problem = golden::checkRow(row, *ups, *entity);
            if (!problem.isEmpty())
                failures.append(problem);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        const QString endpoint = QStringLiteral("snmp://127.0.0.1:%1 ").arg(m_snmpd.port());
        for (const auto &r : std::as_const(ups->readings)) {
            QVERIFY2(r.source.startsWith(endpoint), qPrintable(r.source));
            QCOMPARE(r.timestampMs, clock.nowMs());
        }
        QCOMPARE(entity->readings.size(), golden::kSensors);
        QCOMPARE(entity->readings.first().label, QStringLiteral("Cabinet inlet temperature"));
        QCOMPARE(entity->readings.first().value, 23.5);
        QCOMPARE(entity->readings.first().unit, QStringLiteral("°C"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SnmpdPeer::available())
            QSKIP(SnmpdPeer::skipReason());
        QString error;
        m_rows = golden::readTable(&error);
        QVERIFY2(!m_rows.isEmpty(), qPrintable(error));
        m_tableValues = golden::agentJson(golden::varbinds(m_rows));
        QVERIFY(m_snmpd.setValues(m_tableValues));
        QVERIFY2(m_snmpd.start(), qPrintable(m_snmpd.error()));
    }

    void cleanupTestCase() { m_snmpd.stop(); }

    void init()
    {
        // Every test starts from the table's values.
        QVERIFY(m_snmpd.setValues(m_tableValues));
    }

    void peerDefaultsAreTheTable()
    {
        // Issue 6 uses SnmpdPeer::defaultValues(): they must be the reference table's fake values.
        const QJsonObject defaults = SnmpdPeer::defaultValues();
        QStringList diff;
        for (auto it = m_tableValues.begin(); it != m_tableValues.end(); ++it) {
            if (defaults.value(it.key()) != it.value())
                diff.append(it.key());
        }
        for (auto it = defaults.begin(); it != defaults.end(); ++it) {
            if (!m_tableValues.contains(it.key()))
                diff.append(it.key());
        }
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char(' '))));
    }

    void tableOverV2c() { readAndCheckTable(v2c()); }
    void tableOverV3Sha() { readAndCheckTable(v3(AuthProtocol::Sha1)); }
    void tableOverV3Sha256() { readAndCheckTable(v3(AuthProtocol::Sha256)); }

    void walkEqualsBulkWalk()
    {
        auto session = SnmpSession::open(v2c());
        QVERIFY(session.has_value());
        auto walked = (*session)->walk(QStringLiteral("1.3.6.1.2.1.33"));
        QVERIFY2(walked.has_value(), walked ? "" : qPrintable(walked.error().toString()));
        const int afterWalk = (*session)->requestCount();
        auto bulk = (*session)->bulkWalk(QStringLiteral(".1.3.6.1.2.1.33"));
        QVERIFY2(bulk.has_value(), bulk ? "" : qPrintable(bulk.error().toString()));
        QCOMPARE(walked->size(), 35); // the UPS rows of the table
        QCOMPARE(bulk->size(), walked->size());
        for (qsizetype i = 0; i < walked->size(); ++i) {
            QCOMPARE(bulk->at(i).oid, walked->at(i).oid);
            QCOMPARE(bulk->at(i).valueText(), walked->at(i).valueText());
        }
        // GETNEXT needs one request per value (+1 for the end); GETBULK far fewer.
        QCOMPARE(afterWalk, 36);
        QVERIFY((*session)->requestCount() - afterWalk <= 3);

        auto next = (*session)->getNext(QStringLiteral("1.3.6.1.2.1.33.1.2.1.0"));
        QVERIFY(next.has_value());
        QCOMPARE(next->oid, QStringLiteral("1.3.6.1.2.1.33.1.2.2.0"));
        QCOMPARE(next->type, VarType::Integer);
        QCOMPARE(next->integer, 0);
    }

    void getAndMissingObject()
    {
        auto session = SnmpSession::open(v2c());
        QVERIFY(session.has_value());
        auto got = (*session)->get({QStringLiteral("1.3.6.1.2.1.33.1.1.2.0"),
                                    QStringLiteral("1.3.6.1.2.1.33.1.6.2.1.2.1")});
        QVERIFY2(got.has_value(), got ? "" : qPrintable(got.error().toString()));
        QCOMPARE(got->size(), 2);
        QCOMPARE(got->at(0).octets, QByteArray("FAKE-UPS-3000"));
        QCOMPARE(got->at(1).type, VarType::ObjectId);
        QCOMPARE(got->at(1).objectId, QStringLiteral("1.3.6.1.2.1.33.1.6.3.5"));

        auto missing = (*session)->get(
            {QStringLiteral("1.3.6.1.2.1.33.1.2.1.0"), QStringLiteral("1.3.6.1.2.1.33.1.8.1.0")});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, api::Code::DeviceProtocol);
        QCOMPARE(missing.error().field, QStringLiteral("1.3.6.1.2.1.33.1.8.1.0"));
        QVERIFY2(missing.error().message.contains(QLatin1String("1.3.6.1.2.1.33.1.8.1.0")),
                 qPrintable(missing.error().message));
        QVERIFY2(missing.error().message.contains(QLatin1String("noSuch")),
                 qPrintable(missing.error().message));

        auto bad = (*session)->get({QStringLiteral("1.3.six")});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, api::Code::InvalidArgument);
    }

    void onBatteryAndBack()
    {
        auto session = SnmpSession::open(v3());
        QVERIFY(session.has_value());
        api::ManualClock clock;
        auto before = readUps(**session, clock);
        QVERIFY(before.has_value());
        const auto find = [](const UpsReadings &u, const char *quantity) {
            for (const auto &r : u.readings) {
                if (r.quantity == QLatin1String(quantity))
                    return r;
            }
            return devices::SensorReading{};
        };
        QCOMPARE(stateName(find(*before, "ups.output.source")), QStringLiteral("normal"));
        QCOMPARE(find(*before, "ups.battery.charge").value, 100.0);

        // Mains lost: the script serves the new values on the next request, snmpd keeps running.
        QJsonObject values = m_tableValues;
        values.insert(QStringLiteral("1.3.6.1.2.1.33.1.4.1.0"),
                      QJsonArray{QStringLiteral("integer"), 5});
        values.insert(QStringLiteral("1.3.6.1.2.1.33.1.2.4.0"),
                      QJsonArray{QStringLiteral("integer"), 80});
        values.insert(QStringLiteral("1.3.6.1.2.1.33.1.2.2.0"),
                      QJsonArray{QStringLiteral("integer"), 95});
        values.insert(QStringLiteral("1.3.6.1.2.1.33.1.2.1.0"),
                      QJsonArray{QStringLiteral("integer"), 3});
        QVERIFY(m_snmpd.setValues(values));
        auto after = readUps(**session, clock);
        QVERIFY(after.has_value());
        QVERIFY(after->problems.isEmpty());
        const auto source = find(*after, "ups.output.source");
        QCOMPARE(stateName(source), QStringLiteral("battery"));
        QCOMPARE(source.raw, QStringLiteral("5"));
        QCOMPARE(find(*after, "ups.battery.charge").value, 80.0);
        QCOMPARE(find(*after, "ups.battery.charge").unit, QStringLiteral("%"));
        QCOMPARE(find(*after, "ups.battery.seconds_on_battery").value, 95.0);
        QCOMPARE(stateName(find(*after, "ups.battery.status")), QStringLiteral("batteryLow"));

        // Back on mains.
        QVERIFY(m_snmpd.setValue(QStringLiteral("1.3.6.1.2.1.33.1.4.1.0"),
                                 QStringLiteral("integer"), 3));
        auto back = readUps(**session, clock);
        QVERIFY(back.has_value());
        QCOMPARE(stateName(find(*back, "ups.output.source")), QStringLiteral("normal"));
    }

    void wrongCommunityTimesOut()
    {
        SessionConfig c = v2c(QStringLiteral("not-the-community"));
        c.timeout = std::chrono::milliseconds(300);
        c.retries = 1;
        auto session = SnmpSession::open(c);
        QVERIFY(session.has_value()); // v2c has no handshake: opening succeeds
        auto got = (*session)->get({QStringLiteral("1.3.6.1.2.1.33.1.2.1.0")});
        QVERIFY(!got);
        QCOMPARE(got.error().code, api::Code::DeviceIo);
        const QString message = got.error().message;
        QVERIFY2(message.contains(QStringLiteral("snmp://127.0.0.1:%1").arg(m_snmpd.port())),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("No answer")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("community")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("2 tries")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("firewall")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1String("not-the-community")));
        QVERIFY(!got.error().detail.contains(QLatin1String("not-the-community")));
    }

    void wrongV3PassphraseIsRefused()
    {
        SessionConfig c = v3();
        c.authPassphrase = QStringLiteral("Wrong-Auth-7731");
        c.timeout = std::chrono::milliseconds(1000);
        auto session = SnmpSession::open(c);
        QVERIFY2(session.has_value(), session ? "" : qPrintable(session.error().toString()));
        auto got = (*session)->get({QStringLiteral("1.3.6.1.2.1.33.1.2.1.0")});
        QVERIFY(!got);
        QCOMPARE(got.error().code, api::Code::DeviceProtocol);
        QVERIFY2(got.error().message.contains(QLatin1String("refused the SNMP v3 credentials")),
                 qPrintable(got.error().message));
        QVERIFY(!got.error().toString().contains(QLatin1String("Wrong-Auth-7731")));

        SessionConfig u = v3();
        u.user = QStringLiteral("nobody-here");
        auto unknown = SnmpSession::open(u);
        if (unknown) {
            auto r = (*unknown)->get({QStringLiteral("1.3.6.1.2.1.33.1.2.1.0")});
            QVERIFY(!r);
            QCOMPARE(r.error().code, api::Code::DeviceProtocol);
        } else {
            QCOMPARE(unknown.error().code, api::Code::DeviceProtocol);
        }
    }

    void v3SilentAgentTimesOut()
    {
        const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
        QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
        SessionConfig c = v3();
        c.port = ntohs(addr.sin_port);
        c.timeout = std::chrono::milliseconds(200);
        c.retries = 0;
        auto session = SnmpSession::open(c);
        api::Error error;
        if (session) {
            auto got = (*session)->get({QStringLiteral("1.3.6.1.2.1.33.1.2.1.0")});
            QVERIFY(!got);
            error = got.error();
        } else {
            error = session.error();
        }
        QCOMPARE(error.code, api::Code::DeviceIo);
        QVERIFY2(error.message.contains(QLatin1String("No answer")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("v3 user and passphrases")),
                 qPrintable(error.message));
        QVERIFY(!error.toString().contains(m_snmpd.v3AuthPassphrase()));
    }

    // A silent agent (a UDP socket that never answers) does not stall another session on another
    // thread, and cancel() ends the waiting call.
    void silentAgentCancelAndConcurrency()
    {
        const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
        QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
        SessionConfig silentConfig = v2c();
        silentConfig.port = ntohs(addr.sin_port);
        silentConfig.timeout = std::chrono::milliseconds(60000);
        silentConfig.retries = 0;
        auto silent = SnmpSession::open(silentConfig);
        QVERIFY(silent.has_value());

        std::atomic<bool> silentDone{false};
        api::Result<QList<VarBind>> silentResult = QList<VarBind>{};
        std::vector<std::thread> readers;
        std::thread waiting([&] {
            silentResult = (*silent)->get({QStringLiteral("1.3.6.1.2.1.33.1.2.1.0")});
            silentDone = true;
        });
        // Joins every thread however the test leaves this function (a failed QVERIFY returns).
        const auto joinAll = qScopeGuard([&] {
            for (auto &r : readers) {
                if (r.joinable())
                    r.join();
            }
            (*silent)->cancel();
            if (waiting.joinable())
                waiting.join();
            ::close(fd);
        });
        QTRY_VERIFY_WITH_TIMEOUT((*silent)->requestCount() == 1, 10000);

        // Four more sessions on four threads read the UPS while the silent call waits.
        std::atomic<int> ok{0};
        QStringList errors;
        std::mutex errorsMutex;
        for (int t = 0; t < 4; ++t) {
            readers.emplace_back([&, t] {
                auto s = SnmpSession::open(t % 2 ? v3() : v2c());
                if (!s) {
                    std::lock_guard lock(errorsMutex);
                    errors.append(s.error().toString());
                    return;
                }
                api::ManualClock clock;
                for (int i = 0; i < 3; ++i) {
                    auto u = readUps(**s, clock);
                    if (!u || u->readings.size() != 30) {
                        std::lock_guard lock(errorsMutex);
                        errors.append(u ? QStringLiteral("%1 readings").arg(u->readings.size())
                                        : u.error().toString());
                        return;
                    }
                }
                ++ok;
            });
        }
        for (auto &r : readers)
            r.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(ok.load(), 4);
        QVERIFY(!silentDone); // still waiting for its 60 s timeout: nothing blocked the others

        (*silent)->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(silentDone, 10000);
        QVERIFY(!silentResult);
        QCOMPARE(silentResult.error().code, api::Code::Cancelled);
        // The session closes (joinAll ran first) with the cancelled request still in
        // net-snmp's list.
    }

private:
    SnmpdPeer m_snmpd;
    QList<golden::Row> m_rows;
    QJsonObject m_tableValues;
};

QTEST_GUILESS_MAIN(TestSnmpSession)
#include "tst_snmp_session.moc"
