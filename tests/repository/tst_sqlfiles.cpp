#include "repository/sqlfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace migreview::repository;

namespace {
void touch(const QString &path, const QByteArray &contents = "SELECT 1;")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}
} // namespace

class TestSqlFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void naturalOrder_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addRow("numbers by value") << QStringLiteral("V2__b.sql") << QStringLiteral("V10__a.sql");
        QTest::addRow("leading zeros") << QStringLiteral("0002_x") << QStringLiteral("10_x");
        QTest::addRow("text") << QStringLiteral("a.sql") << QStringLiteral("b.sql");
        QTest::addRow("prefix first") << QStringLiteral("1_x") << QStringLiteral("1_x_y");
        QTest::addRow("huge numbers") << QStringLiteral("20240101000000000000000001_a") << QStringLiteral("20240101000000000000000002_a");
        QTest::addRow("down before up") << QStringLiteral("0001_a.down.sql") << QStringLiteral("0001_a.up.sql");
    }
    void naturalOrder()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QVERIFY(naturalLess(left, right));
        QVERIFY(!naturalLess(right, left));
        QVERIFY(!naturalLess(left, left));
    }

    void collectsRecursivelyInOrder()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("V10__c.sql")));
        touch(dir.filePath(QStringLiteral("V2__b.sql")));
        touch(dir.filePath(QStringLiteral("sub/V1__a.sql")));
        touch(dir.filePath(QStringLiteral("notes.txt")));
        touch(dir.filePath(QStringLiteral(".git/hooks/x.sql")));
        const QStringList files = collectSqlFiles(dir.path());
        QCOMPARE(files, (QStringList{dir.filePath(QStringLiteral("V2__b.sql")), dir.filePath(QStringLiteral("V10__c.sql")),
                                     dir.filePath(QStringLiteral("sub/V1__a.sql"))}));
    }

    void relativePathsStayRelative()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("db/V1__a.sql")));
        const QString previous = QDir::currentPath();
        QDir::setCurrent(dir.path());
        const QStringList files = collectSqlFiles(QStringLiteral("db"));
        const QStringList withSlash = collectSqlFiles(QStringLiteral("./db/"));
        QDir::setCurrent(previous);
        QCOMPARE(files, QStringList{QStringLiteral("db/V1__a.sql")});
        QCOMPARE(withSlash, QStringList{QStringLiteral("db/V1__a.sql")});
    }

    void missingPath()
    {
        QString error;
        QVERIFY(collectSqlFiles(QStringLiteral("/nonexistent/migreview"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("no such file or folder")), qPrintable(error));
    }

    void refusesHugeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.sql"));
        touch(path, QByteArray(4096, ' '));
        const FileContents contents = readSqlFile(path, 1024);
        QVERIFY(contents.bytes.isEmpty());
        QVERIFY2(contents.error.contains(QStringLiteral("too large")), qPrintable(contents.error));
        QVERIFY(readSqlFile(path).error.isEmpty());
    }

    void unreadableFile()
    {
        const FileContents contents = readSqlFile(QStringLiteral("/nonexistent/x.sql"));
        QVERIFY(!contents.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqlFiles)
#include "tst_sqlfiles.moc"
