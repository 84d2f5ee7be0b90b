// edgectl against a real edge-hub process on 127.0.0.1 (TLS): login and the saved token, remote
// inventory commands, roles, invalid and expired tokens, logout, and `watch` seeing a change
// made by another edgectl.
#include "clirunner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using edge::testing::CliResult;
using edge::testing::CliRunner;

namespace {

const QString kAdminPassword = QStringLiteral("admin-pass-1234");
const QString kViewerPassword = QStringLiteral("viewer-pass-5678");

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestCliHub : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notLoggedInGivesALoginHint();
    void wrongPasswordSavesNothing();
    void loginSavesAPrivateToken();
    void siteLifecycle();
    void viewerMayReadButNotWrite();
    void invalidTokenAsksToLogInAgain();
    void expiredTokenAsksToLogInAgain();
    void logoutRemovesTheToken();
    void watchSeesAChangeFromAnotherEdgectl();
    void unreachableHub();

private:
    QStringList remote(const QStringList &args, const QString &user = {}) const;
    CliResult ec(const QStringList &args, const QString &user = {},
                 const QString &password = QString()) const
    {
        return m_cli->run(remote(args, user), password);
    }
    QString tokenDir() const { return m_cli->configHome() + QStringLiteral("/edgeconsole/tokens"); }
    QString tokenFile(const QString &user) const
    {
        return tokenDir() + QLatin1Char('/')
               + QString::fromLatin1(m_hubAddress.toUtf8().toPercentEncoding(".-"))
               + QLatin1Char('@') + user + QStringLiteral(".token");
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QProcess m_hub;
    QString m_hubAddress;
    QString m_caPath;
};

QStringList TestCliHub::remote(const QStringList &args, const QString &user) const
{
    QStringList out{QStringLiteral("--hub"), m_hubAddress, QStringLiteral("--ca"), m_caPath};
    if (!user.isEmpty())
        out << QStringLiteral("--user") << user;
    return out + args;
}

void TestCliHub::initTestCase()
{
    const QString hubBin = CliRunner::binDir() + QStringLiteral("/edge-hub");
    QVERIFY2(QFileInfo::exists(CliRunner::edgectl()), qPrintable(CliRunner::edgectl()));
    QVERIFY2(QFileInfo::exists(hubBin), qPrintable(hubBin));
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<CliRunner>(m_tmp->path() + QStringLiteral("/home"));
    QVERIFY(QDir().mkpath(m_tmp->path() + QStringLiteral("/home")));

    QProcessEnvironment env = m_cli->environment();
    env.insert(QStringLiteral("EDGE_ADMIN_PASSWORD"), kAdminPassword);
    m_hub.setProcessEnvironment(env);
    m_hub.setProcessChannelMode(QProcess::SeparateChannels);
    // Port 0: the hub picks a free port and prints the address it listens on.
    m_hub.start(hubBin, {QStringLiteral("--data"), m_tmp->path() + QStringLiteral("/hub"),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY2(m_hub.waitForStarted(30000), qPrintable(m_hub.errorString()));
    static const QRegularExpression ready(QStringLiteral(
                                              "listening on (\\S+) \\(TLS\\), CA: (.+)$"),
                                          QRegularExpression::MultilineOption);
    QByteArray output;
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        if (m_hub.state() != QProcess::Running)
            break;
        m_hub.waitForReadyRead(500);
        output += m_hub.readAllStandardOutput();
        const auto m = ready.match(QString::fromUtf8(output));
        if (m.hasMatch()) {
            m_hubAddress = m.captured(1);
            m_caPath = m.captured(2).trimmed();
            break;
        }
    }
    QVERIFY2(!m_hubAddress.isEmpty(), QByteArray(output + m_hub.readAllStandardError()).constData());
    QVERIFY2(QFileInfo::exists(m_caPath), qPrintable(m_caPath));
}

void TestCliHub::cleanupTestCase()
{
    if (m_hub.state() == QProcess::Running) {
        m_hub.terminate();
        if (!m_hub.waitForFinished(60000))
            m_hub.kill();
        m_hub.waitForFinished(10000);
        QCOMPARE(m_hub.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_hub.exitCode(), 0);
    }
}

void TestCliHub::notLoggedInGivesALoginHint()
{
    const CliResult r = ec({QStringLiteral("site"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("Log in"), Qt::CaseInsensitive), r.describe());
    QVERIFY2(r.errText().contains(QStringLiteral("login --user")), r.describe());
    QVERIFY(!QFileInfo::exists(tokenDir()));
}

void TestCliHub::wrongPasswordSavesNothing()
{
    const CliResult r = ec({QStringLiteral("login")}, QStringLiteral("admin"),
                           QStringLiteral("not-the-password"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.errText().contains(QStringLiteral("not-the-password")), r.describe());
    QVERIFY(!QFileInfo::exists(tokenFile(QStringLiteral("admin"))));
}

void TestCliHub::loginSavesAPrivateToken()
{
    const CliResult r = ec({QStringLiteral("login")}, QStringLiteral("admin"), kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(QStringLiteral("admin")), r.describe());
    QVERIFY2(!r.outText().contains(kAdminPassword) && !r.errText().contains(kAdminPassword),
             r.describe());

    const QString file = tokenFile(QStringLiteral("admin"));
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(tokenDir()), 0700);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
    const QString token = saved.value(QStringLiteral("token")).toString();
    QVERIFY(token.size() >= 16);
    QVERIFY2(!r.outText().contains(token) && !r.errText().contains(token), "the token was printed");
    QVERIFY(f.seek(0));
    QVERIFY(!f.readAll().contains(kAdminPassword.toUtf8())); // the password is not stored
    f.close();

    const CliResult who = ec({QStringLiteral("--json"), QStringLiteral("whoami")});
    QVERIFY2(who.exitCode == 0, who.describe());
    QCOMPARE(who.json().object().value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
    QCOMPARE(who.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));

    // --password-stdin works too, and logging in again replaces the file (still 0600).
    const CliResult again = m_cli->run(remote({QStringLiteral("login"),
                                               QStringLiteral("--password-stdin")},
                                              QStringLiteral("admin")),
                                       QString(), kAdminPassword.toUtf8() + '\n');
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(modeOf(file), 0600);
}

void TestCliHub::siteLifecycle()
{
    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("add"),
                      QStringLiteral("--name"), QStringLiteral("深圳南山-01"),
                      QStringLiteral("--kind"), QStringLiteral("cabinet-site"),
                      QStringLiteral("--lat"), QStringLiteral("22.5431"), QStringLiteral("--lon"),
                      QStringLiteral("113.9298")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject created = r.json().object();
    QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("深圳南山-01"));
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());

    r = ec({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().array().size(), 1);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("id")).toString(), id);

