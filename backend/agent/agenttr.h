#pragma once

#include <QCoreApplication>

namespace edge::agent {

// Translation context of the agent's user-visible messages: AgentTr::tr("...").
class AgentTr {
    Q_DECLARE_TR_FUNCTIONS(edge::agent::AgentTr)
};

} // namespace edge::agent
