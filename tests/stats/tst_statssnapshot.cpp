#include "stats/statssnapshot.h"

#include <QTest>

using namespace migreview::stats;

class TestStatsSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsTheBundledExample()
    {
        const SnapshotLoad load = loadSnapshot(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/staging-stats.json"));
        QVERIFY2(load.snapshot, qPrintable(load.error));
        const TableStats *orders = load.snapshot->table(QStringLiteral("orders"));
        QVERIFY(orders);
        QCOMPARE(orders->rows, qint64(50'000'000));
        QVERIFY(orders->totalBytes >= orders->tableBytes + orders->indexBytes);
        QVERIFY(!orders->columns.empty());
        QVERIFY(!orders->indexes.empty());
        QCOMPARE(load.snapshot->table(QStringLiteral("public.users"))->rows, qint64(5'000'000));
        QVERIFY(!load.snapshot->table(QStringLiteral("nonexistent")));
        QVERIFY(load.snapshot->serverVersionNumber >= 170000);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON");
        QTest::addRow("wrong format") << QByteArray(R"({"format":"other","version":1})") << QStringLiteral("not a migreview statistics snapshot");
        QTest::addRow("future version") << QByteArray(R"({"format":"migreview-stats-snapshot","version":7})") << QStringLiteral("version 7");
        QTest::addRow("nameless table") << QByteArray(R"({"format":"migreview-stats-snapshot","version":1,"tables":[{"rows":1}]})")
                                        << QStringLiteral("no \"name\"");
        QTest::addRow("negative rows") << QByteArray(R"({"format":"migreview-stats-snapshot","version":1,"tables":[{"name":"t","rows":-1}]})")
                                       << QStringLiteral("negative row count");
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const SnapshotLoad load = parseSnapshot(json);
        QVERIFY(!load.snapshot);
        QVERIFY2(load.error.contains(error), qPrintable(load.error));
    }

    void missingFile()
    {
        const SnapshotLoad load = loadSnapshot(QStringLiteral("/nonexistent/stats.json"));
        QVERIFY(!load.snapshot);
        QVERIFY(load.error.contains(QStringLiteral("/nonexistent/stats.json")));
    }
};

QTEST_GUILESS_MAIN(TestStatsSnapshot)
#include "tst_statssnapshot.moc"
