#include "backend/proto/convert.h"
#include "backend/proto/prototr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <unordered_map>

namespace edge::proto {

namespace {

// Field names repeat in every record of a page: share one QString per name instead of decoding
// and allocating it again for each record (a list of 10,000 sites has 100,000 of them).
QString fieldName(const std::string &name)
{
    thread_local std::unordered_map<std::string, QString> names;
    if (const auto it = names.find(name); it != names.end())
        return it->second;
    if (names.size() > 512) // not a schema's field names: do not grow without bound
        names.clear();
    return names.emplace(name, fromStd(name)).first->second;
}
} // namespace

void toProto(const QVariant &value, v1::Value *out)
{
    out->Clear();
    if (value.isNull() || !value.isValid())
        return;
    switch (value.typeId()) {
    case QMetaType::Bool: out->set_bool_value(value.toBool()); break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar: out->set_int_value(value.toLongLong()); break;
    case QMetaType::Double:
    case QMetaType::Float: out->set_double_value(value.toDouble()); break;
    default: out->set_string_value(toStd(value.toString())); break;
    }
}

QVariant fromProto(const v1::Value &value)
{
    switch (value.kind_case()) {
    case v1::Value::kStringValue: return fromStd(value.string_value());
    case v1::Value::kIntValue: return qint64(value.int_value());
    case v1::Value::kDoubleValue: return value.double_value();
    case v1::Value::kBoolValue: return value.bool_value();
    case v1::Value::KIND_NOT_SET: break;
    }
    return {};
}

api::Result<api::EntityKind> kindFromWire(const std::string &name)
{
    const QString n = fromStd(name);
    if (auto k = api::kindFromName(n))
        return *k;
    return api::fail(api::Code::Validation,
                     Tr::tr("Unknown kind '%1'; use region, site, cabinet, node or device.").arg(n),
                     {}, QStringLiteral("kind"));
}

void toProto(const api::Record &record, v1::Record *out)
{
    out->set_kind(toStd(api::kindName(record.kind)));
    out->set_id(toStd(record.id));
    out->set_revision(record.revision);
    auto *fields = out->mutable_fields();
    fields->clear();
    for (auto it = record.fields.cbegin(); it != record.fields.cend(); ++it)
        toProto(it.value(), &(*fields)[toStd(it.key())]);
}

api::Result<api::Record> fromProto(const v1::Record &record)
{
    auto kind = kindFromWire(record.kind());
    if (!kind)
        return std::unexpected(kind.error());
    api::Record r;
    r.kind = *kind;
    r.id = fromStd(record.id());
    r.revision = record.revision();
    for (const auto &[name, value] : record.fields())
        r.fields.insert(fieldName(name), fromProto(value));
    return r;
}

void toProto(const api::Change &change, v1::Change *out)
{
    out->set_revision(change.revision);
    out->set_op(toStd(api::changeOpName(change.op)));
    out->set_kind(toStd(api::kindName(change.kind)));
    out->set_id(toStd(change.id));
    api::Record rec = change.record;
    if (change.op == api::ChangeOp::Deleted) {
        rec = {};
        rec.kind = change.kind;
        rec.id = change.id;
    }
    toProto(rec, out->mutable_record());
}

api::Result<api::Change> fromProto(const v1::Change &change)
{
    api::Change c;
    c.revision = change.revision();
    const QString op = fromStd(change.op());
    if (op == api::changeOpName(api::ChangeOp::Created))
        c.op = api::ChangeOp::Created;
    else if (op == api::changeOpName(api::ChangeOp::Updated))
        c.op = api::ChangeOp::Updated;
    else if (op == api::changeOpName(api::ChangeOp::Deleted))
        c.op = api::ChangeOp::Deleted;
    else
        return api::fail(api::Code::Rpc, Tr::tr("The hub sent a change with an unknown operation."),
                         op, QStringLiteral("op"));
    auto kind = kindFromWire(change.kind());
    if (!kind)
        return std::unexpected(kind.error());
    c.kind = *kind;
    c.id = fromStd(change.id());
    if (change.has_record()) {
        auto rec = fromProto(change.record());
        if (!rec)
            return std::unexpected(rec.error());
        c.record = *rec;
    } else {
        c.record.kind = c.kind;
        c.record.id = c.id;
    }
    return c;
}

void toProto(const api::User &user, v1::User *out)
{
    out->set_id(toStd(user.id));
    out->set_revision(user.revision);
    out->set_name(toStd(user.name));
    out->set_display_name(toStd(user.displayName));
    out->set_role(toStd(api::roleName(user.role)));
    out->set_disabled(user.disabled);
}

api::Result<api::User> fromProto(const v1::User &user)
{
    api::User u;
    u.id = fromStd(user.id());
    u.revision = user.revision();
    u.name = fromStd(user.name());
    u.displayName = fromStd(user.display_name());
    u.disabled = user.disabled();
    const QString role = fromStd(user.role());
    if (role.isEmpty()) {
        u.role = api::Role::Viewer;
    } else if (auto r = api::roleFromName(role)) {
        u.role = *r;
    } else {
        return api::fail(api::Code::Validation,
                         Tr::tr("Unknown role '%1'; use viewer, operator or admin.").arg(role), {},
                         QStringLiteral("role"));
    }
    return u;
}

void toProto(const api::Session &session, v1::Session *out)
{
    out->set_token(toStd(session.token));
    out->set_user_name(toStd(session.userName));
    out->set_role(toStd(api::roleName(session.role)));
    out->set_expires_at_ms(session.expiresAtMs);
}

api::Result<api::Session> fromProto(const v1::Session &session)
{
    api::Session s;
    s.token = fromStd(session.token());
    s.userName = fromStd(session.user_name());
    s.expiresAtMs = session.expires_at_ms();
    const auto role = api::roleFromName(fromStd(session.role()));
    if (!role)
        return api::fail(api::Code::Rpc, Tr::tr("The hub sent a session with an unknown role."),
                         fromStd(session.role()), QStringLiteral("role"));
    s.role = *role;
    return s;
}

void toProto(const api::Error &error, v1::ErrorDetail *out)
{
    out->set_code(int(error.code));
    out->set_message(toStd(error.message));
    out->set_detail(toStd(error.detail));
    out->set_field(toStd(error.field));
}

api::Error fromProto(const v1::ErrorDetail &detail)
{
    api::Error e;
    e.code = api::Code(detail.code());
    e.message = fromStd(detail.message());
    e.detail = fromStd(detail.detail());
    e.field = fromStd(detail.field());
    return e;
}

namespace {

QStringList fromRepeated(const google::protobuf::RepeatedPtrField<std::string> &in)
{
    QStringList out;
    out.reserve(in.size());
    for (const std::string &s : in)
        out << fromStd(s);
    return out;
}

void toRepeated(const QStringList &in, google::protobuf::RepeatedPtrField<std::string> *out)
{
    for (const QString &s : in)
        out->Add(toStd(s));
}

std::unexpected<api::Error> unknownName(const char *field, const std::string &value)
{
    return api::fail(api::Code::Validation,
                     Tr::tr("The value '%1' is not known here.").arg(fromStd(value)), {},
                     QString::fromLatin1(field));
}

} // namespace

void toProto(const api::WorkloadSpec &spec, v1::WorkloadSpec *out)
{
    out->set_name(toStd(spec.name));
    out->set_image(toStd(spec.image));
    toRepeated(spec.command, out->mutable_command());
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it)
        (*out->mutable_env())[toStd(it.key())] = toStd(it.value());
    for (const api::WorkloadPort &p : spec.ports) {
        auto *o = out->add_ports();
        o->set_host_port(p.hostPort);
        o->set_container_port(p.containerPort);
        o->set_protocol(toStd(p.protocol));
        o->set_host_ip(toStd(p.hostIp));
    }
    for (const api::WorkloadVolume &v : spec.volumes) {
        auto *o = out->add_volumes();
        o->set_source(toStd(v.source));
        o->set_target(toStd(v.target));
        o->set_read_only(v.readOnly);
    }
    out->set_restart(toStd(api::restartPolicyName(spec.restart)));
    out->set_cpus(spec.cpus);
    out->set_memory_bytes(spec.memoryBytes);
    if (spec.health) {
        auto *h = out->mutable_health();
        toRepeated(spec.health->test, h->mutable_test());
        h->set_interval_s(spec.health->intervalS);
        h->set_timeout_s(spec.health->timeoutS);
        h->set_retries(spec.health->retries);
    }
}

