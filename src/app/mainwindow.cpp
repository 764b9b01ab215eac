#include "mainwindow.h"

#include "icons.h"
#include "ui_mainwindow.h"

#include "connectiondialog.h"
#include "exportdialog.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "pullrequestdialog.h"
#include "settingsdialog.h"
#include "traceoptionsdialog.h"
#include "traceviews.h"
#include "appsetup.h"
#include "graphview.h"
#include "locktimeline.h"
#include "sqleditor.h"

#include "lint/config.h"
#include "estimate/estimator.h"
#include "report/lintformats.h"
#include "repository/repository.h"
#include "rules/registry.h"
#include "rules/ruledocs.h"
#include "repository/sqlfiles.h"
#include "stats/snapshotcapture.h"
#include "sql/parsefile.h"

#include <KSyntaxHighlighting/Repository>

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QDesktopServices>
#include <QDir>
#include <QUrl>
#include <QRegularExpression>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileSystemWatcher>
#include <QInputDialog>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QTextBlock>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QSignalBlocker>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace migreview::app {

namespace {
// A down, undo, revert or verify script by its name: not what a reviewer opens first.
bool looksLikeUndoScript(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    static const QRegularExpression flywayUndo(QStringLiteral("^U\\d"));
    return name.endsWith(QLatin1StringView(".down.sql")) || name == QLatin1StringView("down.sql") || flywayUndo.match(name).hasMatch()
        || path.contains(QLatin1StringView("/revert/")) || path.contains(QLatin1StringView("/verify/"));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_syntaxRepository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_fileModel(new MigrationTreeModel(this))
    , m_fileFilter(new MigrationFilterModel(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reanalyse(new QTimer(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_summary(new QLabel(this))
    , m_timeline(new LockTimeline(this))
    , m_graphView(new GraphView(this))
    , m_findings(new FindingsModel(this))
    , m_findingsFilter(new FindingsFilterModel(this))
{
    m_ui->setupUi(this);
    m_ui->editor->setRepository(m_syntaxRepository.get());
    // The paired script (down beside up) on demand, in a second editor to the right.
    m_pairEditor = new SqlEditor(this);
    m_pairEditor->setRepository(m_syntaxRepository.get());
    m_pairEditor->setAccessibleName(tr("Paired script"));
    m_pairEditor->hide();
    auto *editors = new QSplitter(Qt::Horizontal, m_ui->editorPane);
    delete m_ui->editorLayout->replaceWidget(m_ui->editor, editors);
    m_ui->editorLayout->setStretchFactor(editors, 1); // the editor takes the height; the labels one line each
    editors->addWidget(m_ui->editor);
    editors->addWidget(m_pairEditor);
    // The filter keeps a migration whose name or any of whose scripts matches.
    m_fileFilter->setSourceModel(m_fileModel);
    m_ui->fileView->setModel(m_fileFilter);
    m_ui->fileView->setItemDelegateForColumn(MigrationTreeModel::NameColumn, new ChangeBadgeDelegate(m_ui->fileView));
    connect(m_ui->treeFilter, &QLineEdit::textChanged, m_fileFilter, &QSortFilterProxyModel::setFilterFixedString);
    sizeTreeColumns();
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({400, 800});

    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel->hide();

    connect(m_ui->actionOpenFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(m_ui->actionLoadStatistics, &QAction::triggered, this, &MainWindow::chooseStatistics);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionOpenPullRequest, &QAction::triggered, this, [this] {
        PullRequestDialog dialog(this);
        dialog.setFolder(m_repositoryPath.isEmpty() ? QDir::currentPath() : m_repositoryPath);
        if (dialog.exec() == QDialog::Accepted)
            openRepository(dialog.folder(), dialog.range());
    });
    connect(m_ui->actionConnectStaging, &QAction::triggered, this, [this] {
        ConnectionDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            connectStatistics(dialog.connectionString());
    });
    connect(m_ui->actionExportReview, &QAction::triggered, this, &MainWindow::exportReview);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelScan);
    connect(m_ui->fileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString path = current.siblingAtColumn(MigrationTreeModel::NameColumn).data(MigrationTreeModel::PathRole).toString();
                if (!path.isEmpty() && QFileInfo(path).absoluteFilePath() != QFileInfo(m_shownFile).absoluteFilePath())
                    showFile(path);
            });
    connect(&m_estimating, &QFutureWatcher<EstimateResult>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_estimating, &QFutureWatcher<EstimateResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    // The lock timeline: per table, how long the up migrations lock it (issue: lock model).
    auto *dock = new QDockWidget(tr("Lock timeline"), this);
    dock->setObjectName(QStringLiteral("lockTimelineDock"));
    dock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    connect(m_timeline, &LockTimeline::statementActivated, this, [this](const QString &file, int line) { showStatement(file, line); });
    QDockWidget *graphDock = setupGraphDock();
    QDockWidget *findingsDock = setupFindingsDock();
    // Under the editor: the findings, and beside them the graph and the timeline as tabs.
    splitDockWidget(findingsDock, dock, Qt::Horizontal);
    tabifyDockWidget(dock, graphDock);
    setupTraceDocks(graphDock);
    setupPullRequestPanel(findingsDock);
    setupToolBar();
    graphDock->raise();
    resizeDocks({findingsDock, graphDock}, {3, 2}, Qt::Horizontal);
    connect(&m_graphing, &QFutureWatcher<GraphLayout>::finished, this, [this] {
        if (!m_estimating.isRunning()) {
            m_progress->hide();
            m_cancel->hide();
        }
        if (m_graphing.isCanceled() || m_graphing.future().resultCount() == 0)
            return;
        const GraphLayout result = m_graphing.result();
        if (result.generation != m_estimateGeneration)
            return;
        m_graphView->setGraph(result.graph, result.layout);
        const QSignalBlocker blocker(m_graphTables);
        m_graphTables->clear();
        m_graphTables->addItem(tr("All tables"));
        m_graphTables->addItems(result.graph.tables());
        const QSignalBlocker violationsBlocker(m_graphViolations);
        m_graphViolations->clear();
        for (const graph::Violation &violation : result.graph.violations) {
            auto *item = new QListWidgetItem(tr("%1 %2: %3").arg(rules::levelName(violation.level), violation.rule, violation.message), m_graphViolations);
            item->setData(Qt::UserRole, QPoint(violation.from, violation.to));
            item->setIcon(levelIcon(violation.level));
        }
        m_graphViolations->setVisible(!result.graph.violations.empty());
        Q_EMIT graphFinished();
    });
    connect(&m_estimating, &QFutureWatcher<EstimateResult>::finished, this, &MainWindow::applyEstimate);
    connect(&m_capturing, &QFutureWatcher<QString>::finished, this, [this] {
        const QString result = m_capturing.result();
        if (result.startsWith(u'!')) {
            showError(tr("Statistics could not be captured: %1").arg(result.mid(1)));
            return;
        }
        stats::SnapshotLoad load = stats::parseSnapshot(result.toUtf8());
        if (!load.snapshot) {
            showError(load.error);
            return;
        }
        m_statistics = std::move(load.snapshot);
        m_statisticsBytes = result.toUtf8();
        updateStatusSummary();
        Q_EMIT statisticsChanged();
        startEstimate();
    });
    m_editPause = new QTimer(this);
    m_editPause->setSingleShot(true);
    m_editPause->setInterval(500);
    connect(m_editPause, &QTimer::timeout, this, &MainWindow::startEstimate);
    connect(editor(), &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText || editor()->isReadOnly() || m_shownFile.isEmpty())
            return;
        const QString path = QFileInfo(m_shownFile).absoluteFilePath();
        const bool wasModified = m_unsaved.contains(path);
        m_unsaved.insert(path, editor()->toPlainText().toUtf8());
        if (!wasModified)
            m_ui->fileTitle->setText(m_ui->fileTitle->text() + tr(" (modified, not saved)"));
        m_editPause->start();
    });
    // Accessible names, and a key to reach each part of the window.
    editor()->setAccessibleName(tr("SQL editor"));
    m_graphView->setAccessibleName(tr("Dependency graph"));
    m_timeline->setAccessibleName(tr("Lock timeline"));
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    const std::tuple<QString, QKeySequence, QWidget *> places[] = {
        {tr("&Migrations"), QKeySequence(Qt::CTRL | Qt::Key_1), m_ui->fileView},
        {tr("&Editor"), QKeySequence(Qt::CTRL | Qt::Key_2), editor()},
        {tr("&Findings"), QKeySequence(Qt::CTRL | Qt::Key_3), m_findingsView},
        {tr("Dependency &Graph"), QKeySequence(Qt::CTRL | Qt::Key_4), m_graphView},
        {tr("Lock &Timeline"), QKeySequence(Qt::CTRL | Qt::Key_5), m_timeline},
        {tr("Filter Migrations"), QKeySequence(Qt::CTRL | Qt::Key_L), m_ui->treeFilter},
    };
    for (const auto &[text, keys, widget] : places) {
        QAction *action = viewMenu->addAction(text, this, [widget] {
            // A widget in a dock: show and raise the dock first.
            for (QWidget *parent = widget; parent; parent = parent->parentWidget()) {
                if (auto *dock = qobject_cast<QDockWidget *>(parent)) {
                    dock->show();
                    dock->raise();
                }
            }
            widget->setFocus(Qt::ShortcutFocusReason);
        });
        action->setShortcut(keys);
    }
    viewMenu->addSeparator();
    viewMenu->addAction(m_showContextAction);
    // Every dock, to show again after closing it.
    viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
    viewMenu->setObjectName(QStringLiteral("menuView"));
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("menuEdit"));
    auto *allowEditing = editMenu->addAction(tr("&Allow Editing"));
    allowEditing->setCheckable(true);
    allowEditing->setShortcut(Qt::CTRL | Qt::Key_E);
    allowEditing->setToolTip(tr("Edit the shown script; the edits are analysed as you type and saved only when you ask"));
    connect(allowEditing, &QAction::toggled, this, &MainWindow::setEditingEnabled);
    auto *save = editMenu->addAction(tr("&Save"), this, [this] { saveShownFile(); });
    save->setShortcut(QKeySequence::Save);
    editMenu->addAction(tr("&Revert to Saved"), this, &MainWindow::revertShownFile);
    m_reanalyse->setSingleShot(true);
    m_reanalyse->setInterval(400);
    connect(m_reanalyse, &QTimer::timeout, this, &MainWindow::repositoryChangedOnDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reanalyse, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reanalyse, qOverload<>(&QTimer::start));
    setAcceptDrops(true);
    // The window's size, the docks' places and the recent repositories, from the last run.
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (const QString font = settings.value(QStringLiteral("editor/font")).toString(); !font.isEmpty()) {
        if (QFont chosen; chosen.fromString(font))
            editor()->setFont(chosen);
    }
    setupHelpMenu();
    // The usual order: File, Edit, View, Go, Trace, Help.
    for (const char *name : {"menuFile", "menuEdit", "menuView", "menuGo", "menuTrace", "menuHelp"}) {
        if (auto *menu = menuBar()->findChild<QMenu *>(QLatin1StringView(name))) {
            menuBar()->removeAction(menu->menuAction());
            menuBar()->addAction(menu->menuAction());
        }
    }
    updateRecentMenu();
    updateStatusSummary();
}

void MainWindow::setupHelpMenu()
{
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(tr("&Rule Reference…"), this, [this] {
        // The rule of the selected finding, else the first rule of the registry.
        const QModelIndex current = m_findingsView->currentIndex();
        showRuleHelp(current.isValid() ? current.data(FindingsModel::RuleRole).toString() : rules::allRules().front()->info().id);
    });
    help->addAction(tr("&Documentation"), this, [] { QDesktopServices::openUrl(QUrl(QStringLiteral(MIGREVIEW_HOMEPAGE "#readme"))); });
    help->addSeparator();
    help->addAction(tr("&About migreview"), this, [this] {
        QMessageBox::about(this, tr("About migreview"),
                           tr("<p><b>migreview %1</b>, the Migration Review Workbench.</p>"
                              "<p>Reviews PostgreSQL schema migrations and backfills: lint with safe rewrites, locks and how long "
                              "they are held, the backfill graph, traces on a scratch copy and signed review reports.</p>"
                              "<p><a href=\"%2\">%2</a></p>")
                               .arg(QStringLiteral(MIGREVIEW_VERSION), QStringLiteral(MIGREVIEW_HOMEPAGE)));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_unsaved.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved edits"),
                                                  tr("%n edited file(s) are not saved. Save them?", nullptr, int(m_unsaved.size())),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            for (auto it = m_unsaved.constBegin(); it != m_unsaved.constEnd(); ++it) {
                QSaveFile file(it.key());
                if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
                    showError(tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(it.key()), file.errorString()));
                    event->ignore();
                    return;
                }
            }
            m_unsaved.clear();
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // A folder opens as the repository; a .sql file opens its folder and shows it.
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    const QFileInfo info(path);
    if (info.isDir()) {
        openRepository(path);
    } else if (openRepository(info.absolutePath())) {
        selectFile(info.absoluteFilePath());
    }
}

QStringList MainWindow::recentRepositories() const
{
    return QSettings().value(QStringLiteral("recentRepositories")).toStringList();
}

void MainWindow::rememberRepository(const QString &path)
{
    QStringList recent = recentRepositories();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("recentRepositories"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList recent = recentRepositories();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *action = m_ui->menuRecent->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this, [this, path] { openRepository(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    m_ui->menuRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::watchRepository()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    const QStringList files = m_fileModel->paths();
    if (files.isEmpty())
        return;
    QSet<QString> folders{QFileInfo(m_repositoryPath).isDir() ? m_repositoryPath : QFileInfo(m_repositoryPath).absolutePath()};
    for (const QString &file : files)
        folders.insert(QFileInfo(file).absolutePath());
    m_watcher->addPaths(files);
    m_watcher->addPaths(QStringList(folders.begin(), folders.end()));
}

void MainWindow::repositoryChangedOnDisk()
{
    if (m_repositoryPath.isEmpty())
        return;
    // Files added or removed: list again; the analysis follows in any case. The shown file is
    // reloaded, at the same line, unless it is gone.
    QString error;
    const QStringList files = repository::collectSqlFiles(m_repositoryPath, &error);
    QStringList absolutePaths;
    for (const QString &file : files)
        absolutePaths.push_back(QFileInfo(file).absoluteFilePath());
    const int line = editor()->textCursor().blockNumber();
    const QString shown = QFileInfo(m_shownFile).absoluteFilePath();
    if (absolutePaths != m_fileModel->paths()) {
        const QSignalBlocker blocker(m_ui->fileView->selectionModel());
        m_fileModel->listFiles(QFileInfo(m_repositoryPath).isDir() ? m_repositoryPath : QFileInfo(m_repositoryPath).absolutePath(), absolutePaths);
        sizeTreeColumns();
    }
    if (absolutePaths.contains(shown)) {
        showFile(shown);
        QTextCursor cursor(editor()->document()->findBlockByNumber(line));
        editor()->setTextCursor(cursor);
    }
    watchRepository();
    startEstimate();
}

MainWindow::~MainWindow()
{
    cancelScan();
    m_estimating.waitForFinished();
    m_capturing.waitForFinished();
    m_graphing.waitForFinished();
    m_tracing.waitForFinished();
}

QDockWidget *MainWindow::setupGraphDock()
{
    auto *graphDock = new QDockWidget(tr("Dependency graph"), this);
    graphDock->setObjectName(QStringLiteral("dependencyGraphDock"));
    // Above the graph: a filter by table and export.
    auto *graphPanel = new QWidget(this);
    auto *graphLayout = new QVBoxLayout(graphPanel);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    auto *graphBar = new QHBoxLayout;
    m_graphTables = new QComboBox(graphPanel);
    m_graphTables->setAccessibleName(tr("Filter the graph by table"));
    m_graphTables->setToolTip(tr("Light up the statements that touch one table"));
    m_graphTables->addItem(tr("All tables"));
    auto *fit = new QToolButton(graphPanel);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Fit the whole graph in the window (or double-click outside the migrations); double-click a migration to fit it"));
    auto *exportButton = new QToolButton(graphPanel);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the graph as SVG (laid out by Graphviz) or PNG (as shown)"));
    graphBar->addWidget(m_graphTables, 1);
    graphBar->addWidget(fit);
    graphBar->addWidget(exportButton);
    graphLayout->addLayout(graphBar);
    graphLayout->addWidget(m_graphView, 1);
    // The ordering violations: selecting one lights up both its statements, clicking a statement
    // selects its violation.
    m_graphViolations = new QListWidget(graphPanel);
    m_graphViolations->setAccessibleName(tr("Ordering violations"));
    m_graphViolations->setMaximumHeight(90);
    m_graphViolations->hide();
    graphLayout->addWidget(m_graphViolations);
    connect(m_graphViolations, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem *item = m_graphViolations->item(row);
        if (!item)
            return;
        const QPoint ends = item->data(Qt::UserRole).toPoint();
        m_graphView->highlightNodes({ends.x(), ends.y()});
        const graph::Graph &graph = m_graphView->graph();
        if (ends.y() >= 0 && size_t(ends.y()) < graph.nodes.size())
            Q_EMIT m_timeline->statementActivated(graph.nodes[size_t(ends.y())].file, graph.nodes[size_t(ends.y())].line);
    });
    connect(m_graphView, &GraphView::nodeClicked, this, [this](int id) {
        selectFindingsOfNode(id);
        for (int row = 0; row < m_graphViolations->count(); ++row) {
            const QPoint ends = m_graphViolations->item(row)->data(Qt::UserRole).toPoint();
            if (ends.x() == id || ends.y() == id) {
                const QSignalBlocker blocker(m_graphViolations);
                m_graphViolations->setCurrentRow(row);
                return;
            }
        }
        m_graphViolations->clearSelection();
    });
    graphDock->setWidget(graphPanel);
    connect(m_graphTables, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_graphView->setTableFilter(index <= 0 ? QString() : m_graphTables->itemText(index));
    });
    connect(fit, &QToolButton::clicked, m_graphView, &GraphView::fitAll);
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the dependency graph"), m_repositoryPath,
                                                          tr("SVG image (*.svg);;PNG image (*.png)"));
        QString error;
        if (!path.isEmpty() && !m_graphView->exportTo(path, &error))
            showError(tr("The graph could not be exported: %1").arg(error));
    });
    addDockWidget(Qt::BottomDockWidgetArea, graphDock);
    m_graphView->setMinimumSize(280, 160);
    connect(m_graphView, &GraphView::statementActivated, m_timeline, &LockTimeline::statementActivated);
    return graphDock;
}

