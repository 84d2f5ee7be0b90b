#include "widgets/charts/readingschart.h"

#include "backend/survey/dewpoint.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace edge::widgets {

namespace {

// Series colours per source: temperature, dew point and humidity of one source share a hue.
const QColor kSourceColors[] = {QColor(0xc0, 0x39, 0x2b), QColor(0x1f, 0x77, 0xb4),
                                QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};
const QColor kTemperatureBand(0x2e, 0x8b, 0x57);
const QColor kHumidityBand(0x46, 0x82, 0xb4);

} // namespace

struct ReadingsChart::Private {
    QStackedLayout *stack = nullptr;
    QChartView *view = nullptr;
    QLabel *empty = nullptr;
    QDateTimeAxis *time = nullptr;
    QValueAxis *celsius = nullptr;
    QValueAxis *humidity = nullptr;
    QList<survey::Reading> readings;
    std::optional<survey::ThermalEnvelope> envelope;

    void rebuild();
    void addBand(const survey::Band &band, QValueAxis *axis, double lo, double hi, qint64 fromMs,
                 qint64 toMs, const QString &name, const QColor &color);
};

void ReadingsChart::Private::addBand(const survey::Band &band, QValueAxis *axis, double lo,
                                     double hi, qint64 fromMs, qint64 toMs, const QString &name,
                                     const QColor &color)
{
    QChart *c = view->chart();
    const double bandLo = band.min.value_or(lo);
    const double bandHi = band.max.value_or(hi);
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    upper->append(double(fromMs), bandHi);
    upper->append(double(toMs), bandHi);
    lower->append(double(fromMs), bandLo);
    lower->append(double(toMs), bandLo);
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(band.verified ? name : ReadingsChart::tr("%1 (unverified)").arg(name));
    QColor fill = color;
    fill.setAlpha(axis == humidity ? 22 : 45);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    c->addSeries(area);
    area->attachAxis(time);
    area->attachAxis(axis);

    // The band's edges: solid for a verified number, dashed for an unverified one. Only the sides
    // the profile has are drawn (an open side is the axis' end, not a limit).
    const auto edge = [&](double value) {
        auto *line = new QLineSeries;
        line->setName(area->name());
        line->append(double(fromMs), value);
        line->append(double(toMs), value);
        QPen pen(color.darker(120));
        pen.setWidthF(1.5);
        pen.setStyle(band.verified ? Qt::SolidLine : Qt::DashLine);
        line->setPen(pen);
        c->addSeries(line);
        line->attachAxis(time);
        line->attachAxis(axis);
        for (QLegendMarker *m : c->legend()->markers(line))
            m->setVisible(false);
    };
    if (band.min)
        edge(*band.min);
    if (band.max)
        edge(*band.max);
}

