// timestamp without time zone stores wall-clock values that depend on the writer's time zone.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class PreferTimestamptz : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("prefer-timestamptz"),
            Level::Warning,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "Use timestamptz, not timestamp without time zone."),
            QCoreApplication::translate("migreview::rules",
                                        "timestamp stores a wall-clock reading with no time zone: the same instant written from sessions "
                                        "with different TimeZone settings is stored differently, daylight-saving changes make values "
                                        "ambiguous, and now() is silently converted to the session's local time. timestamptz stores an "
                                        "instant (UTC) and converts on output, at the same 8 bytes. Converting later rewrites the table."),
            {},
            QStringLiteral("CREATE TABLE events (created_at timestamptz NOT NULL DEFAULT now());"),
            QStringLiteral("CREATE TABLE events (created_at timestamp NOT NULL DEFAULT now());"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        // A down script puts back the definitions its up script changed: advice on the types it
        // restores would leave the schema different from the one the earlier migrations built.
        if (context.isDown())
            return;
        forEachColumnType(context, [&](const QString &table, const QString &column, const PgQuery__TypeName *type, int location) {
            if (analysis::typeName(type) != u"timestamp")
                return;
            findings.reportBuilt(context,
                            QCoreApplication::translate("migreview::rules", "Column %1.%2 is timestamp without time zone; use timestamptz.")
                                .arg(table, column),
                            fixes::withColumnChanged(context.node(), location,
                                                     [](PgQuery__ColumnDef *changed) {
                                                         fixes::setTypeName(changed->type_name, {QStringLiteral("pg_catalog"), QStringLiteral("timestamptz")});
                                                         return true;
                                                     }),
                            context.rangeFrom(location));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(prefer_timestamptz, migreview::rules::PreferTimestamptz)
