#pragma once

// Helpers several rules share.
#include "rule.h"

#include <pg_query.pb-c.h>

#include <functional>

namespace migreview::rules {

// Calls visit for each command of an ALTER TABLE statement, with the table's name.
void forEachAlterTableCommand(const StatementContext &context,
                              const std::function<void(const QString &table, const PgQuery__AlterTableCmd *cmd)> &visit);

// Whether an expression calls a function PostgreSQL marks volatile (random(), clock_timestamp(),
// gen_random_uuid(), nextval(), ...). now() and CURRENT_TIMESTAMP are stable, not volatile.
bool isVolatileExpression(const PgQuery__Node *expression);
// Whether an expression's value differs between two runs: volatile calls and now()-like ones.
bool isNonDeterministicExpression(const PgQuery__Node *expression);

// Whether the statement is data definition (CREATE/ALTER/DROP...) rather than data manipulation.
bool isDdl(const PgQuery__Node *statement);
bool isDml(const PgQuery__Node *statement);

} // namespace migreview::rules
