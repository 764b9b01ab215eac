// GUI smoke tests on the offscreen platform: the window opens the example, lists and shows its
// files highlighted, underlines syntax errors, and follows light and dark palettes.
#include "appsetup.h"
#include "connectiondialog.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "pullrequestdialog.h"
#include "settingsdialog.h"
#include "exportdialog.h"
#include "traceoptionsdialog.h"
#include "traceviews.h"
#include "migrationtree.h"
#include "graphview.h"
#include "locktimeline.h"
#include "lint/config.h"
#include "rules/registry.h"
#include "repository/repository.h"
#include "sqleditor.h"

#include <QApplication>

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QListWidget>
#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QListWidget>
#include <QDialog>
#include <QMenuBar>
#include <QCheckBox>
#include <QTranslator>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QTextBlock>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QComboBox>
#include <QTableView>
#include <QSpinBox>
#include <QTableWidget>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTimer>
#include <QSet>
#include <QPointer>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QDockWidget>

using namespace migreview::app;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
}

class TestWorkbench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The window's settings (recent repositories, dock layout) go to a temporary folder.
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("migreview-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    // --help and --version print without any display; without one, the program says so instead
    // of aborting in the platform plugin.
    void helpAndVersionNeedNoDisplay()
    {
        const QString program = qEnvironmentVariable("MIGREVIEW_BIN_DIR") + QStringLiteral("/migreview-workbench");
        QVERIFY2(QFileInfo::exists(program), qPrintable(program));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")})
            environment.remove(name);
        const auto run = [&](const QStringList &arguments, int *exitCode) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(program, arguments);
            if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
                return QStringLiteral("<crashed or hung>");
            *exitCode = process.exitCode();
            return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        };
        int exitCode = -1;
        const QString help = run({QStringLiteral("--help")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(help.contains(QStringLiteral("--git-range")) && help.contains(QStringLiteral("--stats")), qPrintable(help));
        const QString version = run({QStringLiteral("--version")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(version.contains(QStringLiteral(MIGREVIEW_VERSION)), qPrintable(version));
        const QString noDisplay = run({QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")}, &exitCode);
        QCOMPARE(exitCode, 2);
        QVERIFY2(noDisplay.contains(QStringLiteral("no display")), qPrintable(noDisplay));
        const QString badOption = run({QStringLiteral("--no-such-option")}, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY2(badOption.contains(QStringLiteral("no-such-option")), qPrintable(badOption));
    }

    // The dialogs are laid out by their forms in forms/: each has its named parts, is wide
    // enough for its title, and (with MIGREVIEW_SCREENSHOT_DIR set) is saved as a picture to look at.
    // In German, Qt's own strings (standard buttons) are German too: qtbase's translations load
    // beside ours (./dev installs qt6-translations-l10n; the package recommends it).
    void qtsOwnStringsAreTranslated()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        migreview::app::installTranslations(*qApp);
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Ok);
        QString cancel = box.button(QDialogButtonBox::Cancel)->text();
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(previous);
        QCOMPARE(cancel.remove(u'&'), QStringLiteral("Abbrechen"));
    }

    void dialogsComeFromTheirForms()
    {
        MainWindow window;
        ConnectionDialog connection;
        PullRequestDialog pullRequest;
        SettingsDialog settings(migreview::lint::Config{}, QString());
        TraceOptionsDialog traceOptions(QStringLiteral("0015"));
        ExportDialog exportDialog(window.reviewRequest());
        const std::pair<QDialog *, QStringList> dialogs[] = {
            {&connection, {QStringLiteral("service"), QStringLiteral("host"), QStringLiteral("password"), QStringLiteral("test"), QStringLiteral("result")}},
            {&pullRequest, {QStringLiteral("folder"), QStringLiteral("base"), QStringLiteral("head"), QStringLiteral("problem")}},
            {&settings, {QStringLiteral("pgVersion"), QStringLiteral("rules"), QStringLiteral("font"), QStringLiteral("scheme")}},
            {&traceOptions, {QStringLiteral("what"), QStringLiteral("scratchMethod"), QStringLiteral("rowLimit")}},
            {&exportDialog, {QStringLiteral("format"), QStringLiteral("path"), QStringLiteral("signOffs"), QStringLiteral("key"), QStringLiteral("status")}},
        };
        const QString screenshots = qEnvironmentVariable("MIGREVIEW_SCREENSHOT_DIR");
        for (const auto &[dialog, parts] : dialogs) {
            for (const QString &part : parts)
                QVERIFY2(dialog->findChild<QWidget *>(part), qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + QStringLiteral(": no ") + part));
            QVERIFY2(!dialog->windowTitle().isEmpty(), dialog->metaObject()->className());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const int titleWidth = dialog->fontMetrics().horizontalAdvance(dialog->windowTitle());
            QVERIFY2(dialog->width() >= titleWidth + 80, qPrintable(dialog->windowTitle()));
            if (!screenshots.isEmpty())
                dialog->grab().save(QStringLiteral("%1/%2.png").arg(screenshots, QString::fromLatin1(dialog->metaObject()->className()).section(u':', -1)));
            dialog->hide();
        }
        QCOMPARE(traceOptions.onlyMigration(), QString());
        QCOMPARE(settings.rulesTable()->rowCount(), int(migreview::rules::allRules().size()));
    }

    // Opening a repository shows an up script at once (never a down script), then the first
    // finding's file; opening another folder leaves nothing of the previous one on screen.
    void opensOnTheFirstFindingAndClearsThePrevious()
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        QVERIFY(!window.shownFile().endsWith(QStringLiteral(".down.sql")));
        QCOMPARE(QFileInfo(window.shownFile()).fileName(), QStringLiteral("0001_create_users.up.sql"));
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        const migreview::rules::Finding *first = nullptr;
        for (const migreview::rules::Finding &finding : window.findingsModel()->findings()) {
            if (!finding.suppressed && !finding.file.endsWith(QStringLiteral(".down.sql"))) {
                first = &finding;
                break;
            }
        }
        QVERIFY(first);
        QCOMPARE(QFileInfo(window.shownFile()).fileName(), first->file);

        QTemporaryDir other;
        QFile file(other.filePath(QStringLiteral("V1__accounts.sql")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE accounts (id bigint PRIMARY KEY);\n");
        file.close();
        finished.clear();
        QVERIFY(window.openRepository(other.path()));
        QCOMPARE(window.shownFile(), QFileInfo(other.filePath(QStringLiteral("V1__accounts.sql"))).absoluteFilePath());
        QVERIFY(window.traceResult().statements.empty());
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        for (const migreview::rules::Finding &finding : window.findingsModel()->findings())
            QCOMPARE(finding.file, QStringLiteral("V1__accounts.sql"));
        QVERIFY(window.editor()->toPlainText().startsWith(QStringLiteral("CREATE TABLE accounts")));
    }

    // Menus in the usual order, every dock reachable from View, Help with the rule reference.
    void menusInTheUsualOrder()
    {
        MainWindow window;
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.push_back(action->text().remove(u'&'));
        QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Go"),
                                      QStringLiteral("Trace"), QStringLiteral("Help")}));
        QMenu *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuView"));
        QVERIFY(view);
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            QVERIFY2(view->actions().contains(dock->toggleViewAction()), qPrintable(dock->windowTitle()));
        QMenu *help = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuHelp"));
        QVERIFY(help);
        QStringList helpItems;
        for (QAction *action : help->actions())
            helpItems.push_back(action->text().remove(u'&'));
        QVERIFY2(helpItems.contains(QStringLiteral("Rule Reference…")) && helpItems.contains(QStringLiteral("About migreview")),
                 qPrintable(helpItems.join(u',')));
    }

    void opensTheExample()
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        // The tree: the 20 migrations in order, each with its up and down script, statements and
        // findings counted per script and summed per migration.
        const int files = QDir(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")).entryList({QStringLiteral("*.sql")}).size();
        MigrationTreeModel *tree = window.fileModel();
        QVERIFY(tree->isGrouped());
        QCOMPARE(tree->rowCount(), files / 2);
        QCOMPARE(tree->paths().size(), files);
        QCOMPARE(tree->item(0)->text(), QStringLiteral("0001 create_users"));
        QCOMPARE(tree->item(0)->child(0)->text(), QStringLiteral("0001_create_users.up.sql"));
        QCOMPARE(tree->item(0)->child(1)->text(), QStringLiteral("0001_create_users.down.sql"));
        int statements = 0;
        int errors = 0, warnings = 0, infos = 0;
        for (int row = 0; row < tree->rowCount(); ++row) {
            int scriptStatements = 0;
            for (int child = 0; child < tree->item(row)->rowCount(); ++child) {
                bool isNumber = false;
                scriptStatements += tree->item(row)->child(child, MigrationTreeModel::StatementsColumn)->text().toInt(&isNumber);
                QVERIFY2(isNumber, qPrintable(tree->item(row)->child(child)->text()));
                errors += tree->item(row)->child(child, MigrationTreeModel::ErrorsColumn)->text().toInt();
                warnings += tree->item(row)->child(child, MigrationTreeModel::WarningsColumn)->text().toInt();
                infos += tree->item(row)->child(child, MigrationTreeModel::InfosColumn)->text().toInt();
            }
            QCOMPARE(tree->item(row, MigrationTreeModel::StatementsColumn)->text().toInt(), scriptStatements);
            statements += scriptStatements;
        }
        QCOMPARE(errors, 1);
        QCOMPARE(warnings, 41);
        QCOMPARE(infos, 8);
        QVERIFY(statements > 40);
        // A file is shown, highlighted by the PostgreSQL definition.
        QVERIFY(window.selectFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/0001_create_users.up.sql")));
        QVERIFY(window.editor()->toPlainText().contains(QStringLiteral("CREATE TABLE")));
        QVERIFY(!window.editor()->themeName().isEmpty());
        QVERIFY(window.loadStatistics(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/staging-stats.json")));
        QVERIFY(window.statistics()->table(QStringLiteral("orders")));
    }

    void opensARelativePath()
    {
        const QString previous = QDir::currentPath();
        QDir::setCurrent(QStringLiteral(MIGREVIEW_SOURCE_DIR));
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openRepository(QStringLiteral("examples/shop")));
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QDir::setCurrent(previous);
        QCOMPARE(window.fileModel()->item(0)->child(0)->data(MigrationTreeModel::PathRole).toString(),
                 QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/0001_create_users.up.sql"));
        QVERIFY(window.fileModel()->item(0)->child(0)->data(MigrationTreeModel::ProblemRole).isNull());
        QVERIFY(window.selectFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/0001_create_users.up.sql")));
    }

    void underlinesSyntaxErrors()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("V1__broken.sql")), "SELECT 1;\nCREATE TABEL t (id int);\n"));
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::fileShown);
        QVERIFY(window.openRepository(dir.path()));
        QCOMPARE(shown.count(), 1);
        const QList<SqlEditor::Diagnostic> diagnostics = window.editor()->diagnostics();
        QCOMPARE(diagnostics.size(), 1);
        const QString text = window.editor()->toPlainText();
        QCOMPARE(text.mid(diagnostics.first().begin, diagnostics.first().end - diagnostics.first().begin), QStringLiteral("TABEL"));
        QVERIFY2(window.errorText().contains(QStringLiteral("line 2, column 8")), qPrintable(window.errorText()));
        // The underline is an extra selection with a tooltip.
        bool underlined = false;
        for (const QTextEdit::ExtraSelection &selection : window.editor()->extraSelections())
            underlined |= selection.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline
                && selection.format.toolTip().contains(QStringLiteral("TABEL"));
        QVERIFY(underlined);
    }

    // The findings of examples/shop as the CLI lints them: 1 error, 41 warnings and 8 infos.
    void listsTheFindingsOfTheExample()
    {
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::findingsChanged);
        QVERIFY(window.openRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        QVERIFY(changed.wait(30000) || changed.count() == 1);
        QAbstractItemModelTester tester(window.findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(window.findingsFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        int levels[3] = {0, 0, 0};
        for (const migreview::rules::Finding &finding : window.findingsModel()->findings())
            levels[int(finding.level)] += !finding.suppressed;
        QCOMPARE(levels[0], 1);
        QCOMPARE(levels[1], 41);
        QCOMPARE(levels[2], 8);
        QCOMPARE(window.findingsFilter()->rowCount(), 50);

        // Filters: by level, by rule, by file; suppressed ones on request.
        window.findingsFilter()->setLevel(migreview::rules::Level::Error);
        QCOMPARE(window.findingsFilter()->rowCount(), 1);
        // A level means that level and the more severe ones.
        window.findingsFilter()->setLevel(migreview::rules::Level::Warning);
        QCOMPARE(window.findingsFilter()->rowCount(), 1 + 41);
        window.findingsFilter()->setLevel(std::nullopt);
        // The rule filter names each rule with its count.
        QComboBox *rules = window.findingsPanel()->rules();
        const int timeoutRule = rules->findData(QStringLiteral("require-lock-timeout"));
        QVERIFY(timeoutRule > 0);
        QVERIFY2(rules->itemText(timeoutRule).startsWith(QStringLiteral("require-lock-timeout (")), qPrintable(rules->itemText(timeoutRule)));
        // "Only this file" follows the file the editor shows.
        window.findingsPanel()->onlyShownFile()->setChecked(true);
        QVERIFY(window.selectFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/0015_add_shipments_address_id.up.sql")));
        QVERIFY(window.findingsFilter()->rowCount() > 0);
        for (int row = 0; row < window.findingsFilter()->rowCount(); ++row)
            QCOMPARE(window.findingsFilter()->index(row, FindingsModel::FileColumn).data(FindingsModel::FileRole).toString(),
                     QStringLiteral("0015_add_shipments_address_id.up.sql"));
        QVERIFY(window.selectFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/0013_add_orders_coupon_id.up.sql")));
        QVERIFY(window.findingsFilter()->rowCount() > 0);
        QCOMPARE(window.findingsFilter()->index(0, FindingsModel::FileColumn).data(FindingsModel::FileRole).toString(),
                 QStringLiteral("0013_add_orders_coupon_id.up.sql"));
        // The details pane shows the selected finding's whole message and its fix.
        window.findingsView()->setCurrentIndex(window.findingsFilter()->index(0, 0));
        const QString details = window.findingsPanel()->details()->toPlainText();
        QVERIFY2(details.contains(window.findingsFilter()->index(0, FindingsModel::MessageColumn).data().toString()), qPrintable(details));
        window.findingsPanel()->onlyShownFile()->setChecked(false);
        window.findingsFilter()->setRule(QStringLiteral("require-lock-timeout"));
        QVERIFY(window.findingsFilter()->rowCount() > 0);
        for (int row = 0; row < window.findingsFilter()->rowCount(); ++row)
            QCOMPARE(window.findingsFilter()->index(row, FindingsModel::RuleColumn).data().toString(), QStringLiteral("require-lock-timeout"));
        window.findingsFilter()->setRule({});
        window.findingsFilter()->setFileText(QStringLiteral("0015_"));
        QVERIFY(window.findingsFilter()->rowCount() > 0);
        for (int row = 0; row < window.findingsFilter()->rowCount(); ++row)
            QVERIFY(window.findingsFilter()->index(row, FindingsModel::FileColumn).data().toString().startsWith(QStringLiteral("0015_")));
        window.findingsFilter()->setFileText({});
        QCOMPARE(window.findingsFilter()->rowCount(), 50);
        // Sorting by level puts the error first.
        window.findingsView()->sortByColumn(FindingsModel::LevelColumn, Qt::AscendingOrder);
        QCOMPARE(window.findingsFilter()->index(0, FindingsModel::LevelColumn).data(FindingsModel::LevelRole).toInt(), int(migreview::rules::Level::Error));
    }

    // Suppressed findings are listed on request only, and not underlined.
    void hidesSuppressedFindings()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("V1__table.sql")), "CREATE TABLE t (id bigint);\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("V2__index.sql")),
                          "-- migreview:ignore require-concurrent-index-creation\nCREATE INDEX t_id ON t (id);\nCREATE INDEX t_id2 ON t (id);\n"));
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::findingsChanged);
        QVERIFY(window.openRepository(dir.path()));
        QVERIFY(changed.wait(30000) || changed.count() == 1);
        int suppressed = 0;
        for (const migreview::rules::Finding &finding : window.findingsModel()->findings())
            suppressed += finding.suppressed;
        QCOMPARE(suppressed, 1);
        const int shown = window.findingsFilter()->rowCount();
        QCOMPARE(shown, int(window.findingsModel()->findings().size()) - 1);
        QVERIFY(window.selectFile(dir.filePath(QStringLiteral("V2__index.sql"))));
        QCOMPARE(window.editor()->diagnostics().size(), shown);
        window.findingsFilter()->setShowSuppressed(true);
        QCOMPARE(window.findingsFilter()->rowCount(), shown + 1);
    }

    // The editor underlines exactly the shown file's findings, and F8 walks through them.
    void editorShowsTheFindingsAndF8MovesToTheNext()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy changed(&window, &MainWindow::findingsChanged);
        QVERIFY(window.openRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        QVERIFY(changed.wait(30000) || changed.count() == 1);
        const QString file = QStringLiteral("0015_add_shipments_address_id.up.sql");
        QVERIFY(window.selectFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/") + file));
        QStringList expected;
        for (const migreview::rules::Finding &finding : window.findingsModel()->findings()) {
            if (finding.file == file && !finding.suppressed)
                expected.push_back(finding.rule);
        }
        QVERIFY(expected.size() >= 2);
        const QList<SqlEditor::Diagnostic> diagnostics = window.editor()->diagnostics();
        QCOMPARE(diagnostics.size(), expected.size());
        int underlines = 0;
        for (const QTextEdit::ExtraSelection &selection : window.editor()->extraSelections())
            underlines += selection.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
        QCOMPARE(underlines, int(expected.size()));
        for (qsizetype i = 0; i < diagnostics.size(); ++i)
            QVERIFY2(diagnostics[i].message.contains(u'[' + expected[i] + u']'), qPrintable(diagnostics[i].message));

        // F8 from nothing selected goes to the first finding of the table; again, to the second.
        window.editor()->setFocus();
        QTest::keyClick(&window, Qt::Key_F8);
        QCOMPARE(window.findingsView()->currentIndex().row(), 0);
        const migreview::rules::Finding *first = window.findingsModel()->finding(window.findingsFilter()->mapToSource(window.findingsView()->currentIndex()));
        QVERIFY(first);
        QCOMPARE(window.editor()->textCursor().blockNumber() + 1, first->range.begin.line);
        QTest::keyClick(&window, Qt::Key_F8);
        QCOMPARE(window.findingsView()->currentIndex().row(), 1);
        QTest::keyClick(&window, Qt::Key_F8, Qt::ShiftModifier);
        QTest::keyClick(&window, Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(window.findingsView()->currentIndex().row(), window.findingsFilter()->rowCount() - 1); // wraps
        // The last finding is shown at its line.
        const QModelIndex last = window.findingsView()->currentIndex();
        const migreview::rules::Finding *lastFinding = window.findingsModel()->finding(window.findingsFilter()->mapToSource(last));
        QVERIFY(lastFinding);
        QCOMPARE(window.editor()->textCursor().blockNumber() + 1, lastFinding->range.begin.line);
    }

    // The finding at the cursor beside its safe rewrite; the up script beside its down.
    void showsSafeRewritesAndPairedScripts()
    {
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::findingsChanged);
        QVERIFY(window.openRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        QVERIFY(changed.wait(30000) || changed.count() == 1);
        const QString file = QStringLiteral("0015_add_shipments_address_id.up.sql");
        QVERIFY(window.selectFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/") + file));
        const migreview::rules::Finding *withFix = nullptr;
        for (const migreview::rules::Finding &finding : window.findingsModel()->findings()) {
            if (finding.file == file && !finding.suppressed && !finding.fix.isEmpty()) {
                withFix = &finding;
                break;
            }
        }
        QVERIFY(withFix);
        window.editor()->setTextCursor(QTextCursor(window.editor()->document()->findBlockByNumber(withFix->range.begin.line - 1)));
        QDialog *dialog = window.showSafeRewrite();
        QVERIFY(dialog);
        const SqlEditor *written = dialog->findChild<SqlEditor *>(QStringLiteral("asWritten"));
        const SqlEditor *rewrite = dialog->findChild<SqlEditor *>(QStringLiteral("safeRewrite"));
        QVERIFY(written && rewrite);
        QVERIFY(written->toPlainText().contains(window.editor()->document()->findBlockByNumber(withFix->range.begin.line - 1).text()));
        QVERIFY(!rewrite->toPlainText().isEmpty());
        dialog->close();
        // On a line without findings there is nothing to show.
        window.editor()->setTextCursor(QTextCursor(window.editor()->document()->findBlockByNumber(0)));
        QVERIFY(!window.showSafeRewrite());

        window.setPairedScriptShown(true);
        QCOMPARE(QFileInfo(window.pairedScriptPath()).fileName(), QStringLiteral("0015_add_shipments_address_id.down.sql"));
        QFile down(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/0015_add_shipments_address_id.down.sql"));
        QVERIFY(down.open(QIODevice::ReadOnly));
        QCOMPARE(window.pairedEditor()->toPlainText(), QString::fromUtf8(down.readAll()));
        QVERIFY(window.selectFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/0015_add_shipments_address_id.down.sql")));
        QCOMPARE(QFileInfo(window.pairedScriptPath()).fileName(), file);
    }

    // The trace's views, on a result made here (tests/postgres/tst_workbench_trace runs a real one).
    void traceViewsShowMeasurementsAndDistributions()
    {
        migreview::trace::TraceResult result;
        result.sourceDatabase = QStringLiteral("shop");
        result.serverVersion = QStringLiteral("17.5");
        result.scratchDatabase = QStringLiteral("migreview_trace_1");
        result.scratchDropped = true;
        migreview::trace::TracedStatement statement;
        statement.file = QStringLiteral("V1__cents.sql");
        statement.line = 1;
        statement.commandTag = QStringLiteral("UPDATE");
        statement.durationMs = 12.5;
        statement.rows = 2000;
        statement.locks = {{QStringLiteral("prices"), QStringLiteral("RowExclusiveLock")}};
        result.statements.push_back(statement);
        migreview::trace::Distribution amount;
        amount.table = QStringLiteral("prices");
        amount.column = QStringLiteral("amount");
        amount.numeric = true;
        amount.binEdges = {0, 50, 100};
        amount.before = {true, 2000, false, 2000, 0, 97, QStringLiteral("0.5"), QStringLiteral("96.5"), {2000, 0}, {}};
        amount.after = {true, 2000, false, 2000, 0, 97, QStringLiteral("50"), QStringLiteral("9650"), {10, 1990}, {}};
        amount.psi = 5.2;
        amount.ks = 0.99;
        amount.flagged = true;
        amount.reasons = {QStringLiteral("Kolmogorov-Smirnov distance 0.990 (over 0.2)")};
        migreview::trace::Distribution note;
        note.table = QStringLiteral("prices");
        note.column = QStringLiteral("note");
        note.before = {true, 2000, false, 2000, 0, 2, QStringLiteral("a"), QStringLiteral("b"), {}, {{QStringLiteral("a"), 1500}, {QStringLiteral("b"), 500}}};
        note.after = {true, 2000, false, 2000, 0, 2, QStringLiteral("a"), QStringLiteral("c"), {}, {{QStringLiteral("a"), 1500}, {QStringLiteral("c"), 500}}};
        result.distributions = {amount, note};

        DistributionsView view;
        view.setResult(result);
        QCOMPARE(view.columnList()->count(), 2);
        QVERIFY(!view.columnList()->item(0)->icon().isNull()); // drifted: marked
        QVERIFY(view.columnList()->item(1)->icon().isNull());
        const auto bars = [&view] {
            const auto series = view.chartView()->chart()->series();
            return series.isEmpty() ? nullptr : qobject_cast<QBarSeries *>(series.first());
        };
        QVERIFY(bars());
        QCOMPARE(bars()->count(), 2);
        QCOMPARE(bars()->barSets()[0]->at(0), 2000.0);
        QCOMPARE(bars()->barSets()[1]->at(1), 1990.0);
        QCOMPARE(view.figures()->item(4, 2)->text(), QStringLiteral("9650"));
        const QPointer<QChart> firstChart = view.chartView()->chart();
        view.columnList()->setCurrentRow(1);
        QVERIFY(view.chartView()->chart() != firstChart.data());
        QVERIFY2(firstChart.isNull(), "the previous chart was not deleted (QChartView::setChart only releases it)");
        QCOMPARE(bars()->barSets()[0]->count(), 3); // a, b and c: the top values of both sides
        QCOMPARE(bars()->barSets()[1]->at(1), 0.0); // b is gone after
        QVERIFY(!view.grab().isNull());

        TraceTable table;
        table.setResult(result);
        QCOMPARE(table.table()->rowCount(), 1);
        QCOMPARE(table.table()->item(0, TraceTable::EstimatedColumn)->text(), QStringLiteral("unknown"));
        QVERIFY(table.table()->item(0, TraceTable::LocksColumn)->text().contains(QStringLiteral("RowExclusiveLock on prices")));
        QVERIFY(table.summary().contains(QStringLiteral("dropped afterwards")));
    }

    // A finding and the graph's statements select each other.
    void findingsAndGraphSelectEachOther()
    {
        MainWindow window;
        QSignalSpy drawn(&window, &MainWindow::graphFinished);
        QVERIFY(window.openRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        QVERIFY(drawn.wait(60000) || drawn.count() == 1);
        const migreview::graph::Graph &graph = window.graphView()->graph();
        // The first finding that lies in a statement of the graph.
        int row = -1;
        int node = -1;
        for (int r = 0; r < window.findingsFilter()->rowCount() && row < 0; ++r) {
            const QModelIndex index = window.findingsFilter()->index(r, 0);
            for (const migreview::graph::Node &n : graph.nodes) {
                const int line = index.data(FindingsModel::LineRole).toInt();
                if (n.file == index.data(FindingsModel::FileRole).toString() && line >= n.line && line <= n.endLine) {
                    row = r;
                    node = n.id;
                    break;
                }
            }
        }
        QVERIFY(row >= 0);
        window.findingsView()->setCurrentIndex(window.findingsFilter()->index(row, 0));
        QVERIFY(window.graphView()->highlightedNodes().contains(node));
        window.findingsView()->clearSelection();
        window.findingsView()->setCurrentIndex({});
        Q_EMIT window.graphView()->nodeClicked(node);
        QCOMPARE(window.findingsView()->currentIndex().row(), row);
    }

    // A file edited on disk is analysed again and shown as it is now; a new file is listed.
    void reanalysesWhenFilesChangeOnDisk()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &sql) { return writeFile(dir.filePath(name), sql); };
        QVERIFY(write(QStringLiteral("V1__table.sql"), "CREATE TABLE t (id bigint PRIMARY KEY, note text);\n"));
        QVERIFY(write(QStringLiteral("V2__change.sql"), "SELECT 1;\n"));
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::findingsChanged);
        QVERIFY(window.openRepository(dir.path()));
        QVERIFY(changed.wait(30000) || changed.count() == 1);
        QVERIFY(window.selectFile(dir.filePath(QStringLiteral("V2__change.sql"))));
        const size_t before = window.findingsModel()->findings().size();
        QVERIFY(window.watcher()->files().contains(dir.filePath(QStringLiteral("V2__change.sql"))));

        QVERIFY(write(QStringLiteral("V2__change.sql"), "ALTER TABLE t DROP COLUMN note;\n"));
        QVERIFY(changed.wait(30000));
        QVERIFY(window.findingsModel()->findings().size() > before);
        QVERIFY(window.editor()->toPlainText().contains(QStringLiteral("DROP COLUMN")));
        QVERIFY(!window.editor()->diagnostics().isEmpty());

        QVERIFY(write(QStringLiteral("V3__more.sql"), "SELECT 2;\n"));
        QVERIFY(changed.wait(30000));
        QCOMPARE(window.fileModel()->paths().size(), 3);
    }

    // Every part of the window has an accessible name and a key that focuses it.
    void everyPartIsNamedAndReachableByKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QList<QWidget *> parts{window.editor(), window.findingsView(), window.graphView(), window.lockTimeline()};
        for (QWidget *part : parts)
            QVERIFY2(!part->accessibleName().isEmpty(), part->metaObject()->className());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(window.findingsView()->hasFocus());
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.editor()->hasFocus());
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QVERIFY(window.graphView()->hasFocus());
    }

    // Edits are analysed as typed but the file changes only when saved.
    void editsAreAnalysedLiveAndSavedOnlyOnRequest()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &sql) { return writeFile(dir.filePath(name), sql); };
        QVERIFY(write(QStringLiteral("V1__table.sql"), "CREATE TABLE t (id bigint PRIMARY KEY, note text);\n"));
        QVERIFY(write(QStringLiteral("V2__change.sql"), "SELECT 1;\n"));
        const QString path = dir.filePath(QStringLiteral("V2__change.sql"));
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::findingsChanged);
        QVERIFY(window.openRepository(dir.path()));
        QVERIFY(changed.wait(30000) || changed.count() == 1);
        QVERIFY(window.selectFile(path));
        QVERIFY(window.editor()->isReadOnly());
        const auto dropColumnFindings = [&window] {
            return std::count_if(window.findingsModel()->findings().begin(), window.findingsModel()->findings().end(),
                                 [](const migreview::rules::Finding &f) { return f.rule == u"ban-drop-column"; });
        };
        QCOMPARE(dropColumnFindings(), 0);

        window.setEditingEnabled(true);
        window.editor()->selectAll();
        window.editor()->insertPlainText(QStringLiteral("ALTER TABLE t DROP COLUMN note;\n"));
        QVERIFY(window.isModified(path));
        QVERIFY(changed.wait(30000));
        QVERIFY(dropColumnFindings() > 0);
        QVERIFY(!window.editor()->diagnostics().isEmpty());
        QFile onDisk(path);
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QCOMPARE(onDisk.readAll(), QByteArray("SELECT 1;\n")); // not saved unasked
        onDisk.close();

        window.revertShownFile();
        QCOMPARE(window.editor()->toPlainText(), QStringLiteral("SELECT 1;\n"));
        QVERIFY(changed.wait(30000));
        QCOMPARE(dropColumnFindings(), 0);

        window.editor()->selectAll();
        window.editor()->insertPlainText(QStringLiteral("ALTER TABLE t DROP COLUMN note;\n"));
        QString error;
        QVERIFY2(window.saveShownFile(&error), qPrintable(error));
        QVERIFY(!window.isModified(path));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QCOMPARE(onDisk.readAll(), QByteArray("ALTER TABLE t DROP COLUMN note;\n"));
    }

    // Recent repositories and the window's layout outlive the window; dropping a folder opens it.
    void remembersRepositoriesAndOpensDroppedFolders()
    {
        const QString shop = QFileInfo(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")).absoluteFilePath();
        const QString graph = QFileInfo(QStringLiteral(MIGREVIEW_TEST_DATA "/graph/violations")).absoluteFilePath();
        QSettings().clear(); // what the other tests opened
        {
            MainWindow window;
            QVERIFY(window.openRepository(shop));
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(graph)});
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &drop);
            QCOMPARE(window.repositoryPath(), graph);
            QCOMPARE(window.recentRepositories(), (QStringList{graph, shop}));
            window.close();
        }
        QVERIFY(!QSettings().value(QStringLiteral("window/state")).toByteArray().isEmpty());
        MainWindow again;
        const QMenu *recent = again.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(recent);
        QCOMPARE(recent->actions().size(), 2);
        QVERIFY(recent->actions().first()->text().contains(QDir::toNativeSeparators(graph)));
    }

    // The staging connection form: a libpq string of the fields set; the password is not
    // remembered; a refused connection is reported in the dialog.
    void connectionDialogTestsAndForgetsThePassword()
    {
        QSettings().clear();
        {
            ConnectionDialog dialog;
            migreview::stats::ConnectionParameters fields;
            fields.host = QStringLiteral("/nonexistent-socket-folder");
            fields.port = QStringLiteral("1");
            fields.database = QStringLiteral("shop");
            fields.user = QStringLiteral("reviewer");
            fields.password = QStringLiteral("s3cret");
            dialog.setParameters(fields);
            QCOMPARE(dialog.connectionString(),
                     QStringLiteral("host='/nonexistent-socket-folder' port='1' dbname='shop' user='reviewer' password='s3cret'"));
            QSignalSpy tested(&dialog, &ConnectionDialog::tested);
            dialog.testConnection();
            QVERIFY(tested.wait(30000) || tested.count() == 1);
            QCOMPARE(tested.first().first().toBool(), false);
            QVERIFY2(dialog.testResult().startsWith(QStringLiteral("cannot connect to the database")), qPrintable(dialog.testResult()));
            dialog.accept();
        }
        ConnectionDialog again;
        QCOMPARE(again.parameters().database, QStringLiteral("shop"));
        QCOMPARE(again.parameters().password, QString());
        QVERIFY(QFile::exists(QSettings().fileName()));
        QFile stored(QSettings().fileName());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains("s3cret"));
    }

    // A pull request: the range's new migration is marked, the old one is context, and the editor
    // shows HEAD's committed text, not the working tree's.
    void reviewsAPullRequest()
    {
        QTemporaryDir dir;
        const QString top = dir.path();
        const auto git = [&top](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(top);
            process.start(QStringLiteral("git"), arguments);
            return process.waitForFinished(30000) && process.exitCode() == 0;
        };
        const auto write = [&top](const QString &name, const QByteArray &sql) { return writeFile(top + u'/' + name, sql); };
        QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
        QVERIFY(git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("test@example.com")}));
        QVERIFY(git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")}));
        QVERIFY(git({QStringLiteral("config"), QStringLiteral("commit.gpgsign"), QStringLiteral("false")}));
        QVERIFY(write(QStringLiteral("V1__table.sql"), "CREATE TABLE t (id bigint PRIMARY KEY, note text);\n"));
        QVERIFY(git({QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("base")}));
        QVERIFY(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feature")}));
        QVERIFY(write(QStringLiteral("V2__drop.sql"), "ALTER TABLE t DROP COLUMN note;\n"));
        QVERIFY(git({QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("drop note")}));
        QVERIFY(write(QStringLiteral("V2__drop.sql"), "-- uncommitted\n"));

        PullRequestDialog dialog;
        dialog.setFolder(top);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(dialog.baseChoices().contains(QStringLiteral("main")));
        QVERIFY(dialog.baseChoices().contains(QStringLiteral("feature")));
        QCOMPARE(dialog.range(), QStringLiteral("main..HEAD"));

        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::findingsChanged);
        QVERIFY(window.openRepository(top, dialog.range()));
        QVERIFY(changed.wait(30000) || changed.count() == 1);
        MigrationTreeModel *tree = window.fileModel();
        QCOMPARE(tree->rowCount(), 2);
        QCOMPARE(tree->item(0)->data(MigrationTreeModel::ReviewRole).toBool(), false);
        QCOMPARE(tree->item(1)->data(MigrationTreeModel::ReviewRole).toBool(), true);
        QCOMPARE(tree->item(1)->data(MigrationTreeModel::BadgeRole).toString(), QStringLiteral("Added"));
        QVERIFY(tree->item(0)->data(MigrationTreeModel::BadgeRole).toString().isEmpty());
        // Only the pull request's migration is shown, and the window opens on it.
        QCOMPARE(window.fileView()->model()->rowCount(), 1);
        QCOMPARE(window.shownFile(), QFileInfo(top + QStringLiteral("/V2__drop.sql")).absoluteFilePath());
        QCOMPARE(window.editor()->toPlainText(), QStringLiteral("ALTER TABLE t DROP COLUMN note;\n"));
        QVERIFY(!window.editor()->diagnostics().isEmpty());
        QVERIFY2(window.statusSummary().startsWith(QStringLiteral("Pull request main..HEAD: 1 migration(s), 0 error(s), 2 warning(s) · ")), qPrintable(window.statusSummary()));
        // The summary panel: the same content as the markdown summary, with links to statements.
        QVERIFY(window.pullRequestDock()->isVisibleTo(&window));
        const QString summary = window.pullRequestSummaryView()->toHtml();
        QVERIFY2(summary.contains(QStringLiteral("2 drop (added)")) && summary.contains(QStringLiteral("migreview-open:V2__drop.sql")), qPrintable(summary));
        // Context: one toggle shows the rest, and its findings, without counting them.
        window.setShowContext(true);
        QCOMPARE(window.fileView()->model()->rowCount(), 2);
        window.setShowContext(false);
        QCOMPARE(window.fileView()->model()->rowCount(), 1);

        // An edit of the migration that exists at BASE: beside its BASE text, the lines tinted.
        QVERIFY(write(QStringLiteral("V1__table.sql"), "CREATE TABLE t (id bigint PRIMARY KEY, note text);\nCREATE INDEX t_note ON t (note);\n"));
        QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("edit history")}));
        QVERIFY(window.openRepository(top, QStringLiteral("main...HEAD")));
        QVERIFY(changed.wait(30000));
        QCOMPARE(window.fileView()->model()->rowCount(), 2);
        QCOMPARE(tree->item(0)->data(MigrationTreeModel::BadgeRole).toString(), QStringLiteral("Modified"));
        QCOMPARE(window.shownFile(), QFileInfo(top + QStringLiteral("/V1__table.sql")).absoluteFilePath());
        QVERIFY(window.isShowingBaseDiff());
        QVERIFY(window.pairedEditor()->isVisibleTo(&window));
        QCOMPARE(window.pairedEditor()->toPlainText(), QStringLiteral("CREATE TABLE t (id bigint PRIMARY KEY, note text);\n"));
        QCOMPARE(window.editor()->lineHighlights().keys(), QList<int>{2});
        QVERIFY(window.pairedEditor()->lineHighlights().isEmpty());
        // Another file of the range: no diff for an added script.
        QVERIFY(window.selectFile(top + QStringLiteral("/V2__drop.sql")));
        QVERIFY(!window.isShowingBaseDiff());
        QVERIFY(window.editor()->lineHighlights().isEmpty());

        // A range that does not resolve is an error, not a crash.
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openRepository(top, QStringLiteral("nosuchbranch..HEAD")));
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QVERIFY2(window.errorText().contains(QStringLiteral("nosuchbranch")), qPrintable(window.errorText()));
        QCOMPARE(window.findingsModel()->rowCount(), 0);
    }

    // Settings: a rule turned off and another's level changed apply to the analysis at once, and
    // go to .migreview.toml only on request (the replaced file kept as .bak).
    void settingsChangeTheAnalysisAndSaveOnRequest()
    {
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("0002_create_catalog.up.sql"), QStringLiteral("0002_create_catalog.down.sql")})
            QVERIFY(QFile::copy(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/") + name, dir.filePath(name)));
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::findingsChanged);
        QVERIFY(window.openRepository(dir.path()));
        QVERIFY(changed.wait(30000) || changed.count() == 1);
        const auto count = [&window](const QString &rule, migreview::rules::Level level) {
            return std::count_if(window.findingsModel()->findings().begin(), window.findingsModel()->findings().end(),
                                 [&](const migreview::rules::Finding &f) { return f.rule == rule && f.level == level; });
        };
        QVERIFY(count(QStringLiteral("prefer-text-field"), migreview::rules::Level::Info) > 0);
        QVERIFY(count(QStringLiteral("ban-char-field"), migreview::rules::Level::Info) > 0);

        QString configPath;
        SettingsDialog dialog(window.analysisConfig(&configPath), configPath);
        QCOMPARE(configPath, QDir(dir.path()).filePath(QStringLiteral(".migreview.toml")));
        QTableWidget *rules = dialog.rulesTable();
        for (int row = 0; row < rules->rowCount(); ++row) {
            const QString id = rules->item(row, SettingsDialog::RuleColumn)->text();
            if (id == u"prefer-text-field")
                rules->item(row, SettingsDialog::EnabledColumn)->setCheckState(Qt::Unchecked);
            if (id == u"ban-char-field") {
                auto *level = static_cast<QComboBox *>(rules->cellWidget(row, SettingsDialog::LevelColumn));
                level->setCurrentIndex(level->findData(int(migreview::rules::Level::Error)));
            }
        }
        dialog.pgVersionBox()->setValue(15);
        window.setAnalysisConfig(dialog.config());
        QVERIFY(changed.wait(30000));
        QCOMPARE(count(QStringLiteral("prefer-text-field"), migreview::rules::Level::Info), 0);
        QCOMPARE(count(QStringLiteral("ban-char-field"), migreview::rules::Level::Info), 0);
        QVERIFY(count(QStringLiteral("ban-char-field"), migreview::rules::Level::Error) > 0);
        QVERIFY(!QFile::exists(configPath)); // not written unasked

        QString error;
        QVERIFY2(dialog.saveConfig(&error), qPrintable(error));
        const migreview::lint::ConfigLoad saved = migreview::lint::loadConfig(configPath);
        QVERIFY2(saved.config, qPrintable(saved.error));
        QCOMPARE(saved.config->options.pgVersion, 15);
        QVERIFY(saved.config->options.disabledRules.contains(QStringLiteral("prefer-text-field")));
        QCOMPARE(saved.config->options.levelOverrides.value(QStringLiteral("ban-char-field")), migreview::rules::Level::Error);
        QVERIFY(!QFile::exists(configPath + QStringLiteral(".bak")));
        QVERIFY2(dialog.saveConfig(&error), qPrintable(error));
        QVERIFY(QFile::exists(configPath + QStringLiteral(".bak")));
    }

    void refusesBadInputWithoutCrashing()
    {
        QTemporaryDir dir;
        QFile binary(dir.filePath(QStringLiteral("binary.sql")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\0\1\2\3", 4));
        binary.close();
        MainWindow window;
        QVERIFY(window.openRepository(dir.path()));
        QVERIFY(window.errorText().contains(QStringLiteral("binary file")));
        QVERIFY(!window.openRepository(QStringLiteral("/nonexistent/repository")));
        QVERIFY(window.errorText().contains(QStringLiteral("no such file or folder")));
        QVERIFY(!window.loadStatistics(dir.filePath(QStringLiteral("binary.sql"))));
        QVERIFY(!window.statistics());
    }

    // The hostile-input set (tests/data/hostile): every file's problem is in the findings list,
    // the sentinel migration after them is analysed, and the window answers events meanwhile.
    void survivesTheHostileRepository()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        // A zero timer fires on every pass of the event loop: at least once if the analysis runs
        // off the GUI thread, however fast it is (a 10 ms timer missed a 5 ms analysis).
        int ticks = 0;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &window, [&ticks] { ++ticks; });
        tick.start(0);
        QVERIFY(window.openRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/tests/data/hostile/repo")));
        QVERIFY(finished.wait(60000) || finished.count() > 0);
        QVERIFY2(ticks > 0, "the event loop did not run while the repository was analysed");
        QSet<QString> seen;
        for (const migreview::rules::Finding &finding : window.findingsModel()->findings())
            seen.insert(finding.file + u' ' + finding.rule);
        for (const char *expected : {"V01__empty.sql empty-migration", "V04__binary.sql unreadable-file", "V05__broken_utf8.sql unreadable-file",
                                     "V06__utf16_bom.sql unreadable-file", "V10__deep_parens.sql syntax-error", "V12__unterminated_dollar.sql syntax-error",
                                     "V99__sentinel.sql require-concurrent-index-creation"})
            QVERIFY2(seen.contains(QLatin1StringView(expected)), expected);
        // Showing the 20,000-character line does not hang either.
        window.selectFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/tests/data/hostile/repo/V10__deep_parens.sql"));
        QCoreApplication::processEvents();
        QVERIFY(window.isVisible());
    }

    void themeFollowsThePalette()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QString error;
        QVERIFY(applyColorScheme(*app, QStringLiteral("dark"), &error));
        MainWindow window;
        QVERIFY(window.openRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        const QString darkTheme = window.editor()->themeName();
        QVERIFY(window.editor()->viewport()->palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(applyColorScheme(*app, QStringLiteral("light"), &error));
        QCoreApplication::processEvents();
        QVERIFY(window.editor()->viewport()->palette().color(QPalette::Base).lightness() >= 128);
        QVERIFY(window.editor()->themeName() != darkTheme);
        QVERIFY(!applyColorScheme(*app, QStringLiteral("purple"), &error));
        QVERIFY(error.contains(QStringLiteral("light or dark")));
    }

    void showsLocksAndHowLongTheyAreHeld()
    {
        MainWindow window;
        QSignalSpy estimated(&window, &MainWindow::estimateFinished);
        QVERIFY(window.openRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        QVERIFY(window.loadStatistics(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/staging-stats.json")));
        QTRY_VERIFY_WITH_TIMEOUT(window.estimateReport().statsSource == u"shop-staging (example)", 30000);
        // The gutter badge and the hover text of CREATE INDEX on the 50-million-row orders table.
        QVERIFY(window.selectFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/0007_index_orders_user_id.up.sql")));
        const auto &badges = window.editor()->lockBadges();
        QVERIFY(!badges.isEmpty());
        const auto index = std::find_if(badges.begin(), badges.end(), [](const SqlEditor::LockBadge &b) { return b.label == u"S"; });
        QVERIFY(index != badges.end());
        const int line = index->line; // the badge list is replaced when the estimate changes
        const QString tip = window.editor()->toolTipForLine(line);
        QVERIFY2(tip.contains(QStringLiteral("SHARE on orders")) && tip.contains(QStringLiteral("index build")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("50000000 rows")), qPrintable(tip));
        // The timeline has a lane for orders with a bar as long as the index build.
        QVERIFY(window.lockTimeline()->lanes().contains(QStringLiteral("orders")));
        const auto bar = std::find_if(window.lockTimeline()->bars().begin(), window.lockTimeline()->bars().end(), [](const auto &b) {
            return b.table == u"orders" && b.file == u"0007_index_orders_user_id.up.sql";
        });
        QVERIFY(bar != window.lockTimeline()->bars().end());
        QVERIFY(bar->lengthMs > 5000);
        QVERIFY(!window.lockTimeline()->grab().isNull()); // paints (light palette)

        // Other statistics: the estimate follows, and tables the snapshot lacks become unknown.
        const int before = int(estimated.count());
        QVERIFY(window.loadStatistics(QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/snapshot-v2.json")));
        QTRY_VERIFY_WITH_TIMEOUT(estimated.count() > before, 30000);
        QVERIFY(window.selectFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/0007_index_orders_user_id.up.sql")));
        const QString after = window.editor()->toolTipForLine(line);
        QVERIFY2(after.contains(QStringLiteral("10000000 rows")), qPrintable(after)); // the v2 snapshot's orders
        QVERIFY2(!window.lockTimeline()->bars().isEmpty(), "the timeline kept no bars");
    }

    void drawsTheDependencyGraph()
    {
        MainWindow window;
        QSignalSpy drawn(&window, &MainWindow::graphFinished);
        QVERIFY(window.openRepository(QStringLiteral(MIGREVIEW_TEST_DATA "/graph/violations")));
        QVERIFY(drawn.wait(30000) || drawn.count() == 1);
        const migreview::graph::Graph expected = migreview::graph::buildGraph(migreview::repository::loadRepository(QStringLiteral(MIGREVIEW_TEST_DATA "/graph/violations")));
        QCOMPARE(window.graphView()->nodeItemCount(), int(expected.nodes.size()));
        QCOMPARE(window.graphView()->violationEdgeCount(), int(expected.violations.size()));
        QVERIFY(!window.graphView()->grab().isNull());

        // Selecting a violation selects both its statements and opens the later one; clicking a
        // statement selects its violation.
        QCOMPARE(window.graphViolations()->count(), int(expected.violations.size()));
        const migreview::graph::Violation &second = expected.violations[1];
        QSignalSpy shown(&window, &MainWindow::fileShown);
        window.graphViolations()->setCurrentRow(1);
        QCOMPARE(window.graphView()->highlightedNodes(), (QList<int>{std::min(second.from, second.to), std::max(second.from, second.to)}));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(QFileInfo(shown.first().first().toString()).fileName(), expected.nodes[size_t(second.to)].file);
        Q_EMIT window.graphView()->nodeClicked(expected.violations[0].to);
        QCOMPARE(window.graphViolations()->currentRow(), 0);

        // Zooming to one migration magnifies; an unknown one is refused.
        window.graphView()->fitAll();
        const double whole = window.graphView()->transform().m11();
        QVERIFY(window.graphView()->zoomToMigration(expected.nodes.front().migration));
        QVERIFY(window.graphView()->transform().m11() > whole);
        QVERIFY(!window.graphView()->zoomToMigration(QStringLiteral("no such migration")));

        // The filter by table lights up the statements that touch it, and only those.
        int touchingCarts = 0;
        for (const migreview::graph::Node &node : expected.nodes)
            touchingCarts += node.tables.contains(QStringLiteral("carts"));
        QVERIFY(touchingCarts > 0 && touchingCarts < int(expected.nodes.size()));
        QCOMPARE(window.graphView()->setTableFilter(QStringLiteral("carts")), touchingCarts);
        QCOMPARE(window.graphView()->setTableFilter(QString()), int(expected.nodes.size()));

        // Export: SVG from Graphviz, PNG as shown; anything else is refused with a reason.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(window.graphView()->exportTo(dir.filePath(QStringLiteral("graph.svg")), &error), qPrintable(error));
        QFile svg(dir.filePath(QStringLiteral("graph.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QCOMPARE(svg.readAll().count("class=\"node\""), qsizetype(expected.nodes.size()));
        QVERIFY2(window.graphView()->exportTo(dir.filePath(QStringLiteral("graph.png")), &error), qPrintable(error));
        const QImage png(dir.filePath(QStringLiteral("graph.png")));
        QVERIFY(!png.isNull() && png.width() > 100);
        QVERIFY(!window.graphView()->exportTo(dir.filePath(QStringLiteral("graph.txt")), &error));
        QVERIFY(error.contains(QStringLiteral(".svg")));
        QVERIFY(!window.graphView()->exportTo(dir.filePath(QStringLiteral("no/such/folder/graph.svg")), &error));
        QVERIFY(!error.isEmpty());
    }

    // Cancelling during the graph layout drops its result and leaves the window usable.
    void graphLayoutCanBeCancelled()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 150; ++i) {
            QFile file(dir.filePath(QStringLiteral("%1_m.up.sql").arg(i + 1, 4, 10, QLatin1Char('0'))));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("CREATE TABLE t%1 (id int PRIMARY KEY%2);\nALTER TABLE t%1 ADD COLUMN v text;\nUPDATE t%1 SET v = 'x';\n")
                           .arg(i)
                           .arg(i > 0 ? QStringLiteral(", p int REFERENCES t%1 (id)").arg(i - 1) : QString())
                           .toUtf8());
        }
        MainWindow window;
        QSignalSpy estimated(&window, &MainWindow::estimateFinished);
        QSignalSpy drawn(&window, &MainWindow::graphFinished);
        QVERIFY(window.openRepository(dir.path()));
        QVERIFY(estimated.wait(30000) || estimated.count() == 1);
        QVERIFY(window.isLayingOutGraph());
        window.cancelScan();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLayingOutGraph(), 60000);
        QCoreApplication::processEvents();
        QCOMPARE(drawn.count(), 0);
        QCOMPARE(window.graphView()->nodeItemCount(), 0);
        // Opening again lays it out in full.
        QVERIFY(window.openRepository(dir.path()));
        QVERIFY(drawn.wait(60000) || drawn.count() == 1);
        QCOMPARE(window.graphView()->nodeItemCount(), 450);
    }

    void scanCanBeCancelled()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 400; ++i) {
            QFile file(dir.filePath(QStringLiteral("V%1__m.sql").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("SELECT 1;\n").repeated(200)); // no graph node: the test is not about Graphviz
        }
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::scanFinished);
        QVERIFY(window.openRepository(dir.path()));
        window.cancelScan();
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isScanning(), 30000);
        // Nothing half-applied: no findings, the files listed but not counted, no graph coming.
        QCoreApplication::processEvents();
        QCOMPARE(window.findingsModel()->rowCount(), 0);
        QVERIFY(!window.fileModel()->isGrouped());
        QCOMPARE(window.fileModel()->rowCount(), 400);
        QCOMPARE(window.fileModel()->item(0, MigrationTreeModel::StatementsColumn)->text(), QStringLiteral("…"));
        QVERIFY(!window.isLayingOutGraph());
        // Opening again analyses it in full.
        QSignalSpy changed(&window, &MainWindow::findingsChanged);
        QVERIFY(window.openRepository(dir.path()));
        QVERIFY(changed.wait(60000) || changed.count() == 1);
        QVERIFY(window.fileModel()->isGrouped());
        QCOMPARE(window.fileModel()->item(0)->child(0, MigrationTreeModel::StatementsColumn)->text(), QStringLiteral("200"));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
