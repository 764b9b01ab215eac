// ADD COLUMN ... DEFAULT rewrites the table before PostgreSQL 11, and still does for volatile
// defaults from 11 on.
#include "rules/rule.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class AddingFieldWithDefault : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("adding-field-with-default"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Adding a column with a volatile default rewrites the whole table."),
            QCoreApplication::translate("migreview::rules",
                                        "Since PostgreSQL 11 a constant default is stored in the catalog and the ADD COLUMN is instant. "
                                        "A volatile default (random(), clock_timestamp(), gen_random_uuid(), nextval()) must be "
                                        "computed per row, so PostgreSQL rewrites the table under ACCESS EXCLUSIVE; before 11 every "
                                        "default did."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE for the rewrite: blocks all reads and writes."),
            QStringLiteral("ALTER TABLE orders ADD COLUMN token uuid;                 -- instant\n"
                           "ALTER TABLE orders ALTER COLUMN token SET DEFAULT gen_random_uuid();  -- new rows only\n"
                           "-- then backfill existing rows in batches:\n"
                           "UPDATE orders SET token = gen_random_uuid() WHERE id BETWEEN 1 AND 10000 AND token IS NULL;"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn || !cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
                return;
            const PgQuery__ColumnDef *column = cmd->def->column_def;
            const PgQuery__Constraint *defaultConstraint = analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT);
            if (!defaultConstraint || context.schema.isNewAndEmpty(table))
                return;
            const bool volatileDefault = isVolatileExpression(defaultConstraint->raw_expr);
            if (!volatileDefault && context.pgVersion >= 11)
                return;
            const QString why = volatileDefault
                ? QCoreApplication::translate("migreview::rules", "its default is volatile")
                : QCoreApplication::translate("migreview::rules", "PostgreSQL %1 rewrites the table for any default").arg(context.pgVersion);
            findings.report(context,
                            QCoreApplication::translate("migreview::rules", "Adding column %1 rewrites %2 because %3; the rewrite %4.")
                                .arg(QString::fromUtf8(column->colname), table, why, describeLock(locks::LockMode::AccessExclusive, table)),
                            {}, context.rangeFrom(column->location));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(adding_field_with_default, migreview::rules::AddingFieldWithDefault)
