// The hosts CSV of a batch install: parser (fuzzed) and the per-host request.
#include "fieldinstaller.h"
#include "fieldinstalltr.h"

#include "backend/api/csvline.h"

#include <QRegularExpression>
#include <QSet>

namespace edge::fieldinstall {

using api::Code;
using api::Result;

namespace {

constexpr int kMaxRows = 10'000;
constexpr qsizetype kMaxLine = 4096;

using Field = api::CsvField;

std::unexpected<api::Error> csvError(int line, int column, const QString &what)
{
    return api::fail(Code::Validation,
                     Tr::tr("Hosts file, line %1, column %2: %3").arg(line).arg(column).arg(what),
                     QStringLiteral("csv %1:%2").arg(line).arg(column),
                     QStringLiteral("%1:%2").arg(line).arg(column));
}

// Splits one line into fields ("..." quoting, "" = a quote inside quotes).
Result<QList<Field>> splitLine(const QString &line, int lineNo)
{
    auto split = api::splitCsvLine(line);
    if (split)
        return std::move(*split);
    const int column = split.error().column;
    switch (split.error().kind) {
    case api::CsvLineProblem::UnclosedQuote:
        return csvError(lineNo, column, Tr::tr("the quote is not closed"));
    case api::CsvLineProblem::TextAfterQuotedField:
        return csvError(lineNo, column,
                        Tr::tr("a comma or the end of the line must follow a quoted field"));
    case api::CsvLineProblem::QuoteInUnquotedField:
        return csvError(lineNo, column, Tr::tr("a quote inside an unquoted field"));
    }
    return std::move(*split);
}

const QStringList &knownColumns()
{
    static const QStringList columns = {QStringLiteral("host"),        QStringLiteral("port"),
                                        QStringLiteral("user"),        QStringLiteral("key"),
                                        QStringLiteral("site"),        QStringLiteral("name"),
                                        QStringLiteral("prefix"),      QStringLiteral("hub"),
                                        QStringLiteral("password-env")};
    return columns;
}

bool hasControlChars(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

} // namespace

Result<QList<BatchHost>> parseHostsCsv(const QByteArray &content)
{
    QByteArray bytes = content;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QList<QByteArray> rawLines = bytes.split('\n');
    QStringList header;
    QList<BatchHost> hosts;
    QHash<QString, int> seen; // host:port:prefix -> line
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
    static const QRegularExpression nodeName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    static const QRegularExpression hostPort(
        QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+):([0-9]{1,5})$"));
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._:%\\[\\]-]{1,253}$"));

    for (qsizetype idx = 0; idx < rawLines.size(); ++idx) {
        const int lineNo = int(idx) + 1;
        QByteArray raw = rawLines.at(idx);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.size() > kMaxLine)
            return csvError(lineNo, int(kMaxLine) + 1,
                            Tr::tr("the line is longer than %1 bytes").arg(kMaxLine));
        const QString line = QString::fromUtf8(raw);
        if (line.contains(QChar::ReplacementCharacter) && !raw.contains("\xEF\xBF\xBD"))
            return csvError(lineNo, int(line.indexOf(QChar::ReplacementCharacter)) + 1,
                            Tr::tr("the text is not UTF-8"));
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        auto fields = splitLine(line, lineNo);
        if (!fields)
            return std::unexpected(fields.error());
        for (const Field &f : *fields)
            if (hasControlChars(f.text))
                return csvError(lineNo, f.column, Tr::tr("a control character in the field"));

        if (header.isEmpty()) {
            for (const Field &f : *fields) {
                const QString name = f.text.toLower();
                if (!knownColumns().contains(name))
                    return csvError(lineNo, f.column,
                                    Tr::tr("unknown column '%1' (known: %2)")
                                        .arg(f.text, knownColumns().join(QStringLiteral(", "))));
                if (header.contains(name))
                    return csvError(lineNo, f.column, Tr::tr("column '%1' twice").arg(name));
                header.append(name);
            }
            if (!header.contains(QStringLiteral("host")))
                return csvError(lineNo, 1, Tr::tr("the header has no 'host' column"));
            continue;
        }

