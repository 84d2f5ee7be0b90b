#include "app/edgectl/cli.h"

#include "app/edgectl/textwidth.h"
#include "app/edgectl/tr.h"

#include <QFileInfo>

namespace edge::edgectl {

namespace {

const QStringList kValueGlobals = {QStringLiteral("data"), QStringLiteral("hub"),
                                   QStringLiteral("ca"), QStringLiteral("user")};

// "--data", "--data=x" -> "data"; anything else -> empty.
QString optionName(const QString &arg)
{
    if (!arg.startsWith(u"--"))
        return {};
    return arg.mid(2).section(QLatin1Char('='), 0, 0);
}

} // namespace

Cli::Cli()
{
    // The survey workflow first: its `survey show` replaces the generic one.
    m_commands << surveyCommands() << surveyReportCommands() << surveyPollCommands()
               << surveyLimitsCommands();
    m_commands << entityCommands() << accountCommands() << watchCommands() << demoCommands()
               << enrollmentCommands() << nodeCommands() << installCommands()
               << surveyNoiseCommands() << surveyDistanceCommands() << surveyTemperatureCommands()
               << syncCommands() << bundleCommands() << commissionCommands() << reportCommands();
    // One command per name: the first registered wins (see above), later ones are dropped.
    QStringList seen;
    m_commands.removeIf([&](const Command &c) {
        if (seen.contains(c.fullName()))
            return true;
        seen << c.fullName();
        return false;
    });
}

QList<OptionSpec> Cli::globalOptionSpecs()
{
    return {
        {QStringLiteral("data"), QStringLiteral("DIR"),
         Tr::tr("Work offline on the local store in DIR (created if missing).")},
        {QStringLiteral("hub"), QStringLiteral("HOST:PORT"),
         Tr::tr("Talk to a remote hub over TLS.")},
        {QStringLiteral("ca"), QStringLiteral("FILE"),
         Tr::tr("The remote hub's CA certificate (PEM); remembered at login.")},
        {QStringLiteral("user"), QStringLiteral("NAME"),
         Tr::tr("Who logs in, or whose saved sign-in to use (default: the last login).")},
        {QStringLiteral("json"), {}, Tr::tr("Print machine-readable JSON (never translated).")},
        {QStringLiteral("help"), {}, Tr::tr("Show help.")},
    };
}

QStringList Cli::groups() const
{
    QStringList g;
    for (const Command &c : m_commands)
        if (!c.group.isEmpty() && !g.contains(c.group))
            g << c.group;
    return g;
}

bool Cli::isGroup(const QString &word) const { return groups().contains(word); }

const Command *Cli::find(const QString &group, const QString &action) const
{
    for (const Command &c : m_commands)
        if (c.group == group && c.action == action)
            return &c;
    return nullptr;
}

QString Cli::topHelp() const
{
    QString h = Tr::tr("Usage: edgectl [global options] COMMAND [arguments] [options]") + u"\n\n"
                + Tr::tr("Manages the inventory of an EdgeConsole hub: regions, sites, cabinets, "
                         "nodes and devices, and its users.")
                + u"\n\n" + Tr::tr("Commands:") + u'\n';
    QList<QPair<QString, QString>> rows;
    QStringList seen;
    for (const Command &c : m_commands) {
        if (c.group.isEmpty()) {
            rows << qMakePair(c.action, c.summary);
            continue;
        }
        if (seen.contains(c.group))
            continue;
        seen << c.group;
        QStringList actions;
        for (const Command &a : m_commands)
            if (a.group == c.group)
                actions << a.action;
        QString summary;
        if (const KindSpec *k = kindSpecByCommand(c.group))
            summary = Tr::tr(k->summary);
        else if (c.group == u"user")
            summary = Tr::tr("Users of the hub and their roles.");
        else if (c.group == u"demo")
            summary = Tr::tr("Add or remove the demo estate.");
        else if (c.group == u"token")
            summary = Tr::tr("One-time bootstrap tokens that enroll edge nodes.");
        else if (c.group == u"workload")
            summary = Tr::tr("The containers a node should run.");
        else if (c.group == u"image")
            summary = Tr::tr("Container images for nodes without a registry.");
        else
            summary = c.summary;
        rows << qMakePair(c.group + QLatin1Char(' ') + actions.join(QLatin1Char('|')), summary);
    }
    int width = 0;
    for (const auto &r : rows)
        width = std::max(width, displayWidth(r.first));
    for (const auto &r : rows)
        h += QStringLiteral("  ") + padRight(r.first, width) + QStringLiteral("  ") + r.second
             + u'\n';
    h += u'\n' + Tr::tr("Global options (before or after the command):") + u'\n'
         + formatOptions(globalOptionSpecs()) + u'\n'
         + Tr::tr(
             "Offline field mode: --data DIR opens the store in DIR directly, as its "
             "administrator. Remote mode: --hub HOST:PORT --ca FILE, after 'edgectl --hub "
             "HOST:PORT --ca FILE login --user NAME' (password from EDGE_PASSWORD or a prompt).")
         + u"\n\n" + Tr::tr("Run 'edgectl COMMAND --help' for the options of a command.") + u'\n'
         + Tr::tr("Exit status: 0 success, 1 error, 2 usage error.");
    return h;
}

QString Cli::groupHelp(const QString &group) const
{
    QString h = Tr::tr("Usage: edgectl [global options] %1 ACTION [arguments] [options]").arg(group)
                + u"\n\n" + Tr::tr("Actions:") + u'\n';
    int width = 0;
    for (const Command &c : m_commands)
        if (c.group == group)
            width = std::max(width, displayWidth(c.action));
    for (const Command &c : m_commands)
        if (c.group == group)
            h += QStringLiteral("  ") + padRight(c.action, width) + QStringLiteral("  ") + c.summary
                 + u'\n';
    h += u'\n' + Tr::tr("Run 'edgectl %1 ACTION --help' for the options of an action.").arg(group);
    return h;
}

QString Cli::commandHelp(const Command &c) const
{
    QString usage = QStringLiteral("edgectl [global options] ") + c.fullName();
    if (!c.synopsis.isEmpty())
        usage += QLatin1Char(' ') + c.synopsis;
    if (!c.options.isEmpty())
        usage += QStringLiteral(" [options]");
    QString h = Tr::tr("Usage: %1").arg(usage) + u"\n\n" + c.summary + u'\n';
    if (!c.description.isEmpty())
        h += u'\n' + c.description + u'\n';
    if (!c.options.isEmpty())
        h += u'\n' + Tr::tr("Options:") + u'\n' + formatOptions(c.options);
    h += u'\n' + Tr::tr("Global options (before or after the command):") + u'\n'
         + formatOptions(globalOptionSpecs());
    h.chop(1);
    return h;
}

int Cli::run(const QStringList &arguments)
{
    // 1. Find the command words, skipping global options (and their values) around them.
    QList<qsizetype> wordIndexes;
    bool helpAsked = false;
    const qsizetype maxWords = 2;
    for (qsizetype i = 0; i < arguments.size() && wordIndexes.size() < maxWords; ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--")
            break;
        if (a == u"-h" || a == u"--help") {
            helpAsked = true;
            continue;
        }
        if (a == u"--json")
            m_out.setJson(true);
        if (a.startsWith(QLatin1Char('-'))) {
            if (kValueGlobals.contains(optionName(a)) && !a.contains(QLatin1Char('=')))
                ++i; // skip the value
            continue;
        }
        if (wordIndexes.isEmpty()) {
            wordIndexes << i;
            if (a == u"help")
                continue; // "edgectl help site add"
            if (!isGroup(a))
                break;
        } else {
            wordIndexes << i;
        }
    }

    QStringList words;
    for (qsizetype i : wordIndexes)
        words << arguments.at(i);
    if (!words.isEmpty() && words.first() == u"help") {
        // "edgectl help [GROUP [ACTION]]"
        QStringList rest = arguments.mid(wordIndexes.first() + 1);
        rest.removeIf([](const QString &s) { return s.startsWith(QLatin1Char('-')); });
        if (rest.isEmpty()) {
            m_out.out(topHelp());
            return 0;
        }
        if (const Command *c = find(isGroup(rest.first()) ? rest.first() : QString(),
                                    isGroup(rest.first()) ? rest.value(1) : rest.first())) {
            m_out.out(commandHelp(*c));
            return 0;
        }
        if (isGroup(rest.first())) {
            m_out.out(groupHelp(rest.first()));
            return 0;
        }
        return m_out
            .error({api::Code::Usage, Tr::tr("unknown command '%1'").arg(rest.first()), {}, {}},
                   QStringLiteral("help"), {}, Tr::tr("Run 'edgectl --help' for the commands."));
    }
    if (words.isEmpty()) {
        if (helpAsked) {
            m_out.out(topHelp());
            return 0;
        }
        m_out.err(topHelp());
        return m_out.error({api::Code::Usage, Tr::tr("no command given"), {}, {}}, {});
    }

    const Command *command = nullptr;
    // A word may be a command and a group at once ("sync" with a hub; "sync export|import"):
    // the command when no action of the group follows (the next word is then its argument).
    const Command *single = isGroup(words.first()) ? find({}, words.first()) : nullptr;
    if (single && (words.size() < 2 || !find(words.first(), words.at(1)))) {
        command = single;
        wordIndexes.resize(1);
    } else if (isGroup(words.first())) {
        const QString group = words.first();
        if (words.size() < 2) {
            if (helpAsked) {
                m_out.out(groupHelp(group));
                return 0;
            }
            m_out.err(groupHelp(group));
            return m_out.error({api::Code::Usage, Tr::tr("'%1' needs an action").arg(group), {}, {}},
                               group);
        }
        command = find(group, words.at(1));
        if (!command)
            return m_out
                .error({api::Code::Usage, Tr::tr("unknown action '%1'").arg(words.at(1)), {}, {}},
                       group, {}, Tr::tr("Try 'edgectl %1 --help'.").arg(group));
    } else {
        command = find({}, words.first());
        if (!command)
            return m_out.error({api::Code::Usage,
                                Tr::tr("unknown command '%1'").arg(words.first()),
                                {},
                                {}},
                               {}, {}, Tr::tr("Run 'edgectl --help' for the commands."));
    }

    // 2. Parse everything except the command words against the command's and the global options.
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i)
        if (!wordIndexes.contains(i))
            rest << arguments.at(i);
    QList<OptionSpec> specs = command->options;
    for (const OptionSpec &g : globalOptionSpecs())
        specs << g;
    const QString name = command->fullName();
    const QString hint = Tr::tr("Try 'edgectl %1 --help'.").arg(name);
    auto parsed = parseArgs(rest, specs);
    if (!parsed) {
        if (helpAsked) {
            m_out.out(commandHelp(*command));
            return 0;
        }
        return m_out.error(parsed.error(), name, parsed.error().field, hint);
    }
    if (parsed->has(QStringLiteral("help"))) {
        m_out.out(commandHelp(*command));
        return 0;
    }
    GlobalOptions globals;
    globals.dataDir = parsed->value(QStringLiteral("data"));
    globals.hub = parsed->value(QStringLiteral("hub"));
    globals.ca = parsed->value(QStringLiteral("ca"));
    globals.user = parsed->value(QStringLiteral("user"));
    globals.json = parsed->has(QStringLiteral("json"));
    m_out.setJson(globals.json);
    for (const auto &[opt, value] : {std::pair{QStringLiteral("--data"), globals.dataDir},
                                     std::pair{QStringLiteral("--hub"), globals.hub},
                                     std::pair{QStringLiteral("--ca"), globals.ca},
                                     std::pair{QStringLiteral("--user"), globals.user}})
        if (parsed->has(opt.mid(2)) && value.isEmpty())
            return m_out.error({api::Code::Usage, Tr::tr("%1 must not be empty").arg(opt), {}, {}},
                               name, opt, hint);

