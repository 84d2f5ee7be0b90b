#pragma once

// The user's limit sets as entities (issue 4): one record per version of a set, never overwritten
// (an edit stores a new version; older versions stay for the record), the newest version of a
// set id wins over the shipped set of that id. Records travel, are stored and are logged like
// every other entity, so they sync (issue 5) and work on the embedded hub with no network.

#include "backend/api/inventorytypes.h"
#include "backend/api/limitset.h"

namespace edge::api {

struct LimitSetRecord {
    QString id;
    qint64 revision = 0;
    QString name;  // "<set_id> v<version>": unique, so a version is stored once
    QString setId; // the limit set id, e.g. "ashrae-2021-recommended"
    int version = 1;
    QString title;
    QString json; // the whole set in the limitset.h format (one set, same id and version)
    QString author;
    QString notes;
    bool demo = false;

    Record toRecord() const;
    static Result<LimitSetRecord> fromRecord(const Record &r);
    // The set the json holds (parseLimitSets errors name line and column).
    Result<LimitSet> limitSet() const;
};
// The json parses (errors name line/column), holds exactly one set whose id and version are the
// record's, and the name is "<set_id> v<version>".
Result<void> validate(const LimitSetRecord &v);

// The record name of a version: "ashrae-2021-recommended v2".
QString limitSetRecordName(const QString &setId, int version);

// A record for `set` (name, set id, version, title and json from the set).
LimitSetRecord limitSetRecordFor(const LimitSet &set, const QString &author,
                                 const QString &notes = {});

template<>
constexpr EntityKind kindOf<LimitSetRecord>()
{
    return EntityKind::LimitSet;
}

} // namespace edge::api
