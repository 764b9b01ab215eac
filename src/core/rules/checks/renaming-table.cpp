// Renaming a table breaks every client still using the old name.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class RenamingTable : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("renaming-table"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Renaming a table breaks the application code that still uses the old name."),
            QCoreApplication::translate("migreview::rules",
                                        "The rename is instant, but from the moment it commits every query the running application "
                                        "sends with the old table name fails, until the new code is deployed everywhere. Rename the "
                                        "table and create a view with the old name (a simple view is updatable), deploy the code that "
                                        "uses the new name, then drop the view in a later migration."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE, briefly: blocks all reads and writes while it waits and runs."),
            QStringLiteral("BEGIN;\n"
                           "ALTER TABLE users RENAME TO accounts;\n"
                           "CREATE VIEW users AS SELECT * FROM accounts;  -- the old name keeps working\n"
                           "COMMIT;\n"
                           "-- after the code using accounts is deployed everywhere:\n"
                           "DROP VIEW users;"),
            QStringLiteral("ALTER TABLE users RENAME TO accounts;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_RENAME_STMT)
            return;
        const PgQuery__RenameStmt *stmt = node->rename_stmt;
        if (stmt->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE || !stmt->relation)
            return;

        const QString table = analysis::relationName(stmt->relation);
        // No client can use a table created by this same script yet.
        if (context.schema.isCreatedInScript(table, context.scriptSerial))
            return;
        const QString newName = QString::fromUtf8(stmt->newname);
        QString qualifiedNew = newName;
        if (table.contains(u'.'))
            qualifiedNew = table.section(u'.', 0, 0) + u'.' + newName;
        findings.report(context,
                        QCoreApplication::translate("migreview::rules", "Renaming table %1 to %2 breaks every running query that still uses %1.")
                            .arg(table, newName),
                        QStringLiteral("ALTER TABLE %1 RENAME TO %2;\n"
                                       "CREATE VIEW %1 AS SELECT * FROM %3;  -- drop it once no client uses %1")
                            .arg(table, newName, qualifiedNew));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(renaming_table, migreview::rules::RenamingTable)
