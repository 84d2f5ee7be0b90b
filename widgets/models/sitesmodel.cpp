#include "widgets/models/sitesmodel.h"

#include "widgets/common/asynctask.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSitesModel, "edge.console.sites")

namespace edge::widgets {

namespace {

int childSlot(api::EntityKind kind)
{
    switch (kind) {
    case api::EntityKind::Cabinet: return 0;
    case api::EntityKind::Node: return 1;
    case api::EntityKind::Device: return 2;
    default: return -1;
    }
}

int &countOf(SitesModel::ChildCounts &c, int slot)
{
    return slot == 0 ? c.cabinets : slot == 1 ? c.nodes : c.devices;
}

QString coordinate(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 5) : QString();
}

} // namespace

struct SitesModel::Snapshot {
    api::Result<api::ListPage> sites;
    api::Result<api::ListPage> regions;
};

struct SitesModel::ChildSnapshot {
    // Per child kind: the (child id, site id) pairs and the revision they were read at.
    std::array<QList<std::pair<QString, QString>>, 3> links;
    std::array<qint64, 3> revisions{};
    std::optional<api::Error> error;
};

SitesModel::SitesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SitesModel::~SitesModel() = default;

void SitesModel::setInventory(std::shared_ptr<api::Inventory> inventory)
{
    m_inventory = std::move(inventory);
    ++m_loadGeneration;
    beginResetModel();
    m_sites.clear();
    m_rowById.clear();
    m_regions.clear();
    m_counts.clear();
    for (auto &h : m_childSite)
        h.clear();
    m_pendingChildChanges.clear();
    m_revision = 0;
    m_loaded = false;
    m_loading = false;
    m_countsLoaded = false;
    endResetModel();
    updateDemoCount();
}

void SitesModel::reload()
{
    if (!m_inventory)
        return;
    const int gen = ++m_loadGeneration;
    m_loading = true;
    m_countsLoaded = false;
    Q_EMIT loadStarted();
    auto inventory = m_inventory;
    QElapsedTimer timer;
    timer.start();
    AsyncTask::run(
        this,
        [inventory] {
            api::ListQuery sites;
            sites.kind = api::EntityKind::Site;
            api::ListQuery regions;
            regions.kind = api::EntityKind::Region;
            auto s = inventory->list(sites);
            auto r = inventory->list(regions);
            return std::make_shared<Snapshot>(Snapshot{std::move(s), std::move(r)});
        },
        [this, gen, timer](std::shared_ptr<Snapshot> snap) {
            if (gen != m_loadGeneration)
                return;
            m_loading = false;
            const qint64 listedMs = timer.elapsed();
            if (!snap->sites || !snap->regions) {
                const api::Error &e = !snap->sites ? snap->sites.error() : snap->regions.error();
                qCWarning(lcSitesModel) << "loading sites failed:" << e.toString();
                Q_EMIT loadFailed(e.message);
                return;
            }
            QList<api::Site> sites;
            sites.reserve(snap->sites->records.size());
            for (const api::Record &r : std::as_const(snap->sites->records)) {
                auto site = api::Site::fromRecord(r);
                if (!site) {
                    qCWarning(lcSitesModel) << "skipping site" << r.id << site.error().toString();
                    continue;
                }
                sites.append(std::move(*site));
            }
            QHash<QString, api::Region> regions;
            for (const api::Record &r : std::as_const(snap->regions->records))
                if (auto region = api::Region::fromRecord(r))
                    regions.insert(region->id, *region);

            beginResetModel();
            m_sites = std::move(sites);
            m_regions = std::move(regions);
            m_counts.clear();
            for (auto &h : m_childSite)
                h.clear();
            m_pendingChildChanges.clear();
            rebuildIndex();
            m_revision = snap->sites->revision;
            m_loaded = true;
            endResetModel();
            updateDemoCount();
            qCInfo(lcSitesModel) << "loaded" << m_sites.size() << "sites in" << timer.elapsed()
                                 << "ms (listing" << listedMs << "ms)";
            Q_EMIT regionsChanged();
            Q_EMIT loaded(m_revision);
            loadCounts();
        });
}

