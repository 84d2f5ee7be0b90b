#include "backend/api/commissioning.h"

#include "backend/api/recordfields.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace edge::api {

namespace {

using recordfields::checkName;
using recordfields::integer;
using recordfields::invalid;
using recordfields::makeRecord;
const auto str = recordfields::text;
const auto optText = recordfields::optionalText;
QVariant optTime(qint64 ms) { return ms > 0 ? QVariant(ms) : QVariant(); }

const QString kFormat = QStringLiteral("edgeconsole-commissioning-template");
constexpr qsizetype kMaxTemplateBytes = 4 * 1024 * 1024;
constexpr qsizetype kMaxPayloadBytes = 16 * 1024 * 1024;
constexpr int kMaxVersion = 1'000'000;

// "<origin>, at <path>: <what>" (or without the origin when there is none).
QString located(const QString &origin, const QString &path, const QString &what)
{
    if (path == u"$") // the whole document
        return origin.isEmpty() ? what : QStringLiteral("%1: %2").arg(origin, what);
    if (origin.isEmpty())
        return QCoreApplication::translate("edge::api", "At %1: %2").arg(path, what);
    return QCoreApplication::translate("edge::api", "%1, at %2: %3").arg(origin, path, what);
}

std::unexpected<Error> templateError(const QString &origin, const QString &path, const QString &what)
{
    return fail(Code::Validation, located(origin, path, what), origin, path);
}

Result<void> validateFrom(const CommissioningTemplate &t, const QString &origin);

bool wellFormedId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,99}$"));
    return re.match(id).hasMatch();
}

// ---- JSON reading with the path of every value -----------------------------------------------

class Reader {
public:
    explicit Reader(QString origin)
        : m_origin(std::move(origin))
    {}

    std::optional<Error> error;

    void setError(const QString &path, const QString &what)
    {
        if (!error)
            error = templateError(m_origin, path, what).error();
    }

