#include "device-protocols/snmp/varbind.h"

#include <QStringList>

#include <algorithm>

namespace edge::snmp {

QString varTypeName(VarType type)
{
    switch (type) {
    case VarType::Integer: return QStringLiteral("INTEGER");
    case VarType::Unsigned: return QStringLiteral("Gauge32");
    case VarType::Counter32: return QStringLiteral("Counter32");
    case VarType::Counter64: return QStringLiteral("Counter64");
    case VarType::TimeTicks: return QStringLiteral("TimeTicks");
    case VarType::OctetString: return QStringLiteral("OCTET STRING");
    case VarType::ObjectId: return QStringLiteral("OBJECT IDENTIFIER");
    case VarType::IpAddress: return QStringLiteral("IpAddress");
    case VarType::Null: return QStringLiteral("NULL");
    case VarType::NoSuchObject: return QStringLiteral("noSuchObject");
    case VarType::NoSuchInstance: return QStringLiteral("noSuchInstance");
    case VarType::EndOfMibView: return QStringLiteral("endOfMibView");
    case VarType::Other: break;
    }
    return QStringLiteral("other");
}

QString VarBind::valueText() const
{
    if (isNumber())
        return QString::number(integer);
    switch (type) {
    case VarType::OctetString: {
        const QString text = QString::fromUtf8(octets);
        const bool printable = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.isPrint() || c == QLatin1Char(' ');
        });
        if (printable)
            return QLatin1Char('"') + text + QLatin1Char('"');
        return QStringLiteral("0x") + QString::fromLatin1(octets.toHex());
    }
    case VarType::ObjectId: return objectId;
    case VarType::IpAddress:
        if (octets.size() == 4)
            return QStringLiteral("%1.%2.%3.%4")
                .arg(quint8(octets[0]))
                .arg(quint8(octets[1]))
                .arg(quint8(octets[2]))
                .arg(quint8(octets[3]));
        return QStringLiteral("0x") + QString::fromLatin1(octets.toHex());
    default: return varTypeName(type);
    }
}

std::optional<QList<quint32>> parseOid(const QString &oid)
{
    QStringView view(oid);
    if (view.startsWith(QLatin1Char('.')))
        view = view.mid(1);
    if (view.isEmpty())
        return std::nullopt;
    QList<quint32> arcs;
    for (QStringView part : view.split(QLatin1Char('.'))) {
        if (part.isEmpty() || arcs.size() >= 128)
            return std::nullopt;
        bool ok = false;
        const qulonglong arc = part.toULongLong(&ok);
        if (!ok || arc > 0xFFFFFFFFULL || !part.front().isDigit())
            return std::nullopt;
        arcs.append(quint32(arc));
    }
    return arcs;
}

QString normalizeOid(const QString &oid)
{
    const auto arcs = parseOid(oid);
    if (!arcs)
        return {};
    QStringList parts;
    parts.reserve(arcs->size());
    for (quint32 arc : *arcs)
        parts.append(QString::number(arc));
    return parts.join(QLatin1Char('.'));
}

bool oidIsUnder(const QString &oid, const QString &prefix)
{
    return oid.size() > prefix.size() + 1 && oid.startsWith(prefix)
           && oid.at(prefix.size()) == QLatin1Char('.');
}

int compareOids(const QString &a, const QString &b)
{
    const auto x = parseOid(a).value_or(QList<quint32>{});
    const auto y = parseOid(b).value_or(QList<quint32>{});
    if (std::lexicographical_compare(x.cbegin(), x.cend(), y.cbegin(), y.cend()))
        return -1;
    if (std::lexicographical_compare(y.cbegin(), y.cend(), x.cbegin(), x.cend()))
        return 1;
    return 0;
}

} // namespace edge::snmp
