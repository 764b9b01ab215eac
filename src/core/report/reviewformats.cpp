#include "report/reviewformats.h"

#include "estimate/estimator.h"
#include "report/estimateformats.h"
#include "report/lintformats.h"
#include "rules/finding.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace migreview::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::report", text);
}

// Markdown table cells: no pipes or line breaks.
QString cell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

} // namespace

QString expectedTime(const QJsonValue &duration)
{
    return duration.isObject() ? humanTime(duration.toObject().value(u"expected").toDouble()) : tr("unknown");
}

QStringList summaryCells(const QJsonObject &summary)
{
    QStringList cells;
    for (const char *key : {"migrations", "statements", "errors", "warnings", "infos", "suppressed"})
        cells << QString::number(summary.value(QLatin1StringView(key)).toInt());
    const QJsonValue expected = summary.value(u"expected_duration_ms");
    cells << (expected.isDouble() ? humanTime(expected.toDouble()) : tr("unknown (no statistics)"));
    return cells;
}

std::optional<ReviewFormat> reviewFormatFromName(const QString &name)
{
    if (name == u"json")
        return ReviewFormat::Json;
    if (name == u"html")
        return ReviewFormat::Html;
    if (name == u"pdf")
        return ReviewFormat::Pdf;
    if (name == u"sarif")
        return ReviewFormat::Sarif;
    if (name == u"markdown")
        return ReviewFormat::Markdown;
    return std::nullopt;
}

namespace {

estimate::Duration durationFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return estimate::Duration::unknown({});
    return {value[u"low"].toDouble(), value[u"expected"].toDouble(), value[u"high"].toDouble(), true, {}};
}

rules::Change changeFrom(const QString &name)
{
    for (const rules::Change change : {rules::Change::Added, rules::Change::Modified, rules::Change::Deleted, rules::Change::Context}) {
        if (rules::changeName(change) == name)
            return change;
    }
    return rules::Change::None;
}

// A saved review of a pull request as the summary's inputs: its findings, migrations and locks.
QString pullRequestSummaryOf(const QJsonObject &review)
{
    lint::LintResult lint;
    const QJsonObject repository = review.value(u"repository").toObject();
    lint.gitRange = repository.value(u"range").toString();
    lint.gitHead = repository.value(u"range_head").toString();
    lint.gitBase = repository.value(u"range_base").toString();
    for (const QJsonValue &value : review.value(u"migrations").toArray())
        lint.migrations.push_back({value[u"id"].toString(), changeFrom(value[u"change"].toString()), {}});
    for (qsizetype i = 0; i < review.value(u"migrations").toArray().size(); ++i) {
        for (const QJsonValue &file : review.value(u"migrations").toArray().at(i)[u"files"].toArray())
            lint.migrations[size_t(i)].files << file.toString();
    }
    for (const QJsonValue &value : review.value(u"findings").toArray()) {
        rules::Finding finding;
        finding.rule = value[u"rule"].toString();
        finding.level = rules::levelFromName(value[u"level"].toString()).value_or(rules::Level::Warning);
        for (const rules::SeverityClass severity : {rules::SeverityClass::Downtime, rules::SeverityClass::DataLoss, rules::SeverityClass::Performance, rules::SeverityClass::Safety}) {
            if (rules::severityName(severity) == value[u"class"].toString())
                finding.severity = severity;
        }
        finding.file = value[u"file"].toString();
        finding.migration = value[u"migration"].toString();
        finding.range.begin.line = value[u"line"].toInt();
        finding.message = value[u"message"].toString();
        finding.fix = value[u"fix"].toString();
        finding.suppressed = value[u"suppressed"].toBool();
        finding.change = changeFrom(value[u"change"].toString());
        lint.findings.push_back(std::move(finding));
    }
    estimate::EstimateReport locksReport;
    locksReport.statsSource = review.value(u"statistics").toObject().value(u"source").toString();
    for (const QJsonValue &value : review.value(u"locks").toObject().value(u"statements").toArray()) {
        estimate::StatementEstimate statement;
        statement.migration = value[u"migration"].toString();
        statement.inTransaction = value[u"in_transaction"].toBool();
        statement.duration = durationFrom(value[u"duration_ms"]);
        statement.hold = durationFrom(value[u"hold_ms"]);
        for (const QJsonValue &lock : value[u"locks"].toArray()) {
            locks::RelationLock relationLock;
            relationLock.relation = lock[u"relation"].toString();
            for (int mode = int(locks::LockMode::AccessShare); mode <= int(locks::LockMode::AccessExclusive); ++mode) {
                if (locks::lockModeName(locks::LockMode(mode)) == lock[u"mode"].toString())
                    relationLock.mode = locks::LockMode(mode);
            }
            statement.locks.push_back(relationLock);
        }
        locksReport.statements.push_back(std::move(statement));
    }
    FormatOptions options;
    options.estimate = &locksReport;
    return QString::fromUtf8(pullRequestSummary(lint, options));
}

} // namespace

