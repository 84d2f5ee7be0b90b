#pragma once

#include "backend/api/error.h"

#include <QByteArray>
#include <QString>

namespace edge::agent {

// The agent's side of enrollment (issue 3): its own key and certificate request, and storing the
// certificate the hub's CA signed. The private key never leaves the node.
//   DIR/node.key   EC P-256 private key (PEM, PKCS#8), mode 0600
//   DIR/node.pem   the node's client certificate
//   DIR/ca.pem     the hub's CA (the trust anchor for the control channel)
class Enrollment {
public:
    static QString keyPath(const QString &dir);
    static QString certificatePath(const QString &dir);
    static QString caPath(const QString &dir);

    // Makes a fresh EC P-256 key, writes it to DIR/node.key (0600, atomically; an existing key is
    // replaced) and returns a PKCS#10 request for it (PEM) with CN and DNS SAN `nodeName`.
    static api::Result<QByteArray> createKeyAndRequest(const QString &dir, const QString &nodeName);
    // A request for the key already in DIR/node.key.
    static api::Result<QByteArray> requestForExistingKey(const QString &dir,
                                                         const QString &nodeName);
    // Writes DIR/node.pem and DIR/ca.pem (0644, atomically) after checking that the certificate
    // belongs to DIR/node.key.
    static api::Result<void> storeCertificate(const QString &dir, const QByteArray &certificatePem,
                                              const QByteArray &caChainPem);
};

} // namespace edge::agent
