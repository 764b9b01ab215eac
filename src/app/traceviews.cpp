#include "traceviews.h"

#include "icons.h"

#include "estimate/costmodel.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace migreview::app {

namespace {

QString number(double value)
{
    return std::abs(value) >= 1e6 || (value != 0 && std::abs(value) < 1e-3) ? QString::number(value, 'g', 3) : QString::number(value, 'f', std::abs(value) < 10 ? 2 : 0);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

DistributionsView::DistributionsView(QWidget *parent)
    : QWidget(parent)
    , m_columns(new QListWidget(this))
    , m_chart(new QChartView(this))
    , m_figures(new QTableWidget(this))
    , m_reasons(new QLabel(this))
{
    // Three panes side by side: the dock is wide and short, and the chart needs the width.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_columns->setAccessibleName(tr("Touched columns"));
    splitter->addWidget(m_columns);
    m_chart->setAccessibleName(tr("Distribution before and after"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(320, 200);
    splitter->addWidget(m_chart);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_reasons);
    m_figures->setAccessibleName(tr("Drift figures"));
    m_figures->setColumnCount(3);
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Before"), tr("After")});
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setStretchLastSection(true);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rightLayout->addWidget(m_figures, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({140, 520, 380});
    layout->addWidget(splitter);
    connect(m_columns, &QListWidget::currentRowChanged, this, &DistributionsView::showColumn);
    setResult({});
}

void DistributionsView::setResult(const trace::TraceResult &result)
{
    m_result = result;
    m_columns->clear();
    for (const trace::Distribution &d : m_result.distributions) {
        auto *item = new QListWidgetItem(QStringLiteral("%1.%2").arg(d.table, d.column), m_columns);
        if (d.flagged) {
            item->setIcon(levelIcon(rules::Level::Warning));
            item->setToolTip(tr("Drift: %1").arg(d.reasons.join(QStringLiteral("; "))));
        }
    }
    if (m_result.distributions.empty()) {
        auto *chart = new QChart;
        chart->setTitle(tr("Run a trace (Trace › Trace on a Scratch Copy…) to compare the touched columns before and after."));
        replaceChart(chart);
        m_figures->setRowCount(0);
        m_reasons->clear();
        return;
    }
    m_columns->setCurrentRow(0);
}

void DistributionsView::changeEvent(QEvent *event)
{
    // The chart's colours are the palette's at drawing time: draw it again for light or dark.
    if (event->type() == QEvent::PaletteChange && m_columns->currentRow() >= 0)
        showColumn(m_columns->currentRow());
    QWidget::changeEvent(event);
}

void DistributionsView::replaceChart(QChart *chart)
{
    // Found by ./dev test --sanitize: every column shown, and every palette change, leaked a chart.
    QChart *previous = m_chart->chart();
    m_chart->setChart(chart);
    delete previous;
}

void DistributionsView::showColumn(int index)
{
    if (index < 0 || size_t(index) >= m_result.distributions.size())
        return;
    const trace::Distribution &d = m_result.distributions[size_t(index)];
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("%1.%2").arg(d.table, d.column));
    m_reasons->setText(d.flagged ? tr("Drift: %1").arg(d.reasons.join(QStringLiteral("; "))) : tr("No drift over the thresholds."));
    auto *before = new QBarSet(tr("Before"));
    auto *after = new QBarSet(tr("After"));
    before->setColor(QColor(0x3f, 0x8f, 0xd2));
    after->setColor(QColor(0xe8, 0x90, 0x2c));
    QStringList categories;
    if (d.numeric && !d.binEdges.empty()) {
        for (size_t bin = 0; bin + 1 < d.binEdges.size(); ++bin) {
            categories.push_back(number(d.binEdges[bin]));
            *before << double(bin < d.before.histogram.size() ? d.before.histogram[bin] : 0);
            *after << double(bin < d.after.histogram.size() ? d.after.histogram[bin] : 0);
        }
    } else {
        // The most common values of either side, each with its count before and after.
        QStringList values;
        for (const auto *side : {&d.before.topValues, &d.after.topValues}) {
            for (const auto &[value, count] : *side) {
                if (!values.contains(value))
                    values.push_back(value);
            }
        }
        const auto countOf = [](const std::vector<std::pair<QString, qint64>> &top, const QString &value) {
            for (const auto &[v, count] : top) {
                if (v == value)
                    return double(count);
            }
            return 0.0;
        };
        for (const QString &value : std::as_const(values)) {
            categories.push_back(value);
            *before << countOf(d.before.topValues, value);
            *after << countOf(d.after.topValues, value);
        }
    }
    auto *series = new QBarSeries;
    series->append(before);
    series->append(after);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    // Numbers: the bin edges as values on the axis, a few of them (twenty side by side do not
    // fit and Qt elides them all); other values: one category per bar.
    QAbstractAxis *axisX = nullptr;
    if (d.numeric && !d.binEdges.empty()) {
        auto *edges = new QCategoryAxis;
        const int bins = int(d.binEdges.size()) - 1;
        edges->setRange(-0.5, bins - 0.5);
        edges->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int step = std::max(1, bins / 4);
        for (int edge = 0; edge <= bins; edge += step)
            edges->append(number(d.binEdges[size_t(edge)]), edge - 0.5);
        edges->setTitleText(d.column);
        axisX = edges;
    } else {
        auto *values = new QBarCategoryAxis;
        values->append(categories);
        values->setTitleText(d.column);
        if (categories.size() > 6)
            values->setLabelsAngle(-45);
        axisX = values;
    }
    auto *axisY = new QValueAxis;
    axisY->setTitleText(d.before.sampled || d.after.sampled ? tr("rows (sample)") : tr("rows"));
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The chart follows the palette: light or dark.
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    for (QAbstractAxis *axis : {axisX, static_cast<QAbstractAxis *>(axisY)}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
    }
    connect(series, &QBarSeries::hovered, this, [categories](bool status, int bin, QBarSet *set) {
        if (status && bin >= 0 && bin < categories.size())
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2 — %3").arg(set->label(), categories[bin], QString::number(set->at(bin))));
    });
    replaceChart(chart);

    const std::vector<std::tuple<QString, QString, QString>> rows{
        {tr("Rows"), QString::number(d.before.rows), QString::number(d.after.rows)},
        {tr("Null fraction"), number(d.before.nullFraction), number(d.after.nullFraction)},
        {tr("Distinct values"), QString::number(d.before.distinct), QString::number(d.after.distinct)},
        {tr("Minimum"), d.before.min, d.after.min},
        {tr("Maximum"), d.before.max, d.after.max},
        {tr("Population stability index"), QString(), d.psi < 0 ? QString() : number(d.psi)},
        {tr("Kolmogorov-Smirnov distance"), QString(), d.ks < 0 ? QString() : number(d.ks)},
        {tr("Sampled"), d.before.sampled ? tr("%n row(s)", nullptr, int(d.before.sampleRows)) : tr("no"),
         d.after.sampled ? tr("%n row(s)", nullptr, int(d.after.sampleRows)) : tr("no")},
        {tr("Targeted by the WHEREs"), d.targetedRows < 0 ? QString() : QString::number(d.targetedRows), QString()},
        {tr("Changed outside the WHEREs"), QString(), d.untargetedChanged < 0 ? d.untargetedNote : QString::number(d.untargetedChanged)},
    };
    m_figures->setRowCount(int(rows.size()));
    for (int row = 0; row < int(rows.size()); ++row) {
        const auto &[figure, was, is] = rows[size_t(row)];
        m_figures->setItem(row, 0, cell(figure));
        m_figures->setItem(row, 1, cell(was, Qt::AlignRight | Qt::AlignVCenter));
        m_figures->setItem(row, 2, cell(is, Qt::AlignRight | Qt::AlignVCenter));
    }
    m_figures->resizeColumnToContents(0);
}

TraceTable::TraceTable(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setAccessibleName(tr("Traced statements"));
    m_table->setColumnCount(COLUMN_COUNT);
    m_table->setHorizontalHeaderLabels({tr("Statement"), tr("Measured"), tr("Estimated"), tr("Rows"), tr("Rewrite"), tr("WAL"), tr("Locks")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && size_t(row) < m_result.statements.size())
            Q_EMIT statementActivated(m_result.statements[size_t(row)].file, m_result.statements[size_t(row)].line);
    });
    setResult({});
}

QString TraceTable::summary() const
{
    return m_summary->text();
}

void TraceTable::setResult(const trace::TraceResult &result)
{
    m_result = result;
    if (result.scratchDatabase.isEmpty() && result.error.isEmpty())
        m_summary->setText(tr("No trace yet: Trace › Trace on a Scratch Copy… runs the migrations on a copy of a staging database."));
    else if (!result.error.isEmpty())
        m_summary->setText(tr("The trace stopped: %1").arg(result.error));
    else if (result.cancelled)
        m_summary->setText(tr("The trace was cancelled; the scratch copy was %1.").arg(result.scratchDropped ? tr("dropped") : tr("NOT dropped")));
    else
        m_summary->setText(tr("Traced on a scratch copy of %1 (PostgreSQL %2) made by %3, %4.")
                               .arg(result.sourceDatabase, result.serverVersion, trace::scratchMethodDescription(result.scratchMethod),
                                    result.scratchDropped ? tr("dropped afterwards") : tr("NOT dropped")));
    if (!result.scratchNotes.isEmpty()) // sampled tables, NOT VALID keys: the reader must know
        m_summary->setText(m_summary->text() + u'\n' + result.scratchNotes.join(u'\n'));
    m_table->setRowCount(int(result.statements.size()));
    for (int row = 0; row < int(result.statements.size()); ++row) {
        const trace::TracedStatement &s = result.statements[size_t(row)];
        QStringList locks;
        for (const trace::TracedLock &lock : s.locks)
            locks.push_back(tr("%1 on %2").arg(lock.mode, lock.relation));
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_table->setItem(row, StatementColumn, cell(QStringLiteral("%1:%2 %3").arg(s.file).arg(s.line).arg(s.commandTag)));
        m_table->setItem(row, MeasuredColumn, cell(estimate::humanDuration(s.durationMs), right));
        m_table->setItem(row, EstimatedColumn, cell(s.estimateMs < 0 ? tr("unknown") : estimate::humanDuration(s.estimateMs), right));
        m_table->setItem(row, RowsColumn, cell(s.rows < 0 ? QString() : QString::number(s.rows), right));
        m_table->setItem(row, RewriteColumn, cell(s.rewritten.join(QStringLiteral(", "))));
        m_table->setItem(row, WalColumn, cell(tr("%1 kB").arg(double(s.walBytes) / 1024, 0, 'f', 1), right));
        m_table->setItem(row, LocksColumn, cell(locks.join(QStringLiteral(", "))));
    }
    m_table->resizeColumnsToContents();
}

} // namespace migreview::app
