#include "reportrender/reviewrender.h"

#include "report/review.h"
#include "report/signing.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QImage>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace migreview::reportrender {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::report", text);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// SQL as HTML spans coloured by KSyntaxHighlighting's PostgreSQL definition and its light theme
// (readable on paper). KF6 does not install its HtmlHighlighter, so this is the same small
// AbstractHighlighter subclass, writing spans into a string instead of a file.
class SqlToHtml : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    SqlToHtml()
    {
        static KSyntaxHighlighting::Repository repository;
        setDefinition(repository.definitionForName(QStringLiteral("SQL (PostgreSQL)")));
        setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    }

    QString highlight(const QString &text)
    {
        m_html.clear();
        KSyntaxHighlighting::State state;
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = lines[i];
            m_html += QStringLiteral("<span class=\"ln\">%1</span>").arg(i + 1, 4);
            state = highlightLine(m_line, state);
            m_html += u'\n';
        }
        return m_html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0)
            return;
        const QString piece = escaped(m_line.mid(offset, length));
        if (format.isDefaultTextStyle(theme())) {
            m_html += piece;
            return;
        }
        QString style;
        if (format.hasTextColor(theme()))
            style += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
        if (format.isBold(theme()))
            style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(theme()))
            style += QStringLiteral("font-style:italic;");
        m_html += style.isEmpty() ? piece : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, piece);
    }

private:
    QString m_line;
    QString m_html;
};

// An SVG document without its XML prolog and doctype, to sit inside HTML.
QString inlineSvg(const QString &svg)
{
    const qsizetype start = svg.indexOf(QStringLiteral("<svg"));
    return start < 0 ? QString() : svg.mid(start);
}

// A distribution's before-and-after bars as SVG: the same bins (numbers) or the most common
// values (the rest), blue before, orange after.
QString distributionSvg(const QJsonObject &distribution)
{
    std::vector<std::pair<QString, std::pair<double, double>>> bars;
    const QJsonObject before = distribution.value(u"before").toObject();
    const QJsonObject after = distribution.value(u"after").toObject();
    if (distribution.value(u"numeric").toBool()) {
        const QJsonArray edges = distribution.value(u"bin_edges").toArray();
        const QJsonArray b = before.value(u"histogram").toArray(), a = after.value(u"histogram").toArray();
        for (qsizetype i = 0; i + 1 < edges.size(); ++i)
            bars.push_back({QString::number(edges[i].toDouble(), 'g', 4), {b.at(i).toDouble(), a.at(i).toDouble()}});
    } else {
        QHash<QString, std::pair<double, double>> counts;
        QStringList order;
        for (const auto &[side, first] : {std::pair(before, true), std::pair(after, false)}) {
            for (const QJsonValue &value : side.value(u"top_values").toArray()) {
                const QString key = value.toObject().value(u"value").toString();
                if (!counts.contains(key))
                    order << key;
                (first ? counts[key].first : counts[key].second) = value.toObject().value(u"count").toDouble();
            }
        }
        for (const QString &key : std::as_const(order))
            bars.push_back({key, counts.value(key)});
    }
    if (bars.empty())
        return {};
    double highest = 1;
    for (const auto &bar : bars)
        highest = std::max({highest, bar.second.first, bar.second.second});
    const int width = 520, height = 170, left = 40, bottom = 30, plotHeight = height - bottom - 20;
    const double slot = double(width - left - 10) / double(bars.size());
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"10\">")
                      .arg(width)
                      .arg(height);
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#888\"/>").arg(left).arg(height - bottom).arg(width - 10);
    svg += QStringLiteral("<text x=\"2\" y=\"20\">%1</text>").arg(highest);
    for (size_t i = 0; i < bars.size(); ++i) {
        const double x = left + double(i) * slot;
        const double hb = plotHeight * bars[i].second.first / highest, ha = plotHeight * bars[i].second.second / highest;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#3f8fd2\"><title>%5: %6</title></rect>")
                   .arg(x + 1, 0, 'f', 1)
                   .arg(height - bottom - hb, 0, 'f', 1)
                   .arg(slot / 2 - 1, 0, 'f', 1)
                   .arg(hb, 0, 'f', 1)
                   .arg(escaped(bars[i].first))
                   .arg(bars[i].second.first);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#e8902c\"><title>%5: %6</title></rect>")
                   .arg(x + slot / 2, 0, 'f', 1)
                   .arg(height - bottom - ha, 0, 'f', 1)
                   .arg(slot / 2 - 1, 0, 'f', 1)
                   .arg(ha, 0, 'f', 1)
                   .arg(escaped(bars[i].first))
                   .arg(bars[i].second.second);
        if (i % std::max<size_t>(1, bars.size() / 5) == 0)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>").arg(x, 0, 'f', 1).arg(height - bottom + 14).arg(escaped(bars[i].first.left(12)));
    }
    for (const auto &[x, colour, label] : {std::tuple(width - 150, QStringLiteral("#3f8fd2"), tr("before")), std::tuple(width - 80, QStringLiteral("#e8902c"), tr("after"))})
        svg += QStringLiteral("<rect x=\"%1\" y=\"4\" width=\"10\" height=\"10\" fill=\"%2\"/><text x=\"%3\" y=\"13\">%4</text>").arg(x).arg(colour).arg(x + 14).arg(label);
    svg += QStringLiteral("</svg>");
    return svg;
}

