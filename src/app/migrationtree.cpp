#include "migrationtree.h"

#include "icons.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QStyle>

namespace migreview::app {

namespace {

struct LevelCounts
{
    int counts[3] = {0, 0, 0}; // by rules::Level

    void add(const LevelCounts &other)
    {
        for (int i = 0; i < 3; ++i)
            counts[i] += other.counts[i];
    }
};

// The count cells: empty for zero, so that the eye finds the files with findings.
QList<QStandardItem *> countItems(const LevelCounts &levels)
{
    QList<QStandardItem *> items;
    for (int level = 0; level < 3; ++level) {
        auto *item = new QStandardItem(levels.counts[level] ? QString::number(levels.counts[level]) : QString());
        item->setEditable(false);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (levels.counts[level] && level == int(rules::Level::Error))
            item->setForeground(QColor(0xd9, 0x30, 0x25));
        items.push_back(item);
    }
    return items;
}

} // namespace

MigrationTreeModel::MigrationTreeModel(QObject *parent)
    : QStandardItemModel(0, COLUMN_COUNT, parent)
{
    setHeaders();
}

void MigrationTreeModel::setHeaders()
{
    setHorizontalHeaderLabels({tr("Migration"), tr("Stmts"), {}, {}, {}});
    setHeaderData(StatementsColumn, Qt::Horizontal, tr("Statements"), Qt::ToolTipRole);
    const std::pair<Columns, std::pair<rules::Level, QString>> levels[] = {
        {ErrorsColumn, {rules::Level::Error, tr("Errors")}},
        {WarningsColumn, {rules::Level::Warning, tr("Warnings")}},
        {InfosColumn, {rules::Level::Info, tr("Infos")}},
    };
    for (const auto &[column, look] : levels) {
        setHeaderData(column, Qt::Horizontal, levelIcon(look.first), Qt::DecorationRole);
        setHeaderData(column, Qt::Horizontal, look.second, Qt::ToolTipRole);
        setHeaderData(column, Qt::Horizontal, look.second, Qt::AccessibleTextRole);
    }
}

void MigrationTreeModel::listFiles(const QString &root, const QStringList &absolutePaths)
{
    clear();
    setColumnCount(COLUMN_COUNT);
    setHeaders();
    m_root = root;
    m_grouped = false;
    m_problemCount = 0;
    const QDir dir(root);
    for (const QString &path : absolutePaths) {
        auto *name = new QStandardItem(QDir::toNativeSeparators(dir.relativeFilePath(path)));
        name->setData(path, PathRole);
        name->setEditable(false);
        QList<QStandardItem *> row{name, new QStandardItem(QStringLiteral("…"))};
        row[1]->setEditable(false);
        for (int column = ErrorsColumn; column < COLUMN_COUNT; ++column) {
            row.push_back(new QStandardItem);
            row.back()->setEditable(false);
        }
        appendRow(row);
    }
}

void MigrationTreeModel::setAnalysis(const repository::Repository &repository, const std::vector<FileFacts> &files,
                                     const std::vector<rules::Finding> &findings)
{
    const QStringList listed = paths();
    QHash<QString, LevelCounts> countsOfFile; // relative path
    for (const rules::Finding &finding : findings) {
        if (!finding.suppressed)
            ++countsOfFile[finding.file].counts[int(finding.level)];
    }
    QHash<QString, const FileFacts *> factsOfFile;
    for (const FileFacts &facts : files)
        factsOfFile.insert(facts.relativePath, &facts);
    bool hasRange = false;
    for (const repository::Migration &migration : repository.migrations)
        hasRange |= migration.gitChange != repository::GitChange::Unchanged;

    // Built detached and inserted at once: one signal, not one per row.
    clear();
    setColumnCount(COLUMN_COUNT);
    setHeaders();
    m_grouped = true;
    m_problemCount = 0;
    const QDir root(m_root);
    QSet<QString> shown;
    const QColor contextColor = QApplication::palette().color(QPalette::PlaceholderText);
    for (const repository::Migration &migration : repository.migrations) {
        const QString title = migration.name.isEmpty() ? migration.version : migration.version + u' ' + migration.name;
        const bool underReview = migration.gitChange != repository::GitChange::Unchanged;
        auto *parent = new QStandardItem(layoutIcon(migration.layout), title);
        parent->setEditable(false);
        parent->setData(underReview, ReviewRole);
        const rules::Change change = !hasRange                                            ? rules::Change::None
            : migration.gitChange == repository::GitChange::Added                      ? rules::Change::Added
            : migration.gitChange == repository::GitChange::Modified                   ? rules::Change::Modified
            : migration.gitChange == repository::GitChange::Deleted                    ? rules::Change::Deleted
                                                                                       : rules::Change::Context;
        parent->setData(int(change), ChangeRole);
        if (underReview) {
            parent->setData(change == rules::Change::Added ? tr("Added") : change == rules::Change::Deleted ? tr("Deleted") : tr("Modified"), BadgeRole);
            parent->setData(int(change), BadgeChangeRole);
        }
        QString tooltip = tr("%1 (layout: %2)").arg(title, repository::layoutName(migration.layout));
        if (underReview)
            tooltip += u'\n' + (migration.gitChange == repository::GitChange::Added     ? tr("Added by the range under review")
                                 : migration.gitChange == repository::GitChange::Deleted ? tr("Deleted by the range under review")
                                                                                         : tr("Changed by the range under review"));
        else if (hasRange)
            tooltip += u'\n' + tr("Not touched by the range: shown for context");
        parent->setToolTip(tooltip);
        if (hasRange && !underReview)
            parent->setForeground(contextColor);
        LevelCounts migrationCounts;
        int migrationStatements = 0;
        for (const repository::MigrationScript &script : migration.scripts) {
            const FileFacts *facts = factsOfFile.value(script.relativePath);
            const LevelCounts counts = countsOfFile.value(script.relativePath);
            migrationCounts.add(counts);
            // The file name tells the direction in every layout (up.sql, .down.sql, U1__, revert/).
            auto *name = new QStandardItem(QFileInfo(script.relativePath).fileName());
            name->setEditable(false);
            name->setData(int(change), ChangeRole);
            if (underReview && script.gitChange != repository::GitChange::Unchanged && migration.gitChange == repository::GitChange::Modified) {
                const rules::Change scriptChange = script.gitChange == repository::GitChange::Added     ? rules::Change::Added
                                                   : script.gitChange == repository::GitChange::Deleted ? rules::Change::Deleted
                                                                                                        : rules::Change::Modified;
                name->setData(scriptChange == rules::Change::Added ? tr("Added") : scriptChange == rules::Change::Deleted ? tr("Deleted") : tr("Modified"), BadgeRole);
                name->setData(int(scriptChange), BadgeChangeRole);
            }
            name->setData(QFileInfo(root.absoluteFilePath(script.relativePath)).absoluteFilePath(), PathRole);
            name->setToolTip(tr("%1 (%2)").arg(QDir::toNativeSeparators(script.relativePath), repository::directionName(script.direction)));
            auto *statements = new QStandardItem;
            statements->setEditable(false);
            statements->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!facts) {
                statements->setText(QStringLiteral("–")); // a deleted script has its badge
            } else if (facts->problem.isEmpty()) {
                statements->setText(QString::number(facts->statementCount));
                migrationStatements += facts->statementCount;
            } else {
                ++m_problemCount;
                statements->setText(tr("error"));
                statements->setForeground(QColor(0xd9, 0x30, 0x25));
                name->setData(facts->problem, ProblemRole);
                name->setToolTip(name->toolTip() + u'\n' + facts->problem);
                name->setIcon(levelIcon(rules::Level::Warning));
            }
            QList<QStandardItem *> row{name, statements};
            row.append(countItems(counts));
            parent->appendRow(row);
            shown.insert(name->data(PathRole).toString());
        }
        auto *statements = new QStandardItem(QString::number(migrationStatements));
        statements->setEditable(false);
        statements->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QList<QStandardItem *> row{parent, statements};
        row.append(countItems(migrationCounts));
        appendRow(row);
    }
    // SQL files that are no migration of the layout (or that the configuration excludes).
    QStandardItem *others = nullptr;
    for (const QString &path : listed) {
        if (shown.contains(path))
            continue;
        if (!others) {
            others = new QStandardItem(tr("Other SQL files"));
            others->setEditable(false);
            others->setToolTip(tr("Not analysed: excluded by the configuration or not a migration of this layout"));
            QList<QStandardItem *> row{others};
            for (int column = StatementsColumn; column < COLUMN_COUNT; ++column)
                row.push_back(new QStandardItem);
            appendRow(row);
        }
        auto *name = new QStandardItem(QDir::toNativeSeparators(root.relativeFilePath(path)));
        name->setEditable(false);
        name->setData(path, PathRole);
        name->setForeground(contextColor);
        others->appendRow(name);
    }
}

