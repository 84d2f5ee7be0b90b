#include "widgets/common/hubconnector.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace edge::widgets {

HubConnector::~HubConnector() = default;

QString checkHostPort(const QString &hostPort)
{
    const QString text = hostPort.trimmed();
    if (text.isEmpty())
        return QCoreApplication::translate(
            "edge::widgets::HubConnector",
            "Enter the hub address as host:port, for example hub.example.com:7443.");
    static const QRegularExpression re(QStringLiteral(
        R"(^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?):(\d{1,5})$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return QCoreApplication::translate(
                   "edge::widgets::HubConnector",
                   "'%1' is not a host:port address, for example hub.example.com:7443.")
            .arg(text);
    const int port = m.captured(3).toInt();
    if (port < 1 || port > 65535)
        return QCoreApplication::translate("edge::widgets::HubConnector",
                                           "The port must be between 1 and 65535.");
    return {};
}

} // namespace edge::widgets
