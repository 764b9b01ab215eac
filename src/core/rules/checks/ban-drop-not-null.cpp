// DROP NOT NULL lets nulls into a column code may assume is never null.
#include "rules/rule.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class BanDropNotNull : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-drop-not-null"),
            Level::Warning,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "Dropping NOT NULL can break code that assumes the column always has a value."),
            QCoreApplication::translate("migreview::rules",
                                        "After ALTER COLUMN ... DROP NOT NULL the column may hold nulls, and the change is hard to "
                                        "undo: restoring NOT NULL fails as soon as one null was written, and needs a full scan. Readers "
                                        "that map the column to a non-optional type (ORM models, generated clients, aggregates that "
                                        "assume a value) break on the first null. Make every reader handle nulls first."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE, briefly: blocks all reads and writes while it waits and runs."),
            QStringLiteral("-- 1. release code that copes with nulls in the column\n"
                           "-- 2. then:\n"
                           "ALTER TABLE orders ALTER COLUMN shipped_at DROP NOT NULL;"),
            QStringLiteral("ALTER TABLE orders ALTER COLUMN shipped_at DROP NOT NULL;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        // A down script dropping NOT NULL reverts its up's SET NOT NULL.
        if (context.isDown())
            return;
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull || !cmd->name || context.schema.isNewAndEmpty(table))
                return;
            const QString column = QString::fromUtf8(cmd->name);
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "Dropping NOT NULL on %1.%2 lets nulls in: code that assumes %2 always has a value "
                                                        "breaks on the first null, and restoring the constraint needs every null fixed and a "
                                                        "full scan.")
                                .arg(table, column),
                            QStringLiteral("-- after a release whose code handles a null %1.%2:\n"
                                           "ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL;")
                                .arg(table, column));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_drop_not_null, migreview::rules::BanDropNotNull)
