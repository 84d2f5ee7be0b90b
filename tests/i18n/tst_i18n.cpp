// edge::i18n at run time: the compiled translations are embedded, install() switches languages
// (removing the previous translators and announcing QEvent::LanguageChange), Qt's own qtbase
// translation comes along, and real strings from backend/api come out translated.
#include "backend/api/inventorytypes.h"
#include "backend/api/user.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTranslator>
#include <QtTest>

#include <cstring>

namespace {

class LanguageChangeCounter : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

int ourTranslatorCount()
{
    return int(
        qApp->findChildren<QTranslator *>(QStringLiteral("edge.i18n"), Qt::FindDirectChildrenOnly)
            .size());
}

QString cancelButton() { return QCoreApplication::translate("QPlatformTheme", "Cancel"); }

} // namespace

class TestI18n : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void availableLanguages();
    void chineseTranslatesBackendAndQt();
    void chineseValidationMessagesKeepTheirValues();
    void switchingAtRunTime();
    void unknownLanguageChangesNothing();
    void languageNameSpellings_data();
    void languageNameSpellings();
    void systemLanguageInCLocaleIsEnglish();
    void systemLanguageChinese();
};

void TestI18n::cleanup() { edge::i18n::uninstall(*qApp); }

void TestI18n::availableLanguages()
{
    QCOMPARE(edge::i18n::available(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
}

void TestI18n::chineseTranslatesBackendAndQt()
{
    using namespace edge::api;
    QCOMPARE(siteKindLabel(SiteKind::CabinetSite), QStringLiteral("Cabinet site"));
    QCOMPARE(cancelButton(), QStringLiteral("Cancel"));

    QVERIFY(edge::i18n::install(*qApp, QStringLiteral("zh_CN")));
    QCOMPARE(edge::i18n::current(*qApp), QStringLiteral("zh_CN"));
    QCOMPARE(ourTranslatorCount(), 2); // ours + qtbase
    QCOMPARE(siteKindLabel(SiteKind::CabinetSite), QStringLiteral("机柜站点"));
    QCOMPARE(siteKindLabel(SiteKind::CloudCentre), QStringLiteral("云中心"));
    QCOMPARE(siteKindLabel(SiteKind::CloudEdgeDataCentre), QStringLiteral("云边数据中心"));
    QCOMPARE(siteKindLabel(SiteKind::EndEdgeDataCentre), QStringLiteral("端边数据中心"));
    QCOMPARE(deviceKindLabel(DeviceKind::Ups), QStringLiteral("UPS"));
    QCOMPARE(deviceKindLabel(DeviceKind::AirConditioner), QStringLiteral("空调"));
    QCOMPARE(cancelButton(), QStringLiteral("取消")); // from Qt's qtbase_zh_CN.qm
}

void TestI18n::chineseValidationMessagesKeepTheirValues()
{
    using namespace edge::api;
    QVERIFY(edge::i18n::install(*qApp, QStringLiteral("zh_CN")));

    // A tr() inside a member function (Site::fromRecord) must land in the context lupdate
    // records; this failed when the call resolved to a helper with another context.
    Record r;
    r.kind = EntityKind::Site;
    r.id = QStringLiteral("s1");
    r.fields.insert(QStringLiteral("name"), QStringLiteral("Depot"));
    r.fields.insert(QStringLiteral("kind"), QStringLiteral("moon-base"));
    const auto site = Site::fromRecord(r);
    QVERIFY(!site.has_value());
    QVERIFY2(site.error().message.contains(QStringLiteral("未知的站点类型")),
             qPrintable(site.error().message));
    QVERIFY2(site.error().message.contains(QStringLiteral("“moon-base”")),
             qPrintable(site.error().message));
}

void TestI18n::switchingAtRunTime()
{
    using namespace edge::api;
    LanguageChangeCounter counter;
    qApp->installEventFilter(&counter);

    QVERIFY(edge::i18n::install(*qApp, QStringLiteral("zh_CN")));
    QVERIFY(counter.count > 0);
    QCOMPARE(nodeRoleLabel(NodeRole::Gateway), QStringLiteral("网关"));

    counter.count = 0;
    QVERIFY(edge::i18n::install(*qApp, QStringLiteral("en")));
    QVERIFY2(counter.count > 0, "switching to English must announce QEvent::LanguageChange");
    QCOMPARE(edge::i18n::current(*qApp), QStringLiteral("en"));
    QCOMPARE(ourTranslatorCount(), 1); // the Chinese and qtbase translators are gone
    QCOMPARE(nodeRoleLabel(NodeRole::Gateway), QStringLiteral("Gateway"));
    QCOMPARE(cancelButton(), QStringLiteral("Cancel"));

    counter.count = 0;
    QVERIFY(edge::i18n::install(*qApp, QStringLiteral("zh_CN")));
    QVERIFY(counter.count > 0);
    QCOMPARE(ourTranslatorCount(), 2);
    QCOMPARE(nodeRoleLabel(NodeRole::Gateway), QStringLiteral("网关"));

    counter.count = 0;
    edge::i18n::uninstall(*qApp);
    QVERIFY(counter.count > 0);
    QCOMPARE(ourTranslatorCount(), 0);
    QCOMPARE(edge::i18n::current(*qApp), QString());
    QCOMPARE(nodeRoleLabel(NodeRole::Gateway), QStringLiteral("Gateway"));
    qApp->removeEventFilter(&counter);
}

void TestI18n::unknownLanguageChangesNothing()
{
    QVERIFY(edge::i18n::install(*qApp, QStringLiteral("zh_CN")));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("no translation for language.*xx_YY")));
    QVERIFY(!edge::i18n::install(*qApp, QStringLiteral("xx_YY")));
    QCOMPARE(edge::i18n::current(*qApp), QStringLiteral("zh_CN"));
    QCOMPARE(edge::api::roleLabel(edge::api::Role::Admin), QStringLiteral("管理员"));
}

void TestI18n::languageNameSpellings_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("installed");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("BCP 47 zh-CN") << QStringLiteral("zh-CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh alone") << QStringLiteral("zh") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
}

void TestI18n::languageNameSpellings()
{
    QFETCH(QString, requested);
    QFETCH(QString, installed);
    QVERIFY(edge::i18n::install(*qApp, requested));
    QCOMPARE(edge::i18n::current(*qApp), installed);
}

void TestI18n::systemLanguageInCLocaleIsEnglish()
{
    // CTest pins LC_ALL=C.UTF-8: "" must pick English, the source language.
    QVERIFY(edge::i18n::install(*qApp, QString()));
    QCOMPARE(edge::i18n::current(*qApp), QStringLiteral("en"));
}

void TestI18n::systemLanguageChinese()
{
    // The system locale is read once per process: ask a child process with a Chinese locale.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(v));
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child-install-system")});
    QVERIFY(child.waitForFinished(30000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    QCOMPARE(child.exitCode(), 0);
    QCOMPARE(out, QStringLiteral("zh_CN 机柜站点"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && std::strcmp(argv[1], "--child-install-system") == 0) {
        if (!edge::i18n::install(app, QString()))
            return 1;
        const QString line = edge::i18n::current(app) + u' '
                             + edge::api::siteKindLabel(edge::api::SiteKind::CabinetSite);
        std::fputs(line.toUtf8().constData(), stdout);
        return 0;
    }
    TestI18n tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_i18n.moc"
