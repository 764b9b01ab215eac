#pragma once

#include "rule.h"

namespace migreview::rules {

// Every rule, sorted by id; built once, shared, immutable.
const std::vector<std::unique_ptr<Rule>> &allRules();
const Rule *findRule(const QString &id);

// Built-in rule ids for what the linter itself reports (no Rule class checks these).
inline const QString SyntaxErrorRule = QStringLiteral("syntax-error");
inline const QString UnreadableFileRule = QStringLiteral("unreadable-file");
inline const QString LayoutProblemRule = QStringLiteral("migration-layout-problem");
inline const QString HistoryChangedRule = QStringLiteral("migration-history-changed");

} // namespace migreview::rules
