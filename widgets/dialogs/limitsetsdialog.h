#pragma once

// The limit sets surveys are checked against (issue 4), shipped and the user's stored versions,
// in one dialog: the sets with their version and source, the selected set's limits (min and max
// editable; unit, standard, clause and confidence shown; LOW-confidence numbers marked unverified
// with an icon and a tooltip), "Save as new version" (validated), "Import…", "Export…" and
// "Revert to shipped" (a new version equal to the shipped values). Versions are LimitSet records
// in the inventory (embedded or remote hub), never overwritten: the newest wins
// (backend/survey/userlimits.h). The Survey page and the Settings page open it.

#include "backend/api/inventory.h"

#include <QDialog>
#include <memory>

class QTableWidget;

namespace edge::widgets {

class LimitSetsDialog : public QDialog {
    Q_OBJECT
public:
    explicit LimitSetsDialog(std::shared_ptr<api::Inventory> inventory, QWidget *parent = nullptr);
    ~LimitSetsDialog() override;

    bool isLoaded() const;      // the sets are listed
    bool isBusy() const;        // a save/import is running
    QString statusText() const; // the last message (saved, or what is wrong)
    QTableWidget *setsTable() const;
    QTableWidget *limitsTable() const;
    // Selects the set `id`; false when there is no such set.
    bool selectSet(const QString &id);
    QString selectedSetId() const;
    int selectedVersion() const;

public Q_SLOTS:
    void reload();
    // Stores the table's values as the next version of the selected set (validated first).
    void saveAsNewVersion();
    // Stores the sets of a limit-set JSON file as new versions (each must be newer).
    void importFile(const QString &path);
    // Writes the selected set as shown (with the edits) to `path`.
    bool exportFile(const QString &path);
    // Stores the shipped values of the selected set as its next version.
    void revertToShipped();

Q_SIGNALS:
    void loaded();
    void saved(const QString &setId, int version);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edge::widgets
