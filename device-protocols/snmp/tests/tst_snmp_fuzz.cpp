// Fuzz-style test of the pure SNMP mapping: random and mutated varbinds (OIDs under and around the
// UPS-MIB and ENTITY-SENSOR-MIB columns, every type, extreme values, odd bytes) for a bounded,
// seeded number of iterations (reproducible; EC_FUZZ_ITERATIONS / EC_FUZZ_SEED for longer runs).
// Passing means no crash, no sanitizer report, every reading finite and traceable to an input OID,
// every problem a DeviceProtocol error whose message names an OID.

#include "device-protocols/snmp/snmpmapping.h"
#include "snmpgolden.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace edge;
using namespace edge::snmp;

namespace {

const QString kEndpoint = QStringLiteral("snmp://127.0.0.1:161");

class Mutator {
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    qint64 integer()
    {
        static const qint64 edges[] = {0,
                                       1,
                                       -1,
                                       9,
                                       17,
                                       18,
                                       -8,
                                       -9,
                                       100,
                                       101,
                                       999999999,
                                       1000000000,
                                       -1000000000,
                                       -1000000001,
                                       2147483647,
                                       -2147483647 - 1,
                                       4294967295LL,
                                       std::numeric_limits<qint64>::max(),
                                       std::numeric_limits<qint64>::min()};
        if (pick(3) == 0)
            return edges[pick(int(std::size(edges)))];
        return std::uniform_int_distribution<qint64>(-3000000000LL, 3000000000LL)(m_rng);
    }

    QString oid(const QList<VarBind> &golden)
    {
        static const char *const prefixes[] =
            {"1.3.6.1.2.1.33.1.2.4",     "1.3.6.1.2.1.33.1.3.3.1.3", "1.3.6.1.2.1.33.1.6.2.1.2",
             "1.3.6.1.2.1.33.1.6.2.1.3", "1.3.6.1.2.1.33.1.4.1",     "1.3.6.1.2.1.99.1.1.1.1",
             "1.3.6.1.2.1.99.1.1.1.2",   "1.3.6.1.2.1.99.1.1.1.3",   "1.3.6.1.2.1.99.1.1.1.4",
             "1.3.6.1.2.1.99.1.1.1.5",   "1.3.6.1.2.1.99.1.1.1.6",   "1.3.6.1.2.1.47.1.1.1.1.2",
             "1.3.6.1.2.1.99.1.1.1",     "1.3.6.1.2.1.33",           "1.3.6.1.2.1.33.1.1.1"};
        QString base = pick(2) ? golden.at(pick(int(golden.size()))).oid
                               : QString::fromLatin1(prefixes[pick(int(std::size(prefixes)))]);
        switch (pick(6)) {
        case 0: return base;
        case 1: return base + QLatin1Char('.') + QString::number(pick(8));
        case 2: return base + QStringLiteral(".4294967295");
        case 3: return base.left(pick(int(base.size()) + 1));
        case 4: return base + QStringLiteral(".1.2");
        default: return base + QLatin1Char('.') + QString::number(quint32(integer()));
        }
    }

    VarBind varbind(const QList<VarBind> &golden)
    {
        VarBind vb = pick(3) ? golden.at(pick(int(golden.size()))) : VarBind{};
        switch (pick(4)) {
        case 0: vb.oid = oid(golden); break;
        case 1: vb.type = VarType(pick(int(VarType::Other) + 1)); break;
        case 2: vb.integer = integer(); break;
        default:
            vb.octets = QByteArray(pick(40), char(pick(256)));
            vb.objectId = pick(2) ? oid(golden)
                                  : QStringLiteral("1.3.6.1.2.1.33.1.6.3.")
                                        + QString::number(integer());
            break;
        }
        return vb;
    }

private:
    std::mt19937 m_rng;
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

class TestSnmpFuzz : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapping()
    {
        const QList<golden::Row> rows = golden::readTable();
        QVERIFY(!rows.isEmpty());
        const QList<VarBind> table = golden::varbinds(rows);
        const int iterations = envInt("EC_FUZZ_ITERATIONS", 3000);
        Mutator m(quint32(envInt("EC_FUZZ_SEED", 4)));
        int readings = 0;
        int problems = 0;
        for (int i = 0; i < iterations; ++i) {
            QList<VarBind> input;
            if (m.pick(2)) {
                input = table; // the golden set with a few mutations
                for (int k = 1 + m.pick(6); k > 0; --k)
                    input[m.pick(int(input.size()))] = m.varbind(table);
            }
            for (int k = m.pick(30); k > 0; --k)
                input.append(m.varbind(table));

            const UpsReadings ups = mapUps(input, kEndpoint, i);
            const EntitySensorReadings ent = mapEntitySensors(input, kEndpoint, i);
            for (const MappedReadings *mapped : {static_cast<const MappedReadings *>(&ups),
                                                 static_cast<const MappedReadings *>(&ent)}) {
                QVERIFY(mapped->readings.size() <= input.size());
                for (const auto &r : mapped->readings) {
                    QVERIFY2(std::isfinite(r.value), qPrintable(r.source));
                    QVERIFY(!r.quantity.isEmpty());
                    QVERIFY2(r.source.startsWith(kEndpoint + QLatin1Char(' ')),
                             qPrintable(r.source));
                    const QString oid = r.source.mid(kEndpoint.size() + 1);
                    const bool fromInput = std::any_of(input.cbegin(), input.cend(),
                                                       [&](const VarBind &vb) {
                                                           return vb.oid == oid;
                                                       });
                    QVERIFY2(fromInput, qPrintable(oid));
                    QCOMPARE(r.timestampMs, qint64(i));
                    ++readings;
                }
                for (const api::Error &e : mapped->problems) {
                    QCOMPARE(e.code, api::Code::DeviceProtocol);
                    QVERIFY2(e.message.contains(QLatin1String("(OID ")), qPrintable(e.message));
                    QVERIFY(!e.field.isEmpty());
                    QVERIFY2(e.message.contains(e.field), qPrintable(e.message));
                    ++problems;
                }
            }
            for (const UpsAlarm &a : ups.alarms)
                QVERIFY(std::isfinite(a.seconds));
        }
        // The generator must reach both outcomes, or it tests nothing.
        QVERIFY(readings > iterations);
        QVERIFY(problems > iterations / 10);
    }

