#include "temporarypostgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

#include <signal.h>

#include <cerrno>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct ConnectionCloser
{
    void operator()(PGconn *connection) const { PQfinish(connection); }
};
using Connection = std::unique_ptr<PGconn, ConnectionCloser>;

struct ResultClearer
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultClearer>;

Connection openConnection(const TemporaryPostgres &postgres)
{
    return Connection(PQconnectdb(postgres.connectionString().toUtf8().constData()));
}

QString lastError(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

// The single value of a one-row, one-column query, or a null QString on error.
QString queryValue(PGconn *connection, const char *sql)
{
    const Result result(PQexec(connection, sql));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1)
        return {};
    return QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
}

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

// Sets an environment variable for one test and puts the old value back, also on failure.
class EnvironmentOverride
{
public:
    EnvironmentOverride(const char *name, const QByteArray &value)
        : m_name(name), m_wasSet(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentOverride()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(EnvironmentOverride)

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};

} // namespace

class TestTemporaryPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void serverSettings();
    void stopShutsDownAndRemoves();
    void destructorCleansUp();
    void twoServersSideBySide();
    void missingBinDirectory();
    void wrongVersion();
    void serverFailureShowsLog();
};

void TestTemporaryPostgres::roundTrip()
{
    TemporaryPostgres postgres;
    QString error;
    QVERIFY2(postgres.start(&error), qPrintable(error));
    QVERIFY(postgres.isRunning());
    QVERIFY(postgres.port() > 0);
    QVERIFY(postgres.connectionString().contains(postgres.socketDirectory()));
    QVERIFY(QFileInfo::exists(postgres.socketDirectory() + u"/.s.PGSQL."_s
                              + QString::number(postgres.port())));

    const Connection connection = openConnection(postgres);
    QVERIFY2(PQstatus(connection.get()) == CONNECTION_OK, qPrintable(lastError(connection.get())));
    QVERIFY2(PQserverVersion(connection.get()) >= 170000,
             qPrintable(QString::number(PQserverVersion(connection.get()))));
    QVERIFY(queryValue(connection.get(), "SHOW server_version_num").toInt() >= 170000);
    QCOMPARE(queryValue(connection.get(), "SELECT current_user"), TemporaryPostgres::userName());

    {
        const Result result(PQexec(connection.get(),
                                   "CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL)"));
        QVERIFY2(PQresultStatus(result.get()) == PGRES_COMMAND_OK,
                 qPrintable(lastError(connection.get())));
    }
    const QList<std::pair<int, QString>> rows = {{1, u"apple"_s}, {2, u"brötchen"_s}, {3, u"çay"_s}};
    for (const auto &[id, name] : rows) {
        const QByteArray idText = QByteArray::number(id);
        const QByteArray nameText = name.toUtf8();
        const char *values[] = {idText.constData(), nameText.constData()};
        const Result result(PQexecParams(connection.get(),
                                         "INSERT INTO item (id, name) VALUES ($1, $2)", 2, nullptr,
                                         values, nullptr, nullptr, 0));
        QVERIFY2(PQresultStatus(result.get()) == PGRES_COMMAND_OK,
                 qPrintable(lastError(connection.get())));
    }

    const Result result(PQexec(connection.get(), "SELECT id, name FROM item ORDER BY id"));
    QVERIFY2(PQresultStatus(result.get()) == PGRES_TUPLES_OK,
             qPrintable(lastError(connection.get())));
    QList<std::pair<int, QString>> read;
    for (int row = 0; row < PQntuples(result.get()); ++row)
        read.append({QByteArray(PQgetvalue(result.get(), row, 0)).toInt(),
                     QString::fromUtf8(PQgetvalue(result.get(), row, 1))});
    QCOMPARE(read, rows);
}

void TestTemporaryPostgres::serverSettings()
{
    TemporaryPostgres postgres;
    QVERIFY2(postgres.start(), qPrintable(postgres.errorString()));
    const Connection connection = openConnection(postgres);
    QVERIFY2(PQstatus(connection.get()) == CONNECTION_OK, qPrintable(lastError(connection.get())));
    QCOMPARE(queryValue(connection.get(), "SHOW fsync"), u"off"_s);
    QCOMPARE(queryValue(connection.get(), "SHOW synchronous_commit"), u"off"_s);
    QCOMPARE(queryValue(connection.get(), "SHOW full_page_writes"), u"off"_s);
    QCOMPARE(queryValue(connection.get(), "SHOW listen_addresses"), QString());
    QCOMPARE(queryValue(connection.get(), "SHOW server_encoding"), u"UTF8"_s);
    QCOMPARE(queryValue(connection.get(),
                        "SELECT datcollate FROM pg_database WHERE datname = current_database()"),
             u"C"_s);
    QCOMPARE(QDir(queryValue(connection.get(), "SHOW data_directory")).canonicalPath(),
             QDir(postgres.dataDirectory()).canonicalPath());
}

void TestTemporaryPostgres::stopShutsDownAndRemoves()
{
    TemporaryPostgres postgres;
    QVERIFY2(postgres.start(), qPrintable(postgres.errorString()));
    const QByteArray conninfo = postgres.connectionString().toUtf8();
    const QString folder = postgres.directory();
    const qint64 pid = postgres.serverProcessId();
    QVERIFY(pid > 0);
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(PQping(conninfo.constData()), PQPING_OK);

    // An open session must not hold the fast shutdown up.
    const Connection session(PQconnectdb(conninfo.constData()));
    QVERIFY2(PQstatus(session.get()) == CONNECTION_OK, qPrintable(lastError(session.get())));

    postgres.stop();
    QVERIFY(!postgres.isRunning());
    QCOMPARE(PQping(conninfo.constData()), PQPING_NO_RESPONSE);
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!processExists(pid));
    const Result result(PQexec(session.get(), "SELECT 1"));
    QVERIFY(PQresultStatus(result.get()) != PGRES_TUPLES_OK);

    postgres.stop(); // twice is harmless

    // And the same object starts afresh, in a new folder.
    QVERIFY2(postgres.start(), qPrintable(postgres.errorString()));
    QVERIFY(postgres.directory() != folder);
    QCOMPARE(PQping(postgres.connectionString().toUtf8().constData()), PQPING_OK);
}

