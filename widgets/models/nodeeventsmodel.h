#pragma once

#include "backend/api/workload.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace edge::widgets {

// The events of one node, newest first: time (local; UTC in the tooltip), severity (icon, colour
// and text), what happened (a translated description of the event type; unknown types raw), the
// workload and the agent's message. A refresh that only adds newer events inserts them at the top
// (the view keeps its selection and scroll position); anything else resets the model.
class NodeEventsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        SeverityColumn,
        TypeColumn,
        WorkloadColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    // Qt::UserRole + 0: the raw value of a cell (atMs, severity name, type name, ...).
    static constexpr int RawRole = Qt::UserRole;

    explicit NodeEventsModel(QObject *parent = nullptr);

    void setEvents(QList<api::NodeEvent> events);
    const QList<api::NodeEvent> &events() const { return m_rows; }
    void clear();
    void retranslate();

    // A translated description of a known event type ("workload.restarted" -> "Workload
    // restarted"); an unknown type comes back as it is.
    static QString typeLabel(const QString &type);
    static bool isKnownType(const QString &type);
    static QString severityLabel(api::EventSeverity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QIcon severityIcon(api::EventSeverity severity) const;

    QList<api::NodeEvent> m_rows;
    mutable QList<QIcon> m_icons; // by severity, made on first use
};

} // namespace edge::widgets
