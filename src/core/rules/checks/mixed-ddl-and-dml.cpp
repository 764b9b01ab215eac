// Schema change and data change of one existing table in one transaction: the DDL's lock is held
// while the data change runs (or the data change's row locks while the DDL waits).
#include "rules/rule.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

// The table a schema change is about, or empty.
QString ddlTable(const PgQuery__Node *node)
{
    if (!node)
        return {};
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
        return node->alter_table_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ? analysis::relationName(node->alter_table_stmt->relation)
                                                                                      : QString();
    case PG_QUERY__NODE__NODE_INDEX_STMT:
        return analysis::relationName(node->index_stmt->relation);
    case PG_QUERY__NODE__NODE_RENAME_STMT:
        return node->rename_stmt->relation ? analysis::relationName(node->rename_stmt->relation) : QString();
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
        return analysis::relationName(node->create_trig_stmt->relation);
    default:
        return {};
    }
}

// The table a bulk data change writes, or empty. INSERT ... VALUES of a few rows is not one.
QString dmlTable(const PgQuery__Node *node)
{
    if (!node)
        return {};
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
        return analysis::relationName(node->update_stmt->relation);
    case PG_QUERY__NODE__NODE_DELETE_STMT:
        return analysis::relationName(node->delete_stmt->relation);
    case PG_QUERY__NODE__NODE_MERGE_STMT:
        return analysis::relationName(node->merge_stmt->relation);
    case PG_QUERY__NODE__NODE_INSERT_STMT: {
        const PgQuery__Node *select = node->insert_stmt->select_stmt;
        const bool fromQuery = select && select->node_case == PG_QUERY__NODE__NODE_SELECT_STMT && select->select_stmt->n_values_lists == 0;
        return fromQuery ? analysis::relationName(node->insert_stmt->relation) : QString();
    }
    default:
        return {};
    }
}

class MixedDdlAndDml : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("mixed-ddl-and-dml"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "A schema change and a data change of the same table run in one transaction."),
            QCoreApplication::translate("migreview::rules",
                                        "Locks are held until the transaction ends. After an ALTER TABLE or CREATE INDEX the table "
                                        "stays locked (ACCESS EXCLUSIVE or SHARE) for as long as the following UPDATE or DELETE "
                                        "takes, so the application cannot use it; a data change first holds row locks and ROW "
                                        "EXCLUSIVE that the schema change then queues behind, and everything else queues behind "
                                        "the schema change. Schema changes should be short transactions of their own, data "
                                        "changes separate and batched."),
            QCoreApplication::translate("migreview::rules", "The schema change's lock (often ACCESS EXCLUSIVE: blocks all reads and writes), "
                                                            "held for the duration of the data change."),
            QStringLiteral("-- migration 1: the schema change alone\n"
                           "ALTER TABLE orders ADD COLUMN status text;\n"
                           "-- migration 2 (no transaction around the batches): the backfill\n"
                           "UPDATE orders SET status = 'new' WHERE id BETWEEN 1 AND 10000;  -- repeat per batch"),
            QStringLiteral("BEGIN;\n"
                           "ALTER TABLE orders ADD COLUMN status text;\n"
                           "UPDATE orders SET status = 'new';\n"
                           "COMMIT;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || !context.transaction.inTransaction())
            return;
        const QString dml = dmlTable(node);
        const QString ddl = ddlTable(node);
        const QString table = !dml.isEmpty() ? dml : ddl;
        if (table.isEmpty() || context.schema.isNewAndEmpty(table))
            return;
        const auto &statements = context.parsed.statements;
        size_t start = 0;
        for (size_t i = 0; i < size_t(context.statementIndex); ++i) {
            if (isTransactionBoundary(statements[i].node))
                start = i + 1;
        }
        bool sawDdl = false;
        bool sawDml = false;
        QString other;
        for (size_t i = start; i < size_t(context.statementIndex); ++i) {
            if (sawDdl && sawDml)
                return; // reported at an earlier statement
            const PgQuery__Node *earlier = statements[i].node;
            if (ddlTable(earlier) == table) {
                sawDdl = true;
                if (other.isEmpty() && !dml.isEmpty())
                    other = statements[i].commandTag;
            }
            if (dmlTable(earlier) == table) {
                sawDml = true;
                if (other.isEmpty() && dml.isEmpty())
                    other = statements[i].commandTag;
            }
        }
        if (sawDdl && sawDml)
            return;
        const QString fix = QStringLiteral("COMMIT;  -- end the transaction between the schema change and the data change,\n"
                                           "         -- and run the data change in batches in its own migration");
        if (!dml.isEmpty() && sawDdl) {
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "%1 of %2 runs in the transaction that already ran %3 on it: the schema "
                                                        "change's lock on %2 is held until the data change and the commit finish.")
                                .arg(context.statement.commandTag, table, other),
                            fix);
        } else if (dml.isEmpty() && sawDml) {
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "%1 on %2 runs in the transaction that already changed its rows with %3: "
                                                        "those rows stay locked, and the schema change's lock is then held with them "
                                                        "until the commit.")
                                .arg(context.statement.commandTag, table, other),
                            fix);
        }
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(mixed_ddl_and_dml, migreview::rules::MixedDdlAndDml)