QDockWidget *MainWindow::setupFindingsDock()
{
    auto *dock = new QDockWidget(tr("Findings"), this);
    dock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsPanel = new FindingsPanel(m_findings, m_findingsFilter, dock);
    m_findingsView = m_findingsPanel->view();
    dock->setWidget(m_findingsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    connect(m_findingsPanel, &FindingsPanel::helpRequested, this, &MainWindow::showRuleHelp);
    connect(m_findingsView, &QTableView::activated, this, &MainWindow::showFinding);
    // Selecting a finding lights up its statements in the graph.
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const QString file = current.data(FindingsModel::FileRole).toString();
        const int line = current.data(FindingsModel::LineRole).toInt();
        QList<int> nodes;
        for (const graph::Node &node : m_graphView->graph().nodes) {
            if (node.file == file && line >= node.line && line <= node.endLine)
                nodes.push_back(node.id);
        }
        if (!nodes.isEmpty())
            m_graphView->highlightNodes(nodes);
    });

    auto *menu = menuBar()->addMenu(tr("&Go"));
    menu->setObjectName(QStringLiteral("menuGo"));
    m_nextFindingAction = menu->addAction(actionIcon(ActionIcon::NextFinding), tr("&Next Finding"), this, [this] { goToFinding(1); });
    m_nextFindingAction->setShortcut(Qt::Key_F8);
    m_previousFindingAction = menu->addAction(actionIcon(ActionIcon::PreviousFinding), tr("&Previous Finding"), this, [this] { goToFinding(-1); });
    m_previousFindingAction->setShortcut(Qt::SHIFT | Qt::Key_F8);
    auto *rewrite = menu->addAction(tr("Show Safe &Rewrite"), this, [this] {
        if (!showSafeRewrite())
            statusBar()->showMessage(tr("No finding with a safe rewrite at the cursor"), 4000);
    });
    rewrite->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    auto *paired = menu->addAction(tr("Show &Up and Down Side by Side"));
    paired->setCheckable(true);
    paired->setShortcut(Qt::Key_F4);
    connect(paired, &QAction::toggled, this, &MainWindow::setPairedScriptShown);
    menu->addSeparator();
    auto *focusFindings = menu->addAction(tr("&Findings"), this, [this, dock] {
        dock->show();
        dock->raise();
        m_findingsView->setFocus();
    });
    focusFindings->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    return dock;
}

