#pragma once

#include "backend/api/clock.h"
#include "backend/api/workload.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace edge::widgets {

class TimeRangeSelector;
class TimeSeriesChart;

// The metrics of one node over a chosen time range (15 min, 1 h, 6 h, 24 h, 7 days) as charts:
// CPU, memory used, disk used, network receive/transmit, load and the hottest sensor. Asks the hub
// (api::Nodes::metrics, with about as many points as a chart is wide) off the GUI thread when the
// range changes and every 30 s while shown. With no samples it says so plainly.
class NodeMetricsPanel : public QWidget {
    Q_OBJECT
public:
    enum Chart { Cpu, Memory, Disk, Network, Load, Temperature, ChartCount };

    explicit NodeMetricsPanel(QWidget *parent = nullptr);
    ~NodeMetricsPanel() override;

    void setNodes(std::shared_ptr<api::Nodes> nodes, const api::Clock *clock = nullptr);
    void setNode(const QString &nodeId);
    void reload();

    // Range choices in milliseconds, in the order of the combo box.
    static QList<qint64> ranges();
    QComboBox *rangeCombo() const;
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *statusLabel() const;
    TimeSeriesChart *chart(Chart which) const { return m_charts.at(which); }
    // True while the charts (not the empty message) are shown.
    bool hasData() const { return m_sampleCount > 0; }
    int sampleCount() const { return m_sampleCount; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSamples(const QList<api::MetricSample> &samples, qint64 fromMs, qint64 toMs);
    void retranslateUi();

    std::shared_ptr<api::Nodes> m_nodes;
    QString m_nodeId;
    int m_request = 0;
    bool m_loaded = false;
    int m_sampleCount = 0;
    QList<api::MetricSample> m_samples;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;

    TimeRangeSelector *m_range = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QList<TimeSeriesChart *> m_charts;
};

} // namespace edge::widgets
