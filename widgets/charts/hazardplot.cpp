#include "widgets/charts/hazardplot.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace edge::widgets {

namespace {

constexpr double kMargin = 36; // px around the content (labels, scale bar, north arrow)

QColor resultColor(api::CheckResult result)
{
    switch (result) {
    case api::CheckResult::Pass: return QColor(0x2e, 0x9d, 0x44);
    case api::CheckResult::Warn: return QColor(0xe0, 0x9b, 0x00);
    case api::CheckResult::Fail: return QColor(0xd6, 0x28, 0x28);
    case api::CheckResult::NotMeasured: break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QString distanceText(double metres)
{
    if (metres >= 10000)
        return HazardPlot::tr("%1 km").arg(QLocale().toString(metres / 1000, 'f', 1));
    if (metres >= 1000)
        return HazardPlot::tr("%1 km").arg(QLocale().toString(metres / 1000, 'f', 2));
    return HazardPlot::tr("%1 m").arg(QLocale().toString(std::round(metres), 'f', 0));
}

} // namespace

HazardPlot::HazardPlot(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(240, 240);
    setAutoFillBackground(false);
}

void HazardPlot::setPlot(const std::optional<geo::SitePlot> &plot)
{
    m_plot = plot;
    update();
}

QSize HazardPlot::sizeHint() const { return {480, 480}; }

QRectF HazardPlot::contentBounds() const
{
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    const auto take = [&](const QPointF &p) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    };
    if (m_plot) {
        for (const geo::PlotHazard &h : m_plot->hazards) {
            for (const QList<QPointF> &part : h.parts)
                for (const QPointF &p : part)
                    take(p);
            take(h.nearest);
        }
        for (const geo::PlotRing &r : m_plot->rings) {
            take({-r.radiusMeters, -r.radiusMeters});
            take({r.radiusMeters, r.radiusMeters});
        }
    }
    // At least 100 m across, so a plot of the site alone has a sensible scale.
    const double half = std::max({50.0, (maxX - minX) / 2, (maxY - minY) / 2});
    const QPointF c((minX + maxX) / 2, (minY + maxY) / 2);
    return QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half);
}

double HazardPlot::pixelsPerMetre() const
{
    const QRectF b = contentBounds();
    const double w = std::max(1.0, width() - 2 * kMargin);
    const double h = std::max(1.0, height() - 2 * kMargin);
    return std::min(w / b.width(), h / b.height());
}

QPointF HazardPlot::toWidget(const QPointF &metres) const
{
    const QRectF b = contentBounds();
    const double k = pixelsPerMetre();
    const QPointF centre(width() / 2.0, height() / 2.0);
    return {centre.x() + (metres.x() - b.center().x()) * k,
            centre.y() - (metres.y() - b.center().y()) * k}; // north is up
}

