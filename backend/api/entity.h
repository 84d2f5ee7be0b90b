#pragma once

#include "backend/api/error.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <optional>
#include <vector>

namespace edge::api {

// Inventory entities. Every entity travels, is stored and is logged as a Record: a kind, an id,
// a revision and a map of scalar fields. The typed structs in inventorytypes.h convert to and from
// Records and validate. One generic path (store, op log, proto, client) serves every kind.
enum class EntityKind {
    Region,
    Site,
    Cabinet,
    Node,
    Device,
    Survey,
    SurveyItem,
    LimitSet,
    CommissioningTemplate, // issue 6 (api/commissioning.h)
    CommissioningRun,
    CommissioningRecord,
};

QString kindName(EntityKind kind); // "region", "site", ..., "survey-item", "limit-set",
                                   // "commissioning-template", "commissioning-run", ...
std::optional<EntityKind> kindFromName(const QString &name);
QList<EntityKind> allKinds();

enum class FieldType { Text, Integer, Real, Bool, Json };

struct FieldSpec {
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    // The field holds the id of another entity (a foreign key).
    std::optional<EntityKind> references;
};

struct EntitySchema {
    EntityKind kind;
    QString table;                 // SQL table name
    std::vector<FieldSpec> fields; // every field except id and revision
    // Field that ties the entity to its parent (site_id for cabinets), empty for roots.
    QString parentField;
    std::optional<EntityKind> parentKind;
    // Fields the unique name is scoped by (empty: unique across the whole store).
    QString nameScopeField;
    const FieldSpec *field(const QString &name) const;
};

const EntitySchema &schemaOf(EntityKind kind);

// Field values: QString, qint64, double, bool, or a null QVariant for "not set".
// Json fields carry their JSON text as a QString.
struct Record {
    EntityKind kind = EntityKind::Site;
    QString id;
    qint64 revision = 0; // store revision of the last change to this entity
    QVariantMap fields;

    QString name() const { return fields.value(QStringLiteral("name")).toString(); }
    bool operator==(const Record &) const = default;
};

// The update that turns `before` into `after`: the fields whose values differ, with the id and
// revision of `before` (so the store refuses it when someone changed the entity meanwhile).
// No fields: nothing to send.
Record patchOf(const Record &before, const Record &after);

// Checks a record against its schema: unknown fields, wrong types, missing required fields
// (only when `complete` is true, i.e. for creates), then the kind's own rules.
Result<void> validateRecord(const Record &record, bool complete);

// Normalises field values to their schema types (e.g. "24" -> 24 for Integer) so that values from
// the CLI, the wire or JSON compare equal. Fails on values that do not convert.
Result<Record> normalizeRecord(Record record);

} // namespace edge::api
