// CONCURRENTLY cannot run inside a transaction block: the migration fails.
#include "rules/rule.h"

#include "rules/fixes.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class BanConcurrentIndexCreationInTransaction : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-concurrent-index-creation-in-transaction"),
            Level::Error,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "CREATE INDEX CONCURRENTLY cannot run inside a transaction."),
            QCoreApplication::translate("migreview::rules",
                                        "PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY in a transaction block "
                                        "(\"cannot run inside a transaction block\"), so the migration fails at this statement; "
                                        "a tool that wraps migrations in a transaction must be told not to for this one."),
            {},
            QStringLiteral("-- a migration of its own, with the tool's transaction turned off\n"
                           "-- (Diesel: metadata.toml run_in_transaction = false; dbmate: -- migrate:up transaction:false;\n"
                           "--  sqlx: -- no-transaction; Flyway detects it)\n"
                           "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);"),
            QStringLiteral("BEGIN;\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);\nCOMMIT;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        const bool insideBody = context.statement.origin != sql::StatementOrigin::TopLevel;
        if (!node || (!context.transaction.inTransaction() && !insideBody))
            return;
        const bool concurrentIndex = node->node_case == PG_QUERY__NODE__NODE_INDEX_STMT && node->index_stmt->concurrent;
        const bool concurrentDrop = node->node_case == PG_QUERY__NODE__NODE_DROP_STMT && node->drop_stmt->concurrent;
        if (!concurrentIndex && !concurrentDrop)
            return;
        QString where;
        if (insideBody)
            where = QCoreApplication::translate("migreview::rules", "inside a DO block, which is a function");
        else if (context.transaction.explicitBlock)
            where = QCoreApplication::translate("migreview::rules", "inside the BEGIN block of this script");
        else if (context.script.transactionMode == repository::TransactionMode::SingleQuery)
            where = QCoreApplication::translate("migreview::rules",
                                                "inside the implicit transaction of the one multi-statement query %1 sends the file as")
                        .arg(repository::layoutName(context.migration.layout));
        else
            where = QCoreApplication::translate("migreview::rules", "inside the transaction %1 runs each migration in")
                        .arg(repository::layoutName(context.migration.layout));
        // The statement as it is, in a migration of its own that runs without a transaction (a
        // DO block cannot hold it at all: the statement leaves the block).
        std::optional<QString> fix;
        // IF [NOT] EXISTS, so that a retry after a failed build does not stop at its name.
        fixes::EditableStatement statement(node);
        if (statement.isValid() && concurrentIndex)
            statement.node()->index_stmt->if_not_exists = node->index_stmt->idxname && *node->index_stmt->idxname;
        else if (statement.isValid())
            statement.node()->drop_stmt->missing_ok = true;
        if (const std::optional<QString> sql = statement.toSql()) {
            fix = fixes::ownMigrationNote(context.migration,
                                          QCoreApplication::translate("migreview::rules", "CONCURRENTLY cannot run in a transaction"))
                + u'\n' + *sql;
        }
        findings.reportBuilt(context,
                             QCoreApplication::translate("migreview::rules", "%1 CONCURRENTLY runs %2: PostgreSQL refuses it there.")
                                 .arg(context.statement.commandTag, where),
                             fix);
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_concurrent_index_creation_in_transaction, migreview::rules::BanConcurrentIndexCreationInTransaction)
