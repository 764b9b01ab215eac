// ADD CONSTRAINT CHECK / FOREIGN KEY validates every existing row while holding its lock.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class ConstraintMissingNotValid : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("constraint-missing-not-valid"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Add CHECK and FOREIGN KEY constraints to existing tables as NOT VALID, then validate."),
            QCoreApplication::translate("migreview::rules",
                                        "ALTER TABLE ... ADD CONSTRAINT checks every existing row before it commits, holding its lock for "
                                        "the whole scan: ACCESS EXCLUSIVE for a CHECK (no reads or writes), SHARE ROW EXCLUSIVE on both "
                                        "tables for a FOREIGN KEY (no writes). Added NOT VALID, the constraint applies to new rows at "
                                        "once and the existing rows are checked later by VALIDATE CONSTRAINT, which takes only SHARE "
                                        "UPDATE EXCLUSIVE and lets reads and writes continue."),
            QCoreApplication::translate("migreview::rules",
                                        "CHECK: ACCESS EXCLUSIVE, blocks all reads and writes. FOREIGN KEY: SHARE ROW EXCLUSIVE on the "
                                        "table and the referenced table, blocks writes to both."),
            QStringLiteral("ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey\n"
                           "    FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
                           "-- in a later transaction (or migration):\n"
                           "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;"),
            QStringLiteral("ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint || !cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
                return;
            const PgQuery__Constraint *constraint = cmd->def->constraint;
            const bool check = constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK;
            const bool foreign = constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN;
            if ((!check && !foreign) || constraint->skip_validation || context.schema.isNewAndEmpty(table))
                return;
            const QString name = constraint->conname && *constraint->conname ? QString::fromUtf8(constraint->conname) : QString();
            QString message;
            if (check) {
                const QString what = name.isEmpty() ? QCoreApplication::translate("migreview::rules", "Adding an unnamed CHECK constraint")
                                                    : QCoreApplication::translate("migreview::rules", "Adding CHECK constraint %1").arg(name);
                message = QCoreApplication::translate("migreview::rules", "%1 scans every row of %2 and %3 until the scan ends.")
                              .arg(what, table, describeLock(locks::LockMode::AccessExclusive, table));
            } else {
                const QString referenced = analysis::relationName(constraint->pktable);
                const QString what = name.isEmpty() ? QCoreApplication::translate("migreview::rules", "Adding an unnamed FOREIGN KEY")
                                                    : QCoreApplication::translate("migreview::rules", "Adding FOREIGN KEY %1").arg(name);
                message = QCoreApplication::translate("migreview::rules", "%1 checks every row of %2 against %3; meanwhile it %4 and %5.")
                              .arg(what, table, referenced, describeLock(locks::LockMode::ShareRowExclusive, table),
                                   describeLock(locks::LockMode::ShareRowExclusive, referenced));
            }
            // The statement itself with the constraint NOT VALID (named, so that it can be
            // validated), then VALIDATE in a later migration.
            QString defaultName = name;
            if (defaultName.isEmpty()) {
                QString columns;
                for (size_t i = 0; i < constraint->n_fk_attrs; ++i) {
                    if (constraint->fk_attrs[i]->node_case == PG_QUERY__NODE__NODE_STRING)
                        columns += u'_' + QString::fromUtf8(constraint->fk_attrs[i]->string->sval);
                }
                defaultName = table.section(u'.', -1) + columns + (check ? QStringLiteral("_check") : QStringLiteral("_fkey"));
            }
            const std::optional<QString> fix = fixes::notValidThenValidate(context.node(), constraint->location, table, defaultName);
            findings.reportBuilt(context, message, fix, context.rangeFrom(constraint->location));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(constraint_missing_not_valid, migreview::rules::ConstraintMissingNotValid)
