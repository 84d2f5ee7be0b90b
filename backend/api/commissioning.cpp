// Placeholder bodies of api/commissioning.h (contract commit): the model helper fills them in.
#include "backend/api/commissioning.h"

#include <QCoreApplication>

namespace edge::api {

namespace {
Error notBuilt()
{
    return Error{Code::Internal,
                 QCoreApplication::translate("edge::api", "Commissioning is not built yet."),
                 {},
                 {}};
}
} // namespace

QString checkModeName(CheckMode) { return {}; }
std::optional<CheckMode> checkModeFromName(const QString &) { return std::nullopt; }
QString evidenceKindName(EvidenceKind) { return {}; }
std::optional<EvidenceKind> evidenceKindFromName(const QString &) { return std::nullopt; }
QString TemplateItem::titleIn(const QString &) const { return title; }
QString TemplateItem::guidanceIn(const QString &) const { return guidance; }
QString TemplateSection::titleIn(const QString &) const { return title; }
Result<CommissioningTemplate> CommissioningTemplate::parse(const QByteArray &, const QString &)
{
    return std::unexpected(notBuilt());
}
QByteArray CommissioningTemplate::toJson() const { return {}; }
const TemplateItem *CommissioningTemplate::item(const QString &) const { return nullptr; }
const TemplateSection *CommissioningTemplate::sectionOf(const QString &) const { return nullptr; }
int CommissioningTemplate::itemCount() const { return 0; }
QString CommissioningTemplate::titleIn(const QString &) const { return title; }
QString CommissioningTemplate::recordName() const { return {}; }
Result<void> validate(const CommissioningTemplate &) { return std::unexpected(notBuilt()); }
QList<CommissioningTemplate> shippedTemplates() { return {}; }

Record CommissioningTemplateRecord::toRecord() const { return {}; }
Result<CommissioningTemplateRecord> CommissioningTemplateRecord::fromRecord(const Record &)
{
    return std::unexpected(notBuilt());
}
Result<CommissioningTemplate> CommissioningTemplateRecord::parsed() const
{
    return std::unexpected(notBuilt());
}
Result<void> validate(const CommissioningTemplateRecord &) { return std::unexpected(notBuilt()); }
CommissioningTemplateRecord templateRecordFor(const CommissioningTemplate &, const QString &,
                                              const QString &)
{
    return {};
}

QString runStatusName(RunStatus) { return {}; }
std::optional<RunStatus> runStatusFromName(const QString &) { return std::nullopt; }
Record CommissioningRun::toRecord() const { return {}; }
Result<CommissioningRun> CommissioningRun::fromRecord(const Record &)
{
    return std::unexpected(notBuilt());
}
Result<CommissioningTemplate> CommissioningRun::parsedTemplate() const
{
    return std::unexpected(notBuilt());
}
Result<void> validate(const CommissioningRun &) { return std::unexpected(notBuilt()); }

QString recordKindName(RecordKind) { return {}; }
std::optional<RecordKind> recordKindFromName(const QString &) { return std::nullopt; }
Record CommissioningRecord::toRecord() const { return {}; }
Result<CommissioningRecord> CommissioningRecord::fromRecord(const Record &)
{
    return std::unexpected(notBuilt());
}
Result<void> validate(const CommissioningRecord &) { return std::unexpected(notBuilt()); }

QString itemStateName(ItemState) { return {}; }
QString verdictName(Verdict) { return {}; }
const ItemProgress *RunProgress::item(const QString &) const { return nullptr; }
RunProgress evaluateRun(const CommissioningTemplate &, const QList<CommissioningRecord> &)
{
    return {};
}

} // namespace edge::api
