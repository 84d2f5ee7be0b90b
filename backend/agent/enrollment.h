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

    // Renewal (at 2/3 of the certificate's life): a fresh key in DIR/node.key.new and a request
    // for it. The current key stays in use until completeRenewal().
    static QString pendingKeyPath(const QString &dir);
    static api::Result<QByteArray> createRenewalRequest(const QString &dir, const QString &nodeName);
    // Checks the new certificate against DIR/node.key.new, then swaps key and certificate in
    // (each by rename, key first; a crash in between is repaired by recoverRenewal()).
    static api::Result<void> completeRenewal(const QString &dir, const QByteArray &certificatePem,
                                             const QByteArray &caChainPem);
    // At start-up: finishes a swap interrupted between the two renames.
    static void recoverRenewal(const QString &dir);
};

} // namespace edge::agent
