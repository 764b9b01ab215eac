#include "connectiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace migreview::app {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_service(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Connect to a Staging Server"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Statistics are read in a read-only transaction; nothing is written to the server."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_service->setPlaceholderText(tr("optional: a name from pg_service.conf"));
    m_host->setPlaceholderText(tr("localhost"));
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in memory only; or from ~/.pgpass"));
    const std::pair<QLineEdit *, QString> rows[] = {
        {m_service, tr("&Service:")}, {m_host, tr("&Host:")}, {m_port, tr("&Port:")},
        {m_database, tr("&Database:")}, {m_user, tr("&User:")}, {m_password, tr("Pass&word:")},
    };
    for (const auto &[edit, label] : rows) {
        form->addRow(label, edit);
        edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    }
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Connection test result"));
    form->addRow(m_test, m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_accept = buttons->button(QDialogButtonBox::Ok);
    m_accept->setText(tr("&Capture Statistics"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(&m_testing, &QFutureWatcher<stats::ConnectionCheck>::finished, this, [this] {
        m_test->setEnabled(true);
        const stats::ConnectionCheck check = m_testing.result();
        if (check.ok())
            m_result->setText(tr("Connected to %1 as %2 (PostgreSQL %3).").arg(check.database, check.user, check.serverVersion));
        else
            m_result->setText(check.error);
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
    return {m_service->text().trimmed(), m_host->text().trimmed(), m_port->text().trimmed(),
            m_database->text().trimmed(), m_user->text().trimmed(), m_password->text()};
}

void ConnectionDialog::setParameters(const stats::ConnectionParameters &parameters)
{
    m_service->setText(parameters.service);
    m_host->setText(parameters.host);
    m_port->setText(parameters.port);
    m_database->setText(parameters.database);
    m_user->setText(parameters.user);
    m_password->setText(parameters.password);
}

void ConnectionDialog::testConnection()
{
    if (m_testing.isRunning())
        return;
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    m_testing.setFuture(QtConcurrent::run([dsn = connectionString()] { return stats::testConnection(dsn); }));
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

void ConnectionDialog::setAcceptText(const QString &text)
{
    m_accept->setText(text);
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
