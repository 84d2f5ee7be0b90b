#include "widgets/models/recordlistmodel.h"

#include "backend/api/inventorytypes.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

namespace edge::widgets {

namespace {
QString field(const api::Record &r, const char *name)
{
    return r.fields.value(QString::fromLatin1(name)).toString();
}
} // namespace

RecordListModel::RecordListModel(api::EntityKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void RecordListModel::setRecords(QList<api::Record> records)
{
    std::sort(records.begin(), records.end(), [](const api::Record &a, const api::Record &b) {
        return QString::localeAwareCompare(a.name(), b.name()) < 0;
    });
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

bool RecordListModel::containsId(const QString &id) const
{
    return std::any_of(m_records.cbegin(), m_records.cend(),
                       [&](const api::Record &r) { return r.id == id; });
}

void RecordListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case api::EntityKind::Cabinet: return 5;
    case api::EntityKind::Node: return 6;
    case api::EntityKind::Device: return 5;
    default: return 1;
    }
}

QString RecordListModel::cell(const api::Record &r, int column) const
{
    if (column == 0)
        return r.name();
    switch (m_kind) {
    case api::EntityKind::Cabinet:
        switch (column) {
        case 1: return tr("%1 U").arg(r.fields.value(QStringLiteral("height_u")).toLongLong());
        case 2: return field(r, "model");
        case 3: return field(r, "serial");
        case 4: return r.fields.value(QStringLiteral("demo")).toBool() ? tr("Demo") : QString();
        }
        break;
    case api::EntityKind::Node:
        switch (column) {
        case 1: {
            const auto role = api::nodeRoleFromName(field(r, "role"));
            return role ? api::nodeRoleLabel(*role) : field(r, "role");
        }
        case 2: {
            const QString vendor = field(r, "vendor");
            const QString model = field(r, "model");
            return vendor.isEmpty()  ? model
                   : model.isEmpty() ? vendor
                                     : vendor + QLatin1Char(' ') + model;
        }
        case 3: return field(r, "mgmt_address");
        case 4: return r.fields.value(QStringLiteral("demo")).toBool() ? tr("Demo") : QString();
        case kAgentColumn: {
            if (!m_statusKnown)
                return QStringLiteral("…");
            const auto it = m_status.constFind(r.id);
            if (it == m_status.cend() || it->lastSeenMs <= 0)
                return tr("%1 · never connected").arg(api::nodeStateLabel(api::NodeState::Offline));
            // Never better than the age of the last heartbeat allows.
            api::NodeState state = api::presenceAt(m_statusAtMs, it->lastSeenMs,
                                                   it->heartbeatIntervalMs,
                                                   it->state != api::NodeState::Offline);
            if (int(it->state) > int(state))
                state = it->state;
            if (state == api::NodeState::Online)
                return api::nodeStateLabel(state);
            const qint64 s = std::max<qint64>(0, (m_statusAtMs - it->lastSeenMs) / 1000);
            const QString ago = s < 120         ? tr("%n s ago", nullptr, int(s))
                                : s < 7200      ? tr("%n min ago", nullptr, int(s / 60))
                                : s < 2 * 86400 ? tr("%n h ago", nullptr, int(s / 3600))
                                                : tr("%n days ago", nullptr, int(s / 86400));
            return tr("%1 · last seen %2").arg(api::nodeStateLabel(state), ago);
        }
        }
        break;
    case api::EntityKind::Device:
        switch (column) {
        case 1: {
            const auto kind = api::deviceKindFromName(field(r, "kind"));
            return kind ? api::deviceKindLabel(*kind) : field(r, "kind");
        }
        case 2: return field(r, "model");
        case 3: {
            const QString protocol = field(r, "protocol");
            const QString address = field(r, "address");
            if (protocol.isEmpty() || protocol == u"none")
                return address;
            return address.isEmpty() ? protocol : protocol + QStringLiteral(" · ") + address;
        }
        case 4: return r.fields.value(QStringLiteral("demo")).toBool() ? tr("Demo") : QString();
        }
        break;
    default: break;
    }
    return {};
}

QVariant RecordListModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Record &r = m_records.at(idx.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return cell(r, idx.column());
    case IdRole: return r.id;
    case Qt::ForegroundRole: {
        if (m_kind != api::EntityKind::Node || idx.column() != kAgentColumn || !m_statusKnown)
            return {};
        const auto it = m_status.constFind(r.id);
        if (it == m_status.cend() || it->lastSeenMs <= 0)
            return QColor(0x75, 0x75, 0x75);
        const api::NodeState aged = api::presenceAt(m_statusAtMs, it->lastSeenMs,
                                                    it->heartbeatIntervalMs,
                                                    it->state != api::NodeState::Offline);
        const int worst = std::max(int(aged), int(it->state));
        return worst == int(api::NodeState::Online)  ? QColor(0x1e, 0x7d, 0x32)
               : worst == int(api::NodeState::Stale) ? QColor(0xb2, 0x6a, 0x00)
                                                     : QColor(0x75, 0x75, 0x75);
    }
    default: return {};
    }
}

void RecordListModel::clearNodeStatus()
{
    m_status.clear();
    m_statusKnown = false;
    if (!m_records.isEmpty() && m_kind == api::EntityKind::Node)
        Q_EMIT dataChanged(index(0, kAgentColumn), index(rowCount() - 1, kAgentColumn));
}

void RecordListModel::setNodeStatus(const QHash<QString, api::NodeStatus> &status, qint64 nowMs)
{
    if (m_kind != api::EntityKind::Node)
        return;
    m_status = status;
    m_statusAtMs = nowMs;
    m_statusKnown = true;
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, kAgentColumn), index(rowCount() - 1, kAgentColumn));
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Name");
    if (section == 4)
        return tr("Demo");
    if (section == kAgentColumn && m_kind == api::EntityKind::Node)
        return tr("Agent");
    switch (m_kind) {
    case api::EntityKind::Cabinet:
        return section == 1 ? tr("Height") : section == 2 ? tr("Model") : tr("Serial number");
    case api::EntityKind::Node:
        return section == 1 ? tr("Role") : section == 2 ? tr("Hardware") : tr("Management address");
    case api::EntityKind::Device:
        return section == 1 ? tr("Kind") : section == 2 ? tr("Model") : tr("Protocol and address");
    default: return {};
    }
}

} // namespace edge::widgets