    r = ec({QStringLiteral("site"), QStringLiteral("edit"), id, QStringLiteral("--notes"),
            QStringLiteral("机柜在三楼")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("show"),
            QStringLiteral("深圳南山-01")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject shown = r.json().object();
    QCOMPARE(shown.value(QStringLiteral("notes")).toString(), QStringLiteral("机柜在三楼"));
    QCOMPARE(shown.value(QStringLiteral("latitude")).toDouble(), 22.5431);

    r = ec({QStringLiteral("site"), QStringLiteral("show"), QStringLiteral("深圳南山-01")});
    QVERIFY2(r.exitCode == 0 && r.outText().contains(QStringLiteral("Notes:")), r.describe());

    r = ec({QStringLiteral("site"), QStringLiteral("rm"), QStringLiteral("深圳南山-01")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("site"), QStringLiteral("show"), id});
    QCOMPARE(r.exitCode, 1);
}

void TestCliHub::viewerMayReadButNotWrite()
{
    CliResult r = ec({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("viewer1"), QStringLiteral("--role"), QStringLiteral("viewer")},
                     QStringLiteral("admin"), kViewerPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("visible"), QStringLiteral("--kind"), QStringLiteral("end-edge-dc")},
           QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, r.describe());

    r = ec({QStringLiteral("login")}, QStringLiteral("viewer1"), kViewerPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(modeOf(tokenFile(QStringLiteral("viewer1"))), 0600);

    // The last login is the default user now.
    r = ec({QStringLiteral("--json"), QStringLiteral("whoami")});
    QCOMPARE(r.json().object().value(QStringLiteral("user")).toString(), QStringLiteral("viewer1"));

    r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("forbidden"), QStringLiteral("--kind"), QStringLiteral("cabinet-site")},
           QStringLiteral("viewer1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("permission"), Qt::CaseInsensitive), r.describe());
    r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("forbidden"), QStringLiteral("--kind"),
            QStringLiteral("cabinet-site")},
           QStringLiteral("viewer1"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errJson()
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("permission-denied"));

    r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")},
           QStringLiteral("viewer1"));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().array().size(), 1); // "forbidden" was not created
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("visible"));

    // The admin is still signed in alongside.
    r = ec({QStringLiteral("--json"), QStringLiteral("whoami")}, QStringLiteral("admin"));
    QCOMPARE(r.json().object().value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
}

