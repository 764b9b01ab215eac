#include "trace/temporarypostgres.h"

#include <QCoreApplication>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <libpq-fe.h>

#include <arpa/inet.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace migreview::trace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::trace::TemporaryPostgres", text);
}

const QString binDirEnvironmentVariable = u"MIGREVIEW_PG_BINDIR"_s;
const QString debianBinDirectory = u"/usr/lib/postgresql/17/bin"_s;
const QString logFileName = u"server.log"_s;
const QString dataFolderName = u"data"_s;

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

// Checks that `dir` holds postgres and initdb of the required major version; `source` says
// where the folder came from, so that the message tells the user what to change.
bool checkBinDirectory(const QString &dir, const QString &source, QString *error)
{
    for (const QString &program : {u"postgres"_s, u"initdb"_s}) {
        const QString path = dir + u'/' + program;
        if (!isExecutableFile(path)) {
            *error = tr("%1: there is no executable %2 in %3").arg(source, program, dir);
            return false;
        }
    }
    const QString postgres = dir + u"/postgres"_s;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(postgres, {u"--version"_s});
    if (!process.waitForFinished(15000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = tr("%1: `%2 --version` failed: %3 %4").arg(
            source, postgres, process.errorString(),
            QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    // "postgres (PostgreSQL) 17.6 (Debian 17.6-1.pgdg13+1)"
    static const QRegularExpression versionPattern(u"\\(PostgreSQL\\)\\s+(\\d+)"_s);
    const QRegularExpressionMatch match = versionPattern.match(output);
    if (!match.hasMatch()) {
        *error = tr("%1: cannot tell the version of %2 from its output \"%3\"").arg(source, postgres,
                                                                                    output);
        return false;
    }
    if (match.captured(1).toInt() != TemporaryPostgres::RequiredMajorVersion) {
        *error = tr("%1: migreview needs PostgreSQL %2, but %3 is \"%4\"; install postgresql-%2 or set %5 to the bin folder of a PostgreSQL %2")
                     .arg(source, QString::number(TemporaryPostgres::RequiredMajorVersion), postgres,
                          output, binDirEnvironmentVariable);
        return false;
    }
    return true;
}

// The port only names the socket file (.s.PGSQL.<port>) because the server listens on no TCP
// address; still, a port that is free on loopback keeps it plausible should that ever change.
int pickPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd >= 0) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof address;
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(fd);
        if (port > 0)
            return port;
    }
    // No loopback (a network namespace without it): the socket folder is private anyway.
    return int(QRandomGenerator::global()->bounded(20000, 60000));
}

// libpq keyword/value quoting: values with spaces, quotes or backslashes go in single quotes.
QString quoteConnectionValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'')
        && !value.contains(u'\\'))
        return value;
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

// Whether user uid/gid may traverse every folder above `path` (the server needs to reach its
// data folder, which lives below it).
bool ancestorsSearchable(const QString &path, uid_t uid, gid_t gid, QString *blocking)
{
    QDir dir(path);
    while (dir.cdUp()) {
        struct stat info{};
        if (::stat(QFile::encodeName(dir.absolutePath()).constData(), &info) != 0)
            continue;
        const bool searchable = (info.st_mode & S_IXOTH)
                                || (info.st_uid == uid && (info.st_mode & S_IXUSR))
                                || (info.st_gid == gid && (info.st_mode & S_IXGRP));
        if (!searchable) {
            *blocking = dir.absolutePath();
            return false;
        }
        if (dir.isRoot())
            break;
    }
    return true;
}

} // namespace

TemporaryPostgres::TemporaryPostgres() = default;

TemporaryPostgres::~TemporaryPostgres()
{
    stop();
}

QString TemporaryPostgres::userName()
{
    return u"migreview"_s;
}

