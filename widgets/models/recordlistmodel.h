#pragma once

#include "backend/api/entity.h"

#include <QAbstractTableModel>
#include <QList>

namespace edge::widgets {

// A read-only table of inventory records of one kind (the cabinets, nodes or devices of a site),
// with columns chosen per kind.
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cell(const api::Record &r, int column) const;

    api::EntityKind m_kind;
    QList<api::Record> m_records;
};

} // namespace edge::widgets
