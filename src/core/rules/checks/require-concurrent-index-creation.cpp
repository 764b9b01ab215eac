// CREATE INDEX without CONCURRENTLY holds a SHARE lock for the whole build: writes wait.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class RequireConcurrentIndexCreation : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("require-concurrent-index-creation"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Build indexes on existing tables with CREATE INDEX CONCURRENTLY."),
            QCoreApplication::translate("migreview::rules",
                                        "A plain CREATE INDEX holds a SHARE lock on the table until the whole index is built, so every "
                                        "INSERT, UPDATE and DELETE waits; on a large table that is minutes of write downtime."),
            QCoreApplication::translate("migreview::rules", "SHARE on the table: blocks writes, allows reads."),
            QStringLiteral("-- outside a transaction block, in a migration of its own:\n"
                           "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);"),
            QStringLiteral("CREATE INDEX orders_user_id_idx ON orders (user_id);"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_INDEX_STMT || node->index_stmt->concurrent)
            return;
        const QString table = analysis::relationName(node->index_stmt->relation);
        // An index on a table this set created (and has not filled) is built instantly.
        if (context.schema.isNewAndEmpty(table))
            return;
        const QString name = node->index_stmt->idxname ? QString::fromUtf8(node->index_stmt->idxname) : QString();
        findings.report(context,
                        QCoreApplication::translate("migreview::rules", "CREATE INDEX without CONCURRENTLY %1 until the index is built.")
                            .arg(describeLock(locks::LockMode::Share, table)),
                        QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2 (...);  -- in its own migration, outside a transaction")
                            .arg(name.isEmpty() ? QStringLiteral("index_name") : name, table));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(require_concurrent_index_creation, migreview::rules::RequireConcurrentIndexCreation)
