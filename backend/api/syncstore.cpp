#include "backend/api/syncstore.h"

namespace edge::api {

qint64 opCounter(const QString &opId)
{
    const qsizetype colon = opId.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return 0;
    bool ok = false;
    const qint64 n = QStringView(opId).mid(colon + 1).toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

QString conflictKindName(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::Field: return QStringLiteral("field");
    case ConflictKind::DeleteEdit: return QStringLiteral("delete-edit");
    case ConflictKind::Orphan: return QStringLiteral("orphan");
    case ConflictKind::DuplicateName: return QStringLiteral("duplicate-name");
    }
    return QStringLiteral("field");
}

} // namespace edge::api
