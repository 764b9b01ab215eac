// The main window in pull-request mode (a git range): what is shown is scoped to the migrations
// the range added, modified or deleted, with a toggle for the rest as context; a summary panel
// (the same content as `migreview lint --format markdown` with a range) whose links open each
// statement; and a modified migration beside its BASE text, the lines that differ tinted.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "findingsmodel.h"
#include "graphview.h"
#include "locktimeline.h"
#include "sqleditor.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace migreview::app {

namespace {

// Which lines of before and after differ: the longest common subsequence of lines after the
// common head and tail are set aside (migrations are small; a very large middle is all changed).
std::pair<QSet<int>, QSet<int>> differingLines(const QStringList &before, const QStringList &after)
{
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const qsizetype n = before.size() - head - tail, m = after.size() - head - tail;
    QSet<int> removed, added;
    if (n * m > 4'000'000) {
        for (qsizetype i = 0; i < n; ++i)
            removed.insert(int(head + i + 1));
        for (qsizetype j = 0; j < m; ++j)
            added.insert(int(head + j + 1));
        return {removed, added};
    }
    std::vector<std::vector<int>> common(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            common[size_t(i)][size_t(j)] = before[head + i] == after[head + j] ? common[size_t(i + 1)][size_t(j + 1)] + 1
                                                                                : std::max(common[size_t(i + 1)][size_t(j)], common[size_t(i)][size_t(j + 1)]);
    }
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (before[head + i] == after[head + j]) {
            ++i;
            ++j;
        } else if (common[size_t(i + 1)][size_t(j)] >= common[size_t(i)][size_t(j + 1)]) {
            removed.insert(int(head + i + 1));
            ++i;
        } else {
            added.insert(int(head + j + 1));
            ++j;
        }
    }
    for (; i < n; ++i)
        removed.insert(int(head + i + 1));
    for (; j < m; ++j)
        added.insert(int(head + j + 1));
    return {removed, added};
}

} // namespace

void MainWindow::setupPullRequestPanel(QDockWidget *tabbedWith)
{
    m_pullRequestSummary = new QTextBrowser(this);
    m_pullRequestSummary->setOpenLinks(false);
    m_pullRequestSummary->setAccessibleName(tr("Pull request summary"));
    connect(m_pullRequestSummary, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != u"migreview-open")
            return;
        showStatement(url.path(), QUrlQuery(url).queryItemValue(QStringLiteral("line")).toInt());
    });
    m_pullRequestDock = new QDockWidget(tr("Pull request"), this);
    m_pullRequestDock->setObjectName(QStringLiteral("pullRequestDock"));
    m_pullRequestDock->setWidget(m_pullRequestSummary);
    addDockWidget(Qt::BottomDockWidgetArea, m_pullRequestDock);
    tabifyDockWidget(tabbedWith, m_pullRequestDock);
    m_pullRequestDock->hide();

    // Context: the migrations the range left alone, and their findings, locks and graph.
    m_showContextBox = new QCheckBox(tr("Show context"), m_ui->treePane);
    m_showContextBox->setToolTip(tr("Also show the migrations this pull request does not touch (their findings are never counted)"));
    m_showContextBox->hide();
    m_ui->treeLayout->insertWidget(1, m_showContextBox);
    m_showContextAction = new QAction(tr("Show &Context of the Pull Request"), this);
    m_showContextAction->setCheckable(true);
    m_showContextAction->setEnabled(false);
    connect(m_showContextBox, &QCheckBox::toggled, this, &MainWindow::setShowContext);
    connect(m_showContextAction, &QAction::toggled, this, &MainWindow::setShowContext);
}

QTreeView *MainWindow::fileView() const
{
    return m_ui->fileView;
}

QString MainWindow::statusSummary() const
{
    return m_summary->text();
}

bool MainWindow::showsContext() const
{
    return m_fileFilter->showsContext();
}

void MainWindow::setShowContext(bool show)
{
    {
        const QSignalBlocker boxBlocker(m_showContextBox);
        const QSignalBlocker actionBlocker(m_showContextAction);
        m_showContextBox->setChecked(show);
        m_showContextAction->setChecked(show);
    }
    if (show == m_fileFilter->showsContext())
        return;
    m_fileFilter->setShowContext(show);
    m_findingsFilter->setShowContext(show);
    m_ui->fileView->expandAll();
    applyRangeScope();
}

