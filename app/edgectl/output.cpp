#include "app/edgectl/output.h"

#include "app/edgectl/textwidth.h"
#include "app/edgectl/tr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace edge::edgectl {

namespace {

void write(FILE *f, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
    std::fputc('\n', f);
    std::fflush(f);
}

} // namespace

int exitCodeFor(const api::Error &error) { return error.code == api::Code::Usage ? 2 : 1; }

QString formatAgo(qint64 nowMs, qint64 thenMs)
{
    if (thenMs <= 0)
        return Tr::tr("never");
    const qint64 s = std::max<qint64>(0, (nowMs - thenMs) / 1000);
    if (s < 120)
        return Tr::tr("%1 s ago").arg(s);
    if (s < 120 * 60)
        return Tr::tr("%1 min ago").arg(s / 60);
    if (s < 48 * 3600)
        return Tr::tr("%1 h ago").arg(s / 3600);
    return Tr::tr("%1 d ago").arg(s / 86400);
}

QString formatUtc(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void Output::out(const QString &text) { write(stdout, text); }

void Output::err(const QString &text) { write(stderr, text); }

void Output::jsonOut(const QJsonValue &value, bool compact)
{
    const auto format = compact ? QJsonDocument::Compact : QJsonDocument::Indented;
    QByteArray bytes;
    if (value.isArray() && value.toArray().isEmpty())
        bytes = "[]";
    else if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(format);
    else if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(format);
    else // a scalar: wrap and unwrap so it is printed as JSON text
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    while (bytes.endsWith('\n'))
        bytes.chop(1);
    write(stdout, QString::fromUtf8(bytes));
}

void Output::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << displayWidth(h.toUpper());
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    auto render = [&](const QStringList &cells, bool upper) {
        QString line;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = upper ? cells.value(c).toUpper() : cells.value(c);
            const bool last = c + 1 == widths.size();
            line += last ? cell : padRight(cell, widths.at(c)) + QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line;
    };
    out(render(headers, true));
    for (const QStringList &row : rows)
        out(render(row, false));
}

void Output::keyValues(const QList<QPair<QString, QString>> &pairs)
{
    int width = 0;
    for (const auto &p : pairs)
        width = std::max(width, displayWidth(p.first) + 1);
    for (const auto &p : pairs)
        out(padRight(p.first + QLatin1Char(':'), width) + QLatin1Char(' ') + p.second);
}

int Output::error(const api::Error &e, const QString &context, const QString &option,
                  const QString &hint)
{
    if (m_json) {
        QJsonObject o{{QStringLiteral("code"), api::codeName(e.code)},
                      {QStringLiteral("message"), e.message}};
        if (!e.field.isEmpty() && !e.field.startsWith(u"--"))
            o.insert(QStringLiteral("field"), e.field);
        if (!option.isEmpty())
            o.insert(QStringLiteral("option"), option);
        if (!e.detail.isEmpty())
            o.insert(QStringLiteral("detail"), e.detail);
        if (!context.isEmpty())
            o.insert(QStringLiteral("command"), context);
        write(stderr, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), o}})
                                            .toJson(QJsonDocument::Compact)));
    } else {
        QString line = QStringLiteral("edgectl: ");
        if (!context.isEmpty())
            line += context + QStringLiteral(": ");
        const QString about = !option.isEmpty() ? option : e.field;
        if (!about.isEmpty() && !e.message.startsWith(about))
            line += about + QStringLiteral(": ");
        line += e.message;
        write(stderr, line);
        if (!hint.isEmpty())
            write(stderr, hint);
    }
    return exitCodeFor(e);
}

} // namespace edge::edgectl
