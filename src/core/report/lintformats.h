#pragma once

#include "lint/linter.h"

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
};

// The version of the JSON format (docs/lint-json.md); bump on incompatible changes.
inline constexpr int LintJsonVersion = 1;

QByteArray formatLint(const lint::LintResult &result, LintFormat format, const FormatOptions &options);

} // namespace migreview::report
