#include "widgets/models/sitefilterproxymodel.h"

#include "widgets/models/sitesmodel.h"

namespace edge::widgets {

SiteFilterProxyModel::SiteFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SitesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void SiteFilterProxyModel::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void SiteFilterProxyModel::setKindFilter(const QString &kindName)
{
    if (kindName == m_kind)
        return;
    m_kind = kindName;
    invalidateRowsFilter();
}

bool SiteFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && idx.data(SitesModel::KindNameRole).toString() != m_kind)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = idx.data(SitesModel::SearchTextRole).toString();
    for (const QString &w : m_words)
        if (!haystack.contains(w))
            return false;
    return true;
}

bool SiteFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SitesModel::SortRole);
    const QVariant r = right.data(SitesModel::SortRole);
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int c = QString::localeAwareCompare(l.toString().toLower(), r.toString().toLower());
        if (c != 0)
            return c < 0;
        // Ties (same kind, same region) fall back to the name so the order is stable.
        const QModelIndex ln = left.siblingAtColumn(SitesModel::NameColumn);
        const QModelIndex rn = right.siblingAtColumn(SitesModel::NameColumn);
        return QString::localeAwareCompare(ln.data().toString(), rn.data().toString()) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace edge::widgets
