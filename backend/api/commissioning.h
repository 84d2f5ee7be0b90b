#pragma once

// Cabinet commissioning (issue 6) as data and as entities.
//
// A commissioning TEMPLATE is data (JSON, below): sections of items, each item manual (evidence:
// a measurement with its unit, a photo, a note), automatic (a check the console performs through a
// device adapter, recorded with its raw readings) or both. Templates are versioned like limit
// sets: one CommissioningTemplateRecord per version, never overwritten, the newest version of a
// template id wins over the shipped one of that id. The shipped default is "all-in-one-cabinet"
// (white paper 1.1.2; resources/commissioning/all-in-one-cabinet.json).
//
// A RUN commissions one cabinet against one template version (a frozen copy of the template's
// JSON is kept in the run, so editing the template later never changes a run). Its results are
// append-only CommissioningRecords (like survey items: created once, never edited, never in
// conflict when replicas merge): results, evidence, skips with their reason, raw readings of
// automatic checks, guided-test traces, burn-in samples and signatures. The latest Result record
// of an item is its result; a Skip counts only when no later Result exists.
//
// A finished run is read-only: the store refuses new records for it (except signatures: the
// acceptance is signed after the run is finished, and a signature changes no result) and any edit of it
// (Code::FailedPrecondition, "start a revision"). Corrections start a new run that names the one
// it corrects (revisionOf, runRevision + 1) and starts with a copy of its records; the report
// names the revision and the run it supersedes.
//
// Template JSON (UTF-8; unknown keys are refused so typos are caught):
// {
//   "format": "edgeconsole-commissioning-template", "template_id": "all-in-one-cabinet",
//   "version": 1, "title": "...", "title_zh": "...", "basis": "white paper 1.1.2 ...",
//   "sections": [ { "id": "physical", "title": "...", "title_zh": "...",
//     "items": [ { "id": "physical.depth", "title": "...", "title_zh": "...",
//                  "mode": "manual" | "automatic" | "both",
//                  "evidence": ["measurement", "photo", "note"],   // what a manual result needs
//                  "unit": "mm", "min": 0, "max": 600,              // pass range of a measurement
//                  "check": "ups.status", "params": { ... },        // automatic check and its params
//                  "guidance": "...", "guidance_zh": "..." } ] } ]
// }
// Item ids are unique in the template and stable across versions (results are keyed by them).

#include "backend/api/inventorytypes.h"

#include <QJsonObject>

namespace edge::api {

// ---- Templates ------------------------------------------------------------------------------

enum class CheckMode { Manual, Automatic, Both };
QString checkModeName(CheckMode m); // "manual", "automatic", "both"
std::optional<CheckMode> checkModeFromName(const QString &name);

enum class EvidenceKind { Measurement, Photo, Note };
QString evidenceKindName(EvidenceKind k); // "measurement", "photo", "note"
std::optional<EvidenceKind> evidenceKindFromName(const QString &name);

struct TemplateItem {
    QString id; // "power.input-voltage"
    QString title;
    QString titleZh;
    CheckMode mode = CheckMode::Manual;
    QList<EvidenceKind> evidence; // required for a manual result (may be empty: a plain yes/no)
    QString unit;                 // of the measurement: "V", "Hz", "mm", "U", "°C", "%"
    std::optional<double> min;    // inclusive pass range of the measurement
    std::optional<double> max;
    QString check;      // automatic check id (commissioning/checks.h); empty for manual items
    QJsonObject params; // the check's parameters
    QString guidance;   // what to do, for the engineer at the cabinet
    QString guidanceZh;

    // The title/guidance in `language` ("zh_CN" picks the _zh text when present).
    QString titleIn(const QString &language) const;
    QString guidanceIn(const QString &language) const;
};

struct TemplateSection {
    QString id; // "power"
    QString title;
    QString titleZh;
    QList<TemplateItem> items;

    QString titleIn(const QString &language) const;
};

struct CommissioningTemplate {
    QString templateId; // "all-in-one-cabinet"
    int version = 1;
    QString title;
    QString titleZh;
    QString basis; // where the requirements come from
    QList<TemplateSection> sections;

    // Parses template JSON. Errors (Code::Validation) name `origin` (a file name or record name),
    // the JSON path ("sections[2].items[0].max") and what is wrong, and say what to do.
    static Result<CommissioningTemplate> parse(const QByteArray &json, const QString &origin);
    QByteArray toJson() const; // parse(toJson()) gives the same template
    const TemplateItem *item(const QString &itemId) const;
    const TemplateSection *sectionOf(const QString &itemId) const;
    int itemCount() const;
    QString titleIn(const QString &language) const;
    QString recordName() const; // "<template_id> v<version>"
};
// The automatic check ids a template may name (commissioning/checks.h implements them).
QStringList knownCheckIds();

// Ids unique and well-formed, modes/evidence/check known, min <= max, a measurement has a unit,
// an automatic item names a check. Errors name the JSON path.
Result<void> validate(const CommissioningTemplate &t);

// The templates shipped with the program (resources/commissioning/*.json), parsed.
QList<CommissioningTemplate> shippedTemplates();

// ---- Entities --------------------------------------------------------------------------------

// One stored version of a template (entity kind CommissioningTemplate, like LimitSetRecord).
struct CommissioningTemplateRecord {
    QString id;
    qint64 revision = 0;
    QString name;       // "<template_id> v<version>": unique, so a version is stored once
    QString templateId; // "all-in-one-cabinet"
    int version = 1;
    QString title;
    QString json; // the whole template (the format above), same id and version
    QString author;
    QString notes;
    bool demo = false;

