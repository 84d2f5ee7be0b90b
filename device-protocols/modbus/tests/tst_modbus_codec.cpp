// Golden tests of the pure Modbus code: register decoding (signedness, scale, 32-bit word
// orders), the XY-MD02 frames from the reference, the map format and its errors, the presets.
#include "device-protocols/modbus/modbuscodec.h"
#include "device-protocols/modbus/modbuspresets.h"
#include "device-protocols/modbus/modbussession.h"
#include "device-protocols/modbus/registermap.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace edge;
using namespace edge::modbus;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(EC_MODBUS_TESTDATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return f.readAll();
}

// The hex bytes of the line starting with `key` in xy_md02_frames.txt.
QByteArray frame(const char *key)
{
    for (const QByteArray &line : readData(QStringLiteral("xy_md02_frames.txt")).split('\n')) {
        if (line.startsWith(key))
            return QByteArray::fromHex(line.mid(qstrlen(key)).trimmed().replace(' ', ""));
    }
    qFatal("no frame %s", key);
    return {};
}

RegisterEntry entryOf(DataType type, double scale = 1, WordOrder order = WordOrder::Big)
{
    RegisterEntry e;
    e.name = QStringLiteral("x");
    e.quantity = QStringLiteral("x");
    e.type = type;
    e.scale = scale;
    e.wordOrder = order;
    return e;
}

} // namespace

class TestModbusCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("order");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QList<quint16>>("words");
        QTest::addColumn<double>("expected");
        const int big = int(WordOrder::Big);
        const int little = int(WordOrder::Little);
        QTest::newRow("int16 0xFF33 x0.1 = -20.5")
            << int(DataType::Int16) << big << 0.1 << QList<quint16>{0xFF33} << -20.5;
        QTest::newRow("uint16 0xFF33 = 65331")
            << int(DataType::Uint16) << big << 1.0 << QList<quint16>{0xFF33} << 65331.0;
        QTest::newRow("int16 305 x0.1 = 30.5")
            << int(DataType::Int16) << big << 0.1 << QList<quint16>{0x0131} << 30.5;
        QTest::newRow("uint16 546 x0.1 = 54.6")
            << int(DataType::Uint16) << big << 0.1 << QList<quint16>{0x0222} << 54.6;
        QTest::newRow("int16 0x8000 = -32768")
            << int(DataType::Int16) << big << 1.0 << QList<quint16>{0x8000} << -32768.0;
        QTest::newRow("float32 big 1.2345") << int(DataType::Float32) << big << 1.0
                                            << QList<quint16>{0x3F9E, 0x0419} << double(1.2345f);
        QTest::newRow("float32 little 1.2345") << int(DataType::Float32) << little << 1.0
                                               << QList<quint16>{0x0419, 0x3F9E} << double(1.2345f);
        QTest::newRow("float32 big -20.5")
            << int(DataType::Float32) << big << 1.0 << QList<quint16>{0xC1A4, 0x0000} << -20.5;
        QTest::newRow("float32 little -20.5")
            << int(DataType::Float32) << little << 1.0 << QList<quint16>{0x0000, 0xC1A4} << -20.5;
        QTest::newRow("uint32 big 65538")
            << int(DataType::Uint32) << big << 1.0 << QList<quint16>{0x0001, 0x0002} << 65538.0;
        QTest::newRow("uint32 little 131073")
            << int(DataType::Uint32) << little << 1.0 << QList<quint16>{0x0001, 0x0002} << 131073.0;
        QTest::newRow("int32 big -2")
            << int(DataType::Int32) << big << 1.0 << QList<quint16>{0xFFFF, 0xFFFE} << -2.0;
        QTest::newRow("int32 little -2")
            << int(DataType::Int32) << little << 1.0 << QList<quint16>{0xFFFE, 0xFFFF} << -2.0;
        QTest::newRow("uint32 max x0.001") << int(DataType::Uint32) << big << 0.001
                                           << QList<quint16>{0xFFFF, 0xFFFF} << 4294967.295;
    }
    void decode()
    {
        QFETCH(int, type);
        QFETCH(int, order);
        QFETCH(double, scale);
        QFETCH(QList<quint16>, words);
        QFETCH(double, expected);
        const auto value = decodeRegisters(entryOf(DataType(type), scale, WordOrder(order)),
                                           std::span<const quint16>(words.constData(),
                                                                    size_t(words.size())));
        QVERIFY2(value, qPrintable(value ? QString() : value.error().message));
        QCOMPARE(*value, expected);
        // Exactly, not only within QCOMPARE's fuzz: 305 x 0.1 must print as 30.5 in --json.
        QVERIFY2(*value == expected, qPrintable(QString::number(*value, 'g', 17)));
    }

    void decodeOffsetAndBounds()
    {
        RegisterEntry e = entryOf(DataType::Int16, 0.01);
        e.offset = -40;
        const quint16 w = 6500; // 65.00 - 40 = 25.00
        QCOMPARE(*decodeRegisters(e, std::span<const quint16>(&w, 1)), 25.0);
        const QList<quint16> two{1, 2};
        const auto wrongCount = decodeRegisters(e, std::span<const quint16>(two.constData(), 2));
        QVERIFY(!wrongCount);
        QCOMPARE(wrongCount.error().code, api::Code::Validation);
        const auto tooFew = decodeRegisters(entryOf(DataType::Float32),
                                            std::span<const quint16>(two.constData(), 1));
        QVERIFY(!tooFew);
        QVERIFY(tooFew.error().message.contains(QLatin1String("needs 2 register(s), got 1")));
        QCOMPARE(rawWords(std::span<const quint16>(two.constData(), 2)),
                 QStringLiteral("0x0001 0x0002"));
        const quint16 t = 0xff33;
        QCOMPARE(rawWords(std::span<const quint16>(&t, 1)), QStringLiteral("0xFF33"));
    }

    void goldenFrames()
    {
        QCOMPARE(crc16(QByteArray::fromHex("010400010002")), quint16(0x0B20));
        QCOMPARE(rtuFrame(1, readRequestPdu(4, 1, 2)), frame("request"));
        const auto pdu = pduFromRtuFrame(frame("response"), 1);
        QVERIFY2(pdu, qPrintable(pdu ? QString() : pdu.error().message));
        const auto words = registersFromPdu(*pdu, 4, 2);
        QVERIFY2(words, qPrintable(words ? QString() : words.error().message));
        QCOMPARE(*words, (QList<quint16>{0x0131, 0x0222}));
        const auto preset = registerMapPreset(QStringLiteral("xy-md02"));
        QVERIFY(preset);
        const RegisterEntry &temp = preset->map.entries.at(0);
        const RegisterEntry &hum = preset->map.entries.at(1);
        QCOMPARE(*decodeRegisters(temp, std::span<const quint16>(words->constData(), 1)), 30.5);
        QCOMPARE(*decodeRegisters(hum, std::span<const quint16>(words->constData() + 1, 1)), 54.6);

        const auto exceptionPdu = pduFromRtuFrame(frame("exception"), 1);
        QVERIFY(exceptionPdu);
        const auto refused = registersFromPdu(*exceptionPdu, 4, 2);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, api::Code::DeviceProtocol);
        QCOMPARE(refused.error().message,
                 QStringLiteral("The device answered with Modbus exception: illegal data address "
                                "(exception 2)."));
    }

    void malformedFrames_data()
    {
        QTest::addColumn<QByteArray>("frameHex");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad crc") << QByteArray("01 04 04 01 31 02 22 2A CF")
                                 << QStringLiteral("The RTU frame's CRC is wrong (0xcf2a sent, "
                                                   "0xce2a computed): check the cable, baud rate "
                                                   "and parity.");
        QTest::newRow("other unit") << QByteArray("02 04 04 01 31 02 22 19 CE")
                                    << QStringLiteral("The RTU frame comes from unit 2, not unit "
                                                      "1.");
        QTest::newRow("short") << QByteArray("01 04 00")
                               << QStringLiteral(
                                      "The RTU frame is too short (3 bytes; at least 4 expected).");
    }
    void malformedFrames()
    {
        QFETCH(QByteArray, frameHex);
        QFETCH(QString, message);
        const auto pdu = pduFromRtuFrame(QByteArray::fromHex(frameHex.replace(' ', "")), 1);
        QVERIFY(!pdu);
        QCOMPARE(pdu.error().code, api::Code::DeviceProtocol);
        QCOMPARE(pdu.error().message, message);
    }

    void malformedPdus_data()
    {
        QTest::addColumn<QByteArray>("pduHex");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("The device sent an empty Modbus response.");
        QTest::newRow("wrong function")
            << QByteArray("0304013102 22")
            << QStringLiteral("The device answered function 3 to a request for function 4.");
        QTest::newRow("byte count too big")
            << QByteArray("0406013102 22")
            << QStringLiteral("The device's response has the wrong length (6 data bytes "
                              "announced, 4 present, 4 expected).");
        QTest::newRow("truncated")
            << QByteArray("0404013102")
            << QStringLiteral("The device's response has the wrong length (4 data bytes "
                              "announced, 3 present, 4 expected).");
        QTest::newRow("exception without code")
            << QByteArray("84")
            << QStringLiteral("The device sent a Modbus exception response without its code.");
        QTest::newRow("unknown exception")
            << QByteArray("8463")
            << QStringLiteral("The device answered with Modbus exception: unknown exception 99.");
        QTest::newRow("server busy")
            << QByteArray("8406")
            << QStringLiteral("The device answered with Modbus exception: server device busy "
                              "(exception 6).");
    }
    void malformedPdus()
    {
        QFETCH(QByteArray, pduHex);
        QFETCH(QString, message);
        const auto words = registersFromPdu(QByteArray::fromHex(pduHex.replace(' ', "")), 4, 2);
        QVERIFY(!words);
        QCOMPARE(words.error().code, api::Code::DeviceProtocol);
        QCOMPARE(words.error().message, message);
    }

    void bits()
    {
        const auto bits = bitsFromPdu(QByteArray::fromHex("020205 01"), 2, 10);
        QVERIFY2(bits, qPrintable(bits ? QString() : bits.error().message));
        QCOMPARE(*bits,
                 (QList<bool>{true, false, true, false, false, false, false, false, true, false}));
        QVERIFY(!bitsFromPdu(QByteArray::fromHex("020105"), 2, 10));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("table"); // -1: none given
        QTest::addColumn<int>("expectedTable");
        QTest::addColumn<int>("address");
        QTest::addColumn<QString>("note");
        QTest::newRow("pdu number") << QStringLiteral("1") << -1 << int(Table::Holding) << 1
                                    << QStringLiteral("PDU address 1");
        QTest::newRow("pdu hex") << QStringLiteral("0x0101") << int(Table::Holding)
                                 << int(Table::Holding) << 257
                                 << QStringLiteral("PDU address 257 (0x0101)");
        QTest::newRow("modicon 40001") << QStringLiteral("40001") << -1 << int(Table::Holding) << 0
                                       << QStringLiteral("Modicon 40001 = holding table, PDU "
                                                         "address 0");
        QTest::newRow("modicon 30002")
            << QStringLiteral("30002") << int(Table::Input) << int(Table::Input) << 1
            << QStringLiteral("Modicon 30002 = input table, PDU "
                              "address 1");
        QTest::newRow("6-digit 465536")
            << QStringLiteral("465536") << -1 << int(Table::Holding) << 65535
            << QStringLiteral("Modicon 465536 = holding table, PDU "
                              "address 65535");
        QTest::newRow("coil 00003") << QStringLiteral("00003") << -1 << int(Table::Coil) << 2
                                    << QStringLiteral("Modicon 00003 = coil table, PDU address 2");
        QTest::newRow("discrete 10001")
            << QStringLiteral("10001") << -1 << int(Table::Discrete) << 0
            << QStringLiteral("Modicon 10001 = discrete table, PDU "
                              "address 0");
    }
    void addresses()
    {
        QFETCH(QString, text);
        QFETCH(int, table);
        QFETCH(int, expectedTable);
        QFETCH(int, address);
        QFETCH(QString, note);
        const auto parsed = parseAddress(text, table < 0 ? std::nullopt
                                                         : std::optional<Table>(Table(table)));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(int(parsed->table), expectedTable);
        QCOMPARE(parsed->address, address);
        QCOMPARE(parsed->note, note);
    }

    void badAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("modicon 0") << QStringLiteral("40000")
                                   << QStringLiteral("\"40000\": a Modicon reference counts from "
                                                     "1; 0 is outside 1 to 65536.");
        QTest::newRow("modicon 2xxxx") << QStringLiteral("20001")
                                       << QStringLiteral("\"20001\" is not a Modicon reference: it "
                                                         "must start with 0 (coil), 1 (discrete "
                                                         "input), 3 (input register) or 4 "
                                                         "(holding register).");
        QTest::newRow("table disagrees")
            << QStringLiteral("30001")
            << QStringLiteral("\"30001\" is a Modicon reference to the input table, but the entry "
                              "says holding; fix one of them.");
        QTest::newRow("hex too big") << QStringLiteral("0x10000")
                                     << QStringLiteral("\"0x10000\" is not a hex PDU address from "
                                                       "0x0000 to 0xFFFF.");
        QTest::newRow("words") << QStringLiteral("temp")
                               << QStringLiteral("\"temp\" is not an address: write a PDU address "
                                                 "(0 to 65535 or 0x0000 to 0xFFFF) or a Modicon "
                                                 "reference such as 30002 or 40001.");
    }
    void badAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto parsed = parseAddress(text, text == QLatin1String("30001")
                                                   ? std::optional<Table>(Table::Holding)
                                                   : std::nullopt);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message, message);
    }

    void mapFiles()
    {
        const auto xy = parseRegisterMap(readData(QStringLiteral("xy-md02-modicon.json")),
                                         QStringLiteral("xy-md02-modicon.json"));
        QVERIFY2(xy, qPrintable(xy ? QString() : xy.error().message));
        QCOMPARE(xy->name, QStringLiteral("XY-MD02 written with Modicon references"));
        QCOMPARE(xy->entries.size(), 2);
        const auto preset = registerMapPreset(QStringLiteral("xy-md02"));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(xy->entries.at(i).table, preset->map.entries.at(i).table);
            QCOMPARE(xy->entries.at(i).address, preset->map.entries.at(i).address);
            QCOMPARE(xy->entries.at(i).type, preset->map.entries.at(i).type);
            QCOMPARE(xy->entries.at(i).scale, preset->map.entries.at(i).scale);
        }
        QCOMPARE(xy->entries.at(0).unit, QStringLiteral("°C"));
        QCOMPARE(xy->entries.at(0).addressNote,
                 QStringLiteral("Modicon 30002 = input table, PDU address 1"));

        const auto mixed = parseRegisterMap(readData(QStringLiteral("mixed.json")),
                                            QStringLiteral("mixed.json"));
        QVERIFY2(mixed, qPrintable(mixed ? QString() : mixed.error().message));
        QCOMPARE(mixed->entries.size(), 5);
        const RegisterEntry &energy = mixed->entries.at(0);
        QCOMPARE(energy.table, Table::Holding);
        QCOMPARE(energy.address, 16);
        QCOMPARE(energy.type, DataType::Float32);
        QCOMPARE(energy.wordOrder, WordOrder::Little);
        QCOMPARE(mixed->entries.at(1).type, DataType::Uint32);
        QCOMPARE(mixed->entries.at(1).wordOrder, WordOrder::Big);
        QCOMPARE(mixed->entries.at(2).type, DataType::Bool);
        QCOMPARE(mixed->entries.at(3).table, Table::Coil);
        QCOMPARE(mixed->entries.at(3).address, 2);
        QCOMPARE(mixed->entries.at(4).offset, -40.0);
        QCOMPARE(mixed->entries.at(4).scale, 0.01);

        // Export and read back: the same map.
        const auto again = parseRegisterMap(registerMapToJson(*mixed), QStringLiteral("x.json"));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->entries.size(), mixed->entries.size());
        for (qsizetype i = 0; i < again->entries.size(); ++i) {
            const RegisterEntry &a = again->entries.at(i);
            const RegisterEntry &b = mixed->entries.at(i);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.table, b.table);
            QCOMPARE(a.address, b.address);
            QCOMPARE(a.type, b.type);
            QCOMPARE(a.wordOrder, b.wordOrder);
            QCOMPARE(a.scale, b.scale);
            QCOMPARE(a.offset, b.offset);
            QCOMPARE(a.unit, b.unit);
        }
    }

    void badMaps_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QString pre = QStringLiteral("Register map m.json");
        const QString post = QStringLiteral(" Fix the entry and import the map again.");
        QTest::newRow("syntax") << QByteArray("{\n  \"entries\": [\n    {\"name\": \"t\",,}\n]}")
                                << QString()
                                << pre
                                       + QStringLiteral(
                                           ", line 3 column 19: not valid JSON "
                                           "(unterminated object). Fix the file and import "
                                           "it again.");
        QTest::newRow("no entries") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("entries")
                                    << pre
                                           + QStringLiteral(": expected an object with an "
                                                            "\"entries\" list (see "
                                                            "docs/adding-a-device-protocol.md for "
                                                            "the format).");
        QTest::newRow("empty entries")
            << QByteArray("{\"entries\": []}") << QStringLiteral("entries")
            << pre
                   + QStringLiteral(": the \"entries\" list is empty; "
                                    "add at least one register.");
        QTest::newRow("bad type")
            << QByteArray("{\"entries\": [{\"name\": \"T\", \"quantity\": \"temperature\", "
                          "\"address\": 1}, {\"name\": \"RH\", \"quantity\": \"humidity\", "
                          "\"address\": 2, \"type\": \"int17\"}]}")
            << QStringLiteral("entries[1].type")
            << pre
                   + QStringLiteral(", entry 2 (\"RH\"), field \"type\": must be one of bool, "
                                    "uint16, int16, uint32, int32, float32.")
                   + post;
        QTest::newRow("no name")
            << QByteArray("{\"entries\": [{\"quantity\": \"humidity\", \"address\": 2}]}")
            << QStringLiteral("entries[0].name")
            << pre + QStringLiteral(", entry 1, field \"name\": a non-empty text is required.")
                   + post;
        QTest::newRow("unknown field")
            << QByteArray("{\"entries\": [{\"name\": \"T\", \"quantity\": \"t\", \"address\": 1, "
                          "\"wordorder\": \"big\"}]}")
            << QStringLiteral("entries[0].wordorder")
            << pre
                   + QStringLiteral(", entry 1 (\"T\"), field \"wordorder\": unknown field; the "
                                    "fields are: name, quantity, table, address, type, wordOrder, "
                                    "scale, offset, unit, comment.")
                   + post;
        QTest::newRow("32-bit past the end")
            << QByteArray("{\"entries\": [{\"name\": \"E\", \"quantity\": \"e\", \"address\": "
                          "65535, \"type\": \"float32\"}]}")
            << QStringLiteral("entries[0].address")
            << pre
                   + QStringLiteral(", entry 1 (\"E\"), field \"address\": address 65535 is "
                                    "outside 0 to 65535 (a 32-bit value needs two registers).")
                   + post;
        QTest::newRow("bool in a register")
            << QByteArray("{\"entries\": [{\"name\": \"D\", \"quantity\": \"door\", \"address\": "
                          "\"40001\", \"type\": \"bool\"}]}")
            << QStringLiteral("entries[0].type")
            << pre
                   + QStringLiteral(", entry 1 (\"D\"), field \"type\": registers hold numbers: "
                                    "use uint16, int16, uint32, int32 or float32.")
                   + post;
        QTest::newRow("scale as text")
            << QByteArray("{\"entries\": [{\"name\": \"T\", \"quantity\": \"t\", \"address\": 0, "
                          "\"scale\": \"x10\"}]}")
            << QStringLiteral("entries[0].scale")
            << pre
                   + QStringLiteral(", entry 1 (\"T\"), field \"scale\": must be a number (a "
                                    "multiplier: 0.1 for a value sent in tenths).")
                   + post;
        QTest::newRow("zero scale")
            << QByteArray("{\"entries\": [{\"name\": \"T\", \"quantity\": \"t\", \"address\": 0, "
                          "\"scale\": 0}]}")
            << QStringLiteral("entries[0].scale")
            << pre
                   + QStringLiteral(", entry 1 (\"T\"), field \"scale\": the scale must be a "
                                    "non-zero number.")
                   + post;
        QTest::newRow("modicon disagrees")
            << QByteArray("{\"entries\": [{\"name\": \"T\", \"quantity\": \"t\", \"table\": "
                          "\"holding\", \"address\": \"30002\"}]}")
            << QStringLiteral("entries[0].address")
            << pre
                   + QStringLiteral(", entry 1 (\"T\"), field \"address\": \"30002\" is a Modicon "
                                    "reference to the input table, but the entry says holding; "
                                    "fix one of them.")
                   + post;
        QTest::newRow("fractional address")
            << QByteArray("{\"entries\": [{\"name\": \"T\", \"quantity\": \"t\", \"address\": "
                          "1.5}]}")
            << QStringLiteral("entries[0].address")
            << pre
                   + QStringLiteral(", entry 1 (\"T\"), field \"address\": 1.5 is not a PDU "
                                    "address from 0 to 65535.")
                   + post;
        QTest::newRow("entry not an object")
            << QByteArray("{\"entries\": [3]}") << QStringLiteral("entries[0]")
            << pre
                   + QStringLiteral(", entry 1: expected an object with name, quantity, address, "
                                    "...")
                   + post;
    }
    void badMaps()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto map = parseRegisterMap(json, QStringLiteral("m.json"));
        QVERIFY(!map);
        QCOMPARE(map.error().code, api::Code::BadInput);
        QCOMPARE(map.error().message, message);
        if (!field.isEmpty())
            QCOMPARE(map.error().field, field);
    }

    void presets()
    {
        const auto presets = registerMapPresets();
        QCOMPARE(presets.size(), 3);
        for (const RegisterMapPreset &p : presets) {
            QVERIFY(!p.title.isEmpty());
            QVERIFY(!p.source.isEmpty());
            for (const RegisterEntry &e : p.map.entries)
                QVERIFY2(validateEntry(e), qPrintable(p.id + QLatin1Char(' ') + e.name));
        }
        const auto generic = registerMapPreset(QStringLiteral("generic-th-holding"));
        QCOMPARE(generic->confidence, api::Confidence::Medium);
        QCOMPARE(generic->map.entries.at(0).quantity, QStringLiteral("temperature"));
        QCOMPARE(generic->map.entries.at(0).table, Table::Holding);
        QCOMPARE(generic->map.entries.at(0).address, 0);
        const quint16 cold = 0xFF33;
        QCOMPARE(*decodeRegisters(generic->map.entries.at(0), std::span<const quint16>(&cold, 1)),
                 -20.5);
        QCOMPARE(registerMapPreset(QStringLiteral("xy-md02"))->confidence, api::Confidence::High);
        const auto renke = registerMapPreset(QStringLiteral("renke-rs-ws-n01"));
        QCOMPARE(renke->confidence, api::Confidence::Medium);
        QCOMPARE(renke->map.entries.at(0).quantity, QStringLiteral("humidity")); // humidity first
        QCOMPARE(renke->map.entries.at(0).address, 0);
        QCOMPARE(renke->map.entries.at(1).quantity, QStringLiteral("temperature"));
        QVERIFY(!registerMapPreset(QStringLiteral("nope")));
    }

    void settings()
    {
        const auto tcp = connectionFromSettings(
            {{QStringLiteral("host"), QStringLiteral("10.0.0.5")}, {QStringLiteral("unitId"), 3}});
        QVERIFY2(tcp, qPrintable(tcp ? QString() : tcp.error().message));
        QCOMPARE(tcp->transport, Transport::Tcp);
        QCOMPARE(tcp->port, 502);
        QCOMPARE(tcp->describe(), QStringLiteral("modbus-tcp://10.0.0.5:502 unit 3"));
        const auto rtu = connectionFromSettings(
            {{QStringLiteral("transport"), QStringLiteral("rtu")},
             {QStringLiteral("device"), QStringLiteral("/dev/ttyUSB0")},
             {QStringLiteral("parity"), QStringLiteral("even")},
             {QStringLiteral("baud"), QStringLiteral("19200")},
             {QStringLiteral("timeoutMs"), 250}});
        QVERIFY2(rtu, qPrintable(rtu ? QString() : rtu.error().message));
        QCOMPARE(rtu->parity, 'E');
        QCOMPARE(rtu->baud, 19200);
        QCOMPARE(rtu->timeout, std::chrono::milliseconds(250));
        QCOMPARE(rtu->describe(), QStringLiteral("modbus-rtu:///dev/ttyUSB0 19200 8E1 unit 1"));

        const auto noHost = connectionFromSettings({});
        QVERIFY(!noHost);
        QCOMPARE(noHost.error().field, QStringLiteral("host"));
        const auto noDevice = connectionFromSettings(
            {{QStringLiteral("transport"), QStringLiteral("rtu")}});
        QCOMPARE(noDevice.error().field, QStringLiteral("device"));
        const auto badUnit = connectionFromSettings(
            {{QStringLiteral("transport"), QStringLiteral("rtu")},
             {QStringLiteral("device"), QStringLiteral("/dev/ttyS0")},
             {QStringLiteral("unitId"), 0}});
        QCOMPARE(badUnit.error().field, QStringLiteral("unitId"));
        const auto badParity = connectionFromSettings(
            {{QStringLiteral("host"), QStringLiteral("h")},
             {QStringLiteral("parity"), QStringLiteral("mark")}});
        QVERIFY(!badParity);
        QCOMPARE(badParity.error().field, QStringLiteral("parity"));
    }
};

QTEST_GUILESS_MAIN(TestModbusCodec)
#include "tst_modbus_codec.moc"
