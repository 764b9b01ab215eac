#include "report/review.h"

#include "locks/lockmode.h"
#include "locks/statementlocks.h"
#include "report/runbook.h"
#include "rules/registry.h"
#include "rules/rule.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace migreview::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::report", text);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate); // "2026-12-05T01:30:00Z"
}

QJsonValue durationJson(const estimate::Duration &duration)
{
    if (!duration.known)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("low"), duration.low}, {QStringLiteral("expected"), duration.expected}, {QStringLiteral("high"), duration.high}};
}

// A file's text when it is UTF-8, else null (binary or another encoding: the hash still binds it).
QJsonValue textOf(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError() || bytes.contains('\0'))
        return QJsonValue::Null;
    return text;
}

QJsonObject repositoryJson(const ReviewInput &input)
{
    const repository::Repository &repository = *input.repository;
    const repository::GitIdentity git = repository::gitIdentity(repository.root);
    QJsonArray layouts;
    for (const repository::Layout layout : repository.layouts)
        layouts.append(repository::layoutName(layout));
    QJsonArray problems;
    for (const repository::RepositoryProblem &problem : repository.problems)
        problems.append(QJsonObject{{QStringLiteral("path"), problem.path}, {QStringLiteral("message"), problem.message}});
    QJsonObject object{{QStringLiteral("path"), repository.root},
                       {QStringLiteral("remote_url"), git.remoteUrl},
                       {QStringLiteral("head"), git.head},
                       {QStringLiteral("branch"), git.branch},
                       {QStringLiteral("uncommitted_changes"), git.dirty},
                       {QStringLiteral("range"), input.gitRange},
                       {QStringLiteral("layouts"), layouts},
                       {QStringLiteral("problems"), problems}};
    if (repository.isRange()) { // the commits the range resolved to (BASE: the merge base for "...")
        object.insert(QStringLiteral("range_base"), repository.gitBase);
        object.insert(QStringLiteral("range_head"), repository.gitHead);
    }
    return object;
}

QJsonArray filesJson(const repository::Repository &repository)
{
    QJsonArray files;
    for (const repository::Migration &migration : repository.migrations) {
        for (const repository::MigrationScript &script : migration.scripts) {
            QJsonObject file{{QStringLiteral("path"), script.relativePath},
                             {QStringLiteral("sha256"), QString::fromLatin1(script.sha256)},
                             {QStringLiteral("migration"), QStringLiteral("%1 %2").arg(migration.version, migration.name).trimmed()},
                             {QStringLiteral("version"), migration.version},
                             {QStringLiteral("direction"), repository::directionName(script.direction)},
                             {QStringLiteral("transaction"), repository::transactionModeName(script.transactionMode)},
                             {QStringLiteral("text"), script.readError.isEmpty() ? textOf(script.bytes) : QJsonValue::Null}};
            if (!script.readError.isEmpty())
                file.insert(QStringLiteral("read_error"), script.readError);
            if (script.gitChange != repository::GitChange::Unchanged)
                file.insert(QStringLiteral("git_change"), script.gitChange == repository::GitChange::Added ? QStringLiteral("added")
                                                              : script.gitChange == repository::GitChange::Modified ? QStringLiteral("modified")
                                                                                                                     : QStringLiteral("deleted"));
            files.append(file);
        }
    }
    return files;
}

QJsonObject configurationJson(const ReviewInput &input)
{
    const lint::Config config = input.config ? *input.config : lint::Config{};
    // The rule set in force: every rule with whether it ran and at which level.
    QJsonArray rules;
    for (const std::unique_ptr<rules::Rule> &rule : rules::allRules()) {
        const rules::RuleInfo info = rule->info();
        const bool enabled = !config.options.disabledRules.contains(info.id) && (!info.optIn || config.options.enabledOptInRules.contains(info.id));
        rules.append(QJsonObject{{QStringLiteral("id"), info.id},
                                 {QStringLiteral("enabled"), enabled},
                                 {QStringLiteral("level"), rules::levelName(config.options.levelOverrides.value(info.id, info.level))}});
    }
    return QJsonObject{{QStringLiteral("path"), config.path},
                       {QStringLiteral("toml"), QString::fromUtf8(lint::configToToml(config))},
                       {QStringLiteral("pg_version"), config.options.pgVersion},
                       {QStringLiteral("rules"), rules}};
}

