#pragma once

#include "lint/config.h"

#include <QDialog>

#include <memory>

class QSpinBox;
class QTableWidget;

namespace Ui {
class SettingsDialog;
}

namespace migreview::app {

// The workbench's settings. Analysis: the target PostgreSQL version and each rule on or off and
// its level; they apply to this session, and go to the repository's .migreview.toml only when the
// user presses "Save to .migreview.toml" (the file it replaces is kept as .migreview.toml.bak).
// Appearance: the editor's font and the colour scheme, remembered between runs.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // config is what the analysis uses now; configPath where "Save" writes (the file found, or
    // .migreview.toml in the repository folder), empty when no repository is open.
    SettingsDialog(const lint::Config &config, const QString &configPath, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    lint::Config config() const;
    QFont editorFont() const;
    QString colorScheme() const; // "", "light" or "dark"
    void setColorScheme(const QString &scheme);
    void setEditorFont(const QFont &font);
    // Writes config() to the configuration file; false with *error set when it cannot.
    bool saveConfig(QString *error);

    enum RuleColumns { RuleColumn, EnabledColumn, LevelColumn, SummaryColumn };
    QTableWidget *rulesTable() const;
    QSpinBox *pgVersionBox() const;

private:
    lint::Config m_base; // what the dialog does not edit (excluded paths, transactions)
    QString m_configPath;
    std::unique_ptr<Ui::SettingsDialog> m_ui; // forms/settingsdialog.ui
};

} // namespace migreview::app
