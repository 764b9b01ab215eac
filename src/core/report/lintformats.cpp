#include "lintformats.h"

#include <QHash>

#include "rules/registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace migreview::report {

using rules::Finding;
using rules::Level;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::report", text);
}

QByteArray colored(const QByteArray &text, const char *code, bool color)
{
    return color ? QByteArray("\x1b[") + code + 'm' + text + "\x1b[0m" : text;
}

const char *levelColor(Level level)
{
    return level == Level::Error ? "1;31" : level == Level::Warning ? "1;33" : "1;36";
}

// "file:line:col: level: message [rule]", the source line, a caret underline, then the fix.
QByteArray formatText(const lint::LintResult &result, const FormatOptions &options, bool gccOnly)
{
    QByteArray out;
    int shown = 0;
    QHash<QString, const lint::LintedScript *> scripts;
    for (const lint::LintedScript &script : result.scripts)
        scripts.insert(script.relativePath, &script);
    for (const Finding &f : result.findings) {
        if (f.suppressed && !options.showSuppressed)
            continue;
        ++shown;
        out += colored((f.file + u':' + QString::number(f.range.begin.line) + u':' + QString::number(f.range.begin.column) + u':').toUtf8(),
                       "1", options.color && !gccOnly);
        if (f.change != rules::Change::None) // a pull request's view: what the range did to the finding's migration
            out += " [" + rules::changeName(f.change).toUtf8() + ']';
        out += ' ' + colored(rules::levelName(f.level).toUtf8() + ':', levelColor(f.level), options.color && !gccOnly) + ' ';
        out += f.message.toUtf8() + " [" + f.rule.toUtf8() + ']';
        if (f.suppressed)
            out += " (" + tr("suppressed by %1").arg(f.suppressedBy).toUtf8() + ')';
        out += '\n';
        if (gccOnly)
            continue;
        const lint::LintedScript *script = scripts.value(f.file);
        if (script && script->parsed && script->parsed->source && f.range.begin.line > 0) {
            QString line = script->parsed->source->lineText(f.range.begin.line);
            if (!line.isEmpty()) {
                const QString gutter = QString::number(f.range.begin.line).rightJustified(5) + QStringLiteral(" | ");
                int start = std::max(1, f.range.begin.column);
                int stop = f.range.end.line == f.range.begin.line ? std::max(start, f.range.end.column) : int(line.size());
                // A very long line (generated SQL, 10,000 parentheses) is shown as a window of it
                // around the finding, marked with "..." where it was cut.
                constexpr int Window = 160;
                if (line.size() > Window) {
                    const int from = std::clamp(start - Window / 2, 0, int(line.size()) - Window);
                    const bool cutLeft = from > 0, cutRight = from + Window < line.size();
                    line = (cutLeft ? QStringLiteral("...") : QString()) + line.mid(from, Window) + (cutRight ? QStringLiteral("...") : QString());
                    start = start - from + (cutLeft ? 3 : 0);
                    stop = std::min(stop - from + (cutLeft ? 3 : 0), start + Window);
                }
                out += gutter.toUtf8() + line.toUtf8() + '\n';
                QString underline = QString(gutter.size() - 2, u' ') + QStringLiteral("| ") + QString(start - 1, u' ')
                    + u'^' + QString(std::max(0, stop - start), u'~');
                out += colored(underline.toUtf8(), levelColor(f.level), options.color) + '\n';
            }
        }
        if (!f.fix.isEmpty()) {
            QString fix = f.fix;
            // Continuation lines line up under the fix, however long the translated label is.
            const QString label = tr("fix");
            const QString indent = u'\n' + QString(8 + label.size() + 2, u' ');
            out += "      = " + colored(label.toUtf8() + ':', "1;32", options.color) + ' ' + fix.replace(u'\n', indent).toUtf8() + '\n';
        }
    }
    if (!gccOnly) {
        const int errors = result.count(Level::Error), warnings = result.count(Level::Warning), infos = result.count(Level::Info);
        const int suppressed = int(std::count_if(result.findings.begin(), result.findings.end(), [](const Finding &f) { return f.suppressed && f.inScope(); }));
        if (result.isRange()) {
            int added = 0, modified = 0, deleted = 0;
            for (const lint::ReviewedMigration &migration : result.migrations) {
                added += migration.change == rules::Change::Added;
                modified += migration.change == rules::Change::Modified;
                deleted += migration.change == rules::Change::Deleted;
            }
            const int context = int(std::count_if(result.findings.begin(), result.findings.end(), [](const Finding &f) { return !f.inScope(); }));
            out += tr("pull request %1 (%2..%3): %4 migration(s) added, %5 modified, %6 deleted")
                       .arg(result.gitRange, result.gitBase, result.gitHead)
                       .arg(added)
                       .arg(modified)
                       .arg(deleted)
                       .toUtf8();
            if (context > 0)
                out += tr("; %1 finding(s) outside the range shown as context, not counted").arg(context).toUtf8();
            out += '\n';
        }
        out += tr("%1 file(s), %2 statement(s): %3 error(s), %4 warning(s), %5 info, %6 suppressed")
                   .arg(result.scripts.size())
                   .arg(result.statementCount)
                   .arg(errors)
                   .arg(warnings)
                   .arg(infos)
                   .arg(suppressed)
                   .toUtf8()
            + '\n';
        Q_UNUSED(shown)
    }
    return out;
}

