#include "app/edgectl/args.h"

#include "app/edgectl/textwidth.h"
#include "app/edgectl/tr.h"

namespace edge::edgectl {

void ParsedArgs::add(const QString &name, const QString &value)
{
    if (!m_values.contains(name))
        m_order << name;
    m_values[name] << value;
}

api::Result<ParsedArgs> parseArgs(const QStringList &args, const QList<OptionSpec> &specs)
{
    auto find = [&](const QString &name) -> const OptionSpec * {
        for (const OptionSpec &s : specs)
            if (s.name == name)
                return &s;
        return nullptr;
    };
    ParsedArgs out;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (optionsEnded || !a.startsWith(QLatin1Char('-')) || a == u"-") {
            out.positionals << a;
            continue;
        }
        if (a == u"--") {
            optionsEnded = true;
            continue;
        }
        QString name;
        std::optional<QString> inlineValue;
        if (a == u"-h") {
            name = QStringLiteral("help");
        } else if (a == u"-o") {
            name = QStringLiteral("output"); // the usual short form of --output FILE
        } else if (a.startsWith(u"--")) {
            name = a.mid(2);
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name.truncate(eq);
            }
        } else {
            return api::fail(api::Code::Usage, Tr::tr("unknown option"), {}, a);
        }
        const OptionSpec *spec = find(name);
        const QString shown = QStringLiteral("--") + name;
        if (!spec)
            return api::fail(api::Code::Usage, Tr::tr("unknown option"), {}, shown);
        QString value;
        if (spec->valueName.isEmpty()) {
            if (inlineValue)
                return api::fail(api::Code::Usage, Tr::tr("takes no value"), {}, shown);
        } else if (inlineValue) {
            value = *inlineValue;
        } else {
            if (i + 1 >= args.size())
                return api::fail(api::Code::Usage,
                                 Tr::tr("needs a value (%1)").arg(spec->valueName), {}, shown);
            value = args.at(++i);
        }
        if (out.has(name) && !spec->repeatable)
            return api::fail(api::Code::Usage, Tr::tr("was given more than once"), {}, shown);
        out.add(name, value);
    }
    return out;
}

QString formatOptions(const QList<OptionSpec> &specs)
{
    QStringList left;
    int width = 0;
    for (const OptionSpec &s : specs) {
        QString l = s.name == u"help" ? QStringLiteral("-h, --help")
                                      : QStringLiteral("--") + s.name;
        if (!s.valueName.isEmpty())
            l += QLatin1Char(' ') + s.valueName;
        width = std::max(width, displayWidth(l));
        left << l;
    }
    QString out;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        out += QStringLiteral("  ") + padRight(left.at(i), width) + QStringLiteral("  ")
               + specs.at(i).help;
        if (specs.at(i).repeatable)
            out += QLatin1Char(' ') + Tr::tr("(repeatable)");
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace edge::edgectl
