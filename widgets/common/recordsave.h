#pragma once

// The save step of the inventory forms (site, survey, cabinet and device dialogs): send the record
// off the GUI thread (Add creates it; Edit sends only the changed fields with the revision the form
// was filled from, so the hub can refuse a conflicting change), and put a refusal into words.

#include "backend/api/inventory.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QObject;
class QWidget;

namespace edge::widgets {

// Creates `record` (no `original`) or updates it with the fields that differ from `original`.
// Returns false, sending nothing, when an edit changed nothing. `done` runs on `context`'s thread
// (never after `context` is destroyed).
bool saveRecord(QObject *context, std::shared_ptr<api::Inventory> inventory, api::Record record,
                const std::optional<api::Record> &original,
                std::function<void(api::Result<api::Record>)> done);

// A save error for people: `conflict` and `refused` (the caller's words for a changed record and a
// role that may only view) for those codes, a hub that did not answer, else the hub's message.
QString saveErrorText(const api::Error &error, const QString &conflict, const QString &refused);

// Shows `message` under the form (`label`) and marks `field` (may be null) with it, focused.
void showSaveError(QLabel *label, QWidget *field, const QString &message);

} // namespace edge::widgets
