#include "rulesupport.h"

#include "analysis/ast.h"

#include <QSet>

namespace migreview::rules {

void forEachAlterTableCommand(const StatementContext &context,
                              const std::function<void(const QString &table, const PgQuery__AlterTableCmd *cmd)> &visit)
{
    const PgQuery__Node *node = context.node();
    if (!node || node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)
        return;
    const PgQuery__AlterTableStmt *stmt = node->alter_table_stmt;
    const QString table = analysis::relationName(stmt->relation);
    for (size_t i = 0; i < stmt->n_cmds; ++i) {
        if (stmt->cmds[i]->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
            visit(table, stmt->cmds[i]->alter_table_cmd);
    }
}

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
    analysis::forEachFunctionCall(expression, [&found](const PgQuery__FuncCall *call) {
        if (volatileFunctions().contains(analysis::functionName(call)))
            found = true;
    });
    return found;
}

bool isNonDeterministicExpression(const PgQuery__Node *expression)
{
    bool found = isVolatileExpression(expression);
    analysis::forEachNode(expression, [&found](const PgQuery__Node *node) {
        if (node->node_case == PG_QUERY__NODE__NODE_FUNC_CALL && timeFunctions().contains(analysis::functionName(node->func_call)))
            found = true;
        if (node->node_case == PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION)
            found = true; // CURRENT_TIMESTAMP, LOCALTIME, CURRENT_DATE ...
        return !found;
    });
    return found;
}

bool isDdl(const PgQuery__Node *statement)
{
    if (!statement)
        return false;
    switch (statement->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
    case PG_QUERY__NODE__NODE_INDEX_STMT:
    case PG_QUERY__NODE__NODE_DROP_STMT:
    case PG_QUERY__NODE__NODE_RENAME_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
    case PG_QUERY__NODE__NODE_VIEW_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
        return true;
    default:
        return false;
    }
}

bool isDml(const PgQuery__Node *statement)
{
    return statement
        && (statement->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT || statement->node_case == PG_QUERY__NODE__NODE_DELETE_STMT
            || statement->node_case == PG_QUERY__NODE__NODE_INSERT_STMT || statement->node_case == PG_QUERY__NODE__NODE_MERGE_STMT);
}

} // namespace migreview::rules
