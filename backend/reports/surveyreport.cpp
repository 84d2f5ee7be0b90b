#include "backend/reports/surveyreport.h"

#include "backend/reports/reportdocument.h"
#include "backend/survey/profiles.h"
#include "backend/survey/sitefacts.h"
#include "backend/survey/thermalchecks.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace edge::reports {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("edge::reports", text); }

constexpr char kChineseFamily[] = "WenQuanYi Micro Hei";
constexpr char kChineseFontFile[] = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

qreal mm(qreal v) { return v * 300 / 25.4; } // the document's resolution (reportdocument.cpp)

QColor resultColor(api::CheckResult r)
{
    switch (r) {
    case api::CheckResult::Pass: return QColor(0x2e, 0x7d, 0x32);
    case api::CheckResult::Warn: return QColor(0xb2, 0x6a, 0x00);
    case api::CheckResult::Fail: return QColor(0xc6, 0x28, 0x28);
    case api::CheckResult::NotMeasured: break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString resultText(api::CheckResult r)
{
    switch (r) {
    case api::CheckResult::Pass: return tr("Pass");
    case api::CheckResult::Warn: return tr("Warn");
    case api::CheckResult::Fail: return tr("Fail");
    case api::CheckResult::NotMeasured: break;
    }
    return tr("Not measured");
}

QString confidenceText(api::Confidence c)
{
    switch (c) {
    case api::Confidence::High: return tr("high");
    case api::Confidence::Medium: return tr("medium");
    case api::Confidence::Low: break;
    }
    return tr("low (unverified)");
}

QString number(double v, int decimals = 1) { return QLocale::c().toString(v, 'f', decimals); }

QString optNumber(const std::optional<double> &v, const QString &unit, int decimals = 1)
{
    return v ? number(*v, decimals) + QLatin1Char(' ') + unit : QStringLiteral("—");
}

QString dash(const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; }

QString dateTime(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// °C, never ℃ (WenQuanYi has no glyph for it).
QString printable(QString s) { return s.replace(QChar(0x2103), QStringLiteral("°C")); }

QFont chartFont(const QString &family, qreal points)
{
    QFont f;
    if (!family.isEmpty())
        f.setFamilies({family});
    f.setPointSizeF(points);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // no ligatures (reportdocument.cpp)
    return f;
}

const QList<QColor> kSeriesColors{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                  QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                  QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};

// ---- Charts (painted on the render thread from copies of the data) ----------------------------

struct ReadingsChartData {
    QList<survey::Reading> readings; // sorted by time
    std::optional<survey::ThermalEnvelope> envelope;
    QString family;
    QString axisLabel;  // "°C"
    QString bandLabel;  // "allowed range (profile)"
    QString unverified; // "(unverified)"
};

void paintReadings(QPainter &p, const QRectF &r, const ReadingsChartData &c)
{
    const QFont font = chartFont(c.family, 7);
    p.setFont(font);
    const QRectF plot = r.adjusted(mm(12), mm(4), -mm(2), -mm(8));
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), mm(0.2)));
    p.drawRect(plot);
    if (c.readings.isEmpty())
        return;
    const qint64 t0 = c.readings.first().timestampMs;
    const qint64 t1 = std::max(c.readings.last().timestampMs, t0 + 60'000);
    double lo = c.readings.first().temperatureC;
    double hi = lo;
    for (const survey::Reading &rd : c.readings) {
        lo = std::min(lo, rd.temperatureC);
        hi = std::max(hi, rd.temperatureC);
    }
    const survey::Band band = c.envelope ? c.envelope->temperature : survey::Band{};
    if (band.min)
        lo = std::min(lo, *band.min);
    if (band.max)
        hi = std::max(hi, *band.max);
    lo = std::floor(lo - 1);
    hi = std::ceil(hi + 1);
    const auto xOf = [&](qint64 t) {
        return plot.left() + plot.width() * double(t - t0) / double(t1 - t0);
    };
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v - lo) / (hi - lo); };

    // The profile's band.
    if (band.present()) {
        const qreal top = band.max ? yOf(*band.max) : plot.top();
        const qreal bottom = band.min ? yOf(*band.min) : plot.bottom();
        p.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top),
                   QColor(0x4c, 0xaf, 0x50, 40));
        QPen edge(QColor(0x38, 0x8e, 0x3c), mm(0.3));
        if (!band.verified)
            edge.setStyle(Qt::DashLine);
        p.setPen(edge);
        if (band.max)
            p.drawLine(QPointF(plot.left(), top), QPointF(plot.right(), top));
        if (band.min)
            p.drawLine(QPointF(plot.left(), bottom), QPointF(plot.right(), bottom));
        QString label = c.bandLabel;
        if (!band.verified)
            label += QLatin1Char(' ') + c.unverified;
        p.drawText(QRectF(plot.left() + mm(1), top + mm(0.5), plot.width() - mm(2), mm(4)),
                   Qt::AlignRight | Qt::AlignTop, label);
    }

    // Axes.
    p.setPen(QColor(0x40, 0x40, 0x40));
    const int yTicks = 5;
    for (int i = 0; i <= yTicks; ++i) {
        const double v = lo + (hi - lo) * i / yTicks;
        const qreal y = yOf(v);
        p.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), mm(0.1)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(0x40, 0x40, 0x40));
        p.drawText(QRectF(r.left(), y - mm(2), mm(11), mm(4)), Qt::AlignRight | Qt::AlignVCenter,
                   number(v, 1));
    }
    p.drawText(QRectF(r.left(), r.top(), mm(11), mm(4)), Qt::AlignRight | Qt::AlignTop, c.axisLabel);
    const int xTicks = 4;
    const bool sameDay = QDateTime::fromMSecsSinceEpoch(t0).date()
                         == QDateTime::fromMSecsSinceEpoch(t1).date();
    for (int i = 0; i <= xTicks; ++i) {
        const qint64 t = t0 + (t1 - t0) * i / xTicks;
        const qreal x = xOf(t);
        const QString label = QDateTime::fromMSecsSinceEpoch(t).toString(
            sameDay ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
        const int align = i == 0 ? Qt::AlignLeft : i == xTicks ? Qt::AlignRight : Qt::AlignHCenter;
        const qreal left = i == 0 ? x : i == xTicks ? x - mm(24) : x - mm(12);
        p.drawText(QRectF(left, plot.bottom() + mm(1), mm(24), mm(4)), align | Qt::AlignTop, label);
    }

    // One line per source.
    QStringList sources;
    for (const survey::Reading &rd : c.readings)
        if (!sources.contains(rd.source))
            sources << rd.source;
    p.setClipRect(plot);
    for (int s = 0; s < sources.size(); ++s) {
        QList<QPointF> points;
        for (const survey::Reading &rd : c.readings)
            if (rd.source == sources.at(s))
                points << QPointF(xOf(rd.timestampMs), yOf(rd.temperatureC));
        const int step = std::max<int>(1, int(points.size() / 1500));
        QPolygonF line;
        for (int i = 0; i < points.size(); i += step)
            line << points.at(i);
        if (!points.isEmpty() && line.last() != points.last())
            line << points.last();
        p.setPen(QPen(kSeriesColors.at(s % kSeriesColors.size()), mm(0.35)));
        if (line.size() == 1)
            p.drawEllipse(line.first(), mm(0.6), mm(0.6));
        else
            p.drawPolyline(line);
    }
    p.setClipping(false);
    // Legend.
    qreal x = plot.left() + mm(2);
    for (int s = 0; s < sources.size() && s < 6; ++s) {
        const QColor color = kSeriesColors.at(s % kSeriesColors.size());
        p.fillRect(QRectF(x, plot.top() + mm(1.5), mm(3), mm(1)), color);
        p.setPen(QColor(0x30, 0x30, 0x30));
        const QString name = sources.at(s).isEmpty() ? QStringLiteral("—") : sources.at(s);
        p.drawText(QRectF(x + mm(4), plot.top() + mm(0.5), mm(40), mm(4)),
                   Qt::AlignLeft | Qt::AlignTop, name);
        x += mm(4) + p.fontMetrics().horizontalAdvance(name) + mm(4);
    }
}

