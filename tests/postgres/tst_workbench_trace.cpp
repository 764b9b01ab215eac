// The workbench's trace, on a PostgreSQL 17 from the fixture: started from the window, off the GUI
// thread, its result in the Trace and Distributions views, the copy dropped.
#include "temporarypostgres.h"

#include "appsetup.h"
#include "mainwindow.h"
#include "traceviews.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace migreview;

// docs/take-trace-screenshot.sh sets MIGREVIEW_SCREENSHOT to a PNG path (and
// MIGREVIEW_SCREENSHOT_SCHEME): the window with the Distributions view in front, as traced here.
void saveScreenshotIfAsked(app::MainWindow &window)
{
    const QString output = qEnvironmentVariable("MIGREVIEW_SCREENSHOT");
    if (output.isEmpty())
        return;
    const QString scheme = qEnvironmentVariable("MIGREVIEW_SCREENSHOT_SCHEME", QStringLiteral("light"));
    QVERIFY(app::applyColorScheme(*qApp, scheme, nullptr));
    window.resize(1280, 800);
    window.show();
    auto *dock = qobject_cast<QDockWidget *>(window.distributionsView()->parentWidget());
    QVERIFY(dock);
    dock->show();
    dock->raise();
    window.resizeDocks({dock}, {430}, Qt::Vertical);
    window.resizeDocks({dock}, {900}, Qt::Horizontal);
    window.distributionsView()->columnList()->setCurrentRow(0);
    QTest::qWait(500);
    QVERIFY(window.grab().save(output));
}

class TestWorkbenchTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tracesFromTheWindow()
    {
        TemporaryPostgres postgres;
        QVERIFY2(postgres.start(), qPrintable(postgres.errorString()));
        QVERIFY(executeSql(postgres.connectionString(), "CREATE DATABASE shop"));
        QVERIFY(executeSql(postgres.connectionString(QStringLiteral("shop")),
                        "CREATE TABLE prices (id bigint PRIMARY KEY, amount numeric NOT NULL);"
                        "INSERT INTO prices SELECT g, g % 50 + 1 FROM generate_series(1, 500) g;"));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("V1__cents.sql")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("UPDATE prices SET amount = amount * 100;\n");
        file.close();

        app::MainWindow window;
        QSignalSpy analysed(&window, &app::MainWindow::findingsChanged);
        QVERIFY(window.openRepository(dir.path()));
        QVERIFY(analysed.wait(30000) || analysed.count() == 1);
        QSignalSpy traced(&window, &app::MainWindow::traceFinished);
        window.startTrace(postgres.connectionString(QStringLiteral("shop")));
        QVERIFY(window.isTracing());
        QVERIFY(traced.wait(120000) || traced.count() == 1);
        QVERIFY2(window.traceResult().ok(), qPrintable(window.traceResult().error));
        QVERIFY(window.traceResult().scratchDropped);
        QCOMPARE(window.traceTable()->table()->rowCount(), 1);
        QCOMPARE(window.traceTable()->table()->item(0, app::TraceTable::RowsColumn)->text(), QStringLiteral("500"));
        QCOMPARE(window.distributionsView()->columnList()->count(), 1);
        QCOMPARE(window.distributionsView()->columnList()->item(0)->text(), QStringLiteral("prices.amount"));
        QVERIFY(window.traceResult().hasDrift());
        saveScreenshotIfAsked(window);

        // The same by copying the table instead of TEMPLATE: the summary says how the copy was made.
        window.startTrace(postgres.connectionString(QStringLiteral("shop")), {}, migreview::trace::ScratchMethod::Copy, 100);
        QVERIFY(traced.wait(120000) || traced.count() == 2);
        QVERIFY2(window.traceResult().ok(), qPrintable(window.traceResult().error));
        QCOMPARE(window.traceResult().scratchMethod, migreview::trace::ScratchMethod::Copy);
        const QString summary = window.traceTable()->summary();
        QVERIFY2(summary.contains(QStringLiteral("copying the schema and the touched tables")) && summary.contains(QStringLiteral("prices was copied as a sample")),
                 qPrintable(summary));
        QVERIFY(window.traceResult().copiedTables.at(0).copiedRows < 500);
    }
};

QTEST_MAIN(TestWorkbenchTrace)
#include "tst_workbench_trace.moc"