QModelIndex MigrationTreeModel::indexOfPath(const QString &absolutePath) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QStandardItem *top = item(row, NameColumn);
        if (top->data(PathRole).toString() == absolutePath)
            return top->index();
        for (int child = 0; child < top->rowCount(); ++child) {
            if (top->child(child)->data(PathRole).toString() == absolutePath)
                return top->child(child)->index();
        }
    }
    return {};
}

QStringList MigrationTreeModel::paths() const
{
    QStringList result;
    for (int row = 0; row < rowCount(); ++row) {
        const QStandardItem *top = item(row, NameColumn);
        if (const QString path = top->data(PathRole).toString(); !path.isEmpty())
            result.push_back(path);
        for (int child = 0; child < top->rowCount(); ++child) {
            const QString path = top->child(child)->data(PathRole).toString();
            if (!path.isEmpty() && !result.contains(path))
                result.push_back(path);
        }
    }
    return result;
}

QIcon MigrationTreeModel::layoutIcon(repository::Layout layout)
{
    // A letter on a colour per tool: enough to tell a mixed repository's layouts apart.
    static const QHash<repository::Layout, std::pair<QChar, QColor>> looks{
        {repository::Layout::Flyway, {u'F', QColor(0xcc, 0x00, 0x00)}},     {repository::Layout::GolangMigrate, {u'G', QColor(0x00, 0x7d, 0x9c)}},
        {repository::Layout::Dbmate, {u'D', QColor(0x6a, 0x4c, 0x9c)}},     {repository::Layout::Sqitch, {u'S', QColor(0x2e, 0x7d, 0x32)}},
        {repository::Layout::Prisma, {u'P', QColor(0x2d, 0x37, 0x48)}},     {repository::Layout::Diesel, {u'd', QColor(0x8b, 0x45, 0x13)}},
        {repository::Layout::Supabase, {u'S', QColor(0x3e, 0xcf, 0x8e)}},   {repository::Layout::PlainNumbered, {u'#', QColor(0x75, 0x75, 0x75)}},
        {repository::Layout::Sqlx, {u'x', QColor(0xb7, 0x41, 0x0e)}},       {repository::Layout::Pop, {u'p', QColor(0x1e, 0x6f, 0xb8)}},
    };
    static QHash<repository::Layout, QIcon> cache;
    if (const auto found = cache.constFind(layout); found != cache.constEnd())
        return *found;
    const auto [letter, color] = looks.value(layout, {u'?', QColor(Qt::gray)});
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(1, 1, 30, 30), 7, 7);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(20);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, QString(letter));
    painter.end();
    return cache.insert(layout, QIcon(pixmap)).value();
}

