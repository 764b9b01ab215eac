#include "pullrequestdialog.h"

#include "repository/repository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace migreview::app {

PullRequestDialog::PullRequestDialog(QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(this))
    , m_base(new QComboBox(this))
    , m_head(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Review a Pull Request"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("The migrations that the range from base to head adds or changes are marked for review; "
                                "the others are shown for context. Head's committed files are reviewed, not the working tree."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *folderRow = new QHBoxLayout;
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Migration &folder:"), folderRow);
    m_folder->setAccessibleName(tr("Migration folder"));
    for (QComboBox *box : {m_base, m_head}) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setMinimumContentsLength(30);
    }
    m_base->setAccessibleName(tr("Base"));
    m_head->setAccessibleName(tr("Head"));
    form->addRow(tr("&Base:"), m_base);
    form->addRow(tr("&Head:"), m_head);
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Review"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Migration folder in a git repository"), m_folder->text());
        if (!folder.isEmpty())
            setFolder(folder);
    });
    connect(m_folder, &QLineEdit::editingFinished, this, &PullRequestDialog::listReferences);
    // Choosing an item puts its reference, not its description, in the box.
    for (QComboBox *box : {m_base, m_head})
        connect(box, &QComboBox::activated, box, [box](int index) { box->setEditText(box->itemData(index).toString()); });
}

void PullRequestDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
    listReferences();
}

QString PullRequestDialog::folder() const
{
    return m_folder->text().trimmed();
}

void PullRequestDialog::setRange(const QString &base, const QString &head)
{
    m_base->setEditText(base);
    m_head->setEditText(head);
}

QString PullRequestDialog::range() const
{
    return m_base->currentText().trimmed() + QStringLiteral("..") + m_head->currentText().trimmed();
}

QStringList PullRequestDialog::baseChoices() const
{
    QStringList choices;
    for (int i = 0; i < m_base->count(); ++i)
        choices.push_back(m_base->itemData(i).toString());
    return choices;
}

QString PullRequestDialog::problem() const
{
    return m_problem->text();
}

void PullRequestDialog::listReferences()
{
    const QString base = m_base->currentText(), head = m_head->currentText();
    m_base->clear();
    m_head->clear();
    QString error;
    const std::vector<repository::GitReference> references = repository::listGitReferences(folder(), 30, &error);
    m_problem->setText(error);
    for (const repository::GitReference &reference : references) {
        // The reference is the item's data; the text says what it is.
        const QString text = reference.kind == u"commit" ? tr("%1 %2").arg(reference.name, reference.summary)
                                                         : tr("%1 (%2)").arg(reference.name, reference.kind);
        m_base->addItem(text, reference.name);
        m_head->addItem(text, reference.name);
    }
    // What the user had typed stays; otherwise the usual pull request: main (or master) to HEAD.
    QString defaultBase = base;
    if (defaultBase.isEmpty()) {
        for (const QString &candidate : {QStringLiteral("origin/main"), QStringLiteral("main"), QStringLiteral("origin/master"), QStringLiteral("master")}) {
            if (m_base->findData(candidate) >= 0) {
                defaultBase = candidate;
                break;
            }
        }
    }
    setRange(defaultBase, head.isEmpty() ? QStringLiteral("HEAD") : head);
}

} // namespace migreview::app
