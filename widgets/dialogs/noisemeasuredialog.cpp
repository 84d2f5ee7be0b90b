// Placeholder so the tree links while this dialog is being written (issue 4).
#include "widgets/dialogs/noisemeasuredialog.h"

namespace edge::widgets {

struct NoiseMeasureDialog::Private {};

NoiseMeasureDialog::NoiseMeasureDialog(std::shared_ptr<api::Inventory>, const api::Survey &,
                                       QWidget *parent)
    : QDialog(parent)
{}

NoiseMeasureDialog::~NoiseMeasureDialog() = default;
void NoiseMeasureDialog::useInputDevice(QIODevice *, int, int, int, const QString &) {}

} // namespace edge::widgets
