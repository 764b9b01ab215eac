#pragma once

#include "repository/repository.h"
#include "rules/finding.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

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
        ChangeRole, // rules::Change as int on migration rows (None without a range)
        BadgeRole, // "Added", "Modified", "Deleted" on the rows a pull request's range changed
        BadgeChangeRole, // the badge's rules::Change as int (its colour)
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
    static QColor badgeColor(rules::Change change);

private:
    void setHeaders();
    QString m_root;
    int m_problemCount = 0;
    bool m_grouped = false;
};

// The tree as shown: the filter text matches a migration's or a script's name; in a pull
// request's review only the range's migrations are shown unless context is asked for.
class MigrationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MigrationFilterModel(QObject *parent = nullptr);
    void setShowContext(bool show);
    bool showsContext() const { return m_showContext; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showContext = false;
};

// Paints a migration's change (Added, Modified, Deleted) as a small coloured badge at the right
// of its name, readable in light and dark palettes.
class ChangeBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace migreview::app
