#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PullRequestDialog;
}

namespace migreview::app {

// A pull request to review: a migration folder inside a git repository, and the base and head
// of the range (branches, tags and recent commits listed from the repository through libgit2,
// or typed). The migrations the range adds or changes are the ones under review.
class PullRequestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PullRequestDialog(QWidget *parent = nullptr);
    ~PullRequestDialog() override;

    void setFolder(const QString &folder); // lists the folder's git references
    QString folder() const;
    void setRange(const QString &base, const QString &head);
    QString range() const; // "BASE..HEAD"
    QStringList baseChoices() const;
    QString problem() const; // why the folder cannot be used, empty when it can

private:
    void listReferences();

    std::unique_ptr<Ui::PullRequestDialog> m_ui; // forms/pullrequestdialog.ui
};

} // namespace migreview::app
