#pragma once

// Internals shared by sqlparser.cpp and plpgsqlbodies.cpp.
#include "sqlparser.h"


namespace migreview::sql::detail {

// libpg_query 17 keeps its parser state in thread-local variables and no longer swaps the
// process's stderr while parsing (Debian's build imports neither pipe nor dup2), so files are
// parsed on all cores without a lock; tst_sqlparser parses from many threads at once.

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

// Cuts text into [begin, end) byte ranges of at least chunkBytes (the last may be shorter) at
// statement boundaries found by the scanner; one range for the whole text when it is no larger
// than chunkBytes or the scanner fails.
std::vector<std::pair<int, int>> chunksAtStatementBoundaries(const QByteArray &text, int chunkBytes);

// Parses text (NUL-terminated) with libpg_query and appends its statements to out and its syntax
// errors to script.errors. With recover, text that does not parse as a whole is split at statement
// boundaries by the scanner and each piece is parsed on its own. Returns whether all of it parsed.
bool parseSqlText(ParsedScript &script, const QByteArray &text, const TextPlace &place, std::vector<Statement> &out, bool recover);

// Fills script.bodyStatements (and adds body comments and errors) from the DO blocks and function
// bodies among script.statements.
void parseBodies(ParsedScript &script, const ParseOptions &options);

// Appends the comments found by the scanner in text (placed at base in the file) to script.comments.
void scanComments(ParsedScript &script, const QByteArray &text, int base);

} // namespace migreview::sql::detail
