// Signed sync bundles (issue 5): the replica key, a round trip between two real stores, importing
// twice, and refusals (altered at many positions, truncated at many lengths, another key for the
// same replica, a bundle of the importing replica itself) that leave the importing store unchanged.
#include "backend/api/inventorytypes.h"
#include "backend/sync/bundle.h"
#include "backend/sync/replicakey.h"
#include "backend/sync/tests/synctestsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace edge;

class TestBundle : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<store::SqliteStore> open(const QString &replica)
    {
        QString error;
        auto s = sync::test::openStore(m_dir->filePath(replica + QStringLiteral(".db")), m_clock,
                                       replica, &error);
        if (!s)
            qWarning() << "cannot open store" << replica << error;
        return s;
    }
    static QString state(store::SqliteStore &s)
    {
        QString error;
        const QString st = sync::test::canonicalState(s, &error);
        if (!error.isEmpty())
            qWarning() << "canonical state failed:" << error;
        return st;
    }
    static qint64 opCount(store::SqliteStore &s)
    {
        return s.operationsSince(0, 0).value_or(QList<api::Operation>()).size();
    }
    static bool storeReady(store::SqliteStore &s)
    {
        auto v = s.versionVector();
        if (!v)
            qWarning() << "store sync not ready:" << v.error().toString();
        return bool(v);
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool writeAll(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

    // Sites, an edit, a delete and (when the store's attachments work) a blob in `a`.
    bool fill(store::SqliteStore &a, bool *withBlob)
    {
        api::Region region;
        region.name = QStringLiteral("North");
        region.code = QStringLiteral("N");
        auto r = a.create(region.toRecord(), QStringLiteral("tester"));
        if (!r)
            return false;
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            api::Site s;
            s.name = QStringLiteral("Site %1").arg(i);
            s.regionId = r->id;
            s.notes = QStringLiteral("note %1").arg(i);
            auto c = a.create(s.toRecord(), QStringLiteral("tester"));
            if (!c)
                return false;
            ids << c->id;
        }
        api::Record patch;
        patch.kind = api::EntityKind::Site;
        patch.id = ids.at(1);
        patch.fields.insert(QStringLiteral("notes"), QStringLiteral("edited"));
        if (!a.update(patch, QStringLiteral("tester")))
            return false;
        if (!a.remove(api::EntityKind::Site, ids.at(2), QStringLiteral("tester"), false))
            return false;
        QByteArray content;
        for (int i = 0; i < api::kBlobChunkSize * 2 + 1000; ++i)
            content.append(char((qint64(i) * 7919) % 251));
        auto blob = a.putBlob(content, QStringLiteral("image/jpeg"));
        *withBlob = bool(blob);
        if (!blob)
            qWarning() << "attachments not ready:" << blob.error().toString();
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    api::ManualClock m_clock;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(sync::test::fastTempTemplate());
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void keyIsCreatedOnceAndPrivate()
    {
        const QString dir = m_dir->filePath(QStringLiteral("data"));
        auto k = sync::ReplicaKey::loadOrCreate(dir);
        QVERIFY2(k, qPrintable(k ? QString() : k.error().toString()));
        const QString path = dir + QStringLiteral("/replica-key.pem");
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(k->publicKey().size(), 32);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(k->fingerprint()).hasMatch());
        QVERIFY(!readAll(path).contains("PUBLIC")); // a private key file
        auto again = sync::ReplicaKey::loadOrCreate(dir);
        QVERIFY(again);
        QCOMPARE(again->fingerprint(), k->fingerprint());

        const QByteArray data("every byte counts");
        auto sig = k->sign(data);
        QVERIFY(sig);
        QCOMPARE(sig->size(), 64);
        QVERIFY(sync::ReplicaKey::verify(k->publicKey(), data, *sig));
        QVERIFY(!sync::ReplicaKey::verify(k->publicKey(), data + '!', *sig));
        QByteArray bad = *sig;
        bad[10] = char(bad[10] ^ 1);
        QVERIFY(!sync::ReplicaKey::verify(k->publicKey(), data, bad));
        QVERIFY(!sync::ReplicaKey::verify(QByteArray(32, 'x'), data, *sig));
        QVERIFY(!sync::ReplicaKey::verify(k->publicKey(), data, sig->left(63)));

        auto other = sync::ReplicaKey::loadOrCreate(m_dir->filePath(QStringLiteral("other")));
        QVERIFY(other);
        QVERIFY(other->fingerprint() != k->fingerprint());
    }

    void keyReadableByOthersIsRefused()
    {
        const QString dir = m_dir->filePath(QStringLiteral("data"));
        QVERIFY(sync::ReplicaKey::loadOrCreate(dir));
        const QString path = dir + QStringLiteral("/replica-key.pem");
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
        auto k = sync::ReplicaKey::loadOrCreate(dir);
        QVERIFY(!k);
        QVERIFY2(k.error().message.contains(path), qPrintable(k.error().message));
        QVERIFY2(k.error().message.contains(QStringLiteral("chmod 600")),
                 qPrintable(k.error().message));

        QVERIFY(writeAll(path, "not a key"));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        k = sync::ReplicaKey::loadOrCreate(dir);
        QVERIFY(!k);
        QCOMPARE(k.error().code, api::Code::Crypto);
        QVERIFY(k.error().message.contains(path));
    }

    void roundTripAndImportTwice()
    {
        auto a = open(QStringLiteral("A"));
        auto b = open(QStringLiteral("B"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("the store's sync (syncsql.cpp) is not built yet");
        bool withBlob = false;
        QVERIFY(fill(*a, &withBlob));
        auto key = sync::ReplicaKey::loadOrCreate(m_dir->filePath(QStringLiteral("keyA")));
        QVERIFY(key);
        const QString file = m_dir->filePath(QStringLiteral("a.bundle"));
        int progressCalls = 0;
        auto info = sync::Bundle::exportTo(*a, *key, file, [&](const sync::SyncProgress &) {
            ++progressCalls;
            return true;
        });
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QVERIFY(progressCalls > 0);
        QCOMPARE(info->replicaId, QStringLiteral("A"));
        QCOMPARE(info->keyFingerprint, key->fingerprint());
        QCOMPARE(qint64(info->operations), opCount(*a));
        QCOMPARE(info->blobs, withBlob ? 1 : 0);
        QCOMPARE(info->sizeBytes, QFileInfo(file).size());

        auto verified = sync::Bundle::verify(file);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().toString()));
        QCOMPARE(verified->operations, info->operations);
        QCOMPARE(verified->blobs, info->blobs);
        QCOMPARE(verified->keyFingerprint, key->fingerprint());

        // A dry run changes nothing, not even the key pin.
        const qint64 revBefore = b->revision();
        QVERIFY(sync::Bundle::verifyFor(*b, *b, file));
        QCOMPARE(b->revision(), revBefore);
        QVERIFY(!b->setting(QStringLiteral("sync.bundle-key.A")));

        auto rep = sync::Bundle::importFrom(*b, *b, file);
        QVERIFY2(rep, qPrintable(rep ? QString() : rep.error().toString()));
        QCOMPARE(rep->applied.applied, info->operations);
        QCOMPARE(rep->applied.alreadyPresent, 0);
        QCOMPARE(rep->blobsReceived, info->blobs);
        QCOMPARE(state(*b), state(*a));
        QVERIFY(!state(*a).isEmpty());
        QCOMPARE(b->setting(QStringLiteral("sync.bundle-key.A")).value_or(QString()),
                 key->fingerprint());
        if (withBlob) {
            const QStringList held = a->completeBlobs().value();
            QCOMPARE(b->completeBlobs().value(), held);
            QCOMPARE(b->blob(held.first()).value(), a->blob(held.first()).value());
        }

        // Again: nothing new.
        const qint64 rev = b->revision();
        const qint64 ops = opCount(*b);
        auto again = sync::Bundle::importFrom(*b, *b, file);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->applied.applied, 0);
        QCOMPARE(again->applied.alreadyPresent, info->operations);
        QCOMPARE(again->blobsReceived, 0);
        QCOMPARE(b->revision(), rev);
        QCOMPARE(opCount(*b), ops);
        QCOMPARE(state(*b), state(*a));

        // Its own bundle is refused by A.
        auto own = sync::Bundle::importFrom(*a, *a, file);
        QVERIFY(!own);
        QCOMPARE(own.error().code, api::Code::BundleInvalid);
        QVERIFY(own.error().message.contains(QStringLiteral("exported by this replica")));

        // B's edits travel back to A in B's bundle (operations of A and of B, causal order).
        api::Site s;
        s.name = QStringLiteral("From B");
        QVERIFY(b->create(s.toRecord(), QStringLiteral("tester")));
        auto keyB = sync::ReplicaKey::loadOrCreate(m_dir->filePath(QStringLiteral("keyB")));
        QVERIFY(keyB);
        const QString fileB = m_dir->filePath(QStringLiteral("b.bundle"));
        QVERIFY(sync::Bundle::exportTo(*b, *keyB, fileB));
        auto back = sync::Bundle::importFrom(*a, *a, fileB);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QVERIFY(back->applied.applied > 0);
        QCOMPARE(state(*a), state(*b));
    }

    void cancelledExportLeavesNoFile()
    {
        auto a = open(QStringLiteral("A"));
        QVERIFY(a);
        if (!storeReady(*a))
            QSKIP("the store's sync (syncsql.cpp) is not built yet");
        bool withBlob = false;
        QVERIFY(fill(*a, &withBlob));
        auto key = sync::ReplicaKey::loadOrCreate(m_dir->filePath(QStringLiteral("keyA")));
        QVERIFY(key);
        const QString file = m_dir->filePath(QStringLiteral("a.bundle"));
        auto info = sync::Bundle::exportTo(*a, *key, file,
                                           [](const sync::SyncProgress &) { return false; });
        QVERIFY(!info);
        QCOMPARE(info.error().code, api::Code::Cancelled);
        QVERIFY(!QFileInfo::exists(file));
    }

    void alteredOrTruncatedBundlesAreRefused()
    {
        auto a = open(QStringLiteral("A"));
        auto b = open(QStringLiteral("B"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("the store's sync (syncsql.cpp) is not built yet");
        bool withBlob = false;
        QVERIFY(fill(*a, &withBlob));
        // B holds something of its own, so "unchanged" compares more than an empty store.
        api::Site mine;
        mine.name = QStringLiteral("B's own");
        QVERIFY(b->create(mine.toRecord(), QStringLiteral("tester")));
        auto key = sync::ReplicaKey::loadOrCreate(m_dir->filePath(QStringLiteral("keyA")));
        QVERIFY(key);
        const QString file = m_dir->filePath(QStringLiteral("a.bundle"));
        QVERIFY(sync::Bundle::exportTo(*a, *key, file));
        const QByteArray good = readAll(file);
        QVERIFY(good.size() > 200);

        const qint64 rev = b->revision();
        const qint64 ops = opCount(*b);
        const QString before = state(*b);
        const QString bad = m_dir->filePath(QStringLiteral("bad.bundle"));

        // Positions: every byte of the first 600 (magic, header, first operations), then a
        // stride through the rest (operations, the blob's chunks), and the last 100 (end record,
        // signature, trailer).
        QList<qsizetype> positions;
        for (qsizetype i = 0; i < qMin<qsizetype>(600, good.size()); ++i)
            positions << i;
        const qsizetype stride = qMax<qsizetype>(1, good.size() / 700);
        for (qsizetype i = 600; i < good.size() - 100; i += stride)
            positions << i;
        for (qsizetype i = qMax<qsizetype>(600, good.size() - 100); i < good.size(); ++i)
            positions << i;
        int altered = 0;
        for (qsizetype at : std::as_const(positions)) {
            QByteArray data = good;
            data[at] = char(data[at] ^ (1 << (at % 8)));
            QVERIFY(writeAll(bad, data));
            auto r = sync::Bundle::importFrom(*b, *b, bad);
            QVERIFY2(!r, qPrintable(QStringLiteral("flipped byte %1 was accepted").arg(at)));
            QVERIFY2(r.error().code == api::Code::BundleInvalid,
                     qPrintable(QStringLiteral("byte %1: %2").arg(at).arg(r.error().toString())));
            QVERIFY(r.error().message.contains(bad));
            altered += r.error().message.contains(QStringLiteral("was altered after it was signed"))
                           ? 1
                           : 0;
        }
        QVERIFY(altered > positions.size() / 2);
        // The signature itself.
        {
            QByteArray data = good;
            data[data.size() - 40] = char(data[data.size() - 40] ^ 0x20);
            QVERIFY(writeAll(bad, data));
            auto r = sync::Bundle::verify(bad);
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(QStringLiteral("was altered after it was signed")),
                     qPrintable(r.error().message));
        }
        // Not a bundle at all.
        {
            QVERIFY(writeAll(bad, "id,name\n1,Harbour\n"));
            auto r = sync::Bundle::importFrom(*b, *b, bad);
            QVERIFY(!r);
            QCOMPARE(r.error().code, api::Code::BundleInvalid);
            QVERIFY2(r.error().message.contains(
                         QStringLiteral("is not an EdgeConsole sync bundle")),
                     qPrintable(r.error().message));
        }
        // Truncated at many lengths.
        QList<qsizetype> lengths;
        for (qsizetype n = 1; n < qMin<qsizetype>(300, good.size()); ++n)
            lengths << n;
        for (qsizetype n = 300; n < good.size(); n += qMax<qsizetype>(1, good.size() / 300))
            lengths << n;
        for (qsizetype n = qMax<qsizetype>(300, good.size() - 90); n < good.size(); ++n)
            lengths << n;
        for (qsizetype n : std::as_const(lengths)) {
            QVERIFY(writeAll(bad, good.left(n)));
            auto r = sync::Bundle::importFrom(*b, *b, bad);
            QVERIFY2(!r, qPrintable(QStringLiteral("truncated to %1 was accepted").arg(n)));
            QCOMPARE(r.error().code, api::Code::BundleInvalid);
            QVERIFY2(r.error().message.contains(QStringLiteral("is truncated")),
                     qPrintable(QStringLiteral("%1: %2").arg(n).arg(r.error().message)));
        }
        // Bytes appended after the trailer move it: refused too.
        QVERIFY(writeAll(bad, good + "x"));
        QVERIFY(!sync::Bundle::importFrom(*b, *b, bad));

        QCOMPARE(b->revision(), rev);
        QCOMPARE(opCount(*b), ops);
        QCOMPARE(state(*b), before);
        QVERIFY(!b->setting(QStringLiteral("sync.bundle-key.A")));
        if (withBlob)
            QCOMPARE(b->completeBlobs().value_or(QStringList{QStringLiteral("?")}).size(), 0);

        // The untouched file still imports.
        QVERIFY(writeAll(bad, good));
        QVERIFY(sync::Bundle::importFrom(*b, *b, bad));
    }

    void anotherKeyForTheSameReplicaIsRefused()
    {
        auto a = open(QStringLiteral("A"));
        auto b = open(QStringLiteral("B"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("the store's sync (syncsql.cpp) is not built yet");
        bool withBlob = false;
        QVERIFY(fill(*a, &withBlob));
        auto key1 = sync::ReplicaKey::loadOrCreate(m_dir->filePath(QStringLiteral("key1")));
        auto key2 = sync::ReplicaKey::loadOrCreate(m_dir->filePath(QStringLiteral("key2")));
        QVERIFY(key1 && key2);
        const QString f1 = m_dir->filePath(QStringLiteral("1.bundle"));
        const QString f2 = m_dir->filePath(QStringLiteral("2.bundle"));
        QVERIFY(sync::Bundle::exportTo(*a, *key1, f1));
        QVERIFY(sync::Bundle::importFrom(*b, *b, f1));

        api::Site s;
        s.name = QStringLiteral("Later");
        QVERIFY(a->create(s.toRecord(), QStringLiteral("tester")));
        QVERIFY(sync::Bundle::exportTo(*a, *key2, f2));
        const qint64 rev = b->revision();
        const qint64 ops = opCount(*b);
        for (int dry = 0; dry < 2; ++dry) {
            api::Error e;
            if (dry) {
                auto r = sync::Bundle::verifyFor(*b, *b, f2);
                QVERIFY(!r);
                e = r.error();
            } else {
                auto r = sync::Bundle::importFrom(*b, *b, f2);
                QVERIFY(!r);
                e = r.error();
            }
            QCOMPARE(e.code, api::Code::BundleInvalid);
            const QString m = e.message;
            QVERIFY2(m.contains(QStringLiteral("signed by a different key than earlier bundles of "
                                               "replica A")),
                     qPrintable(m));
            QVERIFY(m.contains(key2->fingerprint()));
            QVERIFY(m.contains(key1->fingerprint()));
        }
        QCOMPARE(b->revision(), rev);
        QCOMPARE(opCount(*b), ops);
        // The file itself is fine: verify() alone (no pin) accepts it.
        QVERIFY(sync::Bundle::verify(f2));
        // And the pinned key still works.
        QVERIFY(sync::Bundle::exportTo(*a, *key1, f1));
        auto ok = sync::Bundle::importFrom(*b, *b, f1);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QVERIFY(ok->applied.applied > 0);
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
