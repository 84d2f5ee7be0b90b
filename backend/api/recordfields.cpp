#include "backend/api/recordfields.h"

#include <QCoreApplication>

namespace edge::api::recordfields {

QString text(const Record &r, const char *field)
{
    return r.fields.value(QString::fromLatin1(field)).toString();
}

qint64 integer(const Record &r, const char *field, qint64 fallback)
{
    const QVariant v = r.fields.value(QString::fromLatin1(field));
    return v.isNull() ? fallback : v.toLongLong();
}

bool flag(const Record &r, const char *field)
{
    return r.fields.value(QString::fromLatin1(field)).toBool();
}

std::optional<double> real(const Record &r, const char *field)
{
    const QVariant v = r.fields.value(QString::fromLatin1(field));
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toDouble();
}

QVariant optionalText(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

Record makeRecord(EntityKind kind, const QString &id, qint64 revision)
{
    Record r;
    r.kind = kind;
    r.id = id;
    r.revision = revision;
    return r;
}

std::unexpected<Error> invalid(const QString &field, const QString &message)
{
    return fail(Code::Validation, message, {}, field);
}

Result<void> checkName(const QString &name, int maxLen)
{
    const QString t = name.trimmed();
    if (t.isEmpty())
        return invalid(QStringLiteral("name"),
                       QCoreApplication::translate("edge::api", "The name must not be empty."));
    if (t != name)
        return invalid(QStringLiteral("name"),
                       QCoreApplication::translate("edge::api",
                                                   "The name must not start or end with spaces."));
    if (name.size() > maxLen)
        return invalid(QStringLiteral("name"),
                       QCoreApplication::translate("edge::api",
                                                   "The name is longer than %1 characters.")
                           .arg(maxLen));
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            return invalid(QStringLiteral("name"),
                           QCoreApplication::translate("edge::api",
                                                       "The name contains a control character."));
    return {};
}

} // namespace edge::api::recordfields
