#include "app/edgectl/tokenstore.h"

#include "app/edgectl/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace edge::edgectl {

namespace {

// File-name-safe form of a hub address or user name: [A-Za-z0-9.-] stay, the rest is %XX.
QString encode(const QString &s) { return QString::fromLatin1(s.toUtf8().toPercentEncoding(".-")); }

QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }

} // namespace

TokenStore::TokenStore(QString dir)
    : m_dir(std::move(dir))
{}

QString TokenStore::defaultDir()
{
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/edgeconsole/tokens");
}

QString TokenStore::tokenPath(const QString &hub, const QString &user) const
{
    return m_dir + QLatin1Char('/') + encode(hub) + QLatin1Char('@') + encode(user)
           + QStringLiteral(".token");
}

QString TokenStore::currentPath(const QString &hub) const
{
    return m_dir + QLatin1Char('/') + encode(hub) + QStringLiteral(".current");
}

api::Result<void> TokenStore::ensureDir() const
{
    // Every missing level is created with 0700; the tokens directory itself is forced to 0700.
    QStringList missing;
    for (QString d = QDir::cleanPath(QFileInfo(m_dir).absoluteFilePath());
         !d.isEmpty() && d != u"/" && !QFileInfo::exists(d); d = QFileInfo(d).absolutePath())
        missing.prepend(d);
    for (const QString &d : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(d).constData(), 0700) != 0 && errno != EEXIST)
            return api::fail(api::Code::Internal,
                             Tr::tr("Cannot create the directory %1: %2").arg(d, errnoText()));
    }
    if (::chmod(QFile::encodeName(m_dir).constData(), 0700) != 0)
        return api::fail(api::Code::Internal,
                         Tr::tr("Cannot protect the directory %1: %2").arg(m_dir, errnoText()));
    return {};
}

api::Result<void> TokenStore::writeFile(const QString &path, const QByteArray &content) const
{
    if (auto ok = ensureDir(); !ok)
        return ok;
    const QByteArray target = QFile::encodeName(path);
    const QByteArray tmp = target + ".tmp-"
                           + QByteArray::number(QRandomGenerator::global()->generate(), 16);
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          0600);
    if (fd < 0)
        return api::fail(api::Code::Internal, Tr::tr("Cannot write %1: %2").arg(path, errnoText()));
    qsizetype done = 0;
    bool ok = true;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, size_t(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        done += n;
    }
    ok = ok && ::fchmod(fd, 0600) == 0 && ::fsync(fd) == 0;
    const QString why = errnoText();
    ::close(fd);
    if (!ok || ::rename(tmp.constData(), target.constData()) != 0) {
        const QString reason = ok ? errnoText() : why;
        ::unlink(tmp.constData());
        return api::fail(api::Code::Internal, Tr::tr("Cannot write %1: %2").arg(path, reason));
    }
    return {};
}

api::Result<void> TokenStore::save(const Saved &saved)
{
    const QJsonObject o{{QStringLiteral("hub"), saved.hub},
                        {QStringLiteral("user"), saved.user},
                        {QStringLiteral("token"), saved.token},
                        {QStringLiteral("ca"), saved.caPath},
                        {QStringLiteral("expires_at_ms"), double(saved.expiresAtMs)}};
    return writeFile(tokenPath(saved.hub, saved.user),
                     QJsonDocument(o).toJson(QJsonDocument::Compact));
}

api::Result<TokenStore::Saved> TokenStore::load(const QString &hub, const QString &user) const
{
    const QString path = tokenPath(hub, user);
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT)
            return api::fail(api::Code::NotFound,
                             Tr::tr("No saved sign-in for %1 at %2.").arg(user, hub));
        return api::fail(api::Code::Internal, Tr::tr("Cannot read %1: %2").arg(path, errnoText()));
    }
    if (!S_ISREG(st.st_mode))
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr("%1 is not a regular file.").arg(path));
    if ((st.st_mode & 077) != 0)
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr(
                             "%1 can be read by other users, so it is not used. Run 'chmod 600 %1' "
                             "or log in again.")
                             .arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return api::fail(api::Code::Internal,
                         Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    Saved s;
    s.hub = o.value(QStringLiteral("hub")).toString();
    s.user = o.value(QStringLiteral("user")).toString();
    s.token = o.value(QStringLiteral("token")).toString();
    s.caPath = o.value(QStringLiteral("ca")).toString();
    s.expiresAtMs = qint64(o.value(QStringLiteral("expires_at_ms")).toDouble());
    if (s.token.isEmpty() || s.hub != hub || s.user != user)
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr("The saved sign-in in %1 is damaged; log in again.").arg(path));
    return s;
}

api::Result<bool> TokenStore::remove(const QString &hub, const QString &user)
{
    const QByteArray path = QFile::encodeName(tokenPath(hub, user));
    bool removed = true;
    if (::unlink(path.constData()) != 0) {
        if (errno != ENOENT)
            return api::fail(api::Code::Internal,
                             Tr::tr("Cannot remove %1: %2").arg(tokenPath(hub, user), errnoText()));
        removed = false;
    }
    if (currentUser(hub) == user)
        ::unlink(QFile::encodeName(currentPath(hub)).constData());
    return removed;
}

QString TokenStore::currentUser(const QString &hub) const
{
    QFile f(currentPath(hub));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.read(1024)).trimmed();
}

QStringList TokenStore::users(const QString &hub) const
{
    const QString prefix = encode(hub) + QLatin1Char('@');
    QStringList out;
    const QStringList files = QDir(m_dir).entryList({prefix + QStringLiteral("*.token")},
                                                    QDir::Files);
    for (const QString &f : files)
        out << QString::fromUtf8(QByteArray::fromPercentEncoding(
            f.mid(prefix.size()).chopped(int(qstrlen(".token"))).toLatin1()));
    return out;
}

api::Result<void> TokenStore::setCurrentUser(const QString &hub, const QString &user)
{
    return writeFile(currentPath(hub), user.toUtf8() + '\n');
}

} // namespace edge::edgectl
