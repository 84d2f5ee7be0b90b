#pragma once

#include "backend/api/entity.h"

#include <QString>
#include <vector>

namespace edge::edgectl {

// How an option's text becomes a field value.
enum class ValueType {
    Text,         // as given
    Integer,      // a whole number
    Real,         // a decimal number
    List,         // "a,b,c" -> JSON array text
    Labels,       // repeatable KEY=VALUE -> JSON object text ("KEY-" removes a key in edit)
    Ref,          // id or name of another entity -> its id (the kind comes from the schema)
    Settings,     // repeatable KEY=VALUE into a JSON object field; VALUE is a JSON number or
                  // object when it parses as one, else text ("KEY-" removes a key in edit)
    SettingsFile, // FILE.json holding a JSON object: the whole field (Settings apply on top)
};

// One row of a kind's table: a command-line option and the schema field it sets.
struct FieldOption {
    const char *option; // "lat" (shown as --lat)
    const char *field;  // "latitude" (the schema name, also the JSON key)
    ValueType type;
    const char *valueName;   // "DEGREES"
    const char *help;        // untranslated; shown through Tr::tr
    const char *label;       // untranslated column / "key: value" label
    bool listFilter = false; // usable as an exact-match filter in `list`
};

// Everything the generic add/list/show/edit/rm commands need to know about one entity kind.
struct KindSpec {
    api::EntityKind kind;
    const char *command; // "site"
    const char *summary; // untranslated, for `edgectl --help`
    std::vector<FieldOption> options;
    std::vector<const char *> columns; // fields shown by `list`, in order ("id" allowed)

    const FieldOption *byOption(const QString &option) const;
    const FieldOption *byField(const QString &field) const;
    // The option of the parent reference ("region" for sites, "site" for cabinets), or null.
    const FieldOption *parentOption() const;
    // True when names are unique only within the parent (cabinets, devices): the parent option
    // then scopes name lookups in show/edit/rm instead of moving the entity.
    bool nameScopedByParent() const;
};

const std::vector<KindSpec> &kindSpecs();
const KindSpec *kindSpecByCommand(const QString &command);
const KindSpec &kindSpecOf(api::EntityKind kind);

} // namespace edge::edgectl