QJsonValue statisticsJson(const ReviewInput &input)
{
    if (!input.snapshot)
        return QJsonValue::Null;
    const stats::StatsSnapshot &snapshot = *input.snapshot;
    return QJsonObject{{QStringLiteral("source"), redactSecrets(snapshot.source)},
                       {QStringLiteral("server_version"), snapshot.serverVersion},
                       {QStringLiteral("captured_at"), snapshot.capturedAt.isValid() ? utcText(snapshot.capturedAt) : QString()},
                       {QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(input.snapshotBytes))},
                       {QStringLiteral("calibrated"), !snapshot.calibration.isEmpty()},
                       {QStringLiteral("tables"), int(snapshot.tables.size())}};
}

QJsonArray findingsJson(const lint::LintResult &lint)
{
    QJsonArray findings;
    for (const rules::Finding &finding : lint.findings) {
        findings.append(QJsonObject{{QStringLiteral("rule"), finding.rule},
                                    {QStringLiteral("level"), rules::levelName(finding.level)},
                                    {QStringLiteral("class"), rules::severityName(finding.severity)},
                                    {QStringLiteral("file"), finding.file},
                                    {QStringLiteral("migration"), finding.migration},
                                    {QStringLiteral("line"), finding.range.begin.line},
                                    {QStringLiteral("column"), finding.range.begin.column},
                                    {QStringLiteral("end_line"), finding.range.end.line},
                                    {QStringLiteral("message"), finding.message},
                                    {QStringLiteral("rationale"), finding.rationale},
                                    {QStringLiteral("fix"), finding.fix},
                                    {QStringLiteral("suppressed"), finding.suppressed},
                                    {QStringLiteral("justification"), finding.suppressedBy}});
        if (finding.change != rules::Change::None) {
            QJsonObject last = findings.last().toObject();
            last.insert(QStringLiteral("change"), rules::changeName(finding.change));
            findings.replace(findings.size() - 1, last);
        }
    }
    return findings;
}

// A pull request's migrations (with a range only): as migreview lint --format json lists them.
QJsonArray migrationsJson(const lint::LintResult &lint)
{
    QJsonArray migrations;
    for (const lint::ReviewedMigration &migration : lint.migrations)
        migrations.append(QJsonObject{{QStringLiteral("id"), migration.id},
                                      {QStringLiteral("change"), rules::changeName(migration.change)},
                                      {QStringLiteral("files"), QJsonArray::fromStringList(migration.files)}});
    return migrations;
}

QJsonObject summaryJson(const ReviewInput &input)
{
    const lint::LintResult &lint = *input.lint;
    int suppressed = 0;
    for (const rules::Finding &finding : lint.findings)
        suppressed += finding.suppressed ? 1 : 0;
    double expectedMs = 0;
    bool allKnown = true;
    if (input.estimate) {
        for (const estimate::MigrationTotal &total : input.estimate->migrations) {
            expectedMs += total.duration.expected;
            allKnown &= total.duration.known;
        }
    }
    int approvals = 0, changeRequests = 0;
    for (const SignOff &signOff : input.signOffs)
        (signOff.verdict == u"approve" ? approvals : changeRequests) += 1;
    return QJsonObject{{QStringLiteral("migrations"), int(input.repository->migrations.size())},
                       {QStringLiteral("files"), int(lint.scripts.size())},
                       {QStringLiteral("statements"), lint.statementCount},
                       {QStringLiteral("errors"), lint.count(rules::Level::Error)},
                       {QStringLiteral("warnings"), lint.count(rules::Level::Warning)},
                       {QStringLiteral("infos"), lint.count(rules::Level::Info)},
                       {QStringLiteral("suppressed"), suppressed},
                       {QStringLiteral("graph_errors"), input.graph && input.graph->hasErrors()},
                       {QStringLiteral("expected_duration_ms"), input.snapshot && allKnown ? QJsonValue(expectedMs) : QJsonValue::Null},
                       {QStringLiteral("approvals"), approvals},
                       {QStringLiteral("change_requests"), changeRequests}};
}

