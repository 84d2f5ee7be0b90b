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

#include <QHash>
#include <QSize>

#include <memory>

namespace edge::reports {

// A photo scaled for print: a JPEG (quality 85) of at most maxPixels on the long side, decoded
// only while its page is painted (so 50 photos are never all in memory as pixels).
struct PreparedPhoto {
    QByteArray jpeg; // empty: not available here (listed, not printed)
    QSize size;
    bool thumbnail = false; // the attachment is missing here: the record's thumbnail stands in
};

// The photos of a run's evidence records, keyed by record id.
struct PreparedPhotos {
    QHash<QString, PreparedPhoto> byRecord;
    int maxPixels = 0;
};

struct AcceptanceReportOptions {
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    QString footerText;                      // printed on every page (the seal's fingerprints)
    int photoMaxPixels = 1600; // photos are downscaled to at most this many pixels on the long side
    qint64 generatedAtMs = 0;  // 0: now
    // Photos prepared beforehand (preparePhotos, on a worker): the builder then reads no
    // attachment and decodes nothing. A photo record missing here is listed, not printed.
    std::shared_ptr<const PreparedPhotos> preparedPhotos;
};

// Reads, decodes and downscales every photo the report prints (the slow part of a report: 50
// photos of 12 MP take seconds). Thread-independent (no translator, no QGuiApplication needed):
// meant to run on a worker while the GUI shows progress(done, total), called once per photo;
// Code::Cancelled when progress returns false. `attachments` may be null (photos are listed, not
// printed) and must be safe to call from the calling thread.
api::Result<PreparedPhotos> preparePhotos(const commissioning::RunData &run,
                                          api::Attachments *attachments, int maxPixels,
                                          const ReportDocument::Progress &progress = {});

// Builds the document (texts in options.language: it installs that language's translator on the
// application for the duration, so call it on the GUI thread). Photos come from
// options.preparedPhotos when set; otherwise they are read through `attachments` (may be null:
// photos are then listed, not printed), and the build is cancelled (Code::Cancelled) when
// progress returns false while photos are loaded.
api::Result<ReportDocument> buildAcceptanceReport(const commissioning::RunData &run,
                                                  api::Attachments *attachments,
                                                  const AcceptanceReportOptions &options,
                                                  const ReportDocument::Progress &progress = {});

// The canonical bytes of what the report states (run, template, records, in a fixed order): the
// seal's content hash is the SHA-256 of these, so the same run always gives the same hash.
QByteArray canonicalRunContent(const commissioning::RunData &run);

} // namespace edge::reports
