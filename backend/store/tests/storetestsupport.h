#pragma once

// Helpers shared by the store's unit tests: entity fixtures and a second, raw SQLite connection
// to look at the file the store writes (the store's own API is what is under test).

#include "backend/api/inventorytypes.h"
#include "backend/api/surveyrecord.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>
#include <QTest>
#include <sqlite3.h>

namespace edge::store::test {

inline api::Record regionRecord(const QString &name, bool demo = false)
{
    api::Region r;
    r.name = name;
    r.code = QStringLiteral("R-") + QString::number(qHash(name) % 1000);
    r.demo = demo;
    return r.toRecord();
}

inline api::Record siteRecord(const QString &name, const QString &regionId = {}, bool demo = false)
{
    api::Site s;
    s.name = name;
    s.regionId = regionId;
    s.kind = api::SiteKind::CabinetSite;
    s.address = QStringLiteral("1 Harbour Road, ") + name;
    s.latitude = 22.5;
    s.longitude = 113.9;
    s.demo = demo;
    return s.toRecord();
}

inline api::Record cabinetRecord(const QString &siteId, const QString &name, bool demo = false)
{
    api::Cabinet c;
    c.siteId = siteId;
    c.name = name;
    c.model = QStringLiteral("IC-42");
    c.components = {QStringLiteral("ups"), QStringLiteral("pdu")};
    c.demo = demo;
    return c.toRecord();
}

inline api::Record nodeRecord(const QString &siteId, const QString &name,
                              const QString &cabinetId = {}, bool demo = false)
{
    api::Node n;
    n.siteId = siteId;
    n.cabinetId = cabinetId;
    n.name = name;
    n.role = api::NodeRole::EdgeServer;
    n.hardware.cpuCores = 16;
    n.hardware.memoryMb = 65536;
    n.hardware.serial = QStringLiteral("SN-") + name;
    n.labels = {{QStringLiteral("zone"), QStringLiteral("a")}};
    n.demo = demo;
    return n.toRecord();
}

inline api::Record deviceRecord(const QString &siteId, const QString &name,
                                const QString &cabinetId = {}, bool demo = false)
{
    api::Device d;
    d.siteId = siteId;
    d.cabinetId = cabinetId;
    d.name = name;
    d.kind = api::DeviceKind::Ups;
    d.protocol = api::DeviceProtocol::Snmp;
    d.address = QStringLiteral("192.0.2.10:161");
    d.demo = demo;
    return d.toRecord();
}

inline api::Record surveyRecord(const QString &siteId, const QString &name)
{
    api::Survey v;
    v.siteId = siteId;
    v.name = name;
    v.author = QStringLiteral("alice");
    v.siteClass = QStringLiteral("B");
    v.noiseZone = QStringLiteral("4a");
    return v.toRecord();
}

inline api::Record surveyItemRecord(const QString &surveyId, const QString &name)
{
    api::SurveyItem v;
    v.surveyId = surveyId;
    v.name = name;
    v.kind = api::SurveyItemKind::Readings;
    v.takenAtMs = 1764000000000;
    v.payload = QStringLiteral("{\"readings\":[]}");
    return v.toRecord();
}

// Rows of a query run on a separate read-only connection, each column as text ("NULL" for null).
inline QList<QStringList> rawQuery(const QString &path, const QString &sql)
{
    QList<QStringList> rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        qWarning("cannot open %s: %s", qPrintable(path), sqlite3_errmsg(db));
        sqlite3_close(db);
        return rows;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        qWarning("cannot prepare %s: %s", qPrintable(sql), sqlite3_errmsg(db));
        sqlite3_close(db);
        return rows;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            row << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        rows << row;
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

inline QString rawValue(const QString &path, const QString &sql)
{
    const auto rows = rawQuery(path, sql);
    return rows.isEmpty() || rows.first().isEmpty() ? QString() : rows.first().first();
}

// Runs a statement that writes, on its own connection.
inline bool rawExec(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE,
                              nullptr)
              == SQLITE_OK;
    char *error = nullptr;
    ok = ok && sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (error)
        qWarning("%s: %s", qPrintable(sql), error);
    sqlite3_free(error);
    sqlite3_close(db);
    return ok;
}

// Takes a store file back to schema 5 (before sync): the commissioning tables (schema 8), the
// sync tables, op_log.bases and the migration rows go; the data and the op log stay.
inline bool dropSyncSchema(const QString &path)
{
    for (const char *sql : {"DROP TABLE commissioning_records", "DROP TABLE commissioning_runs",
                            "DROP TABLE commissioning_templates", "DROP TABLE field_heads",
                            "DROP TABLE version_vector", "DROP TABLE sync_peers",
                            "DROP TABLE blobs", "DROP TABLE blob_chunks", "DROP TABLE sync_effects",
                            "ALTER TABLE op_log DROP COLUMN bases",
                            "DELETE FROM schema_migrations WHERE version >= 6"})
        if (!rawExec(path, QString::fromLatin1(sql)))
            return false;
    return true;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// A valid session token hash (hex SHA-256 of `token`).
inline QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

} // namespace edge::store::test
