#pragma once

#include "backend/fieldinstall/fieldinstaller.h"

#include <QString>

class QLabel;
class QWidget;

namespace edge::widgets {

// What the console shows when a machine's SSH host key is seen for the first time: the "Add Node
// over SSH" wizard's host key page and the batch install dialog's per-host question share it.
// Translated in the "AddNodeWizard" context, where the texts were first written.

// "HOST (port PORT) is not yet known to this console. Its host key has this SHA256 fingerprint:"
QString hostKeyQuestion(const fieldinstall::HostKeyInfo &key);
// How to check the fingerprint, and what trusting it does.
QString hostKeyAdvice();
// A label for the fingerprint: fixed-width, selectable, wrapping.
QLabel *createFingerprintLabel(QWidget *parent);

} // namespace edge::widgets
