#pragma once

#include "backend/api/clock.h"
#include "backend/api/workload.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace edge::widgets {

class NodeEventsModel;
class TimeRangeSelector;

// The events of one node, newest first, in a table (api::Nodes::events, at most kLimit of them)
// over a chosen time range (1 h, 24 h, 7 days, all). Asks the hub off the GUI thread when the
// range changes and every refreshInterval() (10 s) while shown. Says plainly when there are none,
// and shows an error line (keeping the rows it has) when the hub does not answer.
class NodeEventsPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kLimit = 500;

    explicit NodeEventsPanel(QWidget *parent = nullptr);
    ~NodeEventsPanel() override;

    void setNodes(std::shared_ptr<api::Nodes> nodes, const api::Clock *clock = nullptr);
    void setNode(const QString &nodeId);
    // Asks the hub now (in the background); loaded() follows.
    void reload();

    // Range choices in milliseconds, in the order of the combo box; 0 = all.
    static QList<qint64> ranges();
    int refreshInterval() const;
    void setRefreshInterval(int ms);

    QComboBox *rangeCombo() const;
    QTableView *view() const { return m_view; }
    NodeEventsModel *model() const { return m_model; }
    QLabel *emptyLabel() const { return m_empty; }
    QLabel *statusLabel() const;
    QLabel *errorLabel() const { return m_error; }
    // The last answer's error (empty when the hub answered).
    QString lastError() const { return m_lastError; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void retranslateUi();

    std::shared_ptr<api::Nodes> m_nodes;
    QString m_nodeId;
    int m_request = 0;
    bool m_loaded = false;
    QString m_lastError;

    TimeRangeSelector *m_range = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_view = nullptr;
    NodeEventsModel *m_model = nullptr;
};

} // namespace edge::widgets