bool MainWindow::goToFinding(int step)
{
    const int rows = m_findingsFilter->rowCount();
    if (rows == 0)
        return false;
    // The table gets a current row when it takes the focus; only a selected row counts as visited.
    const QModelIndex current = m_findingsView->selectionModel()->hasSelection() ? m_findingsView->currentIndex() : QModelIndex();
    int row = current.isValid() ? current.row() + step : (step > 0 ? 0 : rows - 1);
    row = (row % rows + rows) % rows;
    const QModelIndex target = m_findingsFilter->index(row, FindingsModel::MessageColumn);
    m_findingsView->setCurrentIndex(target);
    m_findingsView->scrollTo(target);
    showFinding(target);
    return true;
}

void MainWindow::showFinding(const QModelIndex &proxyIndex)
{
    const rules::Finding *finding = m_findings->finding(m_findingsFilter->mapToSource(proxyIndex));
    if (finding)
        showStatement(finding->file, finding->range.begin.line, finding->range.begin.column);
}

void MainWindow::showStatement(const QString &file, int line, int column)
{
    const QString path = QDir(m_repositoryPath).filePath(file);
    if (QFileInfo(path).absoluteFilePath() != QFileInfo(m_shownFile).absoluteFilePath() && !selectFile(path))
        return;
    QTextCursor cursor(editor()->document()->findBlockByNumber(std::max(0, line - 1)));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::clamp(column - 1, 0, cursor.block().length() - 1));
    editor()->setTextCursor(cursor);
    editor()->centerCursor();
}

