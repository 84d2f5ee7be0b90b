#pragma once

// One SNMP variable binding as our code sees it, independent of net-snmp: the session converts
// net-snmp's netsnmp_variable_list into these, the pure mapping reads them. OIDs are numeric and
// dotted without a leading dot ("1.3.6.1.2.1.33.1.2.1.0"); no MIB files are needed anywhere.

#include "backend/api/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace edge::snmp {

using api::Result;

enum class VarType {
    Integer,  // INTEGER / Integer32 (signed)
    Unsigned, // Gauge32 / Unsigned32
    Counter32,
    Counter64,
    TimeTicks,   // hundredths of a second
    OctetString, // DisplayString, SnmpAdminString, raw bytes
    ObjectId,
    IpAddress,
    Null,
    NoSuchObject,   // v2c/v3 exceptions: the agent has no such object
    NoSuchInstance, // ... or no such instance of it
    EndOfMibView,   // a getnext/getbulk ran past the agent's last object
    Other,
};

struct VarBind {
    QString oid;
    VarType type = VarType::Null;
    qint64 integer = 0; // Integer, Unsigned, Counter32, TimeTicks (Counter64 up to 2^63-1)
    QByteArray octets;  // OctetString, IpAddress (4 bytes)
    QString objectId;   // ObjectId, dotted without a leading dot

    bool isException() const
    {
        return type == VarType::NoSuchObject || type == VarType::NoSuchInstance
               || type == VarType::EndOfMibView;
    }
    bool isNumber() const
    {
        return type == VarType::Integer || type == VarType::Unsigned || type == VarType::Counter32
               || type == VarType::Counter64 || type == VarType::TimeTicks;
    }
    // The value as text for SensorReading::raw and logs: "305", "\"Cabinet\"", "1.3.6...".
    QString valueText() const;
};

// "INTEGER", "Gauge32", "noSuchObject", ... as in the SMI.
QString varTypeName(VarType type);

// Parses a dotted OID ("1.3.6.1.2.1.33", a leading dot allowed) into its arcs; nullopt when it is
// empty, has an empty or non-numeric arc, or an arc above 2^32-1, or more than 128 arcs.
std::optional<QList<quint32>> parseOid(const QString &oid);
// The OID without a leading dot, or an empty string when it does not parse.
QString normalizeOid(const QString &oid);
// True when `oid` lies strictly under `prefix` (both normalized, dotted).
bool oidIsUnder(const QString &oid, const QString &prefix);
// Arc order comparison, -1/0/1 (1.3.6.1.10 sorts after 1.3.6.1.9).
int compareOids(const QString &a, const QString &b);

} // namespace edge::snmp
