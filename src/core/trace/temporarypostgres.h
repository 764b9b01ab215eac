#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

class QProcess;
class QTemporaryDir;

// A throw-away PostgreSQL 17 server, for tests and for traces on a local server (docs/trace.md): initdb into a temporary folder, a postmaster
// listening only on a Unix socket in that folder, durability switched off for speed.
// The destructor shuts the server down and deletes the folder, so a failing test (an early
// return from QVERIFY) leaves nothing behind.
//
//     TemporaryPostgres pg;
//     QVERIFY2(pg.start(), qPrintable(pg.errorString()));
//     PGconn *conn = PQconnectdb(pg.connectionString().toUtf8().constData());
//
// PostgreSQL refuses to run as root, and the tests run as root inside the build container, so
// as root initdb and postgres run as the user "postgres" (or "nobody" without it).
namespace migreview::trace {

class TemporaryPostgres
{
public:
    TemporaryPostgres();
    ~TemporaryPostgres();
    Q_DISABLE_COPY_MOVE(TemporaryPostgres)

    // The major version start() insists on.
    static constexpr int RequiredMajorVersion = 17;
    // The database role initdb makes the superuser.
    static QString userName();

    // Finds the bin folder (env MIGREVIEW_PG_BINDIR, else /usr/lib/postgresql/17/bin, else
    // `pg_config --bindir`), checks its version, runs initdb and starts the server, and waits
    // (at most startTimeoutMs()) until it accepts connections. False, with errorString() (and
    // *error) saying why, if any step fails; then nothing is left running.
    bool start(QString *error = nullptr);
    // Fast shutdown, then the folder is deleted. Safe to call twice; the destructor calls it.
    void stop();
    bool isRunning() const;
    // Failure injection for tests: the server dies at once (SIGKILL to the postmaster, after a
    // CHECKPOINT so that nothing committed is lost; its sessions end when they notice), and comes
    // back on the same data folder.
    void killServer();
    bool restart(QString *error = nullptr);

    QString errorString() const { return m_errorString; }

    // libpq keyword/value string: "host=<socket dir> port=<port> dbname=<db> user=migreview".
    QString connectionString(const QString &database = QStringLiteral("postgres")) const;
    QString socketDirectory() const;
    QString dataDirectory() const;
    // The temporary folder holding the data folder, the socket and the server log.
    QString directory() const;
    int port() const { return m_port; }
    QString binDirectory() const { return m_binDirectory; }
    qint64 serverProcessId() const;
    // What the server wrote to stderr so far (its log).
    QString serverLog() const;

    int startTimeoutMs() const { return m_startTimeoutMs; }
    void setStartTimeoutMs(int ms) { m_startTimeoutMs = ms; }

    // The bin folder start() would use, with its checks; empty with *error set if none fits.
    static QString findBinDirectory(QString *error);

private:
    bool fail(const QString &message, QString *error);
    bool prepareDirectory();
    bool runInitdb();
    bool launchServer();
    bool waitUntilReady();
    void setUpProcess(QProcess &process) const;

    std::unique_ptr<QTemporaryDir> m_directory;
    // Kept after stop(), so that a test can check that the folder and the socket are gone.
    QString m_path;
    std::unique_ptr<QProcess> m_server;
    QString m_binDirectory;
    QString m_errorString;
    int m_port = 0;
    int m_startTimeoutMs = 30000;
    // Who initdb and postgres run as; -1 means "as we are" (not root).
    int m_runAsUid = -1;
    int m_runAsGid = -1;
    QString m_runAsName;
};

} // namespace migreview::trace
