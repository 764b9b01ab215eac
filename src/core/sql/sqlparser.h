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

struct Statement
{
    QString commandTag; // "CREATE INDEX", "ALTER TABLE", ... as PostgreSQL would name it
    QString nodeType; // libpg_query's node name: "IndexStmt", "AlterTableStmt", ...
    SourceRange range; // without leading comments and the closing semicolon
    const PgQuery__Node *node = nullptr; // owned by ParsedScript::tree
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

struct ParsedScript
{
    QString fileName;
    std::shared_ptr<const SourceText> source;
    std::shared_ptr<const PgQuery__ParseResult> tree; // keeps Statement::node alive
    std::vector<Statement> statements;
    std::vector<Comment> comments;
    std::optional<ParseError> error; // the first syntax error; then statements is empty
    QString unreadable; // why the bytes are not SQL text (binary, bad UTF-8), or empty

    bool ok() const { return !error && unreadable.isEmpty(); }
    QString statementText(const Statement &statement) const;
};

struct ParseOptions
{
    bool collectComments = true;
};

// Parses a whole file with libpg_query. Never throws; syntax errors and unreadable input are
// reported in the result. Safe to call from several threads.
ParsedScript parseScript(QByteArray bytes, const QString &fileName = {}, const ParseOptions &options = {});

// The command tag PostgreSQL gives a statement node ("CREATE TABLE"), or the node type name.
QString commandTag(const PgQuery__Node *node);
QString nodeTypeName(const PgQuery__Node *node);

} // namespace migreview::sql
