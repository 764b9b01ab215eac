#include "sqlparser.h"

#include "parsetext.h"
#include "treearena.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <pg_query.h>
#include <pg_query.pb-c.h>

#include <algorithm>
#include <cctype>

namespace migreview::sql {

// PostgreSQL's message, kept short: "at or near" quotes the rest of the input for an unterminated
// string or comment (the whole of a 50 MB file), so the quote is cut at its first line and at 60
// characters; bison's "memory exhausted" on deep nesting gets its cause.
static QString readableParserMessage(QString message)
{
    static const QRegularExpression near(QStringLiteral("at or near \"(.*)\"$"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = near.match(message);
    if (match.hasMatch()) {
        QString quoted = match.captured(1);
        const qsizetype newline = quoted.indexOf(u'\n');
        const bool cut = newline >= 0 || quoted.size() > 60;
        quoted = quoted.left(std::min<qsizetype>(newline < 0 ? quoted.size() : newline, 60));
        message = message.left(match.capturedStart(0)) + QStringLiteral("at or near \"%1%2\"").arg(quoted, cut ? QStringLiteral("…") : QString());
    }
    if (message.startsWith(QStringLiteral("memory exhausted")))
        message = QCoreApplication::translate("migreview::sql", "nested too deeply for PostgreSQL's parser (%1)").arg(message);
    return message;
}

namespace detail {

SourceRange makeRange(const SourceText &source, int begin, int end)
{
    SourceRange range;
    range.beginByte = begin;
    range.endByte = end;
    range.begin = source.lineColumnAt(begin);
    range.end = source.lineColumnAt(end > begin ? end - 1 : begin);
    return range;
}

} // namespace detail

namespace {

using detail::makeRange;

const ProtobufCFieldDescriptor *nodeField(const PgQuery__Node *node)
{
    if (!node || node->node_case == PG_QUERY__NODE__NODE__NOT_SET)
        return nullptr;
    return protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor, int(node->node_case));
}

QString objectTypeWords(PgQuery__ObjectType type)
{
    switch (type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
        return QStringLiteral("MATERIALIZED VIEW");
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT:
        return QStringLiteral("TABLE");
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
        return QStringLiteral("TABLE");
    case PG_QUERY__OBJECT_TYPE__OBJECT_ATTRIBUTE:
        return QStringLiteral("TYPE");
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT:
        return QStringLiteral("DOMAIN");
    default:
        break;
    }
    const ProtobufCEnumValue *value = protobuf_c_enum_descriptor_get_value(&pg_query__object_type__descriptor, int(type));
    if (!value)
        return QStringLiteral("OBJECT");
    QString words = QString::fromLatin1(value->name);
    if (words.startsWith(u"OBJECT_"))
        words = words.mid(7);
    return words.replace(u'_', u' ');
}

QString transactionTag(const PgQuery__TransactionStmt *stmt)
{
    switch (stmt->kind) {
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN:
        return QStringLiteral("BEGIN");
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START:
        return QStringLiteral("START TRANSACTION");
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT:
        return QStringLiteral("COMMIT");
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK:
        return QStringLiteral("ROLLBACK");
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_SAVEPOINT:
        return QStringLiteral("SAVEPOINT");
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_RELEASE:
        return QStringLiteral("RELEASE");
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK_TO:
        return QStringLiteral("ROLLBACK TO SAVEPOINT");
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_PREPARE:
        return QStringLiteral("PREPARE TRANSACTION");
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT_PREPARED:
        return QStringLiteral("COMMIT PREPARED");
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK_PREPARED:
        return QStringLiteral("ROLLBACK PREPARED");
    default:
        return QStringLiteral("TRANSACTION");
    }
}

// Skips whitespace and comments forward from offset; libpg_query's statement locations
// include the comments before a statement.
int skipSpaceAndComments(const QByteArray &bytes, int offset, int end)
{
    while (offset < end) {
        const char c = bytes[offset];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++offset;
        } else if (c == '-' && offset + 1 < end && bytes[offset + 1] == '-') {
            while (offset < end && bytes[offset] != '\n')
                ++offset;
        } else if (c == '/' && offset + 1 < end && bytes[offset + 1] == '*') {
            int depth = 1; // PostgreSQL's block comments nest
            offset += 2;
            while (offset < end && depth > 0) {
                if (bytes[offset] == '/' && offset + 1 < end && bytes[offset + 1] == '*') {
                    ++depth;
                    offset += 2;
                } else if (bytes[offset] == '*' && offset + 1 < end && bytes[offset + 1] == '/') {
                    --depth;
                    offset += 2;
                } else {
                    ++offset;
                }
            }
        } else {
            break;
        }
    }
    return offset;
}

// Byte offset in text of the character at libpg_query's cursor position (counted from 1).
int byteOffsetOfCursor(const QByteArray &text, int cursorPosition)
{
    if (cursorPosition <= 0)
        return 0;
    int seen = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            continue;
        if (++seen == cursorPosition)
            return int(i);
    }
    return int(text.size());
}

} // namespace

