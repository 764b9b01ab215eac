#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>
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
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_signOffs(new QTableWidget(0, ColumnCount, this))
    , m_key(new QComboBox(this))
    , m_keyNote(new QLabel(this))
    , m_open(new QCheckBox(tr("&Open the result when it is written"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Review"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_format->addItem(tr("JSON (canonical; what gets signed)"), int(report::ReviewFormat::Json));
    m_format->addItem(tr("HTML (one self-contained file)"), int(report::ReviewFormat::Html));
    m_format->addItem(tr("PDF"), int(report::ReviewFormat::Pdf));
    m_format->addItem(tr("SARIF 2.1.0 (code scanning)"), int(report::ReviewFormat::Sarif));
    m_format->addItem(tr("Markdown (a pull-request comment)"), int(report::ReviewFormat::Markdown));
    form->addRow(tr("&Format:"), m_format);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(browseButton);
    form->addRow(tr("&File:"), pathRow);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Sign-offs (part of the review, and of what is signed):"), this));
    m_signOffs->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Role"), tr("Verdict"), tr("Comment")});
    m_signOffs->horizontalHeader()->setStretchLastSection(true);
    m_signOffs->verticalHeader()->hide();
    m_signOffs->setMinimumHeight(110);
    layout->addWidget(m_signOffs);
    auto *signOffButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Sign-off"), this);
    auto *remove = new QPushButton(tr("&Remove Sign-off"), this);
    signOffButtons->addWidget(add);
    signOffButtons->addWidget(remove);
    signOffButtons->addStretch();
    layout->addLayout(signOffButtons);

    auto *signing = new QFormLayout;
    m_key->addItem(tr("Do not sign"), QString());
    m_key->setEnabled(false);
    m_keyNote->setWordWrap(true);
    m_keyNote->setText(tr("Looking for OpenPGP secret keys…"));
    signing->addRow(tr("Sign with &key:"), m_key);
    signing->addRow(QString(), m_keyNote);
    layout->addLayout(signing);
    layout->addWidget(m_open);
    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    layout->addWidget(m_buttons);

    // The last choices come back.
    QSettings settings;
    setFormat(report::ReviewFormat(settings.value(QStringLiteral("export/format"), int(report::ReviewFormat::Html)).toInt()));
    m_open->setChecked(settings.value(QStringLiteral("export/open"), true).toBool());
    const QString directory = settings.value(QStringLiteral("export/directory"), m_request.path).toString();
    m_path->setText(QDir(directory).filePath(QStringLiteral("review.") + suffixOf(report::ReviewFormat(m_format->currentData().toInt()))));

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
    connect(add, &QPushButton::clicked, this, [this] {
        QSettings remembered;
        addSignOff({remembered.value(QStringLiteral("export/name")).toString(), remembered.value(QStringLiteral("export/email")).toString(),
                    remembered.value(QStringLiteral("export/role"), tr("reviewer")).toString(), QStringLiteral("approve"), QString(), {}});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_signOffs->currentRow() >= 0)
            m_signOffs->removeRow(m_signOffs->currentRow());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_exporting.isRunning()) {
            m_cancel->store(true);
            m_status->setText(tr("Cancelling…"));
        } else {
            reject();
        }
    });
    connect(&m_exporting, &QFutureWatcher<reportrender::ExportResult>::finished, this, &ExportDialog::finishExport);

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
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
            m_key->addItem(tr("%1 (%2)").arg(key.userId, key.fingerprint.right(16)), key.fingerprint);
    }
    m_keyNote->setText(!listing.error.isEmpty() ? listing.error
                       : m_key->count() == 1  ? tr("No OpenPGP secret key in the keyring: make one with gpg --quick-gen-key to sign.")
                                              : tr("The canonical JSON is signed (a detached signature, checkable with gpg --verify). For the other formats the "
                                                   "signed JSON is written beside the export, which names the signer and the JSON's SHA-256."));
    m_key->setCurrentIndex(std::max(0, m_key->findData(QSettings().value(QStringLiteral("export/key")).toString())));
    m_key->setEnabled(true);
    m_keysListed = true;
    if (!m_exporting.isRunning())
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
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
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setSigningKey(const QString &fingerprint)
{
    m_key->setCurrentIndex(std::max(0, m_key->findData(fingerprint)));
}

