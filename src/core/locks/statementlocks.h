#pragma once

#include "lockmode.h"

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
std::vector<RelationLock> statementLocks(const PgQuery__Node *statement);
LockMode strongestLock(const PgQuery__Node *statement);

} // namespace migreview::locks
