// DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on the parent table.
#include "rules/rule.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class RequireConcurrentPartitionDetach : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("require-concurrent-partition-detach"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Detach partitions with DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+)."),
            QCoreApplication::translate("migreview::rules",
                                        "ALTER TABLE ... DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned table, so every query "
                                        "on any partition waits for it, and it waits for every running query first. Since PostgreSQL "
                                        "14, DETACH PARTITION ... CONCURRENTLY takes only SHARE UPDATE EXCLUSIVE on the parent and runs "
                                        "in two transactions; it cannot run inside a transaction block, nor when the table has a "
                                        "default partition. If it is interrupted, finish it with DETACH PARTITION ... FINALIZE."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE on the partitioned table and the partition: blocks all reads and writes."),
            QStringLiteral("-- outside a transaction block, in a migration of its own:\n"
                           "ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;"),
            QStringLiteral("ALTER TABLE measurements DETACH PARTITION measurements_2020;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        if (context.pgVersion < 14)
            return;
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition || !cmd->def
                || cmd->def->node_case != PG_QUERY__NODE__NODE_PARTITION_CMD || cmd->def->partition_cmd->concurrent)
                return;
            if (context.schema.isNewAndEmpty(table))
                return;
            const QString partition = analysis::relationName(cmd->def->partition_cmd->name);
            findings.report(context,
                            QCoreApplication::translate("migreview::rules", "Detaching partition %1 %2.")
                                .arg(partition, describeLock(locks::LockMode::AccessExclusive, table)),
                            QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2 CONCURRENTLY;  -- outside a transaction block")
                                .arg(table, partition));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(require_concurrent_partition_detach, migreview::rules::RequireConcurrentPartitionDetach)