QString nodeTypeName(const PgQuery__Node *node)
{
    const ProtobufCFieldDescriptor *field = nodeField(node);
    if (!field || !field->descriptor)
        return {};
    return QString::fromLatin1(static_cast<const ProtobufCMessageDescriptor *>(field->descriptor)->short_name);
}

QString commandTag(const PgQuery__Node *node)
{
    if (!node)
        return {};
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT:
        return QStringLiteral("CREATE TABLE");
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
        return QStringLiteral("ALTER ") + objectTypeWords(node->alter_table_stmt->objtype);
    case PG_QUERY__NODE__NODE_INDEX_STMT:
        return QStringLiteral("CREATE INDEX");
    case PG_QUERY__NODE__NODE_DROP_STMT:
        return QStringLiteral("DROP ") + objectTypeWords(node->drop_stmt->remove_type);
    case PG_QUERY__NODE__NODE_RENAME_STMT:
        return QStringLiteral("ALTER ")
            + objectTypeWords(node->rename_stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN
                                      || node->rename_stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT
                                  ? node->rename_stmt->relation_type
                                  : node->rename_stmt->rename_type);
    case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
        return QStringLiteral("ALTER ") + objectTypeWords(node->alter_object_schema_stmt->object_type);
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
        return QStringLiteral("ALTER ") + objectTypeWords(node->alter_owner_stmt->object_type);
    case PG_QUERY__NODE__NODE_VIEW_STMT:
        return QStringLiteral("CREATE VIEW");
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
        return node->create_table_as_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW
            ? QStringLiteral("CREATE MATERIALIZED VIEW")
            : QStringLiteral("CREATE TABLE AS");
    case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
        return QStringLiteral("REFRESH MATERIALIZED VIEW");
    case PG_QUERY__NODE__NODE_INSERT_STMT:
        return QStringLiteral("INSERT");
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
        return QStringLiteral("UPDATE");
    case PG_QUERY__NODE__NODE_DELETE_STMT:
        return QStringLiteral("DELETE");
    case PG_QUERY__NODE__NODE_MERGE_STMT:
        return QStringLiteral("MERGE");
    case PG_QUERY__NODE__NODE_SELECT_STMT:
        return node->select_stmt->into_clause ? QStringLiteral("SELECT INTO") : QStringLiteral("SELECT");
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
        return transactionTag(node->transaction_stmt);
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
        return node->variable_set_stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE
                || node->variable_set_stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_CURRENT
                || node->variable_set_stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT
                || node->variable_set_stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_MULTI
            ? QStringLiteral("SET")
            : QStringLiteral("RESET");
    case PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT:
        return QStringLiteral("SHOW");
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
        return node->create_function_stmt->is_procedure ? QStringLiteral("CREATE PROCEDURE") : QStringLiteral("CREATE FUNCTION");
    case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT:
        return QStringLiteral("ALTER FUNCTION");
    case PG_QUERY__NODE__NODE_DO_STMT:
        return QStringLiteral("DO");
    case PG_QUERY__NODE__NODE_CALL_STMT:
        return QStringLiteral("CALL");
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
        return QStringLiteral("CREATE TRIGGER");
    case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT:
        return QStringLiteral("CREATE EVENT TRIGGER");
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
        return QStringLiteral("CREATE TYPE");
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
        return QStringLiteral("ALTER TYPE");
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
        return QStringLiteral("CREATE DOMAIN");
    case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
        return QStringLiteral("ALTER DOMAIN");
    case PG_QUERY__NODE__NODE_DEFINE_STMT:
        return QStringLiteral("CREATE ") + objectTypeWords(node->define_stmt->kind);
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
        return QStringLiteral("CREATE SEQUENCE");
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
        return QStringLiteral("ALTER SEQUENCE");
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
        return QStringLiteral("CREATE SCHEMA");
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
        return QStringLiteral("CREATE EXTENSION");
    case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT:
        return QStringLiteral("ALTER EXTENSION");
    case PG_QUERY__NODE__NODE_COMMENT_STMT:
        return QStringLiteral("COMMENT");
    case PG_QUERY__NODE__NODE_GRANT_STMT:
        return node->grant_stmt->is_grant ? QStringLiteral("GRANT") : QStringLiteral("REVOKE");
    case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT:
        return node->grant_role_stmt->is_grant ? QStringLiteral("GRANT ROLE") : QStringLiteral("REVOKE ROLE");
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
        return QStringLiteral("ALTER DEFAULT PRIVILEGES");
    case PG_QUERY__NODE__NODE_CREATE_ROLE_STMT:
        return QStringLiteral("CREATE ROLE");
    case PG_QUERY__NODE__NODE_ALTER_ROLE_STMT:
        return QStringLiteral("ALTER ROLE");
    case PG_QUERY__NODE__NODE_DROP_ROLE_STMT:
        return QStringLiteral("DROP ROLE");
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
        return QStringLiteral("TRUNCATE TABLE");
    case PG_QUERY__NODE__NODE_VACUUM_STMT:
        return node->vacuum_stmt->is_vacuumcmd ? QStringLiteral("VACUUM") : QStringLiteral("ANALYZE");
    case PG_QUERY__NODE__NODE_CLUSTER_STMT:
        return QStringLiteral("CLUSTER");
    case PG_QUERY__NODE__NODE_REINDEX_STMT:
        return QStringLiteral("REINDEX");
    case PG_QUERY__NODE__NODE_LOCK_STMT:
        return QStringLiteral("LOCK TABLE");
    case PG_QUERY__NODE__NODE_COPY_STMT:
        return QStringLiteral("COPY");
    case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
        return QStringLiteral("CREATE POLICY");
    case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
        return QStringLiteral("ALTER POLICY");
    case PG_QUERY__NODE__NODE_CREATE_CAST_STMT:
        return QStringLiteral("CREATE CAST");
    case PG_QUERY__NODE__NODE_RULE_STMT:
        return QStringLiteral("CREATE RULE");
    case PG_QUERY__NODE__NODE_EXPLAIN_STMT:
        return QStringLiteral("EXPLAIN");
    case PG_QUERY__NODE__NODE_NOTIFY_STMT:
        return QStringLiteral("NOTIFY");
    case PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT:
        return QStringLiteral("CREATE PUBLICATION");
    case PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT:
        return QStringLiteral("ALTER PUBLICATION");
    case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
        return QStringLiteral("CREATE STATISTICS");
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT:
        return QStringLiteral("CREATE FOREIGN TABLE");
    default:
        return nodeTypeName(node);
    }
}

