#pragma once

// One of the dialogs that add to a survey from the console (issue 4). It gets the inventory
// (embedded or remote hub) and the survey, stores what it adds itself through
// survey::addSurveyItem (so edgectl and the console store the same payloads), and deletes itself
// when closed (WA_DeleteOnClose). The Survey page opens it.
//
// The survey report as PDF: language (English / 简体中文, default the console's), output
// file, a progress bar and Cancel while it renders (backend/reports on a worker thread), Open
// file / Open folder when done. Stores nothing in the survey (emits reportWritten).
#include "backend/api/inventory.h"
#include "backend/api/surveyrecord.h"
#include "backend/api/syncstore.h"

#include <QDialog>
#include <memory>

namespace edge::widgets {

class SurveyReportDialog : public QDialog {
    Q_OBJECT
public:
    SurveyReportDialog(std::shared_ptr<api::Inventory> inventory, const api::Survey &survey,
                       QWidget *parent = nullptr);
    ~SurveyReportDialog() override;
    // Where photos stored as attachments are read from (issue 5); null: their thumbnails print.
    void setAttachments(std::shared_ptr<api::Attachments> attachments);

Q_SIGNALS:
    void reportWritten(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edge::widgets
