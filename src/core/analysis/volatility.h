#pragma once

#include <pg_query.pb-c.h>

namespace migreview::analysis {

// Whether an expression calls a function PostgreSQL marks volatile (random(), clock_timestamp(),
// gen_random_uuid(), nextval(), ...). now() and CURRENT_TIMESTAMP are stable, not volatile.
bool isVolatileExpression(const PgQuery__Node *expression);
// Whether an expression's value differs between two runs: volatile calls and now()-like ones.
bool isNonDeterministicExpression(const PgQuery__Node *expression);

} // namespace migreview::analysis
