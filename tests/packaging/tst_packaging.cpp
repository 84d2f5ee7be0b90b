// Builds the .deb packages of this build tree (cpack -G DEB into a temporary directory) and
// checks them with dpkg-deb, the way a user's apt would see them: one package per component
// with the right name and program, a Depends line from dpkg-shlibdeps that pulls the libraries
// each program needs and no GUI libraries for the headless ones, and for the hub the systemd
// unit, its settings template and the maintainer scripts that create the edge-hub user.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.out = QStringLiteral("timed out: ") + program + u' ' + args.join(u' ');
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAll());
    return r;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The package names of a Depends line, without versions or alternatives' punctuation.
QStringList dependNames(const QString &depends)
{
    QStringList names;
    static const QRegularExpression sep(QStringLiteral("[,|]"));
    for (QString part : depends.split(sep, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        const qsizetype paren = part.indexOf(u'(');
        if (paren >= 0)
            part = part.left(paren).trimmed();
        names << part.section(u':', 0, 0);
    }
    return names;
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onePackagePerComponent();
    void component_data();
    void component();
    void hubServiceAndScripts();
    void consoleDesktopEntry();

private:
    QString deb(const QString &component) const;
    QString extract(const QString &component);

    QTemporaryDir m_tmp;
    QStringList m_expected;
    QString m_dpkgDeb;
};

void TestPackaging::initTestCase()
{
    m_expected = qEnvironmentVariable("EC_PACKAGE_COMPONENTS").split(u',', Qt::SkipEmptyParts);
    if (m_expected.isEmpty())
        QSKIP("no program targets (edge-console, edge-hub, edgectl) in this tree yet");
    m_dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
    QVERIFY2(!m_dpkgDeb.isEmpty(), "dpkg-deb not found (scripts/install-deps.sh --test)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty(),
             "dpkg-shlibdeps not found: install dpkg-dev (scripts/install-deps.sh --test)");
    QVERIFY(m_tmp.isValid());

    const QString buildDir = qEnvironmentVariable("EC_BUILD_DIR");
    const Run cpack = run(qEnvironmentVariable("EC_CPACK"),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"),
                           m_tmp.path(),
                           // gzip: much faster than the release packages' xz on big test builds
                           QStringLiteral("-D"),
                           QStringLiteral("CPACK_DEBIAN_COMPRESSION_TYPE=gzip"),
                           QStringLiteral("--config"),
                           buildDir + QStringLiteral("/CPackConfig.cmake")},
                          800000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(QStringLiteral("cpack failed:\n") + cpack.out));
}

QString TestPackaging::deb(const QString &component) const
{
    const QStringList found = QDir(m_tmp.path())
                                  .entryList({QStringLiteral("edgeconsole-%1_*.deb").arg(component)},
                                             QDir::Files);
    return found.size() == 1 ? m_tmp.filePath(found.first()) : QString();
}

QString TestPackaging::extract(const QString &component)
{
    const QString dir = m_tmp.filePath(QStringLiteral("x-") + component);
    if (!QDir(dir).exists()) {
        const Run x = run(m_dpkgDeb, {QStringLiteral("-x"), deb(component), dir});
        const Run e = run(m_dpkgDeb,
                          {QStringLiteral("-e"), deb(component), dir + QStringLiteral("/DEBIAN")});
        if (x.exitCode != 0 || e.exitCode != 0)
            qWarning().noquote() << x.out << e.out;
    }
    return dir;
}

void TestPackaging::onePackagePerComponent()
{
    QStringList want;
    for (const QString &c : std::as_const(m_expected))
        want << QStringLiteral("edgeconsole-") + c;
    QStringList got;
    for (const QString &f : QDir(m_tmp.path()).entryList({QStringLiteral("*.deb")}, QDir::Files))
        got << f.section(u'_', 0, 0);
    want.sort();
    got.sort();
    QCOMPARE(got, want);
}

void TestPackaging::component_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("mustDepend");
    QTest::addColumn<QStringList>("mustNotDepend");
    const QStringList gui = {QStringLiteral("libqt6gui6"), QStringLiteral("libqt6widgets6")};
    QTest::newRow("console") << QStringLiteral("edge-console")
                             << QStringList{QStringLiteral("libqt6widgets6"),
                                            QStringLiteral("libqt6core6"),
                                            QStringLiteral("qt6-qpa-plugins"),
                                            QStringLiteral("libc6")}
                             << QStringList{};
    QTest::newRow("hub") << QStringLiteral("edge-hub")
                         << QStringList{QStringLiteral("libqt6core6"), QStringLiteral("adduser"),
                                        QStringLiteral("libc6")}
                         << gui;
    // edgectl writes PDF reports (`survey report`): Qt Gui with its offscreen platform, never
    // Widgets, so it still installs on a headless server.
    QTest::newRow("ctl") << QStringLiteral("edgectl")
                         << QStringList{QStringLiteral("libqt6core6"), QStringLiteral("libqt6gui6"),
                                        QStringLiteral("libc6")}
                         << QStringList{QStringLiteral("libqt6widgets6")};
    QTest::newRow("agent") << QStringLiteral("edge-agent") << QStringList{QStringLiteral("libc6")}
                           << gui;
}