    Record toRecord() const;
    static Result<CommissioningTemplateRecord> fromRecord(const Record &r);
    Result<CommissioningTemplate> parsed() const;
};
Result<void> validate(const CommissioningTemplateRecord &v);
CommissioningTemplateRecord templateRecordFor(const CommissioningTemplate &t, const QString &author,
                                              const QString &notes = {});

enum class RunStatus { InProgress, Finished };
QString runStatusName(RunStatus s); // "in-progress", "finished"
std::optional<RunStatus> runStatusFromName(const QString &name);

struct CommissioningRun {
    QString id;
    qint64 revision = 0;  // the store's revision of the record
    QString cabinetId;    // the cabinet commissioned
    QString name;         // unique within the cabinet: "Acceptance 2026-11-26", "... r2"
    QString templateName; // "<template_id> v<version>"
    QString templateJson; // the template as used (frozen copy)
    RunStatus status = RunStatus::InProgress;
    QString engineer; // user name of the engineer who runs it
    QString customer; // the accepting party (organisation / person)
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0; // 0: not finished
    QString revisionOf;      // id of the finished run this one corrects; empty for the first
    int runRevision = 1;     // 1, 2, ...
    QString notes;
    bool demo = false;

    Record toRecord() const;
    static Result<CommissioningRun> fromRecord(const Record &r);
    Result<CommissioningTemplate> parsedTemplate() const;
};
Result<void> validate(const CommissioningRun &v);

// What a record says. Payload JSON per kind:
//   result      {"outcome": "pass"|"fail", "comment": "...", "value": 231.4, "unit": "V",
//                "automatic": true|false}
//   evidence    {"type": "measurement", "value": 231.4, "unit": "V"}
//               {"type": "photo", "attachment": "<sha256>", "media_type": "image/jpeg",
//                "size": 123, "width": 4000, "height": 3000, "thumbnail": "<base64 JPEG>"}
//               {"type": "note", "text": "..."}
//   skip        {"reason": "..."}                       (a reason is required)
//   reading     {"check": "ups.status", "readings": [SensorReading as JSON: quantity, label,
//                value, unit, raw, source, timestamp_ms], "problems": ["..."]}
//   guided      {"check": "...", "expect": "...", "limit_ms": 10000, "started_ms": ...,
//                "changed_ms": ... | null, "outcome": "pass"|"fail",
//                "samples": [{"t": ms, "value": ..., "raw": "...", "state": "..."}]}
//   burn-in     {"series": {"<quantity> <label>": {"unit": "°C", "points": [[ms, value], ...]}}}
//               (one record per chunk of samples, e.g. a minute; a report joins them)
//   signature   {"role": "engineer"|"customer", "name": "...", "organisation": "...",
//                "signed_ms": ..., "ink": true}  or with "image": "<base64 PNG>" when drawn
enum class RecordKind { Result, Evidence, Skip, Reading, Guided, BurnIn, Signature };
QString recordKindName(RecordKind k); // "result", "evidence", "skip", "reading", "guided",
                                      // "burn-in", "signature"
std::optional<RecordKind> recordKindFromName(const QString &name);

struct CommissioningRecord {
    QString id;
    qint64 revision = 0;
    QString runId;
    QString name;   // unique within the run: "<item id> <kind> <n>"
    QString itemId; // the template item; "" for run-level records (signatures, burn-in)
    RecordKind kind = RecordKind::Result;
    QString author;
    qint64 takenAtMs = 0;
    QString payload; // JSON text, shape by kind (above)
    bool demo = false;

    Record toRecord() const;
    static Result<CommissioningRecord> fromRecord(const Record &r);
};
// The payload parses and has the fields its kind needs (a skip has a non-empty reason, a result
// an outcome, ...). Errors name the payload key.
Result<void> validate(const CommissioningRecord &v);

template<>
constexpr EntityKind kindOf<CommissioningTemplateRecord>()
{
    return EntityKind::CommissioningTemplate;
}
template<>
constexpr EntityKind kindOf<CommissioningRun>()
{
    return EntityKind::CommissioningRun;
}
template<>
constexpr EntityKind kindOf<CommissioningRecord>()
{
    return EntityKind::CommissioningRecord;
}

// ---- Progress --------------------------------------------------------------------------------

enum class ItemState { Pending, Passed, Failed, Skipped };
QString itemStateName(ItemState s); // "pending", "passed", "failed", "skipped"

struct ItemProgress {
    QString itemId;
    ItemState state = ItemState::Pending;
    QString skipReason;                 // when skipped
    QList<CommissioningRecord> records; // of this item, oldest first
    bool evidenceMissing = false;       // a manual result lacks evidence the item requires
};

struct SectionProgress {
    QString sectionId;
    int total = 0;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int done() const { return passed + failed + skipped; }
};

enum class Verdict { Incomplete, Accepted, AcceptedWithOpenItems, Rejected };
QString verdictName(Verdict v); // "incomplete", "accepted", "accepted-with-open-items", "rejected"

struct RunProgress {
    QList<SectionProgress> sections; // template order
    QList<ItemProgress> items;       // template order
    int total = 0;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    int done() const { return passed + failed + skipped; }
    // Incomplete while an item is pending; Rejected when one failed; AcceptedWithOpenItems when
    // all passed or were skipped (the skipped ones are the open items); Accepted when all passed.
    Verdict verdict = Verdict::Incomplete;
    const ItemProgress *item(const QString &itemId) const;
};

// Pure: the state of every item from the run's records (any order; ordered by taken_at, name).
RunProgress evaluateRun(const CommissioningTemplate &t, const QList<CommissioningRecord> &records);

} // namespace edge::api
