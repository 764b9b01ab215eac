// DROP INDEX without CONCURRENTLY takes ACCESS EXCLUSIVE on the index's table.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class RequireConcurrentIndexDeletion : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("require-concurrent-index-deletion"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Drop indexes with DROP INDEX CONCURRENTLY."),
            QCoreApplication::translate("migreview::rules",
                                        "A plain DROP INDEX takes ACCESS EXCLUSIVE on the index's table. The drop itself is quick, but "
                                        "the request waits behind every running query on the table, and every query that arrives "
                                        "after it waits too: reads and writes stop until the longest transaction finishes. DROP INDEX "
                                        "CONCURRENTLY waits for those transactions without blocking anyone."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE on the table: blocks all reads and writes."),
            QStringLiteral("-- outside a transaction block, in a migration of its own:\n"
                           "DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx;"),
            QStringLiteral("DROP INDEX orders_user_id_idx;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_DROP_STMT)
            return;
        const PgQuery__DropStmt *stmt = node->drop_stmt;
        if (stmt->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_INDEX || stmt->concurrent)
            return;
        QStringList names;
        for (size_t i = 0; i < stmt->n_objects; ++i) {
            if (stmt->objects[i]->node_case != PG_QUERY__NODE__NODE_LIST)
                continue;
            const QString name = analysis::stringList(stmt->objects[i]->list->items, stmt->objects[i]->list->n_items).join(u'.');
            if (!indexOnNewTable(context, name))
                names.append(name);
        }
        if (names.isEmpty())
            return;
        const QString list = names.join(QStringLiteral(", "));
        findings.report(context,
                        QCoreApplication::translate("migreview::rules",
                                                    "DROP INDEX %1 without CONCURRENTLY takes ACCESS EXCLUSIVE on the index's table, which "
                                                    "blocks all reads and writes while it waits for running queries.")
                            .arg(list),
                        QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1;  -- one index per statement, outside a transaction")
                            .arg(names.first()));
    }

private:
    // An index this script created earlier on a table that is still new and empty.
    static bool indexOnNewTable(const StatementContext &context, const QString &index)
    {
        for (int i = 0; i < context.statementIndex && i < int(context.parsed.statements.size()); ++i) {
            const PgQuery__Node *earlier = context.parsed.statements[size_t(i)].node;
            if (earlier && earlier->node_case == PG_QUERY__NODE__NODE_INDEX_STMT && earlier->index_stmt->idxname
                && QString::fromUtf8(earlier->index_stmt->idxname) == index.section(u'.', -1)
                && context.schema.isNewAndEmpty(analysis::relationName(earlier->index_stmt->relation)))
                return true;
        }
        return false;
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(require_concurrent_index_deletion, migreview::rules::RequireConcurrentIndexDeletion)
