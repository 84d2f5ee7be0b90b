// api::AgentStore on the SQLite store (schema v3): what the hub keeps about its agents. None of
// this goes into the op log: it is the hub's own operational data, not inventory.

#include "backend/store/database.h"
#include "backend/store/sqlitestore.h"
#include "backend/store/storetr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace edge::store {

using api::Code;
using api::Result;

namespace {

constexpr int kDefaultEventLimit = 500;
constexpr int kMaxEventLimit = 10'000;

template<class T>
std::unexpected<api::Error> failWith(const Result<T> &r)
{
    return std::unexpected(r.error());
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonDocument parse(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()); }

const QLatin1StringView kAgentColumns("node_id, last_seen_ms, heartbeat_interval_ms, "
                                      "agent_version, hostname, acked_seq, applied_generation, "
                                      "dropped_records");

api::AgentRecord readAgent(const Statement &stmt)
{
    api::AgentRecord a;
    a.nodeId = stmt.text(0);
    a.lastSeenMs = stmt.integer(1);
    a.heartbeatIntervalMs = stmt.integer(2);
    a.agentVersion = stmt.text(3);
    a.hostname = stmt.text(4);
    a.ackedSeq = stmt.integer(5);
    a.appliedGeneration = stmt.integer(6);
    a.droppedRecords = stmt.integer(7);
    return a;
}

const QLatin1StringView kTransferColumns("node_id, sha256, name, size_bytes, state, message, "
                                         "images, created_at_ms, updated_at_ms");

api::AgentStore::ImageTransfer readTransfer(const Statement &stmt)
{
    api::AgentStore::ImageTransfer t;
    t.nodeId = stmt.text(0);
    t.sha256 = stmt.text(1);
    t.name = stmt.text(2);
    t.size = stmt.integer(3);
    t.state = stmt.text(4);
    t.message = stmt.text(5);
    for (const QJsonValue &v : parse(stmt.text(6)).array())
        t.images << v.toString();
    t.createdAtMs = stmt.integer(7);
    t.updatedAtMs = stmt.integer(8);
    return t;
}

// Averages samples into at most `points` buckets of equal width over [fromMs, toMs].
QList<api::MetricSample> downsample(const QList<api::MetricSample> &in, qint64 fromMs, qint64 toMs,
                                    int points)
{
    if (points <= 0 || in.size() <= points)
        return in;
    fromMs = std::min(fromMs, in.first().atMs);
    toMs = std::max(toMs, in.last().atMs);
    const double width = double(toMs - fromMs + 1) / points;
    QList<api::MetricSample> out;
    int i = 0;
    while (i < in.size()) {
        const int bucket = std::min(points - 1, int(double(in.at(i).atMs - fromMs) / width));
        api::MetricSample sum;
        sum.cpuPercent = 0;
        int n = 0;
        int cpuN = 0;
        double at = 0;
        double memTotal = 0, memAvail = 0, diskTotal = 0, diskFree = 0, uptime = 0;
        double maxTemp = -1000;
        while (i < in.size()
               && std::min(points - 1, int(double(in.at(i).atMs - fromMs) / width)) == bucket) {
            const api::MetricSample &s = in.at(i);
            at += double(s.atMs);
            if (s.cpuPercent >= 0) {
                sum.cpuPercent += s.cpuPercent;
                ++cpuN;
            }
            memTotal += double(s.memoryTotalBytes);
            memAvail += double(s.memoryAvailableBytes);
            diskTotal += double(s.diskTotalBytes);
            diskFree += double(s.diskFreeBytes);
            sum.netRxBytesPerSec += s.netRxBytesPerSec;
            sum.netTxBytesPerSec += s.netTxBytesPerSec;
            sum.load1 += s.load1;
            uptime = double(s.uptimeS);
            maxTemp = std::max(maxTemp, s.maxTemperatureC);
            sum.containers = s.containers;
            ++n;
            ++i;
        }
        sum.atMs = qint64(at / n);
        sum.cpuPercent = cpuN > 0 ? sum.cpuPercent / cpuN : -1;
        sum.memoryTotalBytes = qint64(memTotal / n);
        sum.memoryAvailableBytes = qint64(memAvail / n);
        sum.diskTotalBytes = qint64(diskTotal / n);
        sum.diskFreeBytes = qint64(diskFree / n);
        sum.netRxBytesPerSec /= n;
        sum.netTxBytesPerSec /= n;
        sum.load1 /= n;
        sum.uptimeS = qint64(uptime);
        sum.maxTemperatureC = maxTemp;
        out << sum;
    }
    return out;
}

} // namespace

