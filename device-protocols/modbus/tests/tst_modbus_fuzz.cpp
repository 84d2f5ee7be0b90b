// Fuzz-style test: feeds the Modbus map parser, address parser and wire-frame parsers mutated
// golden inputs for a bounded, seeded number of iterations (reproducible; no libFuzzer needed).
// Passing means no crash, no sanitizer report, and every result is either a value that passes
// validateEntry() or an Error with the right code and a message.
#include "device-protocols/modbus/modbuscodec.h"
#include "device-protocols/modbus/registermap.h"

#include <QFile>
#include <QTest>

#include <random>

using namespace edge;
using namespace edge::modbus;

namespace {

constexpr int kIterations = 6000;

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(EC_MODBUS_TESTDATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return f.readAll();
}

class Mutator {
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    QByteArray bytes(QByteArray in, const char *alphabet)
    {
        const int ops = 1 + pick(8);
        const int alphabetSize = int(qstrlen(alphabet));
        for (int i = 0; i < ops; ++i) {
            if (in.isEmpty()) {
                in.append(char(pick(256)));
                continue;
            }
            const int at = pick(int(in.size()));
            switch (pick(6)) {
            case 0: in[at] = char(in[at] ^ (1 << pick(8))); break;
            case 1: in.truncate(at); break;
            case 2: in.insert(at, char(pick(256))); break;
            case 3: in.remove(at, 1 + pick(16)); break;
            case 4: in.insert(at, alphabet[pick(alphabetSize)]); break;
            case 5: in.insert(at, in.mid(pick(int(in.size())), pick(24))); break;
            }
        }
        return in;
    }

private:
    std::mt19937 m_rng;
};

} // namespace

class TestModbusFuzz : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapParser()
    {
        const QList<QByteArray> seeds = {
            readData(QStringLiteral("xy-md02-modicon.json")),
            readData(QStringLiteral("mixed.json")),
            "{\"entries\": [{\"name\": \"T\", \"quantity\": \"t\", \"address\": \"465536\", "
            "\"type\": \"float32\", \"wordOrder\": \"little\", \"scale\": 1e308}]}",
        };
        Mutator m(20261125);
        int ok = 0;
        for (int i = 0; i < kIterations; ++i) {
            const QByteArray input = m.bytes(seeds.at(m.pick(int(seeds.size()))),
                                             "{}[]\",:0123456789-e.x\"abcdef");
            const auto map = parseRegisterMap(input, QStringLiteral("fuzz.json"));
            if (map) {
                ++ok;
                QVERIFY(!map->entries.isEmpty());
                for (const RegisterEntry &e : map->entries)
                    QVERIFY2(validateEntry(e), qPrintable(QString::fromUtf8(input)));
                // What parses exports and parses again.
                QVERIFY(parseRegisterMap(registerMapToJson(*map), QStringLiteral("again.json")));
            } else {
                QCOMPARE(map.error().code, api::Code::BadInput);
                QVERIFY(map.error().message.startsWith(QLatin1String("Register map fuzz.json")));
            }
        }
        qInfo("%d of %d mutated maps parsed", ok, kIterations);
    }

    void addressParser()
    {
        Mutator m(7);
        const QList<QByteArray> seeds = {"40001", "30002", "0x00FF", "12", "465536", "00001"};
        for (int i = 0; i < kIterations; ++i) {
            const QByteArray input = m.bytes(seeds.at(m.pick(int(seeds.size()))), "0123456789xX");
            const auto parsed = parseAddress(QString::fromLatin1(input), std::nullopt);
            if (parsed) {
                QVERIFY(parsed->address >= 0 && parsed->address <= 0xFFFF);
                QVERIFY(!parsed->note.isEmpty());
            } else {
                QVERIFY(!parsed.error().message.isEmpty());
            }
        }
    }

    void frameParsers()
    {
        QList<QByteArray> seeds;
        for (const QByteArray &line : readData(QStringLiteral("xy_md02_frames.txt")).split('\n')) {
            if (!line.isEmpty() && !line.startsWith('#'))
                seeds.append(QByteArray::fromHex(line.mid(line.indexOf(' ')).replace(' ', "")));
        }
        QCOMPARE(seeds.size(), 3);
        seeds.append(QByteArray::fromHex("020205 01"));
        Mutator m(99);
        for (int i = 0; i < kIterations; ++i) {
            const QByteArray input = m.bytes(seeds.at(m.pick(int(seeds.size()))), "\x01\x04\x84");
            const int count = m.pick(130);
            for (int fc : {1, 2, 3, 4}) {
                const auto words = registersFromPdu(input, fc, count);
                if (words)
                    QCOMPARE(int(words->size()), count);
                else
                    QCOMPARE(words.error().code, api::Code::DeviceProtocol);
                const auto bits = bitsFromPdu(input, fc, count);
                if (bits)
                    QCOMPARE(int(bits->size()), count);
                else
                    QCOMPARE(bits.error().code, api::Code::DeviceProtocol);
            }
            const auto pdu = pduFromRtuFrame(input, 1);
            if (pdu)
                QCOMPARE(rtuFrame(1, *pdu), input); // only a frame with a right CRC passes
            else
                QCOMPARE(pdu.error().code, api::Code::DeviceProtocol);
        }
    }

    void decodeAnyWords()
    {
        Mutator m(3);
        for (int i = 0; i < kIterations; ++i) {
            RegisterEntry e;
            e.name = QStringLiteral("x");
            e.quantity = QStringLiteral("x");
            e.type = DataType(m.pick(6));
            e.wordOrder = WordOrder(m.pick(2));
            const QList<quint16> words(m.pick(4), quint16(m.pick(65536)));
            const auto value = decodeRegisters(e, std::span<const quint16>(words.constData(),
                                                                           size_t(words.size())));
            QCOMPARE(bool(value),
                     e.type != DataType::Bool && int(words.size()) == wordCount(e.type));
        }
    }
};

QTEST_GUILESS_MAIN(TestModbusFuzz)
#include "tst_modbus_fuzz.moc"
