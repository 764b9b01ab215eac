#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "rules/registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>

namespace migreview::app {

namespace {
constexpr int DefaultLevel = -1; // the level combo's data for "the rule's own level"
}

SettingsDialog::SettingsDialog(const lint::Config &config, const QString &configPath, QWidget *parent)
    : QDialog(parent)
    , m_base(config)
    , m_configPath(configPath)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->pgVersion->setValue(config.options.pgVersion);
    QTableWidget *table = m_ui->rules;
    const auto &all = rules::allRules();
    table->setRowCount(int(all.size()));
    for (int row = 0; row < int(all.size()); ++row) {
        const rules::RuleInfo info = all[size_t(row)]->info();
        auto *id = new QTableWidgetItem(info.id);
        id->setToolTip(info.rationale);
        table->setItem(row, RuleColumn, id);
        auto *enabled = new QTableWidgetItem;
        const bool on = !config.options.disabledRules.contains(info.id) && (!info.optIn || config.options.enabledOptInRules.contains(info.id));
        enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        enabled->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        enabled->setData(Qt::UserRole, info.optIn);
        enabled->setToolTip(info.optIn ? tr("Opt-in: off unless turned on") : tr("On unless turned off"));
        table->setItem(row, EnabledColumn, enabled);
        auto *level = new QComboBox(table);
        level->setAccessibleName(tr("Level of %1").arg(info.id));
        level->addItem(tr("default (%1)").arg(rules::levelName(info.level)), DefaultLevel);
        for (const rules::Level choice : {rules::Level::Error, rules::Level::Warning, rules::Level::Info})
            level->addItem(rules::levelName(choice), int(choice));
        const auto overridden = config.options.levelOverrides.constFind(info.id);
        level->setCurrentIndex(overridden == config.options.levelOverrides.constEnd() ? 0 : level->findData(int(*overridden)));
        table->setCellWidget(row, LevelColumn, level);
        table->setItem(row, SummaryColumn, new QTableWidgetItem(info.summary));
    }
    table->resizeColumnsToContents();
    m_ui->save->setEnabled(!configPath.isEmpty());
    m_ui->save->setToolTip(configPath.isEmpty() ? tr("Open a repository first") : tr("Write these choices to %1").arg(QDir::toNativeSeparators(configPath)));
    connect(m_ui->save, &QPushButton::clicked, this, [this] {
        QString error;
        m_ui->saved->setText(saveConfig(&error) ? tr("Saved to %1.").arg(QDir::toNativeSeparators(m_configPath)) : error);
    });
    m_ui->scheme->addItem(tr("The desktop's"), QString());
    m_ui->scheme->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->scheme->addItem(tr("Dark"), QStringLiteral("dark"));
}

SettingsDialog::~SettingsDialog() = default;

QTableWidget *SettingsDialog::rulesTable() const
{
    return m_ui->rules;
}

QSpinBox *SettingsDialog::pgVersionBox() const
{
    return m_ui->pgVersion;
}

lint::Config SettingsDialog::config() const
{
    lint::Config result = m_base;
    result.options.pgVersion = m_ui->pgVersion->value();
    result.options.disabledRules.clear();
    result.options.enabledOptInRules.clear();
    result.options.levelOverrides.clear();
    for (int row = 0; row < m_ui->rules->rowCount(); ++row) {
        const QString id = m_ui->rules->item(row, RuleColumn)->text();
        const QTableWidgetItem *enabled = m_ui->rules->item(row, EnabledColumn);
        const bool optIn = enabled->data(Qt::UserRole).toBool();
        const bool on = enabled->checkState() == Qt::Checked;
        if (optIn && on)
            result.options.enabledOptInRules.insert(id);
        else if (!optIn && !on)
            result.options.disabledRules.insert(id);
        const int level = static_cast<QComboBox *>(m_ui->rules->cellWidget(row, LevelColumn))->currentData().toInt();
        if (level != DefaultLevel)
            result.options.levelOverrides.insert(id, rules::Level(level));
    }
    return result;
}

QFont SettingsDialog::editorFont() const
{
    QFont font = m_ui->font->currentFont();
    font.setPointSize(m_ui->fontSize->value());
    return font;
}

void SettingsDialog::setEditorFont(const QFont &font)
{
    m_ui->font->setCurrentFont(font);
    m_ui->fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
}

QString SettingsDialog::colorScheme() const
{
    return m_ui->scheme->currentData().toString();
}

void SettingsDialog::setColorScheme(const QString &scheme)
{
    m_ui->scheme->setCurrentIndex(std::max(0, m_ui->scheme->findData(scheme)));
}

bool SettingsDialog::saveConfig(QString *error)
{
    if (m_configPath.isEmpty()) {
        *error = tr("No repository is open.");
        return false;
    }
    // The file replaced keeps its comments in a backup; the new one is written whole or not at all.
    if (QFile::exists(m_configPath)) {
        const QString backup = m_configPath + QStringLiteral(".bak");
        QFile::remove(backup);
        if (!QFile::copy(m_configPath, backup)) {
            *error = tr("Could not keep a copy of %1 as %2; nothing was written.").arg(QDir::toNativeSeparators(m_configPath), QDir::toNativeSeparators(backup));
            return false;
        }
    }
    QSaveFile file(m_configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(lint::configToToml(config())) < 0 || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_configPath), file.errorString());
        return false;
    }
    return true;
}

} // namespace migreview::app
