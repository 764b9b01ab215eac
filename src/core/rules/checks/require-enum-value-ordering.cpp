// ALTER TYPE ... ADD VALUE without BEFORE/AFTER appends the value: enum order is sort order.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class RequireEnumValueOrdering : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("require-enum-value-ordering"),
            Level::Info,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "Say where a new enum value goes with BEFORE or AFTER."),
            QCoreApplication::translate("migreview::rules",
                                        "An enum's values sort in the order they were declared, not alphabetically: ORDER BY, <, > and "
                                        "indexes on the column use that order. ADD VALUE without BEFORE or AFTER appends the value at "
                                        "the end, which may not be where it belongs (a 'paused' status after 'archived'). Naming the "
                                        "position makes the intended order explicit. Off by default: appending is often what is meant."),
            {},
            QStringLiteral("ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';"),
            QStringLiteral("ALTER TYPE order_status ADD VALUE 'refunded';"),
            true,
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_ALTER_ENUM_STMT)
            return;
        const PgQuery__AlterEnumStmt *stmt = node->alter_enum_stmt;
        // RENAME VALUE sets old_val; ADD VALUE ... BEFORE/AFTER sets the neighbour.
        if ((stmt->old_val && *stmt->old_val) || !stmt->new_val || !*stmt->new_val || (stmt->new_val_neighbor && *stmt->new_val_neighbor))
            return;
        const QString type = analysis::stringList(stmt->type_name, stmt->n_type_name).join(u'.');
        const QString value = QString::fromUtf8(stmt->new_val);
        findings.report(context,
                        QCoreApplication::translate("migreview::rules",
                                                    "ADD VALUE '%1' appends the value at the end of enum %2, which is also its sort order.")
                            .arg(value, type),
                        QStringLiteral("ALTER TYPE %1 ADD VALUE %2'%3' BEFORE 'existing_value';  -- or AFTER")
                            .arg(type, stmt->skip_if_new_val_exists ? QStringLiteral("IF NOT EXISTS ") : QString(), value));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(require_enum_value_ordering, migreview::rules::RequireEnumValueOrdering)
