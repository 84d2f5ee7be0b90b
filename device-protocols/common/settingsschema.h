#pragma once

// Adapters describe their settings as data (host, port, unit id, register map, community, ...);
// one generic editor in widgets/ renders any schema, edgectl maps options onto it, and
// validate() gives the same field-named errors everywhere.

#include "backend/api/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace edge::devices {

enum class SettingType { Text, Integer, Real, Bool, Choice, Secret };

struct SettingSpec {
    QString key; // "host", "port", "unitId", "community", ...
    SettingType type = SettingType::Text;
    QString label;         // translated by the adapter (its own Tr context)
    QString help;          // translated; may be empty
    QVariant defaultValue; // null: no default
    bool required = false;
    std::optional<double> min; // Integer/Real bounds, inclusive
    std::optional<double> max;
    QStringList choices; // Choice: the allowed values
};

using SettingsSchema = QList<SettingSpec>;

// Checks `values` against `schema`: unknown keys, missing required keys, wrong types, out of
// range numbers, values not among the choices. Returns the values with defaults filled in and
// numbers converted to their types; the error names the key (Error::field) and what is wrong.
// Secrets are never echoed in the error.
api::Result<QVariantMap> validateSettings(const SettingsSchema &schema, const QVariantMap &values);

} // namespace edge::devices