QColor MigrationTreeModel::badgeColor(rules::Change change)
{
    switch (change) {
    case rules::Change::Added:
        return QColor(0x2e, 0x8b, 0x57); // green
    case rules::Change::Modified:
        return QColor(0xc0, 0x7a, 0x12); // amber
    case rules::Change::Deleted:
        return QColor(0xc0, 0x39, 0x2b); // red
    case rules::Change::None:
    case rules::Change::Context:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

MigrationFilterModel::MigrationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void MigrationFilterModel::setShowContext(bool show)
{
    if (m_showContext == show)
        return;
    m_showContext = show;
    invalidateRowsFilter();
}

bool MigrationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showContext) {
        // A script row goes with its migration; "Other SQL files" are context too.
        const QModelIndex migration = sourceParent.isValid() ? sourceParent : index;
        const QVariant change = migration.data(MigrationTreeModel::ChangeRole);
        const bool isRange = sourceModel()->rowCount() > 0 && [this] {
            for (int row = 0; row < sourceModel()->rowCount(); ++row) {
                const QVariant c = sourceModel()->index(row, 0).data(MigrationTreeModel::ChangeRole);
                if (c.isValid())
                    return c.toInt() != int(rules::Change::None);
            }
            return false;
        }();
        if (isRange && (!change.isValid() || change.toInt() == int(rules::Change::Context)))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

void ChangeBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString badge = index.data(MigrationTreeModel::BadgeRole).toString();
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QFont font = option.font;
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int badgeWidth = metrics.horizontalAdvance(badge) + 10;
    const int badgeHeight = metrics.height() + 2;
    // The name keeps the cell but the badge's width.
    QStyleOptionViewItem rest = option;
    rest.rect.setRight(option.rect.right() - badgeWidth - 6);
    QStyledItemDelegate::paint(painter, rest, index);
    const QRect pill(option.rect.right() - badgeWidth - 3, option.rect.center().y() - badgeHeight / 2, badgeWidth, badgeHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(MigrationTreeModel::badgeColor(rules::Change(index.data(MigrationTreeModel::BadgeChangeRole).toInt())));
    painter->drawRoundedRect(pill, badgeHeight / 2.0, badgeHeight / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, badge);
    painter->restore();
}

QSize ChangeBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString badge = index.data(MigrationTreeModel::BadgeRole).toString();
    if (!badge.isEmpty())
        size.rwidth() += QFontMetrics(option.font).horizontalAdvance(badge) + 16;
    return size;
}

} // namespace migreview::app
