#pragma once

// Helpers the typed entities (inventorytypes.cpp, surveyrecord.cpp) share to read and write
// Record fields and to validate the common ones. Internal to backend/api.

#include "backend/api/entity.h"

#include <optional>

namespace edge::api::recordfields {

QString text(const Record &r, const char *field);
qint64 integer(const Record &r, const char *field, qint64 fallback = 0);
bool flag(const Record &r, const char *field);
std::optional<double> real(const Record &r, const char *field);
QVariant optionalText(const QString &s); // null for empty
Record makeRecord(EntityKind kind, const QString &id, qint64 revision);

// Code::Validation naming the field.
std::unexpected<Error> invalid(const QString &field, const QString &message);
// Not empty, no surrounding blanks, at most maxLen characters, no control characters.
Result<void> checkName(const QString &name, int maxLen = 100);

} // namespace edge::api::recordfields
