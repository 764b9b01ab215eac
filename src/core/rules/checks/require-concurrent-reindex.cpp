// REINDEX without CONCURRENTLY blocks writes to the table and reads that use the index.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class RequireConcurrentReindex : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("require-concurrent-reindex"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Rebuild indexes with REINDEX ... CONCURRENTLY (PostgreSQL 12+)."),
            QCoreApplication::translate("migreview::rules",
                                        "A plain REINDEX locks out writes to the table (SHARE) for the whole rebuild and takes ACCESS "
                                        "EXCLUSIVE on each index it rebuilds, so queries that would use the index wait too. Since "
                                        "PostgreSQL 12, REINDEX ... CONCURRENTLY builds a new copy next to the old one and swaps them, "
                                        "holding only SHARE UPDATE EXCLUSIVE; it cannot run inside a transaction block."),
            QCoreApplication::translate("migreview::rules",
                                        "SHARE on the table (blocks writes) and ACCESS EXCLUSIVE on the index (blocks queries using it)."),
            QStringLiteral("-- outside a transaction block, in a migration of its own:\n"
                           "REINDEX INDEX CONCURRENTLY orders_user_id_idx;"),
            QStringLiteral("REINDEX INDEX orders_user_id_idx;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_REINDEX_STMT || context.pgVersion < 12)
            return;
        const PgQuery__ReindexStmt *stmt = node->reindex_stmt;
        for (size_t i = 0; i < stmt->n_params; ++i) {
            const PgQuery__Node *param = stmt->params[i];
            if (param->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && param->def_elem->defname
                && qstricmp(param->def_elem->defname, "concurrently") == 0)
                return;
        }
        QString kind;
        QString target;
        switch (stmt->kind) {
        case PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_INDEX:
            kind = QStringLiteral("INDEX");
            target = analysis::relationName(stmt->relation);
            break;
        case PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_TABLE:
            kind = QStringLiteral("TABLE");
            target = analysis::relationName(stmt->relation);
            if (context.schema.isNewAndEmpty(target))
                return;
            break;
        case PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_SCHEMA:
            kind = QStringLiteral("SCHEMA");
            target = QString::fromUtf8(stmt->name);
            break;
        case PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_DATABASE:
            kind = QStringLiteral("DATABASE");
            target = QString::fromUtf8(stmt->name);
            break;
        default:
            return; // REINDEX SYSTEM cannot run concurrently
        }
        findings.report(context,
                        QCoreApplication::translate("migreview::rules",
                                                    "REINDEX %1 %2 without CONCURRENTLY blocks writes to the table and every query that "
                                                    "uses %3 until the rebuild ends.")
                            .arg(kind, target,
                                 kind == u"INDEX" ? QCoreApplication::translate("migreview::rules", "the index")
                                                  : QCoreApplication::translate("migreview::rules", "its indexes")),
                        QStringLiteral("REINDEX %1 CONCURRENTLY %2;  -- outside a transaction block").arg(kind, target));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(require_concurrent_reindex, migreview::rules::RequireConcurrentReindex)
