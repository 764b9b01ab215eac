// The trace's outputs: JSON (docs/trace.md), text for a terminal, Markdown for a pull request.
#include "trace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace migreview::trace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::trace", text);
}

double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject summaryJson(const ColumnSummary &summary)
{
    QJsonObject object{{QStringLiteral("exists"), summary.exists}};
    if (!summary.exists)
        return object;
    object.insert(QStringLiteral("rows"), summary.rows);
    object.insert(QStringLiteral("sampled"), summary.sampled);
    object.insert(QStringLiteral("sample_rows"), summary.sampleRows);
    object.insert(QStringLiteral("null_fraction"), rounded(summary.nullFraction, 4));
    object.insert(QStringLiteral("distinct"), summary.distinct);
    object.insert(QStringLiteral("min"), summary.min);
    object.insert(QStringLiteral("max"), summary.max);
    if (!summary.histogram.empty()) {
        QJsonArray bins;
        for (const qint64 count : summary.histogram)
            bins.push_back(count);
        object.insert(QStringLiteral("histogram"), bins);
    }
    if (!summary.topValues.empty()) {
        QJsonArray top;
        for (const auto &[value, count] : summary.topValues)
            top.push_back(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("count"), count}});
        object.insert(QStringLiteral("top_values"), top);
    }
    return object;
}

QString locksText(const TracedStatement &statement)
{
    QStringList locks;
    for (const TracedLock &lock : statement.locks)
        locks.push_back(lock.mode + QStringLiteral(" on ") + lock.relation);
    return locks.join(QStringLiteral(", "));
}

} // namespace

QString scratchMethodDescription(ScratchMethod method)
{
    switch (method) {
    case ScratchMethod::Template:
        return tr("CREATE DATABASE ... TEMPLATE");
    case ScratchMethod::Copy:
        return tr("copying the schema and the touched tables on the same server");
    case ScratchMethod::Local:
        return tr("copying the schema and the touched tables into a local PostgreSQL 17");
    case ScratchMethod::Automatic:
        break;
    }
    return tr("no method");
}

