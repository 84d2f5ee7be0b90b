#include "device-protocols/snmp/snmpsettings.h"

#include "device-protocols/snmp/snmptr.h"

namespace edge::snmp {

QString SessionConfig::endpoint() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                                      : host;
    return QStringLiteral("snmp://%1:%2").arg(h).arg(port);
}

devices::SettingsSchema settingsSchema()
{
    using devices::SettingSpec;
    using devices::SettingType;
    devices::SettingsSchema schema;
    const auto add = [&](QString key, SettingType type, QString label, QString help, QVariant def,
                         bool required, std::optional<double> min = std::nullopt,
                         std::optional<double> max = std::nullopt, QStringList choices = {}) {
        SettingSpec s;
        s.key = std::move(key);
        s.type = type;
        s.label = std::move(label);
        s.help = std::move(help);
        s.defaultValue = std::move(def);
        s.required = required;
        s.min = min;
        s.max = max;
        s.choices = std::move(choices);
        schema.append(s);
    };
    add(QStringLiteral("host"), SettingType::Text,
        QCoreApplication::translate("edge::snmp", "Address"),
        QCoreApplication::translate(
            "edge::snmp", "IP address or host name of the SNMP agent (UPS card, sensor gateway)."),
        {}, true);
    add(QStringLiteral("port"), SettingType::Integer,
        QCoreApplication::translate("edge::snmp", "UDP port"), {}, 161, false, 1, 65535);
    add(QStringLiteral("version"), SettingType::Choice,
        QCoreApplication::translate("edge::snmp", "SNMP version"), {}, QStringLiteral("2c"), false,
        std::nullopt, std::nullopt, {QStringLiteral("2c"), QStringLiteral("3")});
    add(QStringLiteral("community"), SettingType::Secret,
        QCoreApplication::translate("edge::snmp", "Community"),
        QCoreApplication::translate("edge::snmp", "SNMP v2c read community."),
        QStringLiteral("public"), false);
    add(QStringLiteral("user"), SettingType::Text,
        QCoreApplication::translate("edge::snmp", "User"),
        QCoreApplication::translate("edge::snmp", "SNMP v3 user name (security level authPriv)."),
        QString(), false);
    add(QStringLiteral("authProtocol"), SettingType::Choice,
        QCoreApplication::translate("edge::snmp", "Authentication protocol"), {},
        QStringLiteral("SHA"), false, std::nullopt, std::nullopt,
        {QStringLiteral("SHA"), QStringLiteral("SHA-256")});
    add(QStringLiteral("authPassphrase"), SettingType::Secret,
        QCoreApplication::translate("edge::snmp", "Authentication passphrase"),
        QCoreApplication::translate("edge::snmp", "At least 8 characters."), QString(), false);
    add(QStringLiteral("privProtocol"), SettingType::Choice,
        QCoreApplication::translate("edge::snmp", "Privacy protocol"), {}, QStringLiteral("AES"),
        false, std::nullopt, std::nullopt, {QStringLiteral("AES")});
    add(QStringLiteral("privPassphrase"), SettingType::Secret,
        QCoreApplication::translate("edge::snmp", "Privacy passphrase"),
        QCoreApplication::translate("edge::snmp", "At least 8 characters."), QString(), false);
    add(QStringLiteral("timeoutMs"), SettingType::Integer,
        QCoreApplication::translate("edge::snmp", "Timeout (ms)"),
        QCoreApplication::translate("edge::snmp", "How long to wait for each try."), 2000, false,
        50, 60000);
    add(QStringLiteral("retries"), SettingType::Integer,
        QCoreApplication::translate("edge::snmp", "Retries"), {}, 1, false, 0, 10);
    add(QStringLiteral("maxRepetitions"), SettingType::Integer,
        QCoreApplication::translate("edge::snmp", "Values per bulk request"), {}, 20, false, 1,
        200);
    return schema;
}

Result<SessionConfig> sessionConfigFromSettings(const QVariantMap &values)
{
    const auto valid = devices::validateSettings(settingsSchema(), values);
    if (!valid)
        return std::unexpected(valid.error());
    const QVariantMap &v = *valid;
    SessionConfig c;
    c.host = v.value(QStringLiteral("host")).toString().trimmed();
    if (c.host.isEmpty())
        return api::fail(api::Code::Validation, Tr::tr("Enter the address of the SNMP agent."),
                         QStringLiteral("host"), QStringLiteral("host"));
    c.port = v.value(QStringLiteral("port")).toInt();
    c.version = v.value(QStringLiteral("version")).toString() == QLatin1String("3")
                    ? SnmpVersion::V3
                    : SnmpVersion::V2c;
    c.community = v.value(QStringLiteral("community")).toString();
    c.user = v.value(QStringLiteral("user")).toString().trimmed();
    c.authProtocol = v.value(QStringLiteral("authProtocol")).toString() == QLatin1String("SHA-256")
                         ? AuthProtocol::Sha256
                         : AuthProtocol::Sha1;
    c.authPassphrase = v.value(QStringLiteral("authPassphrase")).toString();
    c.privPassphrase = v.value(QStringLiteral("privPassphrase")).toString();
    c.timeout = std::chrono::milliseconds(v.value(QStringLiteral("timeoutMs")).toLongLong());
    c.retries = v.value(QStringLiteral("retries")).toInt();
    c.maxRepetitions = v.value(QStringLiteral("maxRepetitions")).toInt();
    if (c.version == SnmpVersion::V2c && c.community.isEmpty())
        return api::fail(api::Code::Validation, Tr::tr("SNMP v2c needs a community."),
                         QStringLiteral("community"), QStringLiteral("community"));
    if (c.version == SnmpVersion::V3) {
        if (c.user.isEmpty())
            return api::fail(api::Code::Validation, Tr::tr("SNMP v3 needs a user name."),
                             QStringLiteral("user"), QStringLiteral("user"));
        if (c.authPassphrase.size() < 8)
            return api::fail(api::Code::Validation,
                             Tr::tr("The authentication passphrase must have at least 8 "
                                    "characters."),
                             QStringLiteral("authPassphrase"), QStringLiteral("authPassphrase"));
        if (c.privPassphrase.size() < 8)
            return api::fail(api::Code::Validation,
                             Tr::tr("The privacy passphrase must have at least 8 characters."),
                             QStringLiteral("privPassphrase"), QStringLiteral("privPassphrase"));
    }
    return c;
}

} // namespace edge::snmp
