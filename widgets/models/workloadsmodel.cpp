#include "widgets/models/workloadsmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <algorithm>

namespace edge::widgets {

WorkloadsModel::WorkloadsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WorkloadsModel::setWorkloads(QList<api::WorkloadStatus> workloads)
{
    std::sort(workloads.begin(), workloads.end(),
              [](const api::WorkloadStatus &a, const api::WorkloadStatus &b) {
                  return a.name < b.name;
              });
    const bool sameRows = workloads.size() == m_rows.size()
                          && std::equal(workloads.cbegin(), workloads.cend(), m_rows.cbegin(),
                                        [](const api::WorkloadStatus &a,
                                           const api::WorkloadStatus &b) {
                                            return a.name == b.name;
                                        });
    if (sameRows) {
        m_rows = std::move(workloads);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(workloads);
    endResetModel();
}

void WorkloadsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString WorkloadsModel::healthLabel(const QString &health)
{
    if (health.isEmpty())
        return tr("no check");
    if (health == QLatin1String("starting"))
        return tr("starting");
    if (health == QLatin1String("healthy"))
        return tr("healthy");
    if (health == QLatin1String("unhealthy"))
        return tr("unhealthy");
    return health;
}

int WorkloadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkloadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkloadsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::WorkloadStatus &w = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return w.name;
        case PhaseColumn: return api::workloadPhaseLabel(w.phase);
        case HealthColumn: return healthLabel(w.health);
        case RestartsColumn: return QLocale().toString(w.restarts);
        case MessageColumn: return w.message;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn && !w.message.isEmpty())
        return w.message;
    if (role == Qt::TextAlignmentRole && index.column() == RestartsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        const bool bad = (index.column() == PhaseColumn
                          && (w.phase == api::WorkloadPhase::Failed
                              || w.phase == api::WorkloadPhase::Exited
                              || w.phase == api::WorkloadPhase::Restarting))
                         || (index.column() == HealthColumn
                             && w.health == QLatin1String("unhealthy"));
        if (bad)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
    }
    return {};
}

QVariant WorkloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Workload");
    case PhaseColumn: return tr("Phase");
    case HealthColumn: return tr("Health");
    case RestartsColumn: return tr("Restarts");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

} // namespace edge::widgets
