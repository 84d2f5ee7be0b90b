#include "app/edgectl/password.h"

#include "app/edgectl/tr.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace edge::edgectl {

namespace {

termios g_savedTerminal;
volatile sig_atomic_t g_terminalSaved = 0;

// Ctrl+C at the prompt must not leave the terminal without echo.
extern "C" void restoreTerminalAndDie(int sig)
{
    if (g_terminalSaved)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

// Reads one line from stdin without the line end; false at end of input.
bool readLine(std::string &line)
{
    line.clear();
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return !line.empty();
        if (c == '\n')
            break;
        line.push_back(c);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return true;
}

api::Result<QString> promptOnce(const QString &prompt)
{
    const QByteArray p = prompt.toUtf8();
    std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
    std::fflush(stderr);

    termios t{};
    if (::tcgetattr(STDIN_FILENO, &t) != 0)
        return api::fail(api::Code::Internal,
                         Tr::tr("Cannot read the password from the terminal."));
    g_savedTerminal = t;
    g_terminalSaved = 1;
    struct sigaction sa {};
    struct sigaction oldInt {};
    struct sigaction oldTerm {};
    sa.sa_handler = restoreTerminalAndDie;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, &oldInt);
    ::sigaction(SIGTERM, &sa, &oldTerm);
    termios noEcho = t;
    noEcho.c_lflag &= ~tcflag_t(ECHO);
    noEcho.c_lflag |= ECHONL;
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);

    std::string line;
    const bool got = readLine(line);

    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &t);
    g_terminalSaved = 0;
    ::sigaction(SIGINT, &oldInt, nullptr);
    ::sigaction(SIGTERM, &oldTerm, nullptr);
    if (!got)
        return api::fail(api::Code::Cancelled, Tr::tr("No password was entered."));
    QString pw = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return pw;
}

} // namespace

api::Result<QString> readPassword(const QString &prompt, bool confirm, bool fromStdin)
{
    if (fromStdin) {
        std::string line;
        if (!readLine(line))
            return api::fail(api::Code::Usage,
                             Tr::tr("--password-stdin: no password on standard input"));
        QString pw = QString::fromUtf8(line.data(), qsizetype(line.size()));
        std::fill(line.begin(), line.end(), '\0');
        return pw;
    }
    if (qEnvironmentVariableIsSet("EDGE_PASSWORD"))
        return qEnvironmentVariable("EDGE_PASSWORD");
    if (!::isatty(STDIN_FILENO))
        return api::fail(api::Code::Usage,
                         Tr::tr(
                             "no password given: set EDGE_PASSWORD, use --password-stdin, or run "
                             "on a terminal to be asked"));
    auto first = promptOnce(prompt);
    if (!first || !confirm)
        return first;
    auto second = promptOnce(Tr::tr("Repeat the password: "));
    if (!second)
        return second;
    if (*first != *second)
        return api::fail(api::Code::Validation, Tr::tr("The two passwords differ."), {},
                         QStringLiteral("password"));
    return first;
}

} // namespace edge::edgectl
