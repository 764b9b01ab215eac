#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "graphview.h"
#include "locktimeline.h"
#include "sqleditor.h"

#include "repository/repository.h"
#include "repository/sqlfiles.h"
#include "stats/snapshotcapture.h"
#include "sql/parsefile.h"

#include <KSyntaxHighlighting/Repository>

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QTextBlock>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace migreview::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_syntaxRepository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_fileModel(new QStandardItemModel(0, COLUMN_COUNT, this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_summary(new QLabel(this))
    , m_timeline(new LockTimeline(this))
    , m_graphView(new GraphView(this))
{
    m_ui->setupUi(this);
    m_ui->editor->setRepository(m_syntaxRepository.get());
    m_fileModel->setHorizontalHeaderLabels({tr("File"), tr("Statements")});
    m_ui->fileView->setModel(m_fileModel);
    m_ui->fileView->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_ui->fileView->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_ui->fileView->header()->setStretchLastSection(false);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({320, 880});

    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel->hide();

    connect(m_ui->actionOpenFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(m_ui->actionLoadStatistics, &QAction::triggered, this, &MainWindow::chooseStatistics);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelScan);
    connect(m_ui->fileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showFile(m_fileModel->index(current.row(), FileColumn).data(PathRole).toString());
            });
    connect(&m_scan, &QFutureWatcher<FileScan>::resultReadyAt, this, &MainWindow::applyScanResult);
    connect(&m_scan, &QFutureWatcher<FileScan>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_scan, &QFutureWatcher<FileScan>::finished, this, [this] {
        if (m_graphing.isRunning()) {
            showGraphLayoutBusy();
        } else {
            m_progress->hide();
            m_cancel->hide();
        }
        updateStatusSummary();
        Q_EMIT scanFinished();
    });
    // The lock timeline: per table, how long the up migrations lock it (issue: lock model).
    auto *dock = new QDockWidget(tr("Lock timeline"), this);
    dock->setObjectName(QStringLiteral("lockTimelineDock"));
    dock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    connect(m_timeline, &LockTimeline::statementActivated, this, [this](const QString &file, int line) {
        if (selectFile(QDir(m_repositoryPath).filePath(file))) {
            QTextCursor cursor(editor()->document()->findBlockByNumber(line - 1));
            editor()->setTextCursor(cursor);
            editor()->centerCursor();
        }
    });
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
    splitDockWidget(dock, graphDock, Qt::Horizontal); // timeline and graph side by side under the editor
    m_graphView->setMinimumSize(280, 160);
    connect(m_graphView, &GraphView::statementActivated, m_timeline, &LockTimeline::statementActivated);
    connect(&m_graphing, &QFutureWatcher<GraphLayout>::finished, this, [this] {
        if (!m_scan.isRunning()) {
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
            item->setIcon(style()->standardIcon(violation.level == rules::Level::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
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
        updateStatusSummary();
        Q_EMIT statisticsChanged();
        startEstimate();
    });
    updateStatusSummary();
}

MainWindow::~MainWindow()
{
    cancelScan();
    m_scan.waitForFinished();
    m_estimating.waitForFinished();
    m_capturing.waitForFinished();
    m_graphing.waitForFinished();
}

void MainWindow::startEstimate()
{
    if (m_repositoryPath.isEmpty())
        return;
    // Off the GUI thread; a newer request makes the older result stale.
    const int generation = ++m_estimateGeneration;
    const QString path = m_repositoryPath;
    const std::optional<stats::StatsSnapshot> snapshot = m_statistics;
    m_estimating.setFuture(QtConcurrent::run([path, snapshot, generation] {
        EstimateResult result;
        result.generation = generation;
        result.repository = std::make_shared<const repository::Repository>(repository::loadRepository(path));
        result.report = estimate::estimateRepository(*result.repository, snapshot ? &*snapshot : nullptr);
        return result;
    }));
}

void MainWindow::applyEstimate()
{
    if (m_estimating.isCanceled() || m_estimating.future().resultCount() == 0)
        return;
    EstimateResult result = m_estimating.result();
    if (result.generation != m_estimateGeneration)
        return;
    m_estimate = std::move(result.report);
    m_timeline->setReport(m_estimate);
    updateLockBadges();
    Q_EMIT estimateFinished();
    // Then the graph and its layout, from the same repository and estimate, also off this thread.
    if (!m_scan.isRunning())
        showGraphLayoutBusy();
    m_progress->show();
    m_cancel->show();
    m_graphing.setFuture(QtConcurrent::run([repository = result.repository, report = m_estimate, generation = result.generation] {
        GraphLayout layout;
        layout.generation = generation;
        layout.graph = graph::buildGraph(*repository, report);
        layout.layout = graph::render(layout.graph, "json");
        return layout;
    }));
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
        const auto describe = [](const estimate::Duration &d) {
            return d.known ? tr("~%1 ms (%2 to %3 ms)").arg(qRound64(d.expected)).arg(qRound64(d.low)).arg(qRound64(d.high))
                           : tr("unknown: %1").arg(d.reason);
        };
        text.push_back(tr("Work: %1. Takes %2.").arg(locks::tableWorkName(statement.work), describe(statement.duration)));
        if (statement.inTransaction)
            text.push_back(tr("Locks held to the end of the transaction: %1.").arg(describe(statement.hold)));
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

bool MainWindow::openRepository(const QString &path)
{
    QString error;
    const QStringList files = repository::collectSqlFiles(path, &error);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    cancelScan();
    m_scan.waitForFinished();
    m_repositoryPath = QFileInfo(path).absoluteFilePath();
    setWindowTitle(tr("%1 — migreview").arg(QDir::toNativeSeparators(m_repositoryPath)));
    m_fileModel->removeRows(0, m_fileModel->rowCount());
    m_problemCount = 0;
    const QDir root(QFileInfo(path).isDir() ? m_repositoryPath : QFileInfo(path).absolutePath());
    for (const QString &file : files) {
        auto *name = new QStandardItem(QDir::toNativeSeparators(root.relativeFilePath(QFileInfo(file).absoluteFilePath())));
        name->setData(QFileInfo(file).absoluteFilePath(), PathRole);
        name->setEditable(false);
        auto *status = new QStandardItem(tr("…"));
        status->setEditable(false);
        m_fileModel->appendRow({name, status});
    }
    if (files.isEmpty())
        showError(tr("%1 holds no .sql files.").arg(QDir::toNativeSeparators(path)));
    startScan(files);
    startEstimate();
    if (!files.isEmpty())
        m_ui->fileView->setCurrentIndex(m_fileModel->index(0, FileColumn));
    return true;
}

void MainWindow::startScan(const QStringList &files)
{
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progress->setRange(0, int(files.size()));
    m_progress->setValue(0);
    m_progress->setVisible(!files.isEmpty());
    m_cancel->setVisible(!files.isEmpty());
    // Parsing a large repository takes a while: it runs off the GUI thread and can be cancelled.
    m_scan.setFuture(QtConcurrent::run([files](QPromise<FileScan> &promise) {
        promise.setProgressRange(0, int(files.size()));
        for (int row = 0; row < files.size(); ++row) {
            if (promise.isCanceled())
                return;
            const sql::ParsedScript script = sql::parseFile(files.at(row), {.collectComments = false});
            FileScan scan;
            scan.row = row;
            scan.statementCount = int(script.statements.size());
            if (!script.unreadable.isEmpty())
                scan.problem = script.unreadable;
            else if (script.error)
                scan.problem = tr("line %1, column %2: %3").arg(script.error->location.line).arg(script.error->location.column).arg(script.error->message);
            promise.addResult(scan);
            promise.setProgressValue(row + 1);
        }
    }));
}

void MainWindow::cancelScan()
{
    if (m_scan.isRunning())
        m_scan.cancel();
    if (m_graphing.isRunning()) {
        // Graphviz cannot be interrupted: its result, when it comes, is dropped as stale.
        ++m_estimateGeneration;
        m_progress->hide();
        m_cancel->hide();
    }
}

void MainWindow::applyScanResult(int index)
{
    const FileScan scan = m_scan.resultAt(index);
    if (scan.row < 0 || scan.row >= m_fileModel->rowCount())
        return;
    QStandardItem *name = m_fileModel->item(scan.row, FileColumn);
    QStandardItem *status = m_fileModel->item(scan.row, StatusColumn);
    if (scan.problem.isEmpty()) {
        status->setText(QString::number(scan.statementCount));
        name->setToolTip({});
    } else {
        ++m_problemCount;
        status->setText(tr("error"));
        status->setForeground(QColor(Qt::red));
        name->setData(scan.problem, ProblemRole);
        name->setToolTip(scan.problem);
        name->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void MainWindow::showFile(const QString &path)
{
    const sql::ParsedScript script = sql::parseFile(path);
    m_ui->fileTitle->setText(QDir::toNativeSeparators(QDir(m_repositoryPath).relativeFilePath(path)));
    QList<SqlEditor::Diagnostic> diagnostics;
    if (!script.unreadable.isEmpty()) {
        m_ui->editor->setPlainText({});
        showError(tr("This file cannot be shown: %1").arg(script.unreadable));
    } else {
        m_ui->editor->setPlainText(QString::fromUtf8(script.source->bytes()));
        if (script.error) {
            const int position = script.source->utf16OffsetAt(script.error->byteOffset);
            // Underline the token at the error: up to the next space.
            const QString text = m_ui->editor->toPlainText();
            int end = position;
            while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u';')
                ++end;
            diagnostics.push_back({position, end, SqlEditor::Severity::Error, script.error->message});
            showError(tr("Syntax error at line %1, column %2: %3")
                          .arg(script.error->location.line)
                          .arg(script.error->location.column)
                          .arg(script.error->message));
        } else {
            m_ui->errorLabel->clear();
            m_ui->errorLabel->hide();
        }
    }
    m_ui->editor->setDiagnostics(diagnostics);
    m_shownFile = path;
    updateLockBadges();
    Q_EMIT fileShown(path);
}

bool MainWindow::selectFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < m_fileModel->rowCount(); ++row) {
        if (m_fileModel->item(row, FileColumn)->data(PathRole).toString() == absolute) {
            m_ui->fileView->setCurrentIndex(m_fileModel->index(row, FileColumn));
            return true;
        }
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
        parts.push_back(tr("%n SQL file(s)", nullptr, m_fileModel->rowCount()));
    if (m_problemCount > 0)
        parts.push_back(tr("%n with errors", nullptr, m_problemCount));
    if (m_statistics) {
        parts.push_back(tr("statistics: %1, %n table(s)", nullptr, int(m_statistics->tables.size()))
                            .arg(m_statistics->source.isEmpty() ? tr("snapshot") : m_statistics->source));
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace migreview::app