void TestCliHub::invalidTokenAsksToLogInAgain()
{
    const QString file = tokenFile(QStringLiteral("viewer1"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    saved.insert(QStringLiteral("token"), QStringLiteral("this-token-was-never-issued-by-the-hub"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(saved).toJson());
    f.close();
    QCOMPARE(modeOf(file), 0600);

    const CliResult r = ec({QStringLiteral("site"), QStringLiteral("list")},
                           QStringLiteral("viewer1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("log in again"), Qt::CaseInsensitive),
             r.describe());
    QVERIFY2(r.errText().contains(QStringLiteral("login --user viewer1")), r.describe());

    // A token file others could read is refused.
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const CliResult open = ec({QStringLiteral("site"), QStringLiteral("list")},
                              QStringLiteral("viewer1"));
    QCOMPARE(open.exitCode, 1);
    QVERIFY2(open.errText().contains(QStringLiteral("chmod 600")), open.describe());
}

void TestCliHub::expiredTokenAsksToLogInAgain()
{
    CliResult r = ec({QStringLiteral("login")}, QStringLiteral("viewer1"), kViewerPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("site"), QStringLiteral("list")}, QStringLiteral("viewer1"));
    QVERIFY2(r.exitCode == 0, r.describe());

    const QString file = tokenFile(QStringLiteral("viewer1"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    saved.insert(QStringLiteral("expires_at_ms"), 1000.0);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(saved).toJson());
    f.close();

    r = ec({QStringLiteral("site"), QStringLiteral("list")}, QStringLiteral("viewer1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("expired")), r.describe());
    QVERIFY2(r.errText().contains(QStringLiteral("log in again"), Qt::CaseInsensitive),
             r.describe());
}

void TestCliHub::logoutRemovesTheToken()
{
    CliResult r = ec({QStringLiteral("login")}, QStringLiteral("viewer1"), kViewerPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString file = tokenFile(QStringLiteral("viewer1"));
    QVERIFY(QFileInfo::exists(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString token =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("token")).toString();
    f.close();

    r = ec({QStringLiteral("logout")}, QStringLiteral("viewer1"));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(QFileInfo::exists(tokenFile(QStringLiteral("admin")))); // other sign-ins stay

    r = ec({QStringLiteral("site"), QStringLiteral("list")}, QStringLiteral("viewer1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("log in"), Qt::CaseInsensitive), r.describe());

    // The hub forgot the token too: putting the old file back does not sign anyone in.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("hub"), m_hubAddress},
                                      {QStringLiteral("user"), QStringLiteral("viewer1")},
                                      {QStringLiteral("token"), token},
                                      {QStringLiteral("ca"), m_caPath},
                                      {QStringLiteral("expires_at_ms"), 0}})
                .toJson());
    f.close();
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    r = ec({QStringLiteral("site"), QStringLiteral("list")}, QStringLiteral("viewer1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("log in again"), Qt::CaseInsensitive),
             r.describe());
    QVERIFY(QFile::remove(file));
}

void TestCliHub::watchSeesAChangeFromAnotherEdgectl()
{
    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("health")}, QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, r.describe());
    const qint64 from = r.json().object().value(QStringLiteral("revision")).toInteger();
    QVERIFY(from > 0);

    QProcess watcher;
    watcher.setProcessEnvironment(m_cli->environment());
    watcher.start(CliRunner::edgectl(), remote({QStringLiteral("watch"), QStringLiteral("--json"),
                                                QStringLiteral("--from"), QString::number(from)},
                                               QStringLiteral("admin")));
    QVERIFY(watcher.waitForStarted(30000));

    // Reads JSON lines from the watcher until `count` changes arrived.
    QList<QJsonObject> changes;
    QByteArray buffer;
    auto waitFor = [&](qsizetype count) {
        QDeadlineTimer deadline(120000);
        while (changes.size() < count && !deadline.hasExpired()
               && watcher.state() == QProcess::Running) {
            watcher.waitForReadyRead(500);
            buffer += watcher.readAllStandardOutput();
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                const QByteArray line = buffer.left(nl);
                buffer.remove(0, nl + 1);
                QJsonParseError e;
                const QJsonDocument doc = QJsonDocument::fromJson(line, &e);
                if (e.error != QJsonParseError::NoError || !doc.isObject()) {
                    qWarning("not one JSON object per line: %s", line.constData());
                    return false;
                }
                changes << doc.object();
            }
        }
        return changes.size() >= count;
    };

    // Made by another edgectl process; the watcher prints it (live, or replayed after --from).
    r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("watched-site"), QStringLiteral("--kind"),
            QStringLiteral("cabinet-site")},
           QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(waitFor(1), QByteArray(buffer + watcher.readAllStandardError()).constData());
    QCOMPARE(changes.at(0).value(QStringLiteral("op")).toString(), QStringLiteral("created"));
    QCOMPARE(changes.at(0).value(QStringLiteral("entity")).toString(), QStringLiteral("site"));
    QVERIFY(changes.at(0).value(QStringLiteral("revision")).toInteger() > from);
    QCOMPARE(changes.at(0)
                 .value(QStringLiteral("record"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("watched-site"));

    r = ec({QStringLiteral("site"), QStringLiteral("rm"), QStringLiteral("watched-site")},
           QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(waitFor(2), QByteArray(buffer + watcher.readAllStandardError()).constData());
    QCOMPARE(changes.at(1).value(QStringLiteral("op")).toString(), QStringLiteral("deleted"));
    QCOMPARE(changes.at(1).value(QStringLiteral("id")).toString(),
             changes.at(0).value(QStringLiteral("id")).toString());
    QVERIFY(changes.at(1).value(QStringLiteral("record")).isNull());
    QVERIFY(changes.at(1).value(QStringLiteral("revision")).toInteger()
            > changes.at(0).value(QStringLiteral("revision")).toInteger());

    // Ctrl+C / SIGTERM ends it cleanly.
    watcher.terminate();
    QVERIFY(watcher.waitForFinished(60000));
    QCOMPARE(watcher.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watcher.exitCode(), 0);

    // Human lines: "REVISION OP KIND NAME [ID]", on stdout; the notice goes to stderr.
    r = ec({QStringLiteral("--json"), QStringLiteral("health")}, QStringLiteral("admin"));
    const qint64 now = r.json().object().value(QStringLiteral("revision")).toInteger();
    QProcess human;
    human.setProcessEnvironment(m_cli->environment());
    human.start(CliRunner::edgectl(),
                remote({QStringLiteral("watch"), QStringLiteral("--from"), QString::number(now)},
                       QStringLiteral("admin")));
    QVERIFY(human.waitForStarted(30000));
    r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("看得见的站点"), QStringLiteral("--kind"),
            QStringLiteral("cabinet-site")},
           QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, r.describe());
    QByteArray text;
    QDeadlineTimer deadline(120000);
    while (!text.contains("\n") && !deadline.hasExpired() && human.state() == QProcess::Running) {
        human.waitForReadyRead(500);
        text += human.readAllStandardOutput();
    }
    QVERIFY2(QString::fromUtf8(text).contains(
                 QRegularExpression(QStringLiteral(
                                        "^\\d+ created site 看得见的站点 \\[[^\\]]+\\]$"),
                                    QRegularExpression::MultilineOption)),
             text.constData());
    ::kill(pid_t(human.processId()), SIGINT);
    QVERIFY(human.waitForFinished(60000));
    QCOMPARE(human.exitCode(), 0);
}

void TestCliHub::unreachableHub()
{
    // Nothing listens on port 1 of 127.0.0.1.
    const CliResult r = m_cli->run({QStringLiteral("--hub"), QStringLiteral("127.0.0.1:1"),
                                    QStringLiteral("--ca"), m_caPath, QStringLiteral("health")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("reach"), Qt::CaseInsensitive), r.describe());
    const CliResult noCa = m_cli->run(
        {QStringLiteral("--hub"), m_hubAddress, QStringLiteral("--ca"),
         m_tmp->path() + QStringLiteral("/missing.pem"), QStringLiteral("health")});
    QCOMPARE(noCa.exitCode, 1);
    QVERIFY2(noCa.errText().contains(QStringLiteral("missing.pem")), noCa.describe());
}

QTEST_GUILESS_MAIN(TestCliHub)
#include "tst_cli_hub.moc"