QByteArray reviewToMarkdown(const QJsonObject &review, const RenderContext &context)
{
    // A pull request's review starts with the summary a reviewer pastes into it.
    if (review.contains(u"migrations") && !review.value(u"repository").toObject().value(u"range").toString().isEmpty()) {
        QJsonObject rest = review;
        rest.remove(QStringLiteral("migrations"));
        return pullRequestSummaryOf(review).toUtf8() + "\n---\n\n" + reviewToMarkdown(rest, context);
    }

    const QJsonObject repository = review.value(u"repository").toObject();
    const QJsonObject summary = review.value(u"summary").toObject();
    QString md;
    const QString head = repository.value(u"head").toString().left(12);
    md += tr("## migreview review of `%1`").arg(repository.value(u"range").toString().isEmpty() ? repository.value(u"path").toString() : repository.value(u"range").toString());
    if (!head.isEmpty())
        md += tr(" at `%1`").arg(head);
    md += QStringLiteral("\n\n");
    md += tr("| migrations | statements | errors | warnings | infos | suppressed | expected duration |\n|---:|---:|---:|---:|---:|---:|---:|\n");
    md += QStringLiteral("| %1 |\n\n").arg(summaryCells(summary).join(QStringLiteral(" | ")));

    QStringList blocking;
    for (const QJsonValue &value : review.value(u"findings").toArray()) {
        const QJsonObject finding = value.toObject();
        if (finding.value(u"level").toString() != u"error" || finding.value(u"suppressed").toBool())
            continue;
        QString item = QStringLiteral("- **%1** `%2:%3`: %4").arg(finding.value(u"rule").toString(), finding.value(u"file").toString()).arg(finding.value(u"line").toInt()).arg(
            finding.value(u"message").toString());
        const QString fix = finding.value(u"fix").toString();
        if (!fix.isEmpty())
            item += QStringLiteral("\n  <details><summary>%1</summary>\n\n  ```sql\n  %2\n  ```\n  </details>").arg(tr("Safe rewrite"), QString(fix).replace(u'\n', QStringLiteral("\n  ")));
        blocking << item;
    }
    md += tr("### Blocking findings") + QStringLiteral("\n\n");
    md += blocking.isEmpty() ? tr("None.") + u'\n' : blocking.join(u'\n') + u'\n';

    const QJsonArray tables = review.value(u"locks").toObject().value(u"tables").toArray();
    if (!tables.isEmpty()) {
        md += u'\n' + tr("### Estimated lock times") + QStringLiteral("\n\n");
        md += tr("| table | strongest lock | writes wait | reads wait |\n|---|---|---:|---:|\n");
        for (const QJsonValue &value : tables) {
            const QJsonObject table = value.toObject();
            md += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                      .arg(cell(table.value(u"table").toString()), table.value(u"strongest").toString(), expectedTime(table.value(u"blocking_writes_ms")),
                           expectedTime(table.value(u"blocking_reads_ms")));
        }
    }
    const QJsonArray violations = review.value(u"graph").toObject().value(u"violations").toArray();
    if (!violations.isEmpty()) {
        md += u'\n' + tr("### Ordering (expand, backfill, contract)") + QStringLiteral("\n\n");
        for (const QJsonValue &value : violations) {
            const QJsonObject violation = value.toObject();
            md += QStringLiteral("- %1 **%2**: %3\n").arg(violation.value(u"level").toString(), violation.value(u"rule").toString(), violation.value(u"message").toString());
        }
    }
    if (review.value(u"trace").isObject()) {
        const QJsonObject trace = review.value(u"trace").toObject();
        int drifted = 0;
        for (const QJsonValue &value : trace.value(u"distributions").toArray())
            drifted += value.toObject().value(u"flagged").toBool() ? 1 : 0;
        md += u'\n' + tr("### Trace on a scratch copy") + QStringLiteral("\n\n");
        md += tr("%1 statements run on a copy of `%2`; %3 of %4 touched columns drifted.")
                  .arg(trace.value(u"statements").toArray().size())
                  .arg(trace.value(u"source_database").toString())
                  .arg(drifted)
                  .arg(trace.value(u"distributions").toArray().size())
            + u'\n';
    }
    const QJsonArray signOffs = review.value(u"signoffs").toArray();
    if (!signOffs.isEmpty()) {
        md += u'\n' + tr("### Sign-offs") + QStringLiteral("\n\n");
        md += tr("| who | role | verdict | comment | when (UTC) |\n|---|---|---|---|---|\n");
        for (const QJsonValue &value : signOffs) {
            const QJsonObject signOff = value.toObject();
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(cell(signOff.value(u"name").toString()), cell(signOff.value(u"role").toString()), signOff.value(u"verdict").toString(),
                           cell(signOff.value(u"comment").toString()), signOff.value(u"time").toString());
        }
    }
    md += u'\n';
    md += tr("<sub>Review JSON SHA-256 `%1`").arg(context.jsonSha256);
    for (const SignerLine &signer : context.signers)
        md += tr("; signed by %1 (`%2`, %3) at %4").arg(cell(signer.userId), signer.fingerprint, signer.status, signer.time);
    md += tr("; generated %1 by migreview %2</sub>").arg(review.value(u"generated_at").toString(), review.value(u"tool").toObject().value(u"version").toString()) + u'\n';
    return md.toUtf8();
}

