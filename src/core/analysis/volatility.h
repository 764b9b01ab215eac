#pragma once

#include <pg_query.pb-c.h>

namespace migreview::analysis {

class SchemaState;

// How volatile a function call is, as pg_proc.provolatile says: 'i' (immutable), 's' (stable) or
// 'v' (volatile). A PostgreSQL 17 built-in (pg_catalog, builtinfunctions.inc) is looked up by
// name and argument count; a function the migrations created has the volatility its CREATE
// FUNCTION declared (VOLATILE unless IMMUTABLE or STABLE). Anything else - an extension's function,
// one created outside the migrations, a call no built-in accepts - counts as volatile, as
// PostgreSQL's default for a new function is.
char functionVolatility(const PgQuery__FuncCall *call, const SchemaState *schema = nullptr);

// Whether a call is to one of PostgreSQL 17's built-in functions (by name and argument count).
bool isBuiltinFunction(const PgQuery__FuncCall *call);

// Whether an expression calls a volatile function (random(), clock_timestamp(), gen_random_uuid(),
// nextval(), a function of unknown volatility, ...). now() and CURRENT_TIMESTAMP are stable, not
// volatile. With the schema state, functions the migrations created count as declared.
bool isVolatileExpression(const PgQuery__Node *expression, const SchemaState *schema = nullptr);
// Whether an expression's value differs between two runs: volatile calls and now()-like ones.
bool isNonDeterministicExpression(const PgQuery__Node *expression, const SchemaState *schema = nullptr);

} // namespace migreview::analysis
