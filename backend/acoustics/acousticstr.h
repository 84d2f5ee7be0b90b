#pragma once

#include <QCoreApplication>

namespace edge::acoustics {

// Translation context of the noise analysis' user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::acoustics", "..."). Log lines and Error::detail are not
// translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::acoustics)
};

} // namespace edge::acoustics
