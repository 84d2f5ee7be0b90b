#include "backend/reports/acceptancereport.h"

#include "translations/i18n.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <deque>
#include <future>
#include <limits>
#include <vector>

namespace edge::reports {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("edge::reports", text); }

constexpr char kChineseFamily[] = "WenQuanYi Micro Hei";
constexpr char kChineseFontFile[] = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
constexpr qreal kTextWidthMm = 210 - 2 * 16; // A4 minus the margins (reportdocument.cpp)

qreal mm(qreal v) { return v * 300 / 25.4; } // the document's resolution (reportdocument.cpp)

const QColor kPass(0x2e, 0x7d, 0x32);
const QColor kFail(0xc6, 0x28, 0x28);
const QColor kSkip(0xb2, 0x6a, 0x00);
const QColor kMutedColor(0x75, 0x75, 0x75);

const QList<QColor> kSeriesColors{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                  QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                  QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                  QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};

// Stable names of the record kinds for the canonical content (independent of any later renaming
// of the display names).
QString kindKey(api::RecordKind k)
{
    switch (k) {
    case api::RecordKind::Result: return QStringLiteral("result");
    case api::RecordKind::Evidence: return QStringLiteral("evidence");
    case api::RecordKind::Skip: return QStringLiteral("skip");
    case api::RecordKind::Reading: return QStringLiteral("reading");
    case api::RecordKind::Guided: return QStringLiteral("guided");
    case api::RecordKind::BurnIn: return QStringLiteral("burn-in");
    case api::RecordKind::Signature: return QStringLiteral("signature");
    }
    return QStringLiteral("unknown");
}

QString pick(const QString &language, const QString &en, const QString &zh)
{
    return language == QLatin1String("zh_CN") && !zh.isEmpty() ? zh : en;
}

QString dash(const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; }

// °C, never ℃ (WenQuanYi has no glyph for it).
QString printable(QString s) { return s.replace(QChar(0x2103), QStringLiteral("°C")); }

QString number(double v) { return QLocale::c().toString(std::round(v * 1000.0) / 1000.0, 'g', 10); }

QString withUnit(double v, const QString &unit)
{
    return unit.isEmpty() ? number(v) : number(v) + QLatin1Char(' ') + printable(unit);
}

QString dateTime(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString timeOfDay(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString rangeText(const api::TemplateItem &item)
{
    if (item.min && item.max)
        return QStringLiteral("%1 – %2").arg(number(*item.min), withUnit(*item.max, item.unit));
    if (item.min)
        return QStringLiteral("≥ %1").arg(withUnit(*item.min, item.unit));
    if (item.max)
        return QStringLiteral("≤ %1").arg(withUnit(*item.max, item.unit));
    return QStringLiteral("—");
}

QJsonObject payloadOf(const api::CommissioningRecord &r)
{
    return QJsonDocument::fromJson(r.payload.toUtf8()).object();
}

QString stateText(api::ItemState s)
{
    switch (s) {
    case api::ItemState::Passed: return tr("Passed");
    case api::ItemState::Failed: return tr("Failed");
    case api::ItemState::Skipped: return tr("Skipped");
    case api::ItemState::Pending: break;
    }
    return tr("Pending");
}

QColor stateColor(api::ItemState s)
{
    switch (s) {
    case api::ItemState::Passed: return kPass;
    case api::ItemState::Failed: return kFail;
    case api::ItemState::Skipped: return kSkip;
    case api::ItemState::Pending: break;
    }
    return kMutedColor;
}

QString verdictText(api::Verdict v)
{
    switch (v) {
    case api::Verdict::Accepted: return tr("Accepted");
    case api::Verdict::AcceptedWithOpenItems: return tr("Accepted with open items");
    case api::Verdict::Rejected: return tr("Rejected");
    case api::Verdict::Incomplete: break;
    }
    return tr("Incomplete");
}

QColor verdictColor(api::Verdict v)
{
    switch (v) {
    case api::Verdict::Accepted: return kPass;
    case api::Verdict::AcceptedWithOpenItems: return kSkip;
    case api::Verdict::Rejected: return kFail;
    case api::Verdict::Incomplete: break;
    }
    return kMutedColor;
}

QString outcomeText(const QString &outcome)
{
    if (outcome == u"pass")
        return tr("pass");
    if (outcome == u"fail")
        return tr("fail");
    return dash(outcome);
}

QFont chartFont(const QString &family, qreal points)
{
    QFont f;
    if (!family.isEmpty())
        f.setFamilies({family});
    f.setPointSizeF(points);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // no ligatures (reportdocument.cpp)
    return f;
}

// ---- Burn-in charts ----------------------------------------------------------------------------

struct Series {
    QString name; // "<quantity> <label>"
    QString unit;
    std::vector<std::pair<qint64, double>> points; // sorted by time
};

struct ChartData {
    QList<Series> series;
    QString family;
};

// Min/max per pixel column: a 2 h series at 1 s (7200 points) becomes at most two points per
// column of the plot, so painting cost does not grow with the length of the burn-in.
QPolygonF decimate(const Series &s, qint64 t0, qint64 t1, const QRectF &plot, double lo, double hi)
{
    QPolygonF out;
    if (s.points.empty())
        return out;
    const int columns = std::max(1, int(plot.width()));
    const double span = double(std::max<qint64>(1, t1 - t0));
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v - lo) / (hi - lo); };
    if (int(s.points.size()) <= 2 * columns) {
        out.reserve(qsizetype(s.points.size()));
        for (const auto &[t, v] : s.points)
            out << QPointF(plot.left() + plot.width() * double(t - t0) / span, yOf(v));
        return out;
    }
    out.reserve(2 * columns);
    std::size_t i = 0;
    while (i < s.points.size()) {
        const int column = std::clamp(int(double(s.points[i].first - t0) / span * columns), 0,
                                      columns - 1);
        std::size_t minAt = i, maxAt = i;
        std::size_t j = i + 1;
        for (; j < s.points.size(); ++j) {
            const int c = std::clamp(int(double(s.points[j].first - t0) / span * columns), 0,
                                     columns - 1);
            if (c != column)
                break;
            if (s.points[j].second < s.points[minAt].second)
                minAt = j;
            if (s.points[j].second > s.points[maxAt].second)
                maxAt = j;
        }
        const qreal x = plot.left() + plot.width() * (column + 0.5) / columns;
        const std::size_t first = std::min(minAt, maxAt);
        const std::size_t second = std::max(minAt, maxAt);
        out << QPointF(x, yOf(s.points[first].second));
        if (second != first)
            out << QPointF(x, yOf(s.points[second].second));
        i = j;
    }
    return out;
}

