// ADD CONSTRAINT ... EXCLUDE on an existing table builds its index and checks every row under
// ACCESS EXCLUSIVE; there is no concurrent way to add one.
#include "rules/rule.h"

#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class BanExclusionConstraint : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-exclusion-constraint"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Adding an exclusion constraint to an existing table blocks it while the index is built."),
            QCoreApplication::translate("migreview::rules",
                                        "ALTER TABLE ... ADD CONSTRAINT ... EXCLUDE takes ACCESS EXCLUSIVE, then builds the "
                                        "constraint's index (usually GiST) and checks every row against it before releasing the "
                                        "lock. Unlike UNIQUE and PRIMARY KEY there is no CREATE INDEX CONCURRENTLY + USING INDEX "
                                        "route and no NOT VALID form, so on a large table all reads and writes wait for the whole "
                                        "build."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE for the index build and check: blocks all reads and writes."),
            QStringLiteral("-- no online form exists; either declare it when the table is created:\n"
                           "CREATE TABLE bookings (room int, during tstzrange,\n"
                           "    EXCLUDE USING gist (room WITH =, during WITH &&));\n"
                           "-- or add it in a maintenance window, failing fast instead of queueing:\n"
                           "SET lock_timeout = '2s';\n"
                           "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);"),
            QStringLiteral("ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint || !cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
                return;
            const PgQuery__Constraint *constraint = cmd->def->constraint;
            if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION || context.schema.isNewAndEmpty(table))
                return;
            const QString name = constraint->conname && *constraint->conname ? QString::fromUtf8(constraint->conname) : QString();
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "Adding exclusion constraint %1 %2 while its index is built and every row is "
                                                        "checked; there is no concurrent form.")
                                .arg(name.isEmpty() ? QCoreApplication::translate("migreview::rules", "(unnamed)") : name,
                                     describeLock(locks::LockMode::AccessExclusive, table)),
                            QStringLiteral("SET lock_timeout = '2s';  -- fail fast instead of queueing; run in a maintenance window\n%1;")
                                .arg(context.parsed.statementText(context.statement)),
                            context.rangeFrom(constraint->location));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_exclusion_constraint, migreview::rules::BanExclusionConstraint)
