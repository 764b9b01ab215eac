#pragma once

#include "sourcetext.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct PgQuery__Node;
struct PgQuery__ParseResult;

namespace migreview::sql {

// A half-open byte range [begin, end) in a file, with the positions a person reads.
struct SourceRange
{
    int beginByte = 0;
    int endByte = 0;
    LineColumn begin;
    LineColumn end; // position of the last character, inclusive
};

// Where a statement's SQL comes from. Statements inside DO blocks and dynamic SQL of DO blocks run
// when the migration runs; function bodies run only when the function is called.
enum class StatementOrigin {
    TopLevel,
    DoBlock, // an SQL statement of a DO block's PL/pgSQL body
    FunctionBody, // an SQL statement of a CREATE FUNCTION/PROCEDURE body (PL/pgSQL or SQL)
    DynamicSql, // EXECUTE of a constant string inside a DO block
};

struct Statement
{
    QString commandTag; // "CREATE INDEX", "ALTER TABLE", ... as PostgreSQL would name it
    QString nodeType; // libpg_query's node name: "IndexStmt", "AlterTableStmt", ...
    SourceRange range; // without leading comments and the closing semicolon
    const PgQuery__Node *node = nullptr; // owned by ParsedScript::trees
    // A node's "location" is relative to the text the parser saw; this is where that text starts
    // in the file, or -1 when the text was unescaped from a string literal and has no exact place.
    int locationBase = 0;
    StatementOrigin origin = StatementOrigin::TopLevel;
    int parent = -1; // body statements: the index of the top-level statement that holds them
    bool guarded = false; // body statements: under IF/CASE/a loop, or in a block with an EXCEPTION handler

    // The file byte offset of a node location inside this statement, or -1 when it has none.
    int fileOffset(int location) const { return location < 0 || locationBase < 0 ? -1 : locationBase + location; }
    bool runsWithMigration() const { return origin != StatementOrigin::FunctionBody; }
};

struct Comment
{
    SourceRange range;
    QString text; // with its "--" or "/* */" markers
};

struct ParseError
{
    QString message; // libpg_query's message, e.g. 'syntax error at or near "TABEL"'
    int byteOffset = 0;
    LineColumn location;
};

// The byte length of a UTF-8 byte order mark at the start of bytes (3), or 0.
int byteOrderMarkLength(const QByteArray &bytes);

// A token as PostgreSQL's scanner reads it: its text and where it starts (a byte offset).
struct Token
{
    QByteArray text;
    int byteOffset = 0;
};
// The tokens of text without whitespace and comments, keywords and unquoted names in lower case:
// two texts with the same tokens differ only in whitespace, comments and the letter case of
// keywords and names, which PostgreSQL ignores. nullopt when the scanner refuses the text.
std::optional<std::vector<Token>> significantTokens(const QByteArray &text);

struct ParsedScript
{
    QString fileName;
    std::shared_ptr<const SourceText> source;
    std::vector<std::shared_ptr<const PgQuery__ParseResult>> trees; // keep Statement::node alive
    std::vector<Statement> statements; // top level, in file order
    // The SQL statements inside DO blocks, function bodies and constant EXECUTE strings, in file
    // order; each names its top-level statement in Statement::parent.
    std::vector<Statement> bodyStatements;
    std::vector<Comment> comments; // also those inside dollar-quoted bodies
    // The first syntax error in the file. The statements around it that parse on their own are
    // still in statements (the file is split at statement boundaries with the scanner).
    std::optional<ParseError> error;
    std::vector<ParseError> errors; // every syntax error, also in bodies, in file order
    QString unreadable; // why the bytes are not SQL text (binary, bad UTF-8), or empty

    bool ok() const { return !error && unreadable.isEmpty(); }
    QString statementText(const Statement &statement) const;
    // The statements as the migration runs them: each top-level statement followed by the ones
    // its DO block runs. Function bodies are left out: they run when the function is called.
    std::vector<const Statement *> executionOrder() const;
    // The index in statements of the top-level statement that is or holds statement.
    int topLevelIndex(const Statement &statement) const;
};

struct ParseOptions
{
    bool collectComments = true;
    bool parseBodies = true; // DO blocks, function bodies, constant EXECUTE strings
    // Also list the statements of PL/pgSQL function bodies (they are syntax-checked either way);
    // the linter leaves this off, as function bodies do not run with the migration.
    bool functionBodyStatements = true;
    // Files larger than this are parsed in pieces of about this size, cut at statement boundaries
    // by the scanner: libpg_query holds a whole text's parse tree and its protobuf copy at once,
    // which took 1.7 GB for a 50 MB file of INSERTs. The result is the same either way.
    int chunkBytes = 4 * 1024 * 1024;
};

// Parses a whole file with libpg_query. Never throws; syntax errors and unreadable input are
// reported in the result. Safe to call from several threads.
ParsedScript parseScript(QByteArray bytes, const QString &fileName = {}, const ParseOptions &options = {});

// "top-level", "do-block", "function-body" or "dynamic-sql" (stable: used in JSON output).
QString originName(StatementOrigin origin);

// The command tag PostgreSQL gives a statement node ("CREATE TABLE"), or the node type name.
QString commandTag(const PgQuery__Node *node);
QString nodeTypeName(const PgQuery__Node *node);

} // namespace migreview::sql