struct Section
{
    QString anchor;
    QString title;
};

// The review as HTML. For the PDF (forPdf) SVGs become images named svg:N in *svgs, since Qt's
// rich text has no SVG, and the table of contents carries the page numbers given.
QString reviewHtml(const QJsonObject &review, const report::RenderContext &context, bool forPdf, QStringList *svgs, const QHash<QString, int> &pages,
                   std::vector<Section> *sections)
{
    const auto figure = [&](const QString &svg) -> QString {
        if (svg.isEmpty())
            return {};
        if (!forPdf)
            return QStringLiteral("<div class=\"figure\">%1</div>").arg(inlineSvg(svg));
        svgs->push_back(svg);
        return QStringLiteral("<p><img src=\"svg:%1\"/></p>").arg(svgs->size() - 1);
    };
    const QJsonObject repository = review.value(u"repository").toObject();
    const QJsonObject summary = review.value(u"summary").toObject();
    QString body;
    sections->clear();
    const auto section = [&](const QString &anchor, const QString &title) -> QString {
        sections->push_back({anchor, title});
        return QStringLiteral("<h2 id=\"%1\"><a name=\"%1\"></a>%2</h2>\n").arg(anchor, escaped(title));
    };

    // Header: what was reviewed, and how to match this document to the signed JSON.
    body += QStringLiteral("<h1>%1</h1>\n").arg(escaped(tr("Migration review")));
    body += QStringLiteral("<table class=\"meta\">");
    const auto meta = [&body](const QString &name, const QString &value) {
        if (!value.isEmpty())
            body += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escaped(name), escaped(value));
    };
    meta(tr("Repository"), repository.value(u"path").toString());
    meta(tr("Remote"), repository.value(u"remote_url").toString());
    meta(tr("Commit"), repository.value(u"head").toString() + (repository.value(u"uncommitted_changes").toBool() ? tr(" (with uncommitted changes)") : QString()));
    meta(tr("Branch"), repository.value(u"branch").toString());
    meta(tr("Pull request range"), repository.value(u"range").toString());
    meta(tr("Generated (UTC)"), review.value(u"generated_at").toString());
    meta(tr("Tool"), QStringLiteral("migreview %1").arg(review.value(u"tool").toObject().value(u"version").toString()));
    meta(tr("Target PostgreSQL"), QString::number(review.value(u"target_pg_version").toInt()));
    meta(tr("Review JSON SHA-256"), context.jsonSha256);
    for (const report::SignerLine &signer : context.signers)
        meta(tr("Signed by"), tr("%1, key %2, %3 (%4)").arg(signer.userId, signer.fingerprint, signer.time, signer.status));
    if (context.signers.empty())
        meta(tr("Signed by"), tr("nobody yet: sign the JSON with migreview report --sign or migreview sign"));
    body += QStringLiteral("</table>\n");

    // The contents; in the PDF with page numbers.
    QString contents;
    const QStringList plannedAnchors{QStringLiteral("summary"),  QStringLiteral("signoffs"), QStringLiteral("findings"), QStringLiteral("locks"),
                                     QStringLiteral("graph"),    QStringLiteral("trace"),    QStringLiteral("runbook"),  QStringLiteral("files")};
    const QStringList plannedTitles{tr("Summary"), tr("Sign-offs"), tr("Findings"), tr("Locks and their estimated times"),
                                    tr("Dependency graph"), tr("Trace on a scratch copy"), tr("Runbook"), tr("Reviewed files")};
    contents += QStringLiteral("<h2>%1</h2><table class=\"toc\">").arg(escaped(tr("Contents")));
    for (qsizetype i = 0; i < plannedAnchors.size(); ++i) {
        if (plannedAnchors[i] == u"trace" && !review.value(u"trace").isObject())
            continue;
        contents += QStringLiteral("<tr><td><a href=\"#%1\">%2</a></td><td class=\"num\">%3</td></tr>")
                        .arg(plannedAnchors[i], escaped(plannedTitles[i]), forPdf ? QString::number(pages.value(plannedAnchors[i], 0)) : QString());
    }
    contents += QStringLiteral("</table>\n");
    body += contents;

    body += section(QStringLiteral("summary"), tr("Summary"));
    body += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                .arg(tr("migrations"), tr("statements"), tr("errors"), tr("warnings"), tr("infos"), tr("suppressed"), tr("expected duration"));
    body += QStringLiteral("<tr><td class=\"num\">%1</td></tr></table>\n").arg(report::summaryCells(summary).join(QStringLiteral("</td><td class=\"num\">")));
    const QJsonValue statistics = review.value(u"statistics");
    body += statistics.isObject() ? QStringLiteral("<p>%1</p>\n").arg(escaped(tr("Statistics: %1, PostgreSQL %2, captured %3, snapshot SHA-256 %4%5.")
                                                                                 .arg(statistics.toObject().value(u"source").toString(),
                                                                                      statistics.toObject().value(u"server_version").toString(),
                                                                                      statistics.toObject().value(u"captured_at").toString(),
                                                                                      statistics.toObject().value(u"sha256").toString(),
                                                                                      statistics.toObject().value(u"calibrated").toBool() ? tr(", calibrated") : QString())))
                                  : QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No statistics snapshot: lock times are not estimated.")));

    body += section(QStringLiteral("signoffs"), tr("Sign-offs"));
    const QJsonArray signOffs = review.value(u"signoffs").toArray();
    if (signOffs.isEmpty()) {
        body += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("None recorded in the review.")));
    } else {
        body += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>").arg(tr("who"), tr("role"), tr("verdict"), tr("comment"), tr("when (UTC)"));
        for (const QJsonValue &value : signOffs) {
            const QJsonObject s = value.toObject();
            body += QStringLiteral("<tr><td>%1 &lt;%2&gt;</td><td>%3</td><td class=\"%4\">%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(escaped(s.value(u"name").toString()), escaped(s.value(u"email").toString()), escaped(s.value(u"role").toString()),
                             escaped(s.value(u"verdict").toString()), escaped(s.value(u"comment").toString()), s.value(u"time").toString());
        }
        body += QStringLiteral("</table>\n");
    }

    body += section(QStringLiteral("findings"), tr("Findings"));
    QJsonArray findings = review.value(u"findings").toArray();
    const auto rank = [](const QJsonObject &f) {
        const QString level = f.value(u"level").toString();
        return (f.value(u"suppressed").toBool() ? 10 : 0) + (level == u"error" ? 0 : level == u"warning" ? 1 : 2);
    };
    std::vector<QJsonObject> ordered;
    for (const QJsonValue &value : findings)
        ordered.push_back(value.toObject());
    std::stable_sort(ordered.begin(), ordered.end(), [&](const QJsonObject &a, const QJsonObject &b) { return rank(a) < rank(b); });
    if (ordered.empty())
        body += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No findings.")));
    for (const QJsonObject &f : ordered) {
        body += QStringLiteral("<div class=\"finding %1\"><p><b class=\"%1\">%1</b> <b>%2</b> <code>%3:%4</code>%5<br/>%6</p>")
                    .arg(f.value(u"level").toString(), escaped(f.value(u"rule").toString()), escaped(f.value(u"file").toString()))
                    .arg(f.value(u"line").toInt())
                    .arg(f.value(u"suppressed").toBool() ? QStringLiteral(" <i>%1</i>").arg(escaped(tr("suppressed: %1").arg(f.value(u"justification").toString()))) : QString(),
                         escaped(f.value(u"message").toString()));
        if (!f.value(u"rationale").toString().isEmpty())
            body += QStringLiteral("<p class=\"why\">%1</p>").arg(escaped(f.value(u"rationale").toString()));
        if (!f.value(u"fix").toString().isEmpty())
            body += QStringLiteral("<p>%1</p><pre class=\"sql\">%2</pre>").arg(escaped(tr("Safe rewrite:")), escaped(f.value(u"fix").toString()));
        body += QStringLiteral("</div>\n");
    }

    body += section(QStringLiteral("locks"), tr("Locks and their estimated times"));
    const QJsonObject locks = review.value(u"locks").toObject();
    body += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>").arg(tr("table"), tr("strongest lock"), tr("writes wait"), tr("reads wait"));
    for (const QJsonValue &value : locks.value(u"tables").toArray()) {
        const QJsonObject t = value.toObject();
        body += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td></tr>")
                    .arg(escaped(t.value(u"table").toString()), escaped(t.value(u"strongest").toString()), report::expectedTime(t.value(u"blocking_writes_ms")), report::expectedTime(t.value(u"blocking_reads_ms")));
    }
    body += QStringLiteral("</table>\n<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>").arg(tr("statement"), tr("locks"), tr("duration"), tr("locks held"));
    for (const QJsonValue &value : locks.value(u"statements").toArray()) {
        const QJsonObject s = value.toObject();
        QStringList held;
        for (const QJsonValue &lock : s.value(u"locks").toArray())
            held << QStringLiteral("%1 on %2").arg(lock.toObject().value(u"mode").toString(), lock.toObject().value(u"relation").toString());
        body += QStringLiteral("<tr><td><code>%1:%2</code> %3</td><td>%4</td><td class=\"num\">%5</td><td class=\"num\">%6</td></tr>")
                    .arg(escaped(s.value(u"file").toString()))
                    .arg(s.value(u"line").toInt())
                    .arg(escaped(s.value(u"statement").toString()), escaped(held.join(QStringLiteral(", "))), report::expectedTime(s.value(u"duration_ms")), report::expectedTime(s.value(u"hold_ms")));
    }
    body += QStringLiteral("</table>\n");

    body += section(QStringLiteral("graph"), tr("Dependency graph"));
    const QJsonObject graph = review.value(u"graph").toObject();
    body += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("%1 statements, %2 dependencies; critical path %3.")
                                                          .arg(graph.value(u"nodes").toInt())
                                                          .arg(graph.value(u"edges").toInt())
                                                          .arg(report::expectedTime(QJsonObject{{QStringLiteral("expected"), graph.value(u"critical_path_ms")}}))));
    for (const QJsonValue &value : graph.value(u"violations").toArray()) {
        const QJsonObject v = value.toObject();
        body += QStringLiteral("<p><b class=\"%1\">%1</b> <b>%2</b>: %3</p>\n").arg(v.value(u"level").toString(), escaped(v.value(u"rule").toString()), escaped(v.value(u"message").toString()));
    }
    body += figure(graph.value(u"svg").toString());

    if (review.value(u"trace").isObject()) {
        const QJsonObject trace = review.value(u"trace").toObject();
        body += section(QStringLiteral("trace"), tr("Trace on a scratch copy"));
        body += QStringLiteral("<p>%1</p>").arg(escaped(tr("Run on a copy of %1 (PostgreSQL %2), made by %3.")
                                                            .arg(trace.value(u"source_database").toString(), trace.value(u"server_version").toString(),
                                                                 trace.value(u"scratch").toObject().value(u"method").toString())));
        body += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>").arg(tr("statement"), tr("measured"), tr("estimated"), tr("rows"));
        for (const QJsonValue &value : trace.value(u"statements").toArray()) {
            const QJsonObject s = value.toObject();
            body += QStringLiteral("<tr><td><code>%1:%2</code> %3</td><td class=\"num\">%4 ms</td><td class=\"num\">%5</td><td class=\"num\">%6</td></tr>")
                        .arg(escaped(s.value(u"file").toString()))
                        .arg(s.value(u"line").toInt())
                        .arg(escaped(s.value(u"statement").toString()))
                        .arg(s.value(u"duration_ms").toDouble(), 0, 'f', 1)
                        .arg(s.value(u"estimate_ms").isDouble() ? QStringLiteral("%1 ms").arg(s.value(u"estimate_ms").toDouble(), 0, 'f', 1) : tr("unknown"))
                        .arg(s.value(u"rows").isDouble() ? QString::number(s.value(u"rows").toDouble(), 'f', 0) : QString()); // no integer cast: a hostile review may hold 1e300
        }
        body += QStringLiteral("</table>\n");
        for (const QJsonValue &value : trace.value(u"distributions").toArray()) {
            const QJsonObject d = value.toObject();
            body += QStringLiteral("<h3>%1.%2%3</h3>").arg(escaped(d.value(u"table").toString()), escaped(d.value(u"column").toString()), d.value(u"flagged").toBool() ? tr(": drift") : QString());
            const QJsonArray reasons = d.value(u"drift").toObject().value(u"reasons").toArray();
            for (const QJsonValue &reason : reasons)
                body += QStringLiteral("<p class=\"error\">%1</p>").arg(escaped(reason.toString()));
            body += figure(distributionSvg(d));
        }
    }

    body += section(QStringLiteral("runbook"), tr("Runbook"));
    body += QStringLiteral("<table><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th></tr>").arg(tr("kind"), tr("step"), tr("expect"));
    for (const QJsonValue &value : review.value(u"runbook").toArray()) {
        const QJsonObject step = value.toObject();
        QString what = escaped(step.value(u"title").toString());
        if (!step.value(u"command").toString().isEmpty())
            what += QStringLiteral("<pre>%1</pre>").arg(escaped(step.value(u"command").toString()));
        if (!step.value(u"sql").toString().isEmpty())
            what += QStringLiteral("<pre class=\"sql\">%1</pre>").arg(escaped(step.value(u"sql").toString()));
        body += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(step.value(u"step").toInt())
                    .arg(escaped(step.value(u"kind").toString()), what, escaped(step.value(u"expect").toString()));
    }
    body += QStringLiteral("</table>\n");

    body += section(QStringLiteral("files"), tr("Reviewed files"));
    SqlToHtml highlighter;
    for (const QJsonValue &value : review.value(u"files").toArray()) {
        const QJsonObject file = value.toObject();
        body += QStringLiteral("<h3>%1</h3><p class=\"hash\">%2 · %3 · SHA-256 %4</p>")
                    .arg(escaped(file.value(u"path").toString()), escaped(file.value(u"direction").toString()), escaped(file.value(u"transaction").toString()),
                         file.value(u"sha256").toString());
        if (file.value(u"text").isString())
            body += QStringLiteral("<pre class=\"sql\">%1</pre>\n").arg(highlighter.highlight(file.value(u"text").toString()));
        else
            body += QStringLiteral("<p>%1</p>").arg(escaped(tr("Not shown: not UTF-8 text (the hash still binds it).")));
    }

    // The stylesheet lives in resources/report/review.css, embedded in the program.
    static const QString style = [] {
        QFile file(QStringLiteral(":/report/review.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>%1</title><style>%2</style></head><body>\n%3</body></html>\n")
        .arg(escaped(tr("Migration review: %1").arg(repository.value(u"path").toString())), style, body);
}

} // namespace