QString TemporaryPostgres::findBinDirectory(QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;

    // An explicit choice is never second-guessed: falling back would hide a typo.
    const QString fromEnvironment = qEnvironmentVariable(qPrintable(binDirEnvironmentVariable));
    if (!fromEnvironment.isEmpty()) {
        const QString dir = QDir::cleanPath(QDir(fromEnvironment).absolutePath());
        if (!QFileInfo(dir).isDir()) {
            *error = tr("%1 is \"%2\", which is not a folder; set it to the bin folder of a PostgreSQL %3 (such as %4) or unset it")
                         .arg(binDirEnvironmentVariable, fromEnvironment,
                              QString::number(RequiredMajorVersion), debianBinDirectory);
            return {};
        }
        return checkBinDirectory(dir, binDirEnvironmentVariable + u" (\""_s + fromEnvironment
                                          + u"\")"_s,
                                 error)
                   ? dir
                   : QString();
    }

    if (QFileInfo(debianBinDirectory).isDir())
        return checkBinDirectory(debianBinDirectory, debianBinDirectory, error) ? debianBinDirectory
                                                                                : QString();

    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (pgConfig.isEmpty()) {
        *error = tr("no PostgreSQL %1 found: %2 is not set, %3 does not exist and there is no pg_config in PATH; install postgresql-%1 or set %2 to its bin folder")
                     .arg(QString::number(RequiredMajorVersion), binDirEnvironmentVariable,
                          debianBinDirectory);
        return {};
    }
    QProcess process;
    process.start(pgConfig, {u"--bindir"_s});
    const bool finished = process.waitForFinished(15000);
    const QString dir = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    if (!finished || process.exitCode() != 0 || dir.isEmpty()) {
        *error = tr("no PostgreSQL %1 found: %2 is not set, %3 does not exist and `%4 --bindir` failed; set %2 to the bin folder of a PostgreSQL %1")
                     .arg(QString::number(RequiredMajorVersion), binDirEnvironmentVariable,
                          debianBinDirectory, pgConfig);
        return {};
    }
    return checkBinDirectory(dir, u"`pg_config --bindir`"_s, error) ? dir : QString();
}

bool TemporaryPostgres::start(QString *error)
{
    if (isRunning())
        return fail(u"the temporary PostgreSQL is already running"_s, error);
    stop(); // leftovers of an earlier run
    m_errorString.clear();
    m_port = 0;
    m_path.clear();

    QString why;
    m_binDirectory = findBinDirectory(&why);
    if (m_binDirectory.isEmpty())
        return fail(why, error);

    if (!prepareDirectory() || !runInitdb() || !launchServer() || !waitUntilReady()) {
        const QString message = m_errorString;
        stop();
        return fail(message, error);
    }
    return true;
}

bool TemporaryPostgres::fail(const QString &message, QString *error)
{
    m_errorString = message;
    if (error)
        *error = message;
    return false;
}

bool TemporaryPostgres::prepareDirectory()
{
    // Short: the socket path (<dir>/.s.PGSQL.<port>) must fit in sockaddr_un (107 bytes).
    m_directory = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/migreview-pg-XXXXXX"_s);
    if (!m_directory->isValid())
        return fail(tr("cannot make a temporary folder in %1: %2").arg(QDir::tempPath(),
                                                                       m_directory->errorString()),
                    nullptr);
    m_path = m_directory->path();
    const QByteArray socketPath = QFile::encodeName(m_path) + "/.s.PGSQL.65535";
    if (socketPath.size() >= 107)
        return fail(tr("the temporary folder %1 is too long a path for a Unix socket; set TMPDIR to a shorter folder such as /tmp").arg(m_path),
                    nullptr);

    m_runAsUid = m_runAsGid = -1;
    m_runAsName.clear();
    if (::geteuid() != 0)
        return true;

    // initdb and postgres refuse to run as root: hand the folder to an unprivileged user.
    const passwd *user = ::getpwnam("postgres");
    if (!user)
        user = ::getpwnam("nobody");
    if (!user)
        return fail(u"running as root, but there is neither a user \"postgres\" nor \"nobody\" to run PostgreSQL as (it refuses to run as root)"_s,
                    nullptr);
    m_runAsUid = int(user->pw_uid);
    m_runAsGid = int(user->pw_gid);
    m_runAsName = QString::fromLocal8Bit(user->pw_name);

    const QByteArray path = QFile::encodeName(m_path);
    if (::chown(path.constData(), user->pw_uid, user->pw_gid) != 0)
        return fail(tr("cannot give %1 to the user %2: %3").arg(
                        m_path, m_runAsName, QString::fromLocal8Bit(std::strerror(errno))),
                    nullptr);
    // Others (root without CAP_DAC_OVERRIDE, say) may still reach the socket; the data folder
    // inside is 0700 anyway.
    ::chmod(path.constData(), 0755);
    QString blocking;
    if (!ancestorsSearchable(m_path, user->pw_uid, user->pw_gid, &blocking))
        return fail(tr("the user %1, which PostgreSQL runs as, cannot reach %2 because %3 is closed to it; set TMPDIR to a folder such as /tmp")
                        .arg(m_runAsName, m_path, blocking),
                    nullptr);
    return true;
}