// ---- Agents ----------------------------------------------------------------------------------

Result<api::AgentRecord> SqliteStore::agent(const QString &nodeId)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT %1 FROM agents WHERE node_id = ?").arg(kAgentColumns));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, nodeId);
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return api::fail(Code::NotFound,
                         StoreTr::tr("The node '%1' has never connected to the hub.").arg(nodeId),
                         {}, QStringLiteral("node"));
    return readAgent(*stmt);
}

Result<QList<api::AgentRecord>> SqliteStore::agents()
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT %1 FROM agents ORDER BY node_id").arg(kAgentColumns));
    if (!stmt)
        return failWith(stmt);
    QList<api::AgentRecord> out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        out << readAgent(*stmt);
    }
    return out;
}

Result<void> SqliteStore::recordHello(const api::AgentRecord &record)
{
    return write({}, [&](Tx &) -> Result<void> {
        auto update = m_db->prepare(
            QStringLiteral("UPDATE agents SET last_seen_ms = ?, heartbeat_interval_ms = ?, "
                           "agent_version = ?, hostname = ?, applied_generation = ? "
                           "WHERE node_id = ?"));
        if (!update)
            return failWith(update);
        update->bind(1, record.lastSeenMs);
        update->bind(2, record.heartbeatIntervalMs);
        update->bind(3, record.agentVersion);
        update->bind(4, record.hostname);
        update->bind(5, record.appliedGeneration);
        update->bind(6, record.nodeId);
        if (auto r = update->run(); !r)
            return r;
        if (update->changes() > 0)
            return {};
        auto insert = m_db->prepare(QStringLiteral(
            "INSERT INTO agents (node_id, last_seen_ms, heartbeat_interval_ms, agent_version, "
            "hostname, acked_seq, applied_generation, dropped_records) "
            "VALUES (?, ?, ?, ?, ?, 0, ?, 0)"));
        if (!insert)
            return failWith(insert);
        insert->bind(1, record.nodeId);
        insert->bind(2, record.lastSeenMs);
        insert->bind(3, record.heartbeatIntervalMs);
        insert->bind(4, record.agentVersion);
        insert->bind(5, record.hostname);
        insert->bind(6, record.appliedGeneration);
        return insert->run();
    });
}

Result<void> SqliteStore::touch(const QString &nodeId, qint64 lastSeenMs)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral(
        "UPDATE agents SET last_seen_ms = ? WHERE node_id = ? AND last_seen_ms < ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, lastSeenMs);
    stmt->bind(2, nodeId);
    stmt->bind(3, lastSeenMs);
    return stmt->run();
}

// ---- Desired state ---------------------------------------------------------------------------

