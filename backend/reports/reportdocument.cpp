#include "backend/reports/reportdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace edge::reports {

namespace {

constexpr int kDpi = 300;
constexpr qreal kMarginMm = 16;
constexpr qreal kFooterMm = 9;

qreal mm(qreal v) { return v * kDpi / 25.4; }

const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kHeaderFill(0xe8, 0xec, 0xf0);
const QColor kMuted(0x55, 0x55, 0x55);

enum class BlockKind {
    Title,
    Heading,
    Paragraph,
    KeyValues,
    Table,
    Image,
    Drawing,
    Signatures,
    Break
};

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    QString text;
    QString text2;
    QColor color;
    bool bold = false;
    QList<std::pair<QString, QString>> pairs;
    TableSpec table;
    QImage image;
    qreal heightMm = 0;
    ReportDocument::Paint paint;
    QStringList labels;
};

// One unsplittable piece of a page.
struct Fragment {
    qreal height = 0;
    bool keepWithNext = false;
    bool pageBreak = false;
    int table = -1;      // rows of a table carry its index, so a page break repeats its header
    bool header = false; // the table's header row
    std::function<void(QPainter &, const QRectF &)> draw;
};

struct Placed {
    qreal y = 0;
    qreal height = 0;
    std::function<void(QPainter &, const QRectF &)> draw;
};

QFont makeFont(const DocumentStyle &style, qreal points, bool bold = false)
{
    QFont f;
    if (!style.fontFamily.isEmpty())
        f.setFamilies({style.fontFamily});
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    // Any letter spacing turns ligatures off, so "fi" stays two letters in pdftotext and search.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

qreal textHeight(const QFont &font, QPaintDevice *device, qreal width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font, device);
    return fm.boundingRect(QRectF(0, 0, width, 1e7), kWrap, text).height();
}

} // namespace

struct ReportDocument::Private {
    DocumentStyle style;
    QList<Block> blocks;

    // Turns the blocks into fragments for a text area `width` wide on `device`.
    QList<Fragment> fragments(QPaintDevice *device, qreal width) const;
};