QByteArray reviewToSarif(const QJsonObject &review)
{
    lint::LintResult result;
    for (const QJsonValue &value : review.value(u"findings").toArray()) {
        const QJsonObject object = value.toObject();
        rules::Finding finding;
        finding.rule = object.value(u"rule").toString();
        finding.level = rules::levelFromName(object.value(u"level").toString()).value_or(rules::Level::Warning);
        for (const rules::SeverityClass severity : {rules::SeverityClass::Downtime, rules::SeverityClass::DataLoss, rules::SeverityClass::Performance, rules::SeverityClass::Safety}) {
            if (rules::severityName(severity) == object.value(u"class").toString())
                finding.severity = severity;
        }
        finding.file = object.value(u"file").toString();
        finding.migration = object.value(u"migration").toString();
        finding.range.begin.line = object.value(u"line").toInt();
        finding.range.begin.column = object.value(u"column").toInt();
        finding.range.end.line = object.value(u"end_line").toInt();
        finding.range.end.column = finding.range.begin.column;
        finding.message = object.value(u"message").toString();
        finding.rationale = object.value(u"rationale").toString();
        finding.fix = object.value(u"fix").toString();
        finding.suppressed = object.value(u"suppressed").toBool();
        finding.suppressedBy = object.value(u"justification").toString();
        result.findings.push_back(finding);
    }
    FormatOptions options;
    options.repositoryRoot = review.value(u"repository").toObject().value(u"path").toString();
    options.toolVersion = review.value(u"tool").toObject().value(u"version").toString();
    return formatLint(result, LintFormat::Sarif, options);
}

} // namespace migreview::report