namespace {

Result<api::DesiredState> loadDesired(Database &db, const QString &nodeId)
{
    auto stmt = db.prepare(
        QStringLiteral("SELECT generation, workloads_json FROM desired_states WHERE node_id = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, nodeId);
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    api::DesiredState state;
    state.nodeId = nodeId;
    if (!*row)
        return state;
    state.generation = stmt->integer(0);
    const QJsonArray a = parse(stmt->text(1)).array();
    for (int i = 0; i < a.size(); ++i) {
        auto w = api::WorkloadSpec::fromJson(a.at(i).toObject());
        if (!w)
            return api::fail(Code::StoreCorrupt,
                             StoreTr::tr("The stored desired state of the node '%1' cannot be "
                                         "read.")
                                 .arg(nodeId),
                             w.error().toString());
        state.workloads << *w;
    }
    return state;
}

} // namespace

Result<api::DesiredState> SqliteStore::desiredState(const QString &nodeId)
{
    std::lock_guard lock(m_mutex);
    return loadDesired(*m_db, nodeId);
}

Result<api::DesiredState> SqliteStore::setDesiredState(const QString &nodeId,
                                                       const QList<api::WorkloadSpec> &workloads,
                                                       qint64 expectedGeneration,
                                                       const QString &actor)
{
    api::DesiredState out;
    auto r = write(actor, [&](Tx &) -> Result<void> {
        auto current = loadDesired(*m_db, nodeId);
        if (!current)
            return failWith(current);
        if (expectedGeneration > 0 && current->generation != expectedGeneration)
            return api::fail(Code::Conflict,
                             StoreTr::tr("The desired state of this node changed meanwhile "
                                         "(generation %1, not %2); reload it and try again.")
                                 .arg(current->generation)
                                 .arg(expectedGeneration),
                             {}, QStringLiteral("expected_generation"));
        out.nodeId = nodeId;
        out.generation = current->generation + 1;
        out.workloads = workloads;
        QJsonArray a;
        for (const api::WorkloadSpec &w : workloads)
            a.append(w.toJson());
        auto del = m_db->prepare(QStringLiteral("DELETE FROM desired_states WHERE node_id = ?"));
        if (!del)
            return failWith(del);
        del->bind(1, nodeId);
        if (auto d = del->run(); !d)
            return d;
        auto ins = m_db->prepare(
            QStringLiteral("INSERT INTO desired_states (node_id, generation, workloads_json, "
                           "updated_at_ms, updated_by) VALUES (?, ?, ?, ?, ?)"));
        if (!ins)
            return failWith(ins);
        ins->bind(1, nodeId);
        ins->bind(2, out.generation);
        ins->bind(3, compact(a));
        ins->bind(4, m_clock.nowMs());
        ins->bind(5, actor);
        return ins->run();
    });
    if (!r)
        return failWith(r);
    return out;
}

// ---- Outbox batches --------------------------------------------------------------------------

Result<qint64> SqliteStore::applyAgentBatch(const Batch &batch)
{
    qint64 acked = 0;
    auto r = write({}, [&](Tx &) -> Result<void> {
        auto sel = m_db->prepare(QStringLiteral("SELECT acked_seq FROM agents WHERE node_id = ?"));
        if (!sel)
            return failWith(sel);
        sel->bind(1, batch.nodeId);
        auto row = sel->next();
        if (!row)
            return failWith(row);
        if (!*row)
            return api::fail(Code::NotFound,
                             StoreTr::tr("The node '%1' has never connected to the hub.")
                                 .arg(batch.nodeId),
                             {}, QStringLiteral("node"));
        const qint64 before = sel->integer(0);
        sel->reset();
        acked = std::max(before, batch.highestSeq);
        if (batch.highestSeq <= 0 && batch.droppedDelta > 0) {
            // No records, only drop counts: nothing to recognise a repetition by.
            auto dropped = m_db->prepare(QStringLiteral(
                "UPDATE agents SET dropped_records = dropped_records + ? WHERE node_id = ?"));
            if (!dropped)
                return failWith(dropped);
            dropped->bind(1, batch.droppedDelta);
            dropped->bind(2, batch.nodeId);
            return dropped->run();
        }
        if (batch.highestSeq <= before)
            return {}; // sent before: nothing changes

        auto ev = m_db->prepare(QStringLiteral(
            "INSERT INTO node_events (node_id, agent_seq, at_ms, severity, type, workload, "
            "message) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM node_events "
            "WHERE node_id = ? AND agent_seq = ?)"));
        if (!ev)
            return failWith(ev);
        for (const api::NodeEvent &e : batch.events) {
            if (e.agentSeq <= before)
                continue;
            ev->bind(1, batch.nodeId);
            ev->bind(2, e.agentSeq);
            ev->bind(3, e.atMs);
            ev->bind(4, api::eventSeverityName(e.severity));
            ev->bind(5, e.type);
            ev->bind(6, e.workload);
            ev->bind(7, e.message);
            ev->bind(8, batch.nodeId);
            ev->bind(9, e.agentSeq);
            if (auto x = ev->run(); !x)
                return x;
            ev->reset();
        }

        if (batch.replaceStatuses) {
            auto del = m_db->prepare(
                QStringLiteral("DELETE FROM workload_status WHERE node_id = ?"));
            if (!del)
                return failWith(del);
            del->bind(1, batch.nodeId);
            if (auto x = del->run(); !x)
                return x;
        }
        for (const api::WorkloadStatus &s : batch.statuses) {
            auto del = m_db->prepare(
                QStringLiteral("DELETE FROM workload_status WHERE node_id = ? AND name = ?"));
            if (!del)
                return failWith(del);
            del->bind(1, batch.nodeId);
            del->bind(2, s.name);
            if (auto x = del->run(); !x)
                return x;
            auto ins = m_db->prepare(
                QStringLiteral("INSERT INTO workload_status (node_id, name, status_json, "
                               "updated_at_ms) VALUES (?, ?, ?, ?)"));
            if (!ins)
                return failWith(ins);
            ins->bind(1, batch.nodeId);
            ins->bind(2, s.name);
            ins->bind(3, compact(s.toJson()));
            ins->bind(4, s.updatedAtMs > 0 ? s.updatedAtMs : m_clock.nowMs());
            if (auto x = ins->run(); !x)
                return x;
        }

        auto met = m_db->prepare(QStringLiteral(
            "INSERT INTO node_metrics (node_id, at_ms, sample_json) VALUES (?, ?, ?)"));
        if (!met)
            return failWith(met);
        for (const api::MetricSample &m : batch.metrics) {
            met->bind(1, batch.nodeId);
            met->bind(2, m.atMs);
            met->bind(3, compact(m.toJson()));
            if (auto x = met->run(); !x)
                return x;
            met->reset();
        }

        auto upd = m_db->prepare(QStringLiteral(
            "UPDATE agents SET acked_seq = ?, dropped_records = dropped_records + ?, "
            "applied_generation = CASE WHEN ? = 1 THEN ? ELSE applied_generation END "
            "WHERE node_id = ?"));
        if (!upd)
            return failWith(upd);
        upd->bind(1, acked);
        upd->bind(2, std::max<qint64>(0, batch.droppedDelta));
        upd->bind(3, qint64(batch.appliedGeneration ? 1 : 0));
        upd->bind(4, batch.appliedGeneration.value_or(0));
        upd->bind(5, batch.nodeId);
        return upd->run();
    });
    if (!r)
        return failWith(r);
    return acked;
}

Result<QList<api::WorkloadStatus>> SqliteStore::workloadStatus(const QString &nodeId)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT status_json FROM workload_status WHERE node_id = ? ORDER BY name"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, nodeId);
    QList<api::WorkloadStatus> out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        auto s = api::WorkloadStatus::fromJson(parse(stmt->text(0)).object());
        if (s)
            out << *s;
    }
    return out;
}