struct NoiseChartData {
    QList<std::pair<QString, double>> levels;
    QList<std::pair<QString, double>> limits; // label, dB
    QString unit;
    QString family;
};

void paintNoise(QPainter &p, const QRectF &r, const NoiseChartData &c)
{
    p.setFont(chartFont(c.family, 7));
    const QRectF plot = r.adjusted(mm(12), mm(6), -mm(30), -mm(6));
    if (c.levels.isEmpty())
        return;
    double lo = c.levels.first().second;
    double hi = lo;
    for (const auto &l : c.levels) {
        lo = std::min(lo, l.second);
        hi = std::max(hi, l.second);
    }
    for (const auto &l : c.limits) {
        lo = std::min(lo, l.second);
        hi = std::max(hi, l.second);
    }
    lo = std::floor((lo - 10) / 10) * 10;
    hi = std::ceil((hi + 5) / 10) * 10;
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v - lo) / (hi - lo); };
    for (int i = 0; i <= 4; ++i) {
        const double v = lo + (hi - lo) * i / 4;
        p.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), mm(0.1)));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(QColor(0x40, 0x40, 0x40));
        p.drawText(QRectF(r.left(), yOf(v) - mm(2), mm(11), mm(4)),
                   Qt::AlignRight | Qt::AlignVCenter, number(v, 0));
    }
    p.drawText(QRectF(r.left(), r.top(), mm(11), mm(3)), Qt::AlignRight | Qt::AlignTop, c.unit);
    const qreal slot = plot.width() / c.levels.size();
    for (int i = 0; i < c.levels.size(); ++i) {
        const qreal x = plot.left() + i * slot;
        const qreal y = yOf(c.levels.at(i).second);
        p.fillRect(QRectF(x + slot * 0.2, y, slot * 0.6, plot.bottom() - y),
                   QColor(0x1f, 0x77, 0xb4));
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(QRectF(x, y - mm(3.5), slot, mm(3.5)), Qt::AlignHCenter | Qt::AlignBottom,
                   number(c.levels.at(i).second, 1));
        p.drawText(QRectF(x, plot.bottom() + mm(0.8), slot, mm(4)), Qt::AlignHCenter | Qt::AlignTop,
                   c.levels.at(i).first);
    }
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), mm(0.2)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (const auto &l : c.limits) {
        QPen pen(QColor(0xc6, 0x28, 0x28), mm(0.35));
        pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        const qreal y = yOf(l.second);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(plot.right() + mm(1), y - mm(2), mm(29), mm(4)),
                   Qt::AlignLeft | Qt::AlignVCenter, l.first);
    }
}