        if (fields->size() != header.size()) {
            const int column = fields->size() > header.size() ? fields->at(header.size()).column
                                                              : int(line.size()) + 1;
            return csvError(lineNo, column,
                            Tr::tr("%1 fields, but the header has %2")
                                .arg(fields->size())
                                .arg(header.size()));
        }
        if (hosts.size() >= kMaxRows)
            return csvError(lineNo, 1, Tr::tr("more than %1 hosts").arg(kMaxRows));
        BatchHost h;
        h.line = lineNo;
        int hostColumn = 1;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString &col = header.at(c);
            const Field &f = fields->at(c);
            const QString &v = f.text;
            if (col == u"host") {
                if (v.isEmpty() || !hostName.match(v).hasMatch())
                    return csvError(lineNo, f.column, Tr::tr("give a host name or address"));
                h.host = v;
                hostColumn = f.column;
            } else if (col == u"port") {
                if (v.isEmpty())
                    continue;
                bool ok = false;
                const int port = v.toInt(&ok);
                if (!ok || port < 1 || port > 65535)
                    return csvError(lineNo, f.column,
                                    Tr::tr("the port must be a number from 1 to 65535"));
                h.port = port;
            } else if (col == u"user") {
                h.user = v;
            } else if (col == u"key") {
                h.keyFile = v;
            } else if (col == u"site") {
                h.site = v;
            } else if (col == u"name") {
                if (!v.isEmpty() && !nodeName.match(v).hasMatch())
                    return csvError(lineNo, f.column,
                                    Tr::tr("the node name may have letters, digits, '.', '_' and "
                                           "'-' (at most 63)"));
                h.nodeName = v;
            } else if (col == u"prefix") {
                if (!v.isEmpty() && (!v.startsWith(u'/') || v == u"/"))
                    return csvError(lineNo, f.column,
                                    Tr::tr(
                                        "the prefix must be an absolute directory other than /"));
                h.prefix = v;
            } else if (col == u"hub") {
                if (!v.isEmpty() && !hostPort.match(v).hasMatch())
                    return csvError(lineNo, f.column, Tr::tr("the hub address must be HOST:PORT"));
                h.hubAddress = v;
            } else if (col == u"password-env") {
                if (!v.isEmpty() && !envName.match(v).hasMatch())
                    return csvError(lineNo, f.column,
                                    Tr::tr("give the name of an environment variable"));
                h.passwordEnv = v;
            }
        }
        const QString key = QStringLiteral("%1\n%2\n%3").arg(h.host).arg(h.port).arg(h.prefix);
        if (const auto it = seen.constFind(key); it != seen.cend())
            return csvError(lineNo, hostColumn,
                            Tr::tr("the same host, port and prefix as line %1").arg(*it));
        seen.insert(key, lineNo);
        hosts.append(h);
    }
    if (header.isEmpty())
        return api::fail(Code::Validation,
                         Tr::tr("The hosts file is empty: it needs a header line such as "
                                "host,port,user,name and one line per host."),
                         QStringLiteral("csv: no header"), QStringLiteral("1:1"));
    if (hosts.isEmpty())
        return api::fail(Code::Validation, Tr::tr("The hosts file lists no hosts."),
                         QStringLiteral("csv: no rows"), QStringLiteral("1:1"));
    return hosts;
}

InstallRequest requestFor(const InstallRequest &defaults, const BatchHost &host)
{
    InstallRequest r = defaults;
    r.host = host.host;
    if (host.port > 0)
        r.port = host.port;
    if (!host.user.isEmpty())
        r.user = host.user;
    if (!host.keyFile.isEmpty()) {
        r.keyFile = host.keyFile;
        r.password.clear();
    }
    if (!host.site.isEmpty())
        r.site = host.site;
    r.nodeName = host.nodeName; // never the default's: node names are per host
    if (!host.prefix.isEmpty())
        r.prefix = host.prefix;
    if (!host.hubAddress.isEmpty())
        r.hubAddress = host.hubAddress;
    if (!host.passwordEnv.isEmpty()) {
        r.password = qEnvironmentVariable(host.passwordEnv.toLocal8Bit().constData());
        if (host.keyFile.isEmpty())
            r.keyFile.clear();
    }
    // Bootstrap tokens work once: with a way to create them, every host gets its own.
    if (r.createToken)
        r.bootstrapToken.clear();
    // A fingerprint accepted for one host means nothing for another.
    r.acceptedFingerprint.clear();
    return r;
}

} // namespace edge::fieldinstall
