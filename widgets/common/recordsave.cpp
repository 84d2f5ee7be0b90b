#include "widgets/common/recordsave.h"

#include "widgets/common/asynctask.h"
#include "widgets/common/formerrors.h"

#include <QCoreApplication>
#include <QWidget>

namespace edge::widgets {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::widgets::RecordSave)
};
} // namespace

bool saveRecord(QObject *context, std::shared_ptr<api::Inventory> inventory, api::Record record,
                const std::optional<api::Record> &original,
                std::function<void(api::Result<api::Record>)> done)
{
    const bool add = !original.has_value();
    if (add) {
        record.id.clear();
        record.revision = 0;
    } else {
        record = api::patchOf(*original, record);
        if (record.fields.isEmpty())
            return false;
    }
    AsyncTask::run(
        context,
        [inventory = std::move(inventory), record, add] {
            return add ? inventory->create(record) : inventory->update(record);
        },
        std::move(done));
    return true;
}

QString saveErrorText(const api::Error &error, const QString &conflict, const QString &refused)
{
    switch (error.code) {
    case api::Code::Conflict: return conflict;
    case api::Code::PermissionDenied: return refused;
    case api::Code::Unavailable:
    case api::Code::DeadlineExceeded:
        return Tr::tr("The hub did not answer. Check the connection and try again. (%1)")
            .arg(error.message);
    default: break;
    }
    if (!error.message.isEmpty())
        return error.message;
    return Tr::tr("The hub refused the change (%1).").arg(api::codeName(error.code));
}

void showSaveError(QLabel *label, QWidget *field, const QString &message)
{
    if (field) {
        setFieldInvalid(field, true, message);
        field->setFocus(Qt::OtherFocusReason);
    }
    showFormError(label, message);
}

} // namespace edge::widgets