// The estimate as shown: a pull request's range only, unless its context is shown.
estimate::EstimateReport MainWindow::shownEstimate() const
{
    estimate::EstimateReport shown = m_estimateFull;
    if (m_repository && m_repository->isRange() && !showsContext())
        estimate::keepRange(shown, *m_repository);
    return shown;
}

// The timeline and the graph follow the scope; the summary does not change with it.
void MainWindow::applyRangeScope()
{
    m_estimate = shownEstimate();
    m_timeline->setReport(m_estimate);
    updateLockBadges();
    updateStatusSummary();
    if (m_repository)
        startGraphLayout();
}

void MainWindow::startGraphLayout()
{
    showGraphLayoutBusy();
    m_progress->show();
    m_cancel->show();
    const bool scoped = m_repository->isRange() && !showsContext();
    m_graphing.setFuture(QtConcurrent::run([repository = m_repository, report = m_estimateFull, generation = m_estimateGeneration, scoped] {
        GraphLayout layout;
        layout.generation = generation;
        layout.graph = graph::buildGraph(*repository, report);
        if (scoped) {
            graph::keepRangeViolations(layout.graph, *repository);
            layout.graph = graph::rangeSubgraph(layout.graph, *repository);
        }
        layout.layout = graph::render(layout.graph, "json0");
        return layout;
    }));
}

// A pull request opens on the first migration it added or modified: its up script (or its
// first script).
void MainWindow::openFirstRangeMigration()
{
    if (!m_repository || !m_repository->isRange() || m_rangeOpened)
        return;
    m_rangeOpened = true;
    for (const repository::Migration &migration : m_repository->migrations) {
        if (migration.gitChange != repository::GitChange::Added && migration.gitChange != repository::GitChange::Modified)
            continue;
        const repository::MigrationScript *script = migration.script(repository::Direction::Up);
        if (!script || script->gitChange == repository::GitChange::Deleted) {
            for (const repository::MigrationScript &candidate : migration.scripts) {
                if (candidate.gitChange != repository::GitChange::Deleted) {
                    script = &candidate;
                    break;
                }
            }
        }
        if (script) {
            selectFile(QDir(m_repository->root).absoluteFilePath(script->relativePath));
            return;
        }
    }
}

// A script the range modified is shown beside its BASE text, added lines tinted green on the
// right, removed ones red on the left; the findings stay on the new text.
void MainWindow::updateBaseDiff()
{
    const repository::MigrationScript *modified = nullptr;
    if (m_repository && m_repository->isRange() && !m_shownFile.isEmpty()) {
        const QString relative = QDir(m_repository->root).relativeFilePath(QFileInfo(m_shownFile).absoluteFilePath());
        for (const repository::Migration &migration : m_repository->migrations) {
            for (const repository::MigrationScript &script : migration.scripts) {
                if (script.relativePath == relative && script.gitChange == repository::GitChange::Modified)
                    modified = &script;
            }
        }
    }
    if (!modified) {
        if (m_baseDiffShown) {
            m_baseDiffShown = false;
            m_pairEditor->setLineHighlights({});
            m_ui->editor->setLineHighlights({});
            m_pairEditor->hide();
            m_pairEditor->setAccessibleName(tr("Paired script"));
        }
        return;
    }
    m_baseDiffShown = true;
    const QString before = QString::fromUtf8(modified->baseBytes);
    m_pairEditor->setPlainText(before);
    m_pairEditor->setAccessibleName(tr("%1 at BASE (%2)").arg(modified->relativePath, m_repository->gitBase));
    m_pairEditor->setToolTip(m_pairEditor->accessibleName());
    m_pairEditor->show();
    const auto [removed, added] = differingLines(before.split(u'\n'), m_ui->editor->toPlainText().split(u'\n'));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor removedColor = dark ? QColor(0x5c, 0x24, 0x24) : QColor(0xfd, 0xd8, 0xd8);
    const QColor addedColor = dark ? QColor(0x1f, 0x4a, 0x2c) : QColor(0xd6, 0xf5, 0xdc);
    QHash<int, QColor> left, right;
    for (const int line : removed)
        left.insert(line, removedColor);
    for (const int line : added)
        right.insert(line, addedColor);
    m_pairEditor->setLineHighlights(left);
    m_ui->editor->setLineHighlights(right);
    m_ui->fileTitle->setText(tr("%1 — changed by the pull request (right: as it was at BASE %2)").arg(QDir::toNativeSeparators(modified->relativePath), m_repository->gitBase));
}

} // namespace migreview::app
