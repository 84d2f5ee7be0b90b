#include "backend/api/limitset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace edge::api {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("edge::api::LimitSet", text); }

Error bad(const QString &where, const QString &what)
{
    return Error{Code::BadInput,
                 tr("%1: %2. Fix the file (or delete it to use the shipped limits) and load it "
                    "again.")
                     .arg(where, what),
                 where,
                 {}};
}

std::optional<double> number(const QJsonObject &o, const char *key, bool *wrongType)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        *wrongType = true;
        return std::nullopt;
    }
    return v.toDouble();
}

Result<LimitSet> parseSet(const QJsonObject &o, const QString &where)
{
    LimitSet set;
    set.id = o.value(QLatin1String("id")).toString().trimmed();
    if (set.id.isEmpty())
        return std::unexpected(bad(where, tr("\"id\" is missing or not a string")));
    const QString setWhere = tr("%1 set \"%2\"").arg(where, set.id);
    const QJsonValue version = o.value(QLatin1String("version"));
    if (version.isUndefined())
        set.version = 1;
    else if (!version.isDouble() || version.toDouble() < 1
             || version.toDouble() != std::floor(version.toDouble()))
        return std::unexpected(bad(setWhere, tr("\"version\" must be a whole number from 1 up")));
    else
        set.version = int(version.toDouble());
    set.title = o.value(QLatin1String("title")).toString();
    set.category = o.value(QLatin1String("category")).toString();
    const QString standard = o.value(QLatin1String("standard")).toString();
    const QString clause = o.value(QLatin1String("clause")).toString();
    const QJsonValue entries = o.value(QLatin1String("entries"));
    if (!entries.isArray())
        return std::unexpected(bad(setWhere, tr("\"entries\" must be a list")));
    QSet<QString> keys;
    int index = 0;
    for (const QJsonValue &ev : entries.toArray()) {
        ++index;
        const QJsonObject e = ev.toObject();
        LimitEntry entry;
        entry.key = e.value(QLatin1String("key")).toString().trimmed();
        const QString entryWhere = tr("%1 entry %2%3")
                                       .arg(setWhere)
                                       .arg(index)
                                       .arg(entry.key.isEmpty()
                                                ? QString()
                                                : QStringLiteral(" (%1)").arg(entry.key));
        if (!ev.isObject())
            return std::unexpected(bad(entryWhere, tr("an entry must be an object")));
        if (entry.key.isEmpty())
            return std::unexpected(bad(entryWhere, tr("\"key\" is missing")));
        if (keys.contains(entry.key))
            return std::unexpected(bad(entryWhere, tr("the key is used twice in this set")));
        keys.insert(entry.key);
        bool wrongType = false;
        entry.limit.min = number(e, "min", &wrongType);
        if (wrongType)
            return std::unexpected(bad(entryWhere, tr("\"min\" must be a number")));
        entry.limit.max = number(e, "max", &wrongType);
        if (wrongType)
            return std::unexpected(bad(entryWhere, tr("\"max\" must be a number")));
        if (!entry.limit.min && !entry.limit.max)
            return std::unexpected(bad(entryWhere, tr("give \"min\", \"max\" or both")));
        if (entry.limit.min && entry.limit.max && *entry.limit.min > *entry.limit.max)
            return std::unexpected(bad(entryWhere, tr("\"min\" is greater than \"max\"")));
        entry.limit.warnMargin = number(e, "warnMargin", &wrongType).value_or(0);
        if (wrongType || entry.limit.warnMargin < 0)
            return std::unexpected(bad(entryWhere, tr("\"warnMargin\" must be a number >= 0")));
        entry.limit.unit = e.value(QLatin1String("unit")).toString();
        entry.source.standard = e.value(QLatin1String("standard")).toString(standard);
        entry.source.clause = e.value(QLatin1String("clause")).toString(clause);
        const QString confidence = e.value(QLatin1String("confidence"))
                                       .toString(QStringLiteral("high"));
        const auto c = confidenceFromName(confidence);
        if (!c)
            return std::unexpected(
                bad(entryWhere,
                    tr("\"confidence\" must be high, medium or low, not \"%1\"").arg(confidence)));
        entry.source.confidence = *c;
        entry.note = e.value(QLatin1String("note")).toString();
        set.entries.append(entry);
    }
    return set;
}

} // namespace