QByteArray traceToJson(const TraceResult &result)
{
    QJsonArray statements;
    for (const TracedStatement &s : result.statements) {
        QJsonArray locks;
        for (const TracedLock &lock : s.locks)
            locks.push_back(QJsonObject{{QStringLiteral("relation"), lock.relation}, {QStringLiteral("mode"), lock.mode}});
        statements.push_back(QJsonObject{{QStringLiteral("file"), s.file},
                                         {QStringLiteral("line"), s.line},
                                         {QStringLiteral("statement"), s.commandTag},
                                         {QStringLiteral("duration_ms"), rounded(s.durationMs)},
                                         {QStringLiteral("rows"), s.rows},
                                         {QStringLiteral("locks"), locks},
                                         {QStringLiteral("rewritten"), !s.rewritten.isEmpty()},
                                         {QStringLiteral("rewritten_tables"), QJsonArray::fromStringList(s.rewritten)},
                                         {QStringLiteral("wal_bytes"), s.walBytes},
                                         {QStringLiteral("estimate_ms"), s.estimateMs < 0 ? QJsonValue() : QJsonValue(rounded(s.estimateMs))}});
    }
    QJsonArray distributions;
    for (const Distribution &d : result.distributions) {
        QJsonObject drift{{QStringLiteral("row_count_change"), rounded(d.rowCountChange, 4)},
                          {QStringLiteral("null_fraction_change"), rounded(d.nullFractionChange, 4)},
                          {QStringLiteral("psi"), d.psi < 0 ? QJsonValue() : QJsonValue(rounded(d.psi, 4))},
                          {QStringLiteral("ks"), d.ks < 0 ? QJsonValue() : QJsonValue(rounded(d.ks, 4))},
                          {QStringLiteral("untargeted_changes"), d.untargetedChanged < 0 ? QJsonValue() : QJsonValue(d.untargetedChanged)},
                          {QStringLiteral("targeted_rows"), d.targetedRows < 0 ? QJsonValue() : QJsonValue(d.targetedRows)},
                          {QStringLiteral("untargeted_examples"), QJsonArray::fromStringList(d.untargetedExamples)},
                          {QStringLiteral("untargeted_not_checked"), d.untargetedNote.isEmpty() ? QJsonValue() : QJsonValue(d.untargetedNote)},
                          {QStringLiteral("reasons"), QJsonArray::fromStringList(d.reasons)}};
        QJsonArray edges;
        for (const double edge : d.binEdges)
            edges.push_back(rounded(edge, 6));
        distributions.push_back(QJsonObject{{QStringLiteral("table"), d.table},
                                            {QStringLiteral("column"), d.column},
                                            {QStringLiteral("numeric"), d.numeric},
                                            {QStringLiteral("bin_edges"), edges},
                                            {QStringLiteral("before"), summaryJson(d.before)},
                                            {QStringLiteral("after"), summaryJson(d.after)},
                                            {QStringLiteral("drift"), drift},
                                            {QStringLiteral("flagged"), d.flagged}});
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("migreview-trace")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("source_database"), result.sourceDatabase},
                     {QStringLiteral("server_version"), result.serverVersion},
                     {QStringLiteral("scratch_database"), result.scratchDatabase},
                     {QStringLiteral("scratch_dropped"), result.scratchDropped},
                     {QStringLiteral("scratch"), [&result] {
                          QJsonArray tables;
                          for (const CopiedTable &copied : result.copiedTables)
                              tables.append(QJsonObject{{QStringLiteral("table"), copied.table},
                                                        {QStringLiteral("source_rows"), copied.sourceRows},
                                                        {QStringLiteral("copied_rows"), copied.copiedRows},
                                                        {QStringLiteral("sampled"), copied.sampled}});
                          return QJsonObject{{QStringLiteral("method"), scratchMethodName(result.scratchMethod)},
                                             {QStringLiteral("copied_tables"), tables},
                                             {QStringLiteral("notes"), QJsonArray::fromStringList(result.scratchNotes)}};
                      }()},
                     {QStringLiteral("cancelled"), result.cancelled},
                     {QStringLiteral("statements"), statements},
                     {QStringLiteral("measured_rates"), [&result] {
                          QJsonObject rates;
                          const QHash<QString, double> measured = measuredRates(result);
                          for (auto it = measured.constBegin(); it != measured.constEnd(); ++it)
                              rates.insert(it.key(), std::round(it.value()));
                          return rates;
                      }()},
                     {QStringLiteral("distributions"), distributions}};
    if (!result.error.isEmpty()) {
        root.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), result.error},
                                                         {QStringLiteral("file"), result.errorFile},
                                                         {QStringLiteral("line"), result.errorLine}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString traceToText(const TraceResult &result)
{
    QString text;
    text += tr("Traced on %1, a scratch copy of %2 (PostgreSQL %3) made by %4, %5.\n")
                .arg(result.scratchDatabase, result.sourceDatabase, result.serverVersion, scratchMethodDescription(result.scratchMethod),
                     result.scratchDropped ? tr("dropped afterwards") : tr("NOT dropped"));
    for (const QString &note : result.scratchNotes)
        text += tr("note: %1\n").arg(note);
    for (const TracedStatement &s : result.statements) {
        text += QStringLiteral("%1:%2: %3  %4 ms").arg(s.file).arg(s.line).arg(s.commandTag).arg(s.durationMs, 0, 'f', 1);
        if (s.estimateMs >= 0)
            text += tr(" (estimated %1 ms)").arg(s.estimateMs, 0, 'f', 1);
        if (s.rows >= 0) {
            const int rows = s.rows > 2147483647 ? 2147483647 : int(s.rows);
            text += QCoreApplication::translate("migreview::trace", ", %n row(s)", nullptr, rows);
        }
        if (!s.rewritten.isEmpty())
            text += tr(", rewrote %1").arg(s.rewritten.join(QStringLiteral(", ")));
        text += tr(", WAL %1 bytes").arg(s.walBytes);
        if (!s.locks.empty())
            text += u'\n' + tr("    locks: %1").arg(locksText(s));
        text += u'\n';
    }
    for (const Distribution &d : result.distributions) {
        text += QStringLiteral("%1.%2: ").arg(d.table, d.column);
        text += tr("rows %1 -> %2, nulls %3 -> %4").arg(d.before.rows).arg(d.after.rows).arg(d.before.nullFraction, 0, 'f', 3).arg(d.after.nullFraction, 0, 'f', 3);
        if (d.numeric)
            text += tr(", min %1 -> %2, max %3 -> %4").arg(d.before.min, d.after.min, d.before.max, d.after.max);
        if (d.psi >= 0)
            text += tr(", PSI %1, KS %2").arg(d.psi, 0, 'f', 3).arg(d.ks, 0, 'f', 3);
        if (d.before.sampled || d.after.sampled)
            text += tr(" (on a sample of about %1 rows)").arg(std::max(d.before.sampleRows, d.after.sampleRows));
        if (d.untargetedChanged >= 0)
            text += tr(", %1 targeted by the WHEREs, %2 changed outside them").arg(d.targetedRows).arg(d.untargetedChanged);
        text += d.flagged ? u'\n' + tr("    DRIFT: %1").arg(d.reasons.join(QStringLiteral("; "))) + u'\n' : QStringLiteral("\n");
    }
    if (result.cancelled)
        text += tr("Cancelled.\n");
    if (!result.error.isEmpty())
        text += tr("error: %1\n").arg(result.error);
    return text;
}

