#pragma once

#include "rules/finding.h"
#include "sql/sqlparser.h"

#include <vector>

namespace migreview::lint {

// Applies inline suppressions to a script's findings: "-- migreview:ignore rule[, rule]" (next
// statement), "-- migreview:ignore-file [rule, ...]", and squawk's "-- squawk-ignore rule" and
// "-- squawk-ignore-file" forms, Eugene's "-- eugene: ignore [E2, E4]" (next statement; its ids
// mapped to our rules, docs/configuration.md) and diesel-guard's "-- safety-assured:start" ...
// "-- safety-assured:end" blocks (every statement starting inside). With no rule named, every rule
// is suppressed. Suppressed findings are kept and marked.
void applySuppressions(const sql::ParsedScript &parsed, std::vector<rules::Finding> &findings);

// Whether a file can hold suppressions at all; parsing skips collecting comments otherwise.
bool mayContainSuppressions(const QByteArray &bytes);

} // namespace migreview::lint
