#include "device-protocols/common/settingsschema.h"

#include <QCoreApplication>

#include <cmath>

namespace edge::devices {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("edge::devices", text); }

api::Result<QVariant> convert(const SettingSpec &spec, const QVariant &value)
{
    const auto bad = [&](const QString &why) -> api::Result<QVariant> {
        return api::fail(api::Code::Validation,
                         tr("Setting \"%1\": %2")
                             .arg(spec.label.isEmpty() ? spec.key : spec.label, why),
                         spec.key, spec.key);
    };
    switch (spec.type) {
    case SettingType::Text:
    case SettingType::Secret: return QVariant(value.toString());
    case SettingType::Bool: {
        if (value.typeId() == QMetaType::Bool)
            return value;
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes"))
            return QVariant(true);
        if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no"))
            return QVariant(false);
        return bad(tr("expected true or false"));
    }
    case SettingType::Integer:
    case SettingType::Real: {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return bad(tr("expected a number"));
        if (spec.type == SettingType::Integer && d != std::floor(d))
            return bad(tr("expected a whole number"));
        if ((spec.min && d < *spec.min) || (spec.max && d > *spec.max))
            return bad(tr("%1 is outside %2 to %3")
                           .arg(QString::number(d), QString::number(spec.min.value_or(-INFINITY)),
                                QString::number(spec.max.value_or(INFINITY))));
        if (spec.type == SettingType::Integer)
            return QVariant(qint64(d));
        return QVariant(d);
    }
    case SettingType::Choice: {
        const QString s = value.toString();
        if (!spec.choices.contains(s))
            return bad(
                tr("\"%1\" is not one of: %2").arg(s, spec.choices.join(QStringLiteral(", "))));
        return QVariant(s);
    }
    }
    return bad(tr("unsupported setting type"));
}

} // namespace

api::Result<QVariantMap> validateSettings(const SettingsSchema &schema, const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const bool known = std::any_of(schema.cbegin(), schema.cend(),
                                       [&](const SettingSpec &s) { return s.key == it.key(); });
        if (!known)
            return api::fail(api::Code::Validation, tr("Unknown setting \"%1\".").arg(it.key()),
                             it.key(), it.key());
    }
    QVariantMap out;
    for (const SettingSpec &spec : schema) {
        const QVariant value = values.value(spec.key);
        if (!value.isValid()
            || (value.typeId() == QMetaType::QString && value.toString().isEmpty()
                && spec.type != SettingType::Text && spec.type != SettingType::Secret)) {
            if (spec.defaultValue.isValid()) {
                out.insert(spec.key, spec.defaultValue);
                continue;
            }
            if (spec.required)
                return api::fail(api::Code::Validation,
                                 tr("Setting \"%1\" is required.")
                                     .arg(spec.label.isEmpty() ? spec.key : spec.label),
                                 spec.key, spec.key);
            continue;
        }
        auto converted = convert(spec, value);
        if (!converted)
            return std::unexpected(converted.error());
        out.insert(spec.key, *converted);
    }
    return out;
}

} // namespace edge::devices
