// Estimates on fixed snapshots: golden JSON for the example repository and for a set of backfills
// and constraints, plus the properties a reader relies on (selectivities from pg_stats, hold times
// to the end of the transaction, unknown rather than invented figures).
#include "golden.h"

#include "estimate/estimator.h"
#include "report/estimateformats.h"
#include "repository/repository.h"
#include "stats/statssnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QLocale>
#include <QTest>

using namespace migreview;

namespace {

estimate::EstimateReport run(const QString &folder, const QString &snapshotPath, stats::StatsSnapshot *keep)
{
    const repository::Repository repo = repository::loadRepository(folder);
    if (snapshotPath.isEmpty())
        return estimate::estimateRepository(repo, nullptr);
    stats::SnapshotLoad load = stats::loadSnapshot(snapshotPath);
    *keep = *load.snapshot;
    return estimate::estimateRepository(repo, keep);
}

const estimate::StatementEstimate *at(const estimate::EstimateReport &report, const QString &file, int line)
{
    for (const estimate::StatementEstimate &s : report.statements) {
        if (s.file == file && s.line == line)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestEstimate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("snapshot");
        QTest::addColumn<QString>("reference");
        QTest::newRow("shop") << QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop") << QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/staging-stats.json")
                              << QStringLiteral("shop.json");
        QTest::newRow("backfill") << QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/backfill")
                                  << QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/snapshot-v2.json") << QStringLiteral("backfill.json");
        QTest::newRow("backfill without statistics") << QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/backfill") << QString()
                                                     << QStringLiteral("backfill-no-stats.json");
    }
    void golden()
    {
        QFETCH(QString, folder);
        QFETCH(QString, snapshot);
        QFETCH(QString, reference);
        stats::StatsSnapshot keep;
        const estimate::EstimateReport report = run(folder, snapshot, &keep);
        MIGREVIEW_COMPARE_GOLDEN(report::formatEstimate(report, report::EstimateFormat::Json),
                                 QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/reference/") + reference,
                                 QStringLiteral(MIGREVIEW_BINARY_DIR "/tests/output/estimate/") + reference);
    }

