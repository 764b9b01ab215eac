// DROP COLUMN breaks every client still reading the column and throws its data away.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class BanDropColumn : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-drop-column"),
            Level::Warning,
            SeverityClass::DataLoss,
            QCoreApplication::translate("migreview::rules", "Dropping a column loses its data and breaks code that still uses it."),
            QCoreApplication::translate("migreview::rules",
                                        "DROP COLUMN itself is quick (ACCESS EXCLUSIVE for a catalog change; the space is reclaimed "
                                        "by later rewrites), but the data is gone and cannot be restored by a down migration, and every "
                                        "query or ORM model that still names the column fails from that moment: application "
                                        "instances running the previous release, SELECT * consumers, views and functions. Stop using "
                                        "the column in a release that ships first, then drop it."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE, briefly: blocks all reads and writes while it waits and runs."),
            QStringLiteral("-- 1. release code that no longer reads or writes the column (ignore it in the ORM)\n"
                           "-- 2. later, in its own migration, with a lock_timeout:\n"
                           "SET lock_timeout = '2s';\n"
                           "ALTER TABLE orders DROP COLUMN IF EXISTS legacy_status;"),
            QStringLiteral("ALTER TABLE orders DROP COLUMN legacy_status;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn || !cmd->name)
                return;
            const QString column = QString::fromUtf8(cmd->name);
            // Nothing to lose on a table this set created and never filled; a down script dropping
            // a column the set added is reverting its up.
            if (context.schema.isNewAndEmpty(table) || (context.isDown() && context.schema.isColumnAddedInSet(table, column)))
                return;
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "Dropping column %1.%2 deletes its data and breaks every query that still uses it; "
                                                        "make sure the running code no longer reads or writes it.")
                                .arg(table, column),
                            QStringLiteral("-- after a release that no longer uses %1.%2:\n"
                                           "SET lock_timeout = '2s';\n"
                                           "ALTER TABLE %1 DROP COLUMN IF EXISTS %2;")
                                .arg(fixes::quoteQualified(table), fixes::quoteIdentifier(column)));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_drop_column, migreview::rules::BanDropColumn)
