#include "pullrequestdialog.h"
#include "ui_pullrequestdialog.h"

#include "repository/repository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace migreview::app {

PullRequestDialog::PullRequestDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PullRequestDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Review"));
    connect(m_ui->browse, &QToolButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Migration folder in a git repository"), m_ui->folder->text());
        if (!folder.isEmpty())
            setFolder(folder);
    });
    connect(m_ui->folder, &QLineEdit::editingFinished, this, &PullRequestDialog::listReferences);
    // Choosing an item puts its reference, not its description, in the box.
    for (QComboBox *box : {m_ui->base, m_ui->head})
        connect(box, &QComboBox::activated, box, [box](int index) { box->setEditText(box->itemData(index).toString()); });
}

PullRequestDialog::~PullRequestDialog() = default;

void PullRequestDialog::setFolder(const QString &folder)
{
    m_ui->folder->setText(folder);
    listReferences();
}

QString PullRequestDialog::folder() const
{
    return m_ui->folder->text().trimmed();
}

void PullRequestDialog::setRange(const QString &base, const QString &head)
{
    m_ui->base->setEditText(base);
    m_ui->head->setEditText(head);
}

QString PullRequestDialog::range() const
{
    return m_ui->base->currentText().trimmed() + QStringLiteral("..") + m_ui->head->currentText().trimmed();
}

QStringList PullRequestDialog::baseChoices() const
{
    QStringList choices;
    for (int i = 0; i < m_ui->base->count(); ++i)
        choices.push_back(m_ui->base->itemData(i).toString());
    return choices;
}

QString PullRequestDialog::problem() const
{
    return m_ui->problem->text();
}

void PullRequestDialog::listReferences()
{
    const QString base = m_ui->base->currentText(), head = m_ui->head->currentText();
    m_ui->base->clear();
    m_ui->head->clear();
    QString error;
    const std::vector<repository::GitReference> references = repository::listGitReferences(folder(), 30, &error);
    m_ui->problem->setText(error);
    for (const repository::GitReference &reference : references) {
        // The reference is the item's data; the text says what it is.
        const QString text = reference.kind == u"commit" ? tr("%1 %2").arg(reference.name, reference.summary)
                                                         : tr("%1 (%2)").arg(reference.name, reference.kind);
        m_ui->base->addItem(text, reference.name);
        m_ui->head->addItem(text, reference.name);
    }
    // What the user had typed stays; otherwise the usual pull request: main (or master) to HEAD.
    QString defaultBase = base;
    if (defaultBase.isEmpty()) {
        for (const QString &candidate : {QStringLiteral("origin/main"), QStringLiteral("main"), QStringLiteral("origin/master"), QStringLiteral("master")}) {
            if (m_ui->base->findData(candidate) >= 0) {
                defaultBase = candidate;
                break;
            }
        }
    }
    setRange(defaultBase, head.isEmpty() ? QStringLiteral("HEAD") : head);
}

} // namespace migreview::app
