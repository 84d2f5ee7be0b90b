// Checks translations/*.ts against the sources: runs translations/lupdate.cmake (the same script
// as `make translations`) into a temporary copy of the .ts files and compares.
//
// Fails when
//  - a zh_CN entry is unfinished, or a string in the sources is missing from the .ts
//    (someone added or changed a string without running `make translations`);
//  - an entry is obsolete/vanished (the string left the sources; run `make translations` and
//    delete it, or restore the source text);
//  - the committed .ts differs from what lupdate produces (source locations ignored);
//  - a translation drops or invents a placeholder (%1, %2, %L1, %n) of its source;
//  - an English plural (%n) entry lacks its forms.
// Each failure names the strings. EC_SOURCE_DIR selects the tree (set by CTest).
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one entry, or one per numerus form

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString describe() const
    {
        QString s = QStringLiteral("[%1] \"%2\"").arg(context, source);
        if (!comment.isEmpty())
            s += QStringLiteral(" (disambiguation \"%1\")").arg(comment);
        return s;
    }
};

struct TsFile {
    QString language;
    QString sourceLanguage;
    QList<Message> messages;

    QHash<QString, Message> byKey() const
    {
        QHash<QString, Message> h;
        for (const Message &m : messages)
            h.insert(m.key(), m);
        return h;
    }
};

bool parseTs(const QString &path, TsFile *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, f.errorString());
        return false;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message msg;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                out->language = xml.attributes().value(QLatin1String("language")).toString();
                out->sourceLanguage =
                    xml.attributes().value(QLatin1String("sourcelanguage")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                msg = Message{};
                msg.context = context;
                msg.numerus = xml.attributes().value(QLatin1String("numerus"))
                              == QLatin1String("yes");
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                msg.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                msg.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                msg.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!msg.numerus)
                    msg.translations << xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                msg.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out->messages << msg;
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

// %1..%99, with the optional L (locale-aware) flag, and %n: what QString::arg() and tr(..., n)
// substitute. A translation must use exactly the same set as its source.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

QString sortedJoin(const QSet<QString> &set)
{
    QStringList l(set.begin(), set.end());
    l.sort();
    return l.join(QStringLiteral(", "));
}

QString report(const QString &title, const QStringList &lines)
{
    return QStringLiteral("%1 (%2):\n  %3")
        .arg(title)
        .arg(lines.size())
        .arg(lines.join(QStringLiteral("\n  ")));
}

const QString kFixHint = QStringLiteral(
    "\nFix: run `make translations` (lupdate), then translate the zh_CN entries "
    "(`python3 scripts/ts-status.py` lists them; Qt Linguist or a text editor both work) and "
    "commit translations/*.ts. See translations/README.md.");

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void zhCnHasNoUnfinishedOrMissingEntries();
    void noObsoleteEntries();
    void committedFilesMatchLupdate();
    void placeholdersSurviveTranslation();
    void englishPluralFormsAreFilledIn();

private:
    QTemporaryDir m_tmp;
    QString m_sourceDir;
    TsFile m_committedZh, m_committedEn, m_updatedZh, m_updatedEn;
};

void TestTranslations::initTestCase()
{
    m_sourceDir = qEnvironmentVariable("EC_SOURCE_DIR");
    QVERIFY2(!m_sourceDir.isEmpty(), "EC_SOURCE_DIR is not set (run through ctest)");
    QVERIFY(m_tmp.isValid());
    const QString tsDir = m_sourceDir + QStringLiteral("/translations");
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const QString name = QStringLiteral("edgeconsole_%1.ts").arg(lang);
        QVERIFY2(QFile::exists(tsDir + u'/' + name),
                 qPrintable(tsDir + u'/' + name + QStringLiteral(" is missing")));
        QVERIFY(QFile::copy(tsDir + u'/' + name, m_tmp.filePath(name)));
        QFile::setPermissions(m_tmp.filePath(name),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::SeparateChannels);
    const QStringList args = {QStringLiteral("-DLUPDATE=") + QStringLiteral(EC_LUPDATE),
                              QStringLiteral("-DSOURCE_ROOT=") + m_sourceDir,
                              QStringLiteral("-DTS_DIR=") + m_tmp.path(),
                              QStringLiteral("-DWORK_DIR=") + m_tmp.path(),
                              QStringLiteral("-P"),
                              tsDir + QStringLiteral("/lupdate.cmake")};
    lupdate.start(QStringLiteral(EC_CMAKE), args);
    QVERIFY2(lupdate.waitForFinished(100000), "lupdate did not finish within 100 s");
    const QString out = QString::fromLocal8Bit(lupdate.readAllStandardOutput())
                        + QString::fromLocal8Bit(lupdate.readAllStandardError());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QStringLiteral("translations/lupdate.cmake failed:\n") + out));
    // lupdate's own warnings ("lacks Q_OBJECT macro" in a class's member function usually means
    // tr() resolves to a context other than the one lupdate records) are shown, not failed on.
    if (out.contains(QLatin1String("warnings")))
        qInfo().noquote() << out.trimmed();

    QString error;
    QVERIFY2(parseTs(tsDir + QStringLiteral("/edgeconsole_zh_CN.ts"), &m_committedZh, &error),
             qPrintable(error));
    QVERIFY2(parseTs(tsDir + QStringLiteral("/edgeconsole_en.ts"), &m_committedEn, &error),
             qPrintable(error));
    QVERIFY2(parseTs(m_tmp.filePath(QStringLiteral("edgeconsole_zh_CN.ts")), &m_updatedZh, &error),
             qPrintable(error));
    QVERIFY2(parseTs(m_tmp.filePath(QStringLiteral("edgeconsole_en.ts")), &m_updatedEn, &error),
             qPrintable(error));
    QCOMPARE(m_committedZh.language, QStringLiteral("zh_CN"));
    QCOMPARE(m_committedZh.sourceLanguage, QStringLiteral("en"));
    QCOMPARE(m_committedEn.language, QStringLiteral("en"));
    QVERIFY2(!m_updatedZh.messages.isEmpty(),
             "lupdate found no strings at all: is the scan list right?");
}

