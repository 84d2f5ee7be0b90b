#pragma once

// Commissioning runs as the console, edgectl and the report read and extend them, over
// api::Inventory (the embedded hub or a remote one), like survey/surveystore.h for surveys: one
// place, so every front end behaves the same. The rules themselves (a finished run is read-only)
// are enforced by the store in the hub; these functions give the friendlier message first.

#include "backend/api/commissioning.h"
#include "backend/api/inventory.h"

namespace edge::commissioning {

// The templates a run can use: the shipped ones merged with the user's stored versions (the
// newest version of a template id wins). `problems` lists stored versions that do not parse.
struct TemplateList {
    QList<api::CommissioningTemplate> templates; // by template id
    QStringList problems;
};
api::Result<TemplateList> listTemplates(api::Inventory &inventory);
// By "<template_id>" (its newest version) or "<template_id> v<version>". NotFound names what
// exists.
api::Result<api::CommissioningTemplate> findTemplate(api::Inventory &inventory, const QString &name);
// Stores a new version of a template (validated; the version must be higher than any stored or
// shipped one of that id).
api::Result<api::CommissioningTemplateRecord> saveTemplate(api::Inventory &inventory,
                                                           const api::CommissioningTemplate &t,
                                                           const QString &author);

struct RunData {
    api::CommissioningRun run;
    api::CommissioningTemplate tmpl; // parsed from run.templateJson
    std::optional<api::Cabinet> cabinet;
    std::optional<api::Site> site;
    QList<api::Node> nodes;                  // of the cabinet
    QList<api::Device> devices;              // of the cabinet (UPS, PDU, sensors, switch, ...)
    QList<api::CommissioningRecord> records; // oldest first (taken_at, then name)
    api::RunProgress progress;               // evaluateRun(tmpl, records)
    std::optional<api::CommissioningRun> supersedes; // the run this revision corrects

    QList<api::CommissioningRecord> recordsOf(const QString &itemId) const;
    QList<api::CommissioningRecord> recordsOfKind(api::RecordKind kind) const;
};

struct NewRun {
    QString cabinetId;    // id or name of the cabinet
    QString templateName; // findTemplate()
    QString name;         // empty: "Acceptance <yyyy-MM-dd>" (made unique in the cabinet)
    QString engineer;     // empty: the signed-in user
    QString customer;
    QString notes;
};
api::Result<api::CommissioningRun> startRun(api::Inventory &inventory, const NewRun &run);

// Loads a run by id, or by name when `cabinetId` is given.
api::Result<RunData> loadRun(api::Inventory &inventory, const QString &runId);
// The runs of a cabinet (or all when empty), newest first.
api::Result<QList<api::CommissioningRun>> listRuns(api::Inventory &inventory,
                                                   const QString &cabinetId = {});

struct NewRecord {
    QString itemId; // must be an item of the run's template (empty only for run-level kinds)
    api::RecordKind kind = api::RecordKind::Result;
    QString payload; // JSON, shape by kind (api/commissioning.h)
    QString author;
    qint64 takenAtMs = 0; // 0: now
};
// Adds a record. FailedPrecondition when the run is finished; Validation names the payload key
// or says which item ids exist.
api::Result<api::CommissioningRecord> addRecord(api::Inventory &inventory, const RunData &run,
                                                const NewRecord &record);

// Finishes the run (status finished, finished_at now): read-only from then on. Refused while
// items are pending unless `allowOpen` (they are then open items of the report).
api::Result<api::CommissioningRun> finishRun(api::Inventory &inventory, const QString &runId,
                                             const QString &actor, bool allowOpen = false);
// A correction of a finished run: a new in-progress run (runRevision + 1, revisionOf = the old
// id, the same cabinet and template copy) holding a copy of the old run's records.
api::Result<api::CommissioningRun> reviseRun(api::Inventory &inventory, const QString &runId,
                                             const QString &actor);

} // namespace edge::commissioning
