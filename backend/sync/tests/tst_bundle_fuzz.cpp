// Fuzz-style test of the bundle reader (the house pattern, see tst_podman_fuzz): a real bundle
// mutated for a bounded, seeded number of iterations (reproducible; no libFuzzer needed) goes
// into Bundle::verify. Passing means no crash, no sanitizer report, and every result is either
// the bundle or a BundleInvalid error with a message naming the file. Random bytes rarely get
// past the signature, so the structure mutations re-sign what they changed with the bundle's key:
// they reach the CBOR and frame parsers. Golden malformed inputs assert their messages.
#include "backend/api/inventorytypes.h"
#include "backend/sync/bundle.h"
#include "backend/sync/replicakey.h"
#include "backend/sync/tests/synctestsupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace edge;

namespace {

constexpr int kIterations = 2500;
constexpr int kTrailer = 80;
const QByteArray kTrailerMagic("EDGECONSOLE-END\n");
const QByteArray kFormatLine("EDGECONSOLE SYNC BUNDLE 1\n");

struct Frame {
    char type = 0;
    QByteArray payload;
};

// Splits a well-formed bundle into its frames (the test's own reading of the documented format).
QList<Frame> framesOf(const QByteArray &bundle)
{
    QList<Frame> frames;
    qsizetype at = kFormatLine.size();
    const qsizetype end = bundle.size() - kTrailer;
    while (at + 5 <= end) {
        const auto *p = reinterpret_cast<const uchar *>(bundle.constData() + at);
        const qsizetype len = (qsizetype(p[1]) << 24) | (qsizetype(p[2]) << 16)
                              | (qsizetype(p[3]) << 8) | qsizetype(p[4]);
        frames.append({bundle.at(at), bundle.mid(at + 5, len)});
        at += 5 + len;
    }
    return frames;
}

QByteArray frameBytes(char type, const QByteArray &payload)
{
    QByteArray out(1, type);
    const quint32 n = quint32(payload.size());
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return out + payload;
}

// A bundle of `frames` with a valid signature by `key`.
QByteArray signedBundle(const sync::ReplicaKey &key, const QList<Frame> &frames)
{
    QByteArray body = kFormatLine;
    for (const Frame &f : frames)
        body += frameBytes(f.type, f.payload);
    const QByteArray message = QByteArray("EdgeConsole sync bundle signature 1", 35) + '\0'
                               + QCryptographicHash::hash(body, QCryptographicHash::Sha512);
    return body + key.sign(message).value_or(QByteArray(64, '\0')) + kTrailerMagic;
}

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
            case 4: in[at] = char(pick(256)); break;
            }
        }
        return in;
    }

    QCborValue randomValue(int depth)
    {
        switch (pick(depth > 3 ? 7 : 10)) {
        case 0: return QCborValue();
        case 1: return QCborValue(pick(2) == 1);
        case 2: return QCborValue(qint64(pick(2) ? -1 : 1) * (qint64(1) << pick(63)));
        case 3: return QCborValue(QString(pick(80), QChar(u'x')));
        case 4: return QCborValue(QByteArray(pick(80), 'b'));
        case 5: return QCborValue(double(pick(1000)) / 7.0);
        case 6:
            return QCborValue(QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef"
                                             "0123456789abcdef"));
        case 7: return QCborArray{randomValue(depth + 1), randomValue(depth + 1)};
        case 8: return QCborValue(QCborTag(pick(300)), randomValue(depth + 1));
        default:
            return QCborMap{{QStringLiteral("value"), randomValue(depth + 1)},
                            {randomValue(depth + 1), randomValue(depth + 1)}};
        }
    }

    // Replaces random nodes of a CBOR tree with values of random types, drops keys, adds keys.
    QCborValue structure(const QCborValue &v, int depth = 0)
    {
        if (pick(10) == 0)
            return randomValue(depth);
        if (v.isMap()) {
            QCborMap m = v.toMap();
            QCborMap out;
            for (auto it = m.cbegin(); it != m.cend(); ++it)
                if (pick(12) != 0)
                    out.insert(it.key(), structure(it.value(), depth + 1));
            if (pick(8) == 0)
                out.insert(randomValue(depth + 1), randomValue(depth + 1));
            return out;
        }
        if (v.isArray()) {
            QCborArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                a[i] = structure(a.at(i), depth + 1);
            if (pick(8) == 0 && !a.isEmpty())
                a.removeAt(pick(int(a.size())));
            return a;
        }
        return v;
    }

private:
    std::mt19937 m_rng;
};

} // namespace