void TestTranslations::zhCnHasNoUnfinishedOrMissingEntries()
{
    const QHash<QString, Message> committed = m_committedZh.byKey();
    QStringList missing, unfinished;
    for (const Message &m : std::as_const(m_updatedZh.messages)) {
        const bool empty = std::all_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString &t) { return t.isEmpty(); });
        if (!committed.contains(m.key()))
            missing << m.describe();
        else if (m.type == QLatin1String("unfinished") || empty || m.translations.isEmpty())
            unfinished << m.describe();
    }
    QString msg;
    if (!missing.isEmpty())
        msg += report(QStringLiteral(
                          "strings in the sources but not in translations/edgeconsole_zh_CN.ts"),
                      missing)
               + u'\n';
    if (!unfinished.isEmpty())
        msg += report(QStringLiteral("unfinished zh_CN translations"), unfinished) + u'\n';
    if (!msg.isEmpty())
        QFAIL(qPrintable(msg + kFixHint));
}

void TestTranslations::noObsoleteEntries()
{
    QStringList gone;
    for (const TsFile *ts : {&m_updatedZh, &m_updatedEn}) {
        for (const Message &m : ts->messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                gone << ts->language + QStringLiteral(": ") + m.describe();
        }
    }
    if (!gone.isEmpty())
        QFAIL(qPrintable(
            report(QStringLiteral("entries whose source string is no longer in the code "
                                  "(obsolete/vanished)"),
                   gone)
            + QStringLiteral("\nFix: run `make translations`; if the string was renamed, "
                             "move its translation to the new entry; then delete the "
                             "obsolete entry from the .ts.")));
}

void TestTranslations::committedFilesMatchLupdate()
{
    QStringList diffs;
    const struct {
        const TsFile *committed;
        const TsFile *updated;
    } pairs[] = {{&m_committedZh, &m_updatedZh}, {&m_committedEn, &m_updatedEn}};
    for (const auto &p : pairs) {
        const QHash<QString, Message> before = p.committed->byKey();
        const QHash<QString, Message> after = p.updated->byKey();
        const QString file = QStringLiteral("edgeconsole_%1.ts").arg(p.committed->language);
        for (const Message &m : p.updated->messages) {
            const auto it = before.constFind(m.key());
            if (it == before.cend())
                diffs << file + QStringLiteral(": lupdate adds ") + m.describe();
            else if (it->type != m.type || it->translations != m.translations
                     || it->numerus != m.numerus)
                diffs << file + QStringLiteral(": lupdate changes ") + m.describe()
                             + QStringLiteral(" (type '%1' -> '%2')").arg(it->type, m.type);
        }
        for (const Message &m : p.committed->messages) {
            if (!after.contains(m.key()))
                diffs << file + QStringLiteral(": lupdate drops ") + m.describe();
        }
    }
    if (!diffs.isEmpty())
        QFAIL(qPrintable(
            report(QStringLiteral("the committed .ts files are not what lupdate produces "
                                  "from the current sources"),
                   diffs)
            + kFixHint));
}

void TestTranslations::placeholdersSurviveTranslation()
{
    QStringList bad;
    for (const Message &m : std::as_const(m_committedZh.messages)) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        const QSet<QString> want = placeholders(m.source);
        for (qsizetype i = 0; i < m.translations.size(); ++i) {
            const QString &t = m.translations.at(i);
            if (t.isEmpty())
                continue; // reported as unfinished
            const QSet<QString> got = placeholders(t);
            if (got != want) {
                bad << m.describe()
                           + QStringLiteral(" -> \"%1\": source has {%2}, translation has {%3}")
                                 .arg(t, sortedJoin(want), sortedJoin(got));
            }
        }
        if (m.numerus && !m.source.contains(QLatin1String("%n")))
            bad << m.describe() + QStringLiteral(": a plural (numerus) string without %n");
    }
    if (!bad.isEmpty())
        QFAIL(qPrintable(report(QStringLiteral("zh_CN translations whose placeholders differ from "
                                               "the source (QString::arg() would misplace values)"),
                                bad)));
}

void TestTranslations::englishPluralFormsAreFilledIn()
{
    QStringList bad;
    for (const Message &m : std::as_const(m_updatedEn.messages)) {
        if (!m.numerus)
            continue;
        if (m.translations.size() != 2 || m.translations.contains(QString())
            || m.type == QLatin1String("unfinished"))
            bad << m.describe();
    }
    if (!bad.isEmpty())
        QFAIL(qPrintable(
            report(QStringLiteral("English plural entries in translations/edgeconsole_en.ts "
                                  "without both forms (one, other)"),
                   bad)
            + kFixHint));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
