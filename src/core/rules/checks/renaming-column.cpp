// Renaming a column breaks every client still using the old name.
#include "rules/rule.h"
#include "rules/fixes.h"

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
        // Expand and contract, when the set says the column's type: the new column beside the old,
        // filled in batches, the old one dropped once no code reads it.
        std::optional<QString> fix;
        if (const std::optional<analysis::ColumnType> type = context.schema.columnType(table, column); type && !type->unknownModifiers) {
            const bool hasId = context.schema.columnType(table, QStringLiteral("id")).has_value();
            const QString quotedTable = fixes::quoteQualified(table), quotedOld = fixes::quoteIdentifier(column), quotedNew = fixes::quoteIdentifier(newName);
            const QString text = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;\n").arg(quotedTable, quotedNew, type->display())
                + QCoreApplication::translate("migreview::rules", "-- the application writes both columns from now on; fill the new one:") + u'\n'
                + fixes::nextBatchNote(hasId) + u'\n'
                + QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4 AND %2 IS DISTINCT FROM %3;\n").arg(quotedTable, quotedNew, quotedOld, fixes::firstBatchCondition(hasId))
                + QCoreApplication::translate("migreview::rules", "-- in a later release, once no code reads the old name:") + u'\n'
                + QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(quotedTable, quotedOld);
            if (fixes::parses(text))
                fix = text;
        }
        findings.reportBuilt(context,
                             QCoreApplication::translate("migreview::rules",
                                                         "Renaming column %1.%2 to %3 breaks every running query that still uses %2.")
                                 .arg(table, column, newName),
                             fix);
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(renaming_column, migreview::rules::RenamingColumn)
