// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the form GitHub
// code scanning accepts: one run, the rules in tool.driver.rules, results pointing at them.
#include "lintformats.h"

#include "rules/registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace migreview::report {

using rules::Finding;

namespace {

// A relative path as a URI reference: spaces, '#', '%' and non-ASCII characters percent-encoded
// (SARIF's artifactLocation.uri is a URI, and '#' would otherwise start a fragment).
QString relativeUri(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

QString directoryUri(QString directory)
{
    if (!directory.endsWith(u'/'))
        directory += u'/';
    return QUrl::fromLocalFile(directory).toString(QUrl::FullyEncoded);
}


QString sarifLevel(rules::Level level)
{
    switch (level) {
    case rules::Level::Error:
        return QStringLiteral("error");
    case rules::Level::Warning:
        return QStringLiteral("warning");
    case rules::Level::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("none");
}

QJsonObject ruleDescriptor(const QString &id, const QString &summary, const QString &rationale, rules::Level level, rules::SeverityClass severity)
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), id},
        {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), summary.isEmpty() ? id : summary}}},
        {QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), rationale.isEmpty() ? id : rationale}}},
        {QStringLiteral("helpUri"), QStringLiteral("https://github.com/migreview/migreview/blob/main/docs/rules/%1.md").arg(id)},
        {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), sarifLevel(level)}}},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("tags"), QJsonArray{rules::severityName(severity)}}}},
    };
}

} // namespace

QByteArray formatSarif(const lint::LintResult &result, const FormatOptions &options)
{
    QJsonArray ruleList;
    QHash<QString, int> ruleIndex;
    auto indexOf = [&](const Finding &f) {
        const auto it = ruleIndex.constFind(f.rule);
        if (it != ruleIndex.constEnd())
            return *it;
        QString summary;
        if (const rules::Rule *rule = rules::findRule(f.rule))
            summary = rule->info().summary;
        ruleList.append(ruleDescriptor(f.rule, summary, f.rationale, f.level, f.severity));
        const int index = int(ruleList.size()) - 1;
        ruleIndex.insert(f.rule, index);
        return index;
    };
    QJsonArray results;
    for (const Finding &f : result.findings) {
        QJsonObject region{{QStringLiteral("startLine"), std::max(1, f.range.begin.line)},
                           {QStringLiteral("startColumn"), std::max(1, f.range.begin.column)}};
        if (f.range.end.line >= f.range.begin.line && f.range.end.line > 0) {
            region.insert(QStringLiteral("endLine"), f.range.end.line);
            // SARIF's endColumn is exclusive.
            region.insert(QStringLiteral("endColumn"), std::max(1, f.range.end.column) + 1);
        }
        QJsonObject location{{QStringLiteral("physicalLocation"),
                              QJsonObject{{QStringLiteral("artifactLocation"),
                                           QJsonObject{{QStringLiteral("uri"), f.file.isEmpty() ? QStringLiteral(".") : relativeUri(f.file)},
                                                       {QStringLiteral("uriBaseId"), QStringLiteral("SRCROOT")}}},
                                          {QStringLiteral("region"), region}}}};
        QString text = f.message;
        if (!f.fix.isEmpty())
            text += u"\n\nFix:\n" + f.fix;
        QJsonObject sarifResult{
            {QStringLiteral("ruleId"), f.rule},
            {QStringLiteral("ruleIndex"), indexOf(f)},
            {QStringLiteral("level"), sarifLevel(f.level)},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), text}}},
            {QStringLiteral("locations"), QJsonArray{location}},
        };
        if (f.change != rules::Change::None) {
            // Code scanning's view of a pull request: findings in added migrations (and the
            // deletion of one) are new; in edited migrations, updated; the rest was there before.
            sarifResult.insert(QStringLiteral("baselineState"), f.change == rules::Change::Added || f.change == rules::Change::Deleted ? QStringLiteral("new")
                                                                : f.change == rules::Change::Context ? QStringLiteral("unchanged")
                                                                                                     : QStringLiteral("updated"));
            sarifResult.insert(QStringLiteral("properties"), QJsonObject{{QStringLiteral("change"), rules::changeName(f.change)}});
        }
        if (f.suppressed) {
            sarifResult.insert(QStringLiteral("suppressions"),
                               QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("inSource")},
                                                      {QStringLiteral("justification"), f.suppressedBy}}});
        }
        results.append(sarifResult);
    }
    QJsonObject run{
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("driver"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("migreview")},
                                  {QStringLiteral("version"), options.toolVersion.isEmpty() ? QStringLiteral("0") : options.toolVersion},
                                  {QStringLiteral("informationUri"), QStringLiteral("https://github.com/migreview/migreview")},
                                  {QStringLiteral("rules"), ruleList}}}}},
        {QStringLiteral("results"), results},
    };
    if (!options.repositoryRoot.isEmpty()) {
        QString root = options.repositoryRoot;
        if (!root.endsWith(u'/'))
            root += u'/';
        run.insert(QStringLiteral("originalUriBaseIds"),
                   QJsonObject{{QStringLiteral("SRCROOT"), QJsonObject{{QStringLiteral("uri"), directoryUri(root)}}}});
    }
    const QJsonObject log{
        {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

QByteArray formatMarkdown(const lint::LintResult &result, const FormatOptions &options)
{
    QByteArray out = "## migreview\n\n";
    const int errors = result.count(rules::Level::Error), warnings = result.count(rules::Level::Warning),
              infos = result.count(rules::Level::Info);
    if (errors + warnings + infos == 0) {
        out += QStringLiteral("No findings in %1 file(s).\n").arg(result.scripts.size()).toUtf8();
        return out;
    }
    out += QStringLiteral("**%1 error(s), %2 warning(s), %3 info** in %4 file(s).\n\n")
               .arg(errors)
               .arg(warnings)
               .arg(infos)
               .arg(result.scripts.size())
               .toUtf8();
    QString currentFile;
    for (const Finding &f : result.findings) {
        if (f.suppressed && !options.showSuppressed)
            continue;
        if (f.file != currentFile) {
            currentFile = f.file;
            out += "### `" + f.file.toUtf8() + "`\n\n";
        }
        const char *icon = f.level == rules::Level::Error ? "🛑" : f.level == rules::Level::Warning ? "⚠️" : "ℹ️";
        out += QStringLiteral("- %1 **%2** line %3: %4 ([`%5`](docs/rules/%5.md), %6)\n")
                   .arg(QString::fromUtf8(icon), rules::levelName(f.level))
                   .arg(f.range.begin.line)
                   .arg(f.message.toHtmlEscaped(), f.rule, rules::severityName(f.severity))
                   .toUtf8();
        if (!f.fix.isEmpty())
            out += "  <details><summary>Safe rewrite</summary>\n\n  ```sql\n  " + QString(f.fix).replace(u'\n', QStringLiteral("\n  ")).toUtf8()
                + "\n  ```\n  </details>\n";
    }
    return out;
}

} // namespace migreview::report
