// UPDATE ... SET col = now() / random() / gen_random_uuid(): the values depend on when and where
// the migration ran.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace migreview::rules {
namespace {

// updated_at = now() records the change itself: the intended meaning, not a backfilled fact.
bool isModificationTimestamp(const QString &column)
{
    static const QRegularExpression pattern(QStringLiteral("^(last_)?(updated|modified|changed|touched)(_at|_on|_time|_date)?$"));
    return pattern.match(column).hasMatch();
}

// gen_random_uuid(), nextval(): a fresh identifier per row is what a backfill of a key or token
// column needs; there is no deterministic alternative.
bool isIdentifierGenerator(const QString &function)
{
    static const QSet<QString> names{QStringLiteral("gen_random_uuid"), QStringLiteral("uuid_generate_v1"), QStringLiteral("uuid_generate_v1mc"),
                                     QStringLiteral("uuid_generate_v4"), QStringLiteral("uuidv4"), QStringLiteral("uuidv7"),
                                     QStringLiteral("nextval"), QStringLiteral("gen_random_bytes")};
    return names.contains(function);
}

// Non-deterministic for a reason other than generating identifiers.
bool hasNonDeterministicValue(const PgQuery__Node *expression, const analysis::SchemaState &schema)
{
    if (!isNonDeterministicExpression(expression, &schema))
        return false;
    bool found = false;
    analysis::forEachNode(expression, [&found, &schema](const PgQuery__Node *node) {
        if (node->node_case == PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION)
            found = true;
        // A function of the repository's own (or an extension's) is the author's generator, most
        // often of identifiers (generate_id(), generate_unique_changeme()): not reported by itself.
        if (node->node_case == PG_QUERY__NODE__NODE_FUNC_CALL && !isIdentifierGenerator(analysis::functionName(node->func_call))
            && analysis::isBuiltinFunction(node->func_call) && isNonDeterministicExpression(node, &schema)) {
            bool argument = false;
            for (size_t i = 0; i < node->func_call->n_args; ++i)
                argument = argument || isNonDeterministicExpression(node->func_call->args[i], &schema);
            if (!argument)
                found = true;
        }
        return !found;
    });
    return found;
}

class NonDeterministicBackfill : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("non-deterministic-backfill"),
            Level::Warning,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "A backfill sets columns from now(), random() or another non-deterministic call."),
            QCoreApplication::translate("migreview::rules",
                                        "The value written depends on when the migration ran (now(), clock_timestamp()) or on "
                                        "chance (random()): development, staging and production end up with "
                                        "different data, a backfill done in batches stamps each batch differently, and a re-run "
                                        "changes rows that were already done. For timestamps, now() records the migration time, "
                                        "not the fact the column is meant to hold. Fresh identifiers (gen_random_uuid(), nextval()) "
                                        "and updated_at = now() are not reported, nor are the repository's own functions (often "
                                        "identifier generators) unless what they are given is non-deterministic."),
            {},
            QStringLiteral("-- derive the value from the row's own data:\n"
                           "UPDATE orders SET shipped_at = created_at WHERE shipped_at IS NULL AND status = 'shipped';\n"
                           "-- or use one fixed, reviewed constant:\n"
                           "UPDATE orders SET shipped_at = '2024-01-01 00:00:00+00' WHERE shipped_at IS NULL;"),
            QStringLiteral("UPDATE orders SET shipped_at = now() WHERE status = 'shipped';"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_UPDATE_STMT)
            return;
        const PgQuery__UpdateStmt *update = node->update_stmt;
        const QString table = analysis::relationName(update->relation);
        if (context.schema.isNewAndEmpty(table))
            return;
        for (size_t i = 0; i < update->n_target_list; ++i) {
            const PgQuery__Node *item = update->target_list[i];
            if (item->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
                continue;
            const PgQuery__ResTarget *target = item->res_target;
            if (!target->val || !hasNonDeterministicValue(target->val, context.schema))
                continue;
            const QString column = target->name ? QString::fromUtf8(target->name) : QString();
            if (isModificationTimestamp(column) && !isVolatileExpression(target->val, &context.schema))
                continue;
            bool random = false; // random() rather than a clock
            analysis::forEachFunctionCall(target->val, [&random](const PgQuery__FuncCall *call) {
                const QString name = analysis::functionName(call);
                if (name.startsWith(u"random") || name == u"setseed")
                    random = true;
            });
            const QString why = random
                ? QCoreApplication::translate("migreview::rules", "a random value: each row and each run gets a different one")
                : QCoreApplication::translate("migreview::rules", "the current time: the value is the moment the migration ran");
            // The value is the reader's to choose (from the row, or one reviewed constant): no
            // statement can be written for them.
            findings.reportBuilt(context,
                            QCoreApplication::translate("migreview::rules", "UPDATE of %1 sets column %2 from %3; set it from the row's own columns, or to one "
                                                                            "fixed, reviewed constant.")
                                .arg(table, column, why),
                            std::nullopt,
                            context.rangeFrom(target->location));
        }
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(non_deterministic_backfill, migreview::rules::NonDeterministicBackfill)