void SitesModel::loadCounts()
{
    const int gen = m_loadGeneration;
    auto inventory = m_inventory;
    AsyncTask::run(
        this,
        [inventory] {
            auto snap = std::make_shared<ChildSnapshot>();
            const api::EntityKind kinds[] = {api::EntityKind::Cabinet, api::EntityKind::Node,
                                             api::EntityKind::Device};
            for (int slot = 0; slot < 3; ++slot) {
                api::ListQuery q;
                q.kind = kinds[slot];
                auto page = inventory->list(q);
                if (!page) {
                    snap->error = page.error();
                    return snap;
                }
                snap->revisions[size_t(slot)] = page->revision;
                auto &links = snap->links[size_t(slot)];
                links.reserve(page->records.size());
                for (const api::Record &r : std::as_const(page->records))
                    links.append({r.id, r.fields.value(QStringLiteral("site_id")).toString()});
            }
            return snap;
        },
        [this, gen](std::shared_ptr<ChildSnapshot> snap) {
            if (gen != m_loadGeneration)
                return;
            if (snap->error) {
                qCWarning(lcSitesModel)
                    << "loading child counts failed:" << snap->error->toString();
                return;
            }
            m_counts.clear();
            for (size_t slot = 0; slot < 3; ++slot) {
                m_childSite[slot].clear();
                for (const auto &[childId, siteId] : snap->links[slot]) {
                    m_childSite[slot].insert(childId, siteId);
                    ++countOf(m_counts[siteId], int(slot));
                }
                m_childRevision[slot] = snap->revisions[slot];
            }
            m_countsLoaded = true;
            // Changes that arrived while the counts were loading, newer than what was read.
            const QList<api::Change> pending = std::exchange(m_pendingChildChanges, {});
            for (const api::Change &c : pending)
                applyChildChange(c);
            if (!m_sites.isEmpty())
                Q_EMIT dataChanged(index(0, CabinetsColumn),
                                   index(int(m_sites.size()) - 1, DevicesColumn));
            Q_EMIT countsChanged();
        });
}

void SitesModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_sites.size());
    for (int i = 0; i < m_sites.size(); ++i)
        m_rowById.insert(m_sites.at(i).id, i);
}

void SitesModel::updateDemoCount()
{
    const int n = int(
        std::count_if(m_sites.cbegin(), m_sites.cend(), [](const api::Site &s) { return s.demo; }));
    if (n == m_demoCount)
        return;
    m_demoCount = n;
    Q_EMIT demoCountChanged(n);
}

