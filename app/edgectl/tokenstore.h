#pragma once

#include "backend/api/error.h"

#include <QString>
#include <QStringList>

namespace edge::edgectl {

// Saved sign-ins to remote hubs, one file per hub and user under
// $XDG_CONFIG_HOME/edgeconsole/tokens/ (or ~/.config/edgeconsole/tokens/). Directories are created
// with mode 0700 and files with 0600, written atomically (temp file + rename); a file others can
// read is refused. The token is a bearer secret: it is never printed or logged.
// "<hub>.current" remembers the user who logged in last, used when --user is not given.
class TokenStore {
public:
    struct Saved {
        QString hub;
        QString user;
        QString token;
        QString caPath; // the CA file given at login, used when --ca is omitted
        qint64 expiresAtMs = 0;
    };

    explicit TokenStore(QString dir = defaultDir());
    static QString defaultDir();

    QString tokenPath(const QString &hub, const QString &user) const;

    api::Result<void> save(const Saved &saved);
    // NotFound when there is no saved sign-in for the hub and user.
    api::Result<Saved> load(const QString &hub, const QString &user) const;
    // True when a file was removed.
    api::Result<bool> remove(const QString &hub, const QString &user);

    QString currentUser(const QString &hub) const;
    // The users with a saved sign-in for `hub`.
    QStringList users(const QString &hub) const;
    api::Result<void> setCurrentUser(const QString &hub, const QString &user);

private:
    api::Result<void> ensureDir() const;
    api::Result<void> writeFile(const QString &path, const QByteArray &content) const;
    QString currentPath(const QString &hub) const;

    QString m_dir;
};

} // namespace edge::edgectl
