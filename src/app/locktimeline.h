#pragma once

#include "estimate/estimator.h"

#include <QWidget>

namespace migreview::app {

// The lock timeline: one lane per table, the statements of the up migrations laid end to end in
// the order they run (by their expected durations), and for each lock a bar from its statement's
// start to the end of its transaction, coloured by lock mode. Hover shows the details.
class LockTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit LockTimeline(QWidget *parent = nullptr);

    void setReport(const estimate::EstimateReport &report);

    struct Bar
    {
        QString table;
        QString file;
        int line = 0;
        locks::LockMode mode = locks::LockMode::None;
        double startMs = 0;
        double lengthMs = 0; // expected hold; unknown holds are drawn with a minimal length
        bool known = true;
        QString details;
    };
    const QList<Bar> &bars() const { return m_bars; }
    QStringList lanes() const { return m_lanes; }
    // The bar under a point of the widget, or -1.
    int barAt(const QPoint &point) const;
    QSize sizeHint() const override;

    // A colour per lock mode that reads on light and dark backgrounds alike.
    static QColor colorFor(locks::LockMode mode);

Q_SIGNALS:
    void statementActivated(const QString &file, int line);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF barRect(const Bar &bar) const;
    int laneHeight() const;
    int labelWidth() const;

    QList<Bar> m_bars;
    QStringList m_lanes;
    double m_totalMs = 0;
    QString m_emptyText;
};

} // namespace migreview::app
