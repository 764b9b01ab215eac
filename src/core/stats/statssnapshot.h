#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
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
    // Version 2:
    QString defaultExpression;
    QStringList mostCommonValues;
    QList<double> mostCommonFrequencies;
    QStringList histogramBounds;
};

struct ConstraintStats
{
    QString name;
    QString kind; // "primary key", "unique", "foreign key", "check", "exclusion"
    QString definition;
    bool validated = true;
};

struct IndexStats
{
    QString name;
    QStringList columns;
    bool unique = false;
    bool primary = false;
    qint64 bytes = 0;
    bool valid = true; // version 2
    QString definition; // version 2
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
    // Version 2:
    qint64 pages = 0;
    qint64 liveRows = -1; // -1: unknown
    QDateTime lastAnalyze; // invalid: never analyzed
    std::vector<ConstraintStats> constraints;

    QString qualifiedName() const { return schema + u'.' + name; }
};

struct StatsSnapshot
{
    QString source;
    QDateTime capturedAt;
    QString serverVersion;
    int serverVersionNumber = 0;
    int formatVersion = 2;
    int blockSize = 8192;
    QHash<QString, QString> settings; // maintenance_work_mem, work_mem, ... as SHOW prints them
    // Rates measured on the server (server.calibration, docs/estimates.md); empty: none.
    QHash<QString, double> calibration;
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