QList<Fragment> ReportDocument::Private::fragments(QPaintDevice *device, qreal width) const
{
    QList<Fragment> out;
    const QFont body = makeFont(style, style.basePointSize);
    const QFont bodyBold = makeFont(style, style.basePointSize, true);
    const QFont small = makeFont(style, style.basePointSize - 1);
    const QFont smallBold = makeFont(style, style.basePointSize - 1, true);
    const qreal gap = mm(2.5);
    int tableIndex = 0;

    for (const Block &b : blocks) {
        switch (b.kind) {
        case BlockKind::Title: {
            const QFont big = makeFont(style, style.basePointSize + 9, true);
            const QFont sub = makeFont(style, style.basePointSize + 2);
            const qreal h1 = textHeight(big, device, width, b.text);
            const qreal h2 = textHeight(sub, device, width, b.text2);
            Fragment f;
            f.height = h1 + h2 + mm(6);
            f.draw = [=, title = b.text, subtitle = b.text2](QPainter &p, const QRectF &r) {
                p.setFont(big);
                p.setPen(Qt::black);
                p.drawText(QRectF(r.left(), r.top(), r.width(), h1), kWrap, title);
                p.setFont(sub);
                p.setPen(kMuted);
                p.drawText(QRectF(r.left(), r.top() + h1 + mm(1), r.width(), h2), kWrap, subtitle);
                p.setPen(QPen(QColor(0x2a, 0x5d, 0x8f), mm(0.6)));
                const qreal y = r.top() + h1 + h2 + mm(3);
                p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            };
            out << f;
            break;
        }
        case BlockKind::Heading: {
            const QFont font = makeFont(style, style.basePointSize + 3.5, true);
            const qreal h = textHeight(font, device, width, b.text);
            Fragment f;
            f.height = h + mm(5);
            f.keepWithNext = true;
            f.draw = [=, text = b.text](QPainter &p, const QRectF &r) {
                p.setFont(font);
                p.setPen(QColor(0x1f, 0x3f, 0x66));
                p.drawText(QRectF(r.left(), r.top() + mm(3), r.width(), h), kWrap, text);
            };
            out << f;
            break;
        }
        case BlockKind::Paragraph: {
            const QFont font = b.bold ? bodyBold : body;
            // One fragment per line of the source text, so long notes can break between pages.
            const QStringList lines = b.text.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                const QString line = lines.at(i).isEmpty() ? QStringLiteral(" ") : lines.at(i);
                const qreal h = textHeight(font, device, width, line);
                Fragment f;
                f.height = h + (i == lines.size() - 1 ? gap : mm(0.5));
                f.draw = [=, color = b.color](QPainter &p, const QRectF &r) {
                    p.setFont(font);
                    p.setPen(color.isValid() ? color : QColor(Qt::black));
                    p.drawText(QRectF(r.left(), r.top(), r.width(), h), kWrap, line);
                };
                out << f;
            }
            break;
        }
        case BlockKind::KeyValues: {
            const qreal keyWidth = width * 0.3;
            const qreal valueWidth = width - keyWidth - mm(2);
            for (int i = 0; i < b.pairs.size(); ++i) {
                const auto &[key, value] = b.pairs.at(i);
                const qreal h = std::max(textHeight(bodyBold, device, keyWidth, key),
                                         textHeight(body, device, valueWidth, value));
                Fragment f;
                f.height = h + mm(1.2) + (i == b.pairs.size() - 1 ? gap : 0);
                f.draw = [=](QPainter &p, const QRectF &r) {
                    p.setFont(bodyBold);
                    p.setPen(kMuted);
                    p.drawText(QRectF(r.left(), r.top(), keyWidth, h), kWrap, key);
                    p.setFont(body);
                    p.setPen(Qt::black);
                    p.drawText(QRectF(r.left() + keyWidth + mm(2), r.top(), valueWidth, h), kWrap,
                               value);
                };
                out << f;
            }
            break;
        }
        case BlockKind::Table: {
            const TableSpec &t = b.table;
            const int columns = int(t.header.size());
            if (columns == 0)
                break;
            QList<qreal> weights = t.columnWeights;
            if (weights.size() != columns)
                weights = QList<qreal>(columns, 1.0);
            qreal total = 0;
            for (qreal w : std::as_const(weights))
                total += w;
            QList<qreal> widths;
            for (qreal w : std::as_const(weights))
                widths << width * w / total;
            const qreal pad = mm(1.0);
            const auto rowFragment = [&](const QStringList &cells, bool header, int row) {
                qreal h = 0;
                for (int c = 0; c < columns; ++c)
                    h = std::max(h, textHeight(header ? smallBold : small, device,
                                               widths.at(c) - 2 * pad, cells.value(c)));
                Fragment f;
                f.height = h + 2 * pad;
                f.table = tableIndex;
                f.header = header;
                f.draw = [=, cellColor = t.cellColor](QPainter &p, const QRectF &r) {
                    const QRectF rowRect(r.left(), r.top(), r.width(), h + 2 * pad);
                    if (header)
                        p.fillRect(rowRect, kHeaderFill);
                    p.setFont(header ? smallBold : small);
                    qreal x = r.left();
                    for (int c = 0; c < columns; ++c) {
                        QColor color = Qt::black;
                        if (!header && cellColor) {
                            const QColor wanted = cellColor(row, c);
                            if (wanted.isValid())
                                color = wanted;
                        }
                        p.setPen(color);
                        p.drawText(QRectF(x + pad, r.top() + pad, widths.at(c) - 2 * pad, h), kWrap,
                                   cells.value(c));
                        x += widths.at(c);
                    }
                    p.setPen(QPen(kRule, mm(0.15)));
                    p.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
                };
                return f;
            };
            out << rowFragment(t.header, true, -1);
            for (int i = 0; i < t.rows.size(); ++i)
                out << rowFragment(t.rows.at(i), false, i);
            Fragment spacer;
            spacer.height = gap;
            out << spacer;
            ++tableIndex;
            break;
        }
        case BlockKind::Image: {
            if (b.image.isNull())
                break;
            const qreal maxH = mm(b.heightMm);
            QSizeF size = QSizeF(b.image.size()).scaled(QSizeF(width, maxH), Qt::KeepAspectRatio);
            const qreal captionH = textHeight(small, device, width, b.text);
            Fragment f;
            f.height = size.height() + captionH + mm(1.5) + gap;
            f.draw = [=, image = b.image, caption = b.text](QPainter &p, const QRectF &r) {
                const QRectF target(r.left() + (r.width() - size.width()) / 2, r.top(),
                                    size.width(), size.height());
                p.drawImage(target, image);
                p.setFont(small);
                p.setPen(kMuted);
                p.drawText(QRectF(r.left(), target.bottom() + mm(1), r.width(), captionH),
                           Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, caption);
            };
            out << f;
            break;
        }
        case BlockKind::Drawing: {
            const qreal h = mm(b.heightMm);
            const qreal captionH = textHeight(small, device, width, b.text);
            Fragment f;
            f.height = h + captionH + mm(1) + gap;
            f.draw = [=, paint = b.paint, caption = b.text](QPainter &p, const QRectF &r) {
                p.save();
                paint(p, QRectF(r.left(), r.top(), r.width(), h));
                p.restore();
                p.setFont(small);
                p.setPen(kMuted);
                p.drawText(QRectF(r.left(), r.top() + h + mm(1), r.width(), captionH),
                           Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop, caption);
            };
            out << f;
            break;
        }
        case BlockKind::Signatures: {
            const int n = std::max<int>(1, int(b.labels.size()));
            Fragment f;
            f.height = mm(28);
            f.draw = [=, labels = b.labels](QPainter &p, const QRectF &r) {
                const qreal cell = r.width() / n;
                for (int i = 0; i < labels.size(); ++i) {
                    const qreal x = r.left() + i * cell;
                    const qreal y = r.top() + mm(16);
                    p.setPen(QPen(Qt::black, mm(0.2)));
                    p.drawLine(QPointF(x + mm(2), y), QPointF(x + cell - mm(6), y));
                    p.setFont(small);
                    p.setPen(kMuted);
                    p.drawText(QRectF(x + mm(2), y + mm(1), cell - mm(8), mm(8)), kWrap,
                               labels.at(i));
                }
            };
            out << f;
            break;
        }
        case BlockKind::Break: {
            Fragment f;
            f.pageBreak = true;
            out << f;
            break;
        }
        }
    }
    return out;
}

