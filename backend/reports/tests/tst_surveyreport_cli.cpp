// `edgectl survey report` run as a process (the real binary): a survey with readings, a noise
// measurement (sox), hazards, site facts, a photo and a note, reported in Chinese and English;
// the PDFs read back with poppler-utils (pdftotext, pdfinfo, pdfimages). Plus add-photo/add-note
// refusals and an unwritable output path.
#include "cli/clirunner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using edge::testing::CliResult;
using edge::testing::CliRunner;

namespace {

// Runs a poppler tool; its stdout, or a null QByteArray when it failed.
QByteArray tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    QByteArray out = p.readAllStandardOutput();
    if (out.isNull())
        out = QByteArray("");
    return out;
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(
        tool(QStringLiteral("pdftotext"),
             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

int pdfPages(const QString &pdf)
{
    const QString info = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {pdf}));
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

class TestSurveyReportCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chineseReport();
    void englishReport();
    void unwritablePath();
    void refusals();

private:
    CliResult ec(const QStringList &args) const
    {
        return m_cli->run(QStringList{QStringLiteral("--data"), m_data} + args);
    }
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_tmp->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(content) != content.size())
            return {};
        return path;
    }
    QString sine(const QString &name, double amplitude) const
    {
        const QString path = m_tmp->filePath(name);
        QProcess sox;
        sox.start(QStringLiteral("sox"),
                  {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("48000"),
                   QStringLiteral("-b"), QStringLiteral("24"), path, QStringLiteral("synth"),
                   QStringLiteral("2"), QStringLiteral("sine"), QStringLiteral("1000"),
                   QStringLiteral("vol"), QString::number(amplitude)});
        if (!sox.waitForFinished(30000) || sox.exitCode() != 0)
            return {};
        return path;
    }
    QJsonObject report(const QString &language, const QString &file, CliResult *result)
    {
        const QString keep = qEnvironmentVariable("EC_SURVEYREPORT_KEEP");
        const auto keepCopy = qScopeGuard([&] {
            if (!keep.isEmpty())
                QFile::copy(m_tmp->filePath(file), QDir(keep).filePath(file));
        });
        *result = ec({QStringLiteral("--json"), QStringLiteral("survey"), QStringLiteral("report"),
                      QStringLiteral("Roof survey"), QStringLiteral("--site"),
                      QStringLiteral("Roadside 7"), QStringLiteral("--lang"), language,
                      QStringLiteral("-o"), m_tmp->filePath(file)});
        return result->json().object();
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_data;
};

