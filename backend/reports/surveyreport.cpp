// Placeholder so the tree links while the report is being written (issue 4).
#include "backend/reports/surveyreport.h"

namespace edge::reports {

struct SurveyReport {};

api::Result<std::shared_ptr<const SurveyReport>> prepareSurveyReport(const survey::SurveyData &,
                                                                     const SurveyReportOptions &)
{
    return std::unexpected(
        api::Error{api::Code::Internal, QStringLiteral("not built yet"), {}, {}});
}

api::Result<void> renderSurveyReport(const SurveyReport &, const QString &, const Progress &)
{
    return std::unexpected(
        api::Error{api::Code::Internal, QStringLiteral("not built yet"), {}, {}});
}

} // namespace edge::reports
