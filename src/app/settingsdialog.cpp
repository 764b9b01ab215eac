#include "settingsdialog.h"

#include "rules/registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace migreview::app {

namespace {
constexpr int DefaultLevel = -1; // the level combo's data for "the rule's own level"
}

SettingsDialog::SettingsDialog(const lint::Config &config, const QString &configPath, QWidget *parent)
    : QDialog(parent)
    , m_base(config)
    , m_configPath(configPath)
    , m_pgVersion(new QSpinBox(this))
    , m_rules(new QTableWidget(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_scheme(new QComboBox(this))
    , m_saved(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    auto *analysis = new QWidget(tabs);
    auto *analysisLayout = new QVBoxLayout(analysis);
    auto *versionRow = new QFormLayout;
    m_pgVersion->setRange(11, 17);
    m_pgVersion->setValue(config.options.pgVersion);
    m_pgVersion->setAccessibleName(tr("Target PostgreSQL version"));
    versionRow->addRow(tr("Target &PostgreSQL version:"), m_pgVersion);
    analysisLayout->addLayout(versionRow);
    m_rules->setColumnCount(4);
    m_rules->setHorizontalHeaderLabels({tr("Rule"), tr("On"), tr("Level"), tr("What it finds")});
    m_rules->setAccessibleName(tr("Rules"));
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const auto &all = rules::allRules();
    m_rules->setRowCount(int(all.size()));
    for (int row = 0; row < int(all.size()); ++row) {
        const rules::RuleInfo info = all[size_t(row)]->info();
        auto *id = new QTableWidgetItem(info.id);
        id->setToolTip(info.rationale);
        m_rules->setItem(row, RuleColumn, id);
        auto *enabled = new QTableWidgetItem;
        const bool on = !config.options.disabledRules.contains(info.id) && (!info.optIn || config.options.enabledOptInRules.contains(info.id));
        enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        enabled->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        enabled->setData(Qt::UserRole, info.optIn);
        enabled->setToolTip(info.optIn ? tr("Opt-in: off unless turned on") : tr("On unless turned off"));
        m_rules->setItem(row, EnabledColumn, enabled);
        auto *level = new QComboBox(m_rules);
        level->setAccessibleName(tr("Level of %1").arg(info.id));
        level->addItem(tr("default (%1)").arg(rules::levelName(info.level)), DefaultLevel);
        for (const rules::Level choice : {rules::Level::Error, rules::Level::Warning, rules::Level::Info})
            level->addItem(rules::levelName(choice), int(choice));
        const auto overridden = config.options.levelOverrides.constFind(info.id);
        level->setCurrentIndex(overridden == config.options.levelOverrides.constEnd() ? 0 : level->findData(int(*overridden)));
        m_rules->setCellWidget(row, LevelColumn, level);
        m_rules->setItem(row, SummaryColumn, new QTableWidgetItem(info.summary));
    }
    m_rules->resizeColumnsToContents();
    m_rules->horizontalHeader()->setStretchLastSection(true);
    analysisLayout->addWidget(m_rules, 1);
    auto *saveRow = new QHBoxLayout;
    auto *save = new QPushButton(tr("&Save to .migreview.toml"), analysis);
    save->setEnabled(!configPath.isEmpty());
    save->setToolTip(configPath.isEmpty() ? tr("Open a repository first") : tr("Write these choices to %1").arg(QDir::toNativeSeparators(configPath)));
    saveRow->addWidget(save);
    saveRow->addWidget(m_saved, 1);
    analysisLayout->addLayout(saveRow);
    tabs->addTab(analysis, tr("&Analysis"));
    connect(save, &QPushButton::clicked, this, [this] {
        QString error;
        m_saved->setText(saveConfig(&error) ? tr("Saved to %1.").arg(QDir::toNativeSeparators(m_configPath)) : error);
    });

    auto *appearance = new QWidget(tabs);
    auto *form = new QFormLayout(appearance);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setAccessibleName(tr("Editor font"));
    m_fontSize->setRange(6, 48);
    m_fontSize->setAccessibleName(tr("Editor font size"));
    form->addRow(tr("Editor &font:"), m_font);
    form->addRow(tr("Font &size:"), m_fontSize);
    m_scheme->addItem(tr("The desktop's"), QString());
    m_scheme->addItem(tr("Light"), QStringLiteral("light"));
    m_scheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_scheme->setAccessibleName(tr("Colour scheme"));
    form->addRow(tr("&Colour scheme:"), m_scheme);
    tabs->addTab(appearance, tr("A&ppearance"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 560);
}

lint::Config SettingsDialog::config() const
{
    lint::Config result = m_base;
    result.options.pgVersion = m_pgVersion->value();
    result.options.disabledRules.clear();
    result.options.enabledOptInRules.clear();
    result.options.levelOverrides.clear();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const QString id = m_rules->item(row, RuleColumn)->text();
        const QTableWidgetItem *enabled = m_rules->item(row, EnabledColumn);
        const bool optIn = enabled->data(Qt::UserRole).toBool();
        const bool on = enabled->checkState() == Qt::Checked;
        if (optIn && on)
            result.options.enabledOptInRules.insert(id);
        else if (!optIn && !on)
            result.options.disabledRules.insert(id);
        const int level = static_cast<QComboBox *>(m_rules->cellWidget(row, LevelColumn))->currentData().toInt();
        if (level != DefaultLevel)
            result.options.levelOverrides.insert(id, rules::Level(level));
    }
    return result;
}

QFont SettingsDialog::editorFont() const
{
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    return font;
}

void SettingsDialog::setEditorFont(const QFont &font)
{
    m_font->setCurrentFont(font);
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
}

QString SettingsDialog::colorScheme() const
{
    return m_scheme->currentData().toString();
}

void SettingsDialog::setColorScheme(const QString &scheme)
{
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(scheme)));
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
