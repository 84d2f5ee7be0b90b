// Placeholder bodies of acceptancereport.h (contract commit): the report helper fills them in.
#include "backend/reports/acceptancereport.h"

#include <QCoreApplication>

namespace edge::reports {

api::Result<ReportDocument> buildAcceptanceReport(const commissioning::RunData &,
                                                  api::Attachments *,
                                                  const AcceptanceReportOptions &,
                                                  const ReportDocument::Progress &)
{
    return api::fail(api::Code::Internal,
                     QCoreApplication::translate("edge::reports",
                                                 "The acceptance report is not built yet."));
}

QByteArray canonicalRunContent(const commissioning::RunData &) { return {}; }

} // namespace edge::reports
