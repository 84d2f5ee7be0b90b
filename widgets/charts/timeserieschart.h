#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QString>

class QDateTimeAxis;
class QValueAxis;

namespace edge::widgets {

// A small line chart of values over wall-clock time (QtCharts): one or more named lines, a time
// axis from `fromMs` to `toMs`, a value axis with a unit. Used for node metrics.
class TimeSeriesChart : public QChartView {
    Q_OBJECT
public:
    struct Line {
        QString name;
        QList<QPointF> points; // x: ms since the epoch (UTC), y: value in the chart's unit
    };

    explicit TimeSeriesChart(QWidget *parent = nullptr);

    // Replaces the lines. `fromZero`: the value axis starts at 0 (else it fits the data).
    void setData(const QString &title, const QList<Line> &lines, qint64 fromMs, qint64 toMs,
                 const QString &unit, bool fromZero = true);
    int pointCount() const;
    QString title() const;

private:
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_value = nullptr;
    int m_points = 0;
};

} // namespace edge::widgets