    // IF-MIB: random ifTable/ifXTable columns, instances, types and values; never a crash, a
    // finite speed, every problem a DeviceProtocol error naming its OID.
    void interfaces()
    {
        const int iterations = envInt("EC_FUZZ_ITERATIONS", 3000);
        Mutator m(quint32(envInt("EC_FUZZ_SEED", 4)) + 3);
        static const char *const columns[] = {oids::ifDescr,       oids::ifSpeed,
                                              oids::ifAdminStatus, oids::ifOperStatus,
                                              oids::ifName,        oids::ifHighSpeed};
        int up = 0;
        int problems = 0;
        for (int i = 0; i < iterations; ++i) {
            QList<VarBind> input;
            for (int k = m.pick(20); k > 0; --k) {
                VarBind vb;
                vb.oid = QString::fromLatin1(columns[m.pick(int(std::size(columns)))]);
                switch (m.pick(5)) {
                case 0: break; // the column itself, no instance
                case 1: vb.oid += QStringLiteral(".4294967295"); break;
                case 2: vb.oid += QStringLiteral(".1.2"); break;
                default: vb.oid += QLatin1Char('.') + QString::number(1 + m.pick(4)); break;
                }
                vb.type = m.pick(3) ? (m.pick(2) ? VarType::Integer : VarType::Unsigned)
                                    : VarType(m.pick(int(VarType::Other) + 1));
                vb.integer = m.pick(2) ? qint64(m.pick(9)) : m.integer();
                vb.octets = QByteArray(m.pick(20), char(m.pick(256)));
                input.append(vb);
            }
            const InterfaceReadings mapped = mapInterfaces(input, kEndpoint, i);
            for (const InterfaceLink &link : mapped.interfaces) {
                QVERIFY(std::isfinite(link.speedMbps));
                QVERIFY(!link.label().isEmpty());
                up += link.isUp() ? 1 : 0;
            }
            for (const auto &r : mapped.readings)
                QVERIFY(std::isfinite(r.value));
            for (const api::Error &e : mapped.problems) {
                QCOMPARE(e.code, api::Code::DeviceProtocol);
                QVERIFY2(e.message.contains(e.field), qPrintable(e.message));
                ++problems;
            }
        }
        QVERIFY(up > 0);
        QVERIFY(problems > 0);
    }

    void oidText()
    {
        const int iterations = envInt("EC_FUZZ_ITERATIONS", 3000);
        Mutator m(quint32(envInt("EC_FUZZ_SEED", 4)) + 1);
        static const char alphabet[] = "0123456789..-+ x\xc3\xa9";
        int valid = 0;
        for (int i = 0; i < iterations; ++i) {
            QByteArray bytes;
            for (int k = m.pick(60); k > 0; --k)
                bytes.append(alphabet[m.pick(int(sizeof alphabet) - 1)]);
            const QString text = QString::fromUtf8(bytes);
            const QString n = normalizeOid(text);
            if (n.isEmpty())
                continue;
            ++valid;
            QCOMPARE(normalizeOid(n), n);
            QCOMPARE(compareOids(n, text), 0);
            QVERIFY(!n.startsWith(QLatin1Char('.')));
            QVERIFY(!n.contains(QLatin1String("..")));
        }
        QVERIFY(valid > 0);
    }

    void sensorArithmetic()
    {
        Mutator m(quint32(envInt("EC_FUZZ_SEED", 4)) + 2);
        for (int i = 0; i < 20000; ++i) {
            const qint64 value = m.integer();
            const int scale = m.pick(21) - 2;
            const int precision = m.pick(21) - 10;
            const auto v = entitySensorValue(value, scale, precision);
            const bool valid = scale >= 1 && scale <= 17 && precision >= -8 && precision <= 9
                               && value > -1000000000 && value < 1000000000;
            QCOMPARE(v.has_value(), valid);
            if (v) {
                QVERIFY(std::isfinite(*v));
                // Same sign as the raw value, and exact for the integer part in range.
                QVERIFY((*v > 0) == (value > 0) && (*v < 0) == (value < 0));
            } else {
                QCOMPARE(v.error().code, api::Code::DeviceProtocol);
                QVERIFY(!v.error().message.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSnmpFuzz)
#include "tst_snmp_fuzz.moc"
