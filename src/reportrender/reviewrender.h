#pragma once

#include "report/reviewformats.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The review's HTML and PDF exports (docs/report.md), rendered from the review JSON. They need
// QtGui (fonts, the PDF writer, SVG) and KSyntaxHighlighting but no widgets; the CLI runs them on
// the offscreen platform. The engine (migreview-core) stays QtCore only.
namespace migreview::reportrender {

// One self-contained HTML file: SQL highlighted by KSyntaxHighlighting, the graph and the trace's
// charts as inline SVG, a print stylesheet; the JSON's SHA-256 and the signers in the header.
QByteArray reviewToHtml(const QJsonObject &review, const report::RenderContext &context);

// A paginated PDF through Qt's PDF writer, with a table of contents (with page numbers) and the
// JSON's SHA-256 in every page's footer. Needs a QGuiApplication.
bool writeReviewPdf(const QJsonObject &review, const report::RenderContext &context, const QString &path, QString *error);

// Writes the review in one format (the workbench's Export dialog). With a signing key the canonical
// JSON is signed: for the JSON format into PATH.asc; for the others the signed JSON is written
// beside the export (PATH without its suffix + ".review.json" and ".asc") and the export names
// the signer and the JSON's hash. Files are replaced whole or not at all.
struct ExportRequest
{
    QString path;
    report::ReviewFormat format = report::ReviewFormat::Json;
    QString signingKey; // empty: unsigned
};
struct ExportResult
{
    QStringList written; // the files, the requested one first
    QString signer; // the signing key's fingerprint
    QString error;
};
ExportResult exportReview(const QJsonObject &review, const ExportRequest &request);

} // namespace migreview::reportrender
