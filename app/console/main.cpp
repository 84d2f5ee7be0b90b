// edge-console: the desktop console with its embedded hub.
//
//   edge-console [--data DIR] [--hub HOST:PORT --ca FILE] [--listen HOST:PORT] [--lang zh_CN|en]
//                [--no-demo]
//                [--bench-startup]
#include "app/console/console.h"
#include "app/console/startupprobe.h"
#include "translations/i18n.h"
#include "widgets/common/consolesettings.h"
#include "widgets/views/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <cstdio>

using namespace edge;

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(widgets::ConsoleSettings::organizationName());
    QCoreApplication::setApplicationName(widgets::ConsoleSettings::applicationName());
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGE_VERSION));
}

// The command line without the options QGuiApplication takes for itself (-platform offscreen, ...).
QStringList withoutQtOptions(int argc, char *argv[])
{
    static const QStringList withValue = {QStringLiteral("platform"),
                                          QStringLiteral("platformpluginpath"),
                                          QStringLiteral("platformtheme"),
                                          QStringLiteral("plugin"),
                                          QStringLiteral("qwindowgeometry"),
                                          QStringLiteral("geometry"),
                                          QStringLiteral("title"),
                                          QStringLiteral("qwindowtitle"),
                                          QStringLiteral("display"),
                                          QStringLiteral("name"),
                                          QStringLiteral("session"),
                                          QStringLiteral("style"),
                                          QStringLiteral("stylesheet"),
                                          QStringLiteral("qwindowicon"),
                                          QStringLiteral("icon")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"),
                                      QStringLiteral("sync")};
    QStringList out;
    for (int i = 0; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        QString bare = a;
        while (bare.startsWith(QLatin1Char('-')))
            bare.remove(0, 1);
        if (i > 0 && a.startsWith(QLatin1Char('-')) && withValue.contains(bare)) {
            ++i; // and its value
            continue;
        }
        if (i > 0 && a.startsWith(QLatin1Char('-')) && flags.contains(bare))
            continue;
        out << a;
    }
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    // Help, version and usage errors need no display: answer them with a QCoreApplication.
    {
        const auto pre = console::parseOptions(withoutQtOptions(argc, argv));
        if (!pre || pre->showHelp || pre->showVersion) {
            QCoreApplication core(argc, argv);
            setIdentity();
            const QString lang = console::languageArgument(core.arguments());
            i18n::install(core, i18n::available().contains(lang)
                                    ? lang
                                    : widgets::ConsoleSettings().language());
            const auto options = console::parseOptions(core.arguments()); // again, now translated
            if (!options) {
                std::fprintf(stderr, "edge-console: %s\n", qPrintable(options.error().message));
                return 2;
            }
            if (options->showHelp)
                std::fputs(qPrintable(options->helpText), stdout);
            else
                std::printf("edge-console %s\n", EDGE_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    const auto options = console::parseOptions(app.arguments());
    if (!options) {
        std::fprintf(stderr, "edge-console: %s\n", qPrintable(options.error().message));
        return 2;
    }

    console::Console console(*options);
    if (auto started = console.start(); !started) {
        const QString message =
            QCoreApplication::translate("edge::console::Console",
                                        "The embedded hub in %1 could not be opened: %2")
                .arg(console.dataDir(), started.error().message);
        std::fprintf(stderr, "edge-console: %s\n", qPrintable(message));
        if (!options->benchStartup && options->screenshot.isEmpty())
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("edge::console::Console",
                                                              "EdgeConsole"),
                                  message);
        return 1;
    }

    std::unique_ptr<console::StartupProbe> probe;
    if (options->benchStartup)
        probe = std::make_unique<console::StartupProbe>(console.window(),
                                                        console::StartupProbe::Mode::Benchmark,
                                                        QString(), sinceMain);
    else if (!options->screenshot.isEmpty())
        probe = std::make_unique<console::StartupProbe>(console.window(),
                                                        console::StartupProbe::Mode::Screenshot,
                                                        options->screenshot, sinceMain,
                                                        options->screenshotView);
    const int rc = app.exec();
    probe.reset();
    return rc;
}
