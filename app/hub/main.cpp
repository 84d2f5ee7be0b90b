// edge-hub: the headless hub. Serves the inventory over gRPC with TLS on --listen, keeps its data,
// certificate authority and certificates in --data.
//
// Exit codes: 0 after a clean shutdown (SIGTERM, SIGINT), 1 when the hub cannot start,
// 2 for usage errors.

#include "backend/hub/hub.h"
#include "translations/i18n.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = {-1, -1};

// Translation context of edge-hub's user-visible strings.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge_hub)
};

void printOut(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

extern "C" void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0)
        return false;
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &sa, nullptr) == 0 && ::sigaction(SIGINT, &sa, nullptr) == 0;
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("edge-hub: ") + message);
    printErr(Tr::tr("Run 'edge-hub --help' for the options."));
    return 2;
}

// "90s", "15m", "12h", "30d" (a bare number is seconds) in seconds; -1 when it is none of them.
qint64 parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,12})\\s*([smhd]?)\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).isEmpty() ? QLatin1Char('s') : m.captured(2).at(0).toLower();
    const qint64 factor = unit == QLatin1Char('d')   ? 24 * 3600
                          : unit == QLatin1Char('h') ? 3600
                          : unit == QLatin1Char('m') ? 60
                                                     : 1;
    return n * factor;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("edge-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGE_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} "
                                          "%{if-category}%{category} %{endif}%{type}: %{message}"));
    edge::i18n::install(app, {});

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The EdgeConsole hub: serves the inventory of regions, sites, cabinets, nodes and "
               "devices to consoles and edgectl over gRPC with TLS.\n\n"
               "On its first start it creates the data directory, a certificate authority (ca.pem: "
               "give it to every client) and the user 'admin'. The admin password comes from the "
               "environment variable EDGE_ADMIN_PASSWORD, or is generated and printed once."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        Tr::tr("The data directory (database, CA, certificates)."),
                                        Tr::tr("DIR"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        Tr::tr("The address to listen on with TLS, e.g. 0.0.0.0:7443; port 0 picks a free port."),
        Tr::tr("HOST:PORT"));
    const QCommandLineOption
        sanOption(QStringLiteral("san"),
                  Tr::tr(
                      "Another host name or IP address clients use to reach the hub, for its TLS "
                      "certificate. May be repeated."),
                  Tr::tr("NAME"));
    const QCommandLineOption ttlOption(QStringLiteral("session-ttl"),
                                       Tr::tr(
                                           "How long a sign-in lasts, in seconds (default 43200, "
                                           "12 hours)."),
                                       Tr::tr("SECONDS"));
    const QCommandLineOption heartbeatOption(
        QStringLiteral("heartbeat-interval"),
        Tr::tr("How often edge agents send a heartbeat, in milliseconds (default 10000); a node "
               "shows as stale after two missed intervals."),
        Tr::tr("MS"));
    const QCommandLineOption nodeValidityOption(
        QStringLiteral("node-certificate-validity"),
        Tr::tr("How long the certificates of edge nodes are valid, e.g. 30d, 12h, 90s (default "
               "30d, from 60s to 365d); agents renew theirs at two thirds of it."),
        Tr::tr("DURATION"));
    parser.addOptions(
        {dataOption, listenOption, sanOption, ttlOption, heartbeatOption, nodeValidityOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            Tr::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(dataOption) || parser.value(dataOption).isEmpty())
        return usageError(Tr::tr("Name the data directory with --data DIR."));
    if (!parser.isSet(listenOption) || parser.value(listenOption).isEmpty())
        return usageError(Tr::tr("Name the address to listen on with --listen HOST:PORT."));

    edge::hub::HubOptions options;
    options.dataDir = QDir(parser.value(dataOption)).absolutePath();
    options.listen = parser.value(listenOption);
    options.extraSubjectAltNames = parser.values(sanOption);
    if (parser.isSet(ttlOption)) {
        bool ok = false;
        const qint64 seconds = parser.value(ttlOption).toLongLong(&ok);
        if (!ok || seconds < 1 || seconds > 366LL * 24 * 3600)
            return usageError(Tr::tr("--session-ttl takes a number of seconds from 1 to 31622400, "
                                     "not '%1'.")
                                  .arg(parser.value(ttlOption)));
        options.sessionTtlMs = seconds * 1000;
    }
    if (parser.isSet(heartbeatOption)) {
        bool ok = false;
        const qint64 ms = parser.value(heartbeatOption).toLongLong(&ok);
        if (!ok || ms < 100 || ms > 3'600'000)
            return usageError(Tr::tr("--heartbeat-interval takes a number of milliseconds from "
                                     "100 to 3600000, not '%1'.")
                                  .arg(parser.value(heartbeatOption)));
        options.heartbeatIntervalMs = ms;
    }
    if (parser.isSet(nodeValidityOption)) {
        const qint64 seconds = parseDuration(parser.value(nodeValidityOption));
        if (seconds < edge::hub::HubOptions::kMinNodeCertificateValiditySeconds
            || seconds > edge::hub::HubOptions::kMaxNodeCertificateValiditySeconds)
            return usageError(Tr::tr("--node-certificate-validity takes a duration from 60s to "
                                     "365d (e.g. 30d, 12h, 90s), not '%1'.")
                                  .arg(parser.value(nodeValidityOption)));
        options.nodeCertificateValiditySeconds = seconds;
    }

    if (!installSignalHandlers()) {
        printErr(Tr::tr("edge-hub: cannot install the signal handlers."));
        return 1;
    }
    QSocketNotifier signalNotifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });

    auto hub = edge::hub::Hub::open(options);
    if (!hub) {
        printErr(QStringLiteral("edge-hub: ") + hub.error().toString());
        const auto code = hub.error().code;
        return code == edge::api::Code::InvalidArgument || code == edge::api::Code::Usage
                       || code == edge::api::Code::Validation
                   ? 2
                   : 1;
    }

    printOut(Tr::tr("edge-hub listening on %1 (TLS), CA: %2")
                 .arg((*hub)->listenAddress(), (*hub)->caCertificatePath()));
    const QString generated = (*hub)->generatedAdminPassword();
    if (!generated.isEmpty()) {
        printOut(Tr::tr("Generated password for the user 'admin': %1").arg(generated));
        printOut(Tr::tr("It is shown only this once. Sign in as admin and change it now."));
    }

    const int rc = QCoreApplication::exec();
    (*hub)->shutdown();
    hub->reset();
    return rc;
}
