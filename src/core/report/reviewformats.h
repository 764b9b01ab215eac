#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The review's exports that need no display (docs/report.md): Markdown for a pull-request comment
// and SARIF 2.1.0 for code scanning, both rendered from the review JSON. HTML and PDF are in
// src/reportrender (they need QtGui and KSyntaxHighlighting).
namespace migreview::report {

enum class ReviewFormat { Json, Html, Pdf, Sarif, Markdown };
std::optional<ReviewFormat> reviewFormatFromName(const QString &name);

// Who signed the JSON, as the exports show it next to the JSON's hash.
struct SignerLine
{
    QString fingerprint;
    QString userId;
    QString time; // UTC, ISO 8601
    QString status; // statusName(): "valid", ...
};

struct RenderContext
{
    QString jsonSha256; // of the canonical JSON the export was rendered from
    std::vector<SignerLine> signers;
};

// The expected time of a {low, expected, high} duration in milliseconds, for a person; "unknown"
// for null.
QString expectedTime(const QJsonValue &duration);

// The summary's figures as table cells, in the order migrations, statements, errors, warnings,
// infos, suppressed, expected duration.
QStringList summaryCells(const QJsonObject &summary);

QByteArray reviewToMarkdown(const QJsonObject &review, const RenderContext &context);
QByteArray reviewToSarif(const QJsonObject &review);

} // namespace migreview::report