void ReadingsChart::Private::rebuild()
{
    QChart *c = view->chart();
    c->removeAllSeries();
    c->setTitle(envelope && !envelope->title.isEmpty()
                    ? ReadingsChart::tr("Readings against %1").arg(envelope->title)
                    : ReadingsChart::tr("Readings"));
    empty->setText(ReadingsChart::tr("No readings yet: import a CSV or poll a sensor"));
    if (readings.isEmpty()) {
        stack->setCurrentWidget(empty);
        return;
    }
    stack->setCurrentWidget(view);

    // One series per source, in time order.
    QMap<QString, QList<survey::Reading>> bySource;
    for (const survey::Reading &r : std::as_const(readings))
        bySource[r.source].append(r);
    qint64 fromMs = std::numeric_limits<qint64>::max();
    qint64 toMs = std::numeric_limits<qint64>::min();
    double tLo = std::numeric_limits<double>::max();
    double tHi = std::numeric_limits<double>::lowest();
    bool anyHumidity = false;
    struct Lines {
        QList<QPointF> temperature, dewPoint, humidity;
    };
    QMap<QString, Lines> lines;
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [](const auto &a, const auto &b) {
            return a.timestampMs < b.timestampMs;
        });
        Lines &l = lines[it.key()];
        for (const survey::Reading &r : std::as_const(*it)) {
            fromMs = std::min(fromMs, r.timestampMs);
            toMs = std::max(toMs, r.timestampMs);
            const double x = double(r.timestampMs);
            l.temperature.append({x, r.temperatureC});
            tLo = std::min(tLo, r.temperatureC);
            tHi = std::max(tHi, r.temperatureC);
            if (r.humidityRH) {
                anyHumidity = true;
                l.humidity.append({x, *r.humidityRH});
                if (auto dp = survey::dewPointC(r.temperatureC, *r.humidityRH)) {
                    l.dewPoint.append({x, *dp});
                    tLo = std::min(tLo, *dp);
                    tHi = std::max(tHi, *dp);
                }
            }
        }
    }
    // Whole hours either side, so the time ticks fall on round times.
    constexpr qint64 hourMs = 3600 * 1000;
    fromMs = fromMs - ((fromMs % hourMs) + hourMs) % hourMs;
    toMs = std::max(fromMs + hourMs, toMs + (hourMs - ((toMs % hourMs) + hourMs) % hourMs) % hourMs);

    // Axis ranges take the envelope's numbers in, so a band is never cut off.
    if (envelope) {
        for (const auto &v : {envelope->temperature.min, envelope->temperature.max})
            if (v) {
                tLo = std::min(tLo, *v);
                tHi = std::max(tHi, *v);
            }
    }
    const double tPad = std::max(1.0, (tHi - tLo) * 0.08);
    celsius->setRange(std::floor(tLo - tPad), std::ceil(tHi + tPad));
    celsius->applyNiceNumbers();
    celsius->setTitleText(ReadingsChart::tr("°C"));
    humidity->setRange(0, 100);
    humidity->setTitleText(ReadingsChart::tr("%RH"));
    humidity->setVisible(anyHumidity);
    time->setFormat(toMs - fromMs <= 24LL * 3600 * 1000 ? QStringLiteral("HH:mm")
                                                        : QStringLiteral("MM-dd HH:mm"));
    time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    time->setTitleText(ReadingsChart::tr("Local time"));

    // The envelope behind the readings.
    if (envelope) {
        if (envelope->temperature.present())
            addBand(envelope->temperature, celsius, celsius->min(), celsius->max(), fromMs, toMs,
                    ReadingsChart::tr("Allowed temperature"), kTemperatureBand);
        if (anyHumidity && envelope->humidity.present())
            addBand(envelope->humidity, humidity, 0, 100, fromMs, toMs,
                    ReadingsChart::tr("Allowed humidity"), kHumidityBand);
    }

    const bool several = lines.size() > 1;
    int n = 0;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it, ++n) {
        const QColor color = kSourceColors[n % int(std::size(kSourceColors))];
        const QString suffix = several || !it.key().isEmpty()
                                   ? QStringLiteral(" (%1)").arg(it.key())
                                   : QString();
        const auto add = [&](const QList<QPointF> &points, const QString &name, QValueAxis *axis,
                             Qt::PenStyle style, const QColor &col) {
            if (points.isEmpty())
                return;
            auto *series = new QLineSeries;
            series->setName(name + suffix);
            series->append(points);
            QPen pen(col);
            pen.setWidthF(2);
            pen.setStyle(style);
            series->setPen(pen);
            c->addSeries(series);
            series->attachAxis(time);
            series->attachAxis(axis);
        };
        add(it->temperature, ReadingsChart::tr("Temperature"), celsius, Qt::SolidLine, color);
        add(it->dewPoint, ReadingsChart::tr("Dew point"), celsius, Qt::DotLine, color.darker(140));
        add(it->humidity, ReadingsChart::tr("Relative humidity"), humidity, Qt::SolidLine,
            color.lighter(150));
    }
    c->legend()->setVisible(true);
}

ReadingsChart::ReadingsChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->stack = new QStackedLayout(this);
    // The chart goes in through the constructor: QChartView(QWidget *) makes a default chart of
    // its own, which setChart() would release without deleting.
    d->view = new QChartView(new QChart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    QChart *c = d->view->chart();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(4);
    c->legend()->setAlignment(Qt::AlignBottom);
    QFont tf = c->titleFont();
    tf.setBold(true);
    c->setTitleFont(tf);
    d->time = new QDateTimeAxis(c);
    d->celsius = new QValueAxis(c);
    d->humidity = new QValueAxis(c);
    QFont lf = d->time->labelsFont();
    lf.setPointSizeF(std::max(6.0, lf.pointSizeF() * 0.85));
    for (QAbstractAxis *a :
         {static_cast<QAbstractAxis *>(d->time), static_cast<QAbstractAxis *>(d->celsius),
          static_cast<QAbstractAxis *>(d->humidity)})
        a->setLabelsFont(lf);
    d->time->setTickCount(7);
    d->celsius->setTickCount(6);
    d->humidity->setTickCount(6);
    d->celsius->setLabelFormat(QStringLiteral("%.0f"));
    d->humidity->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(d->time, Qt::AlignBottom);
    c->addAxis(d->celsius, Qt::AlignLeft);
    c->addAxis(d->humidity, Qt::AlignRight);
    d->empty = new QLabel(this);
    d->empty->setAlignment(Qt::AlignCenter);
    d->empty->setWordWrap(true);
    d->empty->setEnabled(false); // the palette's muted text
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->empty);
    setMinimumSize(320, 220);
    d->rebuild();
}

ReadingsChart::~ReadingsChart() = default;

void ReadingsChart::setReadings(const QList<survey::Reading> &readings)
{
    d->readings = readings;
    d->rebuild();
}

void ReadingsChart::setEnvelope(const std::optional<survey::ThermalEnvelope> &envelope)
{
    d->envelope = envelope;
    d->rebuild();
}

int ReadingsChart::seriesCount() const
{
    return d->readings.isEmpty() ? 0 : int(d->view->chart()->series().size());
}

QChart *ReadingsChart::chart() const { return d->view->chart(); }

bool ReadingsChart::isEmptyState() const { return d->stack->currentWidget() == d->empty; }

void ReadingsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        d->rebuild();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
