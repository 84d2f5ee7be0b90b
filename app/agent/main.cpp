// edge-agent: keeps its node's containers in line with what the hub wants and reports back.
//
//   edge-agent --data DIR --hub HOST:PORT --ca FILE [--token TOKEN | --token-file FILE]
//              [--name NAME] [--config FILE] [--podman-socket PATH]
//
// The first start with a token enrolls the node (TLS trusting --ca, bootstrap token, CSR for a
// fresh key); from then on the agent speaks only mutual TLS. Runs in the foreground, logs to
// stderr, stops cleanly on SIGTERM/SIGINT (containers keep running).
//
// Exit codes: 0 after a clean shutdown, 1 when the agent cannot start (enrollment refused, wrong
// CA, unreadable data directory), 2 for usage errors.

#include "backend/agent/agent.h"
#include "backend/agent/agentconfig.h"
#include "backend/agent/controlchannel.h"
#include "backend/agent/enrollment.h"
#include "backend/client/client.h"
#include "translations/i18n.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <pthread.h>

namespace {

// Translation context of edge-agent's user-visible strings.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge_agent)
};

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("edge-agent: ") + message);
    printErr(Tr::tr("Run 'edge-agent --help' for the options."));
    return 2;
}

int enroll(const edge::agent::AgentConfig &config)
{
    using edge::agent::Enrollment;
    if (config.caFile.isEmpty())
        return usageError(Tr::tr("The node is not enrolled yet: pass --ca FILE (the hub's "
                                 "ca.pem) with the bootstrap token."));
    auto channel = edge::client::Client::secureChannel(config.hub, config.caFile);
    if (!channel) {
        printErr(QStringLiteral("edge-agent: ") + channel.error().message);
        return 1;
    }
    auto csr = Enrollment::createKeyAndRequest(config.dataDir, config.nodeName);
    if (!csr) {
        printErr(QStringLiteral("edge-agent: ") + csr.error().message);
        return 1;
    }
    edge::client::Client client(*channel, config.hub);
    auto result = client.enroll(config.token, config.nodeName, *csr);
    if (!result) {
        printErr(QStringLiteral("edge-agent: ")
                 + Tr::tr("Enrollment at %1 failed: %2").arg(config.hub, result.error().message));
        QFile::remove(Enrollment::keyPath(config.dataDir));
        return 1;
    }
    if (auto stored = Enrollment::storeCertificate(config.dataDir, result->certificatePem,
                                                   result->caChainPem);
        !stored) {
        printErr(QStringLiteral("edge-agent: ") + stored.error().message);
        return 1;
    }
    qInfo().noquote() << "enrolled as node" << result->nodeId << "certificate serial"
                      << result->serial;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Every thread the agent starts inherits this mask; the main thread waits for the signals.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("edge-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGE_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} "
                                          "%{if-category}%{category} %{endif}%{type}: %{message}"));
    edge::i18n::install(app, {});

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The EdgeConsole node agent: runs the containers the hub assigns to this node."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOpt(QStringLiteral("data"), Tr::tr("The agent's data directory."),
                                     Tr::tr("DIR"));
    const QCommandLineOption hubOpt(QStringLiteral("hub"), Tr::tr("The hub's address."),
                                    Tr::tr("HOST:PORT"));
    const QCommandLineOption caOpt(QStringLiteral("ca"),
                                   Tr::tr("The hub's CA certificate (its ca.pem), for enrollment."),
                                   Tr::tr("FILE"));
    const QCommandLineOption tokenOpt(QStringLiteral("token"),
                                      Tr::tr("One-time bootstrap token (prefer --token-file)."),
                                      Tr::tr("TOKEN"));
    const QCommandLineOption tokenFileOpt(QStringLiteral("token-file"),
                                          Tr::tr("A file holding the bootstrap token."),
                                          Tr::tr("FILE"));
    const QCommandLineOption nameOpt(QStringLiteral("name"),
                                     Tr::tr("The node's name (default: the host name)."),
                                     Tr::tr("NAME"));
    const QCommandLineOption configOpt(QStringLiteral("config"),
                                       Tr::tr("Configuration file (key = value lines)."),
                                       Tr::tr("FILE"));
    const QCommandLineOption podmanOpt(QStringLiteral("podman-socket"),
                                       Tr::tr("Podman's API socket."), Tr::tr("PATH"));
    const QCommandLineOption enrollOnlyOpt(QStringLiteral("enroll-only"),
                                           Tr::tr("Enroll, then exit."));
    parser.addOptions({dataOpt, hubOpt, caOpt, tokenOpt, tokenFileOpt, nameOpt, configOpt,
                       podmanOpt, enrollOnlyOpt});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("edge-agent %s\n", EDGE_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            Tr::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    edge::agent::AgentConfig config;
    if (parser.isSet(configOpt)) {
        auto parsed = edge::agent::AgentConfig::parseFile(parser.value(configOpt));
        if (!parsed)
            return usageError(parsed.error().message);
        config = *parsed;
    }
    const std::pair<const QCommandLineOption *, const char *> overrides[] = {{&dataOpt, "data-dir"},
                                                                             {&hubOpt, "hub"},
                                                                             {&caOpt, "ca"},
                                                                             {&tokenOpt, "token"},
                                                                             {&tokenFileOpt,
                                                                              "token-file"},
                                                                             {&nameOpt, "name"},
                                                                             {&podmanOpt,
                                                                              "podman-socket"}};
    for (const auto &[option, key] : overrides) {
        if (!parser.isSet(*option))
            continue;
        if (auto r = config.set(QLatin1String(key), parser.value(*option),
                                QStringLiteral("--") + option->names().constFirst());
            !r)
            return usageError(r.error().message);
    }
    if (auto r = config.finalize(); !r)
        return usageError(r.error().message);

    using edge::agent::Enrollment;
    const bool enrolled = QFile::exists(Enrollment::certificatePath(config.dataDir))
                          && QFile::exists(Enrollment::keyPath(config.dataDir));
    const qint64 notAfter = edge::agent::ControlChannel::certificateValidity(config.dataDir).second;
    const bool expired = enrolled && notAfter > 0 && notAfter < QDateTime::currentMSecsSinceEpoch();
    if (expired && !config.token.isEmpty()) {
        // Re-enrollment after the certificate expired offline (docs/agent.md).
        qInfo() << "the node certificate has expired; enrolling again with the bootstrap token";
        if (const int rc = enroll(config); rc != 0)
            return rc;
    } else if (!enrolled) {
        if (config.token.isEmpty())
            return usageError(Tr::tr("The node is not enrolled yet: pass a bootstrap token with "
                                     "--token-file FILE (or --token), made with 'edgectl token "
                                     "create'."));
        if (const int rc = enroll(config); rc != 0)
            return rc;
    } else if (!config.token.isEmpty() && !expired) {
        qInfo() << "already enrolled; the bootstrap token is not needed any more";
    }
    if (parser.isSet(enrollOnlyOpt))
        return 0;

    auto agent = edge::agent::Agent::create(config, QStringLiteral(EDGE_VERSION));
    if (!agent) {
        printErr(QStringLiteral("edge-agent: ") + agent.error().message + QStringLiteral(" ")
                 + agent.error().detail);
        return 1;
    }
    qInfo().noquote() << "edge-agent" << EDGE_VERSION << "node" << config.nodeName << "hub"
                      << config.hub << "data" << QDir(config.dataDir).absolutePath();
    (*agent)->start();
    int signal = 0;
    sigwait(&signals, &signal);
    qInfo() << "stopping on signal" << signal;
    (*agent)->stop();
    qInfo() << "stopped";
    return 0;
}
