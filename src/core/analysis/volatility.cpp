#include "volatility.h"

#include "ast.h"

#include <QSet>

namespace migreview::analysis {

namespace {
const QSet<QString> &volatileFunctions()
{
    // pg_proc.provolatile = 'v' among the functions migrations use as defaults and in backfills.
    static const QSet<QString> names{
        QStringLiteral("random"), QStringLiteral("clock_timestamp"), QStringLiteral("timeofday"), QStringLiteral("gen_random_uuid"),
        QStringLiteral("uuid_generate_v1"), QStringLiteral("uuid_generate_v1mc"), QStringLiteral("uuid_generate_v4"),
        QStringLiteral("uuidv4"), QStringLiteral("uuidv7"), QStringLiteral("nextval"), QStringLiteral("setval"),
        QStringLiteral("random_normal"), QStringLiteral("gen_random_bytes"), QStringLiteral("txid_current"), QStringLiteral("pg_sleep"),
    };
    return names;
}
const QSet<QString> &timeFunctions()
{
    static const QSet<QString> names{QStringLiteral("now"), QStringLiteral("statement_timestamp"), QStringLiteral("transaction_timestamp"),
                                     QStringLiteral("current_timestamp"), QStringLiteral("localtimestamp"), QStringLiteral("current_date")};
    return names;
}
} // namespace

bool isVolatileExpression(const PgQuery__Node *expression)
{
    bool found = false;
    forEachFunctionCall(expression, [&found](const PgQuery__FuncCall *call) {
        if (volatileFunctions().contains(functionName(call)))
            found = true;
    });
    return found;
}

bool isNonDeterministicExpression(const PgQuery__Node *expression)
{
    bool found = isVolatileExpression(expression);
    forEachNode(expression, [&found](const PgQuery__Node *node) {
        if (node->node_case == PG_QUERY__NODE__NODE_FUNC_CALL && timeFunctions().contains(functionName(node->func_call)))
            found = true;
        if (node->node_case == PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION)
            found = true; // CURRENT_TIMESTAMP, LOCALTIME, CURRENT_DATE ...
        return !found;
    });
    return found;
}

} // namespace migreview::analysis
