#pragma once

#include <QSortFilterProxyModel>

namespace edge::widgets {

// Search box and kind filter over SitesModel: a row passes when its kind matches (or no kind is
// chosen) and every word of the search text occurs in its name, code, address or region.
class SiteFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SiteFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    // A site kind name ("cabinet-site"), or empty for all kinds.
    void setKindFilter(const QString &kindName);
    QString kindFilter() const { return m_kind; }
    bool isFiltering() const { return !m_words.isEmpty() || !m_kind.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QString m_kind;
};

} // namespace edge::widgets
