#include "findingsmodel.h"

#include "icons.h"

#include <QApplication>
#include <QStyle>

namespace migreview::app {

void FindingsModel::setFindings(std::vector<rules::Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const rules::Finding *FindingsModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_findings.size()))
        return nullptr;
    return &m_findings[size_t(index.row())];
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMN_COUNT;
}

QString FindingsModel::levelText(rules::Level level)
{
    switch (level) {
    case rules::Level::Error:
        return tr("error");
    case rules::Level::Warning:
        return tr("warning");
    case rules::Level::Info:
        break;
    }
    return tr("info");
}

QString FindingsModel::severityText(rules::SeverityClass severity)
{
    switch (severity) {
    case rules::SeverityClass::Downtime:
        return tr("downtime");
    case rules::SeverityClass::DataLoss:
        return tr("data loss");
    case rules::SeverityClass::Performance:
        return tr("performance");
    case rules::SeverityClass::Safety:
        break;
    }
    return tr("safety");
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const rules::Finding *found = finding(index);
    if (!found || index.column() >= COLUMN_COUNT)
        return {};
    const rules::Finding &f = *found;
    switch (role) {
    case FileRole:
        return f.file;
    case LineRole:
        return f.range.begin.line;
    case LevelRole:
        return int(f.level);
    case RuleRole:
        return f.rule;
    case SuppressedRole:
        return f.suppressed;
    case ChangeRole:
        return int(f.change);
    case Qt::ToolTipRole: {
        QString text = f.message;
        if (!f.rationale.isEmpty())
            text += QStringLiteral("\n\n") + f.rationale;
        if (!f.fix.isEmpty())
            text += QStringLiteral("\n\n") + tr("Safe rewrite:") + u'\n' + f.fix;
        if (f.suppressed)
            text += QStringLiteral("\n\n") + tr("Suppressed by %1").arg(f.suppressedBy);
        return text;
    }
    case Qt::DecorationRole:
        if (index.column() != LevelColumn)
            return {};
        return levelIcon(f.level);
    case SortRole:
        switch (index.column()) {
        case LevelColumn:
            return int(f.level);
        case LineColumn:
            return f.range.begin.line;
        case FileColumn:
            return index.row(); // the linter's order: file, then position
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case LevelColumn:
            return levelText(f.level);
        case SeverityColumn:
            return severityText(f.severity);
        case RuleColumn:
            return f.rule;
        case MigrationColumn:
            return f.migration;
        case FileColumn:
            return f.file;
        case LineColumn:
            return f.range.begin.line;
        case MessageColumn:
            return f.message;
        case SuppressedColumn:
            return f.suppressed ? tr("yes") : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case SeverityColumn:
        return tr("Class");
    case RuleColumn:
        return tr("Rule");
    case MigrationColumn:
        return tr("Migration");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case MessageColumn:
        return tr("Message");
    case SuppressedColumn:
        return tr("Suppressed");
    }
    return {};
}

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
}

void FindingsFilterModel::setLevel(std::optional<rules::Level> level)
{
    m_level = level;
    invalidateRowsFilter();
}

void FindingsFilterModel::setOnlyFile(const QString &relativePath)
{
    if (m_onlyFile == relativePath)
        return;
    m_onlyFile = relativePath;
    invalidateRowsFilter();
}

void FindingsFilterModel::setRule(const QString &rule)
{
    m_rule = rule;
    invalidateRowsFilter();
}

void FindingsFilterModel::setFileText(const QString &text)
{
    m_fileText = text;
    invalidateRowsFilter();
}

void FindingsFilterModel::setShowSuppressed(bool show)
{
    m_showSuppressed = show;
    invalidateRowsFilter();
}

void FindingsFilterModel::setShowContext(bool show)
{
    if (m_showContext == show)
        return;
    m_showContext = show;
    invalidateRowsFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showSuppressed && index.data(FindingsModel::SuppressedRole).toBool())
        return false;
    if (!m_showContext && index.data(FindingsModel::ChangeRole).toInt() == int(rules::Change::Context))
        return false;
    if (m_level && index.data(FindingsModel::LevelRole).toInt() > int(*m_level))
        return false;
    if (!m_onlyFile.isEmpty() && index.data(FindingsModel::FileRole).toString() != m_onlyFile)
        return false;
    if (!m_rule.isEmpty() && index.data(FindingsModel::RuleRole).toString() != m_rule)
        return false;
    return m_fileText.isEmpty() || index.data(FindingsModel::FileRole).toString().contains(m_fileText, Qt::CaseInsensitive);
}

} // namespace migreview::app
