// A BEGIN without COMMIT leaves the migration's work in an open transaction.
#include "rules/rule.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class BanUncommittedTransaction : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-uncommitted-transaction"),
            Level::Error,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "Every BEGIN in a migration needs a COMMIT."),
            QCoreApplication::translate("migreview::rules",
                                        "A script that opens a transaction with BEGIN and never commits it leaves its changes "
                                        "uncommitted when it ends: depending on the tool they are rolled back when the connection "
                                        "closes, committed by whatever runs next on the connection, or the tool's own COMMIT ends a "
                                        "different transaction than it thinks. Meanwhile every lock the script took stays held."),
            {},
            QStringLiteral("BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;"),
            QStringLiteral("BEGIN;\nALTER TABLE orders ADD COLUMN note text;"),
        };
    }

    void checkScript(const ScriptContext &context, Findings &findings) const override
    {
        if (!context.finalTransaction.explicitBlock)
            return;
        // The BEGIN that opened the block still open at the end.
        int opening = -1;
        for (size_t i = 0; i < context.parsed.statements.size(); ++i) {
            const PgQuery__Node *node = context.parsed.statements[i].node;
            if (!node || node->node_case != PG_QUERY__NODE__NODE_TRANSACTION_STMT)
                continue;
            switch (node->transaction_stmt->kind) {
            case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN:
            case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START:
                if (opening < 0)
                    opening = int(i);
                break;
            case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT:
            case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK:
            case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_PREPARE:
                opening = -1;
                break;
            default:
                break;
            }
        }
        if (opening < 0)
            return;
        const sql::Statement &begin = context.parsed.statements[size_t(opening)];
        findings.reportScript(context.script, begin.range,
                              QCoreApplication::translate("migreview::rules",
                                                          "The transaction opened by this %1 is never committed: the script ends inside it.")
                                  .arg(begin.commandTag),
                              QStringLiteral("COMMIT;  -- at the end of the script"), opening);
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_uncommitted_transaction, migreview::rules::BanUncommittedTransaction)