api::Result<api::WorkloadSpec> fromProto(const v1::WorkloadSpec &spec)
{
    api::WorkloadSpec s;
    s.name = fromStd(spec.name());
    s.image = fromStd(spec.image());
    s.command = fromRepeated(spec.command());
    for (const auto &[k, v] : spec.env())
        s.env.insert(fromStd(k), fromStd(v));
    for (const auto &p : spec.ports())
        s.ports << api::WorkloadPort{p.host_port(), p.container_port(),
                                     p.protocol().empty() ? QStringLiteral("tcp")
                                                          : fromStd(p.protocol()),
                                     fromStd(p.host_ip())};
    for (const auto &v : spec.volumes())
        s.volumes << api::WorkloadVolume{fromStd(v.source()), fromStd(v.target()), v.read_only()};
    if (!spec.restart().empty()) {
        auto r = api::restartPolicyFromName(fromStd(spec.restart()));
        if (!r)
            return unknownName("restart", spec.restart());
        s.restart = *r;
    }
    s.cpus = spec.cpus();
    s.memoryBytes = spec.memory_bytes();
    if (spec.has_health()) {
        api::WorkloadHealthCheck h;
        h.test = fromRepeated(spec.health().test());
        h.intervalS = spec.health().interval_s();
        h.timeoutS = spec.health().timeout_s();
        h.retries = spec.health().retries();
        s.health = h;
    }
    return s;
}

