// Fuzz-style test of the readings CSV importer (house pattern, see tst_podman_fuzz.cpp): mutated
// golden inputs for a bounded, seeded number of iterations (reproducible; no libFuzzer needed).
// Passing means no crash, no sanitizer report, and every result is either readings that are all
// valid and sorted, or a Code::BadInput error whose field is "LINE:COLUMN" and whose message names
// the file and that line and column.
#include "backend/survey/readingscsv.h"

#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace edge::survey;

namespace {

constexpr int kIterations = 6000;

class Mutator {
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    QByteArray bytes(QByteArray in)
    {
        static const char alphabet[] = ",;\t\"\r\n#:-+./ TZ0123456789e%°℃温度时间";
        const int ops = 1 + pick(8);
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
            case 4: in.insert(at, alphabet[pick(int(sizeof alphabet) - 1)]); break;
            case 5: in.insert(at, in.mid(pick(int(in.size())), pick(32))); break;
            }
        }
        return in;
    }

private:
    std::mt19937 m_rng;
};

} // namespace

class TestReadingsCsvFuzz : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mutatedInputs()
    {
        const QList<QByteArray> seeds = {
            "time,temperature,humidity\n2026-11-25 10:00:00,22.5,45\n2026-11-25 10:05,23,\n",
            "\xEF\xBB\xBF# 导出\r\n时间,温度(℃),湿度(%RH),传感器\r\n2026/11/25 "
            "10:00:00,22.5℃,45%,机柜1\r\n",
            "timestamp;temp;rh\n2026-11-25T10:00:00+08:00;21,5;40,5\n2026-11-25T10:01:00Z;21,6;"
            "41\n",
            "\"time\",\"temperature\",source\n\"2026-11-25 10:00:00.5\",\" 18 \",\"a \"\"b\"\"\"\n",
            "time\ttemp\n2026-11-25 10:00\t-5\n",
        };
        static const QRegularExpression where(QStringLiteral("^(\\d+):(\\d+)$"));
        Mutator m(20261125);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < kIterations; ++i) {
            const QByteArray input = i < seeds.size() ? seeds[i]
                                                      : m.bytes(seeds[m.pick(int(seeds.size()))]);
            ReadingsCsvOptions o;
            o.fileName = QStringLiteral("fuzz.csv");
            auto r = parseReadingsCsv(input, o);
            if (r) {
                ++accepted;
                QVERIFY(!r->isEmpty());
                for (qsizetype k = 0; k < r->size(); ++k) {
                    QVERIFY2(validate(r->at(k)), input.toHex().constData());
                    if (k > 0)
                        QVERIFY(r->at(k - 1).timestampMs <= r->at(k).timestampMs);
                }
                continue;
            }
            ++refused;
            const edge::api::Error &e = r.error();
            QCOMPARE(e.code, edge::api::Code::BadInput);
            const auto match = where.match(e.field);
            QVERIFY2(match.hasMatch(), qPrintable(e.field));
            QVERIFY2(e.message.startsWith(QStringLiteral("fuzz.csv line %1 column %2: ")
                                              .arg(match.captured(1), match.captured(2))),
                     qPrintable(e.message));
            QVERIFY(e.message.size() > 40);
        }
        // The mutations must exercise both paths.
        QVERIFY(accepted > 50);
        QVERIFY(refused > 500);
        qInfo("accepted %d, refused %d", accepted, refused);
    }
};

QTEST_GUILESS_MAIN(TestReadingsCsvFuzz)
#include "tst_readingscsv_fuzz.moc"
