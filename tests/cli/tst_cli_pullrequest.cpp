// A pull request's review through the real `migreview` executable, on git repositories built
// here: the findings are scoped to the migrations the range added, modified or deleted; each is
// marked; the exit code counts only those; edits of history say what changed; BASE...HEAD starts
// from the merge base; SARIF marks new results; the markdown summary stays within GitHub's
// limit. With the shared corpus, a walk over the last twenty commits of a Lemmy history.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run migreview(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("MIGREVIEW_BIN_DIR") + QStringLiteral("/migreview"), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

bool git(const QString &top, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(top);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "git" << arguments << process.readAllStandardError();
        return false;
    }
    return true;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool initRepository(const QString &top)
{
    return git(top, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")})
        && git(top, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("test@example.com")})
        && git(top, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")})
        && git(top, {QStringLiteral("config"), QStringLiteral("commit.gpgsign"), QStringLiteral("false")});
}

bool commitAll(const QString &top, const QString &message)
{
    return git(top, {QStringLiteral("add"), QStringLiteral("-A")}) && git(top, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
}

QJsonObject lintJson(const QString &path, const QString &range, const QStringList &extra = {}, int *exitCode = nullptr)
{
    const Run run = migreview(QStringList{QStringLiteral("lint"), path, QStringLiteral("--git-range"), range, QStringLiteral("--format"), QStringLiteral("json")} + extra);
    if (exitCode)
        *exitCode = run.exitCode;
    if (run.exitCode != 0 && run.exitCode != 1)
        qWarning().noquote() << run.err;
    return QJsonDocument::fromJson(run.out).object();
}

// "id:change" of the migrations listed.
QStringList migrationsOf(const QJsonObject &lint)
{
    QStringList listed;
    for (const QJsonValue &value : lint.value(u"migrations").toArray())
        listed << value[u"id"].toString() + u':' + value[u"change"].toString();
    return listed;
}

QSet<QString> changesOf(const QJsonObject &lint)
{
    QSet<QString> changes;
    for (const QJsonValue &value : lint.value(u"findings").toArray())
        changes.insert(value[u"change"].toString());
    return changes;
}

QJsonArray findingsOf(const QJsonObject &lint, const QString &rule)
{
    QJsonArray found;
    for (const QJsonValue &value : lint.value(u"findings").toArray()) {
        if (value[u"rule"].toString() == rule)
            found.append(value);
    }
    return found;
}

} // namespace

class TestCliPullRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Ten migrations on main: an old down script that does not parse and an old error, then
    // commits that add, edit and delete.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_top = m_dir.path() + QStringLiteral("/shop");
        QVERIFY(QDir().mkpath(m_top));
        QVERIFY(initRepository(m_top));
        for (int i = 1; i <= 10; ++i) {
            const QString stem = m_top + QStringLiteral("/%1_table_%2").arg(i, 4, 10, QLatin1Char('0')).arg(i);
            QByteArray up = QStringLiteral("CREATE TABLE t%1 (id bigint PRIMARY KEY, note text);\n").arg(i).toUtf8();
            if (i == 5) // an old error: merged long ago
                up += "ALTER TABLE t1 ADD COLUMN required_at timestamptz NOT NULL;\n";
            QVERIFY(write(stem + QStringLiteral(".up.sql"), up));
            QVERIFY(write(stem + QStringLiteral(".down.sql"), i == 3 ? QByteArray("DROP TABEL t3;\n") : QStringLiteral("DROP TABLE t%1;\n").arg(i).toUtf8()));
        }
        QVERIFY(commitAll(m_top, QStringLiteral("ten migrations")));
        QVERIFY(git(m_top, {QStringLiteral("tag"), QStringLiteral("ten")}));
        // The whole repository has errors (the broken down script, the old NOT NULL column).
        QCOMPARE(migreview({QStringLiteral("lint"), m_top}).exitCode, 1);
    }

    void addingACleanMigrationExitsZero()
    {
        QVERIFY(write(m_top + QStringLiteral("/0011_add_audit.up.sql"), "CREATE TABLE audit (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());\n"));
        QVERIFY(write(m_top + QStringLiteral("/0011_add_audit.down.sql"), "DROP TABLE audit;\n"));
        QVERIFY(commitAll(m_top, QStringLiteral("add audit")));
        QVERIFY(git(m_top, {QStringLiteral("tag"), QStringLiteral("one")}));
        int exitCode = -1;
        const QJsonObject lint = lintJson(m_top, QStringLiteral("ten..one"), {}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(migrationsOf(lint), QStringList{QStringLiteral("0011 add_audit:added")});
        QCOMPARE(lint[u"summary"][u"errors"].toInt(), 0);
        for (const QJsonValue &finding : lint[u"findings"].toArray()) {
            QCOMPARE(finding[u"change"].toString(), QStringLiteral("added"));
            QVERIFY2(finding[u"file"].toString().startsWith(QStringLiteral("0011_")), qPrintable(finding[u"file"].toString()));
        }
        QCOMPARE(lint[u"range"][u"spec"].toString(), QStringLiteral("ten..one"));
        QCOMPARE(lint[u"range"][u"head"].toString().size(), 7);

        // --all shows the rest, marked context, and the exit code stays that of the range.
        const QJsonObject all = lintJson(m_top, QStringLiteral("ten..one"), {QStringLiteral("--all")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(changesOf(all).contains(QStringLiteral("context")));
        QCOMPARE(all[u"summary"][u"errors"].toInt(), 0);
        QVERIFY(all[u"summary"][u"context"].toInt() >= 2);
        QCOMPARE(all[u"migrations"].toArray().size(), 11);

        // Text and gcc mark each finding; without --git-range, --all is refused.
        const Run text = migreview({QStringLiteral("lint"), m_top, QStringLiteral("--git-range"), QStringLiteral("ten..one"), QStringLiteral("--all"),
                                    QStringLiteral("--format"), QStringLiteral("gcc")});
        QVERIFY2(text.out.contains(" [context] error:"), text.out.constData());
        QCOMPARE(migreview({QStringLiteral("lint"), m_top, QStringLiteral("--all")}).exitCode, 2);
    }

    void addingTwoCountsOnlyTheirErrors()
    {
        QVERIFY(write(m_top + QStringLiteral("/0012_add_t12.up.sql"), "CREATE TABLE t12 (id bigint PRIMARY KEY);\n"));
        QVERIFY(write(m_top + QStringLiteral("/0012_add_t12.down.sql"), "DROP TABLE t12;\n"));
        QVERIFY(write(m_top + QStringLiteral("/0013_require_code.up.sql"), "ALTER TABLE t2 ADD COLUMN code text NOT NULL;\n"));
        QVERIFY(write(m_top + QStringLiteral("/0013_require_code.down.sql"), "ALTER TABLE t2 DROP COLUMN code;\n"));
        QVERIFY(commitAll(m_top, QStringLiteral("two more")));
        QVERIFY(git(m_top, {QStringLiteral("tag"), QStringLiteral("two")}));
        int exitCode = -1;
        const QJsonObject lint = lintJson(m_top, QStringLiteral("one..two"), {}, &exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(migrationsOf(lint), (QStringList{QStringLiteral("0012 add_t12:added"), QStringLiteral("0013 require_code:added")}));
        QCOMPARE(findingsOf(lint, QStringLiteral("adding-required-field")).size(), 1);
        QCOMPARE(findingsOf(lint, QStringLiteral("adding-required-field"))[0][u"file"].toString(), QStringLiteral("0013_require_code.up.sql"));
        QCOMPARE(findingsOf(lint, QStringLiteral("syntax-error")).size(), 0); // the old down script is not this range's

        // SARIF: results in added migrations are new, with the change as a property.
        const Run sarif = migreview({QStringLiteral("lint"), m_top, QStringLiteral("--git-range"), QStringLiteral("one..two"), QStringLiteral("--format"), QStringLiteral("sarif")});
        QCOMPARE(sarif.exitCode, 1);
        const QJsonArray results = QJsonDocument::fromJson(sarif.out)[u"runs"][0][u"results"].toArray();
        QVERIFY(!results.isEmpty());
        for (const QJsonValue &result : results) {
            QCOMPARE(result[u"baselineState"].toString(), QStringLiteral("new"));
            QCOMPARE(result[u"properties"][u"change"].toString(), QStringLiteral("added"));
        }
    }

    // Edits of migrations that exist at BASE: each message says what changed.
    void editsOfHistorySayWhatChanged()
    {
        QVERIFY(git(m_top, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("edits"), QStringLiteral("two")}));
        // Whitespace, a comment and letter case only: a warning.
        QVERIFY(write(m_top + QStringLiteral("/0002_table_2.up.sql"), "-- the second table\ncreate table t2 (\n    id bigint primary key,\n    note text\n);\n"));
        QVERIFY(commitAll(m_top, QStringLiteral("reformat")));
        int exitCode = -1;
        QJsonObject lint = lintJson(m_top, QStringLiteral("two..edits"), {}, &exitCode);
        QJsonArray history = findingsOf(lint, QStringLiteral("migration-history-changed"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0][u"level"].toString(), QStringLiteral("warning"));
        QVERIFY2(history[0][u"message"].toString().contains(QStringLiteral("exists at BASE")), qPrintable(history[0][u"message"].toString()));
        QVERIFY2(history[0][u"message"].toString().contains(QStringLiteral("only whitespace")), qPrintable(history[0][u"message"].toString()));
        QCOMPARE(history[0][u"change"].toString(), QStringLiteral("modified"));
        QCOMPARE(exitCode, 0);
        QCOMPARE(migrationsOf(lint), QStringList{QStringLiteral("0002 table_2:modified")});

        // A statement changed: an error, pointing at it.
        QVERIFY(write(m_top + QStringLiteral("/0004_table_4.up.sql"), "CREATE TABLE t4 (id bigint PRIMARY KEY, note text);\n\nCREATE INDEX t4_note ON t4 (note);\n"));
        QVERIFY(commitAll(m_top, QStringLiteral("edit 4")));
        lint = lintJson(m_top, QStringLiteral("edits~1..edits"), {}, &exitCode);
        history = findingsOf(lint, QStringLiteral("migration-history-changed"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0][u"level"].toString(), QStringLiteral("error"));
        QVERIFY2(history[0][u"message"].toString().contains(QStringLiteral("changes its statements")), qPrintable(history[0][u"message"].toString()));
        QCOMPARE(history[0][u"line"].toInt(), 3);
        QCOMPARE(exitCode, 1);

        // A migration deleted.
        QVERIFY(git(m_top, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("0006_table_6.up.sql"), QStringLiteral("0006_table_6.down.sql")}));
        QVERIFY(git(m_top, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("delete 6")}));
        lint = lintJson(m_top, QStringLiteral("edits~1..edits"), {}, &exitCode);
        QCOMPARE(migrationsOf(lint), QStringList{QStringLiteral("0006 table_6:deleted")});
        history = findingsOf(lint, QStringLiteral("migration-history-changed"));
        QCOMPARE(history.size(), 2);
        QVERIFY(history[0][u"message"].toString().contains(QStringLiteral("deletes it")));
        QCOMPARE(history[0][u"change"].toString(), QStringLiteral("deleted"));
        QCOMPARE(exitCode, 1);
    }

    // Diesel: a metadata.toml added to a migration that exists at BASE changes how it runs.
    void transactionModeChangeIsAnEditOfHistory()
    {
        const QString top = m_dir.path() + QStringLiteral("/diesel");
        QVERIFY(QDir().mkpath(top));
        QVERIFY(initRepository(top));
        QVERIFY(write(top + QStringLiteral("/migrations/2024-01-01-000000_users/up.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n"));
        QVERIFY(write(top + QStringLiteral("/migrations/2024-01-01-000000_users/down.sql"), "DROP TABLE users;\n"));
        QVERIFY(commitAll(top, QStringLiteral("users")));
        QVERIFY(write(top + QStringLiteral("/migrations/2024-01-01-000000_users/metadata.toml"), "run_in_transaction = false\n"));
        QVERIFY(commitAll(top, QStringLiteral("metadata")));
        int exitCode = -1;
        const QJsonObject lint = lintJson(top + QStringLiteral("/migrations"), QStringLiteral("HEAD~1..HEAD"), {}, &exitCode);
        QCOMPARE(exitCode, 1);
        const QJsonArray history = findingsOf(lint, QStringLiteral("migration-history-changed"));
        QVERIFY(!history.isEmpty());
        const QString message = history[0][u"message"].toString();
        QVERIFY2(message.contains(QStringLiteral("how the tool runs it")) && message.contains(QStringLiteral("metadata.toml")), qPrintable(message));
        QCOMPARE(history[0][u"level"].toString(), QStringLiteral("error"));
    }

    // A side branch: BASE...HEAD compares with the merge base, as git diff does; BASE..HEAD
    // compares the two tips, so what main gained since looks deleted.
    void threeDotsStartFromTheMergeBase()
    {
        QVERIFY(git(m_top, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feature"), QStringLiteral("two")}));
        QVERIFY(write(m_top + QStringLiteral("/0014_feature.up.sql"), "CREATE TABLE feature (id bigint PRIMARY KEY);\n"));
        QVERIFY(write(m_top + QStringLiteral("/0014_feature.down.sql"), "DROP TABLE feature;\n"));
        QVERIFY(commitAll(m_top, QStringLiteral("feature")));
        QVERIFY(git(m_top, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        QVERIFY(write(m_top + QStringLiteral("/0015_mainline.up.sql"), "CREATE TABLE mainline (id bigint PRIMARY KEY);\n"));
        QVERIFY(write(m_top + QStringLiteral("/0015_mainline.down.sql"), "DROP TABLE mainline;\n"));
        QVERIFY(commitAll(m_top, QStringLiteral("mainline")));

        int exitCode = -1;
        const QJsonObject fromMergeBase = lintJson(m_top, QStringLiteral("main...feature"), {}, &exitCode);
        QCOMPARE(migrationsOf(fromMergeBase), QStringList{QStringLiteral("0014 feature:added")});
        QCOMPARE(exitCode, 0);
        const QJsonObject tips = lintJson(m_top, QStringLiteral("main..feature"), {}, &exitCode);
        QCOMPARE(migrationsOf(tips), (QStringList{QStringLiteral("0014 feature:added"), QStringLiteral("0015 mainline:deleted")}));
        QCOMPARE(exitCode, 1);

        const Run unrelated = migreview({QStringLiteral("lint"), m_top, QStringLiteral("--git-range"), QStringLiteral("main...nosuch")});
        QCOMPARE(unrelated.exitCode, 2);
        QVERIFY2(unrelated.err.contains(QStringLiteral("nosuch")), qPrintable(unrelated.err));
    }

    // The summary for the pull request: a table, a section per migration, within the limit.
    void markdownSummaryStaysWithinGitHubsLimit()
    {
        int exitCode = -1;
        Run summary = migreview({QStringLiteral("lint"), m_top, QStringLiteral("--git-range"), QStringLiteral("one..two"), QStringLiteral("--format"), QStringLiteral("markdown"),
                                 QStringLiteral("--stats"), QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/staging-stats.json")});
        QCOMPARE(summary.exitCode, 1);
        const QString text = QString::fromUtf8(summary.out);
        QVERIFY2(text.contains(QStringLiteral("| Migration | Change | Strongest lock | Estimated hold |")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("| `0013 require_code` | added | ACCESS EXCLUSIVE on `t2` |")));
        QVERIFY(text.contains(QStringLiteral("<details open><summary>")));
        QVERIFY(!text.contains(QStringLiteral("0005_table_5")));

        // The review of the same range starts with the same summary.
        const Run review = migreview({QStringLiteral("report"), m_top, QStringLiteral("--git-range"), QStringLiteral("one..two"), QStringLiteral("--format"),
                                      QStringLiteral("markdown"), QStringLiteral("--stats"), QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/staging-stats.json")});
        QCOMPARE(review.exitCode, 1); // the range holds an error, as with lint
        const QString reviewText = QString::fromUtf8(review.out);
        QVERIFY2(reviewText.startsWith(text.section(QStringLiteral("\n"), 0, 0)), qPrintable(reviewText.left(300)));
        QVERIFY(reviewText.contains(QStringLiteral("| `0013 require_code` | added | ACCESS EXCLUSIVE on `t2` |")));
        const Run reviewJson = migreview({QStringLiteral("report"), m_top, QStringLiteral("--git-range"), QStringLiteral("one..two")});
        const QJsonObject saved = QJsonDocument::fromJson(reviewJson.out).object();
        QCOMPARE(saved[u"migrations"].toArray().size(), 2);
        for (const QJsonValue &finding : saved[u"findings"].toArray())
            QCOMPARE(finding[u"change"].toString(), QStringLiteral("added"));

        // Three hundred migrations with findings: truncated with a note, never over the limit.
        const QString top = m_dir.path() + QStringLiteral("/many");
        QVERIFY(QDir().mkpath(top));
        QVERIFY(initRepository(top));
        QVERIFY(write(top + QStringLiteral("/0000_base.up.sql"), "CREATE TABLE big (id int PRIMARY KEY);\n"));
        QVERIFY(commitAll(top, QStringLiteral("base")));
        for (int i = 1; i <= 300; ++i)
            QVERIFY(write(top + QStringLiteral("/%1_change.up.sql").arg(i, 4, 10, QLatin1Char('0')),
                          QStringLiteral("ALTER TABLE big ADD COLUMN c%1 int NOT NULL;\nCREATE INDEX big_c%1 ON big (c%1);\nALTER TABLE big ALTER COLUMN c%1 TYPE bigint;\n")
                              .arg(i)
                              .toUtf8()));
        QVERIFY(commitAll(top, QStringLiteral("many")));
        summary = migreview({QStringLiteral("lint"), top, QStringLiteral("--git-range"), QStringLiteral("HEAD~1..HEAD"), QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(summary.exitCode, 1);
        const QString many = QString::fromUtf8(summary.out);
        QVERIFY2(many.size() <= 65536, qPrintable(QString::number(many.size())));
        QVERIFY(many.size() > 30000);
        QVERIFY(many.contains(QStringLiteral("Truncated:")));
        QVERIFY(many.contains(QStringLiteral("| `0300 change` | added |")));
        Q_UNUSED(exitCode)
    }

    // The shared Lemmy corpus as a git history, one commit per migration for the last twenty:
    // reviewing each commit reports that commit's migration and nothing else.
    void lemmyCommitsReportOnlyTheirMigration()
    {
        const QString corpus = qEnvironmentVariable("MIGREVIEW_CORPUS") + QStringLiteral("/lemmy");
        if (!QFileInfo::exists(corpus))
            QSKIP("the shared corpus is not here (MIGREVIEW_CORPUS)");
        const QString top = m_dir.path() + QStringLiteral("/lemmy");
        QVERIFY(QDir().mkpath(top + QStringLiteral("/migrations")));
        QVERIFY(initRepository(top));
        QStringList migrations = QDir(corpus).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(migrations.size() > 40);
        const auto copy = [&](const QString &name) {
            const QString target = top + QStringLiteral("/migrations/") + name;
            QDir().mkpath(target);
            for (const QString &file : QDir(corpus + u'/' + name).entryList(QDir::Files))
                QFile::copy(corpus + u'/' + name + u'/' + file, target + u'/' + file);
        };
        for (qsizetype i = 0; i < migrations.size() - 20; ++i)
            copy(migrations[i]);
        QVERIFY(commitAll(top, QStringLiteral("history")));
        for (qsizetype i = migrations.size() - 20; i < migrations.size(); ++i) {
            copy(migrations[i]);
            QVERIFY(commitAll(top, migrations[i]));
        }
        for (int back = 0; back < 20; ++back) {
            const QString name = migrations[migrations.size() - 1 - back];
            int exitCode = -1;
            const QJsonObject lint = lintJson(top + QStringLiteral("/migrations"), QStringLiteral("HEAD~%1..HEAD~%2").arg(back + 1).arg(back), {}, &exitCode);
            const QJsonArray listed = lint[u"migrations"].toArray();
            QCOMPARE(listed.size(), 1);
            QCOMPARE(listed[0][u"change"].toString(), QStringLiteral("added"));
            QVERIFY2(name.endsWith(listed[0][u"id"].toString().section(u' ', 1)), qPrintable(name + QStringLiteral(" vs ") + listed[0][u"id"].toString()));
            int errors = 0;
            for (const QJsonValue &finding : lint[u"findings"].toArray()) {
                QCOMPARE(finding[u"change"].toString(), QStringLiteral("added"));
                QVERIFY2(finding[u"file"].toString().startsWith(name + u'/'), qPrintable(finding[u"file"].toString()));
                errors += finding[u"level"].toString() == u"error" && !finding[u"suppressed"].toBool();
            }
            QCOMPARE(lint[u"summary"][u"errors"].toInt(), errors);
            QCOMPARE(exitCode, errors > 0 ? 1 : 0);
            qInfo().noquote() << QStringLiteral("%1: %2 finding(s), %3 error(s), exit %4").arg(name).arg(lint[u"findings"].toArray().size()).arg(errors).arg(exitCode);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_top;
};

QTEST_GUILESS_MAIN(TestCliPullRequest)
#include "tst_cli_pullrequest.moc"
