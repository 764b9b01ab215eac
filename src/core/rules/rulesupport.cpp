#include "rulesupport.h"
#include "fixes.h"

#include "analysis/ast.h"
#include "locks/statementlocks.h"

#include <QCoreApplication>

#include <QSet>

namespace migreview::rules {

void forEachAlterTableCommand(const StatementContext &context,
                              const std::function<void(const QString &table, const PgQuery__AlterTableCmd *cmd)> &visit)
{
    const PgQuery__Node *node = context.node();
    if (!node || node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)
        return;
    const PgQuery__AlterTableStmt *stmt = node->alter_table_stmt;
    const QString table = analysis::relationName(stmt->relation);
    for (size_t i = 0; i < stmt->n_cmds; ++i) {
        if (stmt->cmds[i]->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
            visit(table, stmt->cmds[i]->alter_table_cmd);
    }
}

bool isDdl(const PgQuery__Node *statement)
{
    if (!statement)
        return false;
    switch (statement->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
    case PG_QUERY__NODE__NODE_INDEX_STMT:
    case PG_QUERY__NODE__NODE_DROP_STMT:
    case PG_QUERY__NODE__NODE_RENAME_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
    case PG_QUERY__NODE__NODE_VIEW_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
        return true;
    default:
        return false;
    }
}

bool isDml(const PgQuery__Node *statement)
{
    return statement
        && (statement->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT || statement->node_case == PG_QUERY__NODE__NODE_DELETE_STMT
            || statement->node_case == PG_QUERY__NODE__NODE_INSERT_STMT || statement->node_case == PG_QUERY__NODE__NODE_MERGE_STMT);
}

} // namespace migreview::rules

namespace migreview::rules {

namespace {
bool listsColumn(PgQuery__Node *const *keys, size_t count, const QString &column)
{
    return analysis::stringList(keys, count).contains(column);
}
} // namespace

void forEachNewColumn(const StatementContext &context, const std::function<void(const NewColumn &column)> &visit)
{
    const PgQuery__Node *node = context.node();
    if (!node)
        return;
    if (node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
        const PgQuery__CreateStmt *stmt = node->create_stmt;
        const QString table = analysis::relationName(stmt->relation);
        for (size_t i = 0; i < stmt->n_table_elts; ++i) {
            if (stmt->table_elts[i]->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
                continue;
            const PgQuery__ColumnDef *column = stmt->table_elts[i]->column_def;
            const QString name = QString::fromUtf8(column->colname);
            NewColumn c{table, column, stmt, analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY) != nullptr,
                        analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) != nullptr};
            for (size_t j = 0; j < stmt->n_table_elts; ++j) {
                if (stmt->table_elts[j]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
                    continue;
                const PgQuery__Constraint *constraint = stmt->table_elts[j]->constraint;
                if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY && listsColumn(constraint->keys, constraint->n_keys, name))
                    c.primaryKey = true;
                if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN
                    && listsColumn(constraint->fk_attrs, constraint->n_fk_attrs, name))
                    c.foreignKey = true;
            }
            visit(c);
        }
        return;
    }
    forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
        if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn || !cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
            return;
        const PgQuery__ColumnDef *column = cmd->def->column_def;
        visit(NewColumn{table, column, nullptr, analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY) != nullptr,
                        analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) != nullptr});
    });
}

} // namespace migreview::rules