    const auto count = parsed->positionals.size();
    if (count < command->minPositionals)
        return m_out
            .error({api::Code::Usage, Tr::tr("missing argument %1").arg(command->synopsis), {}, {}},
                   name, {}, hint);
    if (count > command->maxPositionals)
        return m_out.error({api::Code::Usage,
                            Tr::tr("unexpected argument '%1'")
                                .arg(parsed->positionals.at(command->maxPositionals)),
                            {},
                            {}},
                           name, {}, hint);

    Context context(m_out, globals, *parsed, name, command->kind, command->auth);
    return command->run(context);
}

// ---- Context ------------------------------------------------------------------------------------

Context::Context(Output &o, GlobalOptions g, ParsedArgs a, QString n, const KindSpec *k, Auth auth)
    : out(o)
    , globals(std::move(g))
    , args(std::move(a))
    , name(std::move(n))
    , kind(k)
    , m_auth(auth)
{}

Context::~Context() = default;

Connection *Context::connect()
{
    if (m_connection)
        return m_connection.get();
    auto opened = Connection::open(globals, m_auth);
    if (!opened) {
        m_exitCode = out.error(opened.error(), name, {},
                               opened.error().code == api::Code::Usage
                                   ? Tr::tr("Try 'edgectl %1 --help'.").arg(name)
                                   : QString());
        return nullptr;
    }
    m_connection = std::move(*opened);
    return m_connection.get();
}

int Context::fail(const api::Error &error)
{
    api::Error e = m_connection ? m_connection->explain(error) : error;
    QString option;
    if (e.field.startsWith(u"--")) {
        option = e.field;
        const FieldOption *fo = kind ? kind->byOption(option.mid(2)) : nullptr;
        e.field = fo ? QString::fromLatin1(fo->field) : QString();
    } else if (!e.field.isEmpty()) {
        if (const FieldOption *fo = kind ? kind->byField(e.field) : nullptr)
            option = QStringLiteral("--") + QLatin1String(fo->option);
        else if (!kind
                 && (e.field == u"password" || e.field == u"display_name" || e.field == u"role"
                     || e.field == u"name"))
            option = QStringLiteral("--")
                     + QString(e.field).replace(QLatin1Char('_'), QLatin1Char('-'));
    }
    const QString hint = e.code == api::Code::Usage ? Tr::tr("Try 'edgectl %1 --help'.").arg(name)
                                                    : QString();
    m_exitCode = out.error(e, name, option, hint);
    return m_exitCode;
}

int Context::usage(const QString &message, const QString &option)
{
    return fail({api::Code::Usage, message, {}, option});
}

} // namespace edge::edgectl
