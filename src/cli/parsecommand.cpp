// migreview parse PATH...: every statement's command tag and line range, and the syntax errors.
#include "commands.h"

#include "repository/sqlfiles.h"
#include "sql/sqlparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace migreview::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::cli", text);
}

QJsonObject positionJson(const sql::LineColumn &position)
{
    return {{QStringLiteral("line"), position.line}, {QStringLiteral("column"), position.column}};
}

} // namespace

int runParse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Parses every .sql file under each PATH with libpg_query (PostgreSQL 17's parser) "
                                        "and prints each statement's kind and line range, or the syntax error as "
                                        "file:line:column. Exits 1 when a file has a syntax error or cannot be read."));
    parser.addHelpOption();
    QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("A .sql file or a folder searched for .sql files."), QStringLiteral("PATH..."));
    if (const std::optional<int> exit = parseCommandLine(parser, arguments, "parse"))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json") {
        QTextStream(stderr) << tr("migreview parse: --format must be text or json, not '%1'").arg(format) << '\n';
        return ExitUsage;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        QTextStream(stderr) << tr("migreview parse: give at least one PATH (a .sql file or a folder)") << '\n';
        return ExitUsage;
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool anyError = false;
    QJsonArray jsonFiles;
    for (const QString &path : paths) {
        QString listError;
        const QStringList files = repository::collectSqlFiles(path, &listError);
        if (!listError.isEmpty()) {
            err << "migreview parse: " << listError << '\n';
            return ExitUsage;
        }
        if (files.isEmpty())
            err << tr("migreview parse: %1: no .sql files found").arg(path) << '\n';
        for (const QString &file : files) {
            QJsonObject jsonFile{{QStringLiteral("file"), file}};
            const repository::FileContents contents = repository::readSqlFile(file);
            if (!contents.error.isEmpty()) {
                anyError = true;
                err << file << ": " << tr("error") << ": " << contents.error << '\n';
                jsonFile.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), contents.error}});
                jsonFiles.append(jsonFile);
                continue;
            }
            const sql::ParsedScript script = sql::parseScript(contents.bytes, file, {.collectComments = false});
            if (!script.unreadable.isEmpty()) {
                anyError = true;
                err << file << ": " << tr("error") << ": " << script.unreadable << '\n';
                jsonFile.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), script.unreadable}});
            } else {
                if (script.error) {
                    anyError = true;
                    QJsonArray jsonErrors;
                    for (const sql::ParseError &error : script.errors) {
                        err << file << ':' << error.location.line << ':' << error.location.column << ": " << tr("error") << ": "
                            << error.message << '\n';
                        QJsonObject jsonError = positionJson(error.location);
                        jsonError.insert(QStringLiteral("message"), error.message);
                        jsonErrors.append(jsonError);
                    }
                    jsonFile.insert(QStringLiteral("error"), jsonErrors.first());
                    jsonFile.insert(QStringLiteral("errors"), jsonErrors);
                }
                const auto statementJson = [](const sql::Statement &statement) {
                    return QJsonObject{{QStringLiteral("kind"), statement.commandTag},
                                       {QStringLiteral("node"), statement.nodeType},
                                       {QStringLiteral("begin"), positionJson(statement.range.begin)},
                                       {QStringLiteral("end"), positionJson(statement.range.end)}};
                };
                QJsonArray statements;
                for (const sql::Statement &statement : script.statements) {
                    if (format == u"text") {
                        out << file << ':' << statement.range.begin.line << ':' << statement.range.begin.column << '-'
                            << statement.range.end.line << ':' << statement.range.end.column << ": " << statement.commandTag
                            << '\n';
                    }
                    statements.append(statementJson(statement));
                }
                jsonFile.insert(QStringLiteral("statements"), statements);
                QJsonArray bodyStatements;
                for (const sql::Statement &statement : script.bodyStatements) {
                    QJsonObject json = statementJson(statement);
                    json.insert(QStringLiteral("origin"), originName(statement.origin));
                    json.insert(QStringLiteral("parent"), statement.parent);
                    json.insert(QStringLiteral("exact"), statement.locationBase >= 0);
                    bodyStatements.append(json);
                }
                if (!bodyStatements.isEmpty())
                    jsonFile.insert(QStringLiteral("body_statements"), bodyStatements);
            }
            jsonFiles.append(jsonFile);
        }
    }
    if (format == u"json")
        out << QJsonDocument(QJsonObject{{QStringLiteral("files"), jsonFiles}}).toJson(QJsonDocument::Indented);
    return anyError ? ExitFindings : ExitOk;
}

} // namespace migreview::cli