void SitesModel::applyChanges(const QList<api::Change> &changes)
{
    if (!m_loaded)
        return;
    QList<QString> removals;
    QList<api::Site> inserts;

    auto flushRemovals = [&] {
        if (removals.isEmpty())
            return;
        QList<int> rows;
        for (const QString &id : std::as_const(removals))
            if (auto it = m_rowById.constFind(id); it != m_rowById.cend())
                rows.append(*it);
        removals.clear();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        // Remove contiguous runs from the bottom up, so earlier row numbers stay valid.
        for (int i = 0; i < rows.size();) {
            int last = rows[i];
            int first = last;
            int j = i + 1;
            while (j < rows.size() && rows[j] == first - 1)
                first = rows[j++];
            beginRemoveRows({}, first, last);
            for (int r = first; r <= last; ++r)
                m_counts.remove(m_sites.at(r).id);
            m_sites.remove(first, last - first + 1);
            endRemoveRows();
            i = j;
        }
        rebuildIndex();
    };
    auto flushInserts = [&] {
        if (inserts.isEmpty())
            return;
        const int first = int(m_sites.size());
        beginInsertRows({}, first, first + int(inserts.size()) - 1);
        for (api::Site &s : inserts) {
            m_rowById.insert(s.id, int(m_sites.size()));
            m_sites.append(std::move(s));
        }
        endInsertRows();
        inserts.clear();
    };

    for (const api::Change &change : changes) {
        // Older than the list shown (equal revisions are fine: one revision may hold several changes).
        if (change.revision < m_revision)
            continue;
        m_revision = change.revision;
        switch (change.kind) {
        case api::EntityKind::Site: {
            if (change.op == api::ChangeOp::Deleted) {
                if (std::any_of(inserts.cbegin(), inserts.cend(),
                                [&](const api::Site &s) { return s.id == change.id; }))
                    flushInserts();
                removals.append(change.id);
                break;
            }
            auto site = api::Site::fromRecord(change.record);
            if (!site) {
                qCWarning(lcSitesModel)
                    << "ignoring change of site" << change.id << site.error().toString();
                break;
            }
            flushRemovals();
            if (auto it = m_rowById.constFind(site->id); it != m_rowById.cend()) {
                const int row = *it;
                m_sites[row] = std::move(*site);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            } else if (auto pending = std::find_if(inserts.begin(), inserts.end(),
                                                   [&](const api::Site &s) {
                                                       return s.id == site->id;
                                                   });
                       pending != inserts.end()) {
                *pending = std::move(*site);
            } else {
                inserts.append(std::move(*site));
            }
            break;
        }
        case api::EntityKind::Region: {
            flushRemovals();
            flushInserts();
            if (change.op == api::ChangeOp::Deleted) {
                m_regions.remove(change.id);
            } else if (auto region = api::Region::fromRecord(change.record)) {
                m_regions.insert(region->id, *region);
            }
            if (!m_sites.isEmpty())
                Q_EMIT dataChanged(index(0, RegionColumn),
                                   index(int(m_sites.size()) - 1, RegionColumn));
            Q_EMIT regionsChanged();
            break;
        }
        case api::EntityKind::Cabinet:
        case api::EntityKind::Node:
        case api::EntityKind::Device:
            flushRemovals();
            flushInserts();
            if (m_countsLoaded)
                applyChildChange(change);
            else
                m_pendingChildChanges.append(change);
            break;
        case api::EntityKind::Survey:
        case api::EntityKind::SurveyItem:
        case api::EntityKind::LimitSet:
        case api::EntityKind::CommissioningTemplate:
        case api::EntityKind::CommissioningRun:
        case api::EntityKind::CommissioningRecord: break; // not shown in the sites list
        }
    }
    flushRemovals();
    flushInserts();
    updateDemoCount();
}

void SitesModel::applyChildChange(const api::Change &change)
{
    const int slot = childSlot(change.kind);
    if (slot < 0 || change.revision <= m_childRevision[size_t(slot)])
        return;
    auto &links = m_childSite[size_t(slot)];
    const QString oldSite = links.value(change.id);
    if (change.op == api::ChangeOp::Deleted) {
        if (links.remove(change.id)) {
            if (auto it = m_counts.find(oldSite); it != m_counts.end())
                countOf(*it, slot) = std::max(0, countOf(*it, slot) - 1);
            emitCountsChanged(oldSite);
        }
        return;
    }
    const QString newSite = change.record.fields.value(QStringLiteral("site_id")).toString();
    if (links.contains(change.id) && oldSite == newSite)
        return;
    if (links.contains(change.id)) {
        if (auto it = m_counts.find(oldSite); it != m_counts.end())
            countOf(*it, slot) = std::max(0, countOf(*it, slot) - 1);
        emitCountsChanged(oldSite);
    }
    links.insert(change.id, newSite);
    ++countOf(m_counts[newSite], slot);
    emitCountsChanged(newSite);
}

void SitesModel::emitCountsChanged(const QString &siteId)
{
    const int row = rowOfId(siteId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, CabinetsColumn), index(row, DevicesColumn));
    Q_EMIT countsChanged();
}

void SitesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_sites.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_sites.size()) - 1, ColumnCount - 1));
}

int SitesModel::rowOfId(const QString &id) const { return m_rowById.value(id, -1); }

std::optional<api::Site> SitesModel::siteById(const QString &id) const
{
    const int row = rowOfId(id);
    if (row < 0)
        return std::nullopt;
    return m_sites.at(row);
}

