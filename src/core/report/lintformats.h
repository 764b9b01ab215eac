#pragma once

#include "lint/linter.h"

namespace migreview::estimate {
struct EstimateReport;
}

#include <QByteArray>

namespace migreview::report {

enum class LintFormat { Text, Json, Sarif, Markdown, Gcc };
std::optional<LintFormat> lintFormatFromName(const QString &name);

struct FormatOptions
{
    bool color = false; // ANSI colours (text only), for a terminal
    bool showSuppressed = false; // list suppressed findings too (JSON and SARIF always include them, marked)
    QString repositoryRoot; // for SARIF artifact locations
    QString toolVersion;
    // Locks and hold times per statement, for the pull-request summary (markdown with a range);
    // null: the summary names no locks.
    const estimate::EstimateReport *estimate = nullptr;
};

// GitHub's limit for a comment body; the pull-request summary stays within it.
inline constexpr int PullRequestSummaryLimit = 65536;

// The version of the JSON format (docs/lint-json.md); bump on incompatible changes.
inline constexpr int LintJsonVersion = 1;

QByteArray formatLint(const lint::LintResult &result, LintFormat format, const FormatOptions &options);

// The summary a reviewer pastes into a pull request (GitHub-flavoured markdown, at most
// PullRequestSummaryLimit characters): the migrations the range added or modified, the
// strongest lock each takes and on which table, the estimated hold time when the estimate has
// statistics, errors and warnings by class, and per migration its findings and safe rewrites.
QByteArray pullRequestSummary(const lint::LintResult &result, const FormatOptions &options);
// The same as Qt rich text, for the workbench: links "migreview-open:FILE?line=N" open a statement.
QString pullRequestSummaryHtml(const lint::LintResult &result, const FormatOptions &options);

} // namespace migreview::report