QByteArray reviewToHtml(const QJsonObject &review, const report::RenderContext &context)
{
    QStringList svgs;
    std::vector<Section> sections;
    return reviewHtml(review, context, false, &svgs, {}, &sections).toUtf8();
}

bool writeReviewPdf(const QJsonObject &review, const report::RenderContext &context, const QString &path, QString *error)
{
    // Through QSaveFile: an existing file is replaced whole, or left as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)) || !writer.setPageMargins(QMarginsF(15, 15, 15, 20), QPageLayout::Millimeter)) {
        *error = tr("cannot set up the PDF page");
        return false;
    }
    // Rich text lays out in screen pixels (96 per inch): the page in the same units, so that 10 pt
    // is 10 pt on paper. Text and lines stay vectors; only the SVG figures become images.
    writer.setResolution(96);
    writer.setTitle(tr("Migration review"));
    writer.setCreator(QStringLiteral("migreview"));
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QSizeF pageSize(page.width(), page.height() - writer.resolution() / 3); // room for the footer

    // Twice: once to learn on which page each section starts, then with those numbers in the contents.
    QHash<QString, int> pages;
    QTextDocument document;
    for (int pass = 0; pass < 2; ++pass) {
        QStringList svgs;
        std::vector<Section> sections;
        const QString html = reviewHtml(review, context, true, &svgs, pages, &sections);
        document.clear();
        document.setPageSize(pageSize);
        for (qsizetype i = 0; i < svgs.size(); ++i) {
            QSvgRenderer renderer(svgs[i].toUtf8());
            QSize size = renderer.defaultSize();
            if (!renderer.isValid() || size.isEmpty())
                continue;
            const double scale = std::min({1.0, (pageSize.width() - 20) / size.width(), (pageSize.height() - 40) / size.height()}) ;
            QImage image((QSizeF(size) * scale * 2).toSize(), QImage::Format_ARGB32); // twice the pixels for print
            image.fill(Qt::white);
            QPainter painter(&image);
            renderer.render(&painter);
            painter.end();
            image.setDevicePixelRatio(2);
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("svg:%1").arg(i)), image);
        }
        document.setHtml(html);
        pages.clear();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() != 2)
                continue;
            const int pageNumber = int(document.documentLayout()->blockBoundingRect(block).top() / pageSize.height()) + 1;
            for (const Section &section : sections) {
                if (block.text().trimmed() == section.title && !pages.contains(section.anchor))
                    pages.insert(section.anchor, pageNumber);
            }
        }
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("cannot write %1").arg(path);
        return false;
    }
    const int pageCount = document.pageCount();
    QFont footerFont = painter.font();
    footerFont.setPointSizeF(7);
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -index * pageSize.height());
        document.drawContents(&painter, QRectF(0, index * pageSize.height(), pageSize.width(), pageSize.height()));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(0, page.height() - writer.resolution() / 4, page.width(), writer.resolution() / 4), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Review JSON SHA-256 %1").arg(context.jsonSha256));
        painter.drawText(QRectF(0, page.height() - writer.resolution() / 4, page.width(), writer.resolution() / 4), Qt::AlignRight | Qt::AlignVCenter,
                         tr("page %1 of %2").arg(index + 1).arg(pageCount));
    }
    painter.end();
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

