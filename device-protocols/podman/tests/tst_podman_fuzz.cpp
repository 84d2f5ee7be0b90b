// Fuzz-style test: feeds the Podman response parsers mutated golden inputs for a bounded,
// seeded number of iterations (reproducible; no libFuzzer needed). Passing means no crash,
// no sanitizer report, and every result is either a value or an Error with a message.
#include "device-protocols/podman/podmancodec.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

using namespace edge::podman;

namespace {

constexpr int kIterations = 4000;

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
        switch (pick(depth > 2 ? 6 : 8)) {
        case 0: return QJsonValue();
        case 1: return pick(2) == 1;
        case 2: return (pick(2) ? -1.0 : 1.0) * std::ldexp(1.0, pick(1100) - 50);
        case 3: return QStringLiteral("0001-01-01T00:00:00Z");
        case 4: return QString(pick(40), QChar(u'x'));
        case 5: return pick(100000) - 50000;
        case 6: return QJsonArray{randomValue(depth + 1), randomValue(depth + 1)};
        default: return QJsonObject{{QStringLiteral("Status"), randomValue(depth + 1)}};
        }
    }

    // Replaces random nodes of a JSON tree with values of random types.
    QJsonValue structure(const QJsonValue &v, int depth = 0)
    {
        if (pick(12) == 0)
            return randomValue(depth);
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                *it = structure(*it, depth + 1);
            if (pick(6) == 0 && !o.isEmpty())
                o.remove(o.keys().at(pick(int(o.size()))));
            return o;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                a[i] = structure(a.at(i), depth + 1);
            return a;
        }
        return v;
    }

private:
    std::mt19937 m_rng;
};

void feed(const QByteArray &input)
{
    auto check = [](const auto &r) {
        if (!r)
            QVERIFY(!r.error().message.isEmpty());
    };
    check(parseInspect(input));
    check(parseList(input));
    check(parseVersion(input));
    check(parseCreateResponse(input));
    check(parseLoadResponse(input));
    check(parseHealthCheckRun(input));
    check(parseStats(input));
    const edge::api::Error e = parseError(500, input);
    QVERIFY(!e.message.isEmpty());
}

} // namespace

class TstPodmanFuzz : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QDir dir(QStringLiteral(EC_PODMAN_TESTDATA));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            m_corpus.append(f.readAll());
        }
        QVERIFY2(m_corpus.size() >= 10, "golden corpus missing");
    }

    void corpusAsIs()
    {
        for (const QByteArray &c : std::as_const(m_corpus))
            feed(c);
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
        for (int i = 0; i < kIterations; ++i) {
            const QJsonDocument doc = QJsonDocument::fromJson(
                m_corpus.at(m.pick(int(m_corpus.size()))));
            if (doc.isNull())
                continue;
            const QJsonValue root = doc.isObject() ? QJsonValue(doc.object())
                                                   : QJsonValue(doc.array());
            const QJsonValue mutated = m.structure(root);
            QJsonDocument out;
            if (mutated.isObject())
                out.setObject(mutated.toObject());
            else if (mutated.isArray())
                out.setArray(mutated.toArray());
            const QByteArray bytes = out.toJson(QJsonDocument::Compact);
            feed(bytes);
            if (QTest::currentTestFailed())
                return;
            if (parseInspect(bytes))
                ++parsedOk;
        }
        // The mutations must leave some inputs valid, or this would only test the JSON reader.
        QVERIFY(parsedOk > 0);
    }

private:
    QList<QByteArray> m_corpus;
};

QTEST_GUILESS_MAIN(TstPodmanFuzz)
#include "tst_podman_fuzz.moc"
