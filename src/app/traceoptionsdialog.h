#pragma once

#include "trace/scratchcopy.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TraceOptionsDialog;
}

namespace migreview::app {

// Trace › Trace on a Scratch Copy…, after the connection: what to run (every up migration, or
// the shown one's) and how the scratch copy is made. The choices are remembered.
class TraceOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    // shownMigration: the version of the migration shown in the editor, empty for none.
    explicit TraceOptionsDialog(const QString &shownMigration, QWidget *parent = nullptr);
    ~TraceOptionsDialog() override;

    QString onlyMigration() const; // empty: all up migrations
    trace::ScratchMethod scratchMethod() const;
    int copyRowLimit() const;

    void accept() override; // remembers the method and the row limit

private:
    std::unique_ptr<Ui::TraceOptionsDialog> m_ui; // forms/traceoptionsdialog.ui
};

} // namespace migreview::app
