// edgectl: the command-line client of EdgeConsole. See `edgectl --help`.
#include "app/edgectl/cli.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <grpc/grpc.h>

#include <chrono>
#include <memory>
#include <thread>

namespace {

// Holds gRPC initialised for the whole run and shuts it down synchronously at the end. Without
// it the last channel may release gRPC from one of gRPC's own threads, whose shutdown then runs
// detached and can still be freeing TLS state when the process exits (LeakSanitizer reports).
class GrpcRuntime {
public:
    GrpcRuntime() { grpc_init(); }
    ~GrpcRuntime()
    {
        grpc_shutdown_blocking();
        // If a channel was still being torn down on a gRPC thread, the final shutdown runs on a
        // detached thread: give it a moment to finish before the process exits.
        for (int i = 0; i < 400 && grpc_is_initialized(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    GrpcRuntime(const GrpcRuntime &) = delete;
    GrpcRuntime &operator=(const GrpcRuntime &) = delete;
};

// `survey report`, `survey add-photo`, `commission report` and `commission record` need Qt Gui
// (PDF, fonts, images): only they get a QGuiApplication, on the offscreen platform unless one is
// configured, so edgectl keeps working without a display.
bool needsGui(int argc, char *argv[])
{
    bool survey = false;
    bool commission = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "survey")
            survey = true;
        else if (a == "commission")
            commission = true;
        else if (survey && (a == "report" || a == "add-photo"))
            return true;
        else if (commission && (a == "report" || a == "record"))
            return true; // the acceptance report; photos as evidence
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    GrpcRuntime grpcRuntime;
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("edgectl"));
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EC_VERSION));
    // Informational log lines of the embedded hub would mix with command output; warnings stay.
    if (qEnvironmentVariableIsEmpty("EDGECTL_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    edge::i18n::install(app, {}); // the system language (LANG / LC_ALL), English as fallback
    int rc = 0;
    {
        edge::edgectl::Cli cli;
        rc = cli.run(QCoreApplication::arguments().mid(1)); // every connection is closed on return
    }
    return rc;
}
