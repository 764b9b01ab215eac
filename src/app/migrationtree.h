#pragma once

#include "repository/repository.h"
#include "rules/finding.h"

#include <QStandardItemModel>

#include <vector>

namespace migreview::app {

// What the analysis learnt about one file, for the migration tree.
struct FileFacts
{
    QString relativePath;
    int statementCount = 0;
    QString problem; // syntax error or unreadable reason, empty when it parsed
};

// The repository's migrations in the order their tool runs them, each with its scripts (up, down,
// ...) as children, the count of statements and of findings by level, the layout as an icon, and
// a marker on the migrations that a pull request's range adds or changes. Before the analysis
// has loaded the repository, the SQL files are listed flat.
class MigrationTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, StatementsColumn, ErrorsColumn, WarningsColumn, InfosColumn, COLUMN_COUNT };
    enum Roles {
        PathRole = Qt::UserRole + 1, // a script row's absolute file path
        ProblemRole, // a script row's syntax error or unreadable reason
        ReviewRole, // true on rows that the pull request's range adds or changes
    };

    explicit MigrationTreeModel(QObject *parent = nullptr);

    void listFiles(const QString &root, const QStringList &absolutePaths);
    void setAnalysis(const repository::Repository &repository, const std::vector<FileFacts> &files, const std::vector<rules::Finding> &findings);

    // The first row showing this file (a dbmate file holds two scripts), invalid when none.
    QModelIndex indexOfPath(const QString &absolutePath) const;
    QStringList paths() const; // every file listed, in order
    int problemCount() const { return m_problemCount; }
    bool isGrouped() const { return m_grouped; }

    static QIcon layoutIcon(repository::Layout layout);

private:
    void setHeaders();
    QString m_root;
    int m_problemCount = 0;
    bool m_grouped = false;
};

} // namespace migreview::app
