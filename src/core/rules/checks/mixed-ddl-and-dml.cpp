// Schema change and data change of one existing table in one transaction: the DDL's lock is held
// while the data change runs (or the data change's row locks while the DDL waits).
#include "rules/rule.h"

#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

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
        const QString dml = analysis::bulkWriteTable(node);
        const QString ddl = analysis::schemaChangeTable(node);
        const QString table = !dml.isEmpty() ? dml : ddl;
        if (table.isEmpty() || context.schema.isNewAndEmpty(table))
            return;
        // What earlier statements of this transaction did to the table (recorded by the linter as
        // it walks the script: one lookup, not a scan of the statements before).
        const auto ddlBefore = context.transaction.schemaChanges.constFind(table);
        const auto dmlBefore = context.transaction.bulkWrites.constFind(table);
        const bool sawDdl = ddlBefore != context.transaction.schemaChanges.constEnd();
        const bool sawDml = dmlBefore != context.transaction.bulkWrites.constEnd();
        if (sawDdl && sawDml)
            return; // reported at an earlier statement
        const QString other = !dml.isEmpty() ? (sawDdl ? *ddlBefore : QString()) : (sawDml ? *dmlBefore : QString());
        const QString fix = fixes::endTransactionBefore(context, other);
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
