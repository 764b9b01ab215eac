// NOT NULL (or a validated CHECK) on a column before the UPDATE that fills it: the constraint
// fails on the rows not filled yet, or is checked against data that is about to change.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"

#include <QCoreApplication>
#include <QHash>

namespace migreview::rules {
namespace {

using repository::Direction;

struct Pending
{
    const repository::MigrationScript *script = nullptr;
    const sql::Statement *statement = nullptr;
    int index = 0;
    QString kind; // "SET NOT NULL", "CHECK constraint x"
    bool reported = false;
};

bool columnMentioned(const PgQuery__Node *expression, const QString &column)
{
    bool found = false;
    analysis::forEachNode(expression, [&](const PgQuery__Node *node) {
        if (node->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && node->column_ref->n_fields > 0
            && analysis::stringValue(node->column_ref->fields[node->column_ref->n_fields - 1]) == column)
            found = true;
        return !found;
    });
    return found;
}

// WHERE ... column IS NULL: the update fills rows that are still NULL.
bool fillsNulls(const PgQuery__Node *where, const QString &column)
{
    bool found = false;
    analysis::forEachNode(where, [&](const PgQuery__Node *node) {
        if (node->node_case == PG_QUERY__NODE__NODE_NULL_TEST && node->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NULL
            && columnMentioned(node->null_test->arg, column))
            found = true;
        return !found;
    });
    return found;
}

class ConstraintBeforeBackfill : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("constraint-before-backfill"),
            Level::Error,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "A NOT NULL or CHECK constraint is added to a column before the UPDATE that fills it."),
            QCoreApplication::translate("migreview::rules",
                                        "PostgreSQL checks a NOT NULL or validated CHECK constraint against every existing row when "
                                        "it is added. Added before the backfill, it meets the rows that are still NULL (or hold the "
                                        "old values) and the migration fails; and it scans the table under ACCESS EXCLUSIVE for a "
                                        "result the backfill is about to change. Fill the column first, then add the constraint."),
            {},
            QStringLiteral("ALTER TABLE orders ADD COLUMN status text;\n"
                           "UPDATE orders SET status = 'new' WHERE status IS NULL AND id BETWEEN 1 AND 10000;  -- batches\n"
                           "ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID;\n"
                           "ALTER TABLE orders VALIDATE CONSTRAINT orders_status_not_null;\n"
                           "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN status text;\n"
                           "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;\n"
                           "UPDATE orders SET status = 'new';"),
        };
    }

    void checkMigration(const MigrationContext &context, Findings &findings) const override
    {
        const repository::Migration &migration = context.migration;
        QSet<QString> createdTables; // by this migration, and empty: nothing to check
        QSet<QString> addedColumns; // "table/column" added by this migration
        QHash<QString, Pending> pending; // "table/column" -> the constraint added to it
        for (size_t i = 0; i < migration.scripts.size() && i < context.parsed.size(); ++i) {
            const repository::MigrationScript &script = migration.scripts[i];
            const sql::ParsedScript *parsed = context.parsed[i];
            if (script.direction != Direction::Up || !parsed)
                continue;
            for (size_t s = 0; s < parsed->statements.size(); ++s) {
                const sql::Statement &statement = parsed->statements[s];
                const PgQuery__Node *node = statement.node;
                if (!node)
                    continue;
                if (node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
                    createdTables.insert(analysis::relationName(node->create_stmt->relation));
                } else if (node->node_case == PG_QUERY__NODE__NODE_INSERT_STMT || node->node_case == PG_QUERY__NODE__NODE_COPY_STMT) {
                    const QString table = node->node_case == PG_QUERY__NODE__NODE_INSERT_STMT ? analysis::relationName(node->insert_stmt->relation)
                                                                                               : analysis::relationName(node->copy_stmt->relation);
                    createdTables.remove(table);
                } else if (node->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) {
                    const PgQuery__AlterTableStmt *stmt = node->alter_table_stmt;
                    const QString table = analysis::relationName(stmt->relation);
                    if (createdTables.contains(table) || context.schemaBefore.isNewAndEmpty(table))
                        continue;
                    for (size_t k = 0; k < stmt->n_cmds; ++k) {
                        if (stmt->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                            continue;
                        const PgQuery__AlterTableCmd *cmd = stmt->cmds[k]->alter_table_cmd;
                        if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def
                            && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
                            // With a default every row has a value at once.
                            if (!analysis::findConstraint(cmd->def->column_def, PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT))
                                addedColumns.insert(table + u'/' + QString::fromUtf8(cmd->def->column_def->colname));
                        } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull && cmd->name) {
                            pending.insert(table + u'/' + QString::fromUtf8(cmd->name),
                                           {&script, &statement, int(s), QStringLiteral("SET NOT NULL"), false});
                        } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def
                                   && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
                            const PgQuery__Constraint *constraint = cmd->def->constraint;
                            if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK || constraint->skip_validation)
                                continue;
                            const QString name = constraint->conname ? QString::fromUtf8(constraint->conname) : QString();
                            analysis::forEachNode(constraint->raw_expr, [&](const PgQuery__Node *n) {
                                if (n->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && n->column_ref->n_fields > 0) {
                                    const QString column = analysis::stringValue(n->column_ref->fields[n->column_ref->n_fields - 1]);
                                    if (!column.isEmpty())
                                        pending.insert(table + u'/' + column,
                                                       {&script, &statement, int(s),
                                                        QStringLiteral("CHECK %1").arg(name.isEmpty() ? QStringLiteral("constraint") : name), false});
                                }
                                return true;
                            });
                        }
                    }
                } else if (node->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT) {
                    const PgQuery__UpdateStmt *update = node->update_stmt;
                    const QString table = analysis::relationName(update->relation);
                    for (size_t t = 0; t < update->n_target_list; ++t) {
                        const PgQuery__Node *item = update->target_list[t];
                        if (item->node_case != PG_QUERY__NODE__NODE_RES_TARGET || !item->res_target->name)
                            continue;
                        const QString column = QString::fromUtf8(item->res_target->name);
                        const QString key = table + u'/' + column;
                        auto it = pending.find(key);
                        if (it == pending.end() || it->reported)
                            continue;
                        // A column that existed before may already be filled; this one is new, or
                        // the update itself says it fills NULLs.
                        if (!addedColumns.contains(key) && !fillsNulls(update->where_clause, column))
                            continue;
                        it->reported = true;
                        const int line = statement.range.begin.line;
                        findings.reportScript(*it->script, it->statement->range,
                                              QCoreApplication::translate("migreview::rules",
                                                                          "%1 on %2.%3 is added before the UPDATE that fills the column "
                                                                          "(%4 line %5): the existing rows are checked before they are "
                                                                          "filled, so the migration fails on any row still NULL or not yet "
                                                                          "converted.")
                                                  .arg(it->kind, table, column, script.relativePath)
                                                  .arg(line),
                                              QCoreApplication::translate("migreview::rules", "-- move the UPDATE that fills %1 before this, then constrain it:").arg(column)
                                                  + QStringLiteral("\nALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT VALID;\n"
                                                                   "ALTER TABLE %1 VALIDATE CONSTRAINT %3;\n"
                                                                   "ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;")
                                                        .arg(fixes::quoteQualified(table), fixes::quoteIdentifier(column),
                                                             fixes::quoteIdentifier(table.section(u'.', -1) + u'_' + column + QStringLiteral("_not_null"))),
                                              it->index);
                    }
                }
            }
        }
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(constraint_before_backfill, migreview::rules::ConstraintBeforeBackfill)
