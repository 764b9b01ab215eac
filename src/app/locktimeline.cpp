#include "locktimeline.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace migreview::app {

namespace {

QString humanTime(double ms)
{
    return estimate::humanDuration(ms);
}

} // namespace

LockTimeline::LockTimeline(QWidget *parent)
    : QWidget(parent)
    , m_emptyText(tr("Load a statistics snapshot to see how long each table is locked."))
{
    setMouseTracking(true);
    setMinimumHeight(80);
}

QColor LockTimeline::colorFor(locks::LockMode mode)
{
    // Mid-tone hues: dark text on them on a light theme, and they stand out on a dark one.
    switch (mode) {
    case locks::LockMode::AccessExclusive:
        return QColor(0xd9, 0x48, 0x3b); // red: reads and writes wait
    case locks::LockMode::Exclusive:
    case locks::LockMode::ShareRowExclusive:
    case locks::LockMode::Share:
        return QColor(0xe8, 0x9a, 0x2c); // orange: writes wait
    case locks::LockMode::ShareUpdateExclusive:
        return QColor(0x3f, 0x8f, 0xd2); // blue: other DDL waits
    default:
        return QColor(0x7a, 0xa8, 0x6a); // green: row-level only
    }
}

void LockTimeline::setReport(const estimate::EstimateReport &report)
{
    m_bars.clear();
    m_lanes.clear();
    double clock = 0;
    for (const estimate::StatementEstimate &statement : report.statements) {
        const double start = clock;
        clock += statement.duration.known ? statement.duration.expected : 0;
        for (const locks::RelationLock &lock : statement.locks) {
            if (lock.mode < locks::LockMode::ShareUpdateExclusive)
                continue; // row-level and read locks do not block other sessions' reads and writes
            // A lock already held in the same transaction does not start a new bar.
            const bool held = std::any_of(m_bars.begin(), m_bars.end(), [&](const Bar &bar) {
                return bar.table == lock.relation && bar.startMs + bar.lengthMs >= start + (statement.hold.known ? statement.hold.expected : 0)
                    && bar.startMs <= start && bar.mode >= lock.mode;
            });
            if (held)
                continue;
            Bar bar;
            bar.table = lock.relation;
            bar.file = statement.file;
            bar.line = statement.line;
            bar.mode = lock.mode;
            bar.startMs = start;
            bar.known = statement.hold.known;
            bar.lengthMs = statement.hold.known ? statement.hold.expected : 0;
            bar.details = tr("%1 on %2 (%3:%4, %5)\n%6\nheld %7")
                              .arg(locks::lockModeName(lock.mode), lock.relation, statement.file)
                              .arg(statement.line)
                              .arg(statement.commandTag, locks::blockedWork(lock.mode),
                                   statement.hold.known ? tr("~%1 (%2 to %3)")
                                                              .arg(humanTime(statement.hold.expected), humanTime(statement.hold.low),
                                                                   humanTime(statement.hold.high))
                                                        : tr("for an unknown time: %1").arg(statement.hold.reason));
            m_bars.push_back(bar);
            if (!m_lanes.contains(lock.relation))
                m_lanes.push_back(lock.relation);
        }
    }
    m_totalMs = 0;
    for (const Bar &bar : std::as_const(m_bars))
        m_totalMs = std::max(m_totalMs, bar.startMs + bar.lengthMs);
    m_emptyText = m_bars.isEmpty() ? tr("No statement of the up migrations locks an existing table against other sessions.") : QString();
    updateGeometry();
    update();
}

int LockTimeline::laneHeight() const
{
    return fontMetrics().height() + 8;
}

int LockTimeline::labelWidth() const
{
    int width = 60;
    for (const QString &lane : m_lanes)
        width = std::max(width, fontMetrics().horizontalAdvance(lane) + 12);
    return std::min(width, 220);
}

QSize LockTimeline::sizeHint() const
{
    return {600, std::max(80, int(m_lanes.size() + 1) * laneHeight() + 8)};
}

QRectF LockTimeline::barRect(const Bar &bar) const
{
    const double left = labelWidth();
    const double span = std::max(1.0, double(width()) - left - 8);
    const double scale = m_totalMs > 0 ? span / m_totalMs : 0;
    const int lane = int(m_lanes.indexOf(bar.table));
    const double x = left + bar.startMs * scale;
    const double w = std::max(3.0, bar.lengthMs * scale); // even an instant lock stays visible
    return {x, double(lane * laneHeight() + 4), w, double(laneHeight() - 6)};
}

int LockTimeline::barAt(const QPoint &point) const
{
    for (qsizetype i = m_bars.size() - 1; i >= 0; --i) {
        if (barRect(m_bars[i]).adjusted(-1, 0, 1, 0).contains(point))
            return int(i);
    }
    return -1;
}

void LockTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_emptyText.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
        return;
    }
    for (qsizetype lane = 0; lane < m_lanes.size(); ++lane) {
        const QRect row(0, int(lane) * laneHeight(), width(), laneHeight());
        if (lane % 2)
            painter.fillRect(row, palette().color(QPalette::AlternateBase));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(row.adjusted(4, 0, -4, 0).intersected(QRect(0, row.top(), labelWidth() - 4, row.height())),
                         Qt::AlignVCenter | Qt::AlignLeft, fontMetrics().elidedText(m_lanes[lane], Qt::ElideMiddle, labelWidth() - 8));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Bar &bar : std::as_const(m_bars)) {
        QColor color = colorFor(bar.mode);
        if (!bar.known)
            color.setAlpha(110); // unknown hold: a faint marker at the start
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(barRect(bar), 3, 3);
    }
    // The time scale: total expected time of the up migrations.
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int axis = int(m_lanes.size()) * laneHeight() + 2;
    painter.drawText(QRect(labelWidth(), axis, width() - labelWidth() - 8, fontMetrics().height()), Qt::AlignRight,
                     tr("total %1 (expected)").arg(humanTime(m_totalMs)));
}

bool LockTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_bars[index].details, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void LockTimeline::mousePressEvent(QMouseEvent *event)
{
    const int index = barAt(event->position().toPoint());
    if (index >= 0)
        Q_EMIT statementActivated(m_bars[index].file, m_bars[index].line);
    QWidget::mousePressEvent(event);
}

} // namespace migreview::app