QString traceToMarkdown(const TraceResult &result)
{
    QString md = tr("### Trace on a scratch copy of `%1` (PostgreSQL %2)\n\n").arg(result.sourceDatabase, result.serverVersion);
    md += tr("The copy was made by %1.").arg(scratchMethodDescription(result.scratchMethod)) + u'\n';
    for (const QString &note : result.scratchNotes)
        md += QStringLiteral("- ") + note + u'\n';
    md += u'\n';
    md += tr("| statement | measured | estimated | rows | rewrite | locks |\n|---|---:|---:|---:|---|---|\n");
    for (const TracedStatement &s : result.statements) {
        md += QStringLiteral("| `%1:%2` %3 | %4 ms | %5 | %6 | %7 | %8 |\n")
                  .arg(s.file)
                  .arg(s.line)
                  .arg(s.commandTag)
                  .arg(s.durationMs, 0, 'f', 1)
                  .arg(s.estimateMs < 0 ? tr("unknown") : QStringLiteral("%1 ms").arg(s.estimateMs, 0, 'f', 1))
                  .arg(s.rows < 0 ? QString() : QString::number(s.rows))
                  .arg(s.rewritten.join(QStringLiteral(", ")), locksText(s));
    }
    if (!result.distributions.empty()) {
        md += tr("\n| column | rows | nulls | PSI | KS | drift |\n|---|---|---|---:|---:|---|\n");
        for (const Distribution &d : result.distributions) {
            md += QStringLiteral("| `%1.%2` | %3 → %4 | %5 → %6 | %7 | %8 | %9 |\n")
                      .arg(d.table, d.column)
                      .arg(d.before.rows)
                      .arg(d.after.rows)
                      .arg(d.before.nullFraction, 0, 'f', 3)
                      .arg(d.after.nullFraction, 0, 'f', 3)
                      .arg(d.psi < 0 ? QString() : QString::number(d.psi, 'f', 3), d.ks < 0 ? QString() : QString::number(d.ks, 'f', 3),
                           d.flagged ? QStringLiteral("**") + d.reasons.join(QStringLiteral("; ")) + QStringLiteral("**") : QString());
        }
    }
    if (!result.error.isEmpty())
        md += u'\n' + tr("**Failed:** %1").arg(result.error) + u'\n';
    return md;
}

} // namespace migreview::trace
