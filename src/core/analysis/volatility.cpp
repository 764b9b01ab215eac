#include "volatility.h"

#include "ast.h"
#include "schemastate.h"

#include <QHash>

#include <algorithm>
#include <vector>

#include <QSet>

namespace migreview::analysis {

namespace {
struct BuiltinFunction
{
    const char *name;
    int fewestArguments;
    int mostArguments; // -1: VARIADIC
    char volatility;
};

const BuiltinFunction builtinFunctions[] = {
#include "builtinfunctions.inc"
};

const QHash<QString, std::vector<const BuiltinFunction *>> &builtinsByName()
{
    static const QHash<QString, std::vector<const BuiltinFunction *>> byName = [] {
        QHash<QString, std::vector<const BuiltinFunction *>> map;
        for (const BuiltinFunction &function : builtinFunctions)
            map[QString::fromLatin1(function.name)].push_back(&function);
        return map;
    }();
    return byName;
}

const QSet<QString> &timeFunctions()
{
    static const QSet<QString> names{QStringLiteral("now"), QStringLiteral("statement_timestamp"), QStringLiteral("transaction_timestamp"),
                                     QStringLiteral("current_timestamp"), QStringLiteral("localtimestamp"), QStringLiteral("current_date")};
    return names;
}
} // namespace

bool isBuiltinFunction(const PgQuery__FuncCall *call)
{
    const QString qualifier = call->n_funcname > 1 ? stringValue(call->funcname[call->n_funcname - 2]).toLower() : QString();
    if (!qualifier.isEmpty() && qualifier != u"pg_catalog")
        return false;
    const auto found = builtinsByName().constFind(functionName(call));
    if (found == builtinsByName().constEnd())
        return false;
    const int arguments = int(call->n_args);
    return std::any_of(found->begin(), found->end(), [arguments](const BuiltinFunction *function) {
        return arguments >= function->fewestArguments && (function->mostArguments < 0 || arguments <= function->mostArguments);
    });
}

char functionVolatility(const PgQuery__FuncCall *call, const SchemaState *schema)
{
    const QString name = functionName(call);
    const QString qualifier = call->n_funcname > 1 ? stringValue(call->funcname[call->n_funcname - 2]).toLower() : QString();
    // pg_catalog is searched first: an unqualified built-in name is the built-in.
    if (qualifier.isEmpty() || qualifier == u"pg_catalog") {
        const auto found = builtinsByName().constFind(name);
        if (found != builtinsByName().constEnd()) {
            const int arguments = int(call->n_args);
            char volatility = 0;
            for (const BuiltinFunction *function : *found) {
                if (arguments >= function->fewestArguments && (function->mostArguments < 0 || arguments <= function->mostArguments))
                    volatility = std::max(volatility, function->volatility);
            }
            if (volatility)
                return volatility;
        }
    }
    if (schema && qualifier != u"pg_catalog") {
        if (const char declared = schema->functionVolatility(name))
            return declared;
    }
    return 'v';
}

bool isVolatileExpression(const PgQuery__Node *expression, const SchemaState *schema)
{
    bool found = false;
    forEachFunctionCall(expression, [&](const PgQuery__FuncCall *call) {
        if (functionVolatility(call, schema) == 'v')
            found = true;
    });
    return found;
}

bool isNonDeterministicExpression(const PgQuery__Node *expression, const SchemaState *schema)
{
    bool found = isVolatileExpression(expression, schema);
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