class TestBundleFuzz : public QObject {
    Q_OBJECT

private:
    // verify() must give the bundle or a clean BundleInvalid error naming the file.
    bool feed(const QByteArray &input, bool *accepted = nullptr)
    {
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(input) != input.size())
            return false;
        f.close();
        auto r = sync::Bundle::verify(m_path);
        if (accepted)
            *accepted = bool(r);
        if (r)
            return true;
        if (r.error().code != api::Code::BundleInvalid || r.error().message.isEmpty()
            || !r.error().message.contains(m_path)) {
            qWarning() << "unclean error:" << r.error().toString();
            return false;
        }
        return true;
    }

    QString messageFor(const QByteArray &input)
    {
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(input);
        f.close();
        auto r = sync::Bundle::verify(m_path);
        return r ? QStringLiteral("<accepted>") : r.error().message;
    }

    QTemporaryDir m_dir{sync::test::fastTempTemplate()};
    QString m_path;
    api::ManualClock m_clock;
    std::optional<sync::ReplicaKey> m_key;
    QByteArray m_good;
    QList<Frame> m_frames;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("fuzz.bundle"));
        QString error;
        auto a = sync::test::openStore(m_dir.filePath(QStringLiteral("A.db")), m_clock,
                                       QStringLiteral("A"), &error);
        QVERIFY2(a, qPrintable(error));
        if (!a->versionVector())
            QSKIP("the store's sync (syncsql.cpp) is not built yet");
        for (int i = 0; i < 12; ++i) {
            api::Site s;
            s.name = QStringLiteral("Site %1").arg(i);
            s.notes = QStringLiteral("note %1").arg(i);
            QVERIFY(a->create(s.toRecord(), QStringLiteral("tester")));
        }
        QByteArray content(3000, 'p');
        a->putBlob(content, QStringLiteral("image/png")); // without attachments: operations only
        auto key = sync::ReplicaKey::loadOrCreate(m_dir.filePath(QStringLiteral("key")));
        QVERIFY(key);
        m_key = std::move(*key);
        const QString file = m_dir.filePath(QStringLiteral("good.bundle"));
        auto info = sync::Bundle::exportTo(*a, *m_key, file);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_good = f.readAll();
        m_frames = framesOf(m_good);
        QVERIFY(m_frames.size() >= 3);
        QCOMPARE(m_frames.first().type, 'H');
        QCOMPARE(m_frames.last().type, 'E');
        // The test's re-signing is right: the same frames signed again are accepted.
        bool accepted = false;
        QVERIFY(feed(signedBundle(*m_key, m_frames), &accepted));
        QVERIFY(accepted);
    }

    void goldenMalformed()
    {
        QVERIFY(messageFor({}).contains(QStringLiteral("is not an EdgeConsole sync bundle")));
        QVERIFY(messageFor("PK\x03\x04 a zip file")
                    .contains(QStringLiteral("is not an EdgeConsole sync bundle")));
        QVERIFY(messageFor("EDGECONSOLE SYNC BUNDLE 7\n" + m_good.mid(kFormatLine.size()))
                    .contains(QStringLiteral("newer EdgeConsole (bundle format 7)")));
        QVERIFY(messageFor(m_good.left(m_good.size() - 1)).contains(QStringLiteral("is truncated")));
        QVERIFY(messageFor(m_good.left(10)).contains(QStringLiteral("is truncated")));
        // Signed, but the end record is missing / counts wrong / a chunk outside an attachment.
        QList<Frame> noEnd = m_frames;
        noEnd.removeLast();
        QVERIFY(messageFor(signedBundle(*m_key, noEnd))
                    .contains(QStringLiteral("is signed but its content cannot be read")));
        QList<Frame> stray = m_frames;
        stray.insert(1, Frame{'C', QByteArray(10, 'c')});
        QVERIFY(messageFor(signedBundle(*m_key, stray))
                    .contains(QStringLiteral("is signed but its content cannot be read")));
        QList<Frame> twoHeaders = m_frames;
        twoHeaders.insert(1, m_frames.first());
        QVERIFY(messageFor(signedBundle(*m_key, twoHeaders))
                    .contains(QStringLiteral("is signed but its content cannot be read")));
        // Signed by another key than the one its header names.
        auto other = sync::ReplicaKey::loadOrCreate(m_dir.filePath(QStringLiteral("other")));
        QVERIFY(other);
        QVERIFY(messageFor(signedBundle(*other, m_frames))
                    .contains(QStringLiteral("was altered after it was signed")));
    }

    void byteMutations()
    {
        Mutator m(0x9e3779b9u);
        int accepted = 0;
        for (int i = 0; i < kIterations; ++i) {
            bool ok = false;
            const QByteArray mutated = m.bytes(m_good);
            QVERIFY(feed(mutated, &ok));
            if (ok && mutated != m_good) {
                qWarning() << "accepted a changed bundle of" << mutated.size() << "bytes (was"
                           << m_good.size() << ")";
                ++accepted;
            }
        }
        QCOMPARE(accepted, 0); // every byte is signed
    }

    void signedFrameMutations()
    {
        Mutator m(4242u);
        int accepted = 0;
        for (int i = 0; i < kIterations; ++i) {
            QList<Frame> frames = m_frames;
            const int which = m.pick(int(frames.size()));
            switch (m.pick(4)) {
            case 0: frames[which].payload = m.bytes(frames[which].payload); break;
            case 1: {
                QCborParserError err;
                const QCborValue v = QCborValue::fromCbor(frames[which].payload, &err);
                frames[which].payload = m.structure(v).toCbor();
                break;
            }
            case 2: frames[which].payload = m.randomValue(0).toCbor(); break;
            case 3:
                frames.insert(which, Frame{"HOACEZ"[m.pick(6)], m.randomValue(0).toCbor()});
                break;
            }
            bool ok = false;
            QVERIFY(feed(signedBundle(*m_key, frames), &ok));
            accepted += ok ? 1 : 0;
        }
        qInfo() << "signed mutations accepted:" << accepted << "of" << kIterations;
    }
};

QTEST_GUILESS_MAIN(TestBundleFuzz)
#include "tst_bundle_fuzz.moc"
