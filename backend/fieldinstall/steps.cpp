#include "fieldinstaller.h"
#include "fieldinstalltr.h"

#include <QJsonArray>

namespace edge::fieldinstall {

QList<Step> allSteps()
{
    return {Step::Connect, Step::VerifyHostKey, Step::DetectSystem, Step::Upload,
            Step::Install, Step::Configure,     Step::Start,        Step::WaitOnline};
}

QString stepId(Step step)
{
    switch (step) {
    case Step::Connect: return QStringLiteral("connect");
    case Step::VerifyHostKey: return QStringLiteral("host-key");
    case Step::DetectSystem: return QStringLiteral("detect");
    case Step::Upload: return QStringLiteral("upload");
    case Step::Install: return QStringLiteral("install");
    case Step::Configure: return QStringLiteral("configure");
    case Step::Start: return QStringLiteral("start");
    case Step::WaitOnline: return QStringLiteral("wait-online");
    }
    return {};
}

std::optional<Step> stepFromId(const QString &id)
{
    for (Step s : allSteps())
        if (stepId(s) == id)
            return s;
    return std::nullopt;
}

QString stepLabel(Step step)
{
    switch (step) {
    case Step::Connect: return Tr::tr("Connect over SSH");
    case Step::VerifyHostKey: return Tr::tr("Verify the host key");
    case Step::DetectSystem: return Tr::tr("Detect the system");
    case Step::Upload: return Tr::tr("Upload the agent package");
    case Step::Install: return Tr::tr("Install the agent");
    case Step::Configure: return Tr::tr("Write the agent configuration");
    case Step::Start: return Tr::tr("Start the agent");
    case Step::WaitOnline: return Tr::tr("Wait until the node is online");
    }
    return {};
}

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending: return QStringLiteral("pending");
    case StepState::Running: return QStringLiteral("running");
    case StepState::Done: return QStringLiteral("done");
    case StepState::Skipped: return QStringLiteral("skipped");
    case StepState::Failed: return QStringLiteral("failed");
    case StepState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString stepStateLabel(StepState state)
{
    switch (state) {
    case StepState::Pending: return Tr::tr("Pending");
    case StepState::Running: return Tr::tr("Running");
    case StepState::Done: return Tr::tr("Done");
    case StepState::Skipped: return Tr::tr("Skipped");
    case StepState::Failed: return Tr::tr("Failed");
    case StepState::Cancelled: return Tr::tr("Cancelled");
    }
    return {};
}

QJsonObject InstallResult::toJson() const
{
    QJsonArray stepList;
    for (const StepOutcome &s : steps) {
        QJsonObject o{{QStringLiteral("id"), stepId(s.step)},
                      {QStringLiteral("state"), stepStateName(s.state)},
                      {QStringLiteral("elapsed_ms"), QJsonValue(s.elapsedMs)}};
        if (!s.message.isEmpty())
            o.insert(QStringLiteral("message"), s.message);
        stepList.append(o);
    }
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("node"), nodeName},
                  {QStringLiteral("prefix"), remotePrefix},
                  {QStringLiteral("steps"), stepList}};
    if (!ok) {
        o.insert(QStringLiteral("failed_step"),
                 failedStep ? stepId(*failedStep) : QStringLiteral("none"));
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), api::codeName(error.code)},
                             {QStringLiteral("message"), error.message},
                             {QStringLiteral("detail"), error.detail}});
        o.insert(QStringLiteral("cleaned_up"), cleanedUp);
        if (!cleanupError.isEmpty())
            o.insert(QStringLiteral("cleanup_error"), cleanupError);
    }
    return o;
}

} // namespace edge::fieldinstall
