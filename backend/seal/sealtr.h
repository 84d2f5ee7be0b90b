#pragma once

#include <QCoreApplication>

namespace edge::seal::detail {

// Translation context of every user-visible string of backend/seal ("edge::seal").
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::seal)
};

} // namespace edge::seal::detail
