#pragma once

#include "trace/trace.h"

#include <QWidget>

class QChart;
class QChartView;
class QListWidget;
class QTableWidget;
class QLabel;

namespace migreview::app {

// The Distributions view of a trace: the touched columns (drifted ones first, marked), and for the
// selected one its before and after overlaid in a chart (histogram bars on the same bins for
// numbers and times, the most common values for the rest) and a table of the drift figures.
class DistributionsView : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionsView(QWidget *parent = nullptr);

    void setResult(const trace::TraceResult &result);
    void showColumn(int index); // index into the result's distributions
    QListWidget *columnList() const { return m_columns; }
    QChartView *chartView() const { return m_chart; }
    QTableWidget *figures() const { return m_figures; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // QChartView::setChart releases the previous chart without deleting it: this deletes it.
    void replaceChart(QChart *chart);

    trace::TraceResult m_result;
    QListWidget *m_columns;
    QChartView *m_chart;
    QTableWidget *m_figures;
    QLabel *m_reasons; // why the column drifted, in full (a chart title would cut it)
};

// The Trace view: per statement, measured beside estimated, rows, rewrite, locks and WAL.
class TraceTable : public QWidget
{
    Q_OBJECT
public:
    enum Columns { StatementColumn, MeasuredColumn, EstimatedColumn, RowsColumn, RewriteColumn, WalColumn, LocksColumn, COLUMN_COUNT };
    explicit TraceTable(QWidget *parent = nullptr);

    void setResult(const trace::TraceResult &result);
    QTableWidget *table() const { return m_table; }
    QString summary() const;

Q_SIGNALS:
    void statementActivated(const QString &file, int line);

private:
    QLabel *m_summary;
    QTableWidget *m_table;
    trace::TraceResult m_result;
};

} // namespace migreview::app
