#pragma once

#include "sqlparser.h"

namespace migreview::sql {

// Reads and parses one file; a file that cannot be read is reported in ParsedScript::unreadable.
ParsedScript parseFile(const QString &path, const ParseOptions &options = {});

} // namespace migreview::sql
