// The pull-request summary: what a reviewer pastes into the pull request. GitHub-flavoured
// markdown: a table of the range's migrations, the findings by class, and per migration a
// collapsible list of its findings with their safe rewrites, within GitHub's comment limit.
#include "lintformats.h"

#include "estimate/estimator.h"
#include "estimateformats.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QUrl>

#include <array>

namespace migreview::report {

using rules::Finding;
using rules::Level;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("migreview::report", text, disambiguation, n);
}

QString levelIcon(Level level)
{
    return level == Level::Error ? QStringLiteral("🛑") : level == Level::Warning ? QStringLiteral("⚠️") : QStringLiteral("ℹ️");
}

// Table cells and summaries: no pipes or newlines, HTML escaped.
QString cell(const QString &text)
{
    return QString(text).replace(u'\n', u' ').replace(u'|', QStringLiteral("\\|")).toHtmlEscaped();
}

struct MigrationLocks
{
    locks::LockMode strongest = locks::LockMode::None;
    QString table;
    estimate::Duration longestHold; // of any lock the migration takes, to its commit
};

QHash<QString, MigrationLocks> locksByMigration(const estimate::EstimateReport *report)
{
    QHash<QString, MigrationLocks> result;
    if (!report)
        return result;
    for (const estimate::StatementEstimate &statement : report->statements) {
        MigrationLocks &entry = result[statement.migration];
        for (const locks::RelationLock &lock : statement.locks) {
            if (lock.mode > entry.strongest) {
                entry.strongest = lock.mode;
                entry.table = lock.relation;
            }
        }
        const estimate::Duration &held = statement.inTransaction ? statement.hold : statement.duration;
        if (!statement.locks.empty() && held.known && (!entry.longestHold.known || held.expected > entry.longestHold.expected))
            entry.longestHold = held;
    }
    return result;
}

QString counts(int errors, int warnings, int infos)
{
    QStringList parts;
    if (errors)
        parts << tr("%n error(s)", nullptr, errors);
    if (warnings)
        parts << tr("%n warning(s)", nullptr, warnings);
    if (infos)
        parts << tr("%n info", nullptr, infos);
    return parts.isEmpty() ? tr("no findings") : parts.join(QStringLiteral(", "));
}

QString findingLine(const Finding &f)
{
    QString line = QStringLiteral("- %1 **%2** `%3` line %4: %5 ([`%6`](https://github.com/migreview/migreview/blob/main/docs/rules/%6.md), %7)\n")
                       .arg(levelIcon(f.level), rules::levelName(f.level), f.file)
                       .arg(f.range.begin.line)
                       .arg(f.message.toHtmlEscaped(), f.rule, rules::severityName(f.severity));
    if (!f.fix.isEmpty())
        line += QStringLiteral("\n  ```sql\n  %1\n  ```\n").arg(QString(f.fix).replace(u'\n', QStringLiteral("\n  ")));
    return line;
}

// What both renderings show: the range's migrations, their findings and locks, the classes.
struct SummaryModel
{
    QList<const lint::ReviewedMigration *> reviewed;
    int added = 0, modified = 0, deleted = 0;
    QHash<QString, QList<const Finding *>> findingsOf; // by migration id, in scope and shown
    QMap<QString, std::pair<int, int>> byClass; // severity -> errors, warnings
    QHash<QString, MigrationLocks> locksOf;
    bool withStatistics = false;
};

SummaryModel summaryModel(const lint::LintResult &result, const FormatOptions &options)
{
    SummaryModel model;
    model.locksOf = locksByMigration(options.estimate);
    model.withStatistics = options.estimate && !options.estimate->statsSource.isEmpty();
    for (const lint::ReviewedMigration &migration : result.migrations) {
        if (migration.change == rules::Change::Context || migration.change == rules::Change::None)
            continue;
        model.reviewed << &migration;
        model.added += migration.change == rules::Change::Added;
        model.modified += migration.change == rules::Change::Modified;
        model.deleted += migration.change == rules::Change::Deleted;
    }
    QHash<QString, QString> migrationOfFile;
    for (const lint::ReviewedMigration &migration : result.migrations) {
        for (const QString &file : migration.files)
            migrationOfFile.insert(file, migration.id);
    }
    for (const Finding &f : result.findings) {
        if (!f.inScope() || (f.suppressed && !options.showSuppressed))
            continue;
        model.findingsOf[migrationOfFile.value(f.file, f.migration)] << &f;
        if (!f.suppressed && f.level != Level::Info) {
            auto &entry = model.byClass[rules::severityName(f.severity)];
            (f.level == Level::Error ? entry.first : entry.second) += 1;
        }
    }
    return model;
}