namespace migreview::rules {

namespace {
bool selectHasLimit(const PgQuery__Node *node)
{
    if (!node || node->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
        return false;
    const PgQuery__SelectStmt *select = node->select_stmt;
    return select->limit_count != nullptr;
}

bool isRangeOperator(const PgQuery__AExpr *expr)
{
    if (expr->n_name != 1)
        return false;
    const QString op = analysis::stringValue(expr->name[0]);
    return op == u"<" || op == u"<=" || op == u">" || op == u">=";
}

bool isColumn(const PgQuery__Node *node)
{
    return node && node->node_case == PG_QUERY__NODE__NODE_COLUMN_REF;
}
} // namespace

const PgQuery__RangeVar *dmlTarget(const PgQuery__Node *statement)
{
    if (statement && statement->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT)
        return statement->update_stmt->relation;
    if (statement && statement->node_case == PG_QUERY__NODE__NODE_DELETE_STMT)
        return statement->delete_stmt->relation;
    return nullptr;
}

const PgQuery__Node *dmlWhere(const PgQuery__Node *statement)
{
    if (statement && statement->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT)
        return statement->update_stmt->where_clause;
    if (statement && statement->node_case == PG_QUERY__NODE__NODE_DELETE_STMT)
        return statement->delete_stmt->where_clause;
    return nullptr;
}

bool isBatchedDml(const PgQuery__Node *statement)
{
    const PgQuery__WithClause *with = nullptr;
    if (statement && statement->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT)
        with = statement->update_stmt->with_clause;
    else if (statement && statement->node_case == PG_QUERY__NODE__NODE_DELETE_STMT)
        with = statement->delete_stmt->with_clause;
    if (with) {
        for (size_t i = 0; i < with->n_ctes; ++i) {
            const PgQuery__Node *cte = with->ctes[i];
            if (cte->node_case == PG_QUERY__NODE__NODE_COMMON_TABLE_EXPR && selectHasLimit(cte->common_table_expr->ctequery))
                return true;
        }
    }
    bool batched = false;
    analysis::forEachNode(dmlWhere(statement), [&batched](const PgQuery__Node *node) {
        if (batched)
            return false;
        if (node->node_case == PG_QUERY__NODE__NODE_A_EXPR) {
            const PgQuery__AExpr *expr = node->a_expr;
            if ((expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN || expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN_SYM)
                && isColumn(expr->lexpr))
                batched = true;
            else if (expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP && isRangeOperator(expr) && (isColumn(expr->lexpr) || isColumn(expr->rexpr)))
                batched = true;
        } else if (node->node_case == PG_QUERY__NODE__NODE_SUB_LINK && selectHasLimit(node->sub_link->subselect)) {
            batched = true;
        }
        return !batched;
    });
    return batched;
}

} // namespace migreview::rules

namespace migreview::rules {

void forEachStatementWithState(const ScriptContext &context,
                               const std::function<void(int index, const sql::Statement &statement, const analysis::SchemaState &schema,
                                                        const analysis::TransactionState &transaction)> &visit)
{
    analysis::SchemaState schema = context.schemaBefore;
    analysis::TransactionState transaction;
    transaction.toolTransaction = context.finalTransaction.toolTransaction;
    transaction.singleQuery = context.finalTransaction.singleQuery;
    for (size_t i = 0; i < context.parsed.statements.size(); ++i) {
        const sql::Statement &statement = context.parsed.statements[i];
        visit(int(i), statement, schema, transaction);
        schema.apply(statement.node, -1, context.script.relativePath);
        transaction.apply(statement.node);
    }
}

namespace {
// The table a DELETE without WHERE empties, or empty (TRUNCATE is handled by the caller: it
// empties a list of tables).
QString emptiedTable(const PgQuery__Node *node)
{
    if (node && node->node_case == PG_QUERY__NODE__NODE_DELETE_STMT && !node->delete_stmt->where_clause)
        return analysis::relationName(node->delete_stmt->relation);
    return {};
}

// The table an INSERT or COPY FROM puts rows into, or empty.
QString filledTable(const PgQuery__Node *node)
{
    if (!node)
        return {};
    if (node->node_case == PG_QUERY__NODE__NODE_INSERT_STMT)
        return analysis::relationName(node->insert_stmt->relation);
    if (node->node_case == PG_QUERY__NODE__NODE_COPY_STMT && node->copy_stmt->is_from && node->copy_stmt->relation)
        return analysis::relationName(node->copy_stmt->relation);
    return {};
}
} // namespace

void recordStatement(analysis::TransactionState &transaction, const sql::Statement &statement,
                     const analysis::SchemaState &schemaBefore, int pgVersion)
{
    const PgQuery__Node *node = statement.node;
    transaction.apply(node);
    if (node && node->node_case == PG_QUERY__NODE__NODE_TRUNCATE_STMT) {
        for (size_t r = 0; r < node->truncate_stmt->n_relations; ++r) {
            if (node->truncate_stmt->relations[r]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
                transaction.emptiedTables.insert(analysis::relationName(node->truncate_stmt->relations[r]->range_var));
        }
    } else if (const QString emptied = emptiedTable(node); !emptied.isEmpty()) {
        transaction.emptiedTables.insert(emptied);
    }
    if (const QString filled = filledTable(node); !filled.isEmpty())
        transaction.emptiedTables.remove(filled);
    if (!transaction.inTransaction())
        return;
    if (const QString table = analysis::schemaChangeTable(node); !table.isEmpty())
        transaction.schemaChanges.insert(table, transaction.schemaChanges.value(table, statement.commandTag));
    if (const QString table = analysis::bulkWriteTable(node); !table.isEmpty())
        transaction.bulkWrites.insert(table, transaction.bulkWrites.value(table, statement.commandTag));
    // Locks taken before a statement that took time have had their finding (or never will):
    // only the locks taken since are waiting for one.
    if (takesTime(node, schemaBefore, pgVersion))
        transaction.locksWithoutSlowStatement.clear();
    const bool dropsTable = node && node->node_case == PG_QUERY__NODE__NODE_DROP_STMT
        && node->drop_stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE;
    for (const locks::RelationLock &lock : locks::statementLocks(node, &schemaBefore, pgVersion)) {
        if (lock.mode != locks::LockMode::AccessExclusive)
            continue;
        transaction.accessExclusiveTables.insert(lock.relation);
        // A dropped table is gone: holding its lock blocks nobody who could still use it.
        if (dropsTable)
            transaction.locksWithoutSlowStatement.remove(lock.relation);
        else if (!transaction.locksWithoutSlowStatement.contains(lock.relation))
            transaction.locksWithoutSlowStatement.insert(lock.relation, statement.commandTag);
    }
}

} // namespace migreview::rules

namespace migreview::rules {

bool takesTime(const PgQuery__Node *statement, const analysis::SchemaState &schema, int pgVersion)
{
    if (!statement)
        return false;
    if (statement->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) {
        bool readsTable = false;
        const PgQuery__SelectStmt *select = statement->select_stmt;
        for (size_t i = 0; i < select->n_from_clause && !readsTable; ++i) {
            analysis::forEachNode(select->from_clause[i], [&](const PgQuery__Node *node) {
                if (node->node_case == PG_QUERY__NODE__NODE_RANGE_VAR && !schema.isNewAndEmpty(analysis::relationName(node->range_var)))
                    readsTable = true;
                return !readsTable;
            });
        }
        return readsTable;
    }
    return !tableWorkedOn(statement, schema, pgVersion).isEmpty();
}

QString tableWorkedOn(const PgQuery__Node *statement, const analysis::SchemaState &schema, int pgVersion)
{
    if (!statement)
        return {};
    // INSERT ... VALUES of a few rows is quick; INSERT ... SELECT ... FROM copies a table.
    if (statement->node_case == PG_QUERY__NODE__NODE_INSERT_STMT) {
        const PgQuery__Node *select = statement->insert_stmt->select_stmt;
        if (!select || select->node_case != PG_QUERY__NODE__NODE_SELECT_STMT || select->select_stmt->n_from_clause == 0)
            return {};
    }
    for (const locks::RelationLock &lock : locks::statementLocks(statement, &schema, pgVersion)) {
        if (lock.work != locks::TableWork::CatalogOnly && !schema.isNewAndEmpty(lock.relation))
            return lock.relation;
    }
    return {};
}

} // namespace migreview::rules

namespace migreview::rules {

void reportNarrowKeyColumns(const StatementContext &context, Findings &findings, const QSet<QString> &types,
                            const QSet<QString> &serials, const QString &limit)
{
    forEachNewColumn(context, [&](const NewColumn &c) {
        const PgQuery__TypeName *type = c.column->type_name;
        if (!type || type->n_array_bounds > 0)
            return;
        const QString typeName = analysis::typeName(type);
        if (!types.contains(typeName))
            return;
        const QString name = QString::fromUtf8(c.column->colname);
        const bool serial = serials.contains(typeName);
        const bool identity = analysis::findConstraint(c.column, PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY) != nullptr;
        QString why;
        if (c.primaryKey)
            why = QCoreApplication::translate("migreview::rules", "primary key");
        else if (identity)
            why = QCoreApplication::translate("migreview::rules", "identity column");
        else if (serial)
            why = QCoreApplication::translate("migreview::rules", "serial column");
        else if (name == u"id")
            why = QCoreApplication::translate("migreview::rules", "id column");
        else if (c.foreignKey && name.endsWith(u"_id"))
            why = QCoreApplication::translate("migreview::rules", "foreign key column");
        else
            return;
        why.front() = why.front().toUpper();
        const QString wide = serial ? QStringLiteral("bigserial") : QStringLiteral("bigint");
        findings.reportBuilt(context,
                        QCoreApplication::translate("migreview::rules", "%1 %2.%3 is %4, which runs out at %5; use %6.")
                            .arg(why, c.table, name, analysis::columnType(type).display(), limit, wide),
                        fixes::withColumnChanged(context.node(), c.column->location,
                                                 [&](PgQuery__ColumnDef *column) {
                                                     fixes::setTypeName(column->type_name, serial ? QStringList{QStringLiteral("bigserial")}
                                                                                                  : QStringList{QStringLiteral("pg_catalog"), QStringLiteral("int8")});
                                                     return true;
                                                 }),
                        context.rangeFrom(c.column->location));
    });
}

} // namespace migreview::rules

namespace migreview::rules {

ScriptLocks firstStrongLockWhile(const ScriptContext &context, const std::function<bool(const analysis::TransactionState &)> &when)
{
    ScriptLocks found;
    forEachStatementWithState(context, [&](int index, const sql::Statement &statement, const analysis::SchemaState &schema,
                                           const analysis::TransactionState &transaction) {
        if (!when(transaction))
            return;
        for (const locks::RelationLock &lock : locks::statementLocks(statement.node, &schema)) {
            if (lock.mode < locks::LockMode::Share || schema.isNewAndEmpty(lock.relation))
                continue;
            if (found.first < 0) {
                found.first = index;
                found.table = lock.relation;
                found.mode = lock.mode;
            } else if (index != found.first) {
                ++found.others;
            }
            break;
        }
    });
    return found;
}

} // namespace migreview::rules

namespace migreview::rules {



void forEachColumnType(const StatementContext &context,
                       const std::function<void(const QString &table, const QString &column, const PgQuery__TypeName *type, int location)> &visit)
{
    forEachNewColumn(context, [&](const NewColumn &c) {
        if (c.column->type_name)
            visit(c.table, QString::fromUtf8(c.column->colname), c.column->type_name, c.column->location);
    });
    forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
        if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType && cmd->name && cmd->def
            && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && cmd->def->column_def->type_name)
            visit(table, QString::fromUtf8(cmd->name), cmd->def->column_def->type_name, cmd->def->column_def->location);
    });
}

} // namespace migreview::rules
