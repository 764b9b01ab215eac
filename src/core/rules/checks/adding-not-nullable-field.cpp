// ALTER COLUMN SET NOT NULL scans the whole table under ACCESS EXCLUSIVE, unless (PostgreSQL 12+)
// a validated CHECK (col IS NOT NULL) already proves it.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

// Whether expression is exactly "column IS NOT NULL".
bool isNotNullCheckOn(const PgQuery__Node *expression, const QString &column)
{
    if (!expression || expression->node_case != PG_QUERY__NODE__NODE_NULL_TEST)
        return false;
    const PgQuery__NullTest *test = expression->null_test;
    if (test->nulltesttype != PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL || !test->arg || test->arg->node_case != PG_QUERY__NODE__NODE_COLUMN_REF)
        return false;
    const PgQuery__ColumnRef *ref = test->arg->column_ref;
    return ref->n_fields > 0 && analysis::stringValue(ref->fields[ref->n_fields - 1]) == column;
}

// Whether the statements of the script before this one leave a validated CHECK (column IS NOT
// NULL) on the table: added without NOT VALID, or added NOT VALID and validated since.
bool hasValidatedNotNullCheck(const StatementContext &context, const QString &table, const QString &column)
{
    bool validated = false;
    QStringList pending; // constraint names added NOT VALID
    for (int i = 0; i < context.statementIndex && i < int(context.parsed.statements.size()); ++i) {
        const PgQuery__Node *node = context.parsed.statements[size_t(i)].node;
        if (!node || node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT
            || analysis::relationName(node->alter_table_stmt->relation) != table)
            continue;
        const PgQuery__AlterTableStmt *stmt = node->alter_table_stmt;
        for (size_t c = 0; c < stmt->n_cmds; ++c) {
            if (stmt->cmds[c]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                continue;
            const PgQuery__AlterTableCmd *cmd = stmt->cmds[c]->alter_table_cmd;
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
                const PgQuery__Constraint *constraint = cmd->def->constraint;
                if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK || !isNotNullCheckOn(constraint->raw_expr, column))
                    continue;
                if (!constraint->skip_validation)
                    validated = true;
                else if (constraint->conname && *constraint->conname)
                    pending.push_back(QString::fromUtf8(constraint->conname));
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint && cmd->name
                       && pending.contains(QString::fromUtf8(cmd->name))) {
                validated = true;
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint && cmd->name) {
                pending.removeAll(QString::fromUtf8(cmd->name));
            }
        }
    }
    return validated;
}

class AddingNotNullableField : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("adding-not-nullable-field"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "SET NOT NULL on an existing table scans it under ACCESS EXCLUSIVE."),
            QCoreApplication::translate("migreview::rules",
                                        "ALTER COLUMN ... SET NOT NULL checks every row of the table while holding ACCESS EXCLUSIVE, so "
                                        "all reads and writes wait for a full scan. From PostgreSQL 12 the scan is skipped when a "
                                        "validated CHECK (column IS NOT NULL) constraint already proves the column has no nulls; that "
                                        "check can be added NOT VALID (instant) and validated under SHARE UPDATE EXCLUSIVE, which "
                                        "lets reads and writes continue. Before 12 there is no way around the scan other than keeping "
                                        "the CHECK constraint instead of NOT NULL."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE for the scan: blocks all reads and writes."),
            QStringLiteral("ALTER TABLE orders ADD CONSTRAINT orders_user_id_not_null CHECK (user_id IS NOT NULL) NOT VALID;\n"
                           "-- in a later transaction:\n"
                           "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_not_null;\n"
                           "ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL;  -- PostgreSQL 12+: uses the check, no scan\n"
                           "ALTER TABLE orders DROP CONSTRAINT orders_user_id_not_null;"),
            QStringLiteral("ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull || !cmd->name || context.schema.isNewAndEmpty(table))
                return;
            const QString column = QString::fromUtf8(cmd->name);
            const bool hasCheck = hasValidatedNotNullCheck(context, table, column);
            if (hasCheck && context.pgVersion >= 12)
                return;
            const QString checkName = QStringLiteral("%1_%2_not_null").arg(table.section(u'.', -1), column);
            QString message = QCoreApplication::translate("migreview::rules", "Setting %1.%2 NOT NULL scans every row of %1: it %3 until the scan ends.")
                                  .arg(table, column, describeLock(locks::LockMode::AccessExclusive, table));
            if (hasCheck) {
                message += u' '
                    + QCoreApplication::translate("migreview::rules",
                                                  "PostgreSQL %1 does not use the validated CHECK (%2 IS NOT NULL) to skip the scan; 12 and later do.")
                          .arg(context.pgVersion)
                          .arg(column);
            }
            const QString fix = context.pgVersion >= 12
                ? QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT VALID;\n"
                                 "-- in a later transaction:\n"
                                 "ALTER TABLE %1 VALIDATE CONSTRAINT %3;\n"
                                 "ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;  -- uses the check, no scan\n"
                                 "ALTER TABLE %1 DROP CONSTRAINT %3;")
                      .arg(fixes::quoteQualified(table), fixes::quoteIdentifier(column), fixes::quoteIdentifier(checkName))
                : QStringLiteral("-- before PostgreSQL 12 SET NOT NULL always scans; keep a CHECK constraint instead:\n"
                                 "ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT VALID;\n"
                                 "-- in a later transaction:\n"
                                 "ALTER TABLE %1 VALIDATE CONSTRAINT %3;")
                      .arg(fixes::quoteQualified(table), fixes::quoteIdentifier(column), fixes::quoteIdentifier(checkName));
            findings.report(context, message, fix);
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(adding_not_nullable_field, migreview::rules::AddingNotNullableField)