struct PlotData {
    geo::SitePlot plot;
    QString family;
    QString siteLabel;
};

void paintPlot(QPainter &p, const QRectF &r, const PlotData &c)
{
    p.setFont(chartFont(c.family, 6.5));
    const qreal side = std::min(r.width(), r.height());
    const QRectF box(r.center().x() - side / 2, r.top(), side, side);
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), mm(0.2)));
    p.drawRect(box);
    double extent = 100;
    for (const geo::PlotRing &ring : c.plot.rings)
        extent = std::max(extent, ring.radiusMeters);
    for (const geo::PlotHazard &h : c.plot.hazards) {
        extent = std::max({extent, std::abs(h.nearest.x()), std::abs(h.nearest.y())});
        for (const auto &part : h.parts)
            for (const QPointF &pt : part)
                extent = std::max({extent, std::min(std::abs(pt.x()), 5 * extent),
                                   std::min(std::abs(pt.y()), 5 * extent)});
    }
    // Far hazards must not shrink the rings to a dot: at most 3x the largest ring; the farther
    // ones are drawn at the edge in their direction, with their distance.
    double largestRing = 0;
    for (const geo::PlotRing &ring : c.plot.rings)
        largestRing = std::max(largestRing, ring.radiusMeters);
    if (largestRing > 0)
        extent = std::min(extent, largestRing * 3);
    extent *= 1.12;
    const qreal scale = (side / 2) / extent;
    const double limit = extent * 0.95;
    const auto inside = [limit](const QPointF &en) {
        const double far = std::max(std::abs(en.x()), std::abs(en.y()));
        return far <= limit ? en : en * (limit / far);
    };
    const QPointF centre = box.center();
    const auto at = [&](const QPointF &en) {
        return QPointF(centre.x() + en.x() * scale, centre.y() - en.y() * scale);
    };
    p.setClipRect(box);
    for (const geo::PlotRing &ring : c.plot.rings) {
        QPen pen(QColor(0x60, 0x60, 0x60), mm(0.2));
        pen.setStyle(ring.shall ? Qt::SolidLine : Qt::DashLine);
        p.setPen(pen);
        const qreal rad = ring.radiusMeters * scale;
        p.drawEllipse(centre, rad, rad);
        p.drawText(QRectF(centre.x() + rad * 0.71, centre.y() - rad * 0.71 - mm(3.5), mm(45),
                          mm(3.5)),
                   Qt::AlignLeft | Qt::AlignBottom, ring.label);
    }
    for (const geo::PlotHazard &h : c.plot.hazards) {
        const QColor color = resultColor(h.result);
        p.setPen(QPen(color, mm(0.35)));
        if (h.type == geo::HazardGeometry::Polygon) {
            QPainterPath path;
            for (const auto &part : h.parts) {
                QPolygonF poly;
                for (const QPointF &pt : part)
                    poly << at(pt);
                path.addPolygon(poly);
                path.closeSubpath();
            }
            QColor fill = color;
            fill.setAlpha(50);
            p.setBrush(fill);
            p.drawPath(path);
            p.setBrush(Qt::NoBrush);
        } else if (h.type == geo::HazardGeometry::Line) {
            for (const auto &part : h.parts) {
                QPolygonF poly;
                for (const QPointF &pt : part)
                    poly << at(pt);
                p.drawPolyline(poly);
            }
        }
        const QPointF n = at(inside(h.nearest));
        p.setBrush(color);
        p.drawEllipse(n, mm(0.8), mm(0.8));
        p.setBrush(Qt::NoBrush);
        QPen guide(color, mm(0.15));
        guide.setStyle(Qt::DotLine);
        p.setPen(guide);
        p.drawLine(centre, n);
        p.setPen(color.darker(120));
        p.drawText(QRectF(n.x() + mm(1), n.y() - mm(1.5), mm(50), mm(3.5)),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1 %2 m").arg(h.name, number(h.meters, 0)));
    }
    p.setClipping(false);
    // The site, north and a scale bar.
    p.setPen(QPen(Qt::black, mm(0.3)));
    p.setBrush(Qt::black);
    p.drawPolygon(QPolygonF{centre + QPointF(0, -mm(1.6)), centre + QPointF(mm(1.4), mm(1.1)),
                            centre + QPointF(-mm(1.4), mm(1.1))});
    p.setBrush(Qt::NoBrush);
    p.drawText(QRectF(centre.x() + mm(2), centre.y(), mm(30), mm(3.5)), Qt::AlignLeft, c.siteLabel);
    const QPointF north(box.right() - mm(5), box.top() + mm(9));
    p.drawLine(north, north + QPointF(0, -mm(5)));
    p.drawLine(north + QPointF(0, -mm(5)), north + QPointF(-mm(1), -mm(3.5)));
    p.drawLine(north + QPointF(0, -mm(5)), north + QPointF(mm(1), -mm(3.5)));
    p.drawText(QRectF(north.x() - mm(2), north.y(), mm(4), mm(3.5)), Qt::AlignCenter,
               QStringLiteral("N"));
    const double nice[] = {10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000};
    double bar = nice[0];
    for (double v : nice)
        if (v * scale <= side / 4)
            bar = v;
    const QPointF s0(box.left() + mm(3), box.bottom() - mm(4));
    p.drawLine(s0, s0 + QPointF(bar * scale, 0));
    p.drawLine(s0, s0 + QPointF(0, -mm(1)));
    p.drawLine(s0 + QPointF(bar * scale, 0), s0 + QPointF(bar * scale, -mm(1)));
    p.drawText(QRectF(s0.x(), s0.y() - mm(4.5), mm(30), mm(3.5)), Qt::AlignLeft,
               bar >= 1000 ? QStringLiteral("%1 km").arg(number(bar / 1000, 0))
                           : QStringLiteral("%1 m").arg(number(bar, 0)));
}