ReportDocument::ReportDocument(DocumentStyle style)
    : d(std::make_unique<Private>())
{
    d->style = std::move(style);
    if (d->style.pageFormat.isEmpty())
        d->style.pageFormat = QCoreApplication::translate("edge::reports", "Page %1 of %2");
}

ReportDocument::~ReportDocument() = default;
ReportDocument::ReportDocument(ReportDocument &&) noexcept = default;
ReportDocument &ReportDocument::operator=(ReportDocument &&) noexcept = default;

const DocumentStyle &ReportDocument::style() const { return d->style; }

void ReportDocument::addTitle(const QString &title, const QString &subtitle)
{
    Block b;
    b.kind = BlockKind::Title;
    b.text = title;
    b.text2 = subtitle;
    d->blocks << b;
}

void ReportDocument::addHeading(const QString &text)
{
    Block b;
    b.kind = BlockKind::Heading;
    b.text = text;
    d->blocks << b;
}

void ReportDocument::addParagraph(const QString &text, const QColor &color, bool bold)
{
    Block b;
    b.kind = BlockKind::Paragraph;
    b.text = text;
    b.color = color;
    b.bold = bold;
    d->blocks << b;
}

void ReportDocument::addKeyValues(const QList<std::pair<QString, QString>> &rows)
{
    Block b;
    b.kind = BlockKind::KeyValues;
    b.pairs = rows;
    d->blocks << b;
}

void ReportDocument::addTable(const TableSpec &table)
{
    Block b;
    b.kind = BlockKind::Table;
    b.table = table;
    d->blocks << b;
}

void ReportDocument::addImage(const QImage &image, const QString &caption, qreal maxHeightMm)
{
    Block b;
    b.kind = BlockKind::Image;
    b.image = image;
    b.text = caption;
    b.heightMm = maxHeightMm;
    d->blocks << b;
}

void ReportDocument::addDrawing(qreal heightMm, Paint paint, const QString &caption)
{
    Block b;
    b.kind = BlockKind::Drawing;
    b.heightMm = heightMm;
    b.paint = std::move(paint);
    b.text = caption;
    d->blocks << b;
}

void ReportDocument::addSignatures(const QStringList &labels)
{
    Block b;
    b.kind = BlockKind::Signatures;
    b.labels = labels;
    d->blocks << b;
}

void ReportDocument::addPageBreak()
{
    Block b;
    b.kind = BlockKind::Break;
    d->blocks << b;
}

int ReportDocument::imageCount() const
{
    return int(std::count_if(d->blocks.cbegin(), d->blocks.cend(),
                             [](const Block &b) { return b.kind == BlockKind::Image; }));
}