void TestPackaging::component()
{
    QFETCH(QString, program);
    QFETCH(QStringList, mustDepend);
    QFETCH(QStringList, mustNotDepend);
    const QString c = QString::fromLatin1(QTest::currentDataTag());
    if (!m_expected.contains(c))
        QSKIP("this component's program is not in the tree yet");
    const QString file = deb(c);
    QVERIFY2(!file.isEmpty(), qPrintable(QStringLiteral("no edgeconsole-%1_*.deb").arg(c)));

    const Run fields = run(m_dpkgDeb, {QStringLiteral("-f"), file, QStringLiteral("Package"),
                                       QStringLiteral("Depends"), QStringLiteral("Description")});
    QCOMPARE(fields.exitCode, 0);
    QVERIFY2(fields.out.contains(QStringLiteral("Package: edgeconsole-") + c),
             qPrintable(fields.out));
    const QString depends = fields.out.section(QStringLiteral("Depends:"), 1).section(u'\n', 0, 0);
    const QStringList names = dependNames(depends);
    for (const QString &d : mustDepend)
        QVERIFY2(names.contains(d),
                 qPrintable(
                     QStringLiteral("Depends of edgeconsole-%1 lacks %2: %3").arg(c, d, depends)));
    for (const QString &d : mustNotDepend)
        QVERIFY2(!names.contains(d),
                 qPrintable(
                     QStringLiteral("edgeconsole-%1 must not depend on %2: %3").arg(c, d, depends)));

    const Run contents = run(m_dpkgDeb, {QStringLiteral("-c"), file});
    QCOMPARE(contents.exitCode, 0);
    static const QRegularExpression binLine(QStringLiteral("^-rwxr-xr-x .* \\./usr/bin/(\\S+)$"),
                                            QRegularExpression::MultilineOption);
    QStringList programs;
    for (auto it = binLine.globalMatch(contents.out); it.hasNext();)
        programs << it.next().captured(1);
    QCOMPARE(programs, QStringList{program});
}

void TestPackaging::hubServiceAndScripts()
{
    if (!m_expected.contains(QStringLiteral("hub")))
        QSKIP("edge-hub is not in the tree yet");
    const QString dir = extract(QStringLiteral("hub"));
    const QString unit = readFile(dir + QStringLiteral("/usr/lib/systemd/system/edge-hub.service"));
    QVERIFY2(!unit.isEmpty(), "the hub package lacks /usr/lib/systemd/system/edge-hub.service");
    for (const char *line :
         {"User=edge-hub", "EnvironmentFile=-/etc/default/edge-hub",
          "ExecStart=/usr/bin/edge-hub --data /var/lib/edge-hub --listen ${EDGE_HUB_LISTEN}",
          "StateDirectory=edge-hub", "NoNewPrivileges=yes", "ProtectSystem=strict",
          "WantedBy=multi-user.target"}) {
        QVERIFY2(unit.contains(QLatin1String("\n") + QLatin1String(line)),
                 qPrintable(QStringLiteral("edge-hub.service lacks the line ")
                            + QLatin1String(line)));
    }
    // The program ExecStart names is the one in the package.
    QVERIFY(QFileInfo(dir + QStringLiteral("/usr/bin/edge-hub")).isExecutable());
    QVERIFY(QFile::exists(dir + QStringLiteral("/usr/share/edgeconsole-hub/edge-hub.default")));
    QVERIFY(readFile(dir + QStringLiteral("/usr/share/edgeconsole-hub/edge-hub.default"))
                .contains(QLatin1String("\nEDGE_HUB_LISTEN=")));

    for (const char *script : {"postinst", "prerm", "postrm"}) {
        const QString path = dir + QStringLiteral("/DEBIAN/") + QLatin1String(script);
        QVERIFY2(QFileInfo(path).isExecutable(),
                 qPrintable(path + QStringLiteral(" missing or not executable")));
        const Run syntax = run(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), path});
        QVERIFY2(syntax.exitCode == 0, qPrintable(path + u'\n' + syntax.out));
    }
    const QString postinst = readFile(dir + QStringLiteral("/DEBIAN/postinst"));
    QVERIFY(postinst.contains(QLatin1String("adduser --system")));
    QVERIFY(postinst.contains(QLatin1String("edge-hub")));
    QVERIFY(postinst.contains(QLatin1String("/etc/default/edge-hub")));
}

void TestPackaging::consoleDesktopEntry()
{
    if (!m_expected.contains(QStringLiteral("console")))
        QSKIP("edge-console is not in the tree yet");
    const QString dir = extract(QStringLiteral("console"));
    const QString desktop = readFile(
        dir + QStringLiteral("/usr/share/applications/edge-console.desktop"));
    QVERIFY2(!desktop.isEmpty(), "the console package lacks its desktop entry");
    QVERIFY(desktop.contains(QLatin1String("\nExec=edge-console")));
    QVERIFY(desktop.contains(QLatin1String("\nIcon=edge-console\n")));
    QVERIFY(QFileInfo(dir + QStringLiteral("/usr/bin/edge-console")).isExecutable());
    QVERIFY(QFile::exists(
        dir + QStringLiteral("/usr/share/icons/hicolor/scalable/apps/edge-console.svg")));
    for (const char *size : {"48x48", "128x128", "256x256"}) {
        QVERIFY2(QFile::exists(dir
                               + QStringLiteral("/usr/share/icons/hicolor/%1/apps/edge-console.png")
                                     .arg(QLatin1String(size))),
                 size);
    }
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
