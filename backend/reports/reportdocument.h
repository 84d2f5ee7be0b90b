#pragma once

// A small paginated document for PDF reports (the survey report of issue 4; the sealed
// acceptance report of issue 6 reuses it): a cover block, headings, paragraphs, key-value
// blocks, tables (the header repeated on every page, a row never split), images scaled to fit,
// drawings (charts painted with QPainter), signature lines, and a footer on every page with a
// configurable text and "page X of Y". Content is plain data plus paint functions, so a document
// can be built on the GUI thread (where the texts are translated) and written on a worker.
//
// write() needs a QGuiApplication (offscreen is fine). It lays out every page first (so the
// page count is known for the footer), then paints page by page, calling progress(done, total)
// after each; returning false cancels (Code::Cancelled, no file left). The PDF goes to a
// temporary file that is renamed when complete (QSaveFile).
#include "backend/api/error.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

class QPainter;
class QRectF;

namespace edge::reports {

struct DocumentStyle {
    QString fontFamily;      // empty: the default sans-serif family
    qreal basePointSize = 9; // paragraphs and tables; headings are larger
    QString footerText;      // left side of every footer (issue 6: the fingerprint)
    QString pageFormat;      // "Page %1 of %2", translated by the caller
    QString title;           // the PDF's title metadata
    QString creator = QStringLiteral("EdgeConsole");
};

struct TableSpec {
    QStringList header;
    QList<QStringList> rows;
    QList<qreal> columnWeights; // relative widths; empty: equal
    // Text colour of a cell (invalid: the default); may be empty.
    std::function<QColor(int row, int column)> cellColor;
};

class ReportDocument {
public:
    using Paint = std::function<void(QPainter &painter, const QRectF &rect)>;
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportDocument(DocumentStyle style = {});
    ~ReportDocument();
    ReportDocument(ReportDocument &&) noexcept;
    ReportDocument &operator=(ReportDocument &&) noexcept;

    const DocumentStyle &style() const;

    void addTitle(const QString &title, const QString &subtitle = {});
    void addHeading(const QString &text);
    void addParagraph(const QString &text, const QColor &color = {}, bool bold = false);
    void addKeyValues(const QList<std::pair<QString, QString>> &rows);
    void addTable(const TableSpec &table);
    // Scaled to the text width and at most maxHeightMm high, aspect kept, caption below.
    void addImage(const QImage &image, const QString &caption, qreal maxHeightMm = 110);
    // A drawing the full text width wide and heightMm high (charts).
    void addDrawing(qreal heightMm, Paint paint, const QString &caption = {});
    // Lines to sign on, side by side, each with its label below ("Surveyor", "Customer").
    void addSignatures(const QStringList &labels);
    void addPageBreak();

    int imageCount() const;

    // Writes the PDF; returns the number of pages.
    api::Result<int> write(const QString &pdfPath, const Progress &progress = {}) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace edge::reports
