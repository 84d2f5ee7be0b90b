#include "widgets/charts/timeserieschart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace edge::widgets {

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    // The chart goes in through the constructor: QChartView(QWidget *) makes a default chart of its
    // own, which setChart() would release without deleting (a leak per chart).
    : QChartView(new QChart, parent) // the view owns the chart
{
    setRenderHint(QPainter::Antialiasing);
    QChart *c = chart();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(4);
    c->legend()->setAlignment(Qt::AlignTop);
    QFont tf = c->titleFont();
    tf.setBold(true);
    c->setTitleFont(tf);
    m_time = new QDateTimeAxis(c);
    m_value = new QValueAxis(c);
    QFont lf = m_time->labelsFont();
    lf.setPointSizeF(std::max(6.0, lf.pointSizeF() * 0.85));
    m_time->setLabelsFont(lf);
    m_value->setLabelsFont(lf);
    m_time->setTickCount(4);
    m_value->setTickCount(5);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_value, Qt::AlignLeft);
    setMinimumSize(220, 170);
}

void TimeSeriesChart::setData(const QString &title, const QList<Line> &lines, qint64 fromMs,
                              qint64 toMs, const QString &unit, bool fromZero)
{
    QChart *c = chart();
    c->removeAllSeries();
    c->setTitle(title);
    m_points = 0;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const Line &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->append(line.points);
        c->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_value);
        m_points += int(line.points.size());
        for (const QPointF &p : line.points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    c->legend()->setVisible(lines.size() > 1);
    const qint64 span = std::max<qint64>(1, toMs - fromMs);
    m_time->setFormat(span <= 24 * 3600 * 1000 ? QStringLiteral("HH:mm")
                                               : QStringLiteral("MM-dd HH:mm"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    if (m_points == 0) {
        lo = 0;
        hi = 1;
    }
    if (fromZero)
        lo = std::min(0.0, lo);
    if (hi - lo < 1e-9)
        hi = lo + 1;
    const double pad = fromZero ? (hi - lo) * 0.1 : (hi - lo) * 0.1 + 0.5;
    m_value->setRange(fromZero ? lo : lo - pad, hi + pad);
    m_value->applyNiceNumbers();
    m_value->setTitleText(unit);
    m_value->setLabelFormat(hi + pad >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

int TimeSeriesChart::pointCount() const { return m_points; }

QString TimeSeriesChart::title() const { return chart()->title(); }

} // namespace edge::widgets
