#pragma once

#include <QCoreApplication>

namespace edge::geo {

// Translation context of the geo module's user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::geo", "..."). Log lines and Error::detail are not translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::geo)
};

} // namespace edge::geo
