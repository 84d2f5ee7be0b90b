#pragma once

#include "backend/api/workload.h"

#include <QAbstractTableModel>
#include <QList>

namespace edge::widgets {

// The workloads of one node as its agent last reported them: name, phase, health, restarts and
// the last message. Replaced as a whole on every status refresh (rows keep their order by name).
class WorkloadsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PhaseColumn,
        HealthColumn,
        RestartsColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit WorkloadsModel(QObject *parent = nullptr);

    void setWorkloads(QList<api::WorkloadStatus> workloads);
    const QList<api::WorkloadStatus> &workloads() const { return m_rows; }
    void retranslate();

    // A translated label for a health value reported by Podman ("", "starting", "healthy", ...).
    static QString healthLabel(const QString &health);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<api::WorkloadStatus> m_rows;
};

} // namespace edge::widgets
