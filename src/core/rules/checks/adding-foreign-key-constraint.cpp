// A validated FOREIGN KEY added to an existing table scans it while both tables are locked against
// writes.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

QString columnList(PgQuery__Node *const *nodes, size_t count)
{
    return analysis::stringList(nodes, count).join(QStringLiteral(", "));
}

class AddingForeignKeyConstraint : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("adding-foreign-key-constraint"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Add foreign keys to existing tables NOT VALID, then validate them separately."),
            QCoreApplication::translate("migreview::rules",
                                        "Adding a validated FOREIGN KEY takes SHARE ROW EXCLUSIVE on both the referencing and the "
                                        "referenced table and holds it while PostgreSQL checks every existing row of the referencing "
                                        "table against the referenced one: inserts, updates and deletes on both tables wait for the "
                                        "whole scan. Added NOT VALID, the constraint is only recorded (new rows are checked at once); "
                                        "VALIDATE CONSTRAINT in a later transaction then scans under SHARE UPDATE EXCLUSIVE on the "
                                        "referencing table and ROW SHARE on the referenced one, which let writes continue."),
            QCoreApplication::translate("migreview::rules",
                                        "SHARE ROW EXCLUSIVE on both tables for the whole validation: blocks inserts, updates and "
                                        "deletes, allows reads."),
            QStringLiteral("ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey\n"
                           "    FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
                           "-- in a later transaction (a separate migration when the tool wraps each in one):\n"
                           "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;"),
            QStringLiteral("ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (!cmd->def || context.schema.isNewAndEmpty(table))
                return;
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
                const PgQuery__Constraint *constraint = cmd->def->constraint;
                if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN || constraint->skip_validation)
                    return;
                report(context, findings, table, constraint, columnList(constraint->fk_attrs, constraint->n_fk_attrs), false);
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
                const PgQuery__ColumnDef *column = cmd->def->column_def;
                const PgQuery__Constraint *constraint = analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN);
                if (!constraint || constraint->skip_validation)
                    return;
                report(context, findings, table, constraint, QString::fromUtf8(column->colname), true, column->location);
            }
        });
    }

private:
    static void report(const StatementContext &context, Findings &findings, const QString &table, const PgQuery__Constraint *constraint,
                       const QString &columns, bool newColumn, int columnLocation = -1)
    {
        const QString referenced = analysis::relationName(constraint->pktable);
        // PostgreSQL's default name: <table>_<columns joined by _>_fkey.
        QString defaultName = columns;
        defaultName.replace(QStringLiteral(", "), QStringLiteral("_"));
        const QString name = constraint->conname && *constraint->conname
            ? QString::fromUtf8(constraint->conname)
            : QStringLiteral("%1_%2_fkey").arg(table.section(u'.', -1), defaultName);
        QString message;
        if (newColumn) {
            message = QCoreApplication::translate("migreview::rules",
                                                  "Adding column %1 with REFERENCES %2 validates the new foreign key at once: the statement "
                                                  "%3, and %4, while it scans %5.")
                          .arg(columns, referenced, describeLock(locks::LockMode::AccessExclusive, table),
                               describeLock(locks::LockMode::ShareRowExclusive, referenced), table);
        } else {
            message = QCoreApplication::translate("migreview::rules",
                                                  "Adding foreign key %1 on %2 (%3) validates every existing row: it %4, and %5, until "
                                                  "the scan ends.")
                          .arg(name, table, columns, describeLock(locks::LockMode::ShareRowExclusive, table),
                               describeLock(locks::LockMode::ShareRowExclusive, referenced));
        }
        // Built from the statement itself: every clause and every quoted name kept.
        const std::optional<QString> fix = (newColumn ? fixes::foreignKeyOfNewColumnSplit(context.node(), columnLocation, table, name)
                                       : fixes::notValidThenValidate(context.node(), constraint->location, table, name));
        findings.reportBuilt(context, message, fix, context.rangeFrom(constraint->location));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(adding_foreign_key_constraint, migreview::rules::AddingForeignKeyConstraint)
