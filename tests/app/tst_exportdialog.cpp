// File › Export Review…: the dialog makes the review off the GUI thread and writes it in the
// chosen format with its sign-offs; with a key from the keyring (a temporary GNUPGHOME with a
// generated key) it signs the canonical JSON and writes it beside the export, which names the
// signer; the window's trace and statistics go into the review.
#include "exportdialog.h"
#include "mainwindow.h"

#include "report/review.h"
#include "report/signing.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace migreview;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("GNUPGHOME", m_home.path().toLocal8Bit());
        QVERIFY(m_window.openRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        QVERIFY(m_window.loadStatistics(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/staging-stats.json")));
    }

    void cleanupTestCase()
    {
        const QString gpgconf = QStandardPaths::findExecutable(QStringLiteral("gpgconf"));
        if (!gpgconf.isEmpty())
            QProcess::execute(gpgconf, {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    }

    void htmlWithSignOffs()
    {
        app::ExportDialog dialog(m_window.reviewRequest());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.keysListed(), 30000);
        dialog.setFormat(report::ReviewFormat::Html);
        const QString path = m_out.filePath(QStringLiteral("review.html"));
        dialog.setOutputPath(path);
        dialog.setOpenWhenDone(false);
        dialog.addSignOff({QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"), QStringLiteral("dba"), QStringLiteral("request-changes"), QStringLiteral("needs lock_timeout"), {}});
        QSignalSpy exported(&dialog, &app::ExportDialog::exported);
        dialog.startExport();
        QVERIFY(dialog.isExporting()); // off the GUI thread
        QVERIFY(exported.wait(120000));
        QCOMPARE(exported.at(0).at(0).toBool(), true);
        const QByteArray html = readFile(path);
        QVERIFY(html.contains("Ada Lovelace"));
        QVERIFY(html.contains("request-changes"));
        QVERIFY(html.contains("c6102beb296bb75e23dc47db87d824493fa625349cff34ff5e759a929d310190")); // the snapshot's hash
        QCOMPARE(dialog.lastResult().written, QStringList{path});
    }

    void signedPdf()
    {
        const QString gpg = QStandardPaths::findExecutable(QStringLiteral("gpg"));
        QVERIFY2(!gpg.isEmpty(), "gpg is missing: ./dev installs gnupg (packaging/debian13-build-deps.txt)");
        QCOMPARE(QProcess::execute(gpg, {QStringLiteral("--batch"), QStringLiteral("--quiet"), QStringLiteral("--passphrase"), QString(), QStringLiteral("--quick-gen-key"),
                                         QStringLiteral("Export Tester <export@example.com>"), QStringLiteral("default"), QStringLiteral("default"), QStringLiteral("never")}),
                 0);
        app::ExportDialog dialog(m_window.reviewRequest());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.keysListed(), 30000);
        QCOMPARE(dialog.keyFingerprints().size(), 1);
        dialog.setSigningKey(dialog.keyFingerprints().first());
        dialog.setFormat(report::ReviewFormat::Pdf);
        const QString path = m_out.filePath(QStringLiteral("signed.pdf"));
        dialog.setOutputPath(path);
        dialog.setOpenWhenDone(false);
        QSignalSpy exported(&dialog, &app::ExportDialog::exported);
        dialog.startExport();
        QVERIFY(exported.wait(120000));
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(dialog.lastResult().error));
        const QString json = m_out.filePath(QStringLiteral("signed.review.json"));
        QCOMPARE(dialog.lastResult().written, (QStringList{path, json, json + QStringLiteral(".asc")}));
        QVERIFY(readFile(path).startsWith("%PDF"));
        QString error;
        const std::vector<report::SignatureCheck> checks = report::verifyDetached(readFile(json), readFile(json + QStringLiteral(".asc")), &error);
        QCOMPARE(checks.size(), size_t(1));
        QCOMPARE(checks[0].status, report::SignatureCheck::Status::Valid);
        QCOMPARE(checks[0].fingerprint, dialog.keyFingerprints().first());
        QVERIFY(report::parseReview(readFile(json)).canonical);
    }

    // The verdict has no default; approving over unsuppressed errors needs a justification,
    // which the report prints next to the verdict.
    void verdictIsChosenAndJustified()
    {
        const QString path = m_out.filePath(QStringLiteral("justified.md"));
        // A Markdown export of the example to path, with one sign-off and one unsuppressed error.
        const auto prepare = [&](app::ExportDialog &dialog, const report::SignOff &signOff) {
            QTRY_VERIFY_WITH_TIMEOUT(dialog.keysListed(), 30000);
            dialog.setFormat(report::ReviewFormat::Markdown);
            dialog.setOutputPath(path);
            dialog.setOpenWhenDone(false);
            dialog.setUnsuppressedErrors(1);
            dialog.addSignOff(signOff);
        };
        app::ExportDialog dialog(m_window.reviewRequest());
        prepare(dialog, {QStringLiteral("Grace Hopper"), {}, QStringLiteral("reviewer"), {}, {}, {}});
        dialog.startExport();
        QVERIFY(!dialog.isExporting());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Choose a verdict")), qPrintable(dialog.statusText()));

        app::ExportDialog approving(m_window.reviewRequest());
        prepare(approving, {QStringLiteral("Grace Hopper"), {}, QStringLiteral("reviewer"), QStringLiteral("approve"), {}, {}});
        approving.startExport();
        QVERIFY(!approving.isExporting());
        QVERIFY2(approving.statusText().contains(QStringLiteral("justification")), qPrintable(approving.statusText()));
        QVERIFY(!QFile::exists(path));

        app::ExportDialog justified(m_window.reviewRequest());
        prepare(justified, {QStringLiteral("Grace Hopper"), {}, QStringLiteral("reviewer"), QStringLiteral("approve"),
                            QStringLiteral("the syntax error is in a file the tool skips"), {}});
        QSignalSpy exported(&justified, &app::ExportDialog::exported);
        justified.startExport();
        QVERIFY(exported.wait(120000));
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(justified.lastResult().error));
        const QByteArray markdown = readFile(path);
        QVERIFY(markdown.contains("approve"));
        QVERIFY(markdown.contains("the syntax error is in a file the tool skips"));
    }

    void missingFolderIsRefused()
    {
        app::ExportDialog dialog(m_window.reviewRequest());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.keysListed(), 30000);
        dialog.setOutputPath(m_out.filePath(QStringLiteral("no/such/folder/review.json")));
        dialog.startExport();
        QVERIFY(!dialog.isExporting());
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("no"))));
    }

private:
    QTemporaryDir m_home{QStringLiteral("/tmp/mrgpg-XXXXXX")};
    QTemporaryDir m_out;
    app::MainWindow m_window;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
