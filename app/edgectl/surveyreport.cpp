// The survey report and its extras from the command line (issue 4): `survey report` writes the
// PDF (backend/reports), `survey add-photo` and `survey add-note` add what only the report shows.
// main.cpp creates a QGuiApplication (offscreen when no display) for `survey report` and
// `survey add-photo`, which need Qt Gui.
#include "backend/reports/surveyreport.h"
#include "app/edgectl/command.h"
#include "app/edgectl/surveyargs.h"
#include "app/edgectl/tr.h"
#include "backend/api/inventory.h"
#include "backend/client/client.h"
#include "backend/reports/photo.h"
#include "backend/survey/surveyevaluation.h"
#include "backend/survey/surveystore.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace edge::edgectl {

namespace {

using api::Error;
using api::Result;

int runAddPhoto(Context &ctx)
{
    const QString path = ctx.args.value(QStringLiteral("file"));
    auto photo = reports::preparePhoto(path, ctx.args.value(QStringLiteral("caption")));
    if (!photo) {
        Error e = photo.error();
        e.field = QStringLiteral("--file");
        return ctx.fail(e);
    }
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    // The JPEG travels as a content-addressed attachment (issue 5); the item keeps its digest.
    if (auto attached = reports::attachPhoto(*photo, conn->client()); !attached)
        return ctx.fail(conn->explain(attached.error()));
    return addItem(ctx, api::SurveyItemKind::Photo, survey::photoPayload(*photo), 0,
                   Tr::tr("the photo %1").arg(QFileInfo(path).fileName()),
                   QJsonObject{{QStringLiteral("attachment"), photo->attachmentSha256},
                               {QStringLiteral("sha256"), photo->sha256}});
}

int runAddNote(Context &ctx)
{
    const QString text = ctx.args.value(QStringLiteral("text")).trimmed();
    if (text.isEmpty())
        return ctx.usage(Tr::tr("--text needs the note's text"), QStringLiteral("text"));
    return addItem(ctx, api::SurveyItemKind::Note, survey::notePayload(text), 0, Tr::tr("a note"));
}

int runReport(Context &ctx)
{
    QString language = ctx.args.value(QStringLiteral("lang"));
    if (language.isEmpty())
        language = i18n::current(*QCoreApplication::instance());
    if (language.isEmpty())
        language = QStringLiteral("en");
    language.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (language == QLatin1String("zh"))
        language = QStringLiteral("zh_CN");
    if (language != QLatin1String("en") && language != QLatin1String("zh_CN"))
        return ctx.usage(Tr::tr("--lang is en or zh_CN"), QStringLiteral("lang"));
    const QString output = ctx.args.value(QStringLiteral("output"));

    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    api::Inventory &inv = conn->inventory();
    auto survey = findSurvey(ctx, inv);
    if (!survey)
        return ctx.fail(survey.error());
    auto data = survey::loadSurvey(inv, survey->id);
    if (!data)
        return ctx.fail(data.error());
    reports::SurveyReportOptions options;
    options.language = language;
    options.preparedBy = currentUser(*conn);
    options.attachments = &conn->client();
    auto report = reports::prepareSurveyReport(*data, options);
    if (!report)
        return ctx.fail(report.error());
    int pages = 0;
    auto written = reports::renderSurveyReport(**report, output, {}, &pages);
    if (!written) {
        Error e = written.error();
        e.field = QStringLiteral("--output");
        return ctx.fail(e);
    }
    const reports::SurveyReportFacts &facts = reports::surveyReportFacts(**report);
    const QFileInfo info(output);
    if (ctx.out.json()) {
        ctx.out.jsonOut(
            QJsonObject{{QStringLiteral("file"), info.absoluteFilePath()},
                        {QStringLiteral("pages"), pages},
                        {QStringLiteral("bytes"), double(info.size())},
                        {QStringLiteral("language"), facts.language},
                        {QStringLiteral("verdict"), api::checkResultName(facts.summary.verdict)},
                        {QStringLiteral("checks"), facts.checks},
                        {QStringLiteral("photos"), facts.photos}});
    } else {
        ctx.out.out(Tr::tr("Wrote the report of '%1' to %2 (%n page(s)).", nullptr, pages)
                        .arg(survey->name, info.absoluteFilePath()));
    }
    return 0;
}

Command command(const char *action, const QString &summary, QList<OptionSpec> options,
                int (*run)(Context &), const char *required)
{
    Command c;
    c.group = QStringLiteral("survey");
    c.action = QLatin1String(action);
    c.summary = summary;
    c.options = std::move(options);
    c.minPositionals = 1;
    c.maxPositionals = 1;
    c.synopsis = QStringLiteral("SURVEY");
    c.run = [run, required](Context &ctx) {
        if (!ctx.args.has(QLatin1String(required)))
            return ctx.usage(Tr::tr("--%1 is required").arg(QLatin1String(required)),
                             QLatin1String(required));
        return run(ctx);
    };
    return c;
}

} // namespace

QList<Command> surveyReportCommands()
{
    const OptionSpec site{QStringLiteral("site"), QStringLiteral("SITE"),
                          Tr::tr("The site the survey belongs to (id or name).")};
    const OptionSpec name{QStringLiteral("name"), QStringLiteral("NAME"),
                          Tr::tr("A name for the item (default: its kind and a number).")};
    QList<Command> out;
    out << command("report", Tr::tr("Write the survey report as PDF."),
                   {site,
                    {QStringLiteral("lang"), QStringLiteral("en|zh_CN"),
                     Tr::tr("Language of the report (default: the user-interface language).")},
                    {QStringLiteral("output"), QStringLiteral("FILE.pdf"),
                     Tr::tr("Where to write the PDF (-o FILE.pdf).")}},
                   runReport, "output");
    out << command("add-photo", Tr::tr("Add a photo (JPEG, PNG, ...) to the survey."),
                   {site,
                    name,
                    {QStringLiteral("file"), QStringLiteral("IMAGE"), Tr::tr("The photo.")},
                    {QStringLiteral("caption"), QStringLiteral("TEXT"),
                     Tr::tr("What the photo shows.")}},
                   runAddPhoto, "file");
    out << command("add-note", Tr::tr("Add a note to the survey."),
                   {site,
                    name,
                    {QStringLiteral("text"), QStringLiteral("TEXT"), Tr::tr("The note.")}},
                   runAddNote, "text");
    return out;
}

} // namespace edge::edgectl