void toProto(const api::DesiredState &state, v1::DesiredState *out)
{
    out->set_node_id(toStd(state.nodeId));
    out->set_generation(state.generation);
    for (const api::WorkloadSpec &w : state.workloads)
        toProto(w, out->add_workloads());
}

api::Result<api::DesiredState> fromProto(const v1::DesiredState &state)
{
    api::DesiredState d;
    d.nodeId = fromStd(state.node_id());
    d.generation = state.generation();
    for (int i = 0; i < state.workloads_size(); ++i) {
        auto w = fromProto(state.workloads(i));
        if (!w) {
            api::Error e = w.error();
            e.field = QStringLiteral("workloads[%1].%2").arg(i).arg(e.field);
            return std::unexpected(e);
        }
        d.workloads << *w;
    }
    return d;
}

void toProto(const api::WorkloadStatus &status, v1::WorkloadStatus *out)
{
    out->set_name(toStd(status.name));
    out->set_phase(toStd(api::workloadPhaseName(status.phase)));
    out->set_container_id(toStd(status.containerId));
    out->set_spec_hash(toStd(status.specHash));
    out->set_health(toStd(status.health));
    out->set_restarts(status.restarts);
    out->set_exit_code(status.exitCode);
    out->set_started_at_ms(status.startedAtMs);
    out->set_message(toStd(status.message));
    out->set_updated_at_ms(status.updatedAtMs);
}

api::Result<api::WorkloadStatus> fromProto(const v1::WorkloadStatus &status)
{
    api::WorkloadStatus s;
    s.name = fromStd(status.name());
    auto phase = api::workloadPhaseFromName(fromStd(status.phase()));
    if (!phase)
        return unknownName("phase", status.phase());
    s.phase = *phase;
    s.containerId = fromStd(status.container_id());
    s.specHash = fromStd(status.spec_hash());
    s.health = fromStd(status.health());
    s.restarts = status.restarts();
    s.exitCode = status.exit_code();
    s.startedAtMs = status.started_at_ms();
    s.message = fromStd(status.message());
    s.updatedAtMs = status.updated_at_ms();
    return s;
}

void toProto(const api::NodeStatus &status, v1::NodeStatus *out)
{
    out->set_node_id(toStd(status.nodeId));
    out->set_node_name(toStd(status.nodeName));
    out->set_site_id(toStd(status.siteId));
    out->set_state(toStd(api::nodeStateName(status.state)));
    out->set_last_seen_ms(status.lastSeenMs);
    out->set_heartbeat_interval_ms(status.heartbeatIntervalMs);
    out->set_certificate_not_after_ms(status.certificateNotAfterMs);
    out->set_certificate_serial(toStd(status.certificateSerial));
    out->set_agent_version(toStd(status.agentVersion));
    out->set_hostname(toStd(status.hostname));
    out->set_desired_generation(status.desiredGeneration);
    out->set_applied_generation(status.appliedGeneration);
    out->set_dropped_records(status.droppedRecords);
    for (const api::WorkloadStatus &w : status.workloads)
        toProto(w, out->add_workloads());
}

