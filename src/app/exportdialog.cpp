#include "exportdialog.h"
#include "ui_exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimeZone>
#include <QUrl>
#include <QtConcurrent>

namespace migreview::app {

namespace {

enum SignOffColumn { NameColumn, EmailColumn, RoleColumn, VerdictColumn, CommentColumn, ColumnCount };

QString suffixOf(report::ReviewFormat format)
{
    switch (format) {
    case report::ReviewFormat::Json:
        return QStringLiteral("json");
    case report::ReviewFormat::Html:
        return QStringLiteral("html");
    case report::ReviewFormat::Pdf:
        return QStringLiteral("pdf");
    case report::ReviewFormat::Sarif:
        return QStringLiteral("sarif");
    case report::ReviewFormat::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(report::ReviewRequest request, QWidget *parent)
    : QDialog(parent)
    , m_request(std::move(request))
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->format->addItem(tr("JSON (canonical; what gets signed)"), int(report::ReviewFormat::Json));
    m_ui->format->addItem(tr("HTML (one self-contained file)"), int(report::ReviewFormat::Html));
    m_ui->format->addItem(tr("PDF"), int(report::ReviewFormat::Pdf));
    m_ui->format->addItem(tr("SARIF 2.1.0 (code scanning)"), int(report::ReviewFormat::Sarif));
    m_ui->format->addItem(tr("Markdown (a pull-request comment)"), int(report::ReviewFormat::Markdown));
    m_ui->key->addItem(tr("Do not sign"), QString());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    // The last choices come back.
    QSettings settings;
    setFormat(report::ReviewFormat(settings.value(QStringLiteral("export/format"), int(report::ReviewFormat::Html)).toInt()));
    m_ui->openWhenDone->setChecked(settings.value(QStringLiteral("export/open"), true).toBool());
    const QString directory = settings.value(QStringLiteral("export/directory"), m_request.path).toString();
    m_ui->path->setText(QDir(directory).filePath(QStringLiteral("review.") + suffixOf(report::ReviewFormat(m_ui->format->currentData().toInt()))));

    connect(m_ui->browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
    connect(m_ui->addSignOff, &QPushButton::clicked, this, [this] {
        QSettings remembered;
        addSignOff({remembered.value(QStringLiteral("export/name")).toString(), remembered.value(QStringLiteral("export/email")).toString(),
                    remembered.value(QStringLiteral("export/role"), tr("reviewer")).toString(), QStringLiteral("approve"), QString(), {}});
    });
    connect(m_ui->removeSignOff, &QPushButton::clicked, this, [this] {
        if (m_ui->signOffs->currentRow() >= 0)
            m_ui->signOffs->removeRow(m_ui->signOffs->currentRow());
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_exporting.isRunning()) {
            m_cancel->store(true);
            m_ui->status->setText(tr("Cancelling…"));
        } else {
            reject();
        }
    });
    connect(&m_exporting, &QFutureWatcher<reportrender::ExportResult>::finished, this, &ExportDialog::finishExport);

    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(&m_keyListing, &QFutureWatcher<KeyListing>::finished, this, &ExportDialog::showSigningKeys);
    m_keyListing.setFuture(QtConcurrent::run([] {
        KeyListing listing;
        listing.keys = report::secretKeys(&listing.error);
        return listing;
    }));
}

void ExportDialog::showSigningKeys()
{
    const KeyListing listing = m_keyListing.result();
    for (const report::SigningKey &key : listing.keys) {
        if (key.canSign)
            m_ui->key->addItem(tr("%1 (%2)").arg(key.userId, key.fingerprint.right(16)), key.fingerprint);
    }
    m_ui->keyNote->setText(!listing.error.isEmpty() ? listing.error
                       : m_ui->key->count() == 1  ? tr("No OpenPGP secret key in the keyring: make one with gpg --quick-gen-key to sign.")
                                              : tr("The canonical JSON is signed (a detached signature, checkable with gpg --verify). For the other formats the "
                                                   "signed JSON is written beside the export, which names the signer and the JSON's SHA-256."));
    m_ui->key->setCurrentIndex(std::max(0, m_ui->key->findData(QSettings().value(QStringLiteral("export/key")).toString())));
    m_ui->key->setEnabled(true);
    m_keysListed = true;
    if (!m_exporting.isRunning())
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    Q_EMIT signingKeysListed();
}

ExportDialog::~ExportDialog()
{
    m_cancel->store(true);
    m_exporting.waitForFinished();
    m_keyListing.waitForFinished();
}

void ExportDialog::setFormat(report::ReviewFormat format)
{
    m_ui->format->setCurrentIndex(std::max(0, m_ui->format->findData(int(format))));
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_ui->path->setText(path);
}

void ExportDialog::setSigningKey(const QString &fingerprint)
{
    m_ui->key->setCurrentIndex(std::max(0, m_ui->key->findData(fingerprint)));
}

void ExportDialog::setOpenWhenDone(bool open)
{
    m_ui->openWhenDone->setChecked(open);
}

QStringList ExportDialog::keyFingerprints() const
{
    QStringList fingerprints;
    for (int i = 1; i < m_ui->key->count(); ++i)
        fingerprints << m_ui->key->itemData(i).toString();
    return fingerprints;
}

void ExportDialog::addSignOff(const report::SignOff &signOff)
{
    const int row = m_ui->signOffs->rowCount();
    m_ui->signOffs->insertRow(row);
    m_ui->signOffs->setItem(row, NameColumn, new QTableWidgetItem(signOff.name));
    m_ui->signOffs->setItem(row, EmailColumn, new QTableWidgetItem(signOff.email));
    m_ui->signOffs->setItem(row, RoleColumn, new QTableWidgetItem(signOff.role));
    // No default verdict: a reviewer chooses one.
    auto *verdict = new QComboBox(m_ui->signOffs);
    verdict->addItem(tr("choose…"), QString());
    verdict->addItem(tr("approve"), QStringLiteral("approve"));
    verdict->addItem(tr("request changes"), QStringLiteral("request-changes"));
    verdict->setCurrentIndex(std::max(0, verdict->findData(signOff.verdict)));
    m_ui->signOffs->setCellWidget(row, VerdictColumn, verdict);
    m_ui->signOffs->setItem(row, CommentColumn, new QTableWidgetItem(signOff.comment));
    m_ui->signOffs->setCurrentCell(row, NameColumn);
}

std::vector<report::SignOff> ExportDialog::signOffs() const
{
    std::vector<report::SignOff> list;
    const auto text = [this](int row, int column) { return m_ui->signOffs->item(row, column) ? m_ui->signOffs->item(row, column)->text().trimmed() : QString(); };
    for (int row = 0; row < m_ui->signOffs->rowCount(); ++row) {
        if (text(row, NameColumn).isEmpty())
            continue;
        const auto *verdict = qobject_cast<QComboBox *>(m_ui->signOffs->cellWidget(row, VerdictColumn));
        list.push_back({text(row, NameColumn), text(row, EmailColumn), text(row, RoleColumn), verdict ? verdict->currentData().toString() : QString(),
                        text(row, CommentColumn), {}});
    }
    return list;
}

QString ExportDialog::statusText() const
{
    return m_ui->status->text();
}

void ExportDialog::browse()
{
    const auto format = report::ReviewFormat(m_ui->format->currentData().toInt());
    const QString suffix = suffixOf(format);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the review"), m_ui->path->text(), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        m_ui->path->setText(chosen);
}

void ExportDialog::updateSuffix()
{
    const QFileInfo info(m_ui->path->text());
    if (!m_ui->path->text().isEmpty())
        m_ui->path->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffixOf(report::ReviewFormat(m_ui->format->currentData().toInt()))));
}

void ExportDialog::accept()
{
    startExport();
}

void ExportDialog::startExport()
{
    if (m_exporting.isRunning())
        return;
    if (!m_keysListed) { // the key chosen last time may not be offered yet
        m_ui->status->setText(tr("Still looking for signing keys; export again in a moment."));
        return;
    }
    const QString path = m_ui->path->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).dir().exists()) {
        m_ui->status->setText(tr("Choose a file in an existing folder."));
        return;
    }
    // Every sign-off states its verdict; approving over unsuppressed errors needs the reason in
    // writing, which the report prints next to the verdict.
    for (const report::SignOff &signOff : signOffs()) {
        if (signOff.verdict.isEmpty()) {
            m_ui->status->setText(tr("Choose a verdict for %1.").arg(signOff.name));
            return;
        }
        if (signOff.verdict == u"approve" && m_unsuppressedErrors > 0 && signOff.comment.isEmpty()) {
            m_ui->status->setText(tr("%1 approves a review with %n unsuppressed error(s): write the justification in the comment; "
                                     "the report prints it next to the verdict.",
                                     nullptr, m_unsuppressedErrors)
                                      .arg(signOff.name));
            return;
        }
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setMSecsSinceEpoch(now.toSecsSinceEpoch() * 1000);
    report::ReviewRequest request = m_request;
    request.time = now;
    request.signOffs = signOffs();
    for (report::SignOff &signOff : request.signOffs)
        signOff.time = now;
    if (!request.signOffs.empty()) { // the next sign-off starts from this one's name
        QSettings settings;
        settings.setValue(QStringLiteral("export/name"), request.signOffs.front().name);
        settings.setValue(QStringLiteral("export/email"), request.signOffs.front().email);
        settings.setValue(QStringLiteral("export/role"), request.signOffs.front().role);
    }
    const reportrender::ExportRequest exportRequest{path, report::ReviewFormat(m_ui->format->currentData().toInt()), m_ui->key->currentData().toString()};
    m_cancel->store(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    request.progress = [cancel](int, int) { return !cancel->load(); };
    m_ui->progress->show();
    m_ui->status->setText(tr("Reviewing and writing %1…").arg(QDir::toNativeSeparators(path)));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_exporting.setFuture(QtConcurrent::run([request, exportRequest, cancel]() {
        reportrender::ExportResult result;
        const report::ReviewBuild build = report::reviewRepository(request);
        if (build.cancelled || cancel->load()) {
            result.error = tr("Cancelled: nothing was written.");
            return result;
        }
        if (!build.review) {
            result.error = build.error;
            return result;
        }
        return reportrender::exportReview(*build.review, exportRequest);
    }));
}

void ExportDialog::finishExport()
{
    m_result = m_exporting.result();
    m_ui->progress->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    const bool ok = m_result.error.isEmpty();
    if (!ok) {
        m_ui->status->setText(tr("Not exported: %1").arg(m_result.error));
        Q_EMIT exported(false);
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), m_ui->format->currentData().toInt());
    settings.setValue(QStringLiteral("export/key"), m_ui->key->currentData().toString());
    settings.setValue(QStringLiteral("export/open"), m_ui->openWhenDone->isChecked());
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(m_result.written.value(0)).absolutePath());
    m_ui->status->setText(tr("Written: %1").arg(m_result.written.join(QStringLiteral(", "))));
    if (m_ui->openWhenDone->isChecked() && !m_result.written.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_result.written.first()));
    Q_EMIT exported(true);
    QDialog::accept();
}

} // namespace migreview::app
