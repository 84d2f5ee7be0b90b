// Fuzz-style test of CommissioningTemplate::parse (and of record payload validation and
// evaluateRun fed with what comes out): mutated golden inputs for a bounded, seeded number of
// iterations (reproducible; no libFuzzer needed). Passing means no crash, no sanitizer report,
// and every input either parses into a template that validates and round-trips, or is refused
// with a Validation error that names the origin.
#include "backend/api/commissioning.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

using namespace edge::api;

namespace {

constexpr int kIterations = 3000;
const QString kOrigin = QStringLiteral("fuzz.json");

const QByteArray kSmall = R"json({
  "format": "edgeconsole-commissioning-template", "template_id": "small", "version": 1,
  "title": "Small", "title_zh": "小",
  "sections": [ { "id": "power", "title": "Power", "items": [
    { "id": "power.voltage", "title": "Voltage", "mode": "both", "evidence": ["measurement"],
      "unit": "V", "min": 187, "max": 253, "check": "ups.input", "params": {"min_voltage": 187} },
    { "id": "power.note", "title": "Note", "mode": "manual", "evidence": ["note", "photo"] } ] } ]
})json";

class Mutator {
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    QByteArray bytes(QByteArray in)
    {
        const int ops = 1 + pick(8);
        for (int i = 0; i < ops; ++i) {
            if (in.isEmpty()) {
                in.append(char(pick(256)));
                continue;
            }
            const int at = pick(int(in.size()));
            switch (pick(5)) {
            case 0: in[at] = char(in[at] ^ (1 << pick(8))); break;
            case 1: in.truncate(at); break;
            case 2: in.insert(at, char(pick(256))); break;
            case 3: in.remove(at, 1 + pick(16)); break;
            case 4: in.insert(at, "{}[]\",:0-e"[pick(10)]); break;
            }
        }
        return in;
    }

    QJsonValue randomValue(int depth)
    {
        switch (pick(depth > 3 ? 7 : 9)) {
        case 0: return QJsonValue();
        case 1: return pick(2) == 1;
        case 2: return (pick(2) ? -1.0 : 1.0) * std::ldexp(1.0, pick(1100) - 50);
        case 3: return QStringLiteral("ups.status");
        case 4: return QString(pick(120), QChar(u'x'));
        case 5: return pick(100000) - 50000;
        case 6: return QStringLiteral("manual");
        case 7: return QJsonArray{randomValue(depth + 1), randomValue(depth + 1)};
        default: return QJsonObject{{QStringLiteral("id"), randomValue(depth + 1)}};
        }
    }

    // Replaces, removes or renames random nodes of a JSON tree.
    QJsonValue structure(const QJsonValue &v, int depth = 0)
    {
        if (pick(14) == 0)
            return randomValue(depth);
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                *it = structure(*it, depth + 1);
            if (pick(8) == 0 && !o.isEmpty())
                o.remove(o.keys().at(pick(int(o.size()))));
            if (pick(20) == 0 && !o.isEmpty()) {
                const QString key = o.keys().at(pick(int(o.size())));
                o.insert(key + u'_', o.take(key));
            }
            return o;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                a[i] = structure(a.at(i), depth + 1);
            if (pick(10) == 0 && !a.isEmpty())
                a.append(a.at(pick(int(a.size())))); // duplicates: ids collide
            return a;
        }
        return v;
    }

private:
    std::mt19937 m_rng;
};

