#pragma once

#include "backend/api/entity.h"
#include "backend/api/workload.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace edge::widgets {

// A read-only table of inventory records of one kind (the cabinets, nodes or devices of a site),
// with columns chosen per kind. Nodes get one more column, the agent's presence (online, stale,
// offline with "last seen"), once setNodeStatus() was called.
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit RecordListModel(api::EntityKind kind, QObject *parent = nullptr);

    api::EntityKind kind() const { return m_kind; }
    void setRecords(QList<api::Record> records);
    const QList<api::Record> &records() const { return m_records; }
    bool containsId(const QString &id) const;
    void retranslate();
    // Nodes only: the presence of each node's agent by node id, as of `nowMs`. A node missing
    // from `status` has never connected.
    void setNodeStatus(const QHash<QString, api::NodeStatus> &status, qint64 nowMs);
    bool hasNodeStatus() const { return m_statusKnown; }
    void clearNodeStatus();
    static constexpr int kAgentColumn = 5;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cell(const api::Record &r, int column) const;

    api::EntityKind m_kind;
    QList<api::Record> m_records;
    QHash<QString, api::NodeStatus> m_status;
    qint64 m_statusAtMs = 0;
    bool m_statusKnown = false;
};

} // namespace edge::widgets