api::Result<int> ReportDocument::write(const QString &pdfPath, const Progress &progress) const
{
    const QFileInfo info(pdfPath);
    if (pdfPath.isEmpty() || info.isDir())
        return api::fail(
            api::Code::Validation,
            QCoreApplication::translate("edge::reports",
                                        "%1 is not a file name; choose where to write the PDF.")
                .arg(pdfPath));
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return api::fail(api::Code::Unavailable,
                         QCoreApplication::translate(
                             "edge::reports",
                             "%1 cannot be written: %2. Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(pdfPath), file.errorString()));

    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setTitle(d->style.title);
    writer.setCreator(d->style.creator);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));

    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF text = page.adjusted(mm(kMarginMm), mm(kMarginMm), -mm(kMarginMm),
                                      -mm(kMarginMm + kFooterMm));

    // Pagination.
    const QList<Fragment> fragments = d->fragments(&writer, text.width());
    QList<QList<Placed>> pages(1);
    qreal y = text.top();
    int openTable = -1;
    const Fragment *openHeader = nullptr;
    const auto newPage = [&] {
        pages.append(QList<Placed>());
        y = text.top();
    };
    for (int i = 0; i < fragments.size(); ++i) {
        const Fragment &f = fragments.at(i);
        if (f.pageBreak) {
            if (!pages.last().isEmpty())
                newPage();
            continue;
        }
        if (f.header) {
            openTable = f.table;
            openHeader = &f;
        } else if (f.table != openTable) {
            openTable = -1;
            openHeader = nullptr;
        }
        qreal needed = f.height;
        if (f.keepWithNext && i + 1 < fragments.size())
            needed += fragments.at(i + 1).height;
        if (f.header && i + 1 < fragments.size() && fragments.at(i + 1).table == f.table)
            needed += fragments.at(i + 1).height; // a header never ends a page
        if (y + needed > text.bottom() && y > text.top()) {
            newPage();
            if (openHeader && !f.header && f.table == openTable) {
                pages.last().append(Placed{y, openHeader->height, openHeader->draw});
                y += openHeader->height;
            }
        }
        pages.last().append(Placed{y, f.height, f.draw});
        y += f.height;
    }
    if (pages.size() > 1 && pages.last().isEmpty())
        pages.removeLast();

    const int total = int(pages.size());
    if (progress && !progress(0, total)) {
        file.cancelWriting();
        return api::fail(api::Code::Cancelled,
                         QCoreApplication::translate("edge::reports", "The report was cancelled."));
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return api::fail(api::Code::Internal,
                         QCoreApplication::translate("edge::reports",
                                                     "The PDF %1 could not be started.")
                             .arg(pdfPath));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QFont footerFont = makeFont(d->style, d->style.basePointSize - 1.5);
    // No ligatures: the footer carries fingerprints ("ff" must stay two letters when the PDF's
    // text is read back or compared with the seal).
    footerFont.setStyleStrategy(QFont::PreferNoShaping);
    for (int p = 0; p < total; ++p) {
        if (p > 0)
            writer.newPage();
        for (const Placed &placed : std::as_const(pages.at(p))) {
            if (!placed.draw)
                continue;
            painter.save();
            placed.draw(painter, QRectF(text.left(), placed.y, text.width(), placed.height));
            painter.restore();
        }
        // Footer.
        const QRectF footer(text.left(), page.bottom() - mm(kMarginMm + kFooterMm) + mm(3),
                            text.width(), mm(kFooterMm - 3));
        painter.setPen(QPen(kRule, mm(0.2)));
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.setFont(footerFont);
        painter.setPen(kMuted);
        const QRectF footerText = footer.adjusted(0, mm(1), 0, 0);
        painter.drawText(footerText, Qt::AlignLeft | Qt::AlignTop, d->style.footerText);
        painter.drawText(footerText, Qt::AlignRight | Qt::AlignTop,
                         d->style.pageFormat.arg(p + 1).arg(total));
        if (progress && !progress(p + 1, total)) {
            painter.end();
            file.cancelWriting();
            return api::fail(api::Code::Cancelled,
                             QCoreApplication::translate("edge::reports",
                                                         "The report was cancelled."));
        }
    }
    painter.end();
    if (!file.commit())
        return api::fail(api::Code::Unavailable,
                         QCoreApplication::translate(
                             "edge::reports",
                             "%1 cannot be written: %2. Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(pdfPath), file.errorString()));
    return total;
}

} // namespace edge::reports