void TestSurveyReportCli::initTestCase()
{
    QVERIFY2(QFile::exists(CliRunner::edgectl()), "edgectl is not built (EC_BIN_DIR)");
    for (const char *t : {"pdftotext", "pdfinfo", "pdfimages", "sox"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(t)).isEmpty(),
                 "poppler-utils and sox are needed (scripts/install-deps.sh --test --peers)");
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<CliRunner>(m_tmp->filePath(QStringLiteral("home")));
    m_data = m_tmp->filePath(QStringLiteral("data"));

    CliResult r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Roadside 7"), QStringLiteral("--kind"),
                      QStringLiteral("cabinet-site"), QStringLiteral("--lat"),
                      QStringLiteral("22.54"), QStringLiteral("--lon"), QStringLiteral("114.05")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    r = ec({QStringLiteral("survey"), QStringLiteral("create"), QStringLiteral("--site"),
            QStringLiteral("Roadside 7"), QStringLiteral("--name"), QStringLiteral("Roof survey"),
            QStringLiteral("--author"), QStringLiteral("Li Wei"), QStringLiteral("--class"),
            QStringLiteral("A"), QStringLiteral("--zone"), QStringLiteral("1"),
            QStringLiteral("--profile"), QStringLiteral("ashrae-2021-recommended")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const auto add = [&](const QStringList &args) {
        return ec(QStringList{QStringLiteral("survey")} + args);
    };

    // Readings: inside 18-27 °C except one at 28.5 °C (a fail).
    const QString csv = writeFile(QStringLiteral("readings.csv"), "time,temperature,humidity\n"
                                                                  "2026-11-20 10:00:00,22.0,45\n"
                                                                  "2026-11-20 10:10:00,23.5,46\n"
                                                                  "2026-11-20 10:20:00,28.5,47\n"
                                                                  "2026-11-20 10:30:00,24.0,45\n");
    r = add({QStringLiteral("add-readings"), QStringLiteral("Roof survey"), QStringLiteral("--csv"),
             csv});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    // A railway 500 m north: class A needs 800 m.
    const QString hazards =
        writeFile(QStringLiteral("hazards.csv"),
                  QStringLiteral(
                      "name,kind,lat,lon\nLine 4,railway,%1,114.05\nDepot,car-park,22.6,114.05\n")
                      .arg(22.54 + 500.0 / 111'000.0, 0, 'f', 7)
                      .toUtf8());
    r = add({QStringLiteral("add-hazards"), QStringLiteral("Roof survey"), QStringLiteral("--file"),
             hazards});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QString facts = writeFile(QStringLiteral("facts.json"),
                                    R"({"power": {"voltage_v": 230, "frequency_hz": 50}})");
    r = add({QStringLiteral("add-facts"), QStringLiteral("Roof survey"), QStringLiteral("--file"),
             facts});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QString cal = sine(QStringLiteral("cal.wav"), 0.1);
    const QString tone = sine(QStringLiteral("tone.wav"), 0.001);
    QVERIFY(!cal.isEmpty() && !tone.isEmpty());
    r = add({QStringLiteral("add-noise"), QStringLiteral("Roof survey"), QStringLiteral("--wav"),
             tone, QStringLiteral("--calibrate"), cal, QStringLiteral("--period"),
             QStringLiteral("day"), QStringLiteral("--name"), QStringLiteral("boundary day")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());

    // A photo made here: 800x600 with a recognisable pattern.
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    {
        QPainter p(&image);
        p.fillRect(100, 100, 300, 200, Qt::yellow);
    }
    const QString jpeg = m_tmp->filePath(QStringLiteral("cabinet.jpg"));
    QVERIFY(image.save(jpeg, "JPEG", 90));
    r = add({QStringLiteral("--json"), QStringLiteral("add-photo"), QStringLiteral("Roof survey"),
             QStringLiteral("--file"), jpeg, QStringLiteral("--caption"),
             QStringLiteral("Cabinet position, north wall")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(r.json().object().value(QStringLiteral("kind")).toString(), QStringLiteral("photo"));
    // The JPEG went to the hub's attachments (issue 5); the item keeps its digest.
    QCOMPARE(r.json().object().value(QStringLiteral("attachment")).toString().size(), 64);
    QCOMPARE(r.json().object().value(QStringLiteral("sha256")).toString().size(), 64);
    r = add({QStringLiteral("add-note"), QStringLiteral("Roof survey"), QStringLiteral("--text"),
             QStringLiteral("Access through the car park gate; key at the guard house.")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
}

void TestSurveyReportCli::chineseReport()
{
    CliResult r;
    const QJsonObject o = report(QStringLiteral("zh_CN"), QStringLiteral("zh.pdf"), &r);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QString pdf = o.value(QStringLiteral("file")).toString();
    QVERIFY(pdf.endsWith(QLatin1String("zh.pdf")));
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(qint64(o.value(QStringLiteral("bytes")).toDouble()), QFileInfo(pdf).size());
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    QVERIFY(o.value(QStringLiteral("checks")).toInt() >= 5);
    const int pages = o.value(QStringLiteral("pages")).toInt();
    QVERIFY(pages >= 2);
    QCOMPARE(pdfPages(pdf), pages);

    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Roof survey")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("Roadside 7")));
    QVERIFY(text.contains(QStringLiteral("Li Wei")));
    QVERIFY2(text.contains(QStringLiteral("现场勘察报告")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("结论")));
    QVERIFY(text.contains(QStringLiteral("不合格")));   // the verdict: fail
    QVERIFY(text.contains(QStringLiteral("最高温度"))); // a check subject from edge::survey
    QVERIFY(text.contains(QStringLiteral("第 1 页，共 %1 页").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Line 4")));
    QVERIFY(text.contains(QStringLiteral("LAeq")));
    QVERIFY(text.contains(QStringLiteral("Cabinet position, north wall")));
    QVERIFY(text.contains(QStringLiteral("key at the guard house")));
    QVERIFY(text.contains(QStringLiteral("°C")));
    QVERIFY(!text.contains(QChar(0x2103))); // never ℃: the font has no glyph for it
    QVERIFY(!text.contains(QStringLiteral("Highest temperature")));

    // The photo is embedded (one image at least as large as the JPEG stored).
    const QString images = QString::fromUtf8(
        tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}));
    bool found = false;
    for (const QString &line : images.split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() > 4 && f.at(3) == QLatin1String("800") && f.at(4) == QLatin1String("600"))
            found = true;
    }
    QVERIFY2(found, qPrintable(images));
}

void TestSurveyReportCli::englishReport()
{
    CliResult r;
    const QJsonObject o = report(QStringLiteral("en"), QStringLiteral("en.pdf"), &r);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QString pdf = o.value(QStringLiteral("file")).toString();
    const int pages = o.value(QStringLiteral("pages")).toInt();
    QCOMPARE(pdfPages(pdf), pages);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Site survey report")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("Conclusion")));
    QVERIFY(text.contains(QStringLiteral("Verdict: Fail")));
    QVERIFY(text.contains(QStringLiteral("Highest temperature")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Roof survey")));
    QVERIFY(!text.contains(QStringLiteral("结论")));

    // Human output names the file.
    const CliResult human = ec({QStringLiteral("survey"), QStringLiteral("report"),
                                QStringLiteral("Roof survey"), QStringLiteral("--lang"),
                                QStringLiteral("en"), QStringLiteral("-o"),
                                m_tmp->filePath(QStringLiteral("en2.pdf"))});
    QVERIFY2(human.exitCode == 0, human.describe().constData());
    QVERIFY(human.outText().contains(m_tmp->filePath(QStringLiteral("en2.pdf"))));
}

void TestSurveyReportCli::unwritablePath()
{
    const QString bad = m_tmp->filePath(QStringLiteral("no/such/dir/report.pdf"));
    const CliResult r = ec({QStringLiteral("survey"), QStringLiteral("report"),
                            QStringLiteral("Roof survey"), QStringLiteral("--lang"),
                            QStringLiteral("en"), QStringLiteral("-o"), bad});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(bad), r.describe().constData());
    QVERIFY(!QFile::exists(bad));
    // An unknown language is a usage error naming the option.
    const CliResult lang = ec({QStringLiteral("survey"), QStringLiteral("report"),
                               QStringLiteral("Roof survey"), QStringLiteral("--lang"),
                               QStringLiteral("fr"), QStringLiteral("-o"),
                               m_tmp->filePath(QStringLiteral("fr.pdf"))});
    QVERIFY(lang.exitCode != 0);
    QVERIFY2(lang.errText().contains(QStringLiteral("--lang")), lang.describe().constData());
    QVERIFY(!QFile::exists(m_tmp->filePath(QStringLiteral("fr.pdf"))));
}

void TestSurveyReportCli::refusals()
{
    const QString notImage = writeFile(QStringLiteral("not-a-photo.jpg"), "hello");
    CliResult r = ec({QStringLiteral("survey"), QStringLiteral("add-photo"),
                      QStringLiteral("Roof survey"), QStringLiteral("--file"), notImage});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(notImage), r.describe().constData());
    r = ec({QStringLiteral("survey"), QStringLiteral("add-note"), QStringLiteral("Roof survey"),
            QStringLiteral("--text"), QStringLiteral("  ")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(QStringLiteral("--text")), r.describe().constData());
    r = ec({QStringLiteral("survey"), QStringLiteral("report"), QStringLiteral("Roof survey")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(QStringLiteral("--output")), r.describe().constData());
}

QTEST_MAIN(TestSurveyReportCli)
#include "tst_surveyreport_cli.moc"
