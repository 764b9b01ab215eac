#include "findingspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMap>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace migreview::app {

FindingsPanel::FindingsPanel(FindingsModel *model, FindingsFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *levels = new QComboBox(this);
    levels->setAccessibleName(tr("Filter the findings by level"));
    levels->setToolTip(tr("Show findings of this level and the more severe ones"));
    levels->addItem(tr("All levels"));
    levels->addItem(tr("Errors"), int(rules::Level::Error));
    levels->addItem(tr("Warnings and errors"), int(rules::Level::Warning));
    m_rules = new QComboBox(this);
    m_rules->setAccessibleName(tr("Filter the findings by rule"));
    m_rules->addItem(tr("All rules"));
    auto *fileFilter = new QLineEdit(this);
    fileFilter->setAccessibleName(tr("Filter the findings by file"));
    fileFilter->setPlaceholderText(tr("Filter by file…"));
    fileFilter->setClearButtonEnabled(true);
    m_onlyShownFile = new QCheckBox(tr("Only &this file"), this);
    m_onlyShownFile->setToolTip(tr("List only the findings of the file the editor shows, following it as you open others"));
    auto *suppressed = new QCheckBox(tr("&Suppressed"), this);
    suppressed->setToolTip(tr("Also list the findings that a comment or the configuration suppressed"));
    auto *help = new QToolButton(this);
    help->setText(tr("Rule &help"));
    help->setToolTip(tr("Show the documentation of the selected finding's rule"));
    bar->addWidget(levels);
    bar->addWidget(m_rules, 1);
    bar->addWidget(fileFilter, 1);
    bar->addWidget(m_onlyShownFile);
    bar->addWidget(suppressed);
    bar->addWidget(help);
    layout->addLayout(bar);

    m_filter->setSourceModel(m_model);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(splitter);
    m_view->setAccessibleName(tr("Findings"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::FileColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Fixed starting widths the user can change: fitting columns to their contents measures every
    // row, which for Lemmy's 4,000 findings costs more than the analysis.
    const int charWidth = m_view->fontMetrics().horizontalAdvance(u'x');
    const int widths[FindingsModel::COLUMN_COUNT] = {13, 22, 70, 24, 6, 22, 12, 10};
    for (int column = 0; column < FindingsModel::COLUMN_COUNT; ++column)
        m_view->setColumnWidth(column, widths[column] * charWidth);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // The whole message and fix of the selected finding, wrapped: the table shows one line each.
    m_details = new QTextBrowser(splitter);
    m_details->setAccessibleName(tr("Details of the selected finding"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a finding to read its whole message and fix here."));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(levels, &QComboBox::currentIndexChanged, this, [this, levels] {
        const QVariant level = levels->currentData();
        m_filter->setLevel(level.isValid() ? std::optional(rules::Level(level.toInt())) : std::nullopt);
    });
    connect(m_rules, &QComboBox::currentIndexChanged, this, [this](int index) { m_filter->setRule(m_rules->itemData(index).toString()); });
    connect(fileFilter, &QLineEdit::textChanged, m_filter, &FindingsFilterModel::setFileText);
    connect(suppressed, &QCheckBox::toggled, m_filter, &FindingsFilterModel::setShowSuppressed);
    connect(m_onlyShownFile, &QCheckBox::toggled, this, [this](bool on) { m_filter->setOnlyFile(on ? m_shownFile : QString()); });
    connect(help, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT helpRequested(current.data(FindingsModel::RuleRole).toString());
    });
    connect(m_view, &QTableView::activated, this, &FindingsPanel::findingActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPanel::showDetails);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { showDetails(m_view->currentIndex()); });
}

void FindingsPanel::updateRules()
{
    const QString rule = m_rules->currentData().toString();
    QMap<QString, int> counts;
    for (const rules::Finding &finding : m_model->findings()) {
        if (!finding.suppressed)
            ++counts[finding.rule];
        else
            counts[finding.rule] += 0;
    }
    const QSignalBlocker blocker(m_rules);
    m_rules->clear();
    m_rules->addItem(tr("All rules"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_rules->addItem(tr("%1 (%2)").arg(it.key()).arg(it.value()), it.key());
    m_rules->setCurrentIndex(std::max(0, m_rules->findData(rule)));
    m_filter->setRule(m_rules->currentData().toString());
}

void FindingsPanel::setShownFile(const QString &relativePath)
{
    m_shownFile = relativePath;
    if (m_onlyShownFile->isChecked())
        m_filter->setOnlyFile(relativePath);
}

void FindingsPanel::showDetails(const QModelIndex &proxyIndex)
{
    const rules::Finding *finding = proxyIndex.isValid() ? m_model->finding(m_filter->mapToSource(proxyIndex)) : nullptr;
    if (!finding) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> &nbsp; %2 &nbsp; <code>%3:%4</code></p><p>%5</p>")
                       .arg(FindingsModel::levelText(finding->level).toHtmlEscaped(), finding->rule.toHtmlEscaped(),
                            finding->file.toHtmlEscaped())
                       .arg(finding->range.begin.line)
                       .arg(finding->message.toHtmlEscaped());
    if (finding->suppressed)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Suppressed by %1").arg(finding->suppressedBy).toHtmlEscaped());
    if (!finding->fix.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>").arg(tr("Fix").toHtmlEscaped(), finding->fix.toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace migreview::app