QList<api::Region> SitesModel::regions() const
{
    QList<api::Region> out = m_regions.values();
    std::sort(out.begin(), out.end(), [](const api::Region &a, const api::Region &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

QString SitesModel::regionName(const QString &regionId) const
{
    if (regionId.isEmpty())
        return {};
    auto it = m_regions.constFind(regionId);
    return it == m_regions.cend() ? regionId : it->name;
}

SitesModel::ChildCounts SitesModel::childCounts(const QString &siteId) const
{
    return m_counts.value(siteId);
}

int SitesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SitesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SitesModel::displayValue(const api::Site &site, int column) const
{
    switch (column) {
    case NameColumn: return site.name;
    case CodeColumn: return site.code;
    case KindColumn: return api::siteKindLabel(site.kind);
    case RegionColumn: return regionName(site.regionId);
    case AddressColumn: return site.address;
    case LatitudeColumn: return coordinate(site.latitude);
    case LongitudeColumn: return coordinate(site.longitude);
    case CabinetsColumn:
    case NodesColumn:
    case DevicesColumn: {
        if (!m_countsLoaded)
            return QString();
        const ChildCounts c = childCounts(site.id);
        const int n = column == CabinetsColumn ? c.cabinets
                      : column == NodesColumn  ? c.nodes
                                               : c.devices;
        return QLocale().toString(n);
    }
    case DemoColumn: return site.demo ? tr("Demo") : QString();
    }
    return {};
}

QVariant SitesModel::sortValue(const api::Site &site, int column) const
{
    switch (column) {
    case LatitudeColumn: return site.latitude ? QVariant(*site.latitude) : QVariant(-1000.0);
    case LongitudeColumn: return site.longitude ? QVariant(*site.longitude) : QVariant(-1000.0);
    case CabinetsColumn: return childCounts(site.id).cabinets;
    case NodesColumn: return childCounts(site.id).nodes;
    case DevicesColumn: return childCounts(site.id).devices;
    case DemoColumn: return site.demo;
    default: return displayValue(site, column);
    }
}

QVariant SitesModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Site &site = m_sites.at(idx.row());
    const int column = idx.column();
    switch (role) {
    case Qt::DisplayRole: return displayValue(site, column);
    case Qt::ToolTipRole:
        if (column == NameColumn && !site.notes.isEmpty())
            return site.notes;
        if (column == DemoColumn && site.demo)
            return tr("Part of the demo estate; remove it with \"Remove demo data\".");
        if (column == AddressColumn && !site.address.isEmpty())
            return site.address;
        return {};
    case Qt::TextAlignmentRole:
        if (column == LatitudeColumn || column == LongitudeColumn || column == CabinetsColumn
            || column == NodesColumn || column == DevicesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole: return site.id;
    case SortRole: return sortValue(site, column);
    case KindNameRole: return api::siteKindName(site.kind);
    case DemoRole: return site.demo;
    case SearchTextRole:
        return QString(site.name % QLatin1Char('\n') % site.code % QLatin1Char('\n') % site.address
                       % QLatin1Char('\n') % regionName(site.regionId))
            .toLower();
    default: return {};
    }
}

QVariant SitesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case CodeColumn: return tr("Code");
        case KindColumn: return tr("Kind");
        case RegionColumn: return tr("Region");
        case AddressColumn: return tr("Address");
        case LatitudeColumn: return tr("Latitude");
        case LongitudeColumn: return tr("Longitude");
        case CabinetsColumn: return tr("Cabinets");
        case NodesColumn: return tr("Nodes");
        case DevicesColumn: return tr("Devices");
        case DemoColumn: return tr("Demo");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case LatitudeColumn: return tr("Latitude in degrees (WGS84)");
        case LongitudeColumn: return tr("Longitude in degrees (WGS84)");
        case DemoColumn: return tr("Marks sites of the demo estate");
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (section >= LatitudeColumn && section <= DevicesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

} // namespace edge::widgets
