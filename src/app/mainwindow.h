#pragma once

#include "estimate/estimator.h"
#include "graph/graph.h"
#include "lint/config.h"
#include "migrationtree.h"
#include "rules/finding.h"
#include "sql/sqlparser.h"
#include "stats/statssnapshot.h"
#include "report/reviewbuild.h"
#include "trace/trace.h"

#include <QFutureWatcher>
#include <QFileInfo>
#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QTextBrowser;
class QTreeView;
class QDialog;
class QDockWidget;
class QFileSystemWatcher;
class QTimer;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace KSyntaxHighlighting {
class Repository;
}
namespace Ui {
class MainWindow;
}

namespace migreview::app {

class SqlEditor;
class LockTimeline;
class GraphView;
class FindingsModel;
class DistributionsView;
class TraceTable;
class FindingsFilterModel;
class FindingsPanel;

// What the background analysis of a repository yields, in two steps: the lint and the estimate
// first (for the file list, the findings, the gutter and the timeline), then the dependency graph
// and its Graphviz layout (JSON), made from the same repository and estimate. generation tells a
// stale result from the current one.
struct EstimateResult
{
    std::shared_ptr<const repository::Repository> repository;
    estimate::EstimateReport report;
    std::vector<rules::Finding> findings; // the lint rules' (with .migreview.toml applied)
    std::vector<FileFacts> files;
    int pgVersion = 17; // the target the lint assumed
    QString configError; // .migreview.toml could not be read: the defaults were used
    QString loadError; // the repository could not be loaded (a bad git range): nothing else is set
    QHash<QString, QByteArray> editedBytes; // absolute path -> the unsaved text that was analysed
    QString pullRequestHtml; // the summary of a pull request's range, empty without one
    int generation = 0;
};

struct GraphLayout
{
    graph::Graph graph;
    QByteArray layout;
    int generation = 0;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a folder; with a git range ("BASE..HEAD"), HEAD's committed migrations are reviewed
    // and those the range adds or changes are marked.
    bool openRepository(const QString &path, const QString &gitRange = {});
    QString gitRange() const { return m_gitRange; }
    // Pull-request mode (mainwindow_pullrequest.cpp): only the range's migrations, findings,
    // locks and graph unless the context is shown; a summary panel; a modified migration beside
    // its BASE text, the lines that differ tinted.
    void setShowContext(bool show);
    bool showsContext() const;
    QTextBrowser *pullRequestSummaryView() const { return m_pullRequestSummary; }
    QDockWidget *pullRequestDock() const { return m_pullRequestDock; }
    bool isShowingBaseDiff() const { return m_baseDiffShown; }
    QTreeView *fileView() const;
    QString shownFile() const { return m_shownFile; } // absolute path, empty when none
    QString statusSummary() const; // the status bar's permanent text
    // The configuration the analysis uses: the settings' choices when the user made some this
    // session, else the repository's .migreview.toml (found upwards), else the defaults.
    lint::Config analysisConfig(QString *configPath = nullptr, QString *error = nullptr) const;
    // Uses these choices for the analysis from now on (not written anywhere), and analyses again.
    void setAnalysisConfig(const lint::Config &config);
    void showSettings();
    // Runs the up migrations (or one, by version) on a scratch copy of the database at dsn, off
    // the GUI thread with progress and Cancel; the result fills the Trace and Distributions views.
    // File › Export Review…: the Export dialog on what the window shows (statistics, trace).
    void exportReview();
    report::ReviewRequest reviewRequest() const;
    void startTrace(const QString &dsn, const QString &migration = {}, trace::ScratchMethod scratchMethod = trace::ScratchMethod::Automatic, qint64 copyRowLimit = 1000000);
    bool isTracing() const { return m_tracing.isRunning(); }
    const trace::TraceResult &traceResult() const { return m_trace; }
    DistributionsView *distributionsView() const { return m_distributions; }
    TraceTable *traceTable() const { return m_traceTable; }
    // The finding at the editor's cursor (or selected in the table), as written beside its safe
    // rewrite; nullptr when there is no such finding or it has no rewrite.
    QDialog *showSafeRewrite();
    // The shown script's pair (up beside down) in a second editor; pairedEditor() shows it.
    void setPairedScriptShown(bool shown);
    SqlEditor *pairedEditor() const { return m_pairEditor; }
    QString pairedScriptPath() const; // empty when the shown script has none
    // Editing: off by default. Edits are analysed as they are typed (after a pause) but stay in
    // memory until saveShownFile(); revertShownFile() drops them.
    void setEditingEnabled(bool enabled);
    bool isModified(const QString &path) const { return m_unsaved.contains(QFileInfo(path).absoluteFilePath()); }
    bool saveShownFile(QString *error = nullptr);
    void revertShownFile();
    bool loadStatistics(const QString &path);
    // Captures a snapshot from a live server in the background (read only); false when the
    // capture cannot start. The result arrives with statisticsChanged() or an error.
    void connectStatistics(const QString &dsn);
    bool selectFile(const QString &path);
    // Stops the analysis (the lint stops between files) and drops the graph layout's result.
    void cancelScan();

