// A foreign key added to an existing table whose referencing columns no index starts with: every
// DELETE (and key UPDATE) on the referenced table then scans the referencing table to check for
// references, under the referenced row's lock.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

struct AddedForeignKey
{
    int statementIndex = -1;
    QString table;
    QStringList columns;
    QString referenced;
};

class ForeignKeyWithoutIndex : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("foreign-key-without-index"),
            Level::Warning,
            SeverityClass::Performance,
            QCoreApplication::translate("migreview::rules", "A foreign key's columns have no index that starts with them."),
            QCoreApplication::translate("migreview::rules",
                                        "PostgreSQL indexes the referenced side of a foreign key (its primary key or unique "
                                        "constraint) but not the referencing side. Without an index whose leading columns are the "
                                        "foreign key's, each DELETE of a referenced row, and each UPDATE of its key, scans the "
                                        "whole referencing table to look for references (ON DELETE CASCADE scans it to find the "
                                        "rows to delete): deletes that took a millisecond take as long as a scan, holding their "
                                        "row locks meanwhile. A partial index does not serve those lookups, unless its WHERE only leaves "
                                        "out the rows whose key is null. Checked on tables "
                                        "earlier migrations created, whose indexes the migrations show; an index created later in "
                                        "the same script counts."),
            {},
            QStringLiteral("-- in a migration that runs outside a transaction:\n"
                           "CREATE INDEX CONCURRENTLY IF NOT EXISTS order_items_order_id_idx ON order_items (order_id);"),
            QStringLiteral("ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk\n"
                           "    FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;"),
        };
    }

    void checkScript(const ScriptContext &context, Findings &findings) const override
    {
        if (context.script.direction != repository::Direction::Up && context.script.direction != repository::Direction::Repeatable)
            return;
        // The foreign keys the script adds to tables an earlier migration created (their indexes
        // are known; a table from outside the migrations may have indexes nobody shows us).
        std::vector<AddedForeignKey> added;
        analysis::SchemaState after = context.schemaBefore;
        for (size_t i = 0; i < context.parsed.statements.size(); ++i) {
            const PgQuery__Node *node = context.parsed.statements[i].node;
            if (node && node->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) {
                const QString table = analysis::relationName(node->alter_table_stmt->relation);
                if (after.isCreatedInSet(table) && !after.isNewAndEmpty(table))
                    collect(node->alter_table_stmt, table, int(i), added);
            }
            after.apply(node, -1, context.script.relativePath);
        }
        // Judged after the whole script: the index often follows the foreign key.
        for (const AddedForeignKey &key : added) {
            if (!after.isCreatedInSet(key.table) || after.hasIndexLeadingWith(key.table, key.columns))
                continue;
            QStringList quoted;
            for (const QString &column : key.columns)
                quoted.push_back(fixes::quoteIdentifier(column));
            const QString index = key.table.section(u'.', -1) + u'_' + key.columns.join(u'_') + QStringLiteral("_idx");
            const QString fix = fixes::ownMigrationNote(context.migration,
                                                        QCoreApplication::translate("migreview::rules", "CONCURRENTLY cannot run in a transaction"))
                + QStringLiteral("\nCREATE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2 (%3);")
                      .arg(fixes::quoteIdentifier(index), fixes::quoteQualified(key.table), quoted.join(QStringLiteral(", ")));
            const sql::Statement &statement = context.parsed.statements[size_t(key.statementIndex)];
            findings.reportScript(context.script, statement.range,
                                  QCoreApplication::translate("migreview::rules",
                                                              "No index on %1 starts with (%2), the columns of its foreign key to %3: each "
                                                              "DELETE from %3, and each change of its key, scans %1 for references.")
                                      .arg(key.table, key.columns.join(QStringLiteral(", ")), key.referenced),
                                  fix, key.statementIndex);
        }
    }

private:
    static void collect(const PgQuery__AlterTableStmt *stmt, const QString &table, int statementIndex, std::vector<AddedForeignKey> &added)
    {
        for (size_t c = 0; c < stmt->n_cmds; ++c) {
            if (stmt->cmds[c]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                continue;
            const PgQuery__AlterTableCmd *cmd = stmt->cmds[c]->alter_table_cmd;
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
                const PgQuery__Constraint *constraint = cmd->def->constraint;
                if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN && constraint->n_fk_attrs > 0)
                    added.push_back({statementIndex, table, analysis::stringList(constraint->fk_attrs, constraint->n_fk_attrs),
                                     analysis::relationName(constraint->pktable)});
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
                const PgQuery__ColumnDef *column = cmd->def->column_def;
                if (const PgQuery__Constraint *reference = analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN))
                    added.push_back({statementIndex, table, {QString::fromUtf8(column->colname)}, analysis::relationName(reference->pktable)});
            }
        }
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(foreign_key_without_index, migreview::rules::ForeignKeyWithoutIndex)
