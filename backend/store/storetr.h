#pragma once

#include <QCoreApplication>

namespace edge::store {

// Translation context of the store's user-visible messages: StoreTr::tr("...").
class StoreTr {
    Q_DECLARE_TR_FUNCTIONS(edge::store::StoreTr)
};

} // namespace edge::store