    QString repositoryPath() const { return m_repositoryPath; }
    MigrationTreeModel *fileModel() const { return m_fileModel; }
    SqlEditor *editor() const;
    QString errorText() const;
    const std::optional<stats::StatsSnapshot> &statistics() const { return m_statistics; }
    bool isScanning() const { return m_estimating.isRunning(); }
    bool isLayingOutGraph() const { return m_graphing.isRunning(); }
    const estimate::EstimateReport &estimateReport() const { return m_estimate; }
    LockTimeline *lockTimeline() const { return m_timeline; }
    GraphView *graphView() const { return m_graphView; }
    QListWidget *graphViolations() const { return m_graphViolations; }
    FindingsModel *findingsModel() const { return m_findings; }
    FindingsFilterModel *findingsFilter() const { return m_findingsFilter; }
    QTableView *findingsView() const { return m_findingsView; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    // Moves to the next (or previous) finding of the filtered table, wrapping, and shows it in the
    // editor (F8 and Shift+F8); false when there is none.
    bool goToFinding(int step);
    QStringList recentRepositories() const;
    // The repository folder and its files are watched: a change re-analyses (after a short pause,
    // so that a save of many files analyses once) and reloads the shown file.
    QFileSystemWatcher *watcher() const { return m_watcher; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

Q_SIGNALS:
    void scanFinished(); // the analysis ended: applied, or cancelled
    void fileShown(const QString &path);
    void estimateFinished();
    void graphFinished();
    void findingsChanged();
    void traceFinished();
    void statisticsChanged();

private:
    void showFile(const QString &path);
    void chooseFolder();
    void chooseStatistics();
    void showError(const QString &message);
    void updateStatusSummary();
    void startEstimate();
    void applyEstimate();
    void updateLockBadges();
    void showGraphLayoutBusy();
    void sizeTreeColumns();
    void rememberRepository(const QString &path);
    void updateRecentMenu();
    void watchRepository();
    void repositoryChangedOnDisk();
    void updatePairedScript();
    const rules::Finding *findingAtCursor() const;
    QDockWidget *setupFindingsDock();
    QDockWidget *setupGraphDock();
    void setupTraceDocks(QDockWidget *tabbedWith);
    void setupToolBar();
    void chooseTrace();
    void updateDiagnostics();
    void showFinding(const QModelIndex &proxyIndex);
    void showStatement(const QString &file, int line, int column = 1);
    void selectFindingsOfNode(int nodeId);
    void showRuleHelp(const QString &rule);
    void setupPullRequestPanel(QDockWidget *tabbedWith);
    void applyRangeScope();
    estimate::EstimateReport shownEstimate() const;
    void openFirstRangeMigration();
    void openFirstFinding();
    void setupHelpMenu();
    void updateBaseDiff();
    void startGraphLayout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_syntaxRepository;
    MigrationTreeModel *m_fileModel;
    MigrationFilterModel *m_fileFilter;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reanalyse; // the pause after a change on disk
    std::shared_ptr<const repository::Repository> m_repository; // as last analysed
    int m_pgVersion = 17;
    QString m_repositoryPath;
    QString m_gitRange;
    SqlEditor *m_pairEditor = nullptr;
    QHash<QString, QByteArray> m_unsaved; // absolute path -> edited, unsaved text (UTF-8)
    QTimer *m_editPause = nullptr; // analyses the edits once typing pauses
    bool m_settingText = false; // the editor's text is being set, not typed
    std::optional<lint::Config> m_configOverride;
    std::optional<stats::StatsSnapshot> m_statistics;
    QByteArray m_statisticsBytes; // the snapshot as read or captured, for its hash in a review
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    LockTimeline *m_timeline;
    GraphView *m_graphView;
    QComboBox *m_graphTables = nullptr;
    QListWidget *m_graphViolations = nullptr;
    FindingsModel *m_findings;
    FindingsFilterModel *m_findingsFilter;
    QTableView *m_findingsView = nullptr;
    FindingsPanel *m_findingsPanel = nullptr;
    QAction *m_nextFindingAction = nullptr;
    QAction *m_previousFindingAction = nullptr;
    QAction *m_traceAction = nullptr;
    QAction *m_showContextAction = nullptr;
    QCheckBox *m_showContextBox = nullptr;
    QTextBrowser *m_pullRequestSummary = nullptr;
    QDockWidget *m_pullRequestDock = nullptr;
    QString m_pullRequestHtml;
    estimate::EstimateReport m_estimateFull; // every migration's; m_estimate is what is shown
    bool m_rangeOpened = false; // the first migration of the range was shown once
    QString m_autoShownFile; // the file opened with the repository, until the first finding's replaces it
    bool m_baseDiffShown = false; // the pair editor shows the shown script's BASE text
    QFutureWatcher<GraphLayout> m_graphing;
    QFutureWatcher<trace::TraceResult> m_tracing;
    trace::TraceResult m_trace;
    DistributionsView *m_distributions = nullptr;
    TraceTable *m_traceTable = nullptr;
    QFutureWatcher<EstimateResult> m_estimating;
    QFutureWatcher<QString> m_capturing; // the snapshot JSON, or an error prefixed with '!'
    estimate::EstimateReport m_estimate;
    int m_estimateGeneration = 0;
    QString m_shownFile;
    std::shared_ptr<const sql::SourceText> m_shownSource; // for the findings' byte offsets
    std::optional<sql::ParseError> m_shownParseError;
};

} // namespace migreview::app
