#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// A saved copy of a staging database's table statistics (docs/stats-snapshot.md), so that a
// reviewer without database access still sees table sizes.
namespace migreview::stats {

struct ColumnStats
{
    QString name;
    QString type;
    bool notNull = false;
    double nullFraction = 0;
    double distinct = 0; // as pg_stats.n_distinct: negative is a fraction of the rows
    int averageWidth = 0;
};

struct IndexStats
{
    QString name;
    QStringList columns;
    bool unique = false;
    bool primary = false;
    qint64 bytes = 0;
};

struct TableStats
{
    QString schema;
    QString name;
    qint64 rows = 0;
    qint64 tableBytes = 0;
    qint64 indexBytes = 0;
    qint64 toastBytes = 0;
    qint64 totalBytes = 0;
    qint64 deadRows = 0;
    double writesPerSecond = 0;
    std::vector<ColumnStats> columns;
    std::vector<IndexStats> indexes;

    QString qualifiedName() const { return schema + u'.' + name; }
};

struct StatsSnapshot
{
    QString source;
    QDateTime capturedAt;
    QString serverVersion;
    int serverVersionNumber = 0;
    std::vector<TableStats> tables;

    // Looks a table up by "name" (schema public) or "schema.name".
    const TableStats *table(const QString &name) const;
};

struct SnapshotLoad
{
    std::optional<StatsSnapshot> snapshot;
    QString error;
};

SnapshotLoad loadSnapshot(const QString &path);
SnapshotLoad parseSnapshot(const QByteArray &json);

} // namespace migreview::stats