// The site facts as the form shows them: one row per recorded field, "Voltage" = "221 V"; fields
// not recorded are left out.
QList<std::pair<QString, QString>> factRows(const QJsonObject &json)
{
    QList<std::pair<QString, QString>> rows;
    for (const survey::FactGroup &group : survey::siteFactGroups()) {
        for (const survey::FactField &field : group.fields) {
            const QString key = QLatin1String(field.key);
            const qsizetype dot = key.indexOf(QLatin1Char('.'));
            const QJsonValue v = json.value(key.left(dot)).toObject().value(key.mid(dot + 1));
            QString text;
            if (v.isBool()) {
                text = v.toBool() ? tr("yes") : tr("no");
            } else if (v.isDouble()) {
                text = QLocale::c().toString(v.toDouble(), 'g', 10);
                if (field.unit)
                    text += QLatin1Char(' ') + QString::fromUtf8(field.unit);
            } else if (v.isString() && !v.toString().isEmpty()) {
                text = v.toString();
                if (field.kind == survey::FactKind::Battery) {
                    if (text == u"none")
                        text = tr("none");
                    else if (text == u"lead-acid")
                        text = tr("lead-acid");
                    else if (text == u"lithium")
                        text = tr("lithium");
                    else if (text == u"other")
                        text = tr("other");
                }
            }
            if (!text.isEmpty())
                rows.append({survey::factText(group.title) + QStringLiteral(" · ")
                                 + survey::factText(field.label),
                             text});
        }
    }
    return rows;
}

