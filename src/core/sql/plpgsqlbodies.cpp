// The SQL inside DO blocks and function bodies. libpg_query's PL/pgSQL parser returns each SQL
// statement of a body as text with its line in the body; we find that text in the file, so that
// findings inside a body point at the exact statement, and parse it with the main parser.
#include "parsetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <pg_query.h>
#include <pg_query.pb-c.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace migreview::sql::detail {

namespace {

constexpr int MaximumNesting = 3; // DO inside EXECUTE inside DO ...

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::sql", text);
}

const PgQuery__DefElem *findOption(PgQuery__Node *const *items, size_t count, const char *name)
{
    for (size_t i = 0; i < count; ++i) {
        if (items[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && qstrcmp(items[i]->def_elem->defname, name) == 0)
            return items[i]->def_elem;
    }
    return nullptr;
}

QByteArray stringOf(const PgQuery__Node *node)
{
    if (node && node->node_case == PG_QUERY__NODE__NODE_STRING)
        return QByteArray(node->string->sval);
    return {};
}

// What a DO block or a CREATE FUNCTION holds as its body.
struct Body
{
    QByteArray language;
    QByteArray value; // the body as PostgreSQL sees it (unescaped)
    int asLocation = -1; // file offset from which to look for the body's string literal, or -1
    QString owner; // "the DO block" or "function name" for messages
    bool isDo = false;
};

std::optional<Body> bodyOf(const Statement &statement)
{
    const PgQuery__Node *node = statement.node;
    if (!node)
        return std::nullopt;
    Body body;
    const PgQuery__DefElem *as = nullptr;
    const PgQuery__DefElem *language = nullptr;
    if (node->node_case == PG_QUERY__NODE__NODE_DO_STMT) {
        as = findOption(node->do_stmt->args, node->do_stmt->n_args, "as");
        language = findOption(node->do_stmt->args, node->do_stmt->n_args, "language");
        if (!as)
            return std::nullopt;
        body.value = stringOf(as->arg);
        body.isDo = true;
        body.owner = tr("the DO block");
    } else if (node->node_case == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT) {
        const PgQuery__CreateFunctionStmt *function = node->create_function_stmt;
        if (function->sql_body) // BEGIN ATOMIC ... END: already part of the parse tree
            return std::nullopt;
        as = findOption(function->options, function->n_options, "as");
        language = findOption(function->options, function->n_options, "language");
        if (!as || !as->arg || as->arg->node_case != PG_QUERY__NODE__NODE_LIST || as->arg->list->n_items != 1)
            return std::nullopt; // C functions name a library and a symbol
        body.value = stringOf(as->arg->list->items[0]);
        QString name = function->n_funcname > 0 ? QString::fromUtf8(stringOf(function->funcname[function->n_funcname - 1])) : QString();
        body.owner = tr("function %1").arg(name);
    } else {
        return std::nullopt;
    }
    body.language = language ? stringOf(language->arg).toLower() : QByteArray("plpgsql");
    body.asLocation = statement.fileOffset(as->location);
    if (body.language != "plpgsql" && body.language != "sql")
        return std::nullopt;
    return body;
}

// Where the body's text sits in the file.
struct BodyLiteral
{
    int contentBegin = -1; // file offset of the body's first character, or -1 when unknown
    int contentEnd = -1;
    bool exact = false; // the file bytes equal the body (dollar quotes, or quotes without escapes)
};

BodyLiteral findLiteral(const ParsedScript &script, const Statement &statement, const Body &body)
{
    BodyLiteral literal;
    if (statement.locationBase < 0 || body.asLocation < 0)
        return literal;
    const QByteArray &bytes = script.source->bytes();
    const int begin = statement.range.beginByte;
    const QByteArray text = bytes.mid(begin, statement.range.endByte - begin);
    PgQueryScanResult scan = pg_query_scan(text.constData());
    if (!scan.error) {
        PgQuery__ScanResult *tokens = pg_query__scan_result__unpack(nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t *>(scan.pbuf.data));
        if (tokens) {
            for (size_t i = 0; i < tokens->n_tokens; ++i) {
                const PgQuery__ScanToken *token = tokens->tokens[i];
                if (token->token != PG_QUERY__TOKEN__SCONST || begin + token->start < body.asLocation)
                    continue;
                const QByteArray raw = text.mid(token->start, token->end - token->start);
                if (raw.startsWith('$')) {
                    const qsizetype tagLength = raw.indexOf('$', 1) + 1;
                    literal.contentBegin = begin + token->start + int(tagLength);
                    literal.contentEnd = begin + token->end - int(tagLength);
                    literal.exact = true;
                } else if (raw.startsWith('\'')) {
                    literal.contentBegin = begin + token->start + 1;
                    literal.contentEnd = begin + token->end - 1;
                    literal.exact = raw.mid(1, raw.size() - 2) == body.value;
                } else {
                    literal.contentBegin = -1; // E'...', U&'...': escapes move positions
                }
                break;
            }
            pg_query__scan_result__free_unpacked(tokens, nullptr);
        }
    }
    pg_query_free_scan_result(scan);
    return literal;
}

// The file offset where line (1-based) of the body starts.
int bodyLineStart(const QByteArray &bytes, const BodyLiteral &literal, int line)
{
    int offset = literal.contentBegin;
    for (int current = 1; current < line && offset < literal.contentEnd; ++offset) {
        if (bytes[offset] == '\n')
            ++current;
    }
    return offset;
}

SourceRange lineRange(const ParsedScript &script, int lineStart)
{
    const QByteArray &bytes = script.source->bytes();
    int end = int(bytes.indexOf('\n', lineStart));
    if (end < 0)
        end = int(bytes.size());
    while (lineStart < end && (bytes[lineStart] == ' ' || bytes[lineStart] == '\t'))
        ++lineStart;
    while (end > lineStart && (bytes[end - 1] == '\r' || bytes[end - 1] == ' '))
        --end;
    return makeRange(*script.source, lineStart, end);
}

struct FoundSql
{
    QByteArray query;
    int line = 1;
    bool guarded = false;
    bool dynamic = false; // the text of an EXECUTE expression
};

// Collects the SQL statements of a PL/pgSQL function tree (libpg_query's JSON).
void collectSql(const QJsonValue &value, bool guarded, std::vector<FoundSql> &found)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectSql(element, guarded, found);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonObject child = it.value().toObject();
        if (key == u"PLpgSQL_stmt_execsql") {
            found.push_back({child[u"sqlstmt"][u"PLpgSQL_expr"][u"query"].toString().toUtf8(), child[u"lineno"].toInt(1), guarded, false});
        } else if (key == u"PLpgSQL_stmt_dynexecute") {
            found.push_back({child[u"query"][u"PLpgSQL_expr"][u"query"].toString().toUtf8(), child[u"lineno"].toInt(1), guarded, true});
        } else {
            // IF and CASE guard what they hold (the idempotent "IF NOT EXISTS ... THEN" pattern), and
            // so does a block with an EXCEPTION handler ("EXCEPTION WHEN duplicate_object").
            const bool guards = key == u"PLpgSQL_stmt_if" || key == u"PLpgSQL_stmt_case"
                || (key == u"PLpgSQL_stmt_block" && child.contains(u"exceptions"));
            collectSql(it.value(), guarded || guards, found);
        }
    }
}