void MainWindow::selectFindingsOfNode(int nodeId)
{
    const graph::Graph &graph = m_graphView->graph();
    if (nodeId < 0 || size_t(nodeId) >= graph.nodes.size())
        return;
    const graph::Node &node = graph.nodes[size_t(nodeId)];
    const QSignalBlocker blocker(m_findingsView->selectionModel()); // not back to the graph
    m_findingsView->clearSelection();
    for (int row = 0; row < m_findingsFilter->rowCount(); ++row) {
        const QModelIndex index = m_findingsFilter->index(row, FindingsModel::MessageColumn);
        const int line = index.data(FindingsModel::LineRole).toInt();
        if (index.data(FindingsModel::FileRole).toString() == node.file && line >= node.line && line <= node.endLine) {
            m_findingsView->setCurrentIndex(index);
            m_findingsView->scrollTo(index);
            return;
        }
    }
}

void MainWindow::showRuleHelp(const QString &rule)
{
    const rules::Rule *found = rules::findRule(rule);
    QString markdown;
    if (found)
        markdown = QString::fromUtf8(rules::ruleDocPage(found->info()));
    else if (rule == rules::SyntaxErrorRule)
        markdown = tr("# syntax-error\n\nThe file is not valid PostgreSQL: PostgreSQL will refuse the migration. The statements around the error that parse on their own are still checked.");
    else
        markdown = tr("# %1\n\nThe linter reports this itself; no rule page describes it.").arg(rule);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rule %1").arg(rule));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QTextBrowser(dialog);
    text->setAccessibleName(tr("Rule documentation"));
    text->setMarkdown(markdown);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(640, 520);
    dialog->show();
}

void MainWindow::sizeTreeColumns()
{
    // Fixed widths: fitting columns to their contents re-measures every row at each change. The
    // model's reset drops the sections' sizes: set again after each.
    const int charWidth = m_ui->fileView->fontMetrics().horizontalAdvance(u'0');
    QHeaderView *header = m_ui->fileView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MigrationTreeModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(MigrationTreeModel::StatementsColumn, charWidth * 6);
    for (int column = MigrationTreeModel::ErrorsColumn; column < MigrationTreeModel::COLUMN_COUNT; ++column)
        header->resizeSection(column, charWidth * 4);
}

lint::Config MainWindow::analysisConfig(QString *configPath, QString *error) const
{
    const QString found = m_repositoryPath.isEmpty() ? QString() : lint::findConfigFile(m_repositoryPath);
    if (configPath) {
        const QString folder = QFileInfo(m_repositoryPath).isDir() ? m_repositoryPath : QFileInfo(m_repositoryPath).absolutePath();
        *configPath = !found.isEmpty() ? found : m_repositoryPath.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral(".migreview.toml"));
    }
    if (m_configOverride)
        return *m_configOverride;
    if (!found.isEmpty()) {
        lint::ConfigLoad load = lint::loadConfig(found);
        if (load.config)
            return *load.config;
        if (error)
            *error = load.error;
    }
    return {};
}

void MainWindow::setAnalysisConfig(const lint::Config &config)
{
    m_configOverride = config;
    startEstimate();
}

void MainWindow::showSettings()
{
    QString configPath, error;
    const lint::Config config = analysisConfig(&configPath, &error);
    if (!error.isEmpty())
        showError(tr("The configuration was not applied: %1").arg(error));
    SettingsDialog dialog(config, configPath, this);
    dialog.setEditorFont(editor()->font());
    dialog.setColorScheme(QSettings().value(QStringLiteral("appearance/colorScheme")).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("editor/font"), dialog.editorFont().toString());
    editor()->setFont(dialog.editorFont());
    if (dialog.colorScheme() != settings.value(QStringLiteral("appearance/colorScheme")).toString()) {
        settings.setValue(QStringLiteral("appearance/colorScheme"), dialog.colorScheme());
        if (!dialog.colorScheme().isEmpty())
            applyColorScheme(*qApp, dialog.colorScheme(), nullptr);
    }
    setAnalysisConfig(dialog.config());
}

const rules::Finding *MainWindow::findingAtCursor() const
{
    const QString relative = QDir(m_repositoryPath).relativeFilePath(m_shownFile);
    // The table's selected finding when it is in the shown file, else the first on the cursor's line.
    if (m_findingsView->selectionModel()->hasSelection()) {
        const rules::Finding *selected = m_findings->finding(m_findingsFilter->mapToSource(m_findingsView->currentIndex()));
        if (selected && selected->file == relative)
            return selected;
    }
    const int line = editor()->textCursor().blockNumber() + 1;
    for (const rules::Finding &finding : m_findings->findings()) {
        if (finding.file == relative && !finding.suppressed && line >= finding.range.begin.line && line <= finding.range.end.line)
            return &finding;
    }
    return nullptr;
}

QDialog *MainWindow::showSafeRewrite()
{
    const rules::Finding *finding = findingAtCursor();
    if (!finding || finding->fix.isEmpty())
        return nullptr;
    // As written: the whole lines of the finding, as the editor shows them.
    QStringList written;
    for (int line = finding->range.begin.line; line <= finding->range.end.line; ++line)
        written.push_back(editor()->document()->findBlockByNumber(line - 1).text());
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("safeRewriteDialog"));
    dialog->setWindowTitle(tr("Safe rewrite: %1").arg(finding->rule));
    auto *layout = new QVBoxLayout(dialog);
    auto *message = new QLabel(finding->message, dialog);
    message->setWordWrap(true);
    layout->addWidget(message);
    auto *sides = new QSplitter(Qt::Horizontal, dialog);
    const std::tuple<QString, QString, QString> panes[] = {
        {QStringLiteral("asWritten"), tr("As written (%1:%2)").arg(finding->file).arg(finding->range.begin.line), written.join(u'\n')},
        {QStringLiteral("safeRewrite"), tr("Safe rewrite"), finding->fix}};
    for (const auto &[name, title, text] : panes) {
        auto *pane = new QWidget(sides);
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 0, 0, 0);
        paneLayout->addWidget(new QLabel(title, pane));
        auto *view = new SqlEditor(pane);
        view->setObjectName(name);
        view->setRepository(m_syntaxRepository.get());
        view->setPlainText(text);
        view->setAccessibleName(title);
        paneLayout->addWidget(view);
        sides->addWidget(pane);
    }
    layout->addWidget(sides, 1);
    if (!finding->rationale.isEmpty()) {
        auto *why = new QLabel(finding->rationale, dialog);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(900, 420);
    dialog->show();
    return dialog;
}

QString MainWindow::pairedScriptPath() const
{
    if (!m_repository || m_shownFile.isEmpty())
        return {};
    const QString relative = QDir(m_repository->root).relativeFilePath(QFileInfo(m_shownFile).absoluteFilePath());
    for (const repository::Migration &migration : m_repository->migrations) {
        const auto shown = std::find_if(migration.scripts.begin(), migration.scripts.end(),
                                        [&](const repository::MigrationScript &script) { return script.relativePath == relative; });
        if (shown == migration.scripts.end())
            continue;
        // Up pairs with down (or undo, or revert); anything else pairs with the up.
        const bool isUp = shown->direction == repository::Direction::Up;
        for (const repository::MigrationScript &script : migration.scripts) {
            if (script.relativePath == relative)
                continue;
            if (isUp ? (script.direction == repository::Direction::Down || script.direction == repository::Direction::Undo)
                     : script.direction == repository::Direction::Up)
                return QFileInfo(QDir(m_repository->root).absoluteFilePath(script.relativePath)).absoluteFilePath();
        }
    }
    return {};
}

void MainWindow::setPairedScriptShown(bool shown)
{
    m_pairEditor->setVisible(shown);
    updatePairedScript();
}

