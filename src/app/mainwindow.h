#pragma once

#include "sql/sqlparser.h"
#include "stats/statssnapshot.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;

namespace KSyntaxHighlighting {
class Repository;
}
namespace Ui {
class MainWindow;
}

namespace migreview::app {

class SqlEditor;

// What the background scan learns about one file, for the file list.
struct FileScan
{
    int row = -1;
    int statementCount = 0;
    QString problem; // syntax error or unreadable reason, empty when it parsed
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Columns { FileColumn, StatusColumn, COLUMN_COUNT };
    enum Roles { PathRole = Qt::UserRole + 1, ProblemRole };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openRepository(const QString &path);
    bool loadStatistics(const QString &path);
    bool selectFile(const QString &path);
    void cancelScan();

    QString repositoryPath() const { return m_repositoryPath; }
    QStandardItemModel *fileModel() const { return m_fileModel; }
    SqlEditor *editor() const;
    QString errorText() const;
    const std::optional<stats::StatsSnapshot> &statistics() const { return m_statistics; }
    bool isScanning() const { return m_scan.isRunning(); }

Q_SIGNALS:
    void scanFinished();
    void fileShown(const QString &path);

private:
    void startScan(const QStringList &files);
    void applyScanResult(int index);
    void showFile(const QString &path);
    void chooseFolder();
    void chooseStatistics();
    void showError(const QString &message);
    void updateStatusSummary();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_syntaxRepository;
    QStandardItemModel *m_fileModel;
    QString m_repositoryPath;
    std::optional<stats::StatsSnapshot> m_statistics;
    QFutureWatcher<FileScan> m_scan;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    int m_problemCount = 0;
};

} // namespace migreview::app