// The value of a constant string expression ('...', or '...' || '...'), else nothing.
std::optional<QByteArray> constantString(const PgQuery__Node *node)
{
    if (!node)
        return std::nullopt;
    if (node->node_case == PG_QUERY__NODE__NODE_A_CONST && node->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
        return QByteArray(node->a_const->sval->sval);
    if (node->node_case == PG_QUERY__NODE__NODE_A_EXPR && node->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP
        && node->a_expr->n_name == 1 && stringOf(node->a_expr->name[0]) == "||") {
        const auto left = constantString(node->a_expr->lexpr);
        const auto right = constantString(node->a_expr->rexpr);
        if (left && right)
            return *left + *right;
    }
    return std::nullopt;
}

struct DynamicSql
{
    QByteArray sql;
    int base = -1; // file offset of sql's first byte when the literal has no escapes
};

// EXECUTE 'constant': the SQL it runs. expressionAt is the expression's file offset or -1.
std::optional<DynamicSql> dynamicSql(const QByteArray &expression, int expressionAt, const QByteArray &fileBytes)
{
    static const QByteArray prefix("SELECT ");
    const QByteArray query = prefix + expression;
    PgQueryProtobufParseResult result = pg_query_parse_protobuf(query.constData());
    std::optional<DynamicSql> dynamic;
    if (!result.error) {
        PgQuery__ParseResult *tree = pg_query__parse_result__unpack(nullptr, result.parse_tree.len,
                                                                   reinterpret_cast<const uint8_t *>(result.parse_tree.data));
        if (tree && tree->n_stmts == 1 && tree->stmts[0]->stmt->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) {
            const PgQuery__SelectStmt *select = tree->stmts[0]->stmt->select_stmt;
            if (select->n_target_list == 1 && select->n_from_clause == 0
                && select->target_list[0]->node_case == PG_QUERY__NODE__NODE_RES_TARGET) {
                const PgQuery__Node *value = select->target_list[0]->res_target->val;
                if (const auto text = constantString(value)) {
                    dynamic = DynamicSql{*text, -1};
                    if (expressionAt >= 0 && value->node_case == PG_QUERY__NODE__NODE_A_CONST) {
                        const int literalAt = expressionAt + value->a_const->location - int(prefix.size());
                        if (fileBytes.mid(literalAt, text->size() + 2) == '\'' + *text + '\'')
                            dynamic->base = literalAt + 1;
                    }
                }
            }
        }
        if (tree)
            pg_query__parse_result__free_unpacked(tree, nullptr);
    }
    pg_query_free_protobuf_parse_result(result);
    return dynamic;
}

class BodyParser
{
public:
    BodyParser(ParsedScript &script, const ParseOptions &options)
        : m_script(script)
        , m_collectComments(options.collectComments)
        , m_functionBodyStatements(options.functionBodyStatements)
    {
    }

    void run()
    {
        for (size_t i = 0; i < m_script.statements.size(); ++i)
            parseBody(m_script.statements[i], int(i), StatementOrigin::TopLevel, 0);
        std::stable_sort(m_script.bodyStatements.begin(), m_script.bodyStatements.end(),
                         [](const Statement &a, const Statement &b) { return a.range.beginByte < b.range.beginByte; });
    }

private:
    // Parses sql found in a body and queues its own DO blocks and functions.
    void addStatements(const QByteArray &sql, const TextPlace &place, int depth)
    {
        std::vector<Statement> found;
        parseSqlText(m_script, sql, place, found, false);
        for (Statement &statement : found) {
            const Statement copy = statement;
            m_script.bodyStatements.push_back(std::move(statement));
            if (copy.locationBase >= 0)
                parseBody(copy, place.parent, place.origin, depth + 1);
        }
    }

    void parseBody(const Statement &statement, int parent, StatementOrigin outerOrigin, int depth)
    {
        if (depth > MaximumNesting)
            return;
        const std::optional<Body> body = bodyOf(statement);
        if (!body)
            return;
        const QByteArray &bytes = m_script.source->bytes();
        const BodyLiteral literal = findLiteral(m_script, statement, *body);
        if (m_collectComments && literal.exact)
            scanComments(m_script, bytes.mid(literal.contentBegin, literal.contentEnd - literal.contentBegin), literal.contentBegin);

        // What the body's statements are: a function body runs when called, a DO block now.
        StatementOrigin origin = body->isDo ? StatementOrigin::DoBlock : StatementOrigin::FunctionBody;
        if (outerOrigin == StatementOrigin::FunctionBody)
            origin = StatementOrigin::FunctionBody;

        TextPlace place;
        place.fallback = statement.range;
        place.origin = origin;
        place.parent = parent;

        if (body->language == "sql") {
            place.base = literal.exact ? literal.contentBegin : -1;
            addStatements(body->value, place, depth);
            return;
        }

        const QByteArray input = statement.locationBase >= 0 ? bytes.mid(statement.range.beginByte, statement.range.endByte - statement.range.beginByte)
                                                             : QByteArray();
        if (input.isEmpty())
            return;
        PgQueryPlpgsqlParseResult result = pg_query_parse_plpgsql(input.constData());
        if (result.error) {
            reportBodyError(result.error, statement, *body, literal);
            pg_query_free_plpgsql_parse_result(result);
            return;
        }
        if (origin == StatementOrigin::FunctionBody && !m_functionBodyStatements) {
            pg_query_free_plpgsql_parse_result(result);
            return; // parsed without error is all that was asked
        }
        const QJsonDocument functions = QJsonDocument::fromJson(QByteArray(result.plpgsql_funcs));
        pg_query_free_plpgsql_parse_result(result);
        std::vector<FoundSql> found;
        collectSql(functions.array(), false, found);

        for (const FoundSql &sql : found) {
            // The statement's text is verbatim in the body, on its line or after it.
            int at = -1;
            SourceRange approximate = statement.range;
            if (literal.contentBegin >= 0) {
                const int lineStart = bodyLineStart(bytes, literal, sql.line);
                approximate = lineRange(m_script, lineStart);
                if (literal.exact) {
                    const qsizetype index = bytes.indexOf(sql.query, lineStart);
                    if (index >= 0 && index + sql.query.size() <= literal.contentEnd)
                        at = int(index);
                }
            }
            TextPlace sqlPlace = place;
            sqlPlace.guarded = sql.guarded;
            sqlPlace.base = at;
            sqlPlace.fallback = at >= 0 ? makeRange(*m_script.source, at, at + int(sql.query.size())) : approximate;
            if (!sql.dynamic) {
                addStatements(sql.query, sqlPlace, depth);
                continue;
            }
            const std::optional<DynamicSql> dynamic = dynamicSql(sql.query, at, bytes);
            if (!dynamic)
                continue; // built at run time: nothing to read here
            if (origin == StatementOrigin::DoBlock)
                sqlPlace.origin = StatementOrigin::DynamicSql;
            sqlPlace.base = dynamic->base;
            addStatements(dynamic->sql, sqlPlace, depth);
        }
    }

    void reportBodyError(const PgQueryError *error, const Statement &statement, const Body &body, const BodyLiteral &literal)
    {
        const QByteArray &bytes = m_script.source->bytes();
        int at = statement.range.beginByte;
        // libpg_query gives neither a cursor position nor a reliable line for errors in a body
        // ("near line 1"); the message names the token, and its first appearance is the best guess.
        if (literal.contentBegin >= 0) {
            at = literal.contentBegin;
            static const QRegularExpression nearToken(QStringLiteral("at or near \"([^\"]+)\""));
            const QRegularExpressionMatch token = nearToken.match(QString::fromUtf8(error->message));
            if (token.hasMatch()) {
                const QByteArray content = bytes.mid(literal.contentBegin, literal.contentEnd - literal.contentBegin);
                const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9_])%1(?![A-Za-z0-9_])").arg(QRegularExpression::escape(token.captured(1))));
                const QRegularExpressionMatch found = word.match(QString::fromUtf8(content));
                if (found.hasMatch())
                    at = literal.contentBegin + int(QStringView(QString::fromUtf8(content)).left(found.capturedStart()).toUtf8().size());
            }
            while (at < literal.contentEnd && std::isspace(static_cast<unsigned char>(bytes[at])))
                ++at;
        }
        m_script.errors.push_back(ParseError{tr("%1 (in the PL/pgSQL body of %2)").arg(QString::fromUtf8(error->message), body.owner), at,
                                             m_script.source->lineColumnAt(at)});
    }

    ParsedScript &m_script;
    bool m_collectComments;
    bool m_functionBodyStatements;
};

} // namespace

void parseBodies(ParsedScript &script, const ParseOptions &options)
{
    BodyParser(script, options).run();
}

} // namespace migreview::sql::detail
