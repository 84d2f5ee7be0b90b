#pragma once

#include "backend/api/inventory.h"
#include "backend/api/inventorytypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <array>
#include <memory>
#include <optional>

namespace edge::widgets {

// The sites of a hub as a flat table. Loads off the GUI thread (AsyncTask), then follows the
// hub's change feed: applyChanges() turns each change into beginInsertRows / dataChanged /
// beginRemoveRows, never a reset. Child counts (cabinets, nodes, devices per site) load in a
// second pass after the sites are shown and follow the feed too.
class SitesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CodeColumn,
        KindColumn,
        RegionColumn,
        AddressColumn,
        LatitudeColumn,
        LongitudeColumn,
        CabinetsColumn,
        NodesColumn,
        DevicesColumn,
        DemoColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,       // typed value to sort by (numbers for coordinates and counts)
        KindNameRole,   // "cabinet-site", ...
        DemoRole,       // bool
        SearchTextRole, // lower-case name, code, address and region, for the search box
    };
    struct ChildCounts {
        int cabinets = 0;
        int nodes = 0;
        int devices = 0;
        int total() const { return cabinets + nodes + devices; }
    };

    explicit SitesModel(QObject *parent = nullptr);
    ~SitesModel() override;

    void setInventory(std::shared_ptr<api::Inventory> inventory);
    // Loads (again) in the background; loaded() or loadFailed() follows.
    void reload();
    // Applies changes from the change feed (GUI thread).
    void applyChanges(const QList<edge::api::Change> &changes);
    // Re-emits header and kind labels after the language changed.
    void retranslate();

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    bool countsLoaded() const { return m_countsLoaded; }
    qint64 revision() const { return m_revision; }
    int demoCount() const { return m_demoCount; }

    int rowOfId(const QString &id) const;
    std::optional<api::Site> siteById(const QString &id) const;
    const api::Site &siteAt(int row) const { return m_sites.at(row); }
    // Regions, sorted by name.
    QList<api::Region> regions() const;
    QString regionName(const QString &regionId) const;
    ChildCounts childCounts(const QString &siteId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadStarted();
    void loaded(qint64 revision);
    void loadFailed(const QString &message);
    void demoCountChanged(int count);
    void countsChanged();
    void regionsChanged();

private:
    struct Snapshot;
    struct ChildSnapshot;
    void loadCounts();
    void applyChildChange(const api::Change &change);
    void emitCountsChanged(const QString &siteId);
    void rebuildIndex();
    void updateDemoCount();
    QVariant displayValue(const api::Site &site, int column) const;
    QVariant sortValue(const api::Site &site, int column) const;

    std::shared_ptr<api::Inventory> m_inventory;
    QList<api::Site> m_sites;
    QHash<QString, int> m_rowById;
    QHash<QString, api::Region> m_regions;
    // Child counts: per site, and which site each child belongs to (index 0 cabinets, 1 nodes, 2 devices).
    QHash<QString, ChildCounts> m_counts;
    std::array<QHash<QString, QString>, 3> m_childSite;
    std::array<qint64, 3> m_childRevision{};
    QList<api::Change> m_pendingChildChanges;
    qint64 m_revision = 0;
    int m_loadGeneration = 0;
    int m_demoCount = 0;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_countsLoaded = false;
};

} // namespace edge::widgets