const LimitEntry *LimitSet::find(const QString &key) const
{
    for (const LimitEntry &e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

bool LimitSet::hasUnverified() const
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [](const LimitEntry &e) { return !e.source.verified(); });
}

std::pair<int, int> lineColumnAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, so a Chinese title does not shift them.
    return {line, int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1};
}

Result<QList<LimitSet>> parseLimitSets(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumnAt(json, error.offset);
        return std::unexpected(bad(tr("%1 line %2 column %3").arg(fileName).arg(line).arg(column),
                                   tr("not valid JSON (%1)").arg(error.errorString())));
    }
    if (!doc.isObject())
        return std::unexpected(bad(fileName, tr("expected an object with \"id\" or \"sets\"")));
    const QJsonObject root = doc.object();
    QList<QJsonObject> objects;
    if (root.contains(QLatin1String("sets"))) {
        if (!root.value(QLatin1String("sets")).isArray())
            return std::unexpected(bad(fileName, tr("\"sets\" must be a list")));
        for (const QJsonValue &v : root.value(QLatin1String("sets")).toArray()) {
            if (!v.isObject())
                return std::unexpected(
                    bad(fileName, tr("every item of \"sets\" must be an object")));
            objects.append(v.toObject());
        }
    } else {
        objects.append(root);
    }
    QList<LimitSet> sets;
    QSet<QString> ids;
    for (const QJsonObject &o : std::as_const(objects)) {
        auto set = parseSet(o, fileName);
        if (!set)
            return std::unexpected(set.error());
        if (ids.contains(set->id))
            return std::unexpected(bad(fileName, tr("set \"%1\" appears twice").arg(set->id)));
        ids.insert(set->id);
        sets.append(std::move(*set));
    }
    return sets;
}

QByteArray limitSetsToJson(const QList<LimitSet> &sets)
{
    QJsonArray array;
    for (const LimitSet &set : sets) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), set.id);
        o.insert(QStringLiteral("version"), set.version);
        o.insert(QStringLiteral("title"), set.title);
        o.insert(QStringLiteral("category"), set.category);
        QJsonArray entries;
        for (const LimitEntry &e : set.entries) {
            QJsonObject j;
            j.insert(QStringLiteral("key"), e.key);
            if (e.limit.min)
                j.insert(QStringLiteral("min"), *e.limit.min);
            if (e.limit.max)
                j.insert(QStringLiteral("max"), *e.limit.max);
            j.insert(QStringLiteral("unit"), e.limit.unit);
            if (e.limit.warnMargin > 0)
                j.insert(QStringLiteral("warnMargin"), e.limit.warnMargin);
            j.insert(QStringLiteral("standard"), e.source.standard);
            if (!e.source.clause.isEmpty())
                j.insert(QStringLiteral("clause"), e.source.clause);
            j.insert(QStringLiteral("confidence"), confidenceName(e.source.confidence));
            if (!e.note.isEmpty())
                j.insert(QStringLiteral("note"), e.note);
            entries.append(j);
        }
        o.insert(QStringLiteral("entries"), entries);
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("sets"), array}})
        .toJson(QJsonDocument::Indented);
}

QList<LimitSet> mergeLimitSets(const QList<LimitSet> &shipped, const QList<LimitSet> &overrides)
{
    QList<LimitSet> out = shipped;
    for (const LimitSet &o : overrides) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const LimitSet &s) { return s.id == o.id; });
        if (it == out.end())
            out.append(o);
        else if (o.version >= it->version)
            *it = o;
    }
    return out;
}

} // namespace edge::api
