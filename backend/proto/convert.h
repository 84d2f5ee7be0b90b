#pragma once

// Mapping between the generated wire messages (edge.proto, package edge.v1) and the backend/api
// value types. Used by both ends: backend/services and backend/client.

#include "backend/api/error.h"
#include "backend/api/inventory.h"
#include "backend/api/syncstore.h"
#include "backend/api/user.h"
#include "backend/api/workload.h"

#include "edge.pb.h"

#include <QString>
#include <QVariant>
#include <string>

namespace edge::proto {

inline std::string toStd(const QString &s) { return s.toStdString(); }
inline QString fromStd(const std::string &s) { return QString::fromStdString(s); }

// Field values: QString, integers, double, bool; null/invalid QVariant <-> unset Value.
// Any other QVariant type travels as its string form.
void toProto(const QVariant &value, v1::Value *out);
QVariant fromProto(const v1::Value &value);

void toProto(const api::Record &record, v1::Record *out);
// Fails with Code::Validation (field "kind") on an unknown kind name.
api::Result<api::Record> fromProto(const v1::Record &record);

void toProto(const api::Change &change, v1::Change *out);
api::Result<api::Change> fromProto(const v1::Change &change);

void toProto(const api::User &user, v1::User *out);
// Fails with Code::Validation (field "role") on an unknown role name.
api::Result<api::User> fromProto(const v1::User &user);

void toProto(const api::Session &session, v1::Session *out);
api::Result<api::Session> fromProto(const v1::Session &session);

void toProto(const api::Error &error, v1::ErrorDetail *out);
api::Error fromProto(const v1::ErrorDetail &detail);

// Workloads and nodes (issue 3). fromProto fails with Code::Validation naming the field when a
// name on the wire is unknown; it does not run api::validate() (the receiver decides).
void toProto(const api::WorkloadSpec &spec, v1::WorkloadSpec *out);
api::Result<api::WorkloadSpec> fromProto(const v1::WorkloadSpec &spec);
void toProto(const api::DesiredState &state, v1::DesiredState *out);
api::Result<api::DesiredState> fromProto(const v1::DesiredState &state);
void toProto(const api::WorkloadStatus &status, v1::WorkloadStatus *out);
api::Result<api::WorkloadStatus> fromProto(const v1::WorkloadStatus &status);
void toProto(const api::NodeStatus &status, v1::NodeStatus *out);
api::Result<api::NodeStatus> fromProto(const v1::NodeStatus &status);
void toProto(const api::NodeEvent &event, v1::NodeEvent *out);
api::Result<api::NodeEvent> fromProto(const v1::NodeEvent &event);
void toProto(const api::MetricSample &sample, v1::MetricSample *out);
api::Result<api::MetricSample> fromProto(const v1::MetricSample &sample);

// Kind names on the wire; Code::Validation with field "kind" when unknown.
api::Result<api::EntityKind> kindFromWire(const std::string &name);

// Sync (issue 5). Operations and version vectors map one to one; fromProto of a conflict fails
// with Code::Rpc when its kind name is unknown (a hub of another version).
void toProto(const api::Operation &operation, v1::SyncOperation *out);
api::Operation fromProto(const v1::SyncOperation &operation);
void toProto(const api::VersionVector &vector,
             google::protobuf::RepeatedPtrField<v1::VersionEntry> *out);
api::VersionVector fromProto(const google::protobuf::RepeatedPtrField<v1::VersionEntry> &entries);
void toProto(const api::OperationBatch &batch, v1::SyncPullResponse *out);
api::OperationBatch fromProto(const v1::SyncPullResponse &response);
void toProto(const api::ApplyResult &result, v1::SyncPushResponse *out);
api::ApplyResult fromProto(const v1::SyncPushResponse &response);
void toProto(const api::Conflict &conflict, v1::SyncConflict *out);
api::Result<api::Conflict> fromProto(const v1::SyncConflict &conflict);

} // namespace edge::proto
