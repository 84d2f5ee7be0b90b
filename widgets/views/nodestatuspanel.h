#pragma once

#include "backend/api/clock.h"
#include "backend/api/workload.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QTableView;

namespace edge::widgets {

class WorkloadsModel;

// One edge node's presence and agent as the hub reports them: a state badge (online / stale /
// offline, colour and text), "last seen N s ago" (counted each second locally, without a hub
// call), certificate expiry, agent version, hostname, desired against applied generation, records
// the agent dropped, and its workloads. Asks the hub again every refreshInterval() off the GUI
// thread. A node the hub holds no status for is shown as offline, never connected.
class NodeStatusPanel : public QWidget {
    Q_OBJECT
public:
    explicit NodeStatusPanel(QWidget *parent = nullptr);
    ~NodeStatusPanel() override;

    // `clock` (optional, must outlive the panel) replaces the system clock (tests).
    void setNodes(std::shared_ptr<api::Nodes> nodes, const api::Clock *clock = nullptr);
    void setNode(const QString &nodeId, const QString &siteId);
    QString nodeId() const { return m_nodeId; }

    void setRefreshInterval(int ms);
    int refreshInterval() const { return m_refreshTimer.interval(); }
    // Asks the hub now (in the background); refreshed() follows.
    void refresh();

    // The last status the hub gave (nullopt before the first answer or after a failure).
    const std::optional<api::NodeStatus> &status() const { return m_status; }
    // The state shown: the hub's, made worse locally when the last heartbeat has grown old since
    // (a silent node never stays green). nullopt: not known (no answer from the hub).
    std::optional<api::NodeState> shownState() const;
    QString lastError() const { return m_error; }

    QLabel *stateBadge() const { return m_badge; }
    QLabel *lastSeenLabel() const { return m_lastSeen; }
    QLabel *certificateLabel() const { return m_certificate; }
    QLabel *agentLabel() const { return m_agent; }
    QLabel *hostnameLabel() const { return m_hostname; }
    QLabel *generationLabel() const { return m_generation; }
    QLabel *droppedLabel() const { return m_dropped; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QLabel *workloadsEmptyLabel() const { return m_workloadsEmpty; }
    WorkloadsModel *workloads() const { return m_workloads; }
    QTableView *workloadsView() const { return m_workloadsView; }

    // "12 s ago", "3 min ago", "2 h ago", "4 days ago" (translated).
    static QString ago(qint64 ms);

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 now() const;
    void updateView();
    void updateLastSeen();
    void retranslateUi();

    std::shared_ptr<api::Nodes> m_nodes;
    const api::Clock *m_clock = nullptr;
    api::SystemClock m_systemClock;
    QString m_nodeId;
    QString m_siteId;
    std::optional<api::NodeStatus> m_status;
    QString m_error;
    bool m_loading = false;
    int m_request = 0;
    QTimer m_refreshTimer;
    QTimer m_tickTimer;

    QFormLayout *m_form = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_lastSeen = nullptr;
    QLabel *m_certificate = nullptr;
    QLabel *m_agent = nullptr;
    QLabel *m_hostname = nullptr;
    QLabel *m_generation = nullptr;
    QLabel *m_dropped = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_workloadsTitle = nullptr;
    QLabel *m_workloadsEmpty = nullptr;
    QList<QLabel *> m_captions;
    WorkloadsModel *m_workloads = nullptr;
    QTableView *m_workloadsView = nullptr;
};

} // namespace edge::widgets
