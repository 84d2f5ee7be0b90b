#include "translations/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>
#include <vector>

namespace edge::i18n {

namespace {

Q_LOGGING_CATEGORY(lcI18n, "edge.i18n", QtInfoMsg)

// The translators this module installs are children of the application object with this
// object name; that is how uninstall() finds them again (no global state).
constexpr char kTranslatorTag[] = "edge.i18n";
constexpr char kLanguageProperty[] = "edgeLanguage";
constexpr char kResourceDir[] = ":/i18n";
constexpr char kFilePrefix[] = "edgeconsole_";
constexpr char kSourceLanguage[] = "en";

QList<QTranslator *> ourTranslators(const QCoreApplication &app)
{
    return app.findChildren<QTranslator *>(QLatin1String(kTranslatorTag),
                                           Qt::FindDirectChildrenOnly);
}

// Maps a requested language to one of available(); "" picks from the system's UI languages.
// Returns an empty string when an explicitly requested language is not available.
QString resolve(const QString &language, const QStringList &languages)
{
    if (!language.isEmpty()) {
        QString name = language;
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (languages.contains(name))
            return name;
        const QLocale wanted(name);
        if (wanted.language() != QLocale::C && languages.contains(wanted.name()))
            return wanted.name();
        return {};
    }
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &ui : uiLanguages) {
        const QLocale l(ui);
        if (l.language() == QLocale::C || l.language() == QLocale::AnyLanguage)
            continue;
        if (languages.contains(l.name()))
            return l.name();
        // Same language and script in another territory (zh_SG reads zh_CN; zh_TW does not).
        for (const QString &candidate : languages) {
            const QLocale c(candidate);
            if (c.language() == l.language() && c.script() == l.script())
                return candidate;
        }
    }
    return QString::fromLatin1(kSourceLanguage);
}

} // namespace

QStringList available()
{
    const QString prefix = QString::fromLatin1(kFilePrefix);
    const QStringList files = QDir(QString::fromLatin1(kResourceDir))
                                  .entryList({prefix + QStringLiteral("*.qm")}, QDir::Files,
                                             QDir::Name);
    QStringList languages;
    for (const QString &f : files)
        languages << f.mid(prefix.size()).chopped(3);
    languages.sort();
    return languages;
}

QString current(const QCoreApplication &app)
{
    const QList<QTranslator *> ts = ourTranslators(app);
    return ts.isEmpty() ? QString() : ts.first()->property(kLanguageProperty).toString();
}

bool install(QCoreApplication &app, const QString &language)
{
    const QStringList languages = available();
    const QString lang = resolve(language, languages);
    if (lang.isEmpty()) {
        qCWarning(lcI18n) << "no translation for language" << language
                          << "- available:" << languages.join(QStringLiteral(", "));
        return false;
    }

    std::vector<std::unique_ptr<QTranslator>> load;
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QString::fromLatin1(kFilePrefix) + lang, QString::fromLatin1(kResourceDir))) {
        qCWarning(lcI18n) << "the translation" << lang << "is listed but could not be loaded";
        return false;
    }
    load.push_back(std::move(own));

    if (lang != QLatin1String(kSourceLanguage)) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + lang, qtDir)) {
            load.push_back(std::move(qt));
        } else {
            qCWarning(lcI18n) << "Qt's own translation" << QStringLiteral("qtbase_") + lang
                              << "is missing in" << qtDir
                              << "- standard dialog buttons stay in English (Debian package "
                                 "qt6-translations-l10n)";
        }
    }

    uninstall(app);
    for (auto &t : load) {
        t->setObjectName(QLatin1String(kTranslatorTag));
        t->setProperty(kLanguageProperty, lang);
        QTranslator *raw = t.release();
        raw->setParent(&app); // the application owns it from here on
        QCoreApplication::installTranslator(raw);
    }
    qCDebug(lcI18n) << "user-interface language" << lang;
    return true;
}

void uninstall(QCoreApplication &app)
{
    const QList<QTranslator *> ts = ourTranslators(app);
    for (QTranslator *t : ts) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

ScopedLanguage::ScopedLanguage(QCoreApplication &app, const QString &language)
    : m_app(app)
    , m_previous(current(app))
{
    if (!m_previous.isEmpty() && m_previous == language) {
        m_ok = true; // already in place: no LanguageChange round trip
        return;
    }
    m_ok = install(app, language);
    m_changed = m_ok;
}

ScopedLanguage::~ScopedLanguage()
{
    if (!m_changed)
        return;
    if (m_previous.isEmpty() || !install(m_app, m_previous))
        uninstall(m_app);
}

} // namespace edge::i18n
