#include "app/edgectl/textwidth.h"

#include <QChar>
#include <QList>

namespace edge::edgectl {

namespace {

bool isWide(uint c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
           || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
           || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
           || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
           || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
           || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
           || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int displayWidth(const QString &s)
{
    int w = 0;
    for (const uint c : s.toUcs4()) {
        const auto cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || c == 0x200B)
            continue;
        w += isWide(c) ? 2 : 1;
    }
    return w;
}

QString padRight(const QString &s, int width)
{
    const int w = displayWidth(s);
    return w >= width ? s : s + QString(width - w, QLatin1Char(' '));
}

} // namespace edge::edgectl
