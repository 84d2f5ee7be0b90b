// Placeholder bodies of commissioningstore.h (contract commit): the service helper fills them in.
#include "backend/commissioning/commissioningstore.h"

#include <QCoreApplication>

namespace edge::commissioning {

namespace {
api::Error notBuilt()
{
    return api::Error{api::Code::Internal,
                      QCoreApplication::translate("edge::commissioning",
                                                  "Commissioning is not built yet."),
                      {},
                      {}};
}
} // namespace

api::Result<TemplateList> listTemplates(api::Inventory &) { return std::unexpected(notBuilt()); }
api::Result<api::CommissioningTemplate> findTemplate(api::Inventory &, const QString &)
{
    return std::unexpected(notBuilt());
}
api::Result<api::CommissioningTemplateRecord> saveTemplate(api::Inventory &,
                                                           const api::CommissioningTemplate &,
                                                           const QString &)
{
    return std::unexpected(notBuilt());
}
QList<api::CommissioningRecord> RunData::recordsOf(const QString &) const { return {}; }
QList<api::CommissioningRecord> RunData::recordsOfKind(api::RecordKind) const { return {}; }
api::Result<api::CommissioningRun> startRun(api::Inventory &, const NewRun &)
{
    return std::unexpected(notBuilt());
}
api::Result<RunData> loadRun(api::Inventory &, const QString &)
{
    return std::unexpected(notBuilt());
}
api::Result<QList<api::CommissioningRun>> listRuns(api::Inventory &, const QString &)
{
    return std::unexpected(notBuilt());
}
api::Result<api::CommissioningRecord> addRecord(api::Inventory &, const RunData &, const NewRecord &)
{
    return std::unexpected(notBuilt());
}
api::Result<api::CommissioningRun> finishRun(api::Inventory &, const QString &, const QString &,
                                             bool)
{
    return std::unexpected(notBuilt());
}
api::Result<api::CommissioningRun> reviseRun(api::Inventory &, const QString &, const QString &)
{
    return std::unexpected(notBuilt());
}

} // namespace edge::commissioning