void paintChart(QPainter &p, const QRectF &r, const ChartData &c)
{
    p.setFont(chartFont(c.family, 7));
    const QRectF plot = r.adjusted(mm(14), mm(6), -mm(2), -mm(8));
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), mm(0.2)));
    p.drawRect(plot);
    qint64 t0 = std::numeric_limits<qint64>::max(), t1 = std::numeric_limits<qint64>::min();
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    for (const Series &s : c.series) {
        if (s.points.empty())
            continue;
        t0 = std::min(t0, s.points.front().first);
        t1 = std::max(t1, s.points.back().first);
        for (const auto &pt : s.points) {
            lo = std::min(lo, pt.second);
            hi = std::max(hi, pt.second);
        }
    }
    if (t0 > t1)
        return;
    t1 = std::max(t1, t0 + 60'000);
    const double pad = std::max(0.5, (hi - lo) * 0.08);
    lo = std::floor(lo - pad);
    hi = std::ceil(hi + pad);
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v - lo) / (hi - lo); };
    for (int i = 0; i <= 5; ++i) {
        const double v = lo + (hi - lo) * i / 5;
        p.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), mm(0.1)));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(QColor(0x40, 0x40, 0x40));
        p.drawText(QRectF(r.left(), yOf(v) - mm(2), mm(13), mm(4)),
                   Qt::AlignRight | Qt::AlignVCenter, number(std::round(v * 10) / 10));
    }
    const bool sameDay = QDateTime::fromMSecsSinceEpoch(t0).date()
                         == QDateTime::fromMSecsSinceEpoch(t1).date();
    for (int i = 0; i <= 4; ++i) {
        const qint64 t = t0 + (t1 - t0) * i / 4;
        const qreal x = plot.left() + plot.width() * double(t - t0) / double(t1 - t0);
        const QString label = QDateTime::fromMSecsSinceEpoch(t).toString(
            sameDay ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
        const int align = i == 0 ? Qt::AlignLeft : i == 4 ? Qt::AlignRight : Qt::AlignHCenter;
        const qreal left = i == 0 ? x : i == 4 ? x - mm(24) : x - mm(12);
        p.drawText(QRectF(left, plot.bottom() + mm(1), mm(24), mm(4)), align | Qt::AlignTop, label);
    }
    p.setClipRect(plot);
    for (int i = 0; i < c.series.size(); ++i) {
        const QPolygonF line = decimate(c.series.at(i), t0, t1, plot, lo, hi);
        p.setPen(QPen(kSeriesColors.at(i % kSeriesColors.size()), mm(0.3)));
        if (line.size() == 1)
            p.drawEllipse(line.first(), mm(0.6), mm(0.6));
        else if (line.size() > 1)
            p.drawPolyline(line);
    }
    p.setClipping(false);
    // Legend above the plot.
    qreal x = plot.left();
    for (int i = 0; i < c.series.size(); ++i) {
        const Series &s = c.series.at(i);
        const QString name = s.unit.isEmpty()
                                 ? s.name
                                 : QStringLiteral("%1 (%2)").arg(s.name, printable(s.unit));
        const qreal w = p.fontMetrics().horizontalAdvance(name) + mm(6);
        if (x + w > plot.right() + mm(1))
            break;
        p.fillRect(QRectF(x, r.top() + mm(1.5), mm(3), mm(1)),
                   kSeriesColors.at(i % kSeriesColors.size()));
        p.setPen(QColor(0x30, 0x30, 0x30));
        p.drawText(QRectF(x + mm(4), r.top(), w, mm(4)), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w;
    }
}

enum class SeriesGroup { Temperatures, Ups, Node };

SeriesGroup groupOf(const QString &name, const QString &unit)
{
    const QString quantity = name.section(QLatin1Char(' '), 0, 0);
    if (unit == u"°C" || unit == QString(QChar(0x2103)) || quantity.contains(u"temperature"))
        return SeriesGroup::Temperatures;
    if (quantity.startsWith(u"ups."))
        return SeriesGroup::Ups;
    return SeriesGroup::Node;
}

// ---- Photos and signatures ------------------------------------------------------------------

// Decodes at most maxPixels on the long side. JPEG is decoded with libjpeg's DCT scaling when the
// target is at most half the size (QImageReader::setScaledSize), which is what keeps 50 photos of
// 12 MP fast; the rest is a smooth scale.
QImage decodeScaled(const QByteArray &bytes, int maxPixels)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && maxPixels > 0 && std::max(size.width(), size.height()) > maxPixels)
        reader.setScaledSize(size.scaled(maxPixels, maxPixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return image;
    if (maxPixels > 0 && std::max(image.width(), image.height()) > maxPixels)
        image = image.scaled(maxPixels, maxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

PreparedPhoto preparePrintPhoto(const QByteArray &bytes, const QByteArray &thumbnail, int maxPixels)
{
    PreparedPhoto out;
    QImage image = bytes.isEmpty() ? QImage() : decodeScaled(bytes, maxPixels);
    if (image.isNull() && !thumbnail.isEmpty()) {
        image.loadFromData(thumbnail, "JPEG");
        out.thumbnail = !image.isNull();
    }
    if (image.isNull())
        return out;
    out.size = image.size();
    image.convertTo(QImage::Format_RGB32);
    QBuffer buffer(&out.jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return out;
}

// Decodes and scales the photos on idealThreadCount() threads (the attachments are read on this
// thread, one ahead per thread, so at most that many originals are in memory), calling
// progress(done, total) in order. False when progress cancelled.
bool preparePhotoList(const QList<const api::CommissioningRecord *> &records,
                      api::Attachments *attachments, int maxPixels,
                      const ReportDocument::Progress &progress,
                      QHash<const api::CommissioningRecord *, PreparedPhoto> &out)
{
    const int total = int(records.size());
    if (total == 0)
        return true;
    if (progress && !progress(0, total))
        return false;
    const std::size_t width = std::size_t(std::max(1, QThread::idealThreadCount()));
    std::deque<std::pair<const api::CommissioningRecord *, std::future<PreparedPhoto>>> running;
    int done = 0;
    const auto finishOne = [&] {
        auto [record, future] = std::move(running.front());
        running.pop_front();
        out.insert(record, future.get());
        ++done;
        return !progress || progress(done, total);
    };
    for (const api::CommissioningRecord *r : records) {
        if (!attachments) { // listed, not printed
            out.insert(r, PreparedPhoto{});
            ++done;
            if (progress && !progress(done, total))
                return false;
            continue;
        }
        const QJsonObject p = payloadOf(*r);
        QByteArray bytes;
        if (auto b = attachments->attachment(p.value(QLatin1String("attachment")).toString()))
            bytes = std::move(*b);
        const QByteArray thumbnail = QByteArray::fromBase64(
            p.value(QLatin1String("thumbnail")).toString().toLatin1());
        running.emplace_back(r, std::async(std::launch::async, preparePrintPhoto, std::move(bytes),
                                           thumbnail, maxPixels));
        while (running.size() >= width)
            if (!finishOne())
                return false; // the futures still running are waited for as they go
    }
    while (!running.empty())
        if (!finishOne())
            return false;
    return true;
}

// The photo records in the order they are printed (template order, then record order).
QList<const api::CommissioningRecord *> photoRecordsOf(const commissioning::RunData &data)
{
    QHash<QString, QList<const api::CommissioningRecord *>> byItem;
    for (const api::CommissioningRecord &r : data.records)
        if (r.kind == api::RecordKind::Evidence && !r.itemId.isEmpty()
            && payloadOf(r).value(QLatin1String("type")).toString() == u"photo")
            byItem[r.itemId] << &r;
    QList<const api::CommissioningRecord *> out;
    for (const api::TemplateSection &section : data.tmpl.sections)
        for (const api::TemplateItem &item : section.items)
            out << byItem.value(item.id);
    return out;
}

void paintPhoto(QPainter &p, const QRectF &r, const PreparedPhoto &photo)
{
    QImage image;
    if (!image.loadFromData(photo.jpeg, "JPEG"))
        return;
    const QSizeF size = QSizeF(image.size()).scaled(r.size(), Qt::KeepAspectRatio);
    p.drawImage(QRectF(r.left() + (r.width() - size.width()) / 2, r.top(), size.width(),
                       size.height()),
                image);
}

struct SignatureBlock {
    QString label; // "Engineer", "Customer"
    QString name;
    QString organisation;
    qint64 signedMs = 0;
    QImage image; // drawn on screen; null: a line for ink
};

struct SignatureData {
    QList<SignatureBlock> blocks;
    QString family;
    QString signedFormat; // "Signed %1"
    QString dateLine;     // "Date:"
};

void paintSignatures(QPainter &p, const QRectF &r, const SignatureData &c)
{
    const int n = std::max<int>(1, int(c.blocks.size()));
    const qreal cell = r.width() / n;
    p.setFont(chartFont(c.family, 8));
    for (int i = 0; i < c.blocks.size(); ++i) {
        const SignatureBlock &b = c.blocks.at(i);
        const qreal x = r.left() + i * cell;
        const qreal lineY = r.top() + mm(22);
        if (!b.image.isNull()) {
            const QRectF box(x + mm(2), r.top(), cell - mm(10), mm(21));
            const QSizeF size = QSizeF(b.image.size()).scaled(box.size(), Qt::KeepAspectRatio);
            p.drawImage(QRectF(box.left(), box.bottom() - size.height(), size.width(),
                               size.height()),
                        b.image);
        }
        p.setPen(QPen(Qt::black, mm(0.2)));
        p.drawLine(QPointF(x + mm(2), lineY), QPointF(x + cell - mm(6), lineY));
        QStringList lines{b.label};
        QString who = b.name;
        if (!b.organisation.isEmpty())
            who = who.isEmpty() ? b.organisation
                                : QStringLiteral("%1, %2").arg(b.name, b.organisation);
        if (!who.isEmpty())
            lines << who;
        lines << (b.signedMs > 0 ? c.signedFormat.arg(dateTime(b.signedMs)) : c.dateLine);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(x + mm(2), lineY + mm(1), cell - mm(8), mm(14)),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines.join(QLatin1Char('\n')));
    }
}

QString normalizedJson(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return text;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

const api::ItemProgress *progressOf(const api::RunProgress &progress, const QString &itemId)
{
    for (const api::ItemProgress &p : progress.items)
        if (p.itemId == itemId)
            return &p;
    return nullptr;
}

} // namespace

api::Result<PreparedPhotos> preparePhotos(const commissioning::RunData &run,
                                          api::Attachments *attachments, int maxPixels,
                                          const ReportDocument::Progress &progress)
{
    QHash<const api::CommissioningRecord *, PreparedPhoto> photos;
    if (!preparePhotoList(photoRecordsOf(run), attachments, maxPixels, progress, photos))
        return api::fail(api::Code::Cancelled, tr("The report was cancelled."));
    PreparedPhotos out;
    out.maxPixels = maxPixels;
    for (auto it = photos.cbegin(); it != photos.cend(); ++it)
        out.byRecord.insert(it.key()->id, it.value());
    return out;
}

api::Result<ReportDocument> buildAcceptanceReport(const commissioning::RunData &data,
                                                  api::Attachments *attachments,
                                                  const AcceptanceReportOptions &options,
                                                  const ReportDocument::Progress &progress)
{
    const QString language = options.language.isEmpty() ? QStringLiteral("en") : options.language;
    if (language != QLatin1String("en") && language != QLatin1String("zh_CN"))
        return api::fail(api::Code::Validation,
                         tr("The report language \"%1\" is not available; choose en or zh_CN.")
                             .arg(language),
                         {}, QStringLiteral("language"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return api::fail(api::Code::Internal,
                         QStringLiteral(
                             "a PDF report needs a QGuiApplication (offscreen is fine)"));

    // The font, chosen explicitly: WenQuanYi Micro Hei keeps Chinese text extractable.
    QString family;
    if (QFontDatabase::families().contains(QLatin1String(kChineseFamily))) {
        family = QLatin1String(kChineseFamily);
    } else if (QFileInfo::exists(QLatin1String(kChineseFontFile))) {
        const int id = QFontDatabase::addApplicationFont(QLatin1String(kChineseFontFile));
        if (id >= 0
            && QFontDatabase::applicationFontFamilies(id).contains(QLatin1String(kChineseFamily)))
            family = QLatin1String(kChineseFamily);
    }

    i18n::ScopedLanguage scope(*QCoreApplication::instance(), language);
    if (!scope.ok())
        return api::fail(api::Code::Validation,
                         tr("The report language \"%1\" is not available; choose en or zh_CN.")
                             .arg(language),
                         {}, QStringLiteral("language"));
    if (family.isEmpty() && language == QLatin1String("zh_CN"))
        return api::fail(api::Code::BadInput,
                         tr("The Chinese report needs the font WenQuanYi Micro Hei; install the "
                            "Debian package fonts-wqy-microhei and try again."));

    const api::CommissioningRun &run = data.run;
    const api::CommissioningTemplate &tmpl = data.tmpl;
    const api::RunProgress &prog = data.progress;
    const QString cabinetName = data.cabinet ? data.cabinet->name : run.cabinetId;
    const qint64 generated = options.generatedAtMs > 0 ? options.generatedAtMs
                                                       : QDateTime::currentMSecsSinceEpoch();

    QHash<QString, QList<const api::CommissioningRecord *>> byItem;
    QList<const api::CommissioningRecord *> burnIn;
    QList<const api::CommissioningRecord *> signatures;
    for (const api::CommissioningRecord &r : data.records) {
        if (r.kind == api::RecordKind::BurnIn)
            burnIn << &r;
        else if (r.kind == api::RecordKind::Signature)
            signatures << &r;
        else if (!r.itemId.isEmpty())
            byItem[r.itemId] << &r;
    }

    DocumentStyle style;
    style.fontFamily = family;
    style.title = tr("Acceptance report: %1").arg(cabinetName);
    style.pageFormat = tr("Page %1 of %2");
    style.footerText = options.footerText;
    ReportDocument doc(style);

    // ---- Cover ----
    doc.addTitle(tr("Acceptance report"), QStringLiteral("%1 — %2").arg(cabinetName, run.name));
    QString cabinetText = cabinetName;
    if (data.cabinet) {
        QStringList parts;
        if (!data.cabinet->model.isEmpty())
            parts << tr("model %1").arg(data.cabinet->model);
        if (!data.cabinet->serial.isEmpty())
            parts << tr("serial %1").arg(data.cabinet->serial);
        parts << tr("%1 U").arg(data.cabinet->heightU);
        cabinetText += QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
    }
    QString supersedes = tr("none (first run)");
    if (data.supersedes)
        supersedes = tr("%1 (revision %2, finished %3)")
                         .arg(data.supersedes->name)
                         .arg(data.supersedes->runRevision)
                         .arg(dateTime(data.supersedes->finishedAtMs));
    else if (!run.revisionOf.isEmpty())
        supersedes = run.revisionOf;
    doc.addKeyValues({
        {tr("Customer"), dash(run.customer)},
        {tr("Site"), dash(data.site ? data.site->name : QString())},
        {tr("Address"), dash(data.site ? data.site->address : QString())},
        {tr("Cabinet"), cabinetText},
        {tr("Checklist"), QStringLiteral("%1 (%2)").arg(pick(language, tmpl.title, tmpl.titleZh),
                                                        dash(run.templateName))},
        {tr("Basis"), dash(tmpl.basis)},
        {tr("Run"), run.name},
        {tr("Engineer"), dash(run.engineer)},
        {tr("Started"), dateTime(run.startedAtMs)},
        {tr("Finished"), run.finishedAtMs > 0 ? dateTime(run.finishedAtMs) : tr("not finished")},
        {tr("Revision"), QString::number(run.runRevision)},
        {tr("Supersedes"), supersedes},
        {tr("Generated"), dateTime(generated)},
    });
    if (!data.devices.isEmpty() || !data.nodes.isEmpty()) {
        doc.addHeading(tr("Equipment"));
        TableSpec t;
        t.header = {tr("Kind"), tr("Name"), tr("Model"), tr("Serial number"), tr("Address")};
        t.columnWeights = {1.6, 1.8, 1.8, 1.8, 1.8};
        for (const api::Device &d : data.devices)
            t.rows << QStringList{api::deviceKindLabel(d.kind), d.name, dash(d.model),
                                  dash(d.serial), dash(d.address)};
        for (const api::Node &n : data.nodes) {
            QString model = n.hardware.model;
            if (!n.hardware.vendor.isEmpty())
                model = n.hardware.vendor + QLatin1Char(' ') + model;
            t.rows << QStringList{api::nodeRoleLabel(n.role), n.name, dash(model.trimmed()),
                                  dash(n.hardware.serial), dash(n.managementAddress)};
        }
        doc.addTable(t);
    }

    // ---- Summary ----
    doc.addHeading(tr("Summary"));
    doc.addParagraph(tr("Verdict: %1").arg(verdictText(prog.verdict)), verdictColor(prog.verdict),
                     true);
    doc.addParagraph(tr("%1 items: %2 passed, %3 failed, %4 skipped, %5 pending.")
                         .arg(prog.total)
                         .arg(prog.passed)
                         .arg(prog.failed)
                         .arg(prog.skipped)
                         .arg(prog.total - prog.done()));
    {
        TableSpec t;
        t.header = {tr("Section"), tr("Items"),   tr("Passed"),  tr("Failed"),
                    tr("Skipped"), tr("Pending"), tr("Progress")};
        t.columnWeights = {3.0, 1, 1, 1, 1, 1, 1.2};
        for (const api::TemplateSection &s : tmpl.sections) {
            api::SectionProgress sp;
            for (const api::SectionProgress &x : prog.sections)
                if (x.sectionId == s.id)
                    sp = x;
            const int percent = sp.total > 0 ? int(std::lround(100.0 * sp.done() / sp.total)) : 0;
            t.rows << QStringList{pick(language, s.title, s.titleZh),
                                  QString::number(sp.total),
                                  QString::number(sp.passed),
                                  QString::number(sp.failed),
                                  QString::number(sp.skipped),
                                  QString::number(sp.total - sp.done()),
                                  QStringLiteral("%1 %").arg(percent)};
        }
        doc.addTable(t);
    }

    // ---- Photos first: they are what takes time (and may be cancelled) ----
    // Prepared beforehand (on a worker) when the caller handed them over; else read here.
    QHash<const api::CommissioningRecord *, PreparedPhoto> photos;
    if (const std::shared_ptr<const PreparedPhotos> &prepared = options.preparedPhotos) {
        for (const api::CommissioningRecord *r : photoRecordsOf(data))
            photos.insert(r, prepared->byRecord.value(r->id));
    } else if (!preparePhotoList(photoRecordsOf(data), attachments, options.photoMaxPixels,
                                 progress, photos)) {
        return api::fail(api::Code::Cancelled, tr("The report was cancelled."));
    }

    // ---- Items ----
    QList<std::pair<const api::TemplateItem *, const api::ItemProgress *>> openItems;
    int photoNumber = 0;
    for (const api::TemplateSection &section : tmpl.sections) {
        doc.addHeading(pick(language, section.title, section.titleZh));
        for (const api::TemplateItem &item : section.items) {
            const api::ItemProgress *ip = progressOf(prog, item.id);
            const api::ItemState state = ip ? ip->state : api::ItemState::Pending;
            if (state == api::ItemState::Skipped || state == api::ItemState::Failed
                || state == api::ItemState::Pending)
                openItems.append({&item, ip});
            const QString itemTitle = pick(language, item.title, item.titleZh);
            doc.addParagraph(QStringLiteral("%1 — %2: %3")
                                 .arg(item.id, printable(itemTitle), stateText(state)),
                             stateColor(state), true);
            const QList<const api::CommissioningRecord *> records = byItem.value(item.id);
            QList<std::pair<QString, QString>> kv;
            const api::CommissioningRecord *lastResult = nullptr;
            for (const api::CommissioningRecord *r : records)
                if (r->kind == api::RecordKind::Result)
                    lastResult = r;
            if (lastResult) {
                const QJsonObject p = payloadOf(*lastResult);
                QString resultLine = outcomeText(p.value(QLatin1String("outcome")).toString());
                resultLine += p.value(QLatin1String("automatic")).toBool()
                                  ? QLatin1Char(' ') + tr("(automatic check)")
                                  : QLatin1Char(' ') + tr("(by %1)").arg(dash(lastResult->author));
                resultLine += QStringLiteral(", ") + dateTime(lastResult->takenAtMs);
                kv.append({tr("Result"), resultLine});
                if (p.value(QLatin1String("value")).isDouble()) {
                    const QString unit = p.contains(QLatin1String("unit"))
                                             ? p.value(QLatin1String("unit")).toString()
                                             : item.unit;
                    kv.append(
                        {tr("Value"), withUnit(p.value(QLatin1String("value")).toDouble(), unit)});
                }
                const QString comment = p.value(QLatin1String("comment")).toString();
                if (!comment.isEmpty())
                    kv.append({tr("Comment"), comment});
            }
            if (item.min || item.max)
                kv.append({tr("Pass range"), rangeText(item)});
            if (!item.check.isEmpty())
                kv.append({tr("Automatic check"), item.check});
            if (state == api::ItemState::Skipped && ip)
                kv.append({tr("Skipped because"), dash(ip->skipReason)});
            for (const api::CommissioningRecord *r : records) {
                if (r->kind != api::RecordKind::Evidence)
                    continue;
                const QJsonObject p = payloadOf(*r);
                const QString type = p.value(QLatin1String("type")).toString();
                if (type == u"measurement")
                    kv.append({tr("Measurement"),
                               QStringLiteral("%1 (%2, %3)")
                                   .arg(withUnit(p.value(QLatin1String("value")).toDouble(),
                                                 p.value(QLatin1String("unit")).toString()),
                                        dash(r->author), dateTime(r->takenAtMs))});
                else if (type == u"note")
                    kv.append({tr("Note"), QStringLiteral("%1 (%2, %3)")
                                               .arg(p.value(QLatin1String("text")).toString(),
                                                    dash(r->author), dateTime(r->takenAtMs))});
            }
            if (kv.isEmpty())
                kv.append({tr("Result"), tr("no result yet")});
            doc.addKeyValues(kv);
            if (ip && ip->evidenceMissing)
                doc.addParagraph(tr("Evidence the item requires is missing."), kFail);

            for (const api::CommissioningRecord *r : records) {
                const QJsonObject p = payloadOf(*r);
                if (r->kind == api::RecordKind::Evidence
                    && p.value(QLatin1String("type")).toString() == u"photo") {
                    ++photoNumber;
                    QString caption = p.value(QLatin1String("caption")).toString();
                    if (caption.isEmpty())
                        caption = tr("Photo %1: %2").arg(photoNumber).arg(printable(itemTitle));
                    caption += QStringLiteral(" (%1, %2)")
                                   .arg(dash(r->author), dateTime(r->takenAtMs));
                    const PreparedPhoto photo = photos.value(r);
                    if (photo.jpeg.isEmpty()) {
                        doc.addParagraph(tr("%1 — not printed: the photo is not available here.")
                                             .arg(caption),
                                         kMutedColor);
                    } else {
                        if (photo.thumbnail)
                            caption += QLatin1Char(' ')
                                       + tr("(thumbnail; the photo is not "
                                            "available here)");
                        const qreal heightMm = std::min<qreal>(110,
                                                               kTextWidthMm * photo.size.height()
                                                                   / std::max(1,
                                                                              photo.size.width()));
                        doc.addDrawing(
                            heightMm,
                            [photo](QPainter &painter, const QRectF &rect) {
                                paintPhoto(painter, rect, photo);
                            },
                            caption);
                    }
                } else if (r->kind == api::RecordKind::Reading) {
                    const QJsonArray readings = p.value(QLatin1String("readings")).toArray();
                    doc.addParagraph(tr("Raw readings of %1 (%2)")
                                         .arg(p.value(QLatin1String("check")).toString(),
                                              timeOfDay(r->takenAtMs)));
                    TableSpec t;
                    t.header = {tr("Quantity"), tr("Value"),  tr("Unit"),
                                tr("Raw"),      tr("Source"), tr("Time")};
                    t.columnWeights = {2.2, 1.0, 0.7, 1.0, 3.0, 1.6};
                    for (const QJsonValue &v : readings) {
                        const QJsonObject o = v.toObject();
                        QString quantity = o.value(QLatin1String("quantity")).toString();
                        const QString label = o.value(QLatin1String("label")).toString();
                        if (!label.isEmpty())
                            quantity += QStringLiteral(" (%1)").arg(label);
                        t.rows << QStringList{quantity,
                                              number(o.value(QLatin1String("value")).toDouble()),
                                              printable(o.value(QLatin1String("unit")).toString()),
                                              o.value(QLatin1String("raw")).toString(),
                                              o.value(QLatin1String("source")).toString(),
                                              timeOfDay(
                                                  qint64(o.value(QLatin1String("timestamp_ms"))
                                                             .toDouble()))};
                    }
                    if (!t.rows.isEmpty())
                        doc.addTable(t);
                    for (const QJsonValue &v : p.value(QLatin1String("problems")).toArray())
                        doc.addParagraph(QStringLiteral("• ") + v.toString(), kFail);
                } else if (r->kind == api::RecordKind::Guided) {
                    const qint64 started = qint64(p.value(QLatin1String("started_ms")).toDouble());
                    const QJsonValue changed = p.value(QLatin1String("changed_ms"));
                    QString changedText = tr("no change within the limit");
                    if (changed.isDouble()) {
                        const qint64 at = qint64(changed.toDouble());
                        changedText = tr("%1 (after %2 s)")
                                          .arg(timeOfDay(at))
                                          .arg(number(double(at - started) / 1000.0));
                    }
                    doc.addParagraph(tr("Guided test %1")
                                         .arg(p.value(QLatin1String("check")).toString()),
                                     {}, true);
                    doc.addKeyValues({
                        {tr("Expectation"), p.value(QLatin1String("expect")).toString()},
                        {tr("Limit"), tr("%1 s").arg(number(
                                          p.value(QLatin1String("limit_ms")).toDouble() / 1000.0))},
                        {tr("Started"), timeOfDay(started)},
                        {tr("Changed"), changedText},
                        {tr("Outcome"), outcomeText(p.value(QLatin1String("outcome")).toString())},
                    });
                    TableSpec t;
                    t.header = {tr("Time"), tr("Elapsed"), tr("Value"), tr("Raw"), tr("State")};
                    t.columnWeights = {1.8, 1.0, 1.2, 1.2, 2.0};
                    for (const QJsonValue &v : p.value(QLatin1String("samples")).toArray()) {
                        const QJsonObject o = v.toObject();
                        const qint64 t1 = qint64(o.value(QLatin1String("t")).toDouble());
                        const QJsonValue value = o.value(QLatin1String("value"));
                        t.rows << QStringList{timeOfDay(t1),
                                              tr("%1 s").arg(number(double(t1 - started) / 1000.0)),
                                              value.isDouble() ? number(value.toDouble())
                                                               : value.toString(),
                                              o.value(QLatin1String("raw")).toString(),
                                              o.value(QLatin1String("state")).toString()};
                    }
                    if (!t.rows.isEmpty())
                        doc.addTable(t);
                }
            }
        }
    }

    // ---- Burn-in ----
    if (!burnIn.isEmpty()) {
        QMap<QString, Series> series; // by name: sorted, so the charts are stable
        for (const api::CommissioningRecord *r : std::as_const(burnIn)) {
            const QJsonObject all = payloadOf(*r).value(QLatin1String("series")).toObject();
            for (auto it = all.begin(); it != all.end(); ++it) {
                const QJsonObject o = it.value().toObject();
                Series &s = series[it.key()];
                s.name = it.key();
                if (s.unit.isEmpty())
                    s.unit = o.value(QLatin1String("unit")).toString();
                const QJsonArray points = o.value(QLatin1String("points")).toArray();
                s.points.reserve(s.points.size() + std::size_t(points.size()));
                for (const QJsonValue &pt : points) {
                    const QJsonArray a = pt.toArray();
                    if (a.size() >= 2 && a.at(1).isDouble())
                        s.points.emplace_back(qint64(a.at(0).toDouble()), a.at(1).toDouble());
                }
            }
        }
        ChartData groups[3];
        for (auto it = series.begin(); it != series.end(); ++it) {
            std::stable_sort(it->points.begin(), it->points.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            groups[int(groupOf(it->name, it->unit))].series << *it;
        }
        doc.addHeading(tr("Burn-in"));
        const QString titles[3] = {tr("Temperatures"), tr("UPS load"), tr("Node metrics")};
        for (int g = 0; g < 3; ++g) {
            ChartData &c = groups[g];
            if (c.series.isEmpty())
                continue;
            c.family = family;
            qint64 first = std::numeric_limits<qint64>::max(), last = 0;
            std::size_t count = 0;
            for (const Series &s : std::as_const(c.series)) {
                if (s.points.empty())
                    continue;
                first = std::min(first, s.points.front().first);
                last = std::max(last, s.points.back().first);
                count += s.points.size();
            }
            doc.addDrawing(
                65, [c](QPainter &painter, const QRectF &rect) { paintChart(painter, rect, c); },
                tr("%1: %2 series, %3 samples, %4 to %5 (local time).")
                    .arg(titles[g])
                    .arg(c.series.size())
                    .arg(qulonglong(count))
                    .arg(timeOfDay(first), timeOfDay(last)));
        }
    }

    // ---- Open items ----
    doc.addHeading(tr("Open items"));
    if (openItems.isEmpty()) {
        doc.addParagraph(tr("None: every item passed."));
    } else {
        TableSpec t;
        t.header = {tr("Item"), tr("State"), tr("Reason or comment")};
        t.columnWeights = {3.0, 1.0, 3.5};
        QList<api::ItemState> states;
        for (const auto &[item, ip] : std::as_const(openItems)) {
            const api::ItemState state = ip ? ip->state : api::ItemState::Pending;
            QString reason;
            if (state == api::ItemState::Skipped && ip) {
                reason = ip->skipReason;
            } else if (state == api::ItemState::Failed) {
                const QList<const api::CommissioningRecord *> records = byItem.value(item->id);
                for (const api::CommissioningRecord *r : records)
                    if (r->kind == api::RecordKind::Result)
                        reason = payloadOf(*r).value(QLatin1String("comment")).toString();
            }
            t.rows << QStringList{QStringLiteral("%1 — %2").arg(item->id,
                                                                printable(pick(language, item->title,
                                                                               item->titleZh))),
                                  stateText(state), dash(reason)};
            states << state;
        }
        t.cellColor = [states](int row, int column) {
            if (column == 1 && row >= 0 && row < states.size())
                return stateColor(states.at(row));
            return QColor();
        };
        doc.addTable(t);
    }

    // ---- Signatures ----
    doc.addHeading(tr("Signatures"));
    SignatureData sig;
    sig.family = family;
    sig.signedFormat = tr("Signed %1");
    sig.dateLine = tr("Date:");
    const QStringList roles{QStringLiteral("engineer"), QStringLiteral("customer")};
    for (const QString &role : roles) {
        SignatureBlock b;
        b.label = role == u"engineer" ? tr("Engineer") : tr("Customer");
        b.name = role == u"engineer" ? run.engineer : run.customer;
        for (const api::CommissioningRecord *r : std::as_const(signatures)) {
            const QJsonObject p = payloadOf(*r);
            if (p.value(QLatin1String("role")).toString() != role)
                continue;
            b.name = p.value(QLatin1String("name")).toString();
            b.organisation = p.value(QLatin1String("organisation")).toString();
            b.signedMs = qint64(p.value(QLatin1String("signed_ms")).toDouble());
            b.image = QImage();
            const QString image = p.value(QLatin1String("image")).toString();
            if (!image.isEmpty())
                b.image.loadFromData(QByteArray::fromBase64(image.toLatin1()), "PNG");
        }
        sig.blocks << b;
    }
    doc.addDrawing(38, [sig](QPainter &painter, const QRectF &rect) {
        paintSignatures(painter, rect, sig);
    });
    return doc;
}

// The canonical content: one compact JSON object, keys sorted (QJsonObject), records sorted by
// name (unique within a run) then time and kind. It keeps what the report states and what is the
// same on every replica: the run id (a UUID made once), the run's fields, the frozen template
// (normalized JSON) and every record's name, item, kind, author, time and payload (normalized
// JSON). It leaves out store revisions, record ids (a copy made by reviseRun gets new ones) and
// the demo flag, which say nothing about the cabinet. Inventory data (cabinet, devices) is not
// part of it: the run's records are what was accepted.
QByteArray canonicalRunContent(const commissioning::RunData &data)
{
    const api::CommissioningRun &run = data.run;
    QJsonObject r;
    r.insert(QLatin1String("id"), run.id);
    r.insert(QLatin1String("cabinet_id"), run.cabinetId);
    r.insert(QLatin1String("name"), run.name);
    r.insert(QLatin1String("template_name"), run.templateName);
    r.insert(QLatin1String("status"), run.status == api::RunStatus::Finished
                                          ? QStringLiteral("finished")
                                          : QStringLiteral("in-progress"));
    r.insert(QLatin1String("engineer"), run.engineer);
    r.insert(QLatin1String("customer"), run.customer);
    r.insert(QLatin1String("started_ms"), QString::number(run.startedAtMs));
    r.insert(QLatin1String("finished_ms"), QString::number(run.finishedAtMs));
    r.insert(QLatin1String("revision_of"), run.revisionOf);
    r.insert(QLatin1String("run_revision"), run.runRevision);
    r.insert(QLatin1String("notes"), run.notes);

    QList<const api::CommissioningRecord *> records;
    for (const api::CommissioningRecord &rec : data.records)
        records << &rec;
    std::sort(records.begin(), records.end(),
              [](const api::CommissioningRecord *a, const api::CommissioningRecord *b) {
                  if (a->name != b->name)
                      return a->name < b->name;
                  if (a->takenAtMs != b->takenAtMs)
                      return a->takenAtMs < b->takenAtMs;
                  return int(a->kind) < int(b->kind);
              });
    QJsonArray list;
    for (const api::CommissioningRecord *rec : std::as_const(records)) {
        QJsonObject o;
        o.insert(QLatin1String("name"), rec->name);
        o.insert(QLatin1String("item"), rec->itemId);
        o.insert(QLatin1String("kind"), kindKey(rec->kind));
        o.insert(QLatin1String("author"), rec->author);
        o.insert(QLatin1String("taken_ms"), QString::number(rec->takenAtMs));
        o.insert(QLatin1String("payload"), normalizedJson(rec->payload));
        list.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), QStringLiteral("edgeconsole-acceptance-content"));
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("run"), r);
    root.insert(QLatin1String("template"), normalizedJson(run.templateJson));
    root.insert(QLatin1String("records"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace edge::reports
