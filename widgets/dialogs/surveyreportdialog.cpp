// Placeholder so the tree links while this dialog is being written (issue 4).
#include "widgets/dialogs/surveyreportdialog.h"

namespace edge::widgets {

struct SurveyReportDialog::Private {};

SurveyReportDialog::SurveyReportDialog(std::shared_ptr<api::Inventory>, const api::Survey &,
                                       QWidget *parent)
    : QDialog(parent)
{}

SurveyReportDialog::~SurveyReportDialog() = default;

} // namespace edge::widgets