// Returns true when the input parsed.
bool feed(const QByteArray &input)
{
    auto t = CommissioningTemplate::parse(input, kOrigin);
    if (!t) {
        [&] {
            QCOMPARE(t.error().code, Code::Validation);
            QVERIFY2(t.error().message.startsWith(kOrigin), qPrintable(t.error().message));
            QVERIFY(!t.error().field.isEmpty());
        }();
        return false;
    }
    [&] {
        QVERIFY2(validate(*t), qPrintable(QString::fromUtf8(input.left(300))));
        QVERIFY(t->itemCount() > 0);
        const QByteArray json = t->toJson();
        auto again = CommissioningTemplate::parse(json, kOrigin);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->toJson(), json);
        // Every item can be evaluated with records of every kind.
        QList<CommissioningRecord> records;
        qint64 at = 0;
        for (const TemplateSection &s : t->sections)
            for (const TemplateItem &i : s.items) {
                CommissioningRecord r;
                r.runId = QStringLiteral("run");
                r.itemId = i.id;
                r.kind = RecordKind(++at % 7);
                r.takenAtMs = at;
                r.name = QStringLiteral("%1 %2").arg(i.id).arg(at);
                r.payload = at % 3 ? QStringLiteral("{\"outcome\":\"pass\",\"reason\":\"r\"}")
                                   : QString::fromUtf8(input.left(200));
                (void)validate(r);
                records.append(r);
            }
        const RunProgress p = evaluateRun(*t, records);
        QCOMPARE(p.total, t->itemCount());
        QVERIFY(p.done() <= p.total);
    }();
    return true;
}

QByteArray shipped()
{
    QFile f(QStringLiteral(":/commissioning/all-in-one-cabinet.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstCommissioningFuzz : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_corpus = {shipped(), kSmall};
        QVERIFY2(!m_corpus.first().isEmpty(), "the shipped template is not in the resources");
    }

    void corpusAsIs()
    {
        for (const QByteArray &c : std::as_const(m_corpus))
            QVERIFY(feed(c));
    }

    void goldenMalformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("fuzz.json, line 1, column 1");
        QTest::newRow("truncated") << kSmall.left(120) << QStringLiteral("the JSON is malformed");
        QTest::newRow("nul bytes") << QByteArray(16, '\0') << QStringLiteral("malformed");
        QTest::newRow("deep nesting")
            << QByteArray(5000, '[') + QByteArray(5000, ']') << QStringLiteral("fuzz.json");
        QTest::newRow("array") << QByteArray("[42]") << QStringLiteral("one JSON object");
        QTest::newRow("huge version")
            << QByteArray(kSmall).replace("\"version\": 1", "\"version\": 1e300")
            << QStringLiteral("at version: the version is a whole number");
        QTest::newRow("sections object")
            << QByteArray("{\"format\":\"edgeconsole-commissioning-template\",\"template_id\":"
                          "\"x\",\"version\":1,\"title\":\"X\",\"sections\":{}}")
            << QStringLiteral("at sections: a template needs a list of sections");
        QTest::newRow("oversized")
            << QByteArray(5 * 1024 * 1024, ' ') << QStringLiteral("larger than 4 MiB");
    }

    void goldenMalformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        auto t = CommissioningTemplate::parse(input, kOrigin);
        QVERIFY(!t);
        QCOMPARE(t.error().code, Code::Validation);
        QVERIFY2(t.error().message.startsWith(kOrigin), qPrintable(t.error().message));
        QVERIFY2(t.error().message.contains(says), qPrintable(t.error().message));
    }

    void byteMutations()
    {
        Mutator m(0x9e3779b9u);
        for (int i = 0; i < kIterations; ++i) {
            feed(m.bytes(m_corpus.at(m.pick(int(m_corpus.size())))));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void structureMutations()
    {
        Mutator m(12345u);
        int parsedOk = 0;
        int refused = 0;
        for (int i = 0; i < kIterations; ++i) {
            const QJsonDocument doc = QJsonDocument::fromJson(
                m_corpus.at(m.pick(int(m_corpus.size()))));
            QVERIFY(doc.isObject());
            const QJsonValue mutated = m.structure(doc.object());
            QJsonDocument out;
            if (mutated.isObject())
                out.setObject(mutated.toObject());
            else if (mutated.isArray())
                out.setArray(mutated.toArray());
            if (feed(out.toJson(QJsonDocument::Compact)))
                ++parsedOk;
            else
                ++refused;
            if (QTest::currentTestFailed())
                return;
        }
        // Both outcomes must occur, or this would test only one path.
        QVERIFY(parsedOk > 0);
        QVERIFY(refused > 0);
    }

private:
    QList<QByteArray> m_corpus;
};

QTEST_GUILESS_MAIN(TstCommissioningFuzz)
#include "tst_commissioning_fuzz.moc"
