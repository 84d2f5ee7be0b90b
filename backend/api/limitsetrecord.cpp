#include "backend/api/limitsetrecord.h"

#include "backend/api/recordfields.h"

#include <QCoreApplication>

namespace edge::api {

namespace {

using recordfields::checkName;
using recordfields::integer;
using recordfields::invalid;
using recordfields::makeRecord;
const auto str = recordfields::text;
const auto optText = recordfields::optionalText;

} // namespace

QString limitSetRecordName(const QString &setId, int version)
{
    return QStringLiteral("%1 v%2").arg(setId).arg(version);
}

Record LimitSetRecord::toRecord() const
{
    Record r = makeRecord(EntityKind::LimitSet, id, revision);
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("set_id")] = setId;
    r.fields[QStringLiteral("version")] = qint64(version);
    r.fields[QStringLiteral("title")] = optText(title);
    r.fields[QStringLiteral("json")] = json;
    r.fields[QStringLiteral("author")] = optText(author);
    r.fields[QStringLiteral("notes")] = optText(notes);
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<LimitSetRecord> LimitSetRecord::fromRecord(const Record &r)
{
    LimitSetRecord v;
    v.id = r.id;
    v.revision = r.revision;
    v.name = str(r, "name");
    v.setId = str(r, "set_id");
    const qint64 version = integer(r, "version", 0);
    if (version < 1 || version > 1'000'000)
        return invalid(QStringLiteral("version"),
                       QCoreApplication::translate(
                           "edge::api",
                           "The limit set version must be a whole number from 1 to 1000000."));
    v.version = int(version);
    v.title = str(r, "title");
    v.json = str(r, "json");
    v.author = str(r, "author");
    v.notes = str(r, "notes");
    v.demo = r.fields.value(QStringLiteral("demo")).toBool();
    return v;
}

Result<LimitSet> LimitSetRecord::limitSet() const
{
    auto sets = parseLimitSets(json.toUtf8(), limitSetRecordName(setId, version));
    if (!sets)
        return std::unexpected(Error{Code::Validation, sets.error().message, sets.error().detail,
                                     QStringLiteral("json")});
    if (sets->size() != 1)
        return invalid(QStringLiteral("json"),
                       QCoreApplication::translate(
                           "edge::api",
                           "A limit set record holds exactly one set; this one holds %1.")
                           .arg(sets->size()));
    return sets->first();
}

Result<void> validate(const LimitSetRecord &v)
{
    if (auto r = checkName(v.name); !r)
        return r;
    if (v.setId.isEmpty())
        return invalid(QStringLiteral("set_id"),
                       QCoreApplication::translate("edge::api",
                                                   "The limit set id must not be empty."));
    if (v.name != limitSetRecordName(v.setId, v.version))
        return invalid(QStringLiteral("name"),
                       QCoreApplication::translate("edge::api",
                                                   "The name of a limit set version is \"%1\".")
                           .arg(limitSetRecordName(v.setId, v.version)));
    if (v.json.size() > 1024 * 1024)
        return invalid(QStringLiteral("json"),
                       QCoreApplication::translate("edge::api",
                                                   "The limit set is larger than 1 MiB."));
    auto set = v.limitSet();
    if (!set)
        return std::unexpected(set.error());
    if (set->id != v.setId)
        return invalid(QStringLiteral("json"),
                       QCoreApplication::translate(
                           "edge::api",
                           "The set in the JSON has the id \"%1\", the record \"%2\"; they must be "
                           "the same.")
                           .arg(set->id, v.setId));
    if (set->version != v.version)
        return invalid(QStringLiteral("json"),
                       QCoreApplication::translate(
                           "edge::api",
                           "The set in the JSON has version %1, the record %2; they must be the "
                           "same.")
                           .arg(set->version)
                           .arg(v.version));
    if (v.notes.size() > 20000)
        return invalid(QStringLiteral("notes"),
                       QCoreApplication::translate("edge::api",
                                                   "The notes are longer than 20,000 characters."));
    return {};
}

LimitSetRecord limitSetRecordFor(const LimitSet &set, const QString &author, const QString &notes)
{
    LimitSetRecord r;
    r.setId = set.id;
    r.version = set.version;
    r.name = limitSetRecordName(set.id, set.version);
    r.title = set.title;
    r.json = QString::fromUtf8(limitSetsToJson({set}));
    r.author = author;
    r.notes = notes;
    return r;
}

} // namespace edge::api