Result<QList<api::NodeEvent>> SqliteStore::events(const QString &nodeId, qint64 sinceMs, int limit)
{
    if (limit <= 0)
        limit = kDefaultEventLimit;
    limit = std::min(limit, kMaxEventLimit);
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT node_id, agent_seq, at_ms, severity, type, workload, message FROM node_events "
        "WHERE (? = '' OR node_id = ?) AND at_ms >= ? ORDER BY at_ms DESC, agent_seq DESC "
        "LIMIT ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, nodeId.isNull() ? QStringLiteral("") : nodeId);
    stmt->bind(2, nodeId.isNull() ? QStringLiteral("") : nodeId);
    stmt->bind(3, sinceMs);
    stmt->bind(4, limit);
    QList<api::NodeEvent> out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        api::NodeEvent e;
        e.nodeId = stmt->text(0);
        e.agentSeq = stmt->integer(1);
        e.atMs = stmt->integer(2);
        e.severity = api::eventSeverityFromName(stmt->text(3)).value_or(api::EventSeverity::Info);
        e.type = stmt->text(4);
        e.workload = stmt->text(5);
        e.message = stmt->text(6);
        out << e;
    }
    return out;
}

Result<QList<api::MetricSample>> SqliteStore::metrics(const api::MetricsQuery &query)
{
    const qint64 to = query.toMs > 0 ? query.toMs : m_clock.nowMs();
    QList<api::MetricSample> samples;
    {
        std::lock_guard lock(m_mutex);
        auto stmt = m_db->prepare(
            QStringLiteral("SELECT sample_json FROM node_metrics WHERE node_id = ? AND at_ms >= ? "
                           "AND at_ms <= ? ORDER BY at_ms"));
        if (!stmt)
            return failWith(stmt);
        stmt->bind(1, query.nodeId);
        stmt->bind(2, query.fromMs);
        stmt->bind(3, to);
        for (;;) {
            auto row = stmt->next();
            if (!row)
                return failWith(row);
            if (!*row)
                break;
            auto s = api::MetricSample::fromJson(parse(stmt->text(0)).object());
            if (s)
                samples << *s;
        }
    }
    return downsample(samples,
                      query.fromMs > 0 ? query.fromMs
                                       : (samples.isEmpty() ? 0 : samples.first().atMs),
                      to, query.maxPoints);
}