QString ParsedScript::statementText(const Statement &statement) const
{
    return source ? source->textOfBytes(statement.range.beginByte, statement.range.endByte) : QString();
}

std::vector<const Statement *> ParsedScript::executionOrder() const
{
    std::vector<std::vector<const Statement *>> bodies(statements.size());
    for (const Statement &statement : bodyStatements) {
        if (statement.runsWithMigration() && statement.parent >= 0 && size_t(statement.parent) < statements.size())
            bodies[size_t(statement.parent)].push_back(&statement);
    }
    std::vector<const Statement *> order;
    order.reserve(statements.size() + bodyStatements.size());
    for (size_t i = 0; i < statements.size(); ++i) {
        order.push_back(&statements[i]);
        order.insert(order.end(), bodies[i].begin(), bodies[i].end());
    }
    return order;
}

int ParsedScript::topLevelIndex(const Statement &statement) const
{
    if (statement.origin != StatementOrigin::TopLevel)
        return statement.parent;
    return int(&statement - statements.data());
}

QString originName(StatementOrigin origin)
{
    switch (origin) {
    case StatementOrigin::TopLevel:
        return QStringLiteral("top-level");
    case StatementOrigin::DoBlock:
        return QStringLiteral("do-block");
    case StatementOrigin::FunctionBody:
        return QStringLiteral("function-body");
    case StatementOrigin::DynamicSql:
        return QStringLiteral("dynamic-sql");
    }
    return {};
}

