#include "backend/survey/surveystore.h"

#include "backend/survey/surveytr.h"
#include "backend/survey/userlimits.h"

#include <QDateTime>

#include <algorithm>

namespace edge::survey {

std::optional<geo::GeoPoint> SurveyData::sitePosition() const
{
    if (site && site->latitude && site->longitude)
        return geo::GeoPoint{*site->latitude, *site->longitude};
    return std::nullopt;
}

SurveyEvaluation SurveyData::evaluate() const
{
    EvaluationInputs inputs;
    inputs.survey = survey;
    inputs.sitePosition = sitePosition();
    inputs.items = items;
    inputs.thermalSets = thermalSets;
    inputs.noiseSets = noiseSets;
    inputs.userRules = userRules;
    SurveyEvaluation out = evaluateSurvey(inputs);
    out.problems += limitProblems;
    return out;
}

QList<api::SurveyItem> SurveyData::itemsOfKind(api::SurveyItemKind kind) const
{
    QList<api::SurveyItem> out;
    for (const api::SurveyItem &i : items)
        if (i.kind == kind)
            out.append(i);
    return out;
}

api::Result<SurveyData> loadSurvey(api::Inventory &inventory, const QString &surveyId)
{
    auto record = inventory.get(api::EntityKind::Survey, surveyId);
    if (!record)
        return std::unexpected(record.error());
    auto survey = api::Survey::fromRecord(*record);
    if (!survey)
        return std::unexpected(survey.error());
    SurveyData data;
    data.survey = *survey;
    if (auto site = inventory.get(api::EntityKind::Site, survey->siteId)) {
        if (auto s = api::Site::fromRecord(*site))
            data.site = *s;
    }
    api::ListQuery q;
    q.kind = api::EntityKind::SurveyItem;
    q.parentId = surveyId;
    q.limit = 1000;
    for (;;) {
        auto page = inventory.list(q);
        if (!page)
            return std::unexpected(page.error());
        for (const api::Record &r : std::as_const(page->records)) {
            if (auto item = api::SurveyItem::fromRecord(r))
                data.items.append(*item);
        }
        q.offset += int(page->records.size());
        if (page->records.isEmpty() || q.offset >= page->total)
            break;
    }
    std::stable_sort(data.items.begin(), data.items.end(),
                     [](const api::SurveyItem &a, const api::SurveyItem &b) {
                         return a.takenAtMs != b.takenAtMs ? a.takenAtMs < b.takenAtMs
                                                           : a.name < b.name;
                     });
    EffectiveLimits limits = effectiveLimits(inventory);
    data.thermalSets = std::move(limits.thermalSets);
    data.noiseSets = std::move(limits.noiseSets);
    data.userRules = std::move(limits.userRules);
    data.limitProblems = std::move(limits.problems);
    return data;
}

QString freshItemName(const QList<api::SurveyItem> &items, const QString &base)
{
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(base).arg(n);
        if (std::none_of(items.cbegin(), items.cend(),
                         [&](const api::SurveyItem &i) { return i.name == name; }))
            return name;
    }
}

api::Result<api::SurveyItem> addSurveyItem(api::Inventory &inventory, const api::Survey &survey,
                                           const NewItem &in)
{
    if (survey.status == api::SurveyStatus::Final)
        return std::unexpected(api::Error{api::Code::FailedPrecondition,
                                          Tr::tr("The survey '%1' is final; create a new survey "
                                                 "to add measurements.")
                                              .arg(survey.name),
                                          {},
                                          {}});
    api::SurveyItem item;
    item.surveyId = survey.id;
    item.kind = in.kind;
    item.name = in.name;
    if (item.name.isEmpty()) {
        auto data = loadSurvey(inventory, survey.id);
        if (!data)
            return std::unexpected(data.error());
        item.name = freshItemName(data->items, api::surveyItemKindName(in.kind));
    }
    item.author = in.author;
    item.takenAtMs = in.takenAtMs > 0 ? in.takenAtMs : QDateTime::currentMSecsSinceEpoch();
    item.payload = in.payload;
    if (auto valid = api::validate(item); !valid)
        return std::unexpected(valid.error());
    auto created = inventory.create(item.toRecord());
    if (!created)
        return std::unexpected(created.error());
    return api::SurveyItem::fromRecord(*created);
}

} // namespace edge::survey
