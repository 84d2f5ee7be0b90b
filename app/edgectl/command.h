#pragma once

#include "app/edgectl/args.h"
#include "app/edgectl/connection.h"
#include "app/edgectl/kinds.h"
#include "app/edgectl/output.h"

#include <functional>
#include <memory>

namespace edge::edgectl {

// What a running command sees: its parsed arguments, the global options, where to print, and the
// hub (opened on first use, so usage errors are reported before any connection is made).
class Context {
public:
    Context(Output &out, GlobalOptions globals, ParsedArgs args, QString name, const KindSpec *kind,
            Auth auth);
    ~Context();

    Output &out;
    const GlobalOptions globals;
    const ParsedArgs args;
    const QString name;         // "site add"
    const KindSpec *const kind; // null for commands that are not about an entity kind

    // The hub; on failure the error is reported and null returned (then return exitCode()).
    Connection *connect();
    int exitCode() const { return m_exitCode; }

    // Reports an error and returns its exit code. Error::field may be a schema field ("latitude")
    // or an option ("--lat"); either way the report names both where they are known.
    int fail(const api::Error &error);
    int usage(const QString &message, const QString &option = {});

private:
    Auth m_auth;
    std::unique_ptr<Connection> m_connection;
    int m_exitCode = 0;
};

// One command: `group action` (`site add`), or a single word (`login`, with an empty group).
struct Command {
    QString group;
    QString action;
    QString synopsis;    // positional arguments for the usage line, e.g. "ID|NAME"
    QString summary;     // translated
    QString description; // translated, longer text for --help (may be empty)
    QList<OptionSpec> options;
    Auth auth = Auth::Required;
    int minPositionals = 0;
    int maxPositionals = 0;
    const KindSpec *kind = nullptr;
    std::function<int(Context &)> run;

    QString fullName() const
    {
        return group.isEmpty() ? action : group + QLatin1Char(' ') + action;
    }
};

QList<Command> entityCommands();
QList<Command> accountCommands();
QList<Command> watchCommands();
QList<Command> demoCommands();
QList<Command> enrollmentCommands();
QList<Command> nodeCommands();              // nodecommands.cpp
QList<Command> installCommands();           // installcommands.cpp
QList<Command> surveyNoiseCommands();       // surveynoise.cpp: survey noise
QList<Command> surveyDistanceCommands();    // surveydistance.cpp: survey distance
QList<Command> surveyTemperatureCommands(); // surveytemperature.cpp: survey temperature
QList<Command> surveyReportCommands();      // surveyreport.cpp: survey report, add-photo, add-note
QList<Command> surveyPollCommands();        // surveypoll.cpp: survey poll (Modbus, SNMP sensors)
QList<Command> surveyLimitsCommands();      // surveylimits.cpp: survey limits ...
QList<Command> syncCommands();       // synccommands.cpp: sync (with a hub), conflicts list|resolve
QList<Command> bundleCommands();     // bundlecommands.cpp: sync export, sync import
QList<Command> commissionCommands(); // commissioncommands.cpp: commission start/status/record/...
QList<Command> reportCommands();     // reportcommands.cpp: report verify
QList<Command> surveyCommands(); // surveycommands.cpp: survey create/add-*/show (before the generic ones)

// JSON and display helpers shared by the commands.
QJsonObject recordToJson(const api::Record &record);

} // namespace edge::edgectl