    void selectivityComesFromTheStatistics()
    {
        stats::StatsSnapshot keep;
        const auto report = run(QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/backfill"), QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/snapshot-v2.json"), &keep);
        QVERIFY(report.calibrated);
        const QString file = QStringLiteral("0001_backfill.up.sql");
        // 10 million rows at 50,000 rows/s with two indexes (1.25 per row): 250 s for all of them.
        const auto all = at(report, file, 7);
        QVERIFY(all && all->duration.known);
        QCOMPARE(qRound(all->duration.expected / 1000), 250);
        QCOMPARE(qRound(at(report, file, 2)->duration.expected / 1000), 200); // note IS NULL: 80 %
        QCOMPARE(qRound(at(report, file, 3)->duration.expected / 1000), 8); // status = 'cancelled': 3 %, a common value
        // channel = 'kiosk' is not a common value: (1 - 0.5) / 199 of the rows.
        // Every statement also pays a fixed overhead (the default 5 ms: this snapshot's calibration
        // does not measure it).
        QVERIFY(qAbs(at(report, file, 4)->duration.expected - (250000.0 * 0.5 / 199 + 5)) < 1);
        // A key range: the share of the histogram it covers, 10,000 of 10 million rows.
        QVERIFY(qAbs(at(report, file, 5)->duration.expected - (250 + 5)) < 1);
        QCOMPARE(qRound(at(report, file, 8)->duration.expected / 1000), 83); // unsized: one third, as the planner assumes
        QVERIFY(qAbs(at(report, file, 6)->duration.expected - (250000.0 * 0.01 * 0.8 + 5)) < 1); // AND multiplies
    }

    void locksAreHeldToTheEndOfTheTransaction()
    {
        stats::StatsSnapshot keep;
        const auto report = run(QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/backfill"), QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/snapshot-v2.json"), &keep);
        const QString file = QStringLiteral("0002_constraints.up.sql");
        const auto fk = at(report, file, 2), notNull = at(report, file, 3), type = at(report, file, 4);
        QVERIFY(fk && notNull && type);
        QVERIFY(fk->inTransaction);
        // The foreign key's SHARE ROW EXCLUSIVE lasts through the scan and the rewrite after it.
        QVERIFY(qAbs(fk->hold.expected - (fk->duration.expected + notNull->duration.expected + type->duration.expected)) < 1);
        QVERIFY(qAbs(type->hold.expected - type->duration.expected) < 1);
        QCOMPARE(type->work, locks::TableWork::Rewrite);
        // Per table, the transaction counts once, from the first statement that locks it.
        for (const estimate::TableTotal &table : report.tables) {
            if (table.table == u"orders") {
                // ... plus the SET NOT NULL of line 10, the first to block orders in the transaction after the COMMIT.
                const double last = at(report, file, 10)->hold.expected;
                QVERIFY(qAbs(table.blockingWrites.expected - (fk->hold.expected + last)) < 1);
                QVERIFY(qAbs(table.blockingReads.expected - (notNull->hold.expected + last)) < 1);
            }
        }
        // golang-migrate sends the file as one query: after its COMMIT the rest of the file is a
        // new implicit transaction (PostgreSQL 17 refuses the CREATE INDEX CONCURRENTLY there,
        // which ban-concurrent-index-creation-in-transaction reports), so the lock of line 6 is
        // held through line 10, and the transaction counts once for orders.
        const auto concurrent = at(report, file, 6);
        QVERIFY(concurrent && concurrent->inTransaction);
        estimate::Duration rest{0, 0, 0, true, {}};
        for (int line = 6; line <= 10; ++line)
            rest += at(report, file, line)->duration;
        QCOMPARE(concurrent->hold.known, rest.known);
        QCOMPARE(concurrent->hold.expected, rest.expected);
        QCOMPARE_NE(concurrent->transactionUnit, fk->transactionUnit);
        QCOMPARE(concurrent->transactionUnit, at(report, file, 10)->transactionUnit);
    }

    // Durations for people: the unit a reader takes in at a glance, never "3500010 ms".
    void durationsInHumanUnits()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(estimate::humanDuration(120.4), QStringLiteral("120 ms"));
        QCOMPARE(estimate::humanDuration(3500), QStringLiteral("3.5 s"));
        QCOMPARE(estimate::humanDuration(3'500'010), QStringLiteral("58 min"));
        QCOMPARE(estimate::humanDuration(9'000'000), QStringLiteral("2.5 h"));
        QCOMPARE(estimate::humanDuration(3 * 86'400'000.0), QStringLiteral("3.0 days"));
        QCOMPARE(estimate::describeDuration({1200, 3500, 8000, true, {}}), QStringLiteral("~3.5 s (1.2 s to 8.0 s)"));
        QCOMPARE(estimate::describeDuration(estimate::Duration::unknown(QStringLiteral("no statistics"))), QStringLiteral("unknown: no statistics"));
    }

    void unknownIsSaidNotInvented()
    {
        stats::StatsSnapshot keep;
        const auto report = run(QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/backfill"), QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/snapshot-v2.json"), &keep);
        const QString file = QStringLiteral("0002_constraints.up.sql");
        const auto missing = at(report, file, 7); // invoices is not in the snapshot
        QVERIFY(missing && !missing->duration.known);
        QCOMPARE(missing->duration.reason, QStringLiteral("the table is not in the statistics snapshot"));
        const auto newTable = at(report, file, 9); // refunds: created by this migration, empty
        QVERIFY(newTable && newTable->duration.known && newTable->duration.expected < 10);
        // A validated CHECK (channel IS NOT NULL) in the snapshot: SET NOT NULL skips its scan.
        const auto proven = at(report, file, 10);
        QVERIFY(proven && proven->duration.known && proven->duration.expected < 10);
        QVERIFY2(proven->assumptions.join(u' ').contains(QStringLiteral("orders_channel_not_null")), qPrintable(proven->assumptions.join(u' ')));
        QVERIFY(at(report, file, 3)->duration.expected > 1000); // status has no such CHECK: a full scan

        const auto none = run(QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/backfill"), {}, &keep);
        for (const estimate::StatementEstimate &s : none.statements) {
            if (s.work != locks::TableWork::CatalogOnly && !s.workedTable.startsWith(u"refunds"))
                QVERIFY2(!s.duration.known, qPrintable(s.file + u':' + QString::number(s.line)));
        }
    }

    void commandLine()
    {
        const QString binary = qEnvironmentVariable("MIGREVIEW_BIN_DIR") + QStringLiteral("/migreview");
        const QString repo = QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/backfill");
        QTemporaryDir dir;
        const QString wrongVersion = dir.filePath(QStringLiteral("v3.json"));
        QFile file(wrongVersion);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "migreview-stats-snapshot", "version": 3, "tables": []})");
        file.close();
        struct Case
        {
            QStringList arguments;
            int exitCode;
            QString stderrStart;
            bool knownDurations;
        };
        const QList<Case> cases{
            {{QStringLiteral("--stats"), QStringLiteral(MIGREVIEW_TEST_DATA "/estimate/snapshot-v2.json")}, 0, QString(), true},
            {{}, 0, QStringLiteral("migreview estimate: no --stats or --dsn"), false},
            {{QStringLiteral("--stats"), wrongVersion}, 0, QStringLiteral("migreview estimate: statistics not used, durations are unknown: "), false},
            {{QStringLiteral("--dsn"), QStringLiteral("host=/nonexistent port=1 connect_timeout=1")}, 0,
             QStringLiteral("migreview estimate: statistics not used, durations are unknown: cannot connect"), false},
            {{QStringLiteral("--format"), QStringLiteral("yaml")}, 2, QStringLiteral("migreview estimate: --format must be"), false},
        };
        for (const Case &c : cases) {
            QProcess process;
            process.start(binary, QStringList{QStringLiteral("estimate"), repo, QStringLiteral("--format"), QStringLiteral("json")} + c.arguments);
            QVERIFY(process.waitForFinished(30000));
            const QString diagnostics = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitCode() == c.exitCode, qPrintable(c.arguments.join(u' ') + u": " + diagnostics));
            QVERIFY2(diagnostics.startsWith(c.stderrStart), qPrintable(diagnostics));
            if (c.exitCode != 0)
                continue;
            const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
            const QJsonArray statements = root.value(u"statements").toArray();
            QVERIFY(!statements.isEmpty());
            const QJsonObject firstUpdate = statements.first().toObject(); // UPDATE orders ... WHERE note IS NULL
            QCOMPARE(firstUpdate.value(u"estimate_ms").isObject(), c.knownDurations);
            if (!c.knownDurations)
                QVERIFY(!firstUpdate.value(u"reason").toString().isEmpty());
        }
    }

    void snapshotOfAnotherVersionIsRefused()
    {
        const stats::SnapshotLoad load = stats::parseSnapshot(R"({"format": "migreview-stats-snapshot", "version": 3, "tables": []})");
        QVERIFY(!load.snapshot);
        QCOMPARE(load.error, QStringLiteral("snapshot format version 3 is not supported (this build reads versions 1 and 2)"));
    }
};

QTEST_GUILESS_MAIN(TestEstimate)
#include "tst_estimate.moc"
