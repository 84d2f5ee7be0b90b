// Placeholder so the tree links while this dialog is being written (issue 4).
#include "widgets/dialogs/sitefactsdialog.h"

namespace edge::widgets {

struct SiteFactsDialog::Private {};

SiteFactsDialog::SiteFactsDialog(std::shared_ptr<api::Inventory>, const api::Survey &,
                                 QWidget *parent)
    : QDialog(parent)
{}

SiteFactsDialog::~SiteFactsDialog() = default;

} // namespace edge::widgets
