#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

// Each CLI command takes its own arguments (after the command name) and returns the exit code.
// Exit codes: 0 success, 1 findings/errors in the input, 2 bad usage or unreadable input.
namespace migreview::cli {

enum ExitCode {
    ExitOk = 0,
    ExitFindings = 1,
    ExitUsage = 2,
};

// Parses a command's arguments ("migreview COMMAND ..." in messages and --help). Returns the exit
// code when the command is done already: a usage error (printed) or --help (help printed).
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const char *command);

int runParse(const QStringList &arguments);
int runLint(const QStringList &arguments);
int runRules(const QStringList &arguments);
int runSnapshot(const QStringList &arguments);
int runEstimate(const QStringList &arguments);
int runGraph(const QStringList &arguments);
int runTrace(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runSign(const QStringList &arguments);
int runVerify(const QStringList &arguments);

} // namespace migreview::cli