void TemporaryPostgres::setUpProcess(QProcess &process) const
{
    process.setWorkingDirectory(m_path);
    // The caller's PG* variables (PGDATA, PGOPTIONS, ...) must not steer the server.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(u"PG"_s))
            environment.remove(name);
    }
    environment.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(environment);

    // Runs in the child between fork and exec: only async-signal-safe calls here.
    const int uid = m_runAsUid;
    const int gid = m_runAsGid;
    const QByteArray switchFailure =
        tr("could not switch to the user %1 (uid %2, gid %3) to run PostgreSQL, which refuses to run as root").arg(m_runAsName, QString::number(uid), QString::number(gid))
            .toLocal8Bit();
    QProcess *target = &process;
    process.setChildProcessModifier([uid, gid, switchFailure, target] {
        if (uid >= 0) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid_t(gid)) != 0
                || ::setuid(uid_t(uid)) != 0) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
                target->failChildProcessModifier(switchFailure.constData(), errno);
#else
                Q_UNUSED(target);
                [[maybe_unused]] auto written = ::write(STDERR_FILENO, switchFailure.constData(),
                                                       size_t(switchFailure.size()));
                ::_exit(127);
#endif
            }
        }
        // If the test process dies (a crash, a ctest timeout) the server goes too; set after
        // setuid, which clears it.
        ::prctl(PR_SET_PDEATHSIG, SIGINT);
    });
}

bool TemporaryPostgres::runInitdb()
{
    QProcess initdb;
    setUpProcess(initdb);
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.setStandardInputFile(QProcess::nullDevice());
    const QString program = m_binDirectory + u"/initdb"_s;
    initdb.start(program, {u"--pgdata"_s, dataDirectory(), u"--username"_s, userName(),
                           u"--auth"_s, u"trust"_s, u"--encoding"_s, u"UTF8"_s, u"--locale"_s,
                           u"C"_s, u"--no-sync"_s, u"--no-instructions"_s});
    if (!initdb.waitForStarted(15000))
        return fail(tr("cannot run %1: %2").arg(program, initdb.errorString()), nullptr);
    if (!initdb.waitForFinished(120000)) {
        initdb.kill();
        initdb.waitForFinished(5000);
        return fail(tr("%1 did not finish within 120 s:\n%2").arg(
                        program, QString::fromLocal8Bit(initdb.readAll()).trimmed()),
                    nullptr);
    }
    if (initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0)
        return fail(tr("%1 failed (exit code %2%3):\n%4").arg(
                        program, QString::number(initdb.exitCode()),
                        m_runAsName.isEmpty() ? QString() : u", run as user "_s + m_runAsName,
                        QString::fromLocal8Bit(initdb.readAll()).trimmed()),
                    nullptr);
    return true;
}

bool TemporaryPostgres::launchServer()
{
    m_port = pickPort();
    m_server = std::make_unique<QProcess>();
    setUpProcess(*m_server);
    // A file, not a pipe: nobody reads a pipe while a test runs, and a full one would stall
    // the server.
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(m_path + u'/' + logFileName);
    m_server->setStandardInputFile(QProcess::nullDevice());
    const QString program = m_binDirectory + u"/postgres"_s;
    m_server->start(program, {
                                 u"-D"_s, dataDirectory(),
                                 u"-p"_s, QString::number(m_port),
                                 u"-k"_s, socketDirectory(),
                                 // Unix socket only: no port clashes between parallel tests.
                                 u"-c"_s, u"listen_addresses="_s,
                                 // A throw-away cluster needs no durability.
                                 u"-c"_s, u"fsync=off"_s,
                                 u"-c"_s, u"synchronous_commit=off"_s,
                                 u"-c"_s, u"full_page_writes=off"_s,
                                 // /dev/shm may be closed to the unprivileged user (it is in the
                                 // build container), and files in the data folder go with it.
                                 u"-c"_s, u"dynamic_shared_memory_type=mmap"_s,
                             });
    if (!m_server->waitForStarted(15000))
        return fail(tr("cannot run %1: %2").arg(program, m_server->errorString()), nullptr);
    return true;
}

