#pragma once

// What an SNMP connection needs, as data: the schema the generic settings editor and edgectl
// render, and the validated SessionConfig the session opens. Secrets (community, passphrases) are
// SettingType::Secret: never logged, never echoed in errors.

#include "device-protocols/common/settingsschema.h"

#include <QString>
#include <QVariantMap>

#include <chrono>

namespace edge::snmp {

using api::Result;

enum class SnmpVersion { V2c, V3 };
enum class AuthProtocol { Sha1, Sha256 };
enum class PrivProtocol { Aes128 };

struct SessionConfig {
    QString host = QStringLiteral("127.0.0.1");
    int port = 161;
    SnmpVersion version = SnmpVersion::V2c;
    QString community = QStringLiteral("public"); // v2c; secret
    // v3 (USM, security level authPriv)
    QString user;
    AuthProtocol authProtocol = AuthProtocol::Sha1;
    QString authPassphrase; // secret, at least 8 characters
    PrivProtocol privProtocol = PrivProtocol::Aes128;
    QString privPassphrase;                  // secret, at least 8 characters
    std::chrono::milliseconds timeout{2000}; // per try
    int retries = 1;                         // tries = retries + 1
    int maxRepetitions = 20;                 // GETBULK

    // "snmp://127.0.0.1:1161": the prefix of every reading's source; never holds a secret.
    QString endpoint() const;
};

// Keys: host, port, version ("2c" | "3"), community, user, authProtocol ("SHA" | "SHA-256"),
// authPassphrase, privProtocol ("AES"), privPassphrase, timeoutMs, retries, maxRepetitions.
devices::SettingsSchema settingsSchema();

// validateSettings() plus the rules a schema cannot express (v3 needs a user and passphrases of at
// least 8 characters). Code::Validation with Error::field naming the key.
Result<SessionConfig> sessionConfigFromSettings(const QVariantMap &values);

} // namespace edge::snmp
