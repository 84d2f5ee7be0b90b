// validateSettings: defaults, conversions and field-named errors.

#include "device-protocols/common/settingsschema.h"

#include <QTest>

using namespace edge::devices;

class TestSettingsSchema : public QObject {
    Q_OBJECT

    static SettingsSchema schema()
    {
        const auto spec = [](const char *key, SettingType type, QVariant def = {},
                             bool required = false) {
            SettingSpec s;
            s.key = QLatin1String(key);
            s.label = QLatin1String(key);
            s.type = type;
            s.defaultValue = def;
            s.required = required;
            return s;
        };
        SettingSpec port = spec("port", SettingType::Integer, 502);
        port.min = 1;
        port.max = 65535;
        SettingSpec order = spec("order", SettingType::Choice, QStringLiteral("big"));
        order.choices = {QStringLiteral("big"), QStringLiteral("little")};
        return {spec("host", SettingType::Text, {}, true),
                port,
                spec("scale", SettingType::Real, 0.1),
                spec("signed", SettingType::Bool, false),
                order,
                spec("community", SettingType::Secret)};
    }

private Q_SLOTS:
    void defaultsAndConversions()
    {
        auto r = validateSettings(schema(), {{QStringLiteral("host"), QStringLiteral("10.0.0.5")},
                                             {QStringLiteral("signed"), QStringLiteral("yes")},
                                             {QStringLiteral("scale"), QStringLiteral("0.01")}});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->value(QStringLiteral("port")).toInt(), 502);
        QCOMPARE(r->value(QStringLiteral("signed")).toBool(), true);
        QCOMPARE(r->value(QStringLiteral("scale")).toDouble(), 0.01);
        QCOMPARE(r->value(QStringLiteral("order")).toString(), QStringLiteral("big"));
        QVERIFY(!r->contains(QStringLiteral("community")));
    }
    void errorsNameTheField_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("field");
        const QVariantMap host{{QStringLiteral("host"), QStringLiteral("h")}};
        QTest::newRow("missing") << QVariantMap{} << QStringLiteral("host");
        QVariantMap m = host;
        m.insert(QStringLiteral("port"), QStringLiteral("70000"));
        QTest::newRow("range") << m << QStringLiteral("port");
        m = host;
        m.insert(QStringLiteral("port"), QStringLiteral("5.5"));
        QTest::newRow("whole") << m << QStringLiteral("port");
        m = host;
        m.insert(QStringLiteral("order"), QStringLiteral("middle"));
        QTest::newRow("choice") << m << QStringLiteral("order");
        m = host;
        m.insert(QStringLiteral("typo"), 1);
        QTest::newRow("unknown") << m << QStringLiteral("typo");
        m = host;
        m.insert(QStringLiteral("signed"), QStringLiteral("maybe"));
        QTest::newRow("bool") << m << QStringLiteral("signed");
    }
    void errorsNameTheField()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, field);
        auto r = validateSettings(schema(), values);
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
        QCOMPARE(r.error().code, edge::api::Code::Validation);
    }
};

QTEST_APPLESS_MAIN(TestSettingsSchema)
#include "tst_settingsschema.moc"
