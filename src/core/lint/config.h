#pragma once

#include "linter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace migreview::lint {

// .migreview.toml (docs/configuration.md): found by walking up from the repository, or given.
struct Config
{
    QString path; // the file read, empty when none was found
    LintOptions options;
    QStringList excludedPaths; // glob patterns relative to the repository root
    // Per-layout transaction assumption: layout name -> mode name (wrapped, per-statement, ...).
    QHash<QString, QString> transactions;
};

struct ConfigLoad
{
    std::optional<Config> config;
    QString error;
};

QString findConfigFile(const QString &repositoryPath);
ConfigLoad loadConfig(const QString &path);
ConfigLoad parseConfig(const QByteArray &toml, const QString &path);

// The configuration as .migreview.toml text (keys sorted, so the same choices give the same file);
// parseConfig reads it back to the same Config. Comments of a file it replaces are not kept.
QByteArray configToToml(const Config &config);

// Applies the configuration to a loaded repository: drops excluded paths, overrides transactions.
void applyConfig(const Config &config, repository::Repository &repository);

} // namespace migreview::lint
