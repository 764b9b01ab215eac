// Renaming a column breaks every client still using the old name.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class RenamingColumn : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("renaming-column"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Renaming a column breaks the application code that still uses the old name."),
            QCoreApplication::translate("migreview::rules",
                                        "The rename is instant, but from the moment it commits every query the running application "
                                        "sends with the old column name fails, until the new code is deployed everywhere. Add the new "
                                        "column, write to both, backfill, switch reads, and drop the old column in a later release; "
                                        "or rename and expose the old name through a view during the transition."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE, briefly: blocks all reads and writes while it waits and runs."),
            QStringLiteral("-- release 1: add the new column, write both, backfill\n"
                           "ALTER TABLE users ADD COLUMN email_address text;\n"
                           "-- release 2: read the new column; release 3: drop the old one\n"
                           "ALTER TABLE users DROP COLUMN email;"),
            QStringLiteral("ALTER TABLE users RENAME COLUMN email TO email_address;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_RENAME_STMT)
            return;
        const PgQuery__RenameStmt *stmt = node->rename_stmt;
        if (stmt->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN || !stmt->relation)
            return;
        if (stmt->relation_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
            return; // views and other relations: columns of a view are renamed with it
        const QString table = analysis::relationName(stmt->relation);
        // No client can use a table created by this same script yet.
        if (context.schema.isCreatedInScript(table, context.scriptSerial))
            return;
        const QString newName = QString::fromUtf8(stmt->newname);
        const QString column = QString::fromUtf8(stmt->subname);
        findings.report(context,
                        QCoreApplication::translate("migreview::rules",
                                                    "Renaming column %1.%2 to %3 breaks every running query that still uses %2.")
                            .arg(table, column, newName),
                        QStringLiteral("ALTER TABLE %1 ADD COLUMN %3 <type>;  -- write both, backfill, switch reads,\n"
                                       "ALTER TABLE %1 DROP COLUMN %2;        -- then drop in a later release")
                            .arg(table, column, newName));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(renaming_column, migreview::rules::RenamingColumn)
