// The review's HTML and PDF exports (src/reportrender): self-contained HTML with highlighted SQL,
// inline SVG and the JSON's hash; a paginated PDF with contents, checked by rendering its pages
// with pdftoppm and looking at the pixels.
#include "estimate/estimator.h"
#include "graph/graph.h"
#include "lint/linter.h"
#include "report/review.h"
#include "reportrender/reviewrender.h"
#include "repository/repository.h"
#include "trace/trace.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace migreview;

class TestReportRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_repository = repository::loadRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop"));
        m_lint = lint::lintRepository(m_repository);
        m_estimate = estimate::estimateRepository(m_repository, nullptr);
        m_graph = graph::buildGraph(m_repository, m_estimate);
        report::ReviewInput input;
        input.repository = &m_repository;
        input.lint = &m_lint;
        input.estimate = &m_estimate;
        input.graph = &m_graph;
        input.graphSvg = graph::render(m_graph, "svg");
        input.generatedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), QTimeZone::UTC);
        m_review = report::buildReview(input);
        m_context.jsonSha256 = QString::fromLatin1(report::sha256Hex(report::canonicalJson(m_review)));
        m_context.signers.push_back({QStringLiteral("ABCDEF0123456789"), QStringLiteral("Ada <ada@example.com>"), QStringLiteral("2026-12-05T10:01:00Z"), QStringLiteral("valid")});
    }

    void html()
    {
        const QString html = QString::fromUtf8(reportrender::reviewToHtml(m_review, m_context));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(m_context.jsonSha256));
        QVERIFY(html.contains(QStringLiteral("ABCDEF0123456789")));
        QVERIFY(html.contains(QStringLiteral("<svg"))); // the graph, inline
        QVERIFY(!html.contains(QStringLiteral("<?xml"))); // its prolog left out
        QVERIFY(html.contains(QStringLiteral("@media print")));
        // KSyntaxHighlighting coloured the SQL keywords.
        QVERIFY(html.contains(QStringLiteral("font-weight:bold;\">CREATE</span>")) || html.contains(QStringLiteral(">CREATE</span>")));
        // Self-contained: nothing fetched from elsewhere.
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
    }

    // A trace in the review: its statements and, per touched column, a before/after chart.
    void htmlWithTrace()
    {
        trace::TraceResult traced;
        traced.sourceDatabase = QStringLiteral("shop");
        traced.serverVersion = QStringLiteral("17.5");
        traced.scratchMethod = trace::ScratchMethod::Template;
        traced.statements.push_back({QStringLiteral("0007_backfill.up.sql"), 3, QStringLiteral("UPDATE"), 12.5, 2000, {}, {}, 0, 4096, -1});
        trace::Distribution amount;
        amount.table = QStringLiteral("prices");
        amount.column = QStringLiteral("amount");
        amount.numeric = true;
        amount.binEdges = {0, 10, 20, 30};
        amount.before.exists = amount.after.exists = true;
        amount.before.histogram = {100, 0, 0};
        amount.after.histogram = {0, 0, 100};
        amount.flagged = true;
        amount.reasons << QStringLiteral("population stability index 9.000 (over 0.25)");
        traced.distributions.push_back(amount);
        QJsonObject review = m_review;
        review.insert(QStringLiteral("trace"), QJsonDocument::fromJson(trace::traceToJson(traced)).object());
        const QString html = QString::fromUtf8(reportrender::reviewToHtml(review, m_context));
        QVERIFY(html.contains(QStringLiteral("Trace on a scratch copy")));
        QVERIFY(html.contains(QStringLiteral("prices.amount: drift")));
        QVERIFY(html.contains(QStringLiteral("population stability index 9.000")));
        QCOMPARE(html.count(QStringLiteral("<svg")), 2); // the graph and the chart
        QVERIFY(html.contains(QStringLiteral("fill=\"#e8902c\"><title>20: 100</title>")));
    }

    void pdf()
    {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm is missing: ./dev installs poppler-utils (packaging/debian13-build-deps.txt)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        QString error;
        QVERIFY2(reportrender::writeReviewPdf(m_review, m_context, path, &error), qPrintable(error));
        QProcess process;
        process.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), path, dir.filePath(QStringLiteral("page"))});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QVERIFY2(pages.size() > 10, qPrintable(QString::number(pages.size()))); // paginated, not one endless page
        // Every page has ink: text, not blank paper; and text at a readable size (not a
        // thumbnail squeezed into a corner): dark pixels reach the right half of the first page.
        for (const QString &name : pages) {
            const QImage image(dir.filePath(name));
            QVERIFY(!image.isNull());
            int dark = 0, rightHalf = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qGray(image.pixel(x, y)) < 128) {
                        ++dark;
                        rightHalf += x > image.width() / 2;
                    }
                }
            }
            QVERIFY2(dark > 50, qPrintable(name));
            if (name == pages.first())
                QVERIFY2(rightHalf > 100, "the first page's text does not reach the right half");
        }
    }

private:
    repository::Repository m_repository;
    lint::LintResult m_lint;
    estimate::EstimateReport m_estimate;
    graph::Graph m_graph;
    QJsonObject m_review;
    report::RenderContext m_context;
};

QTEST_MAIN(TestReportRender)
#include "tst_reportrender.moc"
