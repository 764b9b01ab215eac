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

} // namespace migreview::reportrender