QJsonObject findingJson(const Finding &f)
{
    return {
        {QStringLiteral("rule"), f.rule},
        {QStringLiteral("level"), rules::levelName(f.level)},
        {QStringLiteral("severity"), rules::severityName(f.severity)},
        {QStringLiteral("file"), f.file},
        {QStringLiteral("migration"), f.migration},
        {QStringLiteral("line"), f.range.begin.line},
        {QStringLiteral("column"), f.range.begin.column},
        {QStringLiteral("end_line"), f.range.end.line},
        {QStringLiteral("end_column"), f.range.end.column},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("rationale"), f.rationale},
        {QStringLiteral("fix"), f.fix},
        {QStringLiteral("suppressed"), f.suppressed},
        {QStringLiteral("suppressed_by"), f.suppressedBy},
    };
}

QJsonObject findingJson(const Finding &f, bool range)
{
    QJsonObject object = findingJson(f);
    if (range)
        object.insert(QStringLiteral("change"), rules::changeName(f.change));
    return object;
}

QByteArray formatJson(const lint::LintResult &result, const FormatOptions &options)
{
    QJsonArray findings;
    for (const Finding &f : result.findings)
        findings.append(findingJson(f, result.isRange()));
    QJsonArray files;
    for (const lint::LintedScript &script : result.scripts)
        files.append(script.relativePath);
    QJsonArray migrations;
    for (const lint::ReviewedMigration &migration : result.migrations) {
        QJsonObject object{{QStringLiteral("id"), migration.id}, {QStringLiteral("files"), QJsonArray::fromStringList(migration.files)}};
        if (result.isRange())
            object.insert(QStringLiteral("change"), rules::changeName(migration.change));
        migrations.append(object);
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("migreview-lint")},
        {QStringLiteral("version"), LintJsonVersion},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("migreview")}, {QStringLiteral("version"), options.toolVersion}}},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("files"), int(result.scripts.size())},
                     {QStringLiteral("statements"), result.statementCount},
                     {QStringLiteral("errors"), result.count(Level::Error)},
                     {QStringLiteral("warnings"), result.count(Level::Warning)},
                     {QStringLiteral("infos"), result.count(Level::Info)}}},
        {QStringLiteral("files"), files},
        {QStringLiteral("migrations"), migrations},
        {QStringLiteral("findings"), findings},
    };
    if (result.isRange()) {
        root.insert(QStringLiteral("range"), QJsonObject{{QStringLiteral("spec"), result.gitRange},
                                                         {QStringLiteral("base"), result.gitBase},
                                                         {QStringLiteral("head"), result.gitHead}});
        QJsonObject summary = root.value(u"summary").toObject();
        summary.insert(QStringLiteral("context"), int(std::count_if(result.findings.begin(), result.findings.end(), [](const Finding &f) { return !f.inScope(); })));
        root.insert(QStringLiteral("summary"), summary);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

std::optional<LintFormat> lintFormatFromName(const QString &name)
{
    if (name == u"text")
        return LintFormat::Text;
    if (name == u"json")
        return LintFormat::Json;
    if (name == u"sarif")
        return LintFormat::Sarif;
    if (name == u"markdown")
        return LintFormat::Markdown;
    if (name == u"gcc")
        return LintFormat::Gcc;
    return std::nullopt;
}

QByteArray formatSarif(const lint::LintResult &result, const FormatOptions &options);
QByteArray formatMarkdown(const lint::LintResult &result, const FormatOptions &options);

QByteArray formatLint(const lint::LintResult &result, LintFormat format, const FormatOptions &options)
{
    switch (format) {
    case LintFormat::Text:
        return formatText(result, options, false);
    case LintFormat::Gcc:
        return formatText(result, options, true);
    case LintFormat::Json:
        return formatJson(result, options);
    case LintFormat::Sarif:
        return formatSarif(result, options);
    case LintFormat::Markdown:
        return result.isRange() ? pullRequestSummary(result, options) : formatMarkdown(result, options);
    }
    return {};
}

} // namespace migreview::report
