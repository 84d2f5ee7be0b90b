#pragma once

// The survey report (issue 4) as PDF, in Chinese or English: site, author, dates, every check
// with value, limit, standard (unverified marked) and result, the readings chart with the
// profile's envelope, the noise levels, the hazard plot with rings and the nearest-first table,
// site facts, photos and notes, and a summary verdict. Chinese text is extractable by pdftotext
// (WenQuanYi Micro Hei, see environment-notes.md; prepareSurveyReport fails with BadInput naming the
// Debian package fonts-wqy-microhei when a Chinese report is asked for and the font is missing).
//
// Two steps, so a GUI can render on a worker thread:
//   prepareSurveyReport()  on the thread that owns the QCoreApplication: evaluates the survey and
//                          resolves every text in `language` (the application's translators are
//                          switched for the call and restored after), charts as data
//   renderSurveyReport()   anywhere (needs a QGuiApplication to exist, offscreen is fine):
//                          lays out and writes the PDF; progress(done, total) is called as pages
//                          and photos are drawn and returning false cancels (Code::Cancelled; no
//                          file is left behind). The file is written to a temporary name and
//                          renamed when complete, so a crash never leaves a half report.
#include "backend/api/error.h"
#include "backend/api/syncstore.h"
#include "backend/survey/surveystore.h"

#include <functional>
#include <memory>

namespace edge::reports {

struct SurveyReport; // the prepared content (surveyreport.cpp)

struct SurveyReportOptions {
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    QString preparedBy;                      // who generates it (the signed-in user)
    qint64 generatedAtMs = 0;                // 0: now
    // Where photos stored as attachments are read from (issue 5); without it, or when an
    // attachment cannot be read, the report prints the photo's thumbnail.
    api::Attachments *attachments = nullptr;
};

api::Result<std::shared_ptr<const SurveyReport>> prepareSurveyReport(
    const survey::SurveyData &data, const SurveyReportOptions &options);

// What a prepared report says, for edgectl --json and the dialog's result line.
struct SurveyReportFacts {
    QString language;
    QString title;        // "Site survey report: <survey>" in the report's language
    QString fileBaseName; // "<site>-<survey>-<language>", safe as a file name
    api::CheckSummary summary;
    int checks = 0;
    int photos = 0;
};
const SurveyReportFacts &surveyReportFacts(const SurveyReport &report);

using Progress = std::function<bool(int done, int total)>;
// `pages`, when given, receives the number of pages written.
api::Result<void> renderSurveyReport(const SurveyReport &report, const QString &pdfPath,
                                     const Progress &progress = {}, int *pages = nullptr);

} // namespace edge::reports
