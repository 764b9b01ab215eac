// migreview report PATH [--stats FILE] [--trace FILE] --format html|pdf|json|sarif|markdown [--sign KEY] -o FILE
// migreview report --from REVIEW.json --format ... -o FILE   (render a saved, possibly signed, review)
// migreview sign REVIEW.json [--key KEY] [--signature FILE]
// migreview verify REVIEW.json [--signature FILE]... [--repo PATH] [--format text|json]
#include "commands.h"

#include "lint/config.h"
#include "report/review.h"
#include "report/reviewbuild.h"
#include "report/reviewformats.h"
#include "report/signing.h"
#include "reportrender/reviewrender.h"
#include "repository/repository.h"
#include "stats/statssnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

namespace migreview::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::cli", text);
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Writes bytes to path whole or not at all; "-" or empty: standard output.
bool writeOutput(const QString &path, const QByteArray &bytes, const char *command)
{
    if (path.isEmpty() || path == u"-") {
        QFile out;
        return out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << tr("migreview %1: cannot write %2: %3").arg(QLatin1StringView(command), path, file.errorString()) << '\n';
        return false;
    }
    return true;
}

// When the review was made: --time, else SOURCE_DATE_EPOCH (reproducible builds' convention),
// else now; always UTC, to the second.
std::optional<QDateTime> reviewTime(const QString &option)
{
    if (!option.isEmpty()) {
        QDateTime time = QDateTime::fromString(option, Qt::ISODate);
        if (!time.isValid())
            return std::nullopt;
        return time.toUTC();
    }
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC);
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setMSecsSinceEpoch(now.toSecsSinceEpoch() * 1000);
    return now;
}

QByteArray readSignatures(const QStringList &paths, QStringList *read)
{
    QByteArray all;
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.size() < 16 * 1024 * 1024) {
            all += file.readAll();
            all += '\n';
            read->push_back(path);
        }
    }
    return all;
}