ExportResult exportReview(const QJsonObject &review, const ExportRequest &request)
{
    ExportResult result;
    const auto write = [&result](const QString &path, const QByteArray &bytes) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            result.error = tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        result.written << path;
        return true;
    };
    const QByteArray json = report::canonicalJson(review);
    report::RenderContext context;
    context.jsonSha256 = QString::fromLatin1(report::sha256Hex(json));
    QByteArray signature;
    if (!request.signingKey.isEmpty()) {
        if (!report::signDetached(json, request.signingKey, &signature, &result.signer, &result.error))
            return result;
        QString error;
        for (const report::SignatureCheck &check : report::verifyDetached(json, signature, &error))
            context.signers.push_back({check.fingerprint, check.userId, check.time.toString(Qt::ISODate), report::statusName(check.status)});
    }
    if (request.format == report::ReviewFormat::Json) {
        if (write(request.path, json) && !signature.isEmpty())
            write(request.path + QStringLiteral(".asc"), signature);
        return result;
    }
    QByteArray rendered;
    switch (request.format) {
    case report::ReviewFormat::Html:
        rendered = reviewToHtml(review, context);
        break;
    case report::ReviewFormat::Markdown:
        rendered = report::reviewToMarkdown(review, context);
        break;
    case report::ReviewFormat::Sarif:
        rendered = report::reviewToSarif(review);
        break;
    case report::ReviewFormat::Pdf:
        if (!writeReviewPdf(review, context, request.path, &result.error))
            return result;
        result.written << request.path;
        break;
    case report::ReviewFormat::Json:
        break;
    }
    if (request.format != report::ReviewFormat::Pdf && !write(request.path, rendered))
        return result;
    if (!signature.isEmpty()) {
        const QFileInfo info(request.path);
        const QString jsonPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".review.json"));
        if (write(jsonPath, json))
            write(jsonPath + QStringLiteral(".asc"), signature);
    }
    return result;
}

} // namespace migreview::reportrender