Result<int> SqliteStore::pruneMetrics(qint64 beforeMs)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral("DELETE FROM node_metrics WHERE at_ms < ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, beforeMs);
    if (auto r = stmt->run(); !r)
        return failWith(r);
    return stmt->changes();
}

// ---- Certificates ----------------------------------------------------------------------------

Result<api::NodeCertificate> SqliteStore::certificateBySerial(const QString &serial)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT serial, node_id, node_name, issued_at_ms, not_after_ms, fingerprint FROM "
        "node_certificates WHERE serial = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, serial.toLower());
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return api::fail(Code::NotFound,
                         StoreTr::tr("The hub has no certificate with the serial '%1'.").arg(serial),
                         {}, QStringLiteral("serial"));
    return api::NodeCertificate{stmt->text(0),    stmt->text(1),    stmt->text(2),
                                stmt->integer(3), stmt->integer(4), stmt->text(5)};
}

Result<void> SqliteStore::recordCertificate(const api::NodeCertificate &certificate)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        QStringLiteral("INSERT INTO node_certificates (serial, node_id, node_name, issued_at_ms, "
                       "not_after_ms, fingerprint) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, certificate.serial.toLower());
    stmt->bind(2, certificate.nodeId);
    stmt->bind(3, certificate.nodeName);
    stmt->bind(4, certificate.issuedAtMs);
    stmt->bind(5, certificate.notAfterMs);
    stmt->bind(6, certificate.fingerprint);
    return stmt->run();
}

// ---- Image transfers -------------------------------------------------------------------------

Result<void> SqliteStore::addImageTransfer(const ImageTransfer &transfer)
{
    return write({}, [&](Tx &) -> Result<void> {
        auto del = m_db->prepare(
            QStringLiteral("DELETE FROM image_transfers WHERE node_id = ? AND sha256 = ?"));
        if (!del)
            return failWith(del);
        del->bind(1, transfer.nodeId);
        del->bind(2, transfer.sha256.toLower());
        if (auto r = del->run(); !r)
            return r;
        auto ins = m_db->prepare(
            QStringLiteral("INSERT INTO image_transfers (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(kTransferColumns));
        if (!ins)
            return failWith(ins);
        const qint64 created = transfer.createdAtMs > 0 ? transfer.createdAtMs : m_clock.nowMs();
        ins->bind(1, transfer.nodeId);
        ins->bind(2, transfer.sha256.toLower());
        ins->bind(3, transfer.name);
        ins->bind(4, transfer.size);
        ins->bind(5, QStringLiteral("pending"));
        ins->bind(6, QString());
        ins->bind(7, compact(QJsonArray()));
        ins->bind(8, created);
        ins->bind(9, created);
        return ins->run();
    });
}

Result<QList<api::AgentStore::ImageTransfer>> SqliteStore::imageTransfers(const QString &nodeId,
                                                                          bool pendingOnly)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT %1 FROM image_transfers WHERE node_id = ? AND (? = 0 OR state = "
                       "'pending') ORDER BY created_at_ms, sha256")
            .arg(kTransferColumns));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, nodeId);
    stmt->bind(2, qint64(pendingOnly ? 1 : 0));
    QList<ImageTransfer> out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        out << readTransfer(*stmt);
    }
    return out;
}

Result<void> SqliteStore::finishImageTransfer(const QString &nodeId, const QString &sha256,
                                              const QString &state, const QString &message,
                                              const QStringList &images, qint64 atMs)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        QStringLiteral("UPDATE image_transfers SET state = ?, message = ?, images = ?, "
                       "updated_at_ms = ? WHERE node_id = ? AND sha256 = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, state);
    stmt->bind(2, message);
    stmt->bind(3, compact(QJsonArray::fromStringList(images)));
    stmt->bind(4, atMs);
    stmt->bind(5, nodeId);
    stmt->bind(6, sha256.toLower());
    if (auto r = stmt->run(); !r)
        return r;
    if (stmt->changes() == 0)
        return api::fail(Code::NotFound,
                         StoreTr::tr("No image transfer of '%1' to the node '%2' is recorded.")
                             .arg(sha256, nodeId));
    return {};
}

} // namespace edge::store