std::vector<report::SignerLine> signerLines(const std::vector<report::SignatureCheck> &checks)
{
    std::vector<report::SignerLine> lines;
    for (const report::SignatureCheck &check : checks)
        lines.push_back({check.fingerprint, check.userId, check.time.toString(Qt::ISODate), report::statusName(check.status)});
    return lines;
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Builds the review of a migration repository (findings, locks and their estimated times, the dependency graph, a "
                                        "trace, a runbook and sign-offs) as canonical JSON, and exports it as JSON, HTML, PDF, SARIF or Markdown. "
                                        "With --sign, the JSON gets an OpenPGP detached signature in FILE.asc."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The migration repository (a folder); not with --from."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("json (default), html, pdf, sarif or markdown."), QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE (standard output when omitted; PDF needs a file)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption statsOption(QStringLiteral("stats"), tr("Statistics snapshot, for the lock times."), QStringLiteral("FILE"));
    const QCommandLineOption traceOption(QStringLiteral("trace"), tr("A saved trace (migreview trace --format json -o FILE) to include."), QStringLiteral("FILE"));
    const QCommandLineOption rangeOption(QStringLiteral("git-range"), tr("Review a pull request: the migrations that BASE..HEAD adds or changes."),
                                         QStringLiteral("BASE..HEAD"));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Configuration file (default: .migreview.toml found upwards)."), QStringLiteral("FILE"));
    const QCommandLineOption signOption(QStringLiteral("sign"), tr("Sign the JSON with this OpenPGP key (fingerprint, key id or e-mail) into FILE.asc."),
                                        QStringLiteral("KEY"));
    const QCommandLineOption signOffOption(QStringLiteral("sign-off"), tr("A sign-off: \"Name <email>|role|approve or request-changes|comment\" (repeatable)."),
                                           QStringLiteral("SIGNOFF"));
    const QCommandLineOption timeOption(QStringLiteral("time"), tr("The review's time, ISO 8601 (default: SOURCE_DATE_EPOCH, else now)."), QStringLiteral("TIME"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Render this saved review JSON instead of reviewing PATH; its signatures (REVIEW.json.asc) are checked and shown."),
                                        QStringLiteral("REVIEW.json"));
    parser.addOptions({formatOption, outputOption, statsOption, traceOption, rangeOption, configOption, signOption, signOffOption, timeOption, fromOption});
    if (const std::optional<int> exit = parseCommandLine(parser, arguments, "report"))
        return *exit;

    const std::optional<report::ReviewFormat> format = report::reviewFormatFromName(parser.value(formatOption));
    if (!format) {
        err() << tr("migreview report: --format must be json, html, pdf, sarif or markdown, not '%1'").arg(parser.value(formatOption)) << '\n';
        return ExitUsage;
    }
    const QString output = parser.value(outputOption);
    if ((*format == report::ReviewFormat::Pdf || parser.isSet(signOption)) && (output.isEmpty() || output == u"-")) {
        err() << tr("migreview report: PDF and --sign need an output file (-o FILE)") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(signOption) && *format != report::ReviewFormat::Json) {
        err() << tr("migreview report: the JSON is what gets signed: make it with --format json --sign KEY, then render it with --from REVIEW.json") << '\n';
        return ExitUsage;
    }

    QJsonObject review;
    report::RenderContext context;
    if (parser.isSet(fromOption)) {
        if (!parser.positionalArguments().isEmpty()) {
            err() << tr("migreview report: give PATH or --from, not both") << '\n';
            return ExitUsage;
        }
        const report::ReviewLoad load = report::loadReview(parser.value(fromOption));
        if (!load.review) {
            err() << tr("migreview report: %1: %2").arg(parser.value(fromOption), load.error) << '\n';
            return ExitUsage;
        }
        review = *load.review;
        context.jsonSha256 = QString::fromLatin1(report::sha256Hex(load.bytes));
        QStringList read;
        const QByteArray signatures = readSignatures({parser.value(fromOption) + QStringLiteral(".asc")}, &read);
        if (!read.isEmpty()) {
            QString error;
            context.signers = signerLines(report::verifyDetached(load.bytes, signatures, &error));
            if (!error.isEmpty())
                err() << tr("migreview report: the signatures were not checked: %1").arg(error) << '\n';
        }
    } else {
        if (parser.positionalArguments().size() != 1) {
            err() << tr("migreview report: give one PATH (a migration folder), or --from REVIEW.json") << '\n';
            return ExitUsage;
        }
        const QString path = parser.positionalArguments().first();
        const std::optional<QDateTime> time = reviewTime(parser.value(timeOption));
        if (!time) {
            err() << tr("migreview report: --time must be ISO 8601 (2026-12-05T10:00:00Z), not '%1'").arg(parser.value(timeOption)) << '\n';
            return ExitUsage;
        }
        std::vector<report::SignOff> signOffs;
        for (const QString &text : parser.values(signOffOption)) {
            QString error;
            const std::optional<report::SignOff> signOff = report::parseSignOff(text, *time, &error);
            if (!signOff) {
                err() << tr("migreview report: %1").arg(error) << '\n';
                return ExitUsage;
            }
            signOffs.push_back(*signOff);
        }
        std::optional<lint::Config> config;
        if (parser.isSet(configOption)) {
            const lint::ConfigLoad load = lint::loadConfig(parser.value(configOption));
            if (!load.config) {
                err() << tr("migreview report: %1").arg(load.error) << '\n';
                return ExitUsage;
            }
            config = load.config;
        }
        std::optional<stats::StatsSnapshot> snapshot;
        QByteArray snapshotBytes;
        if (parser.isSet(statsOption)) {
            stats::SnapshotLoad load = stats::loadSnapshot(parser.value(statsOption));
            if (!load.snapshot) {
                err() << tr("migreview report: %1").arg(load.error) << '\n';
                return ExitUsage;
            }
            snapshot = std::move(load.snapshot);
            QFile file(parser.value(statsOption));
            if (file.open(QIODevice::ReadOnly))
                snapshotBytes = file.readAll();
        }
        std::optional<QJsonObject> trace;
        if (parser.isSet(traceOption)) {
            QFile file(parser.value(traceOption));
            const QJsonDocument document = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()) : QJsonDocument();
            if (!document.isObject() || document.object().value(u"format").toString() != u"migreview-trace") {
                err() << tr("migreview report: %1 is not a saved trace (migreview trace --format json -o FILE)").arg(parser.value(traceOption)) << '\n';
                return ExitUsage;
            }
            trace = document.object();
        }
        report::ReviewRequest request;
        request.path = path;
        request.gitRange = parser.value(rangeOption);
        request.config = config;
        request.snapshot = snapshot ? &*snapshot : nullptr;
        request.snapshotBytes = snapshotBytes;
        request.trace = trace;
        request.signOffs = signOffs;
        request.time = *time;
        request.toolVersion = QCoreApplication::applicationVersion();
        const report::ReviewBuild build = report::reviewRepository(request);
        if (!build.review) {
            err() << "migreview report: " << build.error << '\n';
            return ExitUsage;
        }
        review = *build.review;
        context.jsonSha256 = QString::fromLatin1(report::sha256Hex(report::canonicalJson(review)));
    }

    const QByteArray json = report::canonicalJson(review);
    switch (*format) {
    case report::ReviewFormat::Json:
        if (!writeOutput(output, json, "report"))
            return ExitUsage;
        if (parser.isSet(signOption)) {
            QByteArray signature;
            QString fingerprint, error;
            if (!report::signDetached(json, parser.value(signOption), &signature, &fingerprint, &error)) {
                err() << tr("migreview report: %1").arg(error) << '\n';
                return ExitUsage;
            }
            if (!writeOutput(output + QStringLiteral(".asc"), signature, "report"))
                return ExitUsage;
            err() << tr("signed by %1 into %2").arg(fingerprint, output + QStringLiteral(".asc")) << '\n';
        }
        break;
    case report::ReviewFormat::Markdown:
        if (!writeOutput(output, report::reviewToMarkdown(review, context), "report"))
            return ExitUsage;
        break;
    case report::ReviewFormat::Sarif:
        if (!writeOutput(output, report::reviewToSarif(review), "report"))
            return ExitUsage;
        break;
    case report::ReviewFormat::Html:
        if (!writeOutput(output, reportrender::reviewToHtml(review, context), "report"))
            return ExitUsage;
        break;
    case report::ReviewFormat::Pdf: {
        QString error;
        if (!reportrender::writeReviewPdf(review, context, output, &error)) {
            err() << tr("migreview report: %1").arg(error) << '\n';
            return ExitUsage;
        }
        break;
    }
    }
    const QJsonObject summary = review.value(u"summary").toObject();
    return summary.value(u"errors").toInt() > 0 || summary.value(u"graph_errors").toBool() ? ExitFindings : ExitOk;
}

int runSign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds your OpenPGP detached signature of a review JSON to its signature file (REVIEW.json.asc by default): several "
                                        "reviewers sign the same review, one after the other."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("REVIEW.json"), tr("The review (migreview report --format json)."));
    const QCommandLineOption keyOption(QStringLiteral("key"), tr("The signing key (fingerprint, key id or e-mail; default: gpg's default key)."), QStringLiteral("KEY"));
    const QCommandLineOption signatureOption(QStringLiteral("signature"), tr("The signature file to add to (default REVIEW.json.asc); a new one is made if missing."),
                                             QStringLiteral("FILE"));
    parser.addOptions({keyOption, signatureOption});
    if (const std::optional<int> exit = parseCommandLine(parser, arguments, "sign"))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("migreview sign: give one REVIEW.json") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    const report::ReviewLoad load = report::loadReview(path);
    if (!load.review) {
        err() << tr("migreview sign: %1: %2").arg(path, load.error) << '\n';
        return ExitUsage;
    }
    if (!load.canonical) {
        err() << tr("migreview sign: %1 is not in canonical form (changed after migreview wrote it): not signing it").arg(path) << '\n';
        return ExitFindings;
    }
    QByteArray signature;
    QString fingerprint, error;
    if (!report::signDetached(load.bytes, parser.value(keyOption), &signature, &fingerprint, &error)) {
        err() << tr("migreview sign: %1").arg(error) << '\n';
        return ExitUsage;
    }
    const QString signaturePath = parser.isSet(signatureOption) ? parser.value(signatureOption) : path + QStringLiteral(".asc");
    QByteArray existing;
    QFile old(signaturePath);
    if (old.exists()) {
        if (!old.open(QIODevice::ReadOnly)) {
            err() << tr("migreview sign: cannot read %1: %2").arg(signaturePath, old.errorString()) << '\n';
            return ExitUsage;
        }
        existing = old.readAll();
        if (!existing.isEmpty() && !existing.endsWith('\n'))
            existing += '\n';
    }
    if (!writeOutput(signaturePath, existing + signature, "sign"))
        return ExitUsage;
    err() << tr("signed by %1 into %2").arg(fingerprint, signaturePath) << '\n';
    return ExitOk;
}

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a signed review: every OpenPGP signature (valid, whose key, how trusted), that the JSON is canonical and "
                                        "unmodified, and with --repo that every migration file still has the hash the review recorded. Exits 0 "
                                        "when all holds, 1 when something does not, 2 when the review cannot be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("REVIEW.json"), tr("The review."));
    const QCommandLineOption signatureOption(QStringLiteral("signature"), tr("A signature file (repeatable; default REVIEW.json.asc)."), QStringLiteral("FILE"));
    const QCommandLineOption repoOption(QStringLiteral("repo"), tr("The migration repository now: report files changed, added or removed since the review."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("text (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({signatureOption, repoOption, formatOption});
    if (const std::optional<int> exit = parseCommandLine(parser, arguments, "verify"))
        return *exit;
    if (parser.positionalArguments().size() != 1 || (parser.value(formatOption) != u"text" && parser.value(formatOption) != u"json")) {
        err() << tr("migreview verify: give one REVIEW.json; --format is text or json") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("migreview verify: cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return ExitUsage;
    }
    const QByteArray bytes = file.readAll();
    QStringList problems; // each one makes the verdict fail

    // The signatures come first: they hold even when the JSON no longer parses.
    QStringList signaturePaths = parser.values(signatureOption);
    if (signaturePaths.isEmpty())
        signaturePaths << path + QStringLiteral(".asc");
    QStringList read;
    const QByteArray signatures = readSignatures(signaturePaths, &read);
    std::vector<report::SignatureCheck> checks;
    if (read.isEmpty()) {
        problems << tr("no signature: %1 does not exist").arg(signaturePaths.join(QStringLiteral(", ")));
    } else {
        QString error;
        checks = report::verifyDetached(bytes, signatures, &error);
        if (!error.isEmpty())
            problems << error;
        for (const report::SignatureCheck &check : checks) {
            if (check.status != report::SignatureCheck::Status::Valid)
                problems << check.message;
        }
    }
    const report::ReviewLoad load = report::parseReview(bytes);
    if (!load.review && bytes.contains("\"format\":\"migreview-review\"") && load.error.contains(QStringLiteral("schema version"))) {
        // A newer migreview wrote it: this one cannot say what it means.
        err() << tr("migreview verify: %1: %2").arg(path, load.error) << '\n';
        return ExitUsage;
    }
    if (!load.review) {
        problems << load.error;
    } else if (!load.canonical) {
        problems << tr("the JSON is not in canonical form: it was changed after migreview wrote it");
    }

    QJsonArray drift;
    if (parser.isSet(repoOption) && load.review) {
        const repository::Repository repo = repository::loadRepository(parser.value(repoOption));
        if (!repo.ok()) {
            err() << tr("migreview verify: %1").arg(repo.error) << '\n';
            return ExitUsage;
        }
        QHash<QString, QString> now;
        for (const repository::Migration &migration : repo.migrations) {
            for (const repository::MigrationScript &script : migration.scripts)
                now.insert(script.relativePath, QString::fromLatin1(script.sha256));
        }
        QSet<QString> reviewed;
        for (const QJsonValue &value : load.review->value(u"files").toArray()) {
            const QJsonObject recorded = value.toObject();
            const QString relative = recorded.value(u"path").toString();
            reviewed.insert(relative);
            if (!now.contains(relative))
                drift.append(QJsonObject{{QStringLiteral("path"), relative}, {QStringLiteral("change"), QStringLiteral("removed")}});
            else if (now.value(relative) != recorded.value(u"sha256").toString())
                drift.append(QJsonObject{{QStringLiteral("path"), relative}, {QStringLiteral("change"), QStringLiteral("modified")}});
        }
        QStringList added;
        for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
            if (!reviewed.contains(it.key()))
                added << it.key();
        }
        added.sort();
        for (const QString &relative : std::as_const(added))
            drift.append(QJsonObject{{QStringLiteral("path"), relative}, {QStringLiteral("change"), QStringLiteral("added")}});
        for (const QJsonValue &value : std::as_const(drift)) {
            const QString change = value.toObject().value(u"change").toString();
            const QString file = value.toObject().value(u"path").toString();
            problems << (change == u"modified" ? tr("%1 was modified since the review").arg(file)
                         : change == u"added"  ? tr("%1 was added since the review").arg(file)
                                               : tr("%1 was removed since the review").arg(file));
        }
    }

    const bool verified = problems.isEmpty();
    QByteArray out;
    if (parser.value(formatOption) == u"json") {
        QJsonArray signers;
        for (const report::SignatureCheck &check : checks)
            signers.append(QJsonObject{{QStringLiteral("status"), report::statusName(check.status)},
                                       {QStringLiteral("fingerprint"), check.fingerprint},
                                       {QStringLiteral("user_id"), check.userId},
                                       {QStringLiteral("time"), check.time.toString(Qt::ISODate)},
                                       {QStringLiteral("validity"), check.validity},
                                       {QStringLiteral("message"), check.message}});
        out = QJsonDocument(QJsonObject{{QStringLiteral("verified"), verified},
                                        {QStringLiteral("sha256"), QString::fromLatin1(report::sha256Hex(bytes))},
                                        {QStringLiteral("canonical"), load.canonical},
                                        {QStringLiteral("signatures"), signers},
                                        {QStringLiteral("drift"), drift},
                                        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}})
                  .toJson();
    } else {
        QString text = tr("%1 (SHA-256 %2)\n").arg(path, QString::fromLatin1(report::sha256Hex(bytes)));
        for (const report::SignatureCheck &check : checks)
            text += QStringLiteral("  %1 %2\n").arg(check.status == report::SignatureCheck::Status::Valid ? QStringLiteral("✔") : QStringLiteral("✘"), check.message)
                + (check.time.isValid() ? tr("    signed %1\n").arg(check.time.toString(Qt::ISODate)) : QString());
        for (const QString &problem : std::as_const(problems))
            text += QStringLiteral("  ✘ %1\n").arg(problem);
        text += verified ? tr("VERIFIED: signed, unmodified%1.\n").arg(parser.isSet(repoOption) ? tr(", and the repository's migrations are those reviewed") : QString())
                         : tr("NOT VERIFIED.\n");
        out = text.toUtf8();
    }
    writeOutput({}, out, "verify");
    return verified ? ExitOk : ExitFindings;
}

} // namespace migreview::cli
