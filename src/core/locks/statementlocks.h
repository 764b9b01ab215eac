#pragma once

#include "lockmode.h"

#include "analysis/schemastate.h"

#include <pg_query.pb-c.h>

#include <vector>

namespace migreview::locks {

struct RelationLock
{
    QString relation;
    LockMode mode = LockMode::None;
};

// The table-level locks a statement takes, strongest per relation (reference:
// ../shared/reference/postgres-locks.md and the ALTER TABLE documentation's per-form locks).
// With a schema state, DROP INDEX is attributed to the index's table when the state knows it
// (the lock that blocks work is on the table); otherwise to the index's own name.
std::vector<RelationLock> statementLocks(const PgQuery__Node *statement, const analysis::SchemaState *schema = nullptr);
LockMode strongestLock(const PgQuery__Node *statement);

} // namespace migreview::locks