api::Result<api::NodeStatus> fromProto(const v1::NodeStatus &status)
{
    api::NodeStatus s;
    s.nodeId = fromStd(status.node_id());
    s.nodeName = fromStd(status.node_name());
    s.siteId = fromStd(status.site_id());
    auto state = api::nodeStateFromName(fromStd(status.state()));
    if (!state)
        return unknownName("state", status.state());
    s.state = *state;
    s.lastSeenMs = status.last_seen_ms();
    s.heartbeatIntervalMs = status.heartbeat_interval_ms();
    s.certificateNotAfterMs = status.certificate_not_after_ms();
    s.certificateSerial = fromStd(status.certificate_serial());
    s.agentVersion = fromStd(status.agent_version());
    s.hostname = fromStd(status.hostname());
    s.desiredGeneration = status.desired_generation();
    s.appliedGeneration = status.applied_generation();
    s.droppedRecords = status.dropped_records();
    for (const auto &w : status.workloads()) {
        auto ws = fromProto(w);
        if (!ws)
            return std::unexpected(ws.error());
        s.workloads << *ws;
    }
    return s;
}

void toProto(const api::NodeEvent &event, v1::NodeEvent *out)
{
    out->set_node_id(toStd(event.nodeId));
    out->set_agent_seq(event.agentSeq);
    out->set_at_ms(event.atMs);
    out->set_severity(toStd(api::eventSeverityName(event.severity)));
    out->set_type(toStd(event.type));
    out->set_workload(toStd(event.workload));
    out->set_message(toStd(event.message));
}

api::Result<api::NodeEvent> fromProto(const v1::NodeEvent &event)
{
    api::NodeEvent e;
    e.nodeId = fromStd(event.node_id());
    e.agentSeq = event.agent_seq();
    e.atMs = event.at_ms();
    auto sev = api::eventSeverityFromName(fromStd(event.severity()));
    if (!sev)
        return unknownName("severity", event.severity());
    e.severity = *sev;
    e.type = fromStd(event.type());
    e.workload = fromStd(event.workload());
    e.message = fromStd(event.message());
    return e;
}

void toProto(const api::MetricSample &sample, v1::MetricSample *out)
{
    out->set_at_ms(sample.atMs);
    out->set_json(QJsonDocument(sample.toJson()).toJson(QJsonDocument::Compact).toStdString());
}

api::Result<api::MetricSample> fromProto(const v1::MetricSample &sample)
{
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(sample.json()), &err);
    if (!doc.isObject())
        return api::fail(api::Code::Validation, Tr::tr("A metric sample is not valid JSON."),
                         err.errorString(), QStringLiteral("json"));
    return api::MetricSample::fromJson(doc.object());
}

// ---- Sync (issue 5) -------------------------------------------------------------------------

void toProto(const api::Operation &operation, v1::SyncOperation *out)
{
    out->set_op_id(toStd(operation.opId));
    out->set_hlc(operation.hlc.value);
    out->set_replica_id(toStd(operation.replicaId));
    out->set_actor(toStd(operation.actor));
    out->set_entity(toStd(operation.entity));
    out->set_entity_id(toStd(operation.entityId));
    out->set_field(toStd(operation.field));
    out->set_value(toStd(operation.value));
    out->clear_bases();
    for (const QString &base : operation.bases)
        out->add_bases(toStd(base));
    out->set_seq(operation.seq);
}

api::Operation fromProto(const v1::SyncOperation &operation)
{
    api::Operation o;
    o.seq = operation.seq();
    o.opId = fromStd(operation.op_id());
    o.hlc.value = operation.hlc();
    o.replicaId = fromStd(operation.replica_id());
    o.actor = fromStd(operation.actor());
    o.entity = fieldName(operation.entity());
    o.entityId = fromStd(operation.entity_id());
    o.field = fieldName(operation.field());
    o.value = fromStd(operation.value());
    o.bases.reserve(operation.bases_size());
    for (const std::string &base : operation.bases())
        o.bases.append(fromStd(base));
    return o;
}

