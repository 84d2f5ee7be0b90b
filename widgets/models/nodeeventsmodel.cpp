#include "widgets/models/nodeeventsmodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace edge::widgets {

namespace {

bool newerFirst(const api::NodeEvent &a, const api::NodeEvent &b)
{
    if (a.atMs != b.atMs)
        return a.atMs > b.atMs;
    return a.agentSeq > b.agentSeq;
}

bool sameEvent(const api::NodeEvent &a, const api::NodeEvent &b)
{
    return a.nodeId == b.nodeId && a.agentSeq == b.agentSeq && a.atMs == b.atMs && a.type == b.type
           && a.message == b.message;
}

QColor severityColour(api::EventSeverity s)
{
    switch (s) {
    case api::EventSeverity::Info: return {};
    case api::EventSeverity::Warning: return QColor(0x9a, 0x5b, 0x00);
    case api::EventSeverity::Error: return QColor(0xb0, 0x1c, 0x1c);
    }
    return {};
}

} // namespace

NodeEventsModel::NodeEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NodeEventsModel::setEvents(QList<api::NodeEvent> events)
{
    std::stable_sort(events.begin(), events.end(), &newerFirst);
    // Only newer events on top of the rows we have: insert them, keep the rest.
    const qsizetype added = events.size() - m_rows.size();
    if (!m_rows.isEmpty() && added >= 0
        && std::equal(m_rows.cbegin(), m_rows.cend(), events.cbegin() + added, &sameEvent)) {
        if (added > 0) {
            beginInsertRows({}, 0, int(added) - 1);
            m_rows = std::move(events);
            endInsertRows();
        } else {
            m_rows = std::move(events);
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(events);
    endResetModel();
}

void NodeEventsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void NodeEventsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

bool NodeEventsModel::isKnownType(const QString &type) { return typeLabel(type) != type; }

QString NodeEventsModel::typeLabel(const QString &type)
{
    struct Known {
        const char *type;
        const char *text;
    };
    static constexpr Known kKnown[] = {
        {"agent.started", QT_TR_NOOP("Agent started")},
        {"workload.created", QT_TR_NOOP("Workload created")},
        {"workload.started", QT_TR_NOOP("Workload started")},
        {"workload.restarted", QT_TR_NOOP("Workload restarted")},
        {"workload.removed", QT_TR_NOOP("Workload removed")},
        {"workload.failed", QT_TR_NOOP("Workload failed")},
        {"image.loaded", QT_TR_NOOP("Image loaded")},
        {"image.failed", QT_TR_NOOP("Image could not be loaded")},
        {"certificate.renewed", QT_TR_NOOP("Certificate renewed")},
        {"outbox.dropped", QT_TR_NOOP("Agent dropped unsent records")},
        {"hub.malformed-record", QT_TR_NOOP("Hub could not read a record from the agent")},
    };
    for (const Known &k : kKnown)
        if (type == QLatin1String(k.type))
            return tr(k.text);
    return type;
}

QString NodeEventsModel::severityLabel(api::EventSeverity severity)
{
    switch (severity) {
    case api::EventSeverity::Info: return tr("Info");
    case api::EventSeverity::Warning: return tr("Warning");
    case api::EventSeverity::Error: return tr("Error");
    }
    return tr("Info");
}

QIcon NodeEventsModel::severityIcon(api::EventSeverity severity) const
{
    if (m_icons.isEmpty()) {
        QStyle *style = QApplication::style();
        if (!style)
            return {};
        m_icons = {style->standardIcon(QStyle::SP_MessageBoxInformation),
                   style->standardIcon(QStyle::SP_MessageBoxWarning),
                   style->standardIcon(QStyle::SP_MessageBoxCritical)};
    }
    return m_icons.value(int(severity));
}

int NodeEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NodeEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::NodeEvent &e = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn: {
            const QLocale locale;
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime();
            return locale.toString(at, locale.dateFormat(QLocale::ShortFormat)
                                           + QStringLiteral(" HH:mm:ss"));
        }
        case SeverityColumn: return severityLabel(e.severity);
        case TypeColumn: return typeLabel(e.type);
        case WorkloadColumn: return e.workload;
        case MessageColumn: return e.message;
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case TimeColumn:
            return tr("%1 UTC").arg(QDateTime::fromMSecsSinceEpoch(e.atMs).toUTC().toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        case TypeColumn: return e.type; // the machine name, for searching logs
        case MessageColumn: return e.message.isEmpty() ? QVariant() : QVariant(e.message);
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return severityIcon(e.severity);
        return {};
    case Qt::ForegroundRole:
        if (column == SeverityColumn || column == TypeColumn) {
            const QColor c = severityColour(e.severity);
            if (c.isValid())
                return QBrush(c);
        }
        return {};
    case RawRole:
        switch (column) {
        case TimeColumn: return e.atMs;
        case SeverityColumn: return api::eventSeverityName(e.severity);
        case TypeColumn: return e.type;
        case WorkloadColumn: return e.workload;
        case MessageColumn: return e.message;
        default: return {};
        }
    default: return {};
    }
}

QVariant NodeEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case SeverityColumn: return tr("Severity");
    case TypeColumn: return tr("Event");
    case WorkloadColumn: return tr("Workload");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

} // namespace edge::widgets
