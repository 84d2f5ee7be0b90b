#pragma once

#include "backend/api/clock.h"
#include "backend/api/workload.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTabWidget;

namespace edge::widgets {

class NodeEventsPanel;
class NodeMetricsPanel;
class NodeStatusPanel;

// One edge node in its own window, opened from the Sites page: its status (presence, certificate,
// agent, workloads), its metrics charts and its events, in three tabs.
class NodePage : public QWidget {
    Q_OBJECT
public:
    NodePage(std::shared_ptr<api::Nodes> nodes, const QString &nodeId, const QString &nodeName,
             const QString &siteId, const QString &siteName, QWidget *parent = nullptr,
             const api::Clock *clock = nullptr);
    ~NodePage() override;

    QString nodeId() const { return m_nodeId; }
    NodeStatusPanel *statusPanel() const { return m_status; }
    NodeMetricsPanel *metricsPanel() const { return m_metrics; }
    NodeEventsPanel *eventsPanel() const { return m_events; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_nodeId;
    QString m_nodeName;
    QString m_siteName;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    NodeStatusPanel *m_status = nullptr;
    NodeMetricsPanel *m_metrics = nullptr;
    NodeEventsPanel *m_events = nullptr;
};

} // namespace edge::widgets
