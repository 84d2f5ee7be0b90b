#pragma once

#include <QCoreApplication>

namespace edge::survey {

// Translation context of the survey analysers' user-visible text: Tr::tr("...") is
// QCoreApplication::translate("edge::survey", "..."). Log lines, Error::detail and --json keys
// are not translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::survey)
};

} // namespace edge::survey
