// The Review model (src/core/report/review.h): canonical JSON, determinism, what it holds, the
// runbook's order, sign-offs, secrets kept out, and loading (newer versions refused).
#include "estimate/estimator.h"
#include "graph/graph.h"
#include "lint/linter.h"
#include "report/review.h"
#include "report/reviewformats.h"
#include "repository/repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace migreview;

namespace {

struct Reviewed
{
    repository::Repository repository;
    lint::LintResult lint;
    estimate::EstimateReport estimate;
    graph::Graph graph;
    stats::StatsSnapshot snapshot;
};

QJsonObject review(Reviewed &r, const QString &path, const std::vector<report::SignOff> &signOffs = {})
{
    r.repository = repository::loadRepository(path);
    r.lint = lint::lintRepository(r.repository);
    r.estimate = estimate::estimateRepository(r.repository, nullptr);
    r.graph = graph::buildGraph(r.repository, r.estimate);
    r.snapshot.source = QStringLiteral("host=db.internal user=ci password='s3cr3t pass' dbname=shop");
    r.snapshot.serverVersion = QStringLiteral("17.2");
    report::ReviewInput input;
    input.repository = &r.repository;
    input.lint = &r.lint;
    input.estimate = &r.estimate;
    input.graph = &r.graph;
    input.graphSvg = graph::render(r.graph, "svg");
    input.snapshot = &r.snapshot;
    input.snapshotBytes = "{}";
    input.signOffs = signOffs;
    input.generatedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), QTimeZone::UTC);
    input.toolVersion = QStringLiteral("test");
    return report::buildReview(input);
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalJson()
    {
        const QJsonObject object{{QStringLiteral("b"), 1.0},
                                 {QStringLiteral("a"), QJsonArray{1.23456, -0.5, 2e20, QStringLiteral("x\"y\\\n\x01é")}},
                                 {QStringLiteral("ä"), true},
                                 {QStringLiteral("Z"), QJsonValue::Null}};
        QCOMPARE(report::canonicalJson(object), QByteArray("{\"Z\":null,\"a\":[1.235,-0.5,2e+20,\"x\\\"y\\\\\\n\\u0001\xc3\xa9\"],\"b\":1,\"\xc3\xa4\":true}\n"));
    }

    void sameInputsSameBytes()
    {
        Reviewed first, second;
        const QByteArray a = report::canonicalJson(review(first, QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        const QByteArray b = report::canonicalJson(review(second, QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        QCOMPARE(a, b);
        const report::ReviewLoad load = report::parseReview(a);
        QVERIFY2(load.review, qPrintable(load.error));
        QVERIFY(load.canonical);
        QByteArray changed = a;
        changed.replace("\"version\":1", "\"version\": 1");
        QVERIFY(!report::parseReview(changed).canonical);
    }

    void holdsWhatWasReviewed()
    {
        Reviewed r;
        const QJsonObject object = review(r, QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop"),
                                          {{QStringLiteral("Ada"), QStringLiteral("ada@example.com"), QStringLiteral("dba"), QStringLiteral("approve"), QString(),
                                            QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::UTC)}});
        QCOMPARE(object.value(u"format").toString(), QStringLiteral("migreview-review"));
        QCOMPARE(object.value(u"version").toInt(), report::ReviewJsonVersion);
        QCOMPARE(object.value(u"generated_at").toString(), QStringLiteral("2026-12-05T10:00:00Z"));
        const QJsonArray files = object.value(u"files").toArray();
        int scripts = 0;
        for (const repository::Migration &migration : r.repository.migrations)
            scripts += int(migration.scripts.size());
        QCOMPARE(files.size(), scripts);
        QCOMPARE(files.first().toObject().value(u"sha256").toString(), QString::fromLatin1(r.repository.migrations.front().scripts.front().sha256));
        QCOMPARE(files.first().toObject().value(u"text").toString(), QString::fromUtf8(r.repository.migrations.front().scripts.front().bytes));
        QCOMPARE(object.value(u"findings").toArray().size(), qsizetype(r.lint.findings.size()));
        const QJsonArray rules = object.value(u"configuration").toObject().value(u"rules").toArray();
        QVERIFY(rules.size() > 20);
        bool optInOff = false;
        for (const QJsonValue &rule : rules)
            optInOff |= !rule.toObject().value(u"enabled").toBool(); // opt-in rules are off by default
        QVERIFY(optInOff);
        QCOMPARE(object.value(u"summary").toObject().value(u"errors").toInt(), r.lint.count(rules::Level::Error));
        QVERIFY(object.value(u"graph").toObject().value(u"svg").toString().contains(QStringLiteral("<svg")));
        QCOMPARE(object.value(u"signoffs").toArray().first().toObject().value(u"time").toString(), QStringLiteral("2026-12-05T09:00:00Z"));
        QCOMPARE(object.value(u"summary").toObject().value(u"approvals").toInt(), 1);
        // The password of the statistics source never reaches the JSON.
        const QByteArray bytes = report::canonicalJson(object);
        QVERIFY(!bytes.contains("s3cr3t"));
        QVERIFY(bytes.contains("password=***"));
    }

    void runbookOrder()
    {
        Reviewed r;
        const QJsonArray runbook = review(r, QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")).value(u"runbook").toArray();
        const QStringList order{QStringLiteral("pre-check"), QStringLiteral("command"), QStringLiteral("post-check"), QStringLiteral("rollback-trigger"), QStringLiteral("rollback")};
        int phase = 0, commands = 0, rollbacks = 0;
        QString firstRollback;
        for (const QJsonValue &value : runbook) {
            const QJsonObject step = value.toObject();
            const int kind = int(order.indexOf(step.value(u"kind").toString()));
            QVERIFY2(kind >= phase, qPrintable(step.value(u"title").toString()));
            phase = kind;
            commands += kind == 1;
            if (kind == 4 && rollbacks++ == 0)
                firstRollback = step.value(u"file").toString();
        }
        QCOMPARE(commands, int(r.repository.migrations.size()));
        QCOMPARE(rollbacks, commands);
        QCOMPARE(firstRollback, r.repository.migrations.back().script(repository::Direction::Down)->relativePath); // newest first
    }

    void signOffs()
    {
        QString error;
        const QDateTime time(QDate(2026, 12, 5), QTime(10, 0), QTimeZone::UTC);
        const std::optional<report::SignOff> full = report::parseSignOff(QStringLiteral("Ada Lovelace <ada@example.com>|dba|request-changes|lock_timeout | please"), time, &error);
        QVERIFY(full);
        QCOMPARE(full->name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(full->email, QStringLiteral("ada@example.com"));
        QCOMPARE(full->verdict, QStringLiteral("request-changes"));
        QCOMPARE(full->comment, QStringLiteral("lock_timeout | please"));
        QCOMPARE(report::parseSignOff(QStringLiteral("Bob"), time, &error)->verdict, QStringLiteral("approve"));
        QVERIFY(!report::parseSignOff(QStringLiteral("Bob||maybe"), time, &error));
        QVERIFY(error.contains(QStringLiteral("maybe")));
    }

    void secretsAreRedacted()
    {
        QCOMPARE(report::redactSecrets(QStringLiteral("host=x password=abc dbname=y")), QStringLiteral("host=x password=*** dbname=y"));
        QCOMPARE(report::redactSecrets(QStringLiteral("postgresql://u:pw@h/db")), QStringLiteral("postgresql://u:***@h/db"));
        QCOMPARE(repository::withoutCredentials(QStringLiteral("https://user:token@github.com/o/r.git")), QStringLiteral("https://github.com/o/r.git"));
        QCOMPARE(repository::withoutCredentials(QStringLiteral("git@github.com:o/r.git")), QStringLiteral("git@github.com:o/r.git"));
    }

    void loadingRefusesWhatItCannotRead()
    {
        QVERIFY(report::parseReview("not json").error.contains(QStringLiteral("not valid JSON")));
        QVERIFY(report::parseReview("{\"format\":\"other\"}").error.contains(QStringLiteral("not a migreview review")));
        const report::ReviewLoad newer = report::parseReview(report::canonicalJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("migreview-review")}, {QStringLiteral("version"), 2}}));
        QVERIFY(!newer.review);
        QVERIFY2(newer.error.contains(QStringLiteral("schema version 2")), qPrintable(newer.error));
    }

    void markdownAndSarif()
    {
        Reviewed r;
        const QJsonObject object = review(r, QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop"));
        const QString markdown = QString::fromUtf8(report::reviewToMarkdown(object, {QStringLiteral("abc123"), {}}));
        QVERIFY(markdown.contains(QStringLiteral("### Blocking findings")));
        QVERIFY(markdown.contains(QStringLiteral("adding-required-field")));
        QVERIFY(markdown.contains(QStringLiteral("SHA-256 `abc123`")));
        const QJsonDocument sarif = QJsonDocument::fromJson(report::reviewToSarif(object));
        QCOMPARE(sarif.object().value(u"version").toString(), QStringLiteral("2.1.0"));
        QCOMPARE(sarif.object().value(u"runs").toArray().first().toObject().value(u"results").toArray().size(), qsizetype(r.lint.findings.size()));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
