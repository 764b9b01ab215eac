#pragma once

#include <QJsonArray>

// The runbook of a review (docs/report.md, "Runbook"): ordered steps to run the migrations on
// production: pre-checks, the commands, post-checks, the triggers to roll back on, and the
// rollback itself (the down scripts, newest first).
namespace migreview::report {

struct ReviewInput;

// Each step: {"step": n, "kind": "pre-check" | "command" | "post-check" | "rollback-trigger" |
// "rollback", "title", "sql" (may be empty), "command" (may be empty), "file", "expect"}.
QJsonArray buildRunbook(const ReviewInput &input);

} // namespace migreview::report