void toProto(const api::VersionVector &vector,
             google::protobuf::RepeatedPtrField<v1::VersionEntry> *out)
{
    out->Clear();
    for (auto it = vector.cbegin(); it != vector.cend(); ++it) {
        v1::VersionEntry *entry = out->Add();
        entry->set_replica_id(toStd(it.key()));
        entry->set_counter(it.value());
    }
}

api::VersionVector fromProto(const google::protobuf::RepeatedPtrField<v1::VersionEntry> &entries)
{
    api::VersionVector vector;
    for (const v1::VersionEntry &entry : entries) {
        const QString replica = fromStd(entry.replica_id());
        vector.insert(replica, std::max(vector.value(replica), qint64(entry.counter())));
    }
    return vector;
}

void toProto(const api::OperationBatch &batch, v1::SyncPullResponse *out)
{
    out->clear_operations();
    out->mutable_operations()->Reserve(int(batch.operations.size()));
    for (const api::Operation &op : batch.operations)
        toProto(op, out->add_operations());
    out->set_last_seq(batch.lastSeq);
    out->set_more(batch.more);
}

api::OperationBatch fromProto(const v1::SyncPullResponse &response)
{
    api::OperationBatch batch;
    batch.operations.reserve(response.operations_size());
    for (const v1::SyncOperation &op : response.operations())
        batch.operations.append(fromProto(op));
    batch.lastSeq = response.last_seq();
    batch.more = response.more();
    return batch;
}

void toProto(const api::ApplyResult &result, v1::SyncPushResponse *out)
{
    out->set_applied(result.applied);
    out->set_already_present(result.alreadyPresent);
    out->set_revision(result.revision);
}

api::ApplyResult fromProto(const v1::SyncPushResponse &response)
{
    api::ApplyResult r;
    r.applied = response.applied();
    r.alreadyPresent = response.already_present();
    r.revision = response.revision();
    return r;
}

void toProto(const api::Conflict &conflict, v1::SyncConflict *out)
{
    out->set_id(toStd(conflict.id));
    out->set_kind(toStd(api::conflictKindName(conflict.kind)));
    out->set_entity(toStd(conflict.entity));
    out->set_entity_id(toStd(conflict.entityId));
    out->set_entity_name(toStd(conflict.entityName));
    out->set_field(toStd(conflict.field));
    out->clear_values();
    for (const api::ConflictValue &v : conflict.values) {
        v1::SyncConflictValue *value = out->add_values();
        value->set_op_id(toStd(v.opId));
        value->set_replica_id(toStd(v.replicaId));
        value->set_actor(toStd(v.actor));
        value->set_hlc(v.hlc.value);
        value->set_value(toStd(v.value));
        value->set_winner(v.winner);
    }
}

api::Result<api::Conflict> fromProto(const v1::SyncConflict &conflict)
{
    api::Conflict c;
    const QString kind = fromStd(conflict.kind());
    bool known = false;
    for (const api::ConflictKind k : {api::ConflictKind::Field, api::ConflictKind::DeleteEdit,
                                      api::ConflictKind::Orphan, api::ConflictKind::DuplicateName}) {
        if (api::conflictKindName(k) == kind) {
            c.kind = k;
            known = true;
        }
    }
    if (!known)
        return api::fail(api::Code::Rpc,
                         Tr::tr("The hub sent a conflict of an unknown kind '%1'; it may run a "
                                "newer version.")
                             .arg(kind),
                         {}, QStringLiteral("kind"));
    c.id = fromStd(conflict.id());
    c.entity = fromStd(conflict.entity());
    c.entityId = fromStd(conflict.entity_id());
    c.entityName = fromStd(conflict.entity_name());
    c.field = fromStd(conflict.field());
    for (const v1::SyncConflictValue &v : conflict.values()) {
        api::ConflictValue value;
        value.opId = fromStd(v.op_id());
        value.replicaId = fromStd(v.replica_id());
        value.actor = fromStd(v.actor());
        value.hlc.value = v.hlc();
        value.value = fromStd(v.value());
        value.winner = v.winner();
        c.values.append(value);
    }
    return c;
}

} // namespace edge::proto