void ExportDialog::setOpenWhenDone(bool open)
{
    m_open->setChecked(open);
}

QStringList ExportDialog::keyFingerprints() const
{
    QStringList fingerprints;
    for (int i = 1; i < m_key->count(); ++i)
        fingerprints << m_key->itemData(i).toString();
    return fingerprints;
}

void ExportDialog::addSignOff(const report::SignOff &signOff)
{
    const int row = m_signOffs->rowCount();
    m_signOffs->insertRow(row);
    m_signOffs->setItem(row, NameColumn, new QTableWidgetItem(signOff.name));
    m_signOffs->setItem(row, EmailColumn, new QTableWidgetItem(signOff.email));
    m_signOffs->setItem(row, RoleColumn, new QTableWidgetItem(signOff.role));
    auto *verdict = new QComboBox(m_signOffs);
    verdict->addItem(tr("approve"), QStringLiteral("approve"));
    verdict->addItem(tr("request changes"), QStringLiteral("request-changes"));
    verdict->setCurrentIndex(signOff.verdict == u"request-changes" ? 1 : 0);
    m_signOffs->setCellWidget(row, VerdictColumn, verdict);
    m_signOffs->setItem(row, CommentColumn, new QTableWidgetItem(signOff.comment));
    m_signOffs->setCurrentCell(row, NameColumn);
}

std::vector<report::SignOff> ExportDialog::signOffs() const
{
    std::vector<report::SignOff> list;
    const auto text = [this](int row, int column) { return m_signOffs->item(row, column) ? m_signOffs->item(row, column)->text().trimmed() : QString(); };
    for (int row = 0; row < m_signOffs->rowCount(); ++row) {
        if (text(row, NameColumn).isEmpty())
            continue;
        const auto *verdict = qobject_cast<QComboBox *>(m_signOffs->cellWidget(row, VerdictColumn));
        list.push_back({text(row, NameColumn), text(row, EmailColumn), text(row, RoleColumn), verdict ? verdict->currentData().toString() : QStringLiteral("approve"),
                        text(row, CommentColumn), {}});
    }
    return list;
}

void ExportDialog::browse()
{
    const auto format = report::ReviewFormat(m_format->currentData().toInt());
    const QString suffix = suffixOf(format);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the review"), m_path->text(), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateSuffix()
{
    const QFileInfo info(m_path->text());
    if (!m_path->text().isEmpty())
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffixOf(report::ReviewFormat(m_format->currentData().toInt()))));
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
        m_status->setText(tr("Still looking for signing keys; export again in a moment."));
        return;
    }
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).dir().exists()) {
        m_status->setText(tr("Choose a file in an existing folder."));
        return;
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
    const reportrender::ExportRequest exportRequest{path, report::ReviewFormat(m_format->currentData().toInt()), m_key->currentData().toString()};
    m_cancel->store(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    request.progress = [cancel](int, int) { return !cancel->load(); };
    m_progress->show();
    m_status->setText(tr("Reviewing and writing %1…").arg(QDir::toNativeSeparators(path)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
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
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    const bool ok = m_result.error.isEmpty();
    if (!ok) {
        m_status->setText(tr("Not exported: %1").arg(m_result.error));
        Q_EMIT exported(false);
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), m_format->currentData().toInt());
    settings.setValue(QStringLiteral("export/key"), m_key->currentData().toString());
    settings.setValue(QStringLiteral("export/open"), m_open->isChecked());
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(m_result.written.value(0)).absolutePath());
    m_status->setText(tr("Written: %1").arg(m_result.written.join(QStringLiteral(", "))));
    if (m_open->isChecked() && !m_result.written.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_result.written.first()));
    Q_EMIT exported(true);
    QDialog::accept();
}

} // namespace migreview::app