void TestTemporaryPostgres::destructorCleansUp()
{
    QString folder;
    QByteArray conninfo;
    qint64 pid = 0;
    {
        TemporaryPostgres postgres;
        QVERIFY2(postgres.start(), qPrintable(postgres.errorString()));
        folder = postgres.directory();
        conninfo = postgres.connectionString().toUtf8();
        pid = postgres.serverProcessId();
    }
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!processExists(pid));
    QCOMPARE(PQping(conninfo.constData()), PQPING_NO_RESPONSE);
}

void TestTemporaryPostgres::twoServersSideBySide()
{
    TemporaryPostgres first;
    TemporaryPostgres second;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QVERIFY(first.directory() != second.directory());

    const Connection a = openConnection(first);
    const Connection b = openConnection(second);
    QVERIFY2(PQstatus(a.get()) == CONNECTION_OK, qPrintable(lastError(a.get())));
    QVERIFY2(PQstatus(b.get()) == CONNECTION_OK, qPrintable(lastError(b.get())));
    PQclear(PQexec(a.get(), "CREATE TABLE only_in_first (x int)"));
    QCOMPARE(queryValue(a.get(), "SELECT count(*) FROM pg_class WHERE relname = 'only_in_first'"),
             u"1"_s);
    QCOMPARE(queryValue(b.get(), "SELECT count(*) FROM pg_class WHERE relname = 'only_in_first'"),
             u"0"_s);
}

void TestTemporaryPostgres::missingBinDirectory()
{
    const EnvironmentOverride override("MIGREVIEW_PG_BINDIR", "/nonexistent");
    TemporaryPostgres postgres;
    QString error;
    QVERIFY(!postgres.start(&error));
    qInfo().noquote() << "the error reads:" << error;
    QCOMPARE(postgres.errorString(), error);
    QVERIFY2(error.contains(u"MIGREVIEW_PG_BINDIR"_s), qPrintable(error));
    QVERIFY2(error.contains(u"/nonexistent"_s), qPrintable(error));
    QVERIFY(!postgres.isRunning());
    QVERIFY(postgres.directory().isEmpty());
    postgres.stop(); // nothing to stop, and no crash

    QString findError;
    QVERIFY(TemporaryPostgres::findBinDirectory(&findError).isEmpty());
    QCOMPARE(findError, error);
}

void TestTemporaryPostgres::wrongVersion()
{
    // A bin folder whose postgres says it is 16: start() must refuse it by name.
    QTemporaryDir fake;
    QVERIFY(fake.isValid());
    for (const QString &program : {u"postgres"_s, u"initdb"_s}) {
        QFile script(fake.path() + u'/' + program);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho 'postgres (PostgreSQL) 16.4'\n");
        script.close();
        QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    }
    const EnvironmentOverride override("MIGREVIEW_PG_BINDIR", QFile::encodeName(fake.path()));
    TemporaryPostgres postgres;
    QString error;
    QVERIFY(!postgres.start(&error));
    qInfo().noquote() << "the error reads:" << error;
    QVERIFY2(error.contains(u"PostgreSQL 17"_s), qPrintable(error));
    QVERIFY2(error.contains(u"16.4"_s), qPrintable(error));
    QVERIFY(!postgres.isRunning());
}

void TestTemporaryPostgres::serverFailureShowsLog()
{
    // A postgres that passes the version check but dies at start-up: the error must carry
    // what it wrote, and nothing may be left behind.
    QTemporaryDir fake;
    QVERIFY(fake.isValid());
    // As root the programs run as an unprivileged user, which must reach them.
    QVERIFY(QFile::setPermissions(fake.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                   | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                   | QFileDevice::ExeOther));
    const QList<std::pair<QString, QByteArray>> scripts = {
        {u"postgres"_s, "#!/bin/sh\n"
                        "if [ \"$1\" = --version ]; then echo 'postgres (PostgreSQL) 17.0'; exit 0; fi\n"
                        "echo 'FATAL:  simulated start-up failure' >&2\n"
                        "exit 1\n"},
        {u"initdb"_s, "#!/bin/sh\nexit 0\n"},
    };
    for (const auto &[program, text] : scripts) {
        QFile script(fake.path() + u'/' + program);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(text);
        script.close();
        QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    }
    const EnvironmentOverride override("MIGREVIEW_PG_BINDIR", QFile::encodeName(fake.path()));
    TemporaryPostgres postgres;
    QString error;
    QVERIFY(!postgres.start(&error));
    qInfo().noquote() << "the error reads:" << error;
    QVERIFY2(error.contains(u"exited during start-up"_s), qPrintable(error));
    QVERIFY2(error.contains(u"simulated start-up failure"_s), qPrintable(error));
    QVERIFY(!postgres.isRunning());
    QVERIFY(!postgres.directory().isEmpty());
    QVERIFY(!QFileInfo::exists(postgres.directory()));
}

QTEST_GUILESS_MAIN(TestTemporaryPostgres)
#include "tst_temporarypostgres.moc"
