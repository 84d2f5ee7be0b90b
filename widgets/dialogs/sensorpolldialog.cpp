// Placeholder so the tree links while this dialog is being written (issue 4).
#include "widgets/dialogs/sensorpolldialog.h"

namespace edge::widgets {

struct SensorPollDialog::Private {};

SensorPollDialog::SensorPollDialog(std::shared_ptr<api::Inventory>, const api::Survey &,
                                   QWidget *parent)
    : QDialog(parent)
{}

SensorPollDialog::~SensorPollDialog() = default;

} // namespace edge::widgets
