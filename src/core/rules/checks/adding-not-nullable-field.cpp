// ALTER COLUMN SET NOT NULL scans the whole table under ACCESS EXCLUSIVE, unless (PostgreSQL 12+)
// a validated CHECK (col IS NOT NULL) already proves it.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

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
            // Already NOT NULL (an earlier migration made it so): PostgreSQL does nothing.
            if (context.schema.isColumnNotNull(table, column))
                return;
            // A validated CHECK (column IS NOT NULL), from this script or an earlier migration.
            const bool hasCheck = context.schema.hasValidatedNotNullCheck(table, column);
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
            // A CHECK added NOT VALID earlier needs only its validation.
            const QString pending = context.schema.unvalidatedNotNullCheck(table, column);
            const QString fix = !pending.isEmpty() && context.pgVersion >= 12
                ? QStringLiteral("-- %3 is there, NOT VALID: validate it (SHARE UPDATE EXCLUSIVE), then SET NOT NULL uses it\n"
                                 "ALTER TABLE %1 VALIDATE CONSTRAINT %3;\n"
                                 "ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;  -- no scan\n"
                                 "ALTER TABLE %1 DROP CONSTRAINT %3;")
                      .arg(fixes::quoteQualified(table), fixes::quoteIdentifier(column), fixes::quoteIdentifier(pending))
                : context.pgVersion >= 12
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
