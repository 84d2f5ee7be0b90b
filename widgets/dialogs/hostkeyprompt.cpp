#include "widgets/dialogs/hostkeyprompt.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLabel>

namespace edge::widgets {

QString hostKeyQuestion(const fieldinstall::HostKeyInfo &key)
{
    return QCoreApplication::translate(
               "edge::widgets::AddNodeWizard",
               "%1 (port %2) is not yet known to this console. Its host key has this SHA256 "
               "fingerprint:")
        .arg(key.host)
        .arg(key.port);
}

QString hostKeyAdvice()
{
    return QCoreApplication::translate(
        "edge::widgets::AddNodeWizard",
        "Compare it with the machine's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub "
        "on its console) before you trust it. Trusting stores the key; a changed key is "
        "always refused.");
}

QLabel *createFingerprintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace edge::widgets
