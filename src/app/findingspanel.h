#pragma once

#include "findingsmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableView;
class QTextBrowser;

namespace migreview::app {

// The findings dock's contents: the filter bar (level and above, rule with counts, file text,
// only the shown file, suppressed), the table, and a details pane that shows the selected
// finding's whole message and fix, wrapped.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    FindingsPanel(FindingsModel *model, FindingsFilterModel *filter, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    QCheckBox *onlyShownFile() const { return m_onlyShownFile; }
    QComboBox *rules() const { return m_rules; }

    // Refills the rule filter from the model's findings ("rule (count)"), keeping the choice.
    void updateRules();
    // The file the editor shows (relative to the repository root): with "Only this file" on, the
    // table lists its findings alone.
    void setShownFile(const QString &relativePath);

Q_SIGNALS:
    void findingActivated(const QModelIndex &proxyIndex);
    void helpRequested(const QString &rule);

private:
    void showDetails(const QModelIndex &proxyIndex);

    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QComboBox *m_rules = nullptr;
    QCheckBox *m_onlyShownFile = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QString m_shownFile;
};

} // namespace migreview::app