void MainWindow::updatePairedScript()
{
    if (m_pairEditor->isHidden() || m_baseDiffShown)
        return;
    const QString pair = pairedScriptPath();
    if (pair.isEmpty()) {
        m_pairEditor->setPlainText(m_repository ? tr("-- This script has no up or down pair.") : tr("-- The pair is known once the repository is analysed."));
        return;
    }
    const sql::ParsedScript script = sql::parseFile(pair);
    m_pairEditor->setPlainText(script.unreadable.isEmpty() ? QString::fromUtf8(script.source->bytes()) : tr("-- %1 cannot be shown: %2").arg(pair, script.unreadable));
}

void MainWindow::setEditingEnabled(bool enabled)
{
    editor()->setReadOnly(!enabled);
    statusBar()->showMessage(enabled ? tr("Editing: changes are analysed as you type and saved only with File › Save (Ctrl+S)") : QString(), 6000);
}

bool MainWindow::saveShownFile(QString *error)
{
    const QString path = QFileInfo(m_shownFile).absoluteFilePath();
    const auto edited = m_unsaved.constFind(path);
    if (edited == m_unsaved.constEnd())
        return true;
    // Whole or not at all: a failed save leaves the file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*edited) != edited->size() || !file.commit()) {
        const QString message = tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        if (error)
            *error = message;
        showError(message);
        return false;
    }
    m_unsaved.erase(edited);
    m_ui->fileTitle->setText(QDir::toNativeSeparators(QDir(m_repositoryPath).relativeFilePath(path)));
    return true;
}

void MainWindow::revertShownFile()
{
    if (!m_unsaved.remove(QFileInfo(m_shownFile).absoluteFilePath()))
        return;
    showFile(m_shownFile);
    startEstimate();
}

// The main toolbar: the actions of the menus a reviewer uses most, with icons from resources/
// (or the desktop's icon theme).
void MainWindow::setupToolBar()
{
    const std::pair<QAction *, ActionIcon> iconed[] = {
        {m_ui->actionOpenFolder, ActionIcon::OpenFolder},     {m_ui->actionOpenPullRequest, ActionIcon::ReviewPullRequest},
        {m_ui->actionLoadStatistics, ActionIcon::LoadStatistics}, {m_ui->actionConnectStaging, ActionIcon::ConnectStaging},
        {m_ui->actionExportReview, ActionIcon::ExportReview}, {m_ui->actionSettings, ActionIcon::Settings},
    };
    for (const auto &[action, icon] : iconed)
        action->setIcon(actionIcon(icon));
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_ui->actionOpenFolder);
    toolBar->addAction(m_ui->actionOpenPullRequest);
    toolBar->addSeparator();
    toolBar->addAction(m_ui->actionLoadStatistics);
    toolBar->addAction(m_ui->actionConnectStaging);
    toolBar->addAction(m_traceAction);
    toolBar->addSeparator();
    toolBar->addAction(m_ui->actionExportReview);
    toolBar->addSeparator();
    toolBar->addAction(m_previousFindingAction);
    toolBar->addAction(m_nextFindingAction);
    // Short labels beside the icons; the menus keep the full ones.
    const std::pair<QAction *, QString> shortTexts[] = {
        {m_ui->actionOpenFolder, tr("Open")},           {m_ui->actionOpenPullRequest, tr("Pull Request")},
        {m_ui->actionLoadStatistics, tr("Statistics")}, {m_ui->actionConnectStaging, tr("Connect")},
        {m_traceAction, tr("Trace")},                   {m_ui->actionExportReview, tr("Export")},
        {m_previousFindingAction, tr("Previous")},      {m_nextFindingAction, tr("Next")},
    };
    for (const auto &[action, text] : shortTexts)
        action->setIconText(text);
}

void MainWindow::setupTraceDocks(QDockWidget *tabbedWith)
{
    m_distributions = new DistributionsView(this);
    m_traceTable = new TraceTable(this);
    const std::tuple<QString, QString, QWidget *> docks[] = {
        {tr("Distributions"), QStringLiteral("distributionsDock"), m_distributions},
        {tr("Trace"), QStringLiteral("traceDock"), m_traceTable},
    };
    for (const auto &[title, name, widget] : docks) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        tabifyDockWidget(tabbedWith, dock);
    }
    connect(m_traceTable, &TraceTable::statementActivated, this, [this](const QString &file, int line) { showStatement(file, line); });
    auto *menu = menuBar()->addMenu(tr("&Trace"));
    menu->setObjectName(QStringLiteral("menuTrace"));
    m_traceAction = menu->addAction(actionIcon(ActionIcon::Trace), tr("Trace on a &Scratch Copy…"), this, &MainWindow::chooseTrace);
    QAction *trace = m_traceAction;
    trace->setShortcut(Qt::CTRL | Qt::Key_T);
    trace->setToolTip(tr("Run the up migrations on a copy of a staging database, measure them and compare the data before and after"));
    connect(&m_tracing, &QFutureWatcher<trace::TraceResult>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_tracing, &QFutureWatcher<trace::TraceResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_tracing, &QFutureWatcher<trace::TraceResult>::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        if (m_tracing.future().resultCount() == 0) {
            // Cancelled: the engine stopped between statements and dropped its copy.
            statusBar()->showMessage(tr("The trace was cancelled."), 6000);
            Q_EMIT traceFinished();
            return;
        }
        m_trace = m_tracing.result();
        m_traceTable->setResult(m_trace);
        m_distributions->setResult(m_trace);
        // The view that matters most: drifted data, else the measurements.
        if (QWidget *shown = m_trace.hasDrift() ? static_cast<QWidget *>(m_distributions) : m_traceTable; shown->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(shown->parentWidget())) {
                dock->show();
                dock->raise();
            }
        }
        if (!m_trace.error.isEmpty())
            showError(tr("The trace stopped: %1").arg(m_trace.error));
        Q_EMIT traceFinished();
    });
}

