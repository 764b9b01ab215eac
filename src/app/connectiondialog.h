#pragma once

#include "stats/connection.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace migreview::app {

// Where to capture statistics from: a libpq service name, or host, port, database and user. The
// password is asked for here and kept in memory only; the other fields are remembered for next
// time. "Test Connection" connects off the GUI thread and says who and where it reached, or why not.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    stats::ConnectionParameters parameters() const;
    void setParameters(const stats::ConnectionParameters &parameters);
    QString connectionString() const { return stats::connectionString(parameters()); }
    void testConnection();
    bool isTesting() const { return m_testing.isRunning(); }
    QString testResult() const;

    void accept() override; // remembers the fields but the password
    void setAcceptText(const QString &text); // "Capture Statistics" by default

Q_SIGNALS:
    void tested(bool ok);

private:
    std::unique_ptr<Ui::ConnectionDialog> m_ui; // forms/connectiondialog.ui
    QFutureWatcher<stats::ConnectionCheck> m_testing;
};

} // namespace migreview::app
