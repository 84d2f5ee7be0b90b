#pragma once

#include "backend/api/error.h"
#include "backend/store/database.h"

namespace edge::store {

// The registers of every entity field (api/syncstore.h): the field_heads table. Owned by the merge
// of remote operations and by local writes (SqliteStore::logOp).
class Registers {
public:
    // Fills field_heads from an op log written before schema 6 (one writer: the newest operation
    // of each register is its only head; a $delete has seen every head of its entity).
    static api::Result<void> rebuildHeads(Database &db);
};

} // namespace edge::store
