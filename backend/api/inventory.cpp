#include "backend/api/inventory.h"

#include <QCoreApplication>

namespace edge::api {

QString changeOpName(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Created: return QStringLiteral("created");
    case ChangeOp::Updated: return QStringLiteral("updated");
    case ChangeOp::Deleted: return QStringLiteral("deleted");
    }
    return {};
}

Result<Record> Inventory::resolve(EntityKind kind, const QString &idOrName, const QString &parentId)
{
    if (idOrName.isEmpty())
        return fail(Code::InvalidArgument,
                    QCoreApplication::translate("edge::api", "No %1 was named.").arg(kindName(kind)));
    auto byId = get(kind, idOrName);
    if (byId)
        return byId;
    if (byId.error().code != Code::NotFound)
        return byId;
    ListQuery q;
    q.kind = kind;
    q.name = idOrName;
    q.parentId = parentId;
    auto page = list(q);
    if (!page)
        return std::unexpected(page.error());
    if (page->records.isEmpty())
        return fail(Code::NotFound,
                    QCoreApplication::translate("edge::api", "No %1 has the id or name '%2'.")
                        .arg(kindName(kind), idOrName));
    if (page->records.size() > 1)
        return fail(Code::InvalidArgument,
                    QCoreApplication::translate(
                        "edge::api", "%1 %2s are named '%3'; use the id, or name the parent.")
                        .arg(page->records.size())
                        .arg(kindName(kind), idOrName));
    return page->records.first();
}

} // namespace edge::api
