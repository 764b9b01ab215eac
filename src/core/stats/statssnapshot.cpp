#include "statssnapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace migreview::stats {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::stats", text);
}

// Sizes may exceed 2^53 only in theory; JSON numbers are doubles, so read them as such. Out of
// range or not a number (a hand-edited or hostile snapshot: 2e90 rows) reads as the nearest
// count a table can have, never as undefined behaviour (found by fuzzing).
qint64 readCount(const QJsonObject &object, QLatin1StringView key)
{
    const double value = object.value(key).toDouble();
    if (std::isnan(value) || value < 0)
        return value < 0 && value > -4.0e18 ? qint64(value) : -1; // negative: refused by the caller
    return value >= 4.0e18 ? qint64(4.0e18) : qint64(value);
}

} // namespace

const TableStats *StatsSnapshot::table(const QString &name) const
{
    const qsizetype dot = name.indexOf(u'.');
    const QString schema = dot < 0 ? QStringLiteral("public") : name.left(dot);
    const QString bare = dot < 0 ? name : name.mid(dot + 1);
    for (const TableStats &table : tables) {
        if (table.name == bare && table.schema == schema)
            return &table;
    }
    return nullptr;
}

SnapshotLoad parseSnapshot(const QByteArray &json)
{
    SnapshotLoad load;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        load.error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return load;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("format")).toString() != u"migreview-stats-snapshot") {
        load.error = tr("not a migreview statistics snapshot (\"format\" is not \"migreview-stats-snapshot\")");
        return load;
    }
    const int version = root.value(QLatin1StringView("version")).toInt();
    if (version != 1 && version != 2) {
        load.error = tr("snapshot format version %1 is not supported (this build reads versions 1 and 2)").arg(version);
        return load;
    }
    StatsSnapshot snapshot;
    snapshot.formatVersion = version;
    snapshot.source = root.value(QLatin1StringView("source")).toString();
    snapshot.capturedAt = QDateTime::fromString(root.value(QLatin1StringView("captured_at")).toString(), Qt::ISODate);
    const QJsonObject server = root.value(QLatin1StringView("server")).toObject();
    snapshot.serverVersion = server.value(QLatin1StringView("version")).toString();
    snapshot.serverVersionNumber = server.value(QLatin1StringView("version_num")).toInt();
    snapshot.blockSize = server.value(QLatin1StringView("block_size")).toInt(8192);
    const QJsonObject settings = server.value(QLatin1StringView("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        snapshot.settings.insert(it.key(), it.value().toString());
    const QJsonObject calibration = server.value(QLatin1StringView("calibration")).toObject();
    for (auto it = calibration.begin(); it != calibration.end(); ++it) {
        if (it.value().isDouble() && it.value().toDouble() > 0)
            snapshot.calibration.insert(it.key(), it.value().toDouble());
    }
    const QJsonArray tables = root.value(QLatin1StringView("tables")).toArray();
    for (const QJsonValue &value : tables) {
        const QJsonObject object = value.toObject();
        TableStats table;
        table.schema = object.value(QLatin1StringView("schema")).toString(QStringLiteral("public"));
        table.name = object.value(QLatin1StringView("name")).toString();
        if (table.name.isEmpty()) {
            load.error = tr("a table in the snapshot has no \"name\"");
            return load;
        }
        table.rows = readCount(object, QLatin1StringView("rows"));
        if (table.rows < 0) {
            load.error = tr("table %1 has a negative row count").arg(table.name);
            return load;
        }
        table.tableBytes = readCount(object, QLatin1StringView("table_bytes"));
        table.indexBytes = readCount(object, QLatin1StringView("index_bytes"));
        table.toastBytes = readCount(object, QLatin1StringView("toast_bytes"));
        table.totalBytes = readCount(object, QLatin1StringView("total_bytes"));
        table.deadRows = readCount(object, QLatin1StringView("dead_rows"));
        table.writesPerSecond = object.value(QLatin1StringView("writes_per_second")).toDouble();
        table.pages = readCount(object, QLatin1StringView("pages"));
        const QJsonValue liveRows = object.value(QLatin1StringView("live_rows"));
        table.liveRows = liveRows.isDouble() ? readCount(object, QLatin1StringView("live_rows")) : -1;
        table.lastAnalyze = QDateTime::fromString(object.value(QLatin1StringView("last_analyze")).toString(), Qt::ISODate);
        for (const QJsonValue &constraintValue : object.value(QLatin1StringView("constraints")).toArray()) {
            const QJsonObject c = constraintValue.toObject();
            table.constraints.push_back({c.value(QLatin1StringView("name")).toString(), c.value(QLatin1StringView("kind")).toString(),
                                         c.value(QLatin1StringView("definition")).toString(),
                                         c.value(QLatin1StringView("validated")).toBool(true)});
        }
        for (const QJsonValue &columnValue : object.value(QLatin1StringView("columns")).toArray()) {
            const QJsonObject c = columnValue.toObject();
            ColumnStats column{c.value(QLatin1StringView("name")).toString(), c.value(QLatin1StringView("type")).toString(),
                               c.value(QLatin1StringView("not_null")).toBool(), c.value(QLatin1StringView("null_fraction")).toDouble(),
                               c.value(QLatin1StringView("distinct")).toDouble(), c.value(QLatin1StringView("avg_width")).toInt(),
                               c.value(QLatin1StringView("default")).toString(), {}, {}, {}};
            for (const QJsonValue &v : c.value(QLatin1StringView("most_common_values")).toArray())
                column.mostCommonValues.push_back(v.toString());
            for (const QJsonValue &v : c.value(QLatin1StringView("most_common_freqs")).toArray())
                column.mostCommonFrequencies.push_back(v.toDouble());
            for (const QJsonValue &v : c.value(QLatin1StringView("histogram_bounds")).toArray())
                column.histogramBounds.push_back(v.toString());
            table.columns.push_back(std::move(column));
        }
        for (const QJsonValue &indexValue : object.value(QLatin1StringView("indexes")).toArray()) {
            const QJsonObject i = indexValue.toObject();
            IndexStats index;
            index.name = i.value(QLatin1StringView("name")).toString();
            for (const QJsonValue &column : i.value(QLatin1StringView("columns")).toArray())
                index.columns.push_back(column.toString());
            index.unique = i.value(QLatin1StringView("unique")).toBool();
            index.primary = i.value(QLatin1StringView("primary")).toBool();
            index.bytes = readCount(i, QLatin1StringView("bytes"));
            index.valid = i.value(QLatin1StringView("valid")).toBool(true);
            index.definition = i.value(QLatin1StringView("definition")).toString();
            table.indexes.push_back(std::move(index));
        }
        snapshot.tables.push_back(std::move(table));
    }
    load.snapshot = std::move(snapshot);
    return load;
}

SnapshotLoad loadSnapshot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("cannot read the statistics snapshot %1: %2").arg(path, file.errorString())};
    if (file.size() > 256 * 1024 * 1024)
        return {std::nullopt, tr("the statistics snapshot %1 is too large").arg(path)};
    SnapshotLoad load = parseSnapshot(file.readAll());
    if (!load.error.isEmpty())
        load.error = path + u": " + load.error;
    return load;
}

} // namespace migreview::stats
