#pragma once

// Internals shared by sqlparser.cpp and plpgsqlbodies.cpp.
#include "sqlparser.h"

#include <mutex>

namespace migreview::sql::detail {

// libpg_query redirects the process's stderr while it parses, which is not safe to do from two
// threads at once; everything else in it is thread-local.
std::mutex &parserMutex();

SourceRange makeRange(const SourceText &source, int begin, int end);

// Where parsed text sits in the file and what its statements are.
struct TextPlace
{
    int base = 0; // file byte offset of the text's first byte, or -1 when the text has no exact place
    SourceRange fallback; // the range given to statements and errors when base is -1
    StatementOrigin origin = StatementOrigin::TopLevel;
    int parent = -1;
    bool guarded = false;
};

// Parses text (NUL-terminated) with libpg_query and appends its statements to out and its syntax
// errors to script.errors. With recover, text that does not parse as a whole is split at statement
// boundaries by the scanner and each piece is parsed on its own. Returns whether all of it parsed.
bool parseSqlText(ParsedScript &script, const QByteArray &text, const TextPlace &place, std::vector<Statement> &out, bool recover);

// Fills script.bodyStatements (and adds body comments and errors) from the DO blocks and function
// bodies among script.statements.
void parseBodies(ParsedScript &script, bool collectComments);

// Appends the comments found by the scanner in text (placed at base in the file) to script.comments.
void scanComments(ParsedScript &script, const QByteArray &text, int base);

} // namespace migreview::sql::detail
