#pragma once

// The acceptance report (验收报告) of a commissioning run (issue 6), in Chinese or English, built
// on ReportDocument: a cover page (customer, site, cabinet, serial numbers, engineer, dates, the
// run's revision and the run it supersedes), the summary verdict with progress per section, every
// checklist item with its result and evidence (values with units, photos scaled for print, raw
// readings of automatic checks, guided-test traces with timestamps), burn-in charts, open items
// (skipped with their reasons, failed), and signature blocks for the engineer and the customer
// (a signature drawn on screen is printed; otherwise a line for ink).
//
// Sealing (backend/seal) happens after writing: the footer of every page carries
// `footerText` (the seal's short fingerprints), which the caller computes before rendering.

#include "backend/api/syncstore.h"
#include "backend/commissioning/commissioningstore.h"
#include "backend/reports/reportdocument.h"

namespace edge::reports {

struct AcceptanceReportOptions {
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    QString footerText;                      // printed on every page (the seal's fingerprints)
    int photoMaxPixels = 1600; // photos are downscaled to at most this many pixels on the long side
    qint64 generatedAtMs = 0;  // 0: now
};

// Builds the document (texts in options.language, whatever the thread's translator). Photos are
// read through `attachments` (may be null: photos are then listed, not printed). Cancelled (Code::
// Cancelled) when progress returns false while photos are loaded.
api::Result<ReportDocument> buildAcceptanceReport(const commissioning::RunData &run,
                                                  api::Attachments *attachments,
                                                  const AcceptanceReportOptions &options,
                                                  const ReportDocument::Progress &progress = {});

// The canonical bytes of what the report states (run, template, records, in a fixed order): the
// seal's content hash is the SHA-256 of these, so the same run always gives the same hash.
QByteArray canonicalRunContent(const commissioning::RunData &run);

} // namespace edge::reports