std::array<int, 3> levelCounts(const QList<const Finding *> &findings)
{
    std::array<int, 3> counts{0, 0, 0};
    for (const Finding *f : findings) {
        if (!f->suppressed)
            ++counts[size_t(f->level)];
    }
    return counts;
}

QString lockCell(const MigrationLocks &lock, bool code)
{
    if (lock.strongest == locks::LockMode::None)
        return tr("none");
    return code ? tr("%1 on `%2`").arg(locks::lockModeName(lock.strongest), cell(lock.table))
                : tr("%1 on %2").arg(locks::lockModeName(lock.strongest), lock.table.toHtmlEscaped());
}

QString holdCell(const MigrationLocks &lock, bool withStatistics)
{
    if (!withStatistics || lock.strongest == locks::LockMode::None)
        return QStringLiteral("—");
    return lock.longestHold.known ? tr("~%1 (%2 to %3)").arg(humanTime(lock.longestHold.expected), humanTime(lock.longestHold.low), humanTime(lock.longestHold.high))
                                  : tr("unknown");
}

} // namespace

QString pullRequestSummaryHtml(const lint::LintResult &result, const FormatOptions &options)
{
    const SummaryModel model = summaryModel(result, options);
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Pull request %1").arg(result.gitRange.toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 (BASE) to %2 (HEAD): <b>%3 migration(s)</b> changed (%4 added, %5 modified, %6 deleted); <b>%7</b>.")
                         .arg(result.gitBase, result.gitHead)
                         .arg(model.reviewed.size())
                         .arg(model.added)
                         .arg(model.modified)
                         .arg(model.deleted)
                         .arg(counts(result.count(Level::Error), result.count(Level::Warning), result.count(Level::Info))));
    html += QStringLiteral("<p>%1</p>")
                .arg(model.withStatistics ? tr("Hold times estimated from the statistics of %1.").arg(options.estimate->statsSource.toHtmlEscaped())
                                          : tr("No statistics: hold times are not estimated (File › Load Statistics)."));
    if (model.reviewed.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("The range adds or changes no migration."));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(tr("Migration"), tr("Change"), tr("Strongest lock"), tr("Estimated hold"), tr("Errors"), tr("Warnings"));
    for (const lint::ReviewedMigration *migration : std::as_const(model.reviewed)) {
        const auto levels = levelCounts(model.findingsOf.value(migration->id));
        const QString first = migration->files.value(0);
        html += QStringLiteral("<tr><td><a href=\"migreview-open:%1?line=1\">%2</a></td><td>%3</td><td>%4</td><td>%5</td><td align=\"right\">%6</td><td align=\"right\">%7</td></tr>")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(first, "/")), migration->id.toHtmlEscaped(), rules::changeName(migration->change),
                         lockCell(model.locksOf.value(migration->id), false), holdCell(model.locksOf.value(migration->id), model.withStatistics))
                    .arg(levels[0])
                    .arg(levels[1]);
    }
    html += QStringLiteral("</table>");
    if (!model.byClass.isEmpty()) {
        QStringList classes;
        for (auto it = model.byClass.constBegin(); it != model.byClass.constEnd(); ++it)
            classes << tr("%1: %2").arg(it.key(), counts(it->first, it->second, 0));
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("By class:"), classes.join(QStringLiteral(" · ")));
    }
    for (const lint::ReviewedMigration *migration : std::as_const(model.reviewed)) {
        const QList<const Finding *> findings = model.findingsOf.value(migration->id);
        const auto levels = levelCounts(findings);
        html += QStringLiteral("<h4>%1 (%2): %3</h4><ul>").arg(migration->id.toHtmlEscaped(), rules::changeName(migration->change), counts(levels[0], levels[1], levels[2]));
        for (const Finding *f : findings) {
            html += QStringLiteral("<li>%1 <a href=\"migreview-open:%2?line=%3\">%4:%3</a>: %5 <i>[%6]</i>")
                        .arg(levelIcon(f->level), QString::fromLatin1(QUrl::toPercentEncoding(f->file, "/")))
                        .arg(f->range.begin.line)
                        .arg(f->file.toHtmlEscaped(), f->message.toHtmlEscaped(), f->rule);
            if (!f->fix.isEmpty())
                html += QStringLiteral("<pre>%1</pre>").arg(f->fix.toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QByteArray pullRequestSummary(const lint::LintResult &result, const FormatOptions &options)
{
    const SummaryModel model = summaryModel(result, options);
    const QList<const lint::ReviewedMigration *> &reviewed = model.reviewed;
    const bool withStatistics = model.withStatistics;
    const int added = model.added, modified = model.modified, deleted = model.deleted;
    const QHash<QString, QList<const Finding *>> &findingsOf = model.findingsOf;
    const QMap<QString, std::pair<int, int>> &byClass = model.byClass;

    QString head = tr("## migreview: pull request `%1`\n\n").arg(result.gitRange);
    head += tr("Compared %1 (BASE) with %2 (HEAD): **%3 migration(s)** changed (%4 added, %5 modified, %6 deleted); **%7**.")
                .arg(result.gitBase, result.gitHead)
                .arg(reviewed.size())
                .arg(added)
                .arg(modified)
                .arg(deleted)
                .arg(counts(result.count(Level::Error), result.count(Level::Warning), result.count(Level::Info)));
    head += withStatistics ? tr(" Hold times estimated from the statistics of %1.").arg(cell(options.estimate->statsSource))
                           : tr(" No statistics were given: hold times are not estimated (pass --stats FILE).");
    head += QStringLiteral("\n\n");
    if (reviewed.isEmpty()) {
        head += tr("The range adds or changes no migration.\n");
        return head.toUtf8();
    }

    head += tr("| Migration | Change | Strongest lock | Estimated hold | Errors | Warnings |\n");
    head += QStringLiteral("|---|---|---|---|---:|---:|\n");
    for (const lint::ReviewedMigration *migration : std::as_const(reviewed)) {
        const auto levels = levelCounts(findingsOf.value(migration->id));
        const MigrationLocks lock = model.locksOf.value(migration->id);
        head += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(cell(migration->id), rules::changeName(migration->change), lockCell(lock, true), holdCell(lock, withStatistics))
                    .arg(levels[0])
                    .arg(levels[1]);
    }
    if (!byClass.isEmpty()) {
        QStringList classes;
        for (auto it = byClass.constBegin(); it != byClass.constEnd(); ++it)
            classes << tr("%1: %2").arg(it.key(), counts(it->first, it->second, 0));
        head += QStringLiteral("\n") + tr("**By class:** %1").arg(classes.join(QStringLiteral(" · "))) + QStringLiteral("\n");
    }
    head += QStringLiteral("\n");

    // One collapsible section per migration, errors open; as many as fit in the limit.
    const QString truncatedNote = tr("\n> Truncated: %1 more migration(s) not shown, to stay within GitHub's %2 characters. "
                                     "`migreview lint --git-range %3` lists every finding.\n");
    QString body;
    int shown = 0;
    for (const lint::ReviewedMigration *migration : std::as_const(reviewed)) {
        const QList<const Finding *> findings = findingsOf.value(migration->id);
        const auto levels = levelCounts(findings);
        const int errors = levels[0], warnings = levels[1], infos = levels[2];
        QString section = QStringLiteral("<details%1><summary>%2 <b>%3</b> (%4): %5</summary>\n\n")
                              .arg(errors ? QStringLiteral(" open") : QString(),
                                   errors ? levelIcon(Level::Error) : warnings ? levelIcon(Level::Warning) : QStringLiteral("✅"),
                                   cell(migration->id), rules::changeName(migration->change), counts(errors, warnings, infos));
        section += tr("Files: %1\n\n").arg(QStringLiteral("`") + migration->files.join(QStringLiteral("`, `")) + QStringLiteral("`"));
        for (const Finding *f : findings)
            section += findingLine(*f);
        section += QStringLiteral("\n</details>\n\n");
        const qsizetype room = PullRequestSummaryLimit - head.size() - body.size() - truncatedNote.size() - 64;
        if (section.size() > room) {
            body += truncatedNote.arg(reviewed.size() - shown).arg(PullRequestSummaryLimit).arg(result.gitRange);
            break;
        }
        body += section;
        ++shown;
    }
    return (head + body).toUtf8();
}

} // namespace migreview::report