void MainWindow::chooseTrace()
{
    if (m_repositoryPath.isEmpty()) {
        showError(tr("Open a repository first."));
        return;
    }
    ConnectionDialog dialog(this);
    dialog.setWindowTitle(tr("Trace on a Scratch Copy"));
    dialog.setAcceptText(tr("&Trace"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // What to run (all up migrations, or the shown file's) and how to make the copy.
    QString shownMigration;
    if (m_repository) {
        const QString relative = QDir(m_repository->root).relativeFilePath(QFileInfo(m_shownFile).absoluteFilePath());
        for (const repository::Migration &migration : m_repository->migrations) {
            for (const repository::MigrationScript &script : migration.scripts) {
                if (script.relativePath == relative)
                    shownMigration = migration.version;
            }
        }
    }
    TraceOptionsDialog options(shownMigration, this);
    if (options.exec() != QDialog::Accepted)
        return;
    startTrace(dialog.connectionString(), options.onlyMigration(), options.scratchMethod(), options.copyRowLimit());
}

report::ReviewRequest MainWindow::reviewRequest() const
{
    report::ReviewRequest request;
    request.path = m_repositoryPath;
    request.gitRange = m_gitRange;
    request.config = analysisConfig();
    request.snapshot = m_statistics ? &*m_statistics : nullptr;
    request.snapshotBytes = m_statisticsBytes;
    if (!m_trace.statements.empty())
        request.trace = QJsonDocument::fromJson(trace::traceToJson(m_trace)).object();
    request.toolVersion = QCoreApplication::applicationVersion();
    return request;
}

void MainWindow::exportReview()
{
    if (m_repositoryPath.isEmpty()) {
        showError(tr("Open a repository first."));
        return;
    }
    // The dialog's worker reads the snapshot through the request's pointer: it stays alive
    // because the dialog is modal and waits for its worker before it goes.
    ExportDialog dialog(reviewRequest(), this);
    int errors = 0;
    for (const rules::Finding &finding : m_findings->findings())
        errors += finding.level == rules::Level::Error && !finding.suppressed && finding.inScope();
    dialog.setUnsuppressedErrors(errors);
    dialog.exec();
}

void MainWindow::startTrace(const QString &dsn, const QString &migration, trace::ScratchMethod scratchMethod, qint64 copyRowLimit)
{
    if (m_tracing.isRunning() || m_repositoryPath.isEmpty())
        return;
    const std::optional<stats::StatsSnapshot> snapshot = m_statistics;
    const QString path = m_repositoryPath;
    const QString gitRange = m_gitRange;
    const lint::Config config = analysisConfig();
    m_progress->setFormat(tr("Tracing… %v/%m statements"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_tracing.setFuture(QtConcurrent::run([dsn, migration, scratchMethod, copyRowLimit, snapshot, path, gitRange, config](QPromise<trace::TraceResult> &promise) {
        repository::Repository repository = repository::loadRepository(path, {.gitRange = gitRange});
        trace::TraceResult result;
        if (!repository.ok()) {
            result.error = repository.error;
            promise.addResult(result);
            return;
        }
        lint::applyConfig(config, repository);
        trace::TraceOptions options;
        options.migration = migration;
        options.scratch = scratchMethod;
        options.copyRowLimit = copyRowLimit;
        options.snapshot = snapshot ? &*snapshot : nullptr;
        options.progress = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return !promise.isCanceled();
        };
        result = trace::traceRepository(repository, dsn, options);
        promise.addResult(result);
    }));
}

void MainWindow::startEstimate()
{
    if (m_repositoryPath.isEmpty())
        return;
    // Off the GUI thread; a newer request makes the older result stale.
    const int generation = ++m_estimateGeneration;
    const QString path = m_repositoryPath;
    const QString gitRange = m_gitRange;
    const std::optional<lint::Config> configOverride = m_configOverride;
    const QHash<QString, QByteArray> unsaved = m_unsaved;
    const std::optional<stats::StatsSnapshot> snapshot = m_statistics;
    m_progress->setFormat(tr("Analysing… %p%"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_estimating.setFuture(QtConcurrent::run([path, gitRange, configOverride, unsaved, snapshot, generation](QPromise<EstimateResult> &promise) {
        EstimateResult result;
        result.generation = generation;
        repository::Repository repository = repository::loadRepository(path, {.gitRange = gitRange});
        if (!repository.ok()) {
            result.loadError = repository.error;
            promise.addResult(std::move(result));
            return;
        }
        // The settings' choices, or the repository's .migreview.toml as the CLI reads it.
        lint::Config config = configOverride.value_or(lint::Config{});
        if (const QString configPath = configOverride ? QString() : lint::findConfigFile(path); !configPath.isEmpty()) {
            lint::ConfigLoad load = lint::loadConfig(configPath);
            if (load.config)
                config = std::move(*load.config);
            else
                result.configError = load.error;
        }
        lint::applyConfig(config, repository);
        // The editor's unsaved text is what gets analysed, not the file on disk.
        for (repository::Migration &migration : repository.migrations) {
            for (repository::MigrationScript &script : migration.scripts) {
                const QString absolute = QFileInfo(QDir(repository.root).absoluteFilePath(script.relativePath)).absoluteFilePath();
                if (const auto edited = unsaved.constFind(absolute); edited != unsaved.constEnd()) {
                    script.bytes = *edited;
                    script.readError.clear();
                    result.editedBytes.insert(absolute, *edited);
                }
            }
        }
        result.repository = std::make_shared<const repository::Repository>(std::move(repository));
        // The estimate beside the lint, on the other core; the lint reports progress per file and
        // stops between files when cancelled.
        // Every migration is estimated and linted: a pull request's context is one toggle away.
        QFuture<estimate::EstimateReport> estimating = QtConcurrent::run([repository = result.repository, snapshot] {
            return estimate::estimateRepository(*repository, snapshot ? &*snapshot : nullptr, {.rangeContext = true});
        });
        config.options.rangeContext = true;
        config.options.progress = [&promise](int done, int total) {
            if (promise.isCanceled())
                return false;
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return true;
        };
        lint::LintResult lint = lint::lintRepository(*result.repository, config.options);
        result.report = estimating.result();
        if (lint.cancelled || promise.isCanceled())
            return;
        for (const lint::LintedScript &script : lint.scripts) {
            FileFacts facts{script.relativePath, int(script.parsed->statements.size()), {}};
            if (!script.parsed->unreadable.isEmpty())
                facts.problem = script.parsed->unreadable;
            else if (script.parsed->error)
                facts.problem = tr("line %1, column %2: %3").arg(script.parsed->error->location.line).arg(script.parsed->error->location.column).arg(script.parsed->error->message);
            result.files.push_back(std::move(facts));
        }
        if (lint.isRange()) {
            estimate::EstimateReport scoped = result.report;
            estimate::keepRange(scoped, *result.repository);
            report::FormatOptions summaryOptions;
            summaryOptions.estimate = &scoped;
            result.pullRequestHtml = report::pullRequestSummaryHtml(lint, summaryOptions);
        }
        result.findings = std::move(lint.findings);
        result.pgVersion = config.options.pgVersion;
        promise.addResult(std::move(result));
    }));
}

void MainWindow::applyEstimate()
{
    if (m_estimating.isCanceled() || m_estimating.future().resultCount() == 0) {
        m_progress->hide();
        m_cancel->hide();
        Q_EMIT scanFinished();
        return;
    }
    EstimateResult result = m_estimating.result();
    if (result.generation != m_estimateGeneration)
        return;
    if (!result.loadError.isEmpty()) {
        m_progress->hide();
        m_cancel->hide();
        showError(result.loadError);
        Q_EMIT scanFinished();
        return;
    }
    m_repository = result.repository;
    m_pgVersion = result.pgVersion;
    {
        // Grouped by migration now that the repository is loaded; the shown file stays selected.
        const QSignalBlocker blocker(m_ui->fileView->selectionModel());
        m_fileModel->setAnalysis(*result.repository, result.files, result.findings);
        sizeTreeColumns();
        m_ui->fileView->expandAll();
        if (!m_gitRange.isEmpty() && !m_shownFile.isEmpty())
            showFile(m_shownFile); // HEAD's bytes, now that they are loaded
        updatePairedScript();
        if (const QModelIndex shown = m_fileFilter->mapFromSource(m_fileModel->indexOfPath(QFileInfo(m_shownFile).absoluteFilePath())); shown.isValid()) {
            m_ui->fileView->setCurrentIndex(shown);
            m_ui->fileView->scrollTo(shown);
        }
    }
    m_estimateFull = std::move(result.report);
    m_estimate = shownEstimate();
    m_timeline->setReport(m_estimate);
    updateLockBadges();
    m_pullRequestHtml = result.pullRequestHtml;
    m_pullRequestSummary->setHtml(m_pullRequestHtml);
    if (m_repository->isRange() && !m_rangeOpened) {
        m_pullRequestDock->show();
        m_pullRequestDock->raise();
    }
    if (!result.configError.isEmpty())
        showError(tr("The configuration was not applied: %1").arg(result.configError));
    // Findings of an edited file refer to the text that was analysed.
    if (const auto edited = result.editedBytes.constFind(QFileInfo(m_shownFile).absoluteFilePath()); edited != result.editedBytes.constEnd())
        m_shownSource = sql::parseScript(*edited, QFileInfo(m_shownFile).fileName(), {.collectComments = false}).source;
    m_findings->setFindings(std::move(result.findings));
    m_findingsPanel->updateRules();
    openFirstFinding();
    updateDiagnostics();
    openFirstRangeMigration();
    updateBaseDiff();
    updateStatusSummary();
    Q_EMIT scanFinished();
    Q_EMIT findingsChanged();
    Q_EMIT estimateFinished();
    // Then the graph and its layout, from the same repository and estimate, also off this thread.
    startGraphLayout();
}

void MainWindow::showGraphLayoutBusy()
{
    // Graphviz gives no progress: the bar is busy until it is done.
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Laying out the graph…"));
}

void MainWindow::updateLockBadges()
{
    if (m_shownFile.isEmpty()) {
        editor()->setLockBadges({});
        return;
    }
    const QString relative = QDir(m_repositoryPath).relativeFilePath(m_shownFile);
    QList<SqlEditor::LockBadge> badges;
    for (const estimate::StatementEstimate &statement : m_estimate.statements) {
        if (statement.file != relative)
            continue;
        const locks::RelationLock *strongest = nullptr;
        for (const locks::RelationLock &lock : statement.locks) {
            if (!strongest || lock.mode > strongest->mode)
                strongest = &lock;
        }
        if (!strongest || strongest->mode < locks::LockMode::ShareUpdateExclusive)
            continue;
        static const QHash<locks::LockMode, QString> labels{
            {locks::LockMode::AccessExclusive, QStringLiteral("AE")}, {locks::LockMode::Exclusive, QStringLiteral("E")},
            {locks::LockMode::ShareRowExclusive, QStringLiteral("SRE")}, {locks::LockMode::Share, QStringLiteral("S")},
            {locks::LockMode::ShareUpdateExclusive, QStringLiteral("SUE")},
        };
        QStringList text;
        for (const locks::RelationLock &lock : statement.locks)
            text.push_back(tr("%1 on %2: %3").arg(locks::lockModeName(lock.mode), lock.relation, locks::blockedWork(lock.mode)));
        text.push_back(tr("Work: %1. Takes %2.").arg(locks::tableWorkTitle(statement.work), estimate::describeDuration(statement.duration)));
        if (statement.inTransaction)
            text.push_back(tr("Locks held to the end of the transaction: %1.").arg(estimate::describeDuration(statement.hold)));
        for (const QString &assumption : statement.assumptions)
            text.push_back(QStringLiteral("• ") + assumption);
        badges.push_back({statement.line, labels.value(strongest->mode), LockTimeline::colorFor(strongest->mode), text.join(u'\n')});
    }
    editor()->setLockBadges(badges);
}

SqlEditor *MainWindow::editor() const
{
    return m_ui->editor;
}

QString MainWindow::errorText() const
{
    return m_ui->errorLabel->text();
}

bool MainWindow::openRepository(const QString &path, const QString &gitRange)
{
    QString error;
    const QStringList files = repository::collectSqlFiles(path, &error);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    cancelScan();
    m_estimating.waitForFinished();
    m_repositoryPath = QFileInfo(path).absoluteFilePath();
    m_gitRange = gitRange;
    setWindowTitle(gitRange.isEmpty() ? tr("%1 — migreview").arg(QDir::toNativeSeparators(m_repositoryPath))
                                      : tr("%1 (%2) — migreview").arg(QDir::toNativeSeparators(m_repositoryPath), gitRange));
    m_repository.reset();
    m_rangeOpened = false;
    // Nothing of the previous repository stays on screen: its file, error, trace and
    // distributions go with it (a pull request opens on its own first migration).
    m_shownFile.clear();
    m_shownSource.reset();
    m_shownParseError.reset();
    {
        const QScopedValueRollback settingText(m_settingText, true);
        m_ui->editor->setPlainText({});
    }
    m_ui->fileTitle->clear();
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    m_trace = {};
    m_traceTable->setResult(m_trace);
    m_distributions->setResult(m_trace);
    m_pullRequestHtml.clear();
    m_pullRequestSummary->clear();
    m_pullRequestDock->setVisible(!gitRange.isEmpty());
    m_showContextBox->setVisible(!gitRange.isEmpty());
    m_showContextAction->setEnabled(!gitRange.isEmpty());
    m_estimateFull = {};
    m_findings->setFindings({});
    m_graphView->setGraph({}, {});
    m_estimate = {};
    m_timeline->setReport(m_estimate);
    const QDir root(QFileInfo(path).isDir() ? m_repositoryPath : QFileInfo(path).absolutePath());
    QStringList absolutePaths;
    for (const QString &file : files)
        absolutePaths.push_back(QFileInfo(file).absoluteFilePath());
    m_fileModel->listFiles(root.absolutePath(), absolutePaths);
    sizeTreeColumns();
    if (files.isEmpty())
        showError(tr("%1 holds no .sql files.").arg(QDir::toNativeSeparators(path)));
    startEstimate();
    // A pull request opens on its first migration once analysed; otherwise the first up script
    // now, and the first finding's file once the findings are in (unless another was chosen).
    m_autoShownFile.clear();
    if (!files.isEmpty() && gitRange.isEmpty()) {
        const auto up = std::find_if(absolutePaths.begin(), absolutePaths.end(), [](const QString &file) { return !looksLikeUndoScript(file); });
        selectFile(up != absolutePaths.end() ? *up : absolutePaths.first());
        m_autoShownFile = m_shownFile;
    }
    rememberRepository(m_repositoryPath);
    watchRepository();
    return true;
}

void MainWindow::cancelScan()
{
    if (m_tracing.isRunning())
        m_tracing.cancel(); // stops between statements; the scratch copy is still dropped
    if (m_estimating.isRunning()) {
        m_estimating.cancel();
        ++m_estimateGeneration;
    }
    if (m_graphing.isRunning()) {
        // Graphviz cannot be interrupted: its result, when it comes, is dropped as stale.
        ++m_estimateGeneration;
    }
    m_progress->hide();
    m_cancel->hide();
}

void MainWindow::showFile(const QString &path)
{
    // Under a git range, what is reviewed is HEAD's committed file, not the working tree's.
    const repository::MigrationScript *committed = nullptr;
    if (!m_gitRange.isEmpty() && m_repository) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        for (const repository::Migration &migration : m_repository->migrations) {
            for (const repository::MigrationScript &script : migration.scripts) {
                if (!committed && QFileInfo(QDir(m_repository->root).absoluteFilePath(script.relativePath)).absoluteFilePath() == absolute)
                    committed = &script;
            }
        }
    }
    const auto edited = m_unsaved.constFind(QFileInfo(path).absoluteFilePath());
    const sql::ParsedScript script = edited != m_unsaved.constEnd() ? sql::parseScript(*edited, QFileInfo(path).fileName())
        : committed                                                 ? sql::parseScript(committed->bytes, committed->relativePath)
                                                                    : sql::parseFile(path);
    m_ui->fileTitle->setText(QDir::toNativeSeparators(QDir(m_repositoryPath).relativeFilePath(path))
                             + (edited != m_unsaved.constEnd() ? tr(" (modified, not saved)") : QString()));
    m_shownSource.reset();
    const QScopedValueRollback settingText(m_settingText, true);
    if (!script.unreadable.isEmpty()) {
        m_ui->editor->setPlainText({});
        showError(tr("This file cannot be shown: %1").arg(script.unreadable));
    } else {
        m_shownSource = script.source;
        m_ui->editor->setPlainText(QString::fromUtf8(script.source->bytes()));
        if (script.error) {
            showError(tr("Syntax error at line %1, column %2: %3")
                          .arg(script.error->location.line)
                          .arg(script.error->location.column)
                          .arg(script.error->message));
        } else {
            m_ui->errorLabel->clear();
            m_ui->errorLabel->hide();
        }
    }
    m_shownFile = path;
    m_findingsPanel->setShownFile(QDir(m_repository ? m_repository->root : m_repositoryPath).relativeFilePath(QFileInfo(path).absoluteFilePath()));
    if (!m_gitRange.isEmpty())
        m_rangeOpened = true; // a file chosen (or --file): the pull request does not jump elsewhere
    m_shownParseError.reset();
    if (script.error)
        m_shownParseError = *script.error;
    updateDiagnostics();
    updateLockBadges();
    updatePairedScript();
    updateBaseDiff();
    Q_EMIT fileShown(path);
}

void MainWindow::updateDiagnostics()
{
    QList<SqlEditor::Diagnostic> diagnostics;
    if (!m_shownSource) {
        m_ui->editor->setDiagnostics(diagnostics);
        return;
    }
    const QString text = m_ui->editor->toPlainText();
    // A point (a syntax error, a whole-file finding) is underlined up to the next space.
    const auto tokenEnd = [&text](int position) {
        int end = position;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u';')
            ++end;
        return end;
    };
    const QString relative = QDir(m_repositoryPath).relativeFilePath(m_shownFile);
    bool syntaxErrorReported = false;
    for (const rules::Finding &finding : m_findings->findings()) {
        if (finding.file != relative || finding.suppressed)
            continue;
        syntaxErrorReported |= finding.rule == rules::SyntaxErrorRule;
        const int begin = m_shownSource->utf16OffsetAt(finding.range.beginByte);
        const int end = finding.range.endByte > finding.range.beginByte ? m_shownSource->utf16OffsetAt(finding.range.endByte) : tokenEnd(begin);
        const SqlEditor::Severity severity = finding.level == rules::Level::Error     ? SqlEditor::Severity::Error
                                             : finding.level == rules::Level::Warning ? SqlEditor::Severity::Warning
                                                                                      : SqlEditor::Severity::Info;
        QString message = tr("%1 [%2]").arg(finding.message, finding.rule);
        if (!finding.fix.isEmpty())
            message += u'\n' + tr("Safe rewrite:") + u'\n' + finding.fix;
        diagnostics.push_back({begin, end, severity, message});
    }
    // Before the findings arrive (or when the linter saw other bytes), the parser's own error.
    if (m_shownParseError && !syntaxErrorReported) {
        const int position = m_shownSource->utf16OffsetAt(m_shownParseError->byteOffset);
        diagnostics.push_back({position, tokenEnd(position), SqlEditor::Severity::Error, m_shownParseError->message});
    }
    m_ui->editor->setDiagnostics(diagnostics);
}

void MainWindow::openFirstFinding()
{
    if (m_autoShownFile.isEmpty() || m_shownFile != m_autoShownFile || !m_repository)
        return;
    m_autoShownFile.clear();
    for (const rules::Finding &finding : m_findings->findings()) {
        if (finding.suppressed || finding.file.isEmpty() || looksLikeUndoScript(finding.file))
            continue;
        selectFile(QDir(m_repository->root).absoluteFilePath(finding.file));
        return;
    }
}

bool MainWindow::selectFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QModelIndex index = m_fileFilter->mapFromSource(m_fileModel->indexOfPath(absolute));
    if (!index.isValid() && m_fileModel->indexOfPath(absolute).isValid()) {
        m_ui->treeFilter->clear(); // hidden by the filter: show it
        index = m_fileFilter->mapFromSource(m_fileModel->indexOfPath(absolute));
    }
    if (index.isValid()) {
        m_ui->fileView->setCurrentIndex(index);
        m_ui->fileView->scrollTo(index);
        return true;
    }
    showError(tr("%1 is not a SQL file of the open repository.").arg(QDir::toNativeSeparators(path)));
    return false;
}

bool MainWindow::loadStatistics(const QString &path)
{
    stats::SnapshotLoad load = stats::loadSnapshot(path);
    if (!load.snapshot) {
        showError(load.error);
        return false;
    }
    m_statistics = std::move(load.snapshot);
    QFile snapshotFile(path);
    m_statisticsBytes = snapshotFile.open(QIODevice::ReadOnly) ? snapshotFile.readAll() : QByteArray();
    updateStatusSummary();
    Q_EMIT statisticsChanged();
    startEstimate();
    return true;
}

void MainWindow::connectStatistics(const QString &dsn)
{
    // libpq may wait for the network: the capture runs off the GUI thread.
    m_capturing.setFuture(QtConcurrent::run([dsn] {
        const stats::SnapshotCapture capture = stats::captureSnapshot(dsn);
        return capture.error.isEmpty() ? QString::fromUtf8(capture.json) : u'!' + capture.error;
    }));
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a migration repository"), m_repositoryPath);
    if (!folder.isEmpty())
        openRepository(folder);
}

void MainWindow::chooseStatistics()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Load a statistics snapshot"), m_repositoryPath,
                                                      tr("Statistics snapshots (*.json)"));
    if (!file.isEmpty())
        loadStatistics(file);
}

