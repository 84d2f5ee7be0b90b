// Runs `cmake -S fixtures/<case> -B <tmp>` for each fixture under tests/cmake-rules/fixtures and
// checks both the exit code and the message: a broken layer rule must stop configure with the
// text that names the rule and the offending target; allowed edges must configure cleanly.
// A fixture without a row here fails the test, so none is silently skipped.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString fixturesDir()
{
    return qEnvironmentVariable("EC_SOURCE_DIR") + QStringLiteral("/tests/cmake-rules/fixtures");
}

// CMake wraps and indents message text; compare with all whitespace runs collapsed.
QString normalized(const QString &text)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return QString(text).replace(ws, QStringLiteral(" "));
}

const QString kBroken = QStringLiteral("EdgeConsole dependency rule broken");

} // namespace

class TestCMakeRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFixtureHasARow();
    void configure_data();
    void configure();
};

void TestCMakeRules::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("EC_SOURCE_DIR"),
             "EC_SOURCE_DIR is not set (run through ctest)");
    QVERIFY2(QDir(fixturesDir()).exists(), qPrintable(fixturesDir()));
}

namespace {

struct Row {
    const char *fixture;
    bool succeeds;
    QStringList expected; // substrings of the (normalised) error message
};

const QList<Row> &rows()
{
    static const QString guiRule = QStringLiteral(
        "backend and device-protocols targets must not link Qt Gui");
    static const QString storeRule = QStringLiteral("widgets/ must not reach the store");
    static const QList<Row> r = {
        {"backend-links-gui",
         false,
         {guiRule, QStringLiteral("target 'edge_foo' (backend/foo) links Qt6::Gui")}},
        {"backend-links-versionless-gui", false, {guiRule, QStringLiteral("links Qt::Gui")}},
        {"backend-links-gui-transitively",
         false,
         {guiRule, QStringLiteral("'edge_foo' (backend/foo) links Qt6::Widgets")}},
        {"backend-plain-add-library-links-gui", false, {guiRule, QStringLiteral("'edge_foo'")}},
        {"adapter-links-gui",
         false,
         {guiRule, QStringLiteral("'edge_protocol_a' (device-protocols/a)")}},
        {"reports-links-gui", true, {}},
        {"reports-links-widgets",
         false,
         {QStringLiteral("backend/reports may use Qt Gui but never Qt Widgets"),
          QStringLiteral("'edge_reports'")}},
        {"widgets-links-store",
         false,
         {storeRule, QStringLiteral("'edge_views' (widgets/views) links edge_store")}},
        {"widgets-links-store-by-folder",
         false,
         {storeRule, QStringLiteral("edge_store_migrations (backend/store)")}},
        {"adapter-uses-adapter",
         false,
         {QStringLiteral("one adapter must not use another"),
          QStringLiteral(
              "'edge_protocol_a' (device-protocols/a) uses the adapter 'edge_protocol_b'")}},
        {"backend-uses-widgets",
         false,
         {QStringLiteral("dependencies only point down"),
          QStringLiteral("'edge_models' from widgets/")}},
        {"depends-on-app",
         false,
         {QStringLiteral("nothing may depend on app/"), QStringLiteral("'edge_console_parts'")}},
        {"agent-links-gui",
         false,
         {QStringLiteral("the agent links no Qt Gui or Widgets"),
          QStringLiteral("'edge-agent' (app/agent)")}},
        {"clean", true, {}},
    };
    return r;
}

} // namespace

void TestCMakeRules::everyFixtureHasARow()
{
    const QStringList fixtures = QDir(fixturesDir())
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QStringList names;
    for (const Row &row : rows())
        names << QString::fromLatin1(row.fixture);
    names.sort();
    QCOMPARE(fixtures, names);
}

void TestCMakeRules::configure_data()
{
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QStringList>("expected");
    for (const Row &row : rows())
        QTest::newRow(row.fixture) << row.succeeds << row.expected;
}

void TestCMakeRules::configure()
{
    QFETCH(bool, succeeds);
    QFETCH(QStringList, expected);
    const QString fixture = QString::fromUtf8(QTest::currentDataTag());

    QTemporaryDir build;
    QVERIFY(build.isValid());
    QProcess cmake;
    cmake.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = {QStringLiteral("-S"),
                        fixturesDir() + u'/' + fixture,
                        QStringLiteral("-B"),
                        build.path(),
                        QStringLiteral("-G"),
                        QStringLiteral(EC_CMAKE_GENERATOR),
                        QStringLiteral("-DEC_HELPERS=") + qEnvironmentVariable("EC_SOURCE_DIR")
                            + QStringLiteral("/cmake/EdgeHelpers.cmake"),
                        QStringLiteral("-DCMAKE_CXX_COMPILER=") + QStringLiteral(EC_CXX_COMPILER)};
    if (!QStringLiteral(EC_CMAKE_MAKE_PROGRAM).isEmpty())
        args << QStringLiteral("-DCMAKE_MAKE_PROGRAM=") + QStringLiteral(EC_CMAKE_MAKE_PROGRAM);
    cmake.start(QStringLiteral(EC_CMAKE), args);
    QVERIFY2(cmake.waitForFinished(120000), "cmake did not finish within 120 s");
    QCOMPARE(cmake.exitStatus(), QProcess::NormalExit);
    const QString output = QString::fromLocal8Bit(cmake.readAll());
    const QString flat = normalized(output);

    if (succeeds) {
        QVERIFY2(cmake.exitCode() == 0,
                 qPrintable(QStringLiteral("configure should succeed:\n") + output));
        QVERIFY2(!flat.contains(kBroken), qPrintable(output));
        return;
    }
    QVERIFY2(cmake.exitCode() != 0, qPrintable(QStringLiteral("configure should fail:\n") + output));
    QVERIFY2(flat.contains(kBroken),
             qPrintable(QStringLiteral("failed, but not on a layer rule:\n") + output));
    for (const QString &text : std::as_const(expected))
        QVERIFY2(flat.contains(text),
                 qPrintable(QStringLiteral("message lacks \"%1\":\n%2").arg(text, output)));
}

QTEST_GUILESS_MAIN(TestCMakeRules)
#include "tst_cmake_rules.moc"
