#include "repository/repository.h"

#include "golden.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace migreview::repository;

namespace {

QString gitChangeName(GitChange change)
{
    switch (change) {
    case GitChange::Unchanged:
        return QString();
    case GitChange::Added:
        return QStringLiteral(" [added]");
    case GitChange::Modified:
        return QStringLiteral(" [modified]");
    case GitChange::Deleted:
        return QStringLiteral(" [deleted]");
    }
    return QString();
}

// A readable dump of a loaded repository, for the golden files.
QByteArray dump(const Repository &repository)
{
    QString out;
    if (!repository.ok())
        out += QStringLiteral("error: %1\n").arg(repository.error);
    QStringList layouts;
    for (Layout layout : repository.layouts)
        layouts.push_back(layoutName(layout));
    out += QStringLiteral("layouts: %1\n").arg(layouts.join(QStringLiteral(", ")));
    for (const Migration &migration : repository.migrations) {
        out += QStringLiteral("migration %1 \"%2\" %3%4\n")
                   .arg(migration.version.isEmpty() ? QStringLiteral("-") : migration.version, migration.name, layoutName(migration.layout),
                        gitChangeName(migration.gitChange));
        if (!migration.requirements.isEmpty())
            out += QStringLiteral("  requires %1\n").arg(migration.requirements.join(QStringLiteral(", ")));
        for (const MigrationScript &script : migration.scripts) {
            out += QStringLiteral("  %1 %2 %3 sha256:%4 %5 bytes%6%7\n")
                       .arg(directionName(script.direction), script.relativePath, transactionModeName(script.transactionMode),
                            QString::fromLatin1(script.sha256.left(12)))
                       .arg(script.bytes.size())
                       .arg(gitChangeName(script.gitChange),
                            script.readError.isEmpty() ? QString() : QStringLiteral(" read error: ") + script.readError);
        }
    }
    for (const RepositoryProblem &problem : repository.problems) {
        out += QStringLiteral("problem %1 %2: %3\n")
                   .arg(problem.kind == RepositoryProblem::Kind::History ? QStringLiteral("history") : QStringLiteral("layout"), problem.path,
                        problem.message);
    }
    return out.toUtf8();
}

void write(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

bool git(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "git" << arguments << process.readAllStandardError();
        return false;
    }
    return true;
}

const MigrationScript *findScript(const Repository &repository, const QString &relativePath)
{
    for (const Migration &migration : repository.migrations) {
        for (const MigrationScript &script : migration.scripts) {
            if (script.relativePath == relativePath)
                return &script;
        }
    }
    return nullptr;
}

} // namespace

class TestRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layouts_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir root(QStringLiteral(MIGREVIEW_TEST_DATA "/layouts"));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(!cases.isEmpty());
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
    void layouts()
    {
        QFETCH(QString, folder);
        const Repository repository = loadRepository(folder + QStringLiteral("/input"));
        const QString name = QFileInfo(folder).fileName();
        MIGREVIEW_COMPARE_GOLDEN(dump(repository), folder + QStringLiteral(".ref"),
                                 QStringLiteral(MIGREVIEW_BINARY_DIR "/tests/layouts/") + name + QStringLiteral(".out"));
    }

    void dbmateSectionsKeepPositions()
    {
        const QString path = QStringLiteral(MIGREVIEW_TEST_DATA "/layouts/dbmate/input/20240101120000_create.sql");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        const Repository repository = loadRepository(QFileInfo(path).absolutePath());
        const MigrationScript *up = repository.migrations.at(0).script(Direction::Up);
        const MigrationScript *down = repository.migrations.at(0).script(Direction::Down);
        QVERIFY(up && down);
        QCOMPARE(up->bytes.size(), whole.size());
        QCOMPARE(down->bytes.size(), whole.size());
        QCOMPARE(up->bytes.count('\n'), whole.count('\n'));
        const qsizetype create = whole.indexOf("CREATE TABLE");
        QCOMPARE(up->bytes.indexOf("CREATE TABLE"), create);
        QVERIFY(!up->bytes.contains("DROP TABLE"));
        QVERIFY(!up->bytes.contains("a leading comment"));
        QCOMPARE(down->bytes.indexOf("DROP TABLE"), whole.indexOf("DROP TABLE"));
        QVERIFY(!down->bytes.contains("CREATE TABLE"));
        QCOMPARE(up->sha256, down->sha256);
    }

    void singleFile()
    {
        const QString path = QStringLiteral(MIGREVIEW_TEST_DATA "/layouts/flyway/input/V1__init.sql");
        const Repository repository = loadRepository(path);
        QVERIFY(repository.ok());
        QCOMPARE(repository.layouts, std::vector<Layout>{Layout::PlainNumbered});
        QCOMPARE(repository.migrations.size(), size_t(1));
        QCOMPARE(repository.migrations[0].scripts.at(0).relativePath, QStringLiteral("V1__init.sql"));
        QCOMPARE(repository.migrations[0].scripts.at(0).bytes, QByteArray("CREATE TABLE a (id int);\n"));
        QCOMPARE(repository.root, QFileInfo(path).absolutePath());
    }

    void layoutHint()
    {
        LoadOptions options;
        options.layout = Layout::Sqlx;
        const Repository repository = loadRepository(QStringLiteral(MIGREVIEW_TEST_DATA "/layouts/golang-migrate/input"), options);
        QCOMPARE(repository.layouts, std::vector<Layout>{Layout::Sqlx});
        QCOMPARE(repository.migrations.at(0).scripts.at(0).transactionMode, TransactionMode::Wrapped);
    }

    void missingFolder()
    {
        const Repository repository = loadRepository(QStringLiteral("/nonexistent/migreview"));
        QVERIFY(!repository.ok());
        QVERIFY2(repository.error.contains(QStringLiteral("no such file or folder")), qPrintable(repository.error));
    }

    void gitRange()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString top = dir.path();
        QVERIFY(git(top, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(git(top, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("test@example.com")}));
        QVERIFY(git(top, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")}));
        QVERIFY(git(top, {QStringLiteral("config"), QStringLiteral("commit.gpgsign"), QStringLiteral("false")}));
        write(top + QStringLiteral("/db/V1__one.sql"), "SELECT 1;\n");
        write(top + QStringLiteral("/db/V2__two.sql"), "SELECT 2;\n");
        write(top + QStringLiteral("/db/V3__x.sql"), "SELECT 3;\n");
        write(top + QStringLiteral("/db/R__views.sql"), "SELECT 'v1';\n");
        write(top + QStringLiteral("/README.md"), "not a migration\n");
        QVERIFY(git(top, {QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git(top, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("base")}));
        write(top + QStringLiteral("/db/V3__x.sql"), "SELECT 33;\n");
        write(top + QStringLiteral("/db/V4__four.sql"), "SELECT 4;\n");
        write(top + QStringLiteral("/db/R__views.sql"), "SELECT 'v2';\n");
        QVERIFY(git(top, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("db/V2__two.sql")}));
        QVERIFY(git(top, {QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git(top, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("head")}));
        // The working tree is not what is reviewed: HEAD's tree is.
        write(top + QStringLiteral("/db/V1__one.sql"), "SELECT 'uncommitted';\n");

        LoadOptions options;
        options.gitRange = QStringLiteral("HEAD~1..HEAD");
        const Repository repository = loadRepository(top + QStringLiteral("/db"), options);
        QVERIFY2(repository.ok(), qPrintable(repository.error));
        QCOMPARE(repository.layouts, std::vector<Layout>{Layout::Flyway});
        QStringList order;
        for (const Migration &migration : repository.migrations)
            order.push_back(migration.version + u':' + migration.name);
        QCOMPARE(order, (QStringList{QStringLiteral("1:one"), QStringLiteral("2:two"), QStringLiteral("3:x"), QStringLiteral("4:four"),
                                     QStringLiteral(":views")}));
        QCOMPARE(repository.migrations[0].gitChange, GitChange::Unchanged);
        QCOMPARE(repository.migrations[1].gitChange, GitChange::Deleted);
        QCOMPARE(repository.migrations[2].gitChange, GitChange::Modified);
        QCOMPARE(repository.migrations[3].gitChange, GitChange::Added);
        QCOMPARE(repository.migrations[4].gitChange, GitChange::Modified);

        const MigrationScript *one = findScript(repository, QStringLiteral("V1__one.sql"));
        QVERIFY(one);
        QCOMPARE(one->bytes, QByteArray("SELECT 1;\n"));
        QCOMPARE(one->path, QDir(top).canonicalPath() + QStringLiteral("/db/V1__one.sql"));
        const MigrationScript *two = findScript(repository, QStringLiteral("V2__two.sql"));
        QVERIFY(two);
        QVERIFY(two->bytes.isEmpty());
        QCOMPARE(two->gitChange, GitChange::Deleted);
        QCOMPARE(findScript(repository, QStringLiteral("V3__x.sql"))->bytes, QByteArray("SELECT 33;\n"));

        QStringList history;
        for (const RepositoryProblem &problem : repository.problems) {
            QCOMPARE(problem.kind, RepositoryProblem::Kind::History);
            history.push_back(problem.path);
        }
        history.sort();
        // R__views.sql changed too, but repeatable migrations are meant to change.
        QCOMPARE(history, (QStringList{QStringLiteral("V2__two.sql"), QStringLiteral("V3__x.sql")}));
        const auto edited = std::find_if(repository.problems.begin(), repository.problems.end(), [](const RepositoryProblem &p) {
            return p.path == QStringLiteral("V3__x.sql");
        });
        QCOMPARE(edited->message,
                 QStringLiteral("V3__x.sql exists at BASE and this range changes it: databases that already applied it will not run the new version"));
        QCOMPARE(findScript(repository, QStringLiteral("V3__x.sql"))->baseBytes, QByteArray("SELECT 3;\n"));
        QCOMPARE(repository.gitRange, QStringLiteral("HEAD~1..HEAD"));
        QCOMPARE(repository.gitBase.size(), 7);

        // What a pull-request picker lists: the branch, a tag, then HEAD's commits, newest first.
        QVERIFY(git(top, {QStringLiteral("tag"), QStringLiteral("v1"), QStringLiteral("HEAD~1")}));
        QString error;
        const std::vector<GitReference> references = listGitReferences(top + QStringLiteral("/db"), 30, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList listed;
        for (const GitReference &reference : references)
            listed.push_back(reference.kind + u':' + (reference.kind == u"commit" ? reference.summary : reference.name));
        QCOMPARE(listed.size(), 4);
        QVERIFY2(listed[0] == u"branch:master" || listed[0] == u"branch:main", qPrintable(listed[0]));
        QCOMPARE(listed.mid(1), (QStringList{QStringLiteral("tag:v1"), QStringLiteral("commit:head"), QStringLiteral("commit:base")}));
        QCOMPARE(references[2].name.size(), 7);

        // A range whose revisions do not exist, and text that is no range at all.
        options.gitRange = QStringLiteral("nosuchbranch..HEAD");
        Repository bad = loadRepository(top + QStringLiteral("/db"), options);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QStringLiteral("nosuchbranch")), qPrintable(bad.error));
        options.gitRange = QStringLiteral("HEAD");
        bad = loadRepository(top + QStringLiteral("/db"), options);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QStringLiteral("BASE..HEAD")), qPrintable(bad.error));

        // A folder outside any git repository.
        QTemporaryDir plain;
        write(plain.path() + QStringLiteral("/V1__a.sql"), "SELECT 1;\n");
        options.gitRange = QStringLiteral("HEAD~1..HEAD");
        bad = loadRepository(plain.path(), options);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QStringLiteral("not in a git repository")), qPrintable(bad.error));
        QVERIFY(listGitReferences(plain.path(), 30, &error).empty());
        QVERIFY2(error.contains(QStringLiteral("not in a git repository")), qPrintable(error));
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("migrations");
        QTest::addColumn<int>("scriptsPerMigration");
        QTest::newRow("lemmy") << QStringLiteral("lemmy") << int(Layout::Diesel) << 342 << 2;
        QTest::newRow("documenso") << QStringLiteral("documenso") << int(Layout::Prisma) << 163 << 1;
    }
    void corpus()
    {
        QFETCH(QString, project);
        QFETCH(int, layout);
        QFETCH(int, migrations);
        QFETCH(int, scriptsPerMigration);
        const QString corpus = qEnvironmentVariable("MIGREVIEW_CORPUS");
        if (corpus.isEmpty() || !QFileInfo::exists(corpus + u'/' + project))
            QSKIP("the shared corpus is absent (set MIGREVIEW_CORPUS to ../shared/corpus)");
        const Repository repository = loadRepository(corpus + u'/' + project);
        QVERIFY2(repository.ok(), qPrintable(repository.error));
        QCOMPARE(repository.layouts, std::vector<Layout>{Layout(layout)});
        QStringList problems;
        for (const RepositoryProblem &problem : repository.problems)
            problems.push_back(problem.path + QStringLiteral(": ") + problem.message);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(int(repository.migrations.size()), migrations);
        for (size_t i = 0; i < repository.migrations.size(); ++i) {
            const Migration &migration = repository.migrations[i];
            QCOMPARE(int(migration.scripts.size()), scriptsPerMigration);
            if (i > 0)
                QVERIFY(repository.migrations[i - 1].version <= migration.version);
            for (const MigrationScript &script : migration.scripts) {
                QVERIFY2(script.readError.isEmpty(), qPrintable(script.readError));
                QVERIFY(!script.bytes.isEmpty());
                QCOMPARE(script.sha256.size(), 64);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