QString safeName(QString s)
{
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    s.replace(bad, QStringLiteral("_"));
    return s;
}

} // namespace

struct SurveyReport {
    SurveyReportFacts facts;
    ReportDocument document;
};

const SurveyReportFacts &surveyReportFacts(const SurveyReport &report) { return report.facts; }

api::Result<std::shared_ptr<const SurveyReport>> prepareSurveyReport(
    const survey::SurveyData &data, const SurveyReportOptions &options)
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

    const survey::SurveyEvaluation eval = data.evaluate();
    const api::Survey &s = data.survey;
    const QString siteName = data.site ? data.site->name : s.siteId;

    auto report = std::make_shared<SurveyReport>();
    SurveyReportFacts &facts = report->facts;
    facts.language = language;
    facts.summary = eval.summary;
    facts.checks = int(eval.checks.size());
    facts.title = tr("Site survey report: %1").arg(s.name);
    facts.fileBaseName = safeName(siteName + QLatin1Char('-') + s.name + QLatin1Char('-')
                                  + language);

    const qint64 generated = options.generatedAtMs > 0 ? options.generatedAtMs
                                                       : QDateTime::currentMSecsSinceEpoch();
    DocumentStyle style;
    style.fontFamily = family;
    style.title = facts.title;
    style.pageFormat = tr("Page %1 of %2");
    style.footerText = tr("%1 · %2 · generated %3").arg(siteName, s.name, dateTime(generated));
    ReportDocument doc(style);

    // Cover.
    doc.addTitle(tr("Site survey report"), QStringLiteral("%1 — %2").arg(s.name, siteName));
    QString coordinates = QStringLiteral("—");
    if (const auto pos = survey::surveyPosition(s, data.sitePosition()))
        coordinates = QStringLiteral("%1, %2").arg(number(pos->lat, 6), number(pos->lon, 6));
    QString profileTitle = s.thermalProfile.isEmpty() ? QStringLiteral("ashrae-2021-recommended")
                                                      : s.thermalProfile;
    const auto sets = survey::shippedLimitSets();
    const auto profile = survey::findSet(sets, profileTitle);
    if (profile && !profile->title.isEmpty())
        profileTitle = QStringLiteral("%1 (%2)").arg(profile->title, profileTitle);
    doc.addKeyValues({
        {tr("Site"), siteName},
        {tr("Site code"), dash(data.site ? data.site->code : QString())},
        {tr("Address"), dash(data.site ? data.site->address : QString())},
        {tr("Coordinates"), coordinates},
        {tr("Survey"), s.name},
        {tr("Author"), dash(s.author)},
        {tr("Started"), dateTime(s.startedAtMs)},
        {tr("Finished"), s.finishedAtMs > 0 ? dateTime(s.finishedAtMs) : tr("not finished")},
        {tr("Class (GB 50174-2017)"), dash(s.siteClass)},
        {tr("Noise zone (GB 3096-2008)"), dash(s.noiseZone)},
        {tr("Thermal profile"), printable(profileTitle)},
        {tr("Warn margin"), s.warnMargin ? number(*s.warnMargin, 1) : tr("default")},
        {tr("Prepared by"), dash(options.preparedBy)},
        {tr("Generated"), dateTime(generated)},
    });

    // Verdict.
    doc.addHeading(tr("Conclusion"));
    doc.addParagraph(tr("Verdict: %1").arg(resultText(eval.summary.verdict)),
                     resultColor(eval.summary.verdict), true);
    doc.addParagraph(tr("%1 checks: %2 pass, %3 warn, %4 fail, %5 not measured.")
                         .arg(eval.checks.size())
                         .arg(eval.summary.pass)
                         .arg(eval.summary.warn)
                         .arg(eval.summary.fail)
                         .arg(eval.summary.notMeasured));
    if (std::any_of(eval.checks.cbegin(), eval.checks.cend(),
                    [](const api::Check &c) { return !c.source.verified(); }))
        doc.addParagraph(tr("Limits marked \"unverified\" come from sources of low confidence; "
                            "confirm them before relying on the result."),
                         QColor(0xb2, 0x6a, 0x00));

    // Checks.
    doc.addHeading(tr("Checks"));
    if (eval.checks.isEmpty()) {
        doc.addParagraph(tr("No checks yet: add readings, noise measurements, hazards or site "
                            "facts."));
    } else {
        TableSpec t;
        t.header = {tr("Check"),    tr("Value"),      tr("Limit"),
                    tr("Standard"), tr("Confidence"), tr("Result")};
        t.columnWeights = {3.2, 1.2, 1.3, 1.9, 1.2, 1.0};
        QList<api::CheckResult> results;
        for (const api::Check &c : eval.checks) {
            QString subject = printable(c.subject);
            if (!c.note.isEmpty())
                subject += QLatin1Char('\n') + printable(c.note);
            QString value = QStringLiteral("—");
            if (c.value) {
                value = QLocale::c().toString(std::round(*c.value * 100.0) / 100.0, 'g', 10);
                if (!c.limit.unit.isEmpty())
                    value += QLatin1Char(' ') + printable(c.limit.unit);
            }
            QString standard = c.source.standard;
            if (!c.source.clause.isEmpty())
                standard += QLatin1Char(' ') + c.source.clause;
            if (!c.source.verified())
                standard += QLatin1Char(' ') + tr("(unverified)");
            t.rows << QStringList{subject,
                                  value,
                                  printable(c.limit.text()),
                                  printable(standard),
                                  confidenceText(c.source.confidence),
                                  resultText(c.result)};
            results << c.result;
        }
        t.cellColor = [results](int row, int column) {
            if (column == 5 && row >= 0 && row < results.size())
                return resultColor(results.at(row));
            return QColor();
        };
        doc.addTable(t);
    }

    // Temperature and humidity.
    QList<survey::Reading> readings;
    for (const api::SurveyItem &item : data.itemsOfKind(api::SurveyItemKind::Readings))
        if (auto r = survey::readingsFromPayload(item.payload))
            readings += *r;
    std::stable_sort(readings.begin(), readings.end(),
                     [](const survey::Reading &a, const survey::Reading &b) {
                         return a.timestampMs < b.timestampMs;
                     });
    if (!readings.isEmpty()) {
        doc.addHeading(tr("Temperature and humidity"));
        ReadingsChartData chart;
        chart.readings = readings;
        if (profile)
            chart.envelope = survey::envelopeFor(*profile);
        chart.family = family;
        chart.axisLabel = QStringLiteral("°C");
        chart.bandLabel = tr("allowed range of the profile");
        chart.unverified = tr("(unverified)");
        doc.addDrawing(
            70, [chart](QPainter &p, const QRectF &r) { paintReadings(p, r, chart); },
            tr("Temperature readings over time (local time) against the profile's "
               "allowed range."));
        if (eval.thermal) {
            const survey::ThermalSummary &t = *eval.thermal;
            const QString c = QStringLiteral("°C");
            doc.addKeyValues({
                {tr("Readings"), tr("%1 from %2 source(s), %3 to %4")
                                     .arg(t.count)
                                     .arg(t.sourceCount)
                                     .arg(dateTime(t.firstMs), dateTime(t.lastMs))},
                {tr("Temperature min / max / mean"),
                 QStringLiteral("%1 / %2 / %3")
                     .arg(optNumber(t.minC, c), optNumber(t.maxC, c), optNumber(t.meanC, c))},
                {tr("Relative humidity min / max"),
                 QStringLiteral("%1 / %2").arg(optNumber(t.rhMin, QStringLiteral("%RH")),
                                               optNumber(t.rhMax, QStringLiteral("%RH")))},
                {tr("Dew point min / max"),
                 QStringLiteral("%1 / %2").arg(optNumber(t.dewPointMinC, c),
                                               optNumber(t.dewPointMaxC, c))},
                {tr("Largest change within 60 min"), optNumber(t.maxChangePerHour, c)},
                {tr("Largest change within 15 min"), optNumber(t.maxChange15Min, c)},
            });
        }
    }

    // Noise.
    const QList<api::SurveyItem> noiseItems = data.itemsOfKind(api::SurveyItemKind::Noise);
    if (!noiseItems.isEmpty()) {
        doc.addHeading(tr("Noise"));
        for (const api::SurveyItem &item : noiseItems) {
            auto n = survey::noiseFromPayload(item.payload);
            if (!n)
                continue;
            const acoustics::NoiseLevels &l = n->levels;
            const QString unit = l.unit();
            const QString calibration =
                l.calibrated ? tr("calibrated (offset %1 dB)")
                                   .arg(number(l.calibrationOffsetDb.value_or(0), 2))
                             : tr("not calibrated: levels are relative (dBFS), not sound "
                                  "pressure levels");
            doc.addParagraph(tr("%1 — %2, %3 s, %4 period; %5")
                                 .arg(item.name, dash(n->file), number(l.durationS, 1),
                                      n->period == acoustics::Period::Night ? tr("night")
                                                                            : tr("day"),
                                      calibration),
                             {}, true);
            QList<std::pair<QString, double>> levels{{QStringLiteral("LAeq"), l.laeq},
                                                     {QStringLiteral("LCeq"), l.lceq},
                                                     {QStringLiteral("LZeq"), l.lzeq}};
            const auto addOpt = [&](const char *name, const std::optional<double> &v) {
                if (v)
                    levels.append({QLatin1String(name), *v});
            };
            addOpt("LAFmax", l.lafMax);
            addOpt("LAFmin", l.lafMin);
            addOpt("LASmax", l.lasMax);
            addOpt("LASmin", l.lasMin);
            addOpt("LA10", l.la10);
            addOpt("LA90", l.la90);
            levels.append({QStringLiteral("LCpeak"), l.lcpeak});
            TableSpec t;
            for (const auto &lv : std::as_const(levels))
                t.header << lv.first;
            QStringList row;
            for (const auto &lv : std::as_const(levels))
                row << number(lv.second, 1) + QLatin1Char(' ') + unit;
            t.rows << row;
            doc.addTable(t);
            NoiseChartData chart;
            chart.levels = levels;
            chart.unit = unit;
            chart.family = family;
            const QString prefix = item.name + QLatin1Char('/');
            for (const api::Check &c : eval.checks)
                if (c.id.startsWith(prefix) && c.limit.max)
                    chart.limits.append({printable(c.limit.text()), *c.limit.max});
            doc.addDrawing(
                45, [chart](QPainter &p, const QRectF &r) { paintNoise(p, r, chart); },
                tr("Levels of %1 against its limits (dashed).").arg(item.name));
        }
    }

    // Distances.
    if (!eval.hazards.isEmpty()) {
        doc.addHeading(tr("Distances to hazards"));
        TableSpec t;
        t.header = {tr("Hazard"), tr("Kind"), tr("Distance"), tr("Required"), tr("Result")};
        t.columnWeights = {2.4, 2.0, 1.2, 2.2, 1.0};
        QList<api::CheckResult> results;
        for (const geo::HazardCheck &h : eval.hazards) {
            t.rows << QStringList{h.hazard.name, geo::hazardKindTitle(h.hazard.kind),
                                  number(h.nearest.meters, 0) + QStringLiteral(" m"),
                                  h.rule ? printable(h.check.limit.text()) + QLatin1Char(' ')
                                               + (h.rule->shall ? tr("(shall)") : tr("(should)"))
                                         : tr("no requirement"),
                                  resultText(h.check.result)};
            results << h.check.result;
        }
        t.cellColor = [results](int row, int column) {
            if (column == 4 && row >= 0 && row < results.size())
                return resultColor(results.at(row));
            return QColor();
        };
        doc.addTable(t);
        if (const auto pos = survey::surveyPosition(s, data.sitePosition())) {
            PlotData plot;
            plot.plot = geo::sitePlot(*pos, eval.hazards);
            plot.family = family;
            plot.siteLabel = tr("Site");
            doc.addDrawing(
                120, [plot](QPainter &p, const QRectF &r) { paintPlot(p, r, plot); },
                tr("Hazards around the site with the required distances (rings; "
                   "dashed: \"should\")."));
        }
    }

    // Site facts: the newest facts item counts.
    const QList<api::SurveyItem> factItems = data.itemsOfKind(api::SurveyItemKind::Facts);
    if (!factItems.isEmpty()) {
        const QJsonObject json = QJsonDocument::fromJson(factItems.last().payload.toUtf8()).object();
        const QList<std::pair<QString, QString>> rows = factRows(json);
        if (!rows.isEmpty()) {
            doc.addHeading(tr("Site facts"));
            doc.addKeyValues(rows);
        }
    }

    // Photos.
    const QList<api::SurveyItem> photoItems = data.itemsOfKind(api::SurveyItemKind::Photo);
    bool photoHeading = false;
    for (const api::SurveyItem &item : photoItems) {
        auto photo = survey::photoFromPayload(item.payload);
        if (!photo)
            continue;
        QImage image;
        auto jpeg = survey::photoJpeg(*photo, options.attachments);
        if (!jpeg || !image.loadFromData(*jpeg, "JPEG")) {
            // Not here yet (an attachment still syncing): the thumbnail stands in.
            if (!image.loadFromData(photo->thumbnail, "JPEG"))
                continue;
        }
        if (!photoHeading) {
            doc.addHeading(tr("Photos"));
            photoHeading = true;
        }
        QString caption = photo->caption.isEmpty() ? item.name : photo->caption;
        caption += QStringLiteral(" (%1, %2)").arg(dash(photo->file), dateTime(item.takenAtMs));
        doc.addImage(image, caption);
        ++facts.photos;
    }

    // Notes.
    QStringList notes;
    if (!s.notes.isEmpty())
        notes << s.notes;
    for (const api::SurveyItem &item : data.itemsOfKind(api::SurveyItemKind::Note))
        if (auto text = survey::noteFromPayload(item.payload))
            notes << QStringLiteral("%1 (%2, %3)")
                         .arg(*text, dash(item.author), dateTime(item.takenAtMs));
    if (!notes.isEmpty()) {
        doc.addHeading(tr("Notes"));
        for (const QString &n : std::as_const(notes))
            doc.addParagraph(n);
    }

    // Problems.
    if (!eval.problems.isEmpty()) {
        doc.addHeading(tr("Problems"));
        for (const QString &p : eval.problems)
            doc.addParagraph(QStringLiteral("• ") + printable(p), QColor(0xc6, 0x28, 0x28));
    }

    doc.addHeading(tr("Signatures"));
    doc.addSignatures({tr("Surveyor: %1 (signature, date)").arg(dash(s.author)),
                       tr("Customer (signature, date)")});

    report->document = std::move(doc);
    return std::shared_ptr<const SurveyReport>(std::move(report));
}

api::Result<void> renderSurveyReport(const SurveyReport &report, const QString &pdfPath,
                                     const Progress &progress, int *pages)
{
    auto written = report.document.write(pdfPath, progress);
    if (!written)
        return std::unexpected(written.error());
    if (pages)
        *pages = *written;
    return {};
}

} // namespace edge::reports
