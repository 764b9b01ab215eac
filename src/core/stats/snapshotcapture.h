#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Taking a statistics snapshot (docs/stats-snapshot.md) from a live server through libpq.
namespace migreview::stats {

struct CaptureOptions
{
    QString source; // the snapshot's "source"; empty: the database name the server reports
    QStringList schemas; // keep only these schemas; empty: every user schema
    int connectTimeoutSeconds = 10;
    // Also measure the server's rates (stats/calibration.h) into server.calibration. This writes:
    // a scratch schema is created and dropped.
    bool calibrate = false;
    int calibrationRows = 300000;
};

struct SnapshotCapture
{
    QByteArray json; // the snapshot, pretty-printed; empty on error
    QString error; // why there is none, in one sentence
};

// Connects with the libpq connection string or URI dsn (passwords come from libpq's own means:
// ~/.pgpass, the service file, PGPASSWORD; nothing of the connection is written to the snapshot),
// and runs the capture query in a READ ONLY, REPEATABLE READ transaction, so it changes nothing
// and sees one consistent state. Names are passed as parameters, never pasted into SQL.
SnapshotCapture captureSnapshot(const QString &dsn, const CaptureOptions &options = {});

} // namespace migreview::stats