QJsonObject locksJson(const estimate::EstimateReport &estimate)
{
    QJsonArray statements;
    for (const estimate::StatementEstimate &statement : estimate.statements) {
        QJsonArray locks;
        for (const locks::RelationLock &lock : statement.locks)
            locks.append(QJsonObject{{QStringLiteral("relation"), lock.relation},
                                     {QStringLiteral("mode"), locks::lockModeName(lock.mode)},
                                     {QStringLiteral("blocks"), locks::blockedWork(lock.mode)},
                                     {QStringLiteral("work"), locks::tableWorkName(lock.work)}});
        statements.append(QJsonObject{{QStringLiteral("file"), statement.file},
                                      {QStringLiteral("line"), statement.line},
                                      {QStringLiteral("migration"), statement.migration},
                                      {QStringLiteral("statement"), statement.commandTag},
                                      {QStringLiteral("locks"), locks},
                                      {QStringLiteral("duration_ms"), durationJson(statement.duration)},
                                      {QStringLiteral("hold_ms"), durationJson(statement.hold)},
                                      {QStringLiteral("unknown_because"), statement.duration.known ? QString() : statement.duration.reason},
                                      {QStringLiteral("in_transaction"), statement.inTransaction}});
    }
    QJsonArray tables;
    for (const estimate::TableTotal &table : estimate.tables)
        tables.append(QJsonObject{{QStringLiteral("table"), table.table},
                                  {QStringLiteral("strongest"), locks::lockModeName(table.strongest)},
                                  {QStringLiteral("blocking_writes_ms"), durationJson(table.blockingWrites)},
                                  {QStringLiteral("blocking_reads_ms"), durationJson(table.blockingReads)}});
    return QJsonObject{{QStringLiteral("statements"), statements}, {QStringLiteral("tables"), tables}, {QStringLiteral("calibrated"), estimate.calibrated}};
}

QJsonValue graphJson(const ReviewInput &input)
{
    if (!input.graph)
        return QJsonValue::Null;
    const graph::Graph &graph = *input.graph;
    const auto place = [&graph](int id) {
        for (const graph::Node &node : graph.nodes) {
            if (node.id == id)
                return QJsonObject{{QStringLiteral("file"), node.file}, {QStringLiteral("line"), node.line}, {QStringLiteral("statement"), node.statement}};
        }
        return QJsonObject{};
    };
    QJsonArray violations;
    for (const graph::Violation &violation : graph.violations)
        violations.append(QJsonObject{{QStringLiteral("rule"), violation.rule},
                                      {QStringLiteral("level"), rules::levelName(violation.level)},
                                      {QStringLiteral("message"), violation.message},
                                      {QStringLiteral("from"), place(violation.from)},
                                      {QStringLiteral("to"), place(violation.to)}});
    QJsonArray criticalPath;
    for (const int id : graph.criticalPath)
        criticalPath.append(place(id));
    return QJsonObject{{QStringLiteral("nodes"), int(graph.nodes.size())},
                       {QStringLiteral("edges"), int(graph.edges.size())},
                       {QStringLiteral("violations"), violations},
                       {QStringLiteral("critical_path"), criticalPath},
                       {QStringLiteral("critical_path_ms"), graph.criticalPathMs},
                       {QStringLiteral("svg"), QString::fromUtf8(input.graphSvg)}};
}

QJsonArray signOffsJson(std::vector<SignOff> signOffs)
{
    std::sort(signOffs.begin(), signOffs.end(), [](const SignOff &a, const SignOff &b) { return std::tie(a.time, a.name, a.email) < std::tie(b.time, b.name, b.email); });
    QJsonArray list;
    for (const SignOff &signOff : signOffs)
        list.append(QJsonObject{{QStringLiteral("name"), signOff.name},
                                {QStringLiteral("email"), signOff.email},
                                {QStringLiteral("role"), signOff.role},
                                {QStringLiteral("verdict"), signOff.verdict},
                                {QStringLiteral("comment"), signOff.comment},
                                {QStringLiteral("time"), utcText(signOff.time)}});
    return list;
}

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (byte < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(byte, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void writeNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    if (std::abs(value) >= 9.0e15) { // beyond exact integers: the shortest form that reads back the same
        out += QByteArray::number(value, 'g', 17);
        return;
    }
    const double rounded = std::round(value * 1000) / 1000;
    if (rounded == std::trunc(rounded)) {
        out += QByteArray::number(qint64(rounded));
        return;
    }
    QByteArray text = QByteArray::number(rounded, 'f', 3);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    out += text;
}

void writeValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            writeValue(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        std::vector<std::pair<QByteArray, QString>> keys;
        for (const QString &key : object.keys())
            keys.emplace_back(key.toUtf8(), key);
        std::sort(keys.begin(), keys.end());
        out += '{';
        for (size_t i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            writeString(out, keys[i].second);
            out += ':';
            writeValue(out, object.value(keys[i].second));
        }
        out += '}';
        break;
    }
    }
}

} // namespace