bool TemporaryPostgres::waitUntilReady()
{
    const QByteArray conninfo = connectionString().toUtf8() + " connect_timeout=5";
    QDeadlineTimer deadline(m_startTimeoutMs);
    for (;;) {
        switch (PQping(conninfo.constData())) {
        case PQPING_OK:
            return true;
        case PQPING_NO_ATTEMPT:
            return fail(tr("libpq rejects the connection string \"%1\"").arg(connectionString()),
                        nullptr);
        case PQPING_REJECT: // still starting up
        case PQPING_NO_RESPONSE: // socket not there yet
            break;
        }
        // Doubles as the pause between attempts.
        if (m_server->state() == QProcess::NotRunning || m_server->waitForFinished(100)) {
            return fail(tr("the PostgreSQL server (%1/postgres) exited during start-up (%2 %3); its log:\n%4")
                            .arg(m_binDirectory,
                                 m_server->exitStatus() == QProcess::CrashExit
                                     ? tr("crashed, signal or error:")
                                     : u"exit code"_s,
                                 QString::number(m_server->exitCode()), serverLog()),
                        nullptr);
        }
        if (deadline.hasExpired()) {
            return fail(tr("the PostgreSQL server did not accept connections within %1 s on %2; its log:\n%3")
                            .arg(QString::number(m_startTimeoutMs / 1000), socketDirectory(),
                                 serverLog()),
                        nullptr);
        }
    }
}

void TemporaryPostgres::killServer()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        // The server runs with synchronous_commit=off for speed, so a kill could lose transactions
        // committed just before it, which a production server would keep. A checkpoint first makes
        // the kill lose only what was not committed, as the tests' "data unchanged" checks expect.
        if (PGconn *connection = PQconnectdb(connectionString().toUtf8().constData())) {
            PQclear(PQexec(connection, "CHECKPOINT"));
            PQfinish(connection);
        }
        ::kill(pid_t(m_server->processId()), SIGKILL);
        m_server->waitForFinished(10000);
    }
}

bool TemporaryPostgres::restart(QString *error)
{
    if (isRunning() || m_path.isEmpty() || !m_directory)
        return fail(tr("the server cannot be restarted: it is running or was never started"), error);
    // The killed server's sessions leave when they notice their postmaster is gone; until then the
    // new one refuses the shared memory they still hold.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (launchServer() && waitUntilReady())
            return true;
        m_server.reset();
        QThread::msleep(500);
    }
    return fail(tr("the server did not come back on %1").arg(dataDirectory()), error);
}

void TemporaryPostgres::stop()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        const auto pid = pid_t(m_server->processId());
        // SIGINT is the fast shutdown: sessions are ended, nothing is waited for.
        ::kill(pid, SIGINT);
        if (!m_server->waitForFinished(30000)) {
            ::kill(pid, SIGQUIT); // immediate shutdown
            if (!m_server->waitForFinished(5000)) {
                m_server->kill();
                m_server->waitForFinished(5000);
            }
        }
    }
    m_server.reset();
    if (m_directory) {
        m_directory->remove();
        m_directory.reset();
    }
}

bool TemporaryPostgres::isRunning() const
{
    return m_server && m_server->state() != QProcess::NotRunning;
}

QString TemporaryPostgres::connectionString(const QString &database) const
{
    return u"host=%1 port=%2 dbname=%3 user=%4"_s.arg(quoteConnectionValue(socketDirectory()),
                                                      QString::number(m_port),
                                                      quoteConnectionValue(database),
                                                      quoteConnectionValue(userName()));
}

QString TemporaryPostgres::socketDirectory() const
{
    return m_path;
}

QString TemporaryPostgres::dataDirectory() const
{
    return m_path.isEmpty() ? QString() : m_path + u'/' + dataFolderName;
}

QString TemporaryPostgres::directory() const
{
    return m_path;
}

qint64 TemporaryPostgres::serverProcessId() const
{
    return isRunning() ? m_server->processId() : 0;
}

QString TemporaryPostgres::serverLog() const
{
    if (m_path.isEmpty())
        return {};
    QFile log(m_path + u'/' + logFileName);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(log.readAll()).trimmed();
}

} // namespace migreview::trace
