#pragma once

// One of the dialogs that add to a survey from the console (issue 4). It gets the inventory
// (embedded or remote hub) and the survey, stores what it adds itself through
// survey::addSurveyItem (so edgectl and the console store the same payloads), and deletes itself
// when closed (WA_DeleteOnClose). The Survey page opens it.
//
// A typed, validated form of survey::SiteFacts (power, space, floor load, battery,
// vibration/EMI, air, clearance), prefilled from the survey's newest facts item; field errors next
// to the field (widgets/common/formerrors.h); Save stores a new facts item.
#include "backend/api/inventory.h"
#include "backend/api/surveyrecord.h"

#include <QDialog>
#include <memory>

namespace edge::widgets {

class SiteFactsDialog : public QDialog {
    Q_OBJECT
public:
    SiteFactsDialog(std::shared_ptr<api::Inventory> inventory, const api::Survey &survey,
                    QWidget *parent = nullptr);
    ~SiteFactsDialog() override;

    // True once the survey's newest facts (if any) have been read into the form.
    bool isLoaded() const;

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void itemAdded(const edge::api::SurveyItem &item);
    void loaded(); // the form shows the survey's newest facts (isLoaded())

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edge::widgets
