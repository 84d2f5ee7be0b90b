#pragma once

#include "backend/api/error.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace edge::edgectl {

// Everything edgectl prints goes through here: human text (tables, "key: value" blocks,
// messages) or, with --json, machine output that is never translated. Results go to stdout,
// errors and hints to stderr. Output is UTF-8 and flushed per call, so pipes see lines at once.
class Output {
public:
    explicit Output(bool json = false)
        : m_json(json)
    {}
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    void out(const QString &text); // stdout, a newline appended
    void err(const QString &text); // stderr, a newline appended
    void jsonOut(const QJsonValue &value, bool compact = false);

    // An aligned table; headers are shown upper-case.
    void table(const QStringList &headers, const QList<QStringList> &rows);
    // "key: value" lines with the values aligned.
    void keyValues(const QList<QPair<QString, QString>> &pairs);

    // Reports a failure and returns the exit code (2 for usage errors, 1 otherwise).
    // `context` is the command ("site add"); `option` the option the error is about ("--lat"),
    // `field` the schema field; `hint` an extra line for people (e.g. "Try 'edgectl site add --help'.").
    int error(const api::Error &error, const QString &context, const QString &option = {},
              const QString &hint = {});

private:
    bool m_json;
};

int exitCodeFor(const api::Error &error);

// How long ago `thenMs` was, for people: "12 s ago", "5 min ago", "3 h ago", "2 d ago"; "never"
// when thenMs is 0. Translated.
QString formatAgo(qint64 nowMs, qint64 thenMs);
// A UTC time for tables, "2026-11-25 17:46:14"; "-" for 0.
QString formatUtc(qint64 ms);

} // namespace edge::edgectl
