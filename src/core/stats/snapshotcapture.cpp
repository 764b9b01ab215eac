#include "snapshotcapture.h"
#include "pgconnection.h"

#include "calibration.h"
#include "statssnapshot.h"

#include "capture_sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

#include <memory>

namespace migreview::stats {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::stats", text);
}

struct ResultClearer
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultClearer>;

// A text[] literal for a parameter: {"a","b"} with quotes and backslashes escaped.
QByteArray textArray(const QStringList &values)
{
    QByteArray literal("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        QByteArray value = values[i].toUtf8();
        value.replace("\\", "\\\\").replace("\"", "\\\"");
        literal += (i ? ",\"" : "\"") + value + '"';
    }
    return literal + '}';
}

bool run(PGconn *connection, const char *sql, QString *error)
{
    Result result(PQexec(connection, sql));
    if (PQresultStatus(result.get()) == PGRES_COMMAND_OK)
        return true;
    *error = tr("%1 failed: %2").arg(QString::fromLatin1(sql), serverMessage(connection));
    return false;
}

} // namespace

SnapshotCapture captureSnapshot(const QString &dsn, const CaptureOptions &options)
{
    SnapshotCapture capture;
    PgConnection connection = connectPg(dsn, "migreview snapshot", &capture.error, options.connectTimeoutSeconds);
    if (!connection)
        return capture;
    if (PQserverVersion(connection.get()) < 110000) {
        capture.error = tr("the server is PostgreSQL %1; snapshots need 11 or later").arg(PQserverVersion(connection.get()) / 10000);
        return capture;
    }
    QString error;
    if (!run(connection.get(), "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", &error)) {
        capture.error = error;
        return capture;
    }
    // A migration holding ACCESS EXCLUSIVE would make the size functions wait for ever.
    if (!run(connection.get(), "SET LOCAL lock_timeout = '10s'", &error) || !run(connection.get(), "SET LOCAL statement_timeout = '5min'", &error)) {
        capture.error = error;
        return capture;
    }
    const QByteArray source = (options.source.isEmpty() ? QString::fromUtf8(PQdb(connection.get())) : options.source).toUtf8();
    const QByteArray schemas = textArray(options.schemas);
    const char *parameters[] = {source.constData(), schemas.constData()};
    Result result(PQexecParams(connection.get(), migreviewCaptureSql, 2, nullptr, parameters, nullptr, nullptr, 0));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1) {
        capture.error = tr("the capture query failed: %1").arg(serverMessage(connection.get()));
        return capture;
    }
    const QByteArray json(PQgetvalue(result.get(), 0, 0), PQgetlength(result.get(), 0, 0));
    result.reset();
    run(connection.get(), "COMMIT", &error); // read only: nothing to lose if this fails

    // What the server produced must read back as a snapshot; then it is stored pretty-printed.
    const SnapshotLoad check = parseSnapshot(json);
    if (!check.error.isEmpty()) {
        capture.error = tr("the server's answer is not a valid snapshot: %1").arg(check.error);
        return capture;
    }
    QJsonObject root = QJsonDocument::fromJson(json).object();
    if (options.calibrate) {
        connection.reset(); // calibration writes; it gets a connection of its own
        const CalibrationResult calibration = calibrate(dsn, {options.calibrationRows});
        if (!calibration.error.isEmpty()) {
            capture.error = tr("calibration failed: %1").arg(calibration.error);
            return capture;
        }
        QJsonObject rates;
        for (auto it = calibration.rates.begin(); it != calibration.rates.end(); ++it)
            rates.insert(it.key(), it.value());
        QJsonObject server = root.value(QLatin1StringView("server")).toObject();
        server.insert(QStringLiteral("calibration"), rates);
        root.insert(QStringLiteral("server"), server);
    }
    capture.json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return capture;
}

} // namespace migreview::stats
