#include "widgets/views/nodemetricspanel.h"

#include "widgets/charts/timeserieschart.h"
#include "widgets/common/asynctask.h"
#include "widgets/common/timerangeselector.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace edge::widgets {

namespace {
constexpr qint64 kMinute = TimeRangeSelector::kMinute;
constexpr double kKiB = 1024.0;
constexpr double kMiB = 1024.0 * 1024.0;
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
} // namespace

NodeMetricsPanel::NodeMetricsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nodeMetricsPanel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    m_range = new TimeRangeSelector(ranges(), 1 /* 1 h */, 30'000, this);
    m_range->combo()->setObjectName(QStringLiteral("metricsRange"));
    m_range->statusLabel()->setObjectName(QStringLiteral("metricsStatus"));
    connect(m_range, &TimeRangeSelector::refreshDue, this, &NodeMetricsPanel::reload);
    // Shown again: the charts have their real width now, ask again with as many points as fit.
    connect(m_range, &TimeRangeSelector::shown, this, [this] {
        if (m_loaded)
            reload();
    });
    layout->addWidget(m_range);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("metricsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);
    auto *grid = new QWidget(this);
    auto *gl = new QGridLayout(grid);
    gl->setContentsMargins(0, 0, 0, 0);
    gl->setSpacing(6);
    for (int i = 0; i < ChartCount; ++i) {
        auto *c = new TimeSeriesChart(grid);
        c->setObjectName(QStringLiteral("metricsChart%1").arg(i));
        m_charts.append(c);
        gl->addWidget(c, i / 3, i % 3);
    }
    m_stack->addWidget(grid);
    layout->addWidget(m_stack, 1);

    connect(m_range, &TimeRangeSelector::rangeChanged, this, &NodeMetricsPanel::reload);
    retranslateUi();
}

NodeMetricsPanel::~NodeMetricsPanel() = default;

QList<qint64> NodeMetricsPanel::ranges()
{
    return {15 * kMinute, 60 * kMinute, 6 * 60 * kMinute, 24 * 60 * kMinute, 7 * 24 * 60 * kMinute};
}

QComboBox *NodeMetricsPanel::rangeCombo() const { return m_range->combo(); }

QLabel *NodeMetricsPanel::statusLabel() const { return m_range->statusLabel(); }

void NodeMetricsPanel::setNodes(std::shared_ptr<api::Nodes> nodes, const api::Clock *clock)
{
    m_nodes = std::move(nodes);
    m_range->setClock(clock);
    ++m_request;
}

void NodeMetricsPanel::setNode(const QString &nodeId)
{
    m_nodeId = nodeId;
    m_loaded = false;
    m_samples.clear();
    m_sampleCount = 0;
    showSamples({}, 0, 0);
    reload();
}

void NodeMetricsPanel::reload()
{
    if (!m_nodes || m_nodeId.isEmpty())
        return;
    const int request = ++m_request;
    const qint64 span = m_range->span() > 0 ? m_range->span() : 60 * kMinute;
    api::MetricsQuery q;
    q.nodeId = m_nodeId;
    q.toMs = m_range->now();
    q.fromMs = q.toMs - span;
    // About one point per pixel of a chart's plot.
    q.maxPoints = std::clamp(m_charts.first()->width(), 60, 1000);
    QLabel *status = m_range->statusLabel();
    status->setText(tr("Loading…"));
    auto nodes = m_nodes;
    AsyncTask::run(
        this, [nodes, q] { return nodes->metrics(q); },
        [this, request, q, status](api::Result<QList<api::MetricSample>> result) {
            if (request != m_request)
                return;
            m_loaded = true;
            if (!result) {
                status->setText(tr("Could not load the metrics: %1").arg(result.error().message));
                showSamples({}, q.fromMs, q.toMs);
            } else {
                m_samples = *result;
                if (m_samples.isEmpty())
                    status->clear();
                else
                    status->setText(tr("%n sample(s)", nullptr, int(m_samples.size())));
                showSamples(m_samples, q.fromMs, q.toMs);
            }
            Q_EMIT loaded();
        });
}

void NodeMetricsPanel::showSamples(const QList<api::MetricSample> &samples, qint64 fromMs,
                                   qint64 toMs)
{
    m_sampleCount = int(samples.size());
    m_fromMs = fromMs;
    m_toMs = toMs;
    if (samples.isEmpty()) {
        m_empty->setText(m_loaded ? tr("No metrics yet: the node's agent has not reported any.")
                                  : tr("Loading…"));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    QList<QPointF> cpu, mem, disk, rx, tx, load, temp;
    qint64 memMax = 0, diskMax = 0;
    double netMax = 0;
    for (const api::MetricSample &s : samples) {
        memMax = std::max(memMax, s.memoryTotalBytes);
        diskMax = std::max(diskMax, s.diskTotalBytes);
        netMax = std::max({netMax, s.netRxBytesPerSec, s.netTxBytesPerSec});
    }
    const bool memGiB = memMax >= 2 * kGiB;
    const bool diskGiB = diskMax >= 2 * kGiB;
    const double netDiv = netMax >= 2 * kMiB ? kMiB : kKiB;
    for (const api::MetricSample &s : samples) {
        const double x = double(s.atMs);
        if (s.cpuPercent >= 0)
            cpu.append({x, s.cpuPercent});
        if (s.memoryTotalBytes > 0)
            mem.append(
                {x, double(s.memoryTotalBytes - s.memoryAvailableBytes) / (memGiB ? kGiB : kMiB)});
        if (s.diskTotalBytes > 0)
            disk.append({x, double(s.diskTotalBytes - s.diskFreeBytes) / (diskGiB ? kGiB : kMiB)});
        rx.append({x, s.netRxBytesPerSec / netDiv});
        tx.append({x, s.netTxBytesPerSec / netDiv});
        load.append({x, s.load1});
        if (s.maxTemperatureC > -1000)
            temp.append({x, s.maxTemperatureC});
    }
    const QString gib = tr("GiB");
    const QString mib = tr("MiB");
    auto titled = [](const QString &title, const QList<QPointF> &points) {
        return points.isEmpty() ? tr("%1 (not reported)").arg(title) : title;
    };
    m_charts[Cpu]->setData(titled(tr("CPU"), cpu), {{tr("CPU"), cpu}}, fromMs, toMs,
                           QStringLiteral("%"));
    m_charts[Memory]->setData(titled(tr("Memory used"), mem), {{tr("Memory used"), mem}}, fromMs,
                              toMs, memGiB ? gib : mib);
    m_charts[Disk]->setData(titled(tr("Disk used"), disk), {{tr("Disk used"), disk}}, fromMs, toMs,
                            diskGiB ? gib : mib);
    m_charts[Network]->setData(tr("Network"), {{tr("Received"), rx}, {tr("Sent"), tx}}, fromMs,
                               toMs, netDiv == kMiB ? tr("MiB/s") : tr("KiB/s"));
    m_charts[Load]->setData(tr("Load (1 min)"), {{tr("Load"), load}}, fromMs, toMs, QString());
    m_charts[Temperature]->setData(titled(tr("Hottest sensor"), temp), {{tr("Temperature"), temp}},
                                   fromMs, toMs, QStringLiteral("°C"), false);
}

void NodeMetricsPanel::retranslateUi()
{
    showSamples(m_samples, m_fromMs, m_toMs);
    if (m_loaded && m_samples.isEmpty())
        m_range->statusLabel()->clear();
}

void NodeMetricsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
