#include "connectiondialog.h"
#include "ui_connectiondialog.h"

#include <QDialogButtonBox>
#include <QIntValidator>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace migreview::app {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    m_ui->port->setValidator(new QIntValidator(1, 65535, m_ui->port));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Capture Statistics"));
    connect(m_ui->test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(&m_testing, &QFutureWatcher<stats::ConnectionCheck>::finished, this, [this] {
        m_ui->test->setEnabled(true);
        const stats::ConnectionCheck check = m_testing.result();
        if (check.ok())
            m_ui->result->setText(tr("Connected to %1 as %2 (PostgreSQL %3).").arg(check.database, check.user, check.serverVersion));
        else
            m_ui->result->setText(check.error);
        Q_EMIT tested(check.ok());
    });

    QSettings settings;
    stats::ConnectionParameters remembered;
    remembered.service = settings.value(QStringLiteral("staging/service")).toString();
    remembered.host = settings.value(QStringLiteral("staging/host")).toString();
    remembered.port = settings.value(QStringLiteral("staging/port")).toString();
    remembered.database = settings.value(QStringLiteral("staging/database")).toString();
    remembered.user = settings.value(QStringLiteral("staging/user")).toString();
    setParameters(remembered);
}

ConnectionDialog::~ConnectionDialog()
{
    m_testing.waitForFinished(); // the check holds no reference to the dialog, but finish cleanly
}

stats::ConnectionParameters ConnectionDialog::parameters() const
{
    return {m_ui->service->text().trimmed(), m_ui->host->text().trimmed(), m_ui->port->text().trimmed(),
            m_ui->database->text().trimmed(), m_ui->user->text().trimmed(), m_ui->password->text()};
}

void ConnectionDialog::setParameters(const stats::ConnectionParameters &parameters)
{
    m_ui->service->setText(parameters.service);
    m_ui->host->setText(parameters.host);
    m_ui->port->setText(parameters.port);
    m_ui->database->setText(parameters.database);
    m_ui->user->setText(parameters.user);
    m_ui->password->setText(parameters.password);
}

void ConnectionDialog::testConnection()
{
    if (m_testing.isRunning())
        return;
    m_ui->test->setEnabled(false);
    m_ui->result->setText(tr("Connecting…"));
    m_testing.setFuture(QtConcurrent::run([dsn = connectionString()] { return stats::testConnection(dsn); }));
}

QString ConnectionDialog::testResult() const
{
    return m_ui->result->text();
}

void ConnectionDialog::setAcceptText(const QString &text)
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void ConnectionDialog::accept()
{
    const stats::ConnectionParameters fields = parameters();
    QSettings settings;
    settings.setValue(QStringLiteral("staging/service"), fields.service);
    settings.setValue(QStringLiteral("staging/host"), fields.host);
    settings.setValue(QStringLiteral("staging/port"), fields.port);
    settings.setValue(QStringLiteral("staging/database"), fields.database);
    settings.setValue(QStringLiteral("staging/user"), fields.user);
    QDialog::accept();
}

} // namespace migreview::app
