// A non-unique B-tree index on more than three columns: large, slow to maintain, and rarely used
// past its first columns.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

constexpr size_t MaxColumns = 3;

class IndexTooManyColumns : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("index-too-many-columns"),
            Level::Info,
            SeverityClass::Performance,
            QCoreApplication::translate("migreview::rules", "A non-unique index has more than three key columns."),
            QCoreApplication::translate("migreview::rules",
                                        "A multicolumn B-tree index is only efficient for conditions on its leading columns; "
                                        "columns past the third rarely narrow the search, but every one makes the index larger "
                                        "and every INSERT and UPDATE of them slower. Columns needed only to answer the query "
                                        "from the index belong in INCLUDE. Unique indexes are not reported: their columns "
                                        "define the constraint. Opt-in."),
            {},
            QStringLiteral("CREATE INDEX CONCURRENTLY orders_user_status_idx ON orders (user_id, status) INCLUDE (created_at, total);"),
            QStringLiteral("CREATE INDEX orders_wide_idx ON orders (user_id, status, created_at, total);"),
            true,
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_INDEX_STMT)
            return;
        const PgQuery__IndexStmt *index = node->index_stmt;
        if (index->unique || index->primary || index->n_index_params <= MaxColumns)
            return;
        // GIN, GiST, BRIN... have their own multicolumn behaviour.
        if (index->access_method && *index->access_method && qstrcmp(index->access_method, "btree") != 0)
            return;
        QStringList columns;
        for (size_t i = 0; i < index->n_index_params; ++i) {
            const PgQuery__Node *element = index->index_params[i];
            columns.push_back(element->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM && element->index_elem->name
                                  ? QString::fromUtf8(element->index_elem->name)
                                  : QStringLiteral("(expression)"));
        }
        const QString table = analysis::relationName(index->relation);
        const QString name = index->idxname ? QString::fromUtf8(index->idxname) : QString();
        findings.report(context,
                        QCoreApplication::translate("migreview::rules", "Index %1 on %2 has %3 key columns (%4); more than %5 rarely pay off.")
                            .arg(name.isEmpty() ? QCoreApplication::translate("migreview::rules", "(unnamed)") : name, table)
                            .arg(columns.size())
                            .arg(columns.join(QStringLiteral(", ")))
                            .arg(MaxColumns),
                        QStringLiteral("CREATE INDEX CONCURRENTLY %1 ON %2 (%3) INCLUDE (%4);")
                            .arg(name.isEmpty() ? QStringLiteral("index_name") : name, table,
                                 columns.mid(0, qsizetype(MaxColumns)).join(QStringLiteral(", ")),
                                 columns.mid(qsizetype(MaxColumns)).join(QStringLiteral(", "))));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(index_too_many_columns, migreview::rules::IndexTooManyColumns)
