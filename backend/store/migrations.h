#pragma once

#include "backend/api/clock.h"
#include "backend/api/error.h"
#include "backend/store/database.h"

#include <functional>
#include <vector>

namespace edge::store {

// Versioned schema migrations. The applied versions are rows of `schema_migrations`; at open the
// pending steps run in order, each in its own transaction together with its row. A database whose
// version is newer than this code knows is refused (Code::StoreMigration) and left untouched.
//
// Adding a field to an entity: add it to api::schemaOf(), then append a step that calls
// addMissingColumns(). Step 1 builds the entity tables from the schema as it is when it runs, so
// a fresh database already has the column; addMissingColumns() only adds what an older database
// lacks. verify() (run at every open) names any column that is still missing.
class Migrations {
public:
    struct Step {
        int version = 0;
        QString description;
        std::function<api::Result<void>(Database &)> apply;
    };

    static const std::vector<Step> &steps();
    static int latestVersion();

    // 0 for an empty file; fails for a file with tables that is not an EdgeConsole store.
    static api::Result<int> currentVersion(Database &db);
    // Fails with StoreMigration, touching nothing, when the database is newer than the code.
    static api::Result<void> checkSupported(Database &db);
    // Applies the pending steps; returns how many ran.
    static api::Result<int> run(Database &db, const api::Clock &clock);
    // Checks that every entity table has the columns api::schemaOf() describes.
    static api::Result<void> verify(Database &db);

    // Adds the columns of api::schemaOf(kind) that the table lacks (for future steps).
    static api::Result<void> addMissingColumns(Database &db);
    // Column names of a table, in order.
    static api::Result<QStringList> columnsOf(Database &db, const QString &table);
};

} // namespace edge::store
