#include "sql/sourcetext.h"

#include <QTest>

using namespace migreview::sql;

class TestSourceText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineColumnCountsCharacters()
    {
        // "é" is two bytes, "😀" four: columns count characters, not bytes.
        const SourceText text(QByteArray("ab\né😀x\n\nlast"));
        QCOMPARE(text.lineCount(), 4);
        QCOMPARE(text.lineColumnAt(0), (LineColumn{1, 1}));
        QCOMPARE(text.lineColumnAt(3), (LineColumn{2, 1}));
        QCOMPARE(text.lineColumnAt(5), (LineColumn{2, 2})); // the emoji
        QCOMPARE(text.lineColumnAt(9), (LineColumn{2, 3})); // x
        QCOMPARE(text.lineColumnAt(11), (LineColumn{3, 1}));
        QCOMPARE(text.lineColumnAt(1000), (LineColumn{4, 5})); // clamped to the end
        QCOMPARE(text.lineColumnAt(-5), (LineColumn{1, 1}));
    }

    void utf16OffsetsCountSurrogatePairs()
    {
        const QByteArray bytes("é😀x");
        const SourceText text(bytes);
        QCOMPARE(text.utf16OffsetAt(2), 1);
        QCOMPARE(text.utf16OffsetAt(6), 3);
        QCOMPARE(QString::fromUtf8(bytes).mid(text.utf16OffsetAt(6), 1), QStringLiteral("x"));
    }

    void characterToByte()
    {
        const SourceText text(QByteArray("é😀x"));
        QCOMPARE(text.byteOffsetOfCharacter(0), 0);
        QCOMPARE(text.byteOffsetOfCharacter(1), 2);
        QCOMPARE(text.byteOffsetOfCharacter(2), 6);
        QCOMPARE(text.byteOffsetOfCharacter(99), 7);
    }

    void linesWithoutCarriageReturns()
    {
        const SourceText text(QByteArray("one\r\ntwo\r\n"));
        QCOMPARE(text.lineText(1), QStringLiteral("one"));
        QCOMPARE(text.lineText(2), QStringLiteral("two"));
        QCOMPARE(text.lineText(3), QString());
        QCOMPARE(text.lineText(0), QString());
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reasonStart");
        QTest::addRow("plain") << QByteArray("SELECT 1;") << QString();
        QTest::addRow("utf-8") << QByteArray("SELECT 'é😀';") << QString();
        QTest::addRow("nul") << QByteArray("SELECT\0 1", 9) << QStringLiteral("binary file");
        QTest::addRow("latin-1") << QByteArray("SELECT '\xe9';") << QStringLiteral("not valid UTF-8");
        QTest::addRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("not valid UTF-8");
        QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("not valid UTF-8");
        QTest::addRow("truncated") << QByteArray("abc\xe2\x82") << QStringLiteral("not valid UTF-8");
        QTest::addRow("beyond unicode") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("not valid UTF-8");
    }
    void unreadable()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reasonStart);
        const QString reason = unreadableReason(bytes);
        if (reasonStart.isEmpty())
            QCOMPARE(reason, QString());
        else
            QVERIFY2(reason.startsWith(reasonStart), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestSourceText)
#include "tst_sourcetext.moc"
