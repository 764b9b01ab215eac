#pragma once

// Helpers several rules share.
#include "rule.h"

#include "analysis/ast.h"
#include "analysis/volatility.h"

#include <pg_query.pb-c.h>

#include <QSet>

#include <functional>

namespace migreview::rules {

// Calls visit for each command of an ALTER TABLE statement, with the table's name.
void forEachAlterTableCommand(const StatementContext &context,
                              const std::function<void(const QString &table, const PgQuery__AlterTableCmd *cmd)> &visit);

using analysis::isNonDeterministicExpression;
using analysis::isVolatileExpression;

// Whether the statement is data definition (CREATE/ALTER/DROP...) rather than data manipulation.
bool isDdl(const PgQuery__Node *statement);
bool isDml(const PgQuery__Node *statement);

} // namespace migreview::rules

namespace migreview::rules {

// A column a statement creates: in CREATE TABLE (createStmt set) or ALTER TABLE ... ADD COLUMN.
struct NewColumn
{
    QString table;
    const PgQuery__ColumnDef *column = nullptr;
    const PgQuery__CreateStmt *createStmt = nullptr; // the CREATE TABLE, or nullptr for ADD COLUMN
    bool primaryKey = false; // a PRIMARY KEY constraint on the column or naming it in the table
    bool foreignKey = false; // REFERENCES on the column or a table FOREIGN KEY listing it
};
// Calls visit for each column a CREATE TABLE or ALTER TABLE ... ADD COLUMN defines.
void forEachNewColumn(const StatementContext &context, const std::function<void(const NewColumn &column)> &visit);

} // namespace migreview::rules

namespace migreview::rules {

// Whether an UPDATE/DELETE limits itself to one batch of rows: a key-range predicate in its WHERE
// (BETWEEN, <, <=, >, >= on a column), a subquery with LIMIT (id IN (SELECT ... LIMIT n),
// = ANY(ARRAY(SELECT ... LIMIT n))), or a WITH query with LIMIT.
bool isBatchedDml(const PgQuery__Node *statement);
// The target table and WHERE clause of an UPDATE or DELETE (nullptr/empty otherwise).
const PgQuery__RangeVar *dmlTarget(const PgQuery__Node *statement);
const PgQuery__Node *dmlWhere(const PgQuery__Node *statement);

} // namespace migreview::rules

namespace migreview::rules {

// Brings what the rules read of a transaction up to date after a statement ran (BEGIN, COMMIT, SET,
// the locks it took, the tables it changed or emptied). The linter calls it for each statement
// once the rules have seen the state before it; schemaBefore is the state they saw.
void recordStatement(analysis::TransactionState &transaction, const sql::Statement &statement,
                     const analysis::SchemaState &schemaBefore, int pgVersion);

// Replays a script's statements for a script-level check: calls visit for each statement with the
// schema and transaction state in force before it (as checkStatement would see them).
void forEachStatementWithState(const ScriptContext &context,
                               const std::function<void(int index, const sql::Statement &statement, const analysis::SchemaState &schema,
                                                        const analysis::TransactionState &transaction)> &visit);

} // namespace migreview::rules

namespace migreview::rules {

// The table a statement spends time on (scans, rewrites, builds an index on or writes many rows
// of), or empty when its work is catalog-only or on a table this migration set created and has not
// filled: ADD COLUMN with a constant default, DROP COLUMN, RENAME and NOT VALID constraints are
// instant; UPDATE, INSERT ... SELECT, CREATE INDEX, validated constraints, type changes and SET
// NOT NULL are not.
QString tableWorkedOn(const PgQuery__Node *statement, const analysis::SchemaState &schema, int pgVersion);
// Whether a statement keeps its transaction's locks held for a while: it works on a table
// (tableWorkedOn) or reads one in full (a SELECT from a table, such as SELECT count(*) FROM t).
bool takesTime(const PgQuery__Node *statement, const analysis::SchemaState &schema, int pgVersion);

} // namespace migreview::rules

namespace migreview::rules {

// prefer-bigint-over-int and -smallint: reports the key-like new columns (primary key, identity,
// serial, "id", "*_id" with a foreign key) whose type is one of types; serials are the serial
// spellings among them (widened to bigserial rather than bigint). limit is the type's maximum.
void reportNarrowKeyColumns(const StatementContext &context, Findings &findings, const QSet<QString> &types,
                            const QSet<QString> &serials, const QString &limit);

} // namespace migreview::rules

namespace migreview::rules {

// The first statement of a script that takes a SHARE-level or stronger lock on an existing table
// while when(transaction) holds (e.g. no lock_timeout set), and how many later statements do too.
struct ScriptLocks
{
    int first = -1; // statement index, or -1
    QString table;
    locks::LockMode mode = locks::LockMode::None;
    int others = 0;
};
ScriptLocks firstStrongLockWhile(const ScriptContext &context, const std::function<bool(const analysis::TransactionState &)> &when);

} // namespace migreview::rules

namespace migreview::rules {

using analysis::beginsTransaction;
using analysis::endsTransaction;
inline bool isTransactionBoundary(const PgQuery__Node *statement) { return beginsTransaction(statement) || endsTransaction(statement); }

// Calls visit for each column type a statement writes: new columns (CREATE TABLE, ADD COLUMN) and
// ALTER COLUMN ... TYPE, with the type's location.
void forEachColumnType(const StatementContext &context,
                       const std::function<void(const QString &table, const QString &column, const PgQuery__TypeName *type, int location)> &visit);

} // namespace migreview::rules
