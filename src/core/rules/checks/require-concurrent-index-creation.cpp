// CREATE INDEX without CONCURRENTLY holds a SHARE lock for the whole build: writes wait.
#include "rules/rule.h"

#include "analysis/ast.h"
#include "rules/fixes.h"

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
        // The same statement, CONCURRENTLY (and IF NOT EXISTS when it is named, so that a retry
        // after a failed build does not stop at the invalid index's name).
        fixes::EditableStatement fix(node);
        std::optional<QString> rewrite;
        if (fix.isValid()) {
            fix.node()->index_stmt->concurrent = true;
            fix.node()->index_stmt->if_not_exists = node->index_stmt->idxname && *node->index_stmt->idxname;
            if (const std::optional<QString> sql = fix.toSql())
                rewrite = fixes::ownMigrationNote(context.migration, QCoreApplication::translate("migreview::rules", "CONCURRENTLY cannot run in a transaction"))
                    + u'\n' + *sql;
        }
        findings.reportBuilt(context,
                        QCoreApplication::translate("migreview::rules", "CREATE INDEX without CONCURRENTLY %1 until the index is built.")
                            .arg(describeLock(locks::LockMode::Share, table)),
                        rewrite);
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(require_concurrent_index_creation, migreview::rules::RequireConcurrentIndexCreation)
