#pragma once

#include "report/reviewbuild.h"
#include "report/signing.h"
#include "reportrender/reviewrender.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

namespace Ui {
class ExportDialog;
}

namespace migreview::app {

// File › Export Review… (docs/report.md, "In the workbench"): the format, the file, the sign-offs,
// the OpenPGP key to sign with; the review is made and written off the GUI thread with a progress
// bar and Cancel, and opened in the system's viewer on request.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // request: the repository and what the window knows (statistics, trace); the dialog adds the
    // sign-offs and the time.
    ExportDialog(report::ReviewRequest request, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // For tests and for the dialog's own fields.
    void setFormat(report::ReviewFormat format);
    void setOutputPath(const QString &path);
    void setSigningKey(const QString &fingerprint); // must be one of the listed keys; empty: unsigned
    void addSignOff(const report::SignOff &signOff);
    // The unsuppressed errors of what is reviewed: approving over them needs a justification.
    void setUnsuppressedErrors(int count) { m_unsuppressedErrors = count; }
    QString statusText() const;
    void setOpenWhenDone(bool open);
    QStringList keyFingerprints() const; // the keys offered, in order
    // The keys are listed off the GUI thread (gpg may first start its agent); until then only
    // "Do not sign" is offered and Export waits.
    bool keysListed() const { return m_keysListed; }
    bool isExporting() const { return m_exporting.isRunning(); }
    reportrender::ExportResult lastResult() const { return m_result; }

    void startExport();
    void accept() override; // starts the export; the dialog closes when it is written

Q_SIGNALS:
    void exported(bool ok);
    void signingKeysListed();

private:
    int m_unsuppressedErrors = 0;
    void browse();
    void updateSuffix();
    void finishExport();
    void showSigningKeys();
    std::vector<report::SignOff> signOffs() const;

    report::ReviewRequest m_request;
    std::unique_ptr<Ui::ExportDialog> m_ui; // forms/exportdialog.ui
    QFutureWatcher<reportrender::ExportResult> m_exporting;
    struct KeyListing
    {
        std::vector<report::SigningKey> keys;
        QString error;
    };
    QFutureWatcher<KeyListing> m_keyListing;
    bool m_keysListed = false;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    reportrender::ExportResult m_result;
};

} // namespace migreview::app
