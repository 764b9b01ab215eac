#include "traceoptionsdialog.h"
#include "ui_traceoptionsdialog.h"

#include <QPushButton>
#include <QSettings>

namespace migreview::app {

TraceOptionsDialog::TraceOptionsDialog(const QString &shownMigration, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TraceOptionsDialog>())
{
    m_ui->setupUi(this);
    m_ui->what->addItem(tr("All up migrations"));
    if (!shownMigration.isEmpty())
        m_ui->what->addItem(tr("Only migration %1").arg(shownMigration), shownMigration);
    m_ui->scratchMethod->addItem(tr("Automatic: template, else a copy, else a local server"), int(trace::ScratchMethod::Automatic));
    m_ui->scratchMethod->addItem(tr("CREATE DATABASE … TEMPLATE (no other session on the source)"), int(trace::ScratchMethod::Template));
    m_ui->scratchMethod->addItem(tr("Copy the schema and the touched tables on the same server"), int(trace::ScratchMethod::Copy));
    m_ui->scratchMethod->addItem(tr("Copy them into a local PostgreSQL 17 started for the trace"), int(trace::ScratchMethod::Local));
    QSettings settings;
    m_ui->scratchMethod->setCurrentIndex(std::max(0, m_ui->scratchMethod->findData(settings.value(QStringLiteral("trace/scratchMethod"), 0).toInt())));
    m_ui->rowLimit->setValue(settings.value(QStringLiteral("trace/copyRowLimit"), 1000000).toInt());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Trace"));
}

TraceOptionsDialog::~TraceOptionsDialog() = default;

QString TraceOptionsDialog::onlyMigration() const
{
    return m_ui->what->currentData().toString();
}

trace::ScratchMethod TraceOptionsDialog::scratchMethod() const
{
    return trace::ScratchMethod(m_ui->scratchMethod->currentData().toInt());
}

int TraceOptionsDialog::copyRowLimit() const
{
    return m_ui->rowLimit->value();
}

void TraceOptionsDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("trace/scratchMethod"), int(scratchMethod()));
    settings.setValue(QStringLiteral("trace/copyRowLimit"), copyRowLimit());
    QDialog::accept();
}

} // namespace migreview::app
