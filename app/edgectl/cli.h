#pragma once

#include "app/edgectl/command.h"

namespace edge::edgectl {

// edgectl's front door: finds the command in the arguments (global options may come before or
// after it), parses its options, prints help, runs it and returns the exit code:
// 0 success, 1 error (not found, validation, auth, unreachable), 2 usage.
class Cli {
public:
    Cli();
    int run(const QStringList &arguments);

    static QList<OptionSpec> globalOptionSpecs();

private:
    QString topHelp() const;
    QString groupHelp(const QString &group) const;
    QString commandHelp(const Command &command) const;
    QStringList groups() const;
    const Command *find(const QString &group, const QString &action) const;
    bool isGroup(const QString &word) const;

    QList<Command> m_commands;
    Output m_out;
};

} // namespace edge::edgectl