int byteOrderMarkLength(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

std::optional<std::vector<Token>> significantTokens(const QByteArray &text)
{
    const int bom = byteOrderMarkLength(text);
    const QByteArray body = text.mid(bom);
    PgQueryScanResult scan = pg_query_scan(body.constData());
    std::optional<std::vector<Token>> result;
    if (!scan.error) {
        PgQuery__ScanResult *tokens = pg_query__scan_result__unpack(nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t *>(scan.pbuf.data));
        if (tokens) {
            result.emplace();
            result->reserve(tokens->n_tokens);
            for (size_t i = 0; i < tokens->n_tokens; ++i) {
                const PgQuery__ScanToken *token = tokens->tokens[i];
                if (token->token == PG_QUERY__TOKEN__SQL_COMMENT || token->token == PG_QUERY__TOKEN__C_COMMENT)
                    continue;
                QByteArray text = body.mid(token->start, token->end - token->start);
                // Keywords and unquoted names mean the same in any letter case.
                if ((token->keyword_kind != PG_QUERY__KEYWORD_KIND__NO_KEYWORD || token->token == PG_QUERY__TOKEN__IDENT) && !text.startsWith('"'))
                    text = text.toLower();
                result->push_back({text, bom + token->start});
            }
            pg_query__scan_result__free_unpacked(tokens, nullptr);
        }
    }
    pg_query_free_scan_result(scan);
    return result;
}

namespace detail {

void scanComments(ParsedScript &script, const QByteArray &text, int base)
{
    PgQueryScanResult scan = pg_query_scan(text.constData());
    if (!scan.error) {
        PgQuery__ScanResult *tokens = pg_query__scan_result__unpack(nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t *>(scan.pbuf.data));
        if (tokens) {
            for (size_t i = 0; i < tokens->n_tokens; ++i) {
                const PgQuery__ScanToken *token = tokens->tokens[i];
                if (token->token != PG_QUERY__TOKEN__SQL_COMMENT && token->token != PG_QUERY__TOKEN__C_COMMENT)
                    continue;
                Comment comment;
                comment.range = makeRange(*script.source, base + token->start, base + token->end);
                comment.text = script.source->textOfBytes(base + token->start, base + token->end);
                script.comments.push_back(std::move(comment));
            }
            pg_query__scan_result__free_unpacked(tokens, nullptr);
        }
    }
    pg_query_free_scan_result(scan);
}

std::vector<std::pair<int, int>> chunksAtStatementBoundaries(const QByteArray &text, int chunkBytes)
{
    const int size = int(text.size());
    if (chunkBytes <= 0 || size <= chunkBytes)
        return {{0, size}};
    PgQuerySplitResult split = pg_query_split_with_scanner(text.constData());
    std::vector<std::pair<int, int>> chunks;
    if (split.error || split.n_stmts < 2) { // the scanner failed (an unterminated quote): one piece
        pg_query_free_split_result(split);
        return {{0, size}};
    }
    int chunkStart = 0;
    for (int i = 1; i < split.n_stmts; ++i) {
        // A statement's location is just after the semicolon before it: a cut there splits no
        // token, comment or quote.
        const int at = split.stmts[i]->stmt_location;
        if (at - chunkStart >= chunkBytes && at > chunkStart && at < size) {
            chunks.emplace_back(chunkStart, at);
            chunkStart = at;
        }
    }
    pg_query_free_split_result(split);
    chunks.emplace_back(chunkStart, size);
    return chunks;
}

bool parseSqlText(ParsedScript &script, const QByteArray &text, const TextPlace &place, std::vector<Statement> &out, bool recover)
{
    const SourceText &source = *script.source;
    PgQueryProtobufParseResult result = pg_query_parse_protobuf(text.constData());
    if (result.error) {
        ParseError error;
        error.message = readableParserMessage(QString::fromUtf8(result.error->message));
        // cursorpos counts characters from 1; 0 means libpg_query could not tell.
        const int cursorPosition = result.error->cursorpos;
        error.byteOffset = place.base >= 0 ? place.base + byteOffsetOfCursor(text, cursorPosition) : place.fallback.beginByte;
        error.location = source.lineColumnAt(error.byteOffset);
        pg_query_free_protobuf_parse_result(result);

        bool firstErrorPlaced = false;
        if (recover) {
            PgQuerySplitResult split = pg_query_split_with_scanner(text.constData());
            // The scanner leaves out pieces without a keyword ("SELEC 1;"): the first error is then
            // not among the pieces' errors and is added below.
            if (!split.error && split.n_stmts >= 1) {
                const int errorAt = byteOffsetOfCursor(text, cursorPosition);
                for (int i = 0; i < split.n_stmts; ++i) {
                    const PgQuerySplitStmt *piece = split.stmts[i];
                    TextPlace piecePlace = place;
                    piecePlace.base = place.base >= 0 ? place.base + piece->stmt_location : -1;
                    const size_t before = script.errors.size();
                    parseSqlText(script, text.mid(piece->stmt_location, piece->stmt_len), piecePlace, out, false);
                    // The piece that holds the first error keeps the message the whole file got:
                    // alone, it lacks the semicolon after it ("at end of input" instead of at ";").
                    const bool holdsFirstError = errorAt >= piece->stmt_location && errorAt <= piece->stmt_location + piece->stmt_len;
                    if (holdsFirstError && script.errors.size() > before) {
                        script.errors.back() = error;
                        firstErrorPlaced = true;
                    }
                }
            }
            pg_query_free_split_result(split);
        }
        if (!firstErrorPlaced)
            script.errors.push_back(std::move(error));
        return false;
    }

    // The unpacked tree takes a few times the packed size; the arena grows if it needs more.
    struct ArenaTree
    {
        explicit ArenaTree(std::size_t packedSize)
            : arena(packedSize * 4)
        {
        }
        TreeArena arena;
        PgQuery__ParseResult *tree = nullptr;
    };
    auto holder = std::make_shared<ArenaTree>(result.parse_tree.len);
    holder->tree = pg_query__parse_result__unpack(holder->arena.allocator(), result.parse_tree.len,
                                                  reinterpret_cast<const uint8_t *>(result.parse_tree.data));
    pg_query_free_protobuf_parse_result(result);
    const PgQuery__ParseResult *tree = holder->tree;
    if (!tree) {
        const int at = place.base >= 0 ? place.base : place.fallback.beginByte;
        script.errors.push_back(ParseError{QCoreApplication::translate("migreview::sql", "the parser's output could not be read"), at, source.lineColumnAt(at)});
        return false;
    }
    script.trees.emplace_back(holder, tree); // shares the arena's lifetime

    const int textSize = int(text.size());
    for (size_t i = 0; i < tree->n_stmts; ++i) {
        const PgQuery__RawStmt *raw = tree->stmts[i];
        const int location = raw->stmt_location;
        const int end = raw->stmt_len > 0 ? location + raw->stmt_len : textSize;
        const int begin = skipSpaceAndComments(text, location, end);
        int last = end;
        while (last > begin && std::isspace(static_cast<unsigned char>(text[last - 1])))
            --last;
        Statement statement;
        statement.node = raw->stmt;
        statement.nodeType = nodeTypeName(raw->stmt);
        statement.commandTag = commandTag(raw->stmt);
        statement.range = place.base >= 0 ? makeRange(source, place.base + begin, place.base + last) : place.fallback;
        statement.locationBase = place.base;
        statement.origin = place.origin;
        statement.parent = place.parent;
        statement.guarded = place.guarded;
        out.push_back(std::move(statement));
    }
    return true;
}

} // namespace detail

ParsedScript parseScript(QByteArray bytes, const QString &fileName, const ParseOptions &options)
{
    ParsedScript script;
    script.fileName = fileName;
    auto source = std::make_shared<SourceText>(std::move(bytes));
    script.source = source;
    script.unreadable = unreadableReason(source->bytes());
    if (!script.unreadable.isEmpty())
        return script;

    // A byte order mark is not SQL; blanking it keeps every offset the same.
    QByteArray text = source->bytes();
    const int bom = byteOrderMarkLength(text);
    if (bom > 0)
        text.replace(0, bom, QByteArray(bom, ' '));

    for (const auto &[begin, end] : detail::chunksAtStatementBoundaries(text, options.chunkBytes)) {
        const QByteArray chunk = begin == 0 && end == text.size() ? text : text.mid(begin, end - begin);
        detail::TextPlace place;
        place.base = begin;
        place.fallback = makeRange(*source, begin, begin);
        detail::parseSqlText(script, chunk, place, script.statements, true);
        if (options.collectComments)
            detail::scanComments(script, chunk, begin);
    }
    std::sort(script.statements.begin(), script.statements.end(),
              [](const Statement &a, const Statement &b) { return a.range.beginByte < b.range.beginByte; });
    if (options.parseBodies)
        detail::parseBodies(script, options);
    std::stable_sort(script.errors.begin(), script.errors.end(), [](const ParseError &a, const ParseError &b) { return a.byteOffset < b.byteOffset; });
    std::stable_sort(script.comments.begin(), script.comments.end(),
                     [](const Comment &a, const Comment &b) { return a.range.beginByte < b.range.beginByte; });
    if (!script.errors.empty())
        script.error = script.errors.front();
    return script;
}

} // namespace migreview::sql
