#include "backend/proto/convert.h"
#include "backend/proto/prototr.h"

#include <QCoreApplication>
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

} // namespace edge::proto
