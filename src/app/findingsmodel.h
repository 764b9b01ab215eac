#pragma once

#include "rules/finding.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

namespace migreview::app {

// The lint findings of the open repository, one row each, in the linter's order (file, then
// position). Sorting and filtering are FindingsFilterModel's.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The message early: it is what a reviewer reads; the long file and migration names after it.
    enum Columns { LevelColumn, RuleColumn, MessageColumn, FileColumn, LineColumn, MigrationColumn, SeverityColumn, SuppressedColumn, COLUMN_COUNT };
    enum Roles {
        SortRole = Qt::UserRole + 1, // numbers where the display text would sort wrongly
        FileRole, // relative to the repository root
        LineRole, // 1-based
        LevelRole, // rules::Level as int
        RuleRole,
        SuppressedRole,
        ChangeRole, // rules::Change as int: what a pull request's range did to the finding's migration
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(std::vector<rules::Finding> findings);
    const std::vector<rules::Finding> &findings() const { return m_findings; }
    const rules::Finding *finding(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelText(rules::Level level);
    static QString severityText(rules::SeverityClass severity);

private:
    std::vector<rules::Finding> m_findings;
};

// Filters the findings by level, rule and file, and hides suppressed ones unless asked.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    // This level and the more severe ones (Warning: warnings and errors); none: every level.
    void setLevel(std::optional<rules::Level> level);
    void setRule(const QString &rule); // empty: every rule
    void setFileText(const QString &text); // a part of the file path, case-insensitive; empty: all
    void setOnlyFile(const QString &relativePath); // exactly this file's findings; empty: every file
    void setShowSuppressed(bool show);
    bool showsSuppressed() const { return m_showSuppressed; }
    // A pull request's findings outside its range (context): hidden unless asked for.
    void setShowContext(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<rules::Level> m_level;
    QString m_rule;
    QString m_fileText;
    QString m_onlyFile;
    bool m_showSuppressed = false;
    bool m_showContext = false;
};

} // namespace migreview::app
