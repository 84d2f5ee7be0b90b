// edgectl: the command-line client of EdgeConsole. See `edgectl --help`.
#include "app/edgectl/cli.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("edgectl"));
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EC_VERSION));
    // Informational log lines of the embedded hub would mix with command output; warnings stay.
    if (qEnvironmentVariableIsEmpty("EDGECTL_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    edge::i18n::install(app, {}); // the system language (LANG / LC_ALL), English as fallback
    edge::edgectl::Cli cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
