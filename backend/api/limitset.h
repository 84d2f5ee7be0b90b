#pragma once

// Limits are data (issue 4): each standard's table is a limit set in a JSON file, shipped as a
// default and editable by the user (a copy in the data dir overrides a shipped set of the same id
// when its version is higher). Every entry carries its source and confidence, so a LOW-confidence
// number is shown as unverified wherever it is used.
//
// File format (one set per file, or {"sets": [ ... ]} for several):
// {
//   "id": "gb3096-2008",                  // stable, lower case
//   "version": 1,                          // integer >= 1; bump on every edit
//   "title": "GB 3096-2008 Environmental quality standard for noise",
//   "standard": "GB 3096-2008",           // default LimitSource::standard of the entries
//   "category": "noise",                  // Check::category of what it limits
//   "entries": [
//     { "key": "zone1.night", "max": 45, "unit": "dB(A)", "clause": "Table 1",
//       "confidence": "high", "note": "22:00-06:00" },
//     { "key": "inlet.temperature", "min": 18, "max": 27, "unit": "°C", "warnMargin": 1 }
//   ]
// }
// "confidence" defaults to "high"; "standard" and "clause" of an entry override the set's.

#include "backend/api/survey.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace edge::api {

struct LimitEntry {
    QString key; // unique within its set: "zone1.night", "railway.classA", "a1.drybulb"
    Limit limit;
    LimitSource source;
    QString note;
};

struct LimitSet {
    QString id;
    int version = 1;
    QString title;
    QString category;
    QList<LimitEntry> entries;

    const LimitEntry *find(const QString &key) const;
    bool hasUnverified() const; // any entry with Confidence::Low
};

// Parses the format above. `fileName` only names the file in errors. Errors are Code::BadInput and
// say where ("limits.json line 12 column 7: ...", or "... set \"gb3096-2008\" entry 3 (zone1.night):
// \"max\" must be a number"), what is wrong and what to do.
Result<QList<LimitSet>> parseLimitSets(const QByteArray &json, const QString &fileName);

// The inverse, for exporting a set to edit (stable key order, indented).
QByteArray limitSetsToJson(const QList<LimitSet> &sets);

// The sets with the highest version per id, `overrides` winning ties (the user's edit of a
// shipped set keeps working after a reinstall only if it is at least as new).
QList<LimitSet> mergeLimitSets(const QList<LimitSet> &shipped, const QList<LimitSet> &overrides);

// 1-based line and column of a byte offset in `text` (for JSON and other parsers' errors).
std::pair<int, int> lineColumnAt(const QByteArray &text, qsizetype offset);

} // namespace edge::api
