#pragma once

#include "backend/api/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace edge::edgectl {

// One option of a command: --name VALUE, or a flag (--cascade) when valueName is empty.
struct OptionSpec {
    QString name;      // without the leading "--"
    QString valueName; // e.g. "DIR"; empty for a flag
    QString help;      // translated
    bool repeatable = false;
};

// The result of parsing a command's arguments against its option specs.
class ParsedArgs {
public:
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    // Option names in the order they were first given.
    const QStringList &given() const { return m_order; }
    QStringList positionals;

    void add(const QString &name, const QString &value);

private:
    QHash<QString, QStringList> m_values;
    QStringList m_order;
};

// Parses `args` (no program name, no command words): "--opt value", "--opt=value", flags, "-h",
// and "--" (everything after it is positional). Values may start with '-' ("--lat -33.9").
// Failures are Code::Usage with Error::field set to the option ("--foo").
api::Result<ParsedArgs> parseArgs(const QStringList &args, const QList<OptionSpec> &specs);

// Formats an option table for --help, aligned: "  --name NAME   help".
QString formatOptions(const QList<OptionSpec> &specs);

} // namespace edge::edgectl
