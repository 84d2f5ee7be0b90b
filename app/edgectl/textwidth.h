#pragma once

#include <QString>

namespace edge::edgectl {

// Terminal columns a string takes: East Asian wide and full-width characters count 2, combining
// marks 0, everything else 1. Keeps tables with Chinese names aligned.
int displayWidth(const QString &s);

// Pads `s` with spaces on the right to `width` columns.
QString padRight(const QString &s, int width);

} // namespace edge::edgectl