double HazardPlot::roundScaleLength(double pixels, double perMetre)
{
    if (pixels <= 0 || perMetre <= 0 || !std::isfinite(perMetre))
        return 0;
    const double metres = pixels / perMetre;
    const double decade = std::pow(10.0, std::floor(std::log10(metres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * decade <= metres)
            return step * decade;
    return decade;
}

void HazardPlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QColor text = palette().text().color();

    if (!m_plot) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No hazards yet: import a hazards file (CSV or GeoJSON) for a site with "
                      "coordinates"));
        return;
    }
    const double k = pixelsPerMetre();
    const QPointF site = toWidget({0, 0});
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    p.setFont(small);
    const QFontMetricsF fm(small);

    // Rule distance rings: solid for "shall", dashed for "should".
    const QColor ringColor(0x55, 0x6b, 0x8d);
    for (const geo::PlotRing &ring : m_plot->rings) {
        const double r = ring.radiusMeters * k;
        QPen pen(ringColor, 1.2, ring.shall ? Qt::SolidLine : Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(site, r, r);
        // The label just outside the ring, up and to the right.
        const QPointF at = site
                           + QPointF(r * (std::numbers::sqrt2 / 2), -r * (std::numbers::sqrt2 / 2));
        p.setPen(ringColor.darker(130));
        // Kept inside the widget: a label that would run off the right edge ends at it.
        const double tw = fm.horizontalAdvance(ring.label);
        QPointF pos = at + QPointF(3, -3);
        pos.setX(std::max(2.0, std::min(pos.x(), width() - 4 - tw)));
        pos.setY(std::max(fm.ascent() + 2, pos.y()));
        p.drawText(pos, ring.label);
    }

    // Hazards as drawn in the file.
    for (const geo::PlotHazard &h : m_plot->hazards) {
        const QColor color = resultColor(h.result);
        if (h.type == geo::HazardGeometry::Polygon) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QList<QPointF> &ring : h.parts) {
                QPolygonF poly;
                for (const QPointF &m : ring)
                    poly << toWidget(m);
                path.addPolygon(poly);
                path.closeSubpath();
            }
            QColor fill = color;
            fill.setAlpha(70);
            p.setPen(QPen(color, 1.5));
            p.setBrush(fill);
            p.drawPath(path);
        } else if (h.type == geo::HazardGeometry::Line) {
            p.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            for (const QList<QPointF> &part : h.parts) {
                QPolygonF poly;
                for (const QPointF &m : part)
                    poly << toWidget(m);
                p.drawPolyline(poly);
            }
        } else {
            p.setPen(QPen(color.darker(130), 1));
            p.setBrush(color);
            for (const QList<QPointF> &part : h.parts)
                for (const QPointF &m : part)
                    p.drawEllipse(toWidget(m), 5, 5);
        }
    }

    // The nearest point of each hazard joined to the site, with the distance and the name.
    for (const geo::PlotHazard &h : m_plot->hazards) {
        const QColor color = resultColor(h.result);
        const QPointF near = toWidget(h.nearest);
        p.setPen(QPen(color.darker(120), 1, Qt::DashLine));
        p.drawLine(site, near);
        p.setPen(QPen(color.darker(140), 1));
        p.setBrush(color);
        p.drawEllipse(near, 3, 3);
        const QPointF mid = (site + near) / 2;
        const QString d = distanceText(h.meters);
        const QRectF box(mid.x() - fm.horizontalAdvance(d) / 2 - 3, mid.y() - fm.height() / 2,
                         fm.horizontalAdvance(d) + 6, fm.height());
        QColor bg = palette().base().color();
        bg.setAlpha(210);
        p.setPen(Qt::NoPen);
        p.setBrush(bg);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(color.darker(150));
        p.drawText(box, Qt::AlignCenter, d);
        p.setPen(text);
        p.drawText(near + QPointF(6, -6), h.name);
    }

    // The site.
    p.setPen(QPen(text, 1.5));
    p.setBrush(palette().highlight());
    const QPolygonF marker({site + QPointF(0, -8), site + QPointF(7, 5), site + QPointF(-7, 5)});
    p.drawPolygon(marker);
    p.setPen(text);
    const QString siteText = tr("Site");
    p.drawText(site + QPointF(-9 - fm.horizontalAdvance(siteText), 14), siteText);

    // Scale bar, bottom left, a round number of metres.
    const double bar = roundScaleLength(std::min(160.0, width() / 4.0), k);
    if (bar > 0) {
        const double px = bar * k;
        const QPointF a(kMargin / 2, height() - kMargin / 2);
        const QPointF b = a + QPointF(px, 0);
        p.setPen(QPen(text, 2));
        p.drawLine(a, b);
        p.drawLine(a, a + QPointF(0, -5));
        p.drawLine(b, b + QPointF(0, -5));
        p.drawText(QRectF(a.x(), a.y() - 5 - fm.height(), px, fm.height()), Qt::AlignCenter,
                   distanceText(bar));
    }

    // North arrow, top right.
    const QPointF n(width() - kMargin / 2 - 4, kMargin / 2 + 16);
    p.setPen(QPen(text, 1.5));
    p.setBrush(text);
    p.drawPolygon(QPolygonF({n + QPointF(0, -14), n + QPointF(5, 0), n + QPointF(-5, 0)}));
    p.drawLine(n, n + QPointF(0, 10));
    p.drawText(QRectF(n.x() - 10, n.y() - 30, 20, fm.height()), Qt::AlignCenter, tr("N"));

    if (m_plot->hazards.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignHCenter | Qt::AlignBottom,
                   tr("No hazards in the list"));
    }
}

void HazardPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