void MainWindow::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e;"));
    m_ui->errorLabel->show();
}

void MainWindow::updateStatusSummary()
{
    QStringList parts;
    if (m_repositoryPath.isEmpty())
        parts.push_back(tr("No repository open (File › Open Folder…)"));
    else
        parts.push_back(QDir::toNativeSeparators(m_repositoryPath));
    if (m_repository) {
        QStringList layouts;
        for (const repository::Layout layout : m_repository->layouts)
            layouts.push_back(repository::layoutName(layout));
        parts.push_back(tr("%n migration(s), %1", nullptr, int(m_repository->migrations.size())).arg(layouts.join(u'+')));
        parts.push_back(tr("PostgreSQL %1").arg(m_pgVersion));
    } else if (!m_repositoryPath.isEmpty()) {
        parts.push_back(tr("%n SQL file(s)", nullptr, int(m_fileModel->paths().size())));
    }
    if (m_fileModel->problemCount() > 0)
        parts.push_back(tr("%n file(s) with errors", nullptr, m_fileModel->problemCount()));
    if (m_repository && m_repository->isRange() && !m_estimating.isRunning()) {
        // A pull request: what the range changed comes first, and only it is counted.
        int migrations = 0;
        for (const repository::Migration &migration : m_repository->migrations)
            migrations += migration.gitChange != repository::GitChange::Unchanged;
        int counts[3] = {0, 0, 0};
        for (const rules::Finding &finding : m_findings->findings()) {
            if (!finding.suppressed && finding.inScope())
                ++counts[int(finding.level)];
        }
        QString text = tr("Pull request %1: %n migration(s), ", nullptr, migrations).arg(m_gitRange);
        text += tr("%n error(s), ", nullptr, counts[int(rules::Level::Error)]);
        text += tr("%n warning(s)", nullptr, counts[int(rules::Level::Warning)]);
        parts.prepend(text);
    } else if (!m_repositoryPath.isEmpty() && !m_estimating.isRunning()) {
        int counts[3] = {0, 0, 0};
        for (const rules::Finding &finding : m_findings->findings()) {
            if (!finding.suppressed)
                ++counts[int(finding.level)];
        }
        parts.push_back(tr("%n error(s)", nullptr, counts[int(rules::Level::Error)]));
        parts.push_back(tr("%n warning(s)", nullptr, counts[int(rules::Level::Warning)]));
        parts.push_back(tr("%n info(s)", nullptr, counts[int(rules::Level::Info)]));
    }
    if (m_statistics) {
        parts.push_back(tr("statistics: %1, %n table(s)", nullptr, int(m_statistics->tables.size()))
                            .arg(m_statistics->source.isEmpty() ? tr("snapshot") : m_statistics->source));
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace migreview::app