    // Refuses keys outside `known`.
    bool onlyKnownKeys(const QJsonObject &o, const QString &path, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            setError(join(path, it.key()),
                     QCoreApplication::translate(
                         "edge::api",
                         "unknown key \"%1\"; remove it or correct its spelling (the keys here "
                         "are: %2)")
                         .arg(it.key(), known.join(QStringLiteral(", "))));
            return false;
        }
        return true;
    }

    QString text(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                setError(join(path, key),
                         QCoreApplication::translate("edge::api", "this text is required; add it"));
            return {};
        }
        if (!v.isString()) {
            setError(join(path, key),
                     QCoreApplication::translate("edge::api",
                                                 "expected text in double quotes; write it as "
                                                 "\"...\""));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            setError(join(path, key),
                     QCoreApplication::translate("edge::api", "this text must not be empty"));
        return v.toString();
    }

    std::optional<double> number(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            setError(join(path, key),
                     QCoreApplication::translate("edge::api",
                                                 "expected a number (like 600 or 3.5) without "
                                                 "quotes"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString index(const QString &path, qsizetype i)
    {
        return path + u'[' + QString::number(i) + u']';
    }

private:
    QString m_origin;
};

std::optional<TemplateItem> parseItem(Reader &rd, const QJsonValue &value, const QString &path)
{
    static const QStringList known{QStringLiteral("id"),       QStringLiteral("title"),
                                   QStringLiteral("title_zh"), QStringLiteral("mode"),
                                   QStringLiteral("evidence"), QStringLiteral("unit"),
                                   QStringLiteral("min"),      QStringLiteral("max"),
                                   QStringLiteral("check"),    QStringLiteral("params"),
                                   QStringLiteral("guidance"), QStringLiteral("guidance_zh")};
    if (!value.isObject()) {
        rd.setError(path,
                    QCoreApplication::translate(
                        "edge::api", "an item is an object: { \"id\": ..., \"title\": ... }"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    if (!rd.onlyKnownKeys(o, path, known))
        return std::nullopt;
    TemplateItem item;
    item.id = rd.text(o, path, QStringLiteral("id"), true);
    item.title = rd.text(o, path, QStringLiteral("title"), true);
    item.titleZh = rd.text(o, path, QStringLiteral("title_zh"), false);
    const QString mode = rd.text(o, path, QStringLiteral("mode"), false);
    if (!mode.isEmpty()) {
        const auto m = checkModeFromName(mode);
        if (!m)
            rd.setError(Reader::join(path, QStringLiteral("mode")),
                        QCoreApplication::translate(
                            "edge::api", "unknown mode \"%1\"; use manual, automatic or both")
                            .arg(mode));
        else
            item.mode = *m;
    }
    const QJsonValue evidence = o.value(QStringLiteral("evidence"));
    if (!evidence.isUndefined() && !evidence.isNull()) {
        const QString epath = Reader::join(path, QStringLiteral("evidence"));
        if (!evidence.isArray()) {
            rd.setError(epath,
                        QCoreApplication::translate(
                            "edge::api", "expected a list such as [\"measurement\", \"photo\"]"));
        } else {
            const QJsonArray list = evidence.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString name = list.at(i).toString();
                const auto k = evidenceKindFromName(name);
                if (!list.at(i).isString() || !k) {
                    rd.setError(Reader::index(epath, i),
                                QCoreApplication::translate(
                                    "edge::api",
                                    "unknown evidence \"%1\"; use measurement, photo or note")
                                    .arg(name));
                    break;
                }
                if (item.evidence.contains(*k)) {
                    rd.setError(Reader::index(epath, i),
                                QCoreApplication::translate("edge::api",
                                                            "\"%1\" is listed twice; list it once")
                                    .arg(name));
                    break;
                }
                item.evidence.append(*k);
            }
        }
    }
    item.unit = rd.text(o, path, QStringLiteral("unit"), false);
    item.min = rd.number(o, path, QStringLiteral("min"));
    item.max = rd.number(o, path, QStringLiteral("max"));
    item.check = rd.text(o, path, QStringLiteral("check"), false);
    const QJsonValue params = o.value(QStringLiteral("params"));
    if (!params.isUndefined() && !params.isNull()) {
        if (!params.isObject())
            rd.setError(Reader::join(path, QStringLiteral("params")),
                        QCoreApplication::translate(
                            "edge::api", "expected an object such as { \"limit_ms\": 10000 }"));
        else
            item.params = params.toObject();
    }
    item.guidance = rd.text(o, path, QStringLiteral("guidance"), false);
    item.guidanceZh = rd.text(o, path, QStringLiteral("guidance_zh"), false);
    return item;
}

std::optional<TemplateSection> parseSection(Reader &rd, const QJsonValue &value, const QString &path)
{
    static const QStringList known{QStringLiteral("id"), QStringLiteral("title"),
                                   QStringLiteral("title_zh"), QStringLiteral("items")};
    if (!value.isObject()) {
        rd.setError(path, QCoreApplication::translate(
                              "edge::api",
                              "a section is an object: { \"id\": ..., \"title\": ..., \"items\": "
                              "[...] }"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    if (!rd.onlyKnownKeys(o, path, known))
        return std::nullopt;
    TemplateSection section;
    section.id = rd.text(o, path, QStringLiteral("id"), true);
    section.title = rd.text(o, path, QStringLiteral("title"), true);
    section.titleZh = rd.text(o, path, QStringLiteral("title_zh"), false);
    const QJsonValue items = o.value(QStringLiteral("items"));
    const QString ipath = Reader::join(path, QStringLiteral("items"));
    if (!items.isArray()) {
        rd.setError(ipath, QCoreApplication::translate(
                               "edge::api", "a section needs a list of items: \"items\": [...]"));
        return std::nullopt;
    }
    const QJsonArray list = items.toArray();
    for (qsizetype i = 0; i < list.size() && !rd.error; ++i) {
        auto item = parseItem(rd, list.at(i), Reader::index(ipath, i));
        if (item)
            section.items.append(std::move(*item));
    }
    return section;
}

QJsonObject itemToJson(const TemplateItem &i)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), i.id);
    o.insert(QStringLiteral("title"), i.title);
    if (!i.titleZh.isEmpty())
        o.insert(QStringLiteral("title_zh"), i.titleZh);
    o.insert(QStringLiteral("mode"), checkModeName(i.mode));
    if (!i.evidence.isEmpty()) {
        QJsonArray e;
        for (EvidenceKind k : i.evidence)
            e.append(evidenceKindName(k));
        o.insert(QStringLiteral("evidence"), e);
    }
    if (!i.unit.isEmpty())
        o.insert(QStringLiteral("unit"), i.unit);
    if (i.min)
        o.insert(QStringLiteral("min"), *i.min);
    if (i.max)
        o.insert(QStringLiteral("max"), *i.max);
    if (!i.check.isEmpty())
        o.insert(QStringLiteral("check"), i.check);
    if (!i.params.isEmpty())
        o.insert(QStringLiteral("params"), i.params);
    if (!i.guidance.isEmpty())
        o.insert(QStringLiteral("guidance"), i.guidance);
    if (!i.guidanceZh.isEmpty())
        o.insert(QStringLiteral("guidance_zh"), i.guidanceZh);
    return o;
}

bool isChinese(const QString &language) { return language.startsWith(QStringLiteral("zh")); }

QString pick(const QString &language, const QString &en, const QString &zh)
{
    return isChinese(language) && !zh.isEmpty() ? zh : en;
}

} // namespace

// ---- Names -----------------------------------------------------------------------------------

QString checkModeName(CheckMode m)
{
    switch (m) {
    case CheckMode::Manual: return QStringLiteral("manual");
    case CheckMode::Automatic: return QStringLiteral("automatic");
    case CheckMode::Both: return QStringLiteral("both");
    }
    return QStringLiteral("manual");
}

std::optional<CheckMode> checkModeFromName(const QString &name)
{
    for (CheckMode m : {CheckMode::Manual, CheckMode::Automatic, CheckMode::Both})
        if (checkModeName(m) == name)
            return m;
    return std::nullopt;
}

QString evidenceKindName(EvidenceKind k)
{
    switch (k) {
    case EvidenceKind::Measurement: return QStringLiteral("measurement");
    case EvidenceKind::Photo: return QStringLiteral("photo");
    case EvidenceKind::Note: return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

std::optional<EvidenceKind> evidenceKindFromName(const QString &name)
{
    for (EvidenceKind k : {EvidenceKind::Measurement, EvidenceKind::Photo, EvidenceKind::Note})
        if (evidenceKindName(k) == name)
            return k;
    return std::nullopt;
}

QStringList knownCheckIds()
{
    return {QStringLiteral("ups.status"),
            QStringLiteral("ups.input"),
            QStringLiteral("ups.mains-loss"),
            QStringLiteral("snmp.temperatures"),
            QStringLiteral("snmp.if-links"),
            QStringLiteral("modbus.sensors"),
            QStringLiteral("modbus.door-change"),
            QStringLiteral("modbus.leak-change"),
            QStringLiteral("modbus.smoke-change"),
            QStringLiteral("server.ssh-login"),
            QStringLiteral("server.facts"),
            QStringLiteral("server.agent-online"),
            QStringLiteral("burn-in")};
}

// ---- Templates -------------------------------------------------------------------------------

QString TemplateItem::titleIn(const QString &language) const
{
    return pick(language, title, titleZh);
}

QString TemplateItem::guidanceIn(const QString &language) const
{
    return pick(language, guidance, guidanceZh);
}

QString TemplateSection::titleIn(const QString &language) const
{
    return pick(language, title, titleZh);
}

QString CommissioningTemplate::titleIn(const QString &language) const
{
    return pick(language, title, titleZh);
}

Result<CommissioningTemplate> CommissioningTemplate::parse(const QByteArray &json,
                                                           const QString &origin)
{
    if (json.size() > kMaxTemplateBytes)
        return templateError(
            origin, QStringLiteral("$"),
            QCoreApplication::translate("edge::api",
                                        "the template is larger than 4 MiB; split it into smaller "
                                        "templates"));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(perr.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(perr.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return fail(Code::Validation,
                    QCoreApplication::translate(
                        "edge::api",
                        "%1, line %2, column %3: the JSON is malformed (%4); fix it there.")
                        .arg(origin)
                        .arg(line)
                        .arg(column)
                        .arg(perr.errorString()),
                    origin, QStringLiteral("$"));
    }
    if (!doc.isObject())
        return templateError(origin, QStringLiteral("$"),
                             QCoreApplication::translate(
                                 "edge::api",
                                 "a template is one JSON object { \"format\": ..., \"sections\": "
                                 "[...] }"));
    const QJsonObject o = doc.object();
    Reader rd(origin);
    static const QStringList known{QStringLiteral("format"),   QStringLiteral("template_id"),
                                   QStringLiteral("version"),  QStringLiteral("title"),
                                   QStringLiteral("title_zh"), QStringLiteral("basis"),
                                   QStringLiteral("sections")};
    if (!rd.onlyKnownKeys(o, {}, known))
        return std::unexpected(*rd.error);
    const QString format = rd.text(o, {}, QStringLiteral("format"), true);
    if (!rd.error && format != kFormat)
        rd.setError(QStringLiteral("format"),
                    QCoreApplication::translate("edge::api",
                                                "this is not a commissioning template (format "
                                                "\"%1\"); the format is \"%2\"")
                        .arg(format, kFormat));
    if (rd.error)
        return std::unexpected(*rd.error);
    CommissioningTemplate t;
    t.templateId = rd.text(o, {}, QStringLiteral("template_id"), true);
    const QJsonValue version = o.value(QStringLiteral("version"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v != std::trunc(v) || v < 1 || v > kMaxVersion)
        rd.setError(QStringLiteral("version"),
                    QCoreApplication::translate("edge::api",
                                                "the version is a whole number from 1 to 1000000"));
    else
        t.version = int(v);
    t.title = rd.text(o, {}, QStringLiteral("title"), true);
    t.titleZh = rd.text(o, {}, QStringLiteral("title_zh"), false);
    t.basis = rd.text(o, {}, QStringLiteral("basis"), false);
    const QJsonValue sections = o.value(QStringLiteral("sections"));
    if (!rd.error && !sections.isArray())
        rd.setError(QStringLiteral("sections"),
                    QCoreApplication::translate(
                        "edge::api", "a template needs a list of sections: \"sections\": [...]"));
    if (rd.error)
        return std::unexpected(*rd.error);
    const QJsonArray list = sections.toArray();
    for (qsizetype i = 0; i < list.size() && !rd.error; ++i) {
        auto section = parseSection(rd, list.at(i), Reader::index(QStringLiteral("sections"), i));
        if (section)
            t.sections.append(std::move(*section));
    }
    if (rd.error)
        return std::unexpected(*rd.error);
    if (auto valid = validateFrom(t, origin); !valid)
        return std::unexpected(valid.error());
    return t;
}

QByteArray CommissioningTemplate::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("template_id"), templateId);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("title"), title);
    if (!titleZh.isEmpty())
        o.insert(QStringLiteral("title_zh"), titleZh);
    if (!basis.isEmpty())
        o.insert(QStringLiteral("basis"), basis);
    QJsonArray list;
    for (const TemplateSection &s : sections) {
        QJsonObject so;
        so.insert(QStringLiteral("id"), s.id);
        so.insert(QStringLiteral("title"), s.title);
        if (!s.titleZh.isEmpty())
            so.insert(QStringLiteral("title_zh"), s.titleZh);
        QJsonArray items;
        for (const TemplateItem &i : s.items)
            items.append(itemToJson(i));
        so.insert(QStringLiteral("items"), items);
        list.append(so);
    }
    o.insert(QStringLiteral("sections"), list);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

const TemplateItem *CommissioningTemplate::item(const QString &itemId) const
{
    for (const TemplateSection &s : sections)
        for (const TemplateItem &i : s.items)
            if (i.id == itemId)
                return &i;
    return nullptr;
}

const TemplateSection *CommissioningTemplate::sectionOf(const QString &itemId) const
{
    for (const TemplateSection &s : sections)
        for (const TemplateItem &i : s.items)
            if (i.id == itemId)
                return &s;
    return nullptr;
}

int CommissioningTemplate::itemCount() const
{
    int n = 0;
    for (const TemplateSection &s : sections)
        n += int(s.items.size());
    return n;
}

QString CommissioningTemplate::recordName() const
{
    return QStringLiteral("%1 v%2").arg(templateId).arg(version);
}

namespace {

Result<void> validateFrom(const CommissioningTemplate &t, const QString &origin)
{
    const auto bad = [&origin](const QString &path, const QString &what) {
        return templateError(origin, path, what);
    };
    if (!wellFormedId(t.templateId))
        return bad(QStringLiteral("template_id"),
                   QCoreApplication::translate(
                       "edge::api",
                       "the id \"%1\" must be 1 to 100 lower-case letters, digits, '.', '-' or "
                       "'_', starting with a letter or digit")
                       .arg(t.templateId));
    if (t.version < 1 || t.version > kMaxVersion)
        return bad(QStringLiteral("version"),
                   QCoreApplication::translate("edge::api",
                                               "the version is a whole number from 1 to 1000000"));
    if (t.title.trimmed().isEmpty())
        return bad(QStringLiteral("title"),
                   QCoreApplication::translate("edge::api", "give the template a title"));
    if (t.sections.isEmpty())
        return bad(QStringLiteral("sections"),
                   QCoreApplication::translate("edge::api",
                                               "a template needs at least one section; add one"));
    const QStringList checks = knownCheckIds();
    QSet<QString> sectionIds;
    QSet<QString> itemIds;
    for (qsizetype si = 0; si < t.sections.size(); ++si) {
        const TemplateSection &s = t.sections.at(si);
        const QString spath = QStringLiteral("sections[%1]").arg(si);
        if (!wellFormedId(s.id))
            return bad(spath + QStringLiteral(".id"),
                       QCoreApplication::translate(
                           "edge::api",
                           "the id \"%1\" must be 1 to 100 lower-case letters, digits, '.', '-' "
                           "or '_', starting with a letter or digit")
                           .arg(s.id));
        if (sectionIds.contains(s.id))
            return bad(spath + QStringLiteral(".id"),
                       QCoreApplication::translate(
                           "edge::api", "another section already has the id \"%1\"; rename one")
                           .arg(s.id));
        sectionIds.insert(s.id);
        if (s.title.trimmed().isEmpty())
            return bad(spath + QStringLiteral(".title"),
                       QCoreApplication::translate("edge::api", "give the section a title"));
        if (s.items.isEmpty())
            return bad(spath + QStringLiteral(".items"),
                       QCoreApplication::translate(
                           "edge::api", "a section needs at least one item; add one or remove "
                                        "the section"));
        for (qsizetype ii = 0; ii < s.items.size(); ++ii) {
            const TemplateItem &i = s.items.at(ii);
            const QString path = spath + QStringLiteral(".items[%1]").arg(ii);
            if (!wellFormedId(i.id))
                return bad(path + QStringLiteral(".id"),
                           QCoreApplication::translate(
                               "edge::api",
                               "the id \"%1\" must be 1 to 100 lower-case letters, digits, '.', "
                               "'-' or '_', starting with a letter or digit")
                               .arg(i.id));
            if (itemIds.contains(i.id))
                return bad(path + QStringLiteral(".id"),
                           QCoreApplication::translate(
                               "edge::api",
                               "another item already has the id \"%1\"; item ids are unique in "
                               "the template, rename one")
                               .arg(i.id));
            itemIds.insert(i.id);
            if (i.title.trimmed().isEmpty())
                return bad(path + QStringLiteral(".title"),
                           QCoreApplication::translate("edge::api", "give the item a title"));
            if (i.mode != CheckMode::Manual && i.check.isEmpty())
                return bad(path + QStringLiteral(".check"),
                           QCoreApplication::translate(
                               "edge::api",
                               "an automatic item names the check the console performs; add "
                               "\"check\" (one of: %1) or make the item manual")
                               .arg(checks.join(QStringLiteral(", "))));
            if (i.mode == CheckMode::Manual && !i.check.isEmpty())
                return bad(path + QStringLiteral(".check"),
                           QCoreApplication::translate(
                               "edge::api",
                               "a manual item performs no check; set \"mode\" to automatic or "
                               "both, or remove \"check\""));
            if (!i.check.isEmpty() && !checks.contains(i.check))
                return bad(path + QStringLiteral(".check"),
                           QCoreApplication::translate("edge::api",
                                                       "unknown check \"%1\"; use one of: %2")
                               .arg(i.check, checks.join(QStringLiteral(", "))));
            if (i.evidence.contains(EvidenceKind::Measurement) && i.unit.isEmpty())
                return bad(path + QStringLiteral(".unit"),
                           QCoreApplication::translate(
                               "edge::api",
                               "a measurement needs its unit; add \"unit\" (for example \"V\" "
                               "or \"mm\")"));
            if ((i.min || i.max) && i.unit.isEmpty())
                return bad(path + QStringLiteral(".unit"),
                           QCoreApplication::translate(
                               "edge::api",
                               "a pass range needs the unit of its values; add \"unit\""));
            if ((i.min && !std::isfinite(*i.min)) || (i.max && !std::isfinite(*i.max)))
                return bad(path
                               + (i.min && !std::isfinite(*i.min) ? QStringLiteral(".min")
                                                                  : QStringLiteral(".max")),
                           QCoreApplication::translate("edge::api",
                                                       "the limit must be a finite number"));
            if (i.min && i.max && *i.min > *i.max)
                return bad(path + QStringLiteral(".max"),
                           QCoreApplication::translate(
                               "edge::api", "max (%1) is below min (%2); swap or correct them")
                               .arg(*i.max)
                               .arg(*i.min));
        }
    }
    return {};
}

} // namespace

Result<void> validate(const CommissioningTemplate &t) { return validateFrom(t, {}); }

QList<CommissioningTemplate> shippedTemplates()
{
    static const QList<CommissioningTemplate> shipped = [] {
        QList<CommissioningTemplate> out;
        for (const QString &name : {QStringLiteral("all-in-one-cabinet.json")}) {
            QFile f(QStringLiteral(":/commissioning/") + name);
            if (!f.open(QIODevice::ReadOnly)) {
                qWarning("commissioning: shipped template %s is missing", qPrintable(name));
                continue;
            }
            auto t = CommissioningTemplate::parse(f.readAll(), name);
            if (!t) {
                qWarning("commissioning: %s", qPrintable(t.error().message));
                continue;
            }
            out.append(std::move(*t));
        }
        return out;
    }();
    return shipped;
}

// ---- Template records ------------------------------------------------------------------------

Record CommissioningTemplateRecord::toRecord() const
{
    Record r = makeRecord(EntityKind::CommissioningTemplate, id, revision);
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("template_id")] = templateId;
    r.fields[QStringLiteral("version")] = qint64(version);
    r.fields[QStringLiteral("title")] = optText(title);
    r.fields[QStringLiteral("json")] = json;
    r.fields[QStringLiteral("author")] = optText(author);
    r.fields[QStringLiteral("notes")] = optText(notes);
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<CommissioningTemplateRecord> CommissioningTemplateRecord::fromRecord(const Record &r)
{
    CommissioningTemplateRecord v;
    v.id = r.id;
    v.revision = r.revision;
    v.name = str(r, "name");
    v.templateId = str(r, "template_id");
    const qint64 version = integer(r, "version", 0);
    if (version < 1 || version > kMaxVersion)
        return invalid(QStringLiteral("version"),
                       QCoreApplication::translate(
                           "edge::api",
                           "The template version must be a whole number from 1 to 1000000."));
    v.version = int(version);
    v.title = str(r, "title");
    v.json = str(r, "json");
    v.author = str(r, "author");
    v.notes = str(r, "notes");
    v.demo = r.fields.value(QStringLiteral("demo")).toBool();
    return v;
}

Result<CommissioningTemplate> CommissioningTemplateRecord::parsed() const
{
    auto t = CommissioningTemplate::parse(json.toUtf8(),
                                          QStringLiteral("%1 v%2").arg(templateId).arg(version));
    if (!t)
        return fail(Code::Validation, t.error().message, t.error().field, QStringLiteral("json"));
    return t;
}

Result<void> validate(const CommissioningTemplateRecord &v)
{
    if (auto r = checkName(v.name); !r)
        return r;
    if (v.templateId.isEmpty())
        return invalid(QStringLiteral("template_id"),
                       QCoreApplication::translate("edge::api",
                                                   "The template id must not be empty."));
    const QString expected = QStringLiteral("%1 v%2").arg(v.templateId).arg(v.version);
    if (v.name != expected)
        return invalid(QStringLiteral("name"),
                       QCoreApplication::translate("edge::api",
                                                   "The name of a template version is \"%1\".")
                           .arg(expected));
    if (v.json.size() > kMaxTemplateBytes)
        return invalid(QStringLiteral("json"),
                       QCoreApplication::translate("edge::api",
                                                   "The template is larger than 4 MiB."));
    auto t = v.parsed();
    if (!t)
        return std::unexpected(t.error());
    if (t->templateId != v.templateId)
        return invalid(QStringLiteral("json"),
                       QCoreApplication::translate(
                           "edge::api",
                           "The template in the JSON has the id \"%1\", the record \"%2\"; they "
                           "must be the same.")
                           .arg(t->templateId, v.templateId));
    if (t->version != v.version)
        return invalid(QStringLiteral("json"),
                       QCoreApplication::translate(
                           "edge::api",
                           "The template in the JSON has version %1, the record %2; they must be "
                           "the same.")
                           .arg(t->version)
                           .arg(v.version));
    if (v.notes.size() > 20000)
        return invalid(QStringLiteral("notes"),
                       QCoreApplication::translate("edge::api",
                                                   "The notes are longer than 20,000 characters."));
    return {};
}

CommissioningTemplateRecord templateRecordFor(const CommissioningTemplate &t, const QString &author,
                                              const QString &notes)
{
    CommissioningTemplateRecord r;
    r.name = t.recordName();
    r.templateId = t.templateId;
    r.version = t.version;
    r.title = t.title;
    r.json = QString::fromUtf8(t.toJson());
    r.author = author;
    r.notes = notes;
    return r;
}

// ---- Runs ------------------------------------------------------------------------------------

QString runStatusName(RunStatus s)
{
    return s == RunStatus::Finished ? QStringLiteral("finished") : QStringLiteral("in-progress");
}

std::optional<RunStatus> runStatusFromName(const QString &name)
{
    if (name == u"in-progress")
        return RunStatus::InProgress;
    if (name == u"finished")
        return RunStatus::Finished;
    return std::nullopt;
}

Record CommissioningRun::toRecord() const
{
    Record r = makeRecord(EntityKind::CommissioningRun, id, revision);
    r.fields[QStringLiteral("cabinet_id")] = cabinetId;
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("template_name")] = templateName;
    r.fields[QStringLiteral("template_json")] = templateJson;
    r.fields[QStringLiteral("status")] = runStatusName(status);
    r.fields[QStringLiteral("engineer")] = optText(engineer);
    r.fields[QStringLiteral("customer")] = optText(customer);
    r.fields[QStringLiteral("started_at")] = optTime(startedAtMs);
    r.fields[QStringLiteral("finished_at")] = optTime(finishedAtMs);
    r.fields[QStringLiteral("revision_of")] = optText(revisionOf);
    r.fields[QStringLiteral("run_revision")] = qint64(runRevision);
    r.fields[QStringLiteral("notes")] = optText(notes);
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<CommissioningRun> CommissioningRun::fromRecord(const Record &r)
{
    CommissioningRun v;
    v.id = r.id;
    v.revision = r.revision;
    v.cabinetId = str(r, "cabinet_id");
    v.name = str(r, "name");
    v.templateName = str(r, "template_name");
    v.templateJson = str(r, "template_json");
    const QString status = str(r, "status");
    const auto s = status.isEmpty() ? std::optional(RunStatus::InProgress)
                                    : runStatusFromName(status);
    if (!s)
        return invalid(QStringLiteral("status"),
                       QCoreApplication::translate(
                           "edge::api", "Unknown run status '%1'; use in-progress or finished.")
                           .arg(status));
    v.status = *s;
    v.engineer = str(r, "engineer");
    v.customer = str(r, "customer");
    v.startedAtMs = integer(r, "started_at");
    v.finishedAtMs = integer(r, "finished_at");
    v.revisionOf = str(r, "revision_of");
    const qint64 runRevision = integer(r, "run_revision", 1);
    if (runRevision < 1 || runRevision > kMaxVersion)
        return invalid(QStringLiteral("run_revision"),
                       QCoreApplication::translate(
                           "edge::api",
                           "The run revision must be a whole number from 1 to 1000000."));
    v.runRevision = int(runRevision);
    v.notes = str(r, "notes");
    v.demo = r.fields.value(QStringLiteral("demo")).toBool();
    return v;
}

Result<CommissioningTemplate> CommissioningRun::parsedTemplate() const
{
    auto t = CommissioningTemplate::parse(templateJson.toUtf8(), templateName);
    if (!t)
        return fail(Code::Validation, t.error().message, t.error().field,
                    QStringLiteral("template_json"));
    return t;
}

Result<void> validate(const CommissioningRun &v)
{
    if (auto r = checkName(v.name); !r)
        return r;
    if (v.cabinetId.isEmpty())
        return invalid(QStringLiteral("cabinet_id"),
                       QCoreApplication::translate("edge::api",
                                                   "A commissioning run must name its cabinet."));
    if (v.templateJson.size() > kMaxTemplateBytes)
        return invalid(QStringLiteral("template_json"),
                       QCoreApplication::translate("edge::api",
                                                   "The template is larger than 4 MiB."));
    auto t = v.parsedTemplate();
    if (!t)
        return std::unexpected(t.error());
    if (v.templateName != t->recordName())
        return invalid(QStringLiteral("template_name"),
                       QCoreApplication::translate(
                           "edge::api",
                           "The run names the template \"%1\" but holds \"%2\"; they must be the "
                           "same.")
                           .arg(v.templateName, t->recordName()));
    if (v.status == RunStatus::Finished && v.finishedAtMs <= 0)
        return invalid(QStringLiteral("finished_at"),
                       QCoreApplication::translate("edge::api",
                                                   "A finished run needs the time it finished."));
    if (v.finishedAtMs > 0 && v.startedAtMs > 0 && v.finishedAtMs < v.startedAtMs)
        return invalid(QStringLiteral("finished_at"),
                       QCoreApplication::translate("edge::api",
                                                   "The run cannot finish before it started."));
    if (!v.revisionOf.isEmpty() && v.runRevision < 2)
        return invalid(QStringLiteral("run_revision"),
                       QCoreApplication::translate(
                           "edge::api", "A run that corrects another one is revision 2 or later."));
    if (v.revisionOf.isEmpty() && v.runRevision > 1)
        return invalid(QStringLiteral("revision_of"),
                       QCoreApplication::translate(
                           "edge::api", "Revision %1 of a run must name the run it corrects.")
                           .arg(v.runRevision));
    if (!v.revisionOf.isEmpty() && v.revisionOf == v.id)
        return invalid(QStringLiteral("revision_of"),
                       QCoreApplication::translate("edge::api",
                                                   "A run cannot be a revision of itself."));
    if (v.notes.size() > 20000)
        return invalid(QStringLiteral("notes"),
                       QCoreApplication::translate("edge::api",
                                                   "The notes are longer than 20,000 characters."));
    return {};
}

// ---- Records ---------------------------------------------------------------------------------

QString recordKindName(RecordKind k)
{
    switch (k) {
    case RecordKind::Result: return QStringLiteral("result");
    case RecordKind::Evidence: return QStringLiteral("evidence");
    case RecordKind::Skip: return QStringLiteral("skip");
    case RecordKind::Reading: return QStringLiteral("reading");
    case RecordKind::Guided: return QStringLiteral("guided");
    case RecordKind::BurnIn: return QStringLiteral("burn-in");
    case RecordKind::Signature: return QStringLiteral("signature");
    }
    return QStringLiteral("result");
}

std::optional<RecordKind> recordKindFromName(const QString &name)
{
    for (RecordKind k :
         {RecordKind::Result, RecordKind::Evidence, RecordKind::Skip, RecordKind::Reading,
          RecordKind::Guided, RecordKind::BurnIn, RecordKind::Signature})
        if (recordKindName(k) == name)
            return k;
    return std::nullopt;
}

Record CommissioningRecord::toRecord() const
{
    Record r = makeRecord(EntityKind::CommissioningRecord, id, revision);
    r.fields[QStringLiteral("run_id")] = runId;
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("item_id")] = optText(itemId);
    r.fields[QStringLiteral("kind")] = recordKindName(kind);
    r.fields[QStringLiteral("author")] = optText(author);
    r.fields[QStringLiteral("taken_at")] = optTime(takenAtMs);
    r.fields[QStringLiteral("payload")] = optText(payload);
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<CommissioningRecord> CommissioningRecord::fromRecord(const Record &r)
{
    CommissioningRecord v;
    v.id = r.id;
    v.revision = r.revision;
    v.runId = str(r, "run_id");
    v.name = str(r, "name");
    v.itemId = str(r, "item_id");
    const QString kind = str(r, "kind");
    const auto k = recordKindFromName(kind);
    if (!k)
        return invalid(QStringLiteral("kind"),
                       QCoreApplication::translate(
                           "edge::api",
                           "Unknown commissioning record kind '%1'; use result, evidence, skip, "
                           "reading, guided, burn-in or signature.")
                           .arg(kind));
    v.kind = *k;
    v.author = str(r, "author");
    v.takenAtMs = integer(r, "taken_at");
    v.payload = str(r, "payload");
    v.demo = r.fields.value(QStringLiteral("demo")).toBool();
    return v;
}

namespace {

std::unexpected<Error> badPayload(const QString &kind, const QString &key, const QString &what)
{
    return invalid(QStringLiteral("payload"),
                   QCoreApplication::translate("edge::api",
                                               "The payload of a %1 record, key \"%2\": %3")
                       .arg(kind, key, what));
}

QString needsText() { return QCoreApplication::translate("edge::api", "give a non-empty text."); }
QString needsNumber() { return QCoreApplication::translate("edge::api", "give a number."); }
QString needsOutcome()
{
    return QCoreApplication::translate("edge::api", "give \"pass\" or \"fail\".");
}

bool isText(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() && !v.toString().trimmed().isEmpty();
}
bool isNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() && std::isfinite(v.toDouble());
}
bool absentOr(const QJsonObject &o, const char *key, bool ok)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isUndefined() || v.isNull() || ok;
}
bool isOutcome(const QJsonObject &o)
{
    const QString v = o.value(QStringLiteral("outcome")).toString();
    return v == u"pass" || v == u"fail";
}

Result<void> checkPayload(RecordKind kind, const QJsonObject &o)
{
    const QString k = recordKindName(kind);
    const auto key = [](const char *s) { return QString::fromLatin1(s); };
    switch (kind) {
    case RecordKind::Result:
        if (!isOutcome(o))
            return badPayload(k, key("outcome"), needsOutcome());
        if (!absentOr(o, "value", isNumber(o, "value")))
            return badPayload(k, key("value"), needsNumber());
        if (!absentOr(o, "comment", o.value(QStringLiteral("comment")).isString()))
            return badPayload(k, key("comment"), needsText());
        if (!absentOr(o, "unit", o.value(QStringLiteral("unit")).isString()))
            return badPayload(k, key("unit"), needsText());
        if (!absentOr(o, "automatic", o.value(QStringLiteral("automatic")).isBool()))
            return badPayload(k, key("automatic"),
                              QCoreApplication::translate("edge::api", "give true or false."));
        return {};
    case RecordKind::Evidence: {
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == u"measurement") {
            if (!isNumber(o, "value"))
                return badPayload(k, key("value"), needsNumber());
            if (!isText(o, "unit"))
                return badPayload(k, key("unit"), needsText());
            return {};
        }
        if (type == u"photo") {
            static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
            if (!sha.match(o.value(QStringLiteral("attachment")).toString()).hasMatch())
                return badPayload(k, key("attachment"),
                                  QCoreApplication::translate(
                                      "edge::api",
                                      "give the SHA-256 of the photo as 64 lower-case hex "
                                      "digits."));
            if (!isText(o, "media_type"))
                return badPayload(k, key("media_type"), needsText());
            for (const char *n : {"size", "width", "height"})
                if (!absentOr(o, n, isNumber(o, n)))
                    return badPayload(k, key(n), needsNumber());
            return {};
        }
        if (type == u"note") {
            if (!isText(o, "text"))
                return badPayload(k, key("text"), needsText());
            return {};
        }
        return badPayload(k, key("type"),
                          QCoreApplication::translate("edge::api",
                                                      "give measurement, photo or note."));
    }
    case RecordKind::Skip:
        if (!isText(o, "reason"))
            return badPayload(k, key("reason"),
                              QCoreApplication::translate(
                                  "edge::api", "an item is skipped only with a reason; give it."));
        return {};
    case RecordKind::Reading:
        if (!isText(o, "check"))
            return badPayload(k, key("check"), needsText());
        if (!o.value(QStringLiteral("readings")).isArray())
            return badPayload(k, key("readings"),
                              QCoreApplication::translate("edge::api", "give a list."));
        if (!absentOr(o, "problems", o.value(QStringLiteral("problems")).isArray()))
            return badPayload(k, key("problems"),
                              QCoreApplication::translate("edge::api", "give a list."));
        return {};
    case RecordKind::Guided:
        if (!isText(o, "check"))
            return badPayload(k, key("check"), needsText());
        if (!isOutcome(o))
            return badPayload(k, key("outcome"), needsOutcome());
        if (!isNumber(o, "started_ms"))
            return badPayload(k, key("started_ms"), needsNumber());
        if (!absentOr(o, "limit_ms", isNumber(o, "limit_ms")))
            return badPayload(k, key("limit_ms"), needsNumber());
        if (!absentOr(o, "changed_ms", isNumber(o, "changed_ms")))
            return badPayload(k, key("changed_ms"), needsNumber());
        if (!absentOr(o, "samples", o.value(QStringLiteral("samples")).isArray()))
            return badPayload(k, key("samples"),
                              QCoreApplication::translate("edge::api", "give a list."));
        return {};
    case RecordKind::BurnIn:
        if (!o.value(QStringLiteral("series")).isObject())
            return badPayload(k, key("series"),
                              QCoreApplication::translate(
                                  "edge::api",
                                  "give an object of series: {\"<quantity> <label>\": {\"unit\": "
                                  "..., \"points\": [[ms, value], ...]}}."));
        return {};
    case RecordKind::Signature: {
        const QString role = o.value(QStringLiteral("role")).toString();
        if (role != u"engineer" && role != u"customer")
            return badPayload(k, key("role"),
                              QCoreApplication::translate("edge::api",
                                                          "give \"engineer\" or \"customer\"."));
        if (!isText(o, "name"))
            return badPayload(k, key("name"), needsText());
        if (!isNumber(o, "signed_ms"))
            return badPayload(k, key("signed_ms"), needsNumber());
        if (!o.value(QStringLiteral("ink")).toBool() && !isText(o, "image"))
            return badPayload(k, key("image"),
                              QCoreApplication::translate(
                                  "edge::api",
                                  "give the drawn signature as a base64 PNG, or \"ink\": true "
                                  "to leave it for ink."));
        return {};
    }
    }
    return {};
}

bool needsItem(RecordKind k)
{
    return k == RecordKind::Result || k == RecordKind::Evidence || k == RecordKind::Skip;
}

} // namespace

Result<void> validate(const CommissioningRecord &v)
{
    if (auto r = checkName(v.name, 200); !r)
        return r;
    if (v.runId.isEmpty())
        return invalid(QStringLiteral("run_id"),
                       QCoreApplication::translate("edge::api",
                                                   "A commissioning record must belong to a run."));
    if (needsItem(v.kind) && v.itemId.isEmpty())
        return invalid(QStringLiteral("item_id"),
                       QCoreApplication::translate(
                           "edge::api", "A %1 record must name the checklist item it is for.")
                           .arg(recordKindName(v.kind)));
    if (v.payload.size() > kMaxPayloadBytes)
        return invalid(QStringLiteral("payload"),
                       QCoreApplication::translate(
                           "edge::api",
                           "The record is larger than 16 MiB; split the samples into several "
                           "records."));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(v.payload.toUtf8(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("payload"),
                       QCoreApplication::translate(
                           "edge::api", "The payload of a %1 record must be a JSON object.")
                           .arg(recordKindName(v.kind)));
    return checkPayload(v.kind, doc.object());
}

// ---- Progress --------------------------------------------------------------------------------

QString itemStateName(ItemState s)
{
    switch (s) {
    case ItemState::Pending: return QStringLiteral("pending");
    case ItemState::Passed: return QStringLiteral("passed");
    case ItemState::Failed: return QStringLiteral("failed");
    case ItemState::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("pending");
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Incomplete: return QStringLiteral("incomplete");
    case Verdict::Accepted: return QStringLiteral("accepted");
    case Verdict::AcceptedWithOpenItems: return QStringLiteral("accepted-with-open-items");
    case Verdict::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("incomplete");
}

const ItemProgress *RunProgress::item(const QString &itemId) const
{
    for (const ItemProgress &p : items)
        if (p.itemId == itemId)
            return &p;
    return nullptr;
}

RunProgress evaluateRun(const CommissioningTemplate &t, const QList<CommissioningRecord> &records)
{
    QList<CommissioningRecord> ordered = records;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const CommissioningRecord &a, const CommissioningRecord &b) {
                         if (a.takenAtMs != b.takenAtMs)
                             return a.takenAtMs < b.takenAtMs;
                         return a.name < b.name;
                     });
    QHash<QString, QList<CommissioningRecord>> byItem;
    for (const CommissioningRecord &r : std::as_const(ordered))
        if (!r.itemId.isEmpty())
            byItem[r.itemId].append(r);

    const auto payloadOf = [](const CommissioningRecord &r) {
        return QJsonDocument::fromJson(r.payload.toUtf8()).object();
    };

    RunProgress run;
    for (const TemplateSection &section : t.sections) {
        SectionProgress sp;
        sp.sectionId = section.id;
        for (const TemplateItem &item : section.items) {
            ItemProgress ip;
            ip.itemId = item.id;
            ip.records = byItem.value(item.id);
            QJsonObject result; // the latest result's payload
            QString skipReason;
            for (const CommissioningRecord &r : std::as_const(ip.records)) {
                const QJsonObject p = payloadOf(r);
                if (r.kind == RecordKind::Result) {
                    const QString outcome = p.value(QStringLiteral("outcome")).toString();
                    if (outcome != u"pass" && outcome != u"fail")
                        continue; // not a valid result: ignored
                    result = p;
                    skipReason.clear();
                } else if (r.kind == RecordKind::Skip) {
                    const QString reason = p.value(QStringLiteral("reason")).toString().trimmed();
                    if (reason.isEmpty())
                        continue; // a skip needs its reason
                    skipReason = reason;
                }
            }
            if (!skipReason.isEmpty()) {
                ip.state = ItemState::Skipped;
                ip.skipReason = skipReason;
            } else if (!result.isEmpty()) {
                ip.state = result.value(QStringLiteral("outcome")).toString() == u"pass"
                               ? ItemState::Passed
                               : ItemState::Failed;
                if (!result.value(QStringLiteral("automatic")).toBool()
                    && !item.evidence.isEmpty()) {
                    QSet<QString> present;
                    for (const CommissioningRecord &r : std::as_const(ip.records))
                        if (r.kind == RecordKind::Evidence)
                            present.insert(payloadOf(r).value(QStringLiteral("type")).toString());
                    for (EvidenceKind k : item.evidence)
                        if (!present.contains(evidenceKindName(k)))
                            ip.evidenceMissing = true;
                }
            }
            ++sp.total;
            switch (ip.state) {
            case ItemState::Pending: break;
            case ItemState::Passed: ++sp.passed; break;
            case ItemState::Failed: ++sp.failed; break;
            case ItemState::Skipped: ++sp.skipped; break;
            }
            run.items.append(std::move(ip));
        }
        run.total += sp.total;
        run.passed += sp.passed;
        run.failed += sp.failed;
        run.skipped += sp.skipped;
        run.sections.append(sp);
    }
    if (run.total == 0 || run.done() < run.total)
        run.verdict = Verdict::Incomplete;
    else if (run.failed > 0)
        run.verdict = Verdict::Rejected;
    else if (run.skipped > 0)
        run.verdict = Verdict::AcceptedWithOpenItems;
    else
        run.verdict = Verdict::Accepted;
    return run;
}

} // namespace edge::api
