// varchar(n) limits are better expressed as CHECK constraints, which can be changed without a rewrite.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class PreferTextField : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("prefer-text-field"),
            Level::Info,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Use text (with a CHECK on length() if needed) instead of varchar(n)."),
            QCoreApplication::translate("migreview::rules",
                                        "In PostgreSQL varchar(n) is text with a length check and no performance benefit. Changing the "
                                        "limit later takes ACCESS EXCLUSIVE: raising it is catalog-only, but lowering it, or changing "
                                        "it on a column an index or view depends on, rewrites or rechecks the table. A CHECK "
                                        "(length(col) <= n) constraint can be replaced with NOT VALID and validated without blocking."),
            {},
            QStringLiteral("CREATE TABLE users (\n"
                           "    email text NOT NULL CONSTRAINT users_email_length CHECK (length(email) <= 320)\n"
                           ");"),
            QStringLiteral("CREATE TABLE users (email varchar(320) NOT NULL);"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        // A down script puts back the definitions its up script changed: advice on the types it
        // restores would leave the schema different from the one the earlier migrations built.
        if (context.isDown())
            return;
        forEachColumnType(context, [&](const QString &table, const QString &column, const PgQuery__TypeName *type, int location) {
            if (analysis::typeName(type) != u"varchar" || !analysis::hasTypeModifiers(type))
                return;
            findings.reportBuilt(context,
                            QCoreApplication::translate("migreview::rules", "Column %1.%2 is varchar with a length limit; use text.")
                                .arg(table, column),
                            fixes::withColumnChanged(context.node(), location,
                                                     [](PgQuery__ColumnDef *changed) {
                                                         fixes::setTypeName(changed->type_name, {QStringLiteral("text")}, true);
                                                         return true;
                                                     }),
                            context.rangeFrom(location));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(prefer_text_field, migreview::rules::PreferTextField)