std::optional<SignOff> parseSignOff(const QString &text, const QDateTime &time, QString *error)
{
    const QStringList parts = text.split(u'|');
    SignOff signOff;
    static const QRegularExpression nameAndEmail(QStringLiteral("^\\s*(.*?)\\s*<([^>]*)>\\s*$"));
    const QRegularExpressionMatch match = nameAndEmail.match(parts.value(0));
    signOff.name = match.hasMatch() ? match.captured(1) : parts.value(0).trimmed();
    signOff.email = match.hasMatch() ? match.captured(2).trimmed() : QString();
    signOff.role = parts.value(1).trimmed();
    signOff.verdict = parts.value(2).trimmed().isEmpty() ? QStringLiteral("approve") : parts.value(2).trimmed();
    signOff.comment = parts.mid(3).join(u'|').trimmed();
    signOff.time = time.toUTC();
    if (signOff.name.isEmpty()) {
        *error = tr("a sign-off needs a name: \"Name <email>|role|approve or request-changes|comment\"");
        return std::nullopt;
    }
    if (signOff.verdict != u"approve" && signOff.verdict != u"request-changes") {
        *error = tr("a sign-off's verdict is approve or request-changes, not '%1'").arg(signOff.verdict);
        return std::nullopt;
    }
    return signOff;
}

QJsonObject buildReview(const ReviewInput &input)
{
    lint::LintResult noLint;
    ReviewInput complete = input;
    if (!complete.lint)
        complete.lint = &noLint;
    QJsonObject review{{QStringLiteral("format"), QStringLiteral("migreview-review")},
                       {QStringLiteral("version"), ReviewJsonVersion},
                       {QStringLiteral("generated_at"), utcText(input.generatedAt)},
                       {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("migreview")}, {QStringLiteral("version"), input.toolVersion}}},
                       {QStringLiteral("repository"), repositoryJson(complete)},
                       {QStringLiteral("files"), filesJson(*input.repository)},
                       {QStringLiteral("configuration"), configurationJson(complete)},
                       {QStringLiteral("target_pg_version"), input.estimate ? input.estimate->pgVersion : (input.config ? input.config->options.pgVersion : 17)},
                       {QStringLiteral("statistics"), statisticsJson(complete)},
                       {QStringLiteral("findings"), findingsJson(*complete.lint)},
                       {QStringLiteral("summary"), summaryJson(complete)},
                       {QStringLiteral("locks"), input.estimate ? QJsonValue(locksJson(*input.estimate)) : QJsonValue::Null},
                       {QStringLiteral("graph"), graphJson(complete)},
                       {QStringLiteral("trace"), input.trace ? QJsonValue(*input.trace) : QJsonValue::Null},
                       {QStringLiteral("runbook"), buildRunbook(complete)},
                       {QStringLiteral("signoffs"), signOffsJson(input.signOffs)}};
    if (complete.lint->isRange())
        review.insert(QStringLiteral("migrations"), migrationsJson(*complete.lint));
    return review;
}

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    writeValue(out, value);
    out += '\n';
    return out;
}

ReviewLoad parseReview(const QByteArray &bytes)
{
    ReviewLoad load;
    load.bytes = bytes;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        load.error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return load;
    }
    const QJsonObject object = document.object();
    if (object.value(u"format").toString() != u"migreview-review") {
        load.error = tr("not a migreview review (\"format\" is not \"migreview-review\")");
        return load;
    }
    const int version = object.value(u"version").toInt();
    if (version > ReviewJsonVersion) {
        load.error = tr("the review has schema version %1; this migreview reads version %2 and older: update migreview").arg(version).arg(ReviewJsonVersion);
        return load;
    }
    if (version < 1) {
        load.error = tr("the review has no valid schema version");
        return load;
    }
    load.review = object;
    load.canonical = canonicalJson(object) == bytes;
    return load;
}

ReviewLoad loadReview(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReviewLoad load;
        load.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return load;
    }
    if (file.size() > qint64(512) * 1024 * 1024) {
        ReviewLoad load;
        load.error = tr("%1 is too large for a review").arg(path);
        return load;
    }
    return parseReview(file.readAll());
}

QString redactSecrets(const QString &text)
{
    QString redacted = text;
    static const QRegularExpression keyword(QStringLiteral("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|\\S+)"), QRegularExpression::CaseInsensitiveOption);
    redacted.replace(keyword, QStringLiteral("\\1***"));
    static const QRegularExpression uriPassword(QStringLiteral("(://[^/:@\\s]*):[^@/\\s]*@"));
    redacted.replace(uriPassword, QStringLiteral("\\1:***@"));
    return redacted;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace migreview::report
