#pragma once

#include "lockmode.h"

#include "analysis/schemastate.h"

#include <pg_query.pb-c.h>

#include <vector>

namespace migreview::locks {

// The work a statement does on a relation while it holds the lock (what its duration scales with).
// Ordered from light to heavy: when one statement does several, the heaviest is kept.
enum class TableWork {
    CatalogOnly, // system catalogs only: milliseconds once the lock is granted
    Scan, // reads every row (validating a constraint, SET NOT NULL)
    IndexBuild, // scans, sorts and writes an index
    RowWrites, // writes rows one by one, with their index entries and WAL (INSERT, UPDATE, DELETE)
    Rewrite, // writes a new copy of the table and rebuilds all of its indexes
};
QString tableWorkName(TableWork work); // "catalog only", "full scan", ... (stable, used in JSON)
QString tableWorkTitle(TableWork work); // the same for people: translated

struct RelationLock
{
    QString relation;
    LockMode mode = LockMode::None;
    TableWork work = TableWork::CatalogOnly;
};

// The table-level locks a statement takes, strongest per relation, with the work done under each.
// Sources: the "Explicit Locking" chapter (13.3) and the ALTER TABLE, CREATE INDEX, REINDEX,
// CLUSTER, VACUUM and REFRESH MATERIALIZED VIEW pages of the PostgreSQL 11-17 documentation,
// summarised in ../shared/reference/postgres-locks.md and cited per case in statementlocks.cpp.
// With a schema state, DROP INDEX is attributed to the index's table when the state knows it (the
// lock that blocks work is on the table); otherwise to the index's own name. pgVersion (11-17)
// selects the version-dependent cases.
std::vector<RelationLock> statementLocks(const PgQuery__Node *statement, const analysis::SchemaState *schema = nullptr, int pgVersion = 17);
LockMode strongestLock(const PgQuery__Node *statement);

} // namespace migreview::locks
