// The acceptance report (issue 6) in-process, from a run built by hand (acceptancesample.h): the
// English and the Chinese PDF read back with pdftotext (cabinet, serial numbers, sections, a
// measured value with its unit, a skip reason, the verdict, the run it supersedes, the footer on
// every page), photos embedded at the print size (pdfimages -list), a drawn signature printed,
// cancel while photos load and while pages are written, photos prepared on a worker beforehand
// (preparePhotos: the same PDF text and images, no attachment read by the builder, cancel during
// preparation), and canonicalRunContent: stable,
// independent of record order, ids and store revisions, sensitive to a changed value.
#include "backend/reports/acceptancereport.h"
#include "backend/reports/tests/acceptancesample.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <random>
#include <thread>

using namespace edge;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

// pdfimages -list: one {width, height} per embedded image.
QList<QSize> pdfImages(const QString &pdf)
{
    QList<QSize> sizes;
    const QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.trimmed().split(space);
        if (cols.size() > 4)
            sizes << QSize(cols.at(3).toInt(), cols.at(4).toInt());
    }
    return sizes;
}

// Text without line breaks and repeated spaces (pdftotext wraps table cells).
QString flat(QString s)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return s.replace(ws, QStringLiteral(" "));
}

// Counts the attachments read through it.
class CountingAttachments : public api::Attachments {
public:
    explicit CountingAttachments(api::Attachments &inner)
        : m_inner(inner)
    {}
    api::Result<api::BlobInfo> putAttachment(const QByteArray &content,
                                             const QString &mediaType) override
    {
        return m_inner.putAttachment(content, mediaType);
    }
    api::Result<QByteArray> attachment(const QString &sha256) override
    {
        ++reads;
        return m_inner.attachment(sha256);
    }
    std::atomic<int> reads = 0;

private:
    api::Attachments &m_inner;
};

} // namespace

class TestAcceptanceReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "poppler-utils is needed (scripts/install-deps.sh --test)");
        QVERIFY(m_dir.isValid());
        m_photo = test::noisyJpeg(800, 600, 3);
        QVERIFY(m_photo.size() > 1000);
    }

    void english()
    {
        test::MemoryAttachments attachments;
        test::SampleOptions o;
        o.photos = {m_photo};
        const commissioning::RunData data = test::sampleRun(o, &attachments);
        reports::AcceptanceReportOptions options;
        options.language = QStringLiteral("en");
        options.footerText = QStringLiteral("Seal 3f9a-77c1 / key 0b12-ee90");
        options.photoMaxPixels = 400;
        QList<int> photoProgress;
        auto doc = reports::buildAcceptanceReport(data, &attachments, options, [&](int d, int t) {
            photoProgress << d;
            return t == 1;
        });
        QVERIFY2(doc.has_value(), doc ? "" : qPrintable(doc.error().message));
        QCOMPARE(photoProgress, (QList<int>{0, 1}));
        const QString pdf = m_dir.filePath(QStringLiteral("en.pdf"));
        auto pages = doc->write(pdf);
        QVERIFY2(pages.has_value(), pages ? "" : qPrintable(pages.error().message));
        if (qEnvironmentVariableIsSet("EC_KEEP_PDF"))
            QFile::copy(pdf, qEnvironmentVariable("EC_KEEP_PDF"));
        QVERIFY(*pages >= 2);

        const QString text = flat(pdfText(pdf));
        const QStringList expected{
            QStringLiteral("Acceptance report"),
            QStringLiteral("Cabinet Harbour-A1"),
            QStringLiteral("SN-CAB-778812"),
            QStringLiteral("EC-42AIO"),
            QStringLiteral("SN-UPS-4411"),
            QStringLiteral("SN-NODE-9001"),
            QStringLiteral("Harbour Logistics"),
            QStringLiteral("Li Wei"),
            QStringLiteral("Acceptance 2026-11-17"), // the run it supersedes
            QStringLiteral("Power supply"),
            QStringLiteral("Physical"),
            QStringLiteral("Environment"),
            QStringLiteral("Network"),
            QStringLiteral("231.4 V"),
            QStringLiteral("198 – 242 V"),
            QStringLiteral("Fire panel not installed by the customer yet"),
            QStringLiteral("Door seal torn at hinge"),
            QStringLiteral("Verdict: Rejected"),
            QStringLiteral("upsEstimatedChargeRemaining"),
            QStringLiteral("1.3.6.1.2.1.33.1.2.4.0"),
            QStringLiteral("door reads open"),
            QStringLiteral("0x0001"),
            QStringLiteral("Temperatures"),
            QStringLiteral("UPS load"),
            QStringLiteral("Node metrics"),
            QStringLiteral("Temperatures: 2 series, 1200 samples"), // the chunks joined
            QStringLiteral("Open items"),
            QStringLiteral("EdgeCo Services"),
        };
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\"").arg(e)));
        for (int p = 1; p <= *pages; ++p) {
            const QString page = pdfText(pdf, p);
            QVERIFY2(page.contains(options.footerText), qPrintable(page));
            QVERIFY(page.contains(QStringLiteral("Page %1 of %2").arg(p).arg(*pages)));
        }
        // The photo at the print size (400 px on the long side) and the drawn signature.
        const QList<QSize> images = pdfImages(pdf);
        QVERIFY2(images.contains(QSize(400, 300)),
                 qPrintable(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})));
        QVERIFY(!images.contains(QSize(800, 600)));
        QVERIFY(images.contains(QSize(400, 120)));

        // The customer signs in ink: without a drawn engineer signature, no signature image.
        o.signatureImage = false;
        test::MemoryAttachments other;
        auto ink = reports::buildAcceptanceReport(test::sampleRun(o, &other), &other, options);
        QVERIFY(ink.has_value());
        const QString inkPdf = m_dir.filePath(QStringLiteral("ink.pdf"));
        QVERIFY(ink->write(inkPdf).has_value());
        QVERIFY(!pdfImages(inkPdf).contains(QSize(400, 120)));
        QVERIFY(pdfImages(inkPdf).contains(QSize(400, 300)));

        // Without attachments the photo is listed, not printed.
        auto listed = reports::buildAcceptanceReport(data, nullptr, options);
        QVERIFY(listed.has_value());
        const QString listedPdf = m_dir.filePath(QStringLiteral("listed.pdf"));
        QVERIFY(listed->write(listedPdf).has_value());
        QVERIFY(!pdfImages(listedPdf).contains(QSize(400, 300)));
        QVERIFY(flat(pdfText(listedPdf)).contains(QStringLiteral("not printed")));
    }

    void chinese()
    {
        QVERIFY(i18n::install(*QCoreApplication::instance(), QStringLiteral("en")));
        test::MemoryAttachments attachments;
        test::SampleOptions o;
        o.photos = {m_photo};
        reports::AcceptanceReportOptions options;
        options.language = QStringLiteral("zh_CN");
        options.footerText = QStringLiteral("封印 3f9a-77c1");
        auto doc = reports::buildAcceptanceReport(test::sampleRun(o, &attachments), &attachments,
                                                  options);
        QVERIFY2(doc.has_value(), doc ? "" : qPrintable(doc.error().message));
        QCOMPARE(i18n::current(*QCoreApplication::instance()), QStringLiteral("en"));
        const QString pdf = m_dir.filePath(QStringLiteral("zh.pdf"));
        auto pages = doc->write(pdf);
        QVERIFY(pages.has_value());
        if (qEnvironmentVariableIsSet("EC_KEEP_PDF"))
            QFile::copy(pdf, qEnvironmentVariable("EC_KEEP_PDF") + QStringLiteral(".zh.pdf"));
        const QString text = flat(pdfText(pdf));
        for (const QString &e :
             {QStringLiteral("一体化机柜"), QStringLiteral("供配电"), QStringLiteral("机柜结构"),
              QStringLiteral("环境监控"), QStringLiteral("输入电压"), QStringLiteral("231.4 V"),
              QStringLiteral("Cabinet Harbour-A1"),
              QStringLiteral("Fire panel not installed by the customer yet")})
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\"").arg(e)));
        // The report's own texts are in Chinese once the translation has them (tests do not
        // depend on translations: the expectation is what the translator says in zh_CN).
        QString title, verdict, page;
        {
            i18n::ScopedLanguage zh(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
            QVERIFY(zh.ok());
            title = QCoreApplication::translate("edge::reports", "Acceptance report");
            verdict = QCoreApplication::translate("edge::reports", "Rejected");
            page = QCoreApplication::translate("edge::reports", "Page %1 of %2");
        }
        QVERIFY(text.contains(title));
        QVERIFY(text.contains(verdict));
        if (title != QLatin1String("Acceptance report"))
            QVERIFY(text.contains(QStringLiteral("验收报告")));
        for (int p = 1; p <= *pages; ++p) {
            const QString pageText = pdfText(pdf, p);
            QVERIFY2(pageText.contains(options.footerText), qPrintable(pageText));
            QVERIFY(pageText.contains(page.arg(p).arg(*pages)));
        }
        i18n::uninstall(*QCoreApplication::instance());
    }

    // The hand-built progress of the sample is what the model computes from its records (so the
    // report is tested against states the real evaluation gives).
    void progressMatchesModel()
    {
        const commissioning::RunData data = test::sampleRun({}, nullptr);
        const api::RunProgress model = api::evaluateRun(data.tmpl, data.records);
        if (model.total == 0)
            QSKIP("api::evaluateRun is not built yet");
        QCOMPARE(model.total, data.progress.total);
        QCOMPARE(model.passed, data.progress.passed);
        QCOMPARE(model.failed, data.progress.failed);
        QCOMPARE(model.skipped, data.progress.skipped);
        QCOMPARE(int(model.verdict), int(data.progress.verdict));
        QCOMPARE(model.items.size(), data.progress.items.size());
        for (qsizetype i = 0; i < model.items.size(); ++i) {
            QCOMPARE(model.items.at(i).itemId, data.progress.items.at(i).itemId);
            QCOMPARE(int(model.items.at(i).state), int(data.progress.items.at(i).state));
            QCOMPARE(model.items.at(i).skipReason, data.progress.items.at(i).skipReason);
        }
        QCOMPARE(model.sections.size(), data.progress.sections.size());
        for (qsizetype i = 0; i < model.sections.size(); ++i)
            QCOMPARE(model.sections.at(i).done(), data.progress.sections.at(i).done());
    }

    void badLanguage()
    {
        reports::AcceptanceReportOptions options;
        options.language = QStringLiteral("fr");
        auto doc = reports::buildAcceptanceReport(test::sampleRun({}, nullptr), nullptr, options);
        QVERIFY(!doc.has_value());
        QCOMPARE(doc.error().code, api::Code::Validation);
        QVERIFY(doc.error().message.contains(QStringLiteral("fr")));
    }

    void cancel()
    {
        test::MemoryAttachments attachments;
        test::SampleOptions o;
        o.photos = {m_photo, test::noisyJpeg(640, 480, 5), test::noisyJpeg(640, 480, 6)};
        const commissioning::RunData data = test::sampleRun(o, &attachments);
        // While photos load.
        int calls = 0;
        auto doc = reports::buildAcceptanceReport(data, &attachments, {}, [&](int done, int) {
            ++calls;
            return done < 1;
        });
        QVERIFY(!doc.has_value());
        QCOMPARE(doc.error().code, api::Code::Cancelled);
        QCOMPARE(calls, 2);
        // While pages are written: no file, no temporary file.
        auto full = reports::buildAcceptanceReport(data, &attachments, {});
        QVERIFY(full.has_value());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("cancelled.pdf"));
        auto written = full->write(pdf, [](int done, int) { return done < 1; });
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, api::Code::Cancelled);
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // The console prepares the photos on a worker, then builds on the GUI thread from them.
    void preparedPhotos()
    {
        test::MemoryAttachments memory;
        test::SampleOptions o;
        o.photos = {m_photo, test::noisyJpeg(640, 480, 5), test::noisyJpeg(300, 600, 6)};
        const commissioning::RunData data = test::sampleRun(o, &memory);
        CountingAttachments attachments(memory);
        reports::AcceptanceReportOptions options;
        options.footerText = QStringLiteral("Seal 1111-2222 / key 3333-4444");
        options.photoMaxPixels = 400;
        options.generatedAtMs = 1'795'000'000'000;

        auto direct = reports::buildAcceptanceReport(data, &attachments, options);
        QVERIFY(direct.has_value());
        QCOMPARE(attachments.reads.load(), 3);
        const QString directPdf = m_dir.filePath(QStringLiteral("direct.pdf"));
        QVERIFY(direct->write(directPdf).has_value());

        // On another thread, with progress per photo.
        attachments.reads = 0;
        QList<int> progress;
        std::optional<api::Result<reports::PreparedPhotos>> prepared;
        std::thread worker([&] {
            prepared = reports::preparePhotos(data, &attachments, options.photoMaxPixels,
                                              [&](int done, int total) {
                                                  progress << done;
                                                  return total == 3;
                                              });
        });
        worker.join();
        QVERIFY(prepared.has_value());
        QVERIFY2(prepared->has_value(), *prepared ? "" : qPrintable(prepared->error().message));
        QCOMPARE(progress, (QList<int>{0, 1, 2, 3}));
        QCOMPARE(attachments.reads.load(), 3);
        QCOMPARE((*prepared)->byRecord.size(), 3);
        QList<QSize> sizes;
        for (const reports::PreparedPhoto &photo : std::as_const((*prepared)->byRecord)) {
            QVERIFY(!photo.jpeg.isEmpty());
            QVERIFY(!photo.thumbnail);
            sizes << photo.size;
        }
        QCOMPARE(sizes.count(QSize(400, 300)), 2);
        QCOMPARE(sizes.count(QSize(200, 400)), 1);

        // The builder reads no attachment and decodes nothing; the PDF is the same.
        attachments.reads = 0;
        options.preparedPhotos = std::make_shared<const reports::PreparedPhotos>(
            std::move(**prepared));
        int calls = 0;
        auto built = reports::buildAcceptanceReport(data, &attachments, options, [&](int, int) {
            ++calls;
            return true;
        });
        QVERIFY(built.has_value());
        QCOMPARE(attachments.reads.load(), 0);
        QCOMPARE(calls, 0);
        const QString builtPdf = m_dir.filePath(QStringLiteral("prepared.pdf"));
        QVERIFY(built->write(builtPdf).has_value());
        const QString text = pdfText(builtPdf);
        QVERIFY(text.contains(QStringLiteral("Photo 3")));
        QCOMPARE(text, pdfText(directPdf));
        const QList<QSize> images = pdfImages(builtPdf);
        QCOMPARE(images.count(QSize(400, 300)), 2);
        QCOMPARE(images.count(QSize(200, 400)), 1);
        QCOMPARE(images, pdfImages(directPdf));

        // Prepared without attachments: the photos are listed, not printed.
        auto none = reports::preparePhotos(data, nullptr, 400);
        QVERIFY(none.has_value());
        options.preparedPhotos = std::make_shared<const reports::PreparedPhotos>(std::move(*none));
        auto listed = reports::buildAcceptanceReport(data, nullptr, options);
        QVERIFY(listed.has_value());
        const QString listedPdf = m_dir.filePath(QStringLiteral("prepared-listed.pdf"));
        QVERIFY(listed->write(listedPdf).has_value());
        QVERIFY(!pdfImages(listedPdf).contains(QSize(400, 300)));
        QVERIFY(flat(pdfText(listedPdf)).contains(QStringLiteral("not printed")));

        // Cancelled during preparation (from another thread, as the dialog's Cancel does): it
        // stops at the next photo.
        std::atomic<bool> cancel = false;
        std::atomic<int> seen = 0;
        std::optional<api::Result<reports::PreparedPhotos>> cancelled;
        std::thread canceller([&] {
            cancelled = reports::preparePhotos(data, &attachments, 400, [&](int done, int) {
                seen = done;
                if (done == 1)
                    cancel = true; // what the GUI thread's Cancel sets
                return !cancel.load();
            });
        });
        canceller.join();
        QVERIFY(cancelled.has_value());
        QVERIFY(!cancelled->has_value());
        QCOMPARE(cancelled->error().code, api::Code::Cancelled);
        QCOMPARE(seen.load(), 1);
    }

    void canonicalContent()
    {
        const commissioning::RunData a = test::sampleRun({}, nullptr);
        const QByteArray bytes = reports::canonicalRunContent(a);
        QVERIFY(bytes.size() > 1000);
        QCOMPARE(reports::canonicalRunContent(test::sampleRun({}, nullptr)), bytes);
        QVERIFY(bytes.contains("0b9f3a52-run"));
        QVERIFY(bytes.contains("power.input-voltage result"));
        QVERIFY(!bytes.contains("rec-1\""));
        // A replica holds the same records in another order, with other local ids and revisions,
        // and payload keys in another order.
        commissioning::RunData b = a;
        std::mt19937 rng(7);
        std::shuffle(b.records.begin(), b.records.end(), rng);
        for (api::CommissioningRecord &r : b.records) {
            r.id = QStringLiteral("other-") + r.id;
            r.revision += 1000;
            const QJsonObject o = QJsonDocument::fromJson(r.payload.toUtf8()).object();
            r.payload = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        }
        b.run.revision = 99;
        QCOMPARE(reports::canonicalRunContent(b), bytes);
        // A changed value changes the content.
        test::SampleOptions changed;
        changed.voltage = 231.5;
        QVERIFY(reports::canonicalRunContent(test::sampleRun(changed, nullptr)) != bytes);
        commissioning::RunData c = a;
        c.records.removeLast();
        QVERIFY(reports::canonicalRunContent(c) != bytes);
        commissioning::RunData d = a;
        d.run.customer = QStringLiteral("Someone else");
        QVERIFY(reports::canonicalRunContent(d) != bytes);
        QVERIFY(!QJsonDocument::fromJson(bytes).isNull());
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_photo;
};

QTEST_MAIN(TestAcceptanceReport)
#include "tst_acceptancereport.moc"
