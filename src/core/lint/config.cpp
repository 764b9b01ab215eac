#include "config.h"

#include "rules/registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <toml++/toml.hpp>

#include <sstream>

namespace migreview::lint {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::lint", text);
}

QStringList stringArray(toml::node_view<toml::node> node, QString *error, const QString &key)
{
    QStringList list;
    if (!node)
        return list;
    const toml::array *array = node.as_array();
    if (!array) {
        *error = tr("\"%1\" must be an array of strings").arg(key);
        return list;
    }
    for (const toml::node &item : *array) {
        if (const auto *s = item.as_string())
            list.push_back(QString::fromStdString(s->get()));
        else
            *error = tr("\"%1\" must be an array of strings").arg(key);
    }
    return list;
}

std::optional<repository::TransactionMode> transactionModeFromName(const QString &name)
{
    for (auto mode : {repository::TransactionMode::Wrapped, repository::TransactionMode::AutoDetected,
                      repository::TransactionMode::SingleQuery, repository::TransactionMode::PerStatement}) {
        if (repository::transactionModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

} // namespace

QString findConfigFile(const QString &repositoryPath)
{
    QDir dir(QFileInfo(repositoryPath).isDir() ? QFileInfo(repositoryPath).absoluteFilePath() : QFileInfo(repositoryPath).absolutePath());
    while (true) {
        const QString candidate = dir.filePath(QStringLiteral(".migreview.toml"));
        if (QFileInfo::exists(candidate))
            return candidate;
        if (!dir.cdUp())
            return {};
    }
}

// What toml++ must not see. TOML is UTF-8 without NUL bytes, and outside strings and comments it
// is ASCII; toml++ 3.4 reaches __builtin_unreachable() on some non-ASCII characters there (its
// generated whitespace table misses them; found by fuzzing), so those are refused before it reads.
static QString tomlPrecheck(const QByteArray &text, const QString &path)
{
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        return tr("%1: a NUL byte at offset %2: not a TOML text").arg(path).arg(nul);
    QStringDecoder decoder(QStringDecoder::Utf8);
    (void)decoder(text);
    if (decoder.hasError())
        return tr("%1: not valid UTF-8").arg(path);
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (c == '#') {
            while (i + 1 < text.size() && text[i + 1] != '\n')
                ++i;
        } else if (c == '"' || c == '\'') {
            const bool triple = text.mid(i, 3) == QByteArray(3, c);
            const QByteArray close = triple ? QByteArray(3, c) : QByteArray(1, c);
            i += close.size();
            while (i < text.size() && text.mid(i, close.size()) != close && (triple || text[i] != '\n')) {
                if (text[i] == '\n')
                    ++line;
                if (c == '"' && text[i] == '\\')
                    ++i; // an escaped character, perhaps the quote
                ++i;
            }
            i += close.size() - 1;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            return tr("%1:%2: a non-ASCII character outside a string or a comment").arg(path).arg(line);
        }
    }
    return {};
}

ConfigLoad parseConfig(const QByteArray &text, const QString &path)
{
    ConfigLoad load;
    load.error = tomlPrecheck(text, path);
    if (!load.error.isEmpty())
        return load;
    toml::table table;
    try {
        table = toml::parse(std::string_view(text.constData(), size_t(text.size())), path.toStdString());
    } catch (const toml::parse_error &error) {
        load.error = tr("%1:%2:%3: %4")
                         .arg(path)
                         .arg(error.source().begin.line)
                         .arg(error.source().begin.column)
                         .arg(QString::fromUtf8(error.description().data(), qsizetype(error.description().size())));
        return load;
    }
    Config config;
    config.path = path;
    QString error;
    if (const auto version = table[std::string_view("pg_version")]) {
        const auto value = version.value<int64_t>();
        if (!value || *value < 11 || *value > 17) {
            load.error = tr("%1: pg_version must be a number from 11 to 17").arg(path);
            return load;
        }
        config.options.pgVersion = int(*value);
    }
    config.excludedPaths = stringArray(table[std::string_view("exclude")], &error, QStringLiteral("exclude"));
    const auto rulesTable = table[std::string_view("rules")];
    for (const QString &id : stringArray(rulesTable[std::string_view("disable")], &error, QStringLiteral("rules.disable")))
        config.options.disabledRules.insert(id);
    for (const QString &id : stringArray(rulesTable[std::string_view("enable")], &error, QStringLiteral("rules.enable")))
        config.options.enabledOptInRules.insert(id);
    if (const toml::table *levels = rulesTable[std::string_view("levels")].as_table()) {
        for (const auto &[key, value] : *levels) {
            const QString id = QString::fromUtf8(key.str().data(), qsizetype(key.str().size()));
            const auto name = value.value<std::string>();
            const auto level = name ? rules::levelFromName(QString::fromStdString(*name)) : std::nullopt;
            if (!level) {
                error = tr("rules.levels.%1 must be \"error\", \"warning\" or \"info\"").arg(id);
                continue;
            }
            config.options.levelOverrides.insert(id, *level);
        }
    }
    const QStringList named = QStringList(config.options.disabledRules.begin(), config.options.disabledRules.end())
        + QStringList(config.options.enabledOptInRules.begin(), config.options.enabledOptInRules.end()) + config.options.levelOverrides.keys();
    for (const QString &id : named) {
        if (!rules::findRule(id) && id != rules::SyntaxErrorRule && id != rules::LayoutProblemRule && id != rules::HistoryChangedRule
            && id != rules::UnreadableFileRule)
            error = tr("unknown rule \"%1\" (see: migreview rules)").arg(id);
    }
    if (const toml::table *transactions = table[std::string_view("transactions")].as_table()) {
        for (const auto &[key, value] : *transactions) {
            const QString layout = QString::fromUtf8(key.str().data(), qsizetype(key.str().size()));
            const auto mode = value.value<std::string>();
            if (!mode || !transactionModeFromName(QString::fromStdString(*mode))) {
                error = tr("transactions.%1 must be one of wrapped, auto-detected, single-query, per-statement").arg(layout);
                continue;
            }
            config.transactions.insert(layout, QString::fromStdString(*mode));
        }
    }
    if (!error.isEmpty()) {
        load.error = path + u": " + error;
        return load;
    }
    load.config = std::move(config);
    return load;
}

ConfigLoad loadConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("cannot read the configuration %1: %2").arg(path, file.errorString())};
    if (file.size() > 1024 * 1024)
        return {std::nullopt, tr("the configuration %1 is too large").arg(path)};
    return parseConfig(file.readAll(), path);
}

void applyConfig(const Config &config, repository::Repository &repository)
{
    if (!config.excludedPaths.isEmpty()) {
        QList<QRegularExpression> patterns;
        for (const QString &glob : config.excludedPaths)
            patterns.push_back(QRegularExpression::fromWildcard(glob, Qt::CaseSensitive, QRegularExpression::UnanchoredWildcardConversion));
        auto excluded = [&](const QString &path) {
            return std::any_of(patterns.begin(), patterns.end(), [&](const QRegularExpression &p) { return p.match(path).hasMatch(); });
        };
        std::erase_if(repository.migrations, [&](const repository::Migration &m) {
            return std::all_of(m.scripts.begin(), m.scripts.end(), [&](const repository::MigrationScript &s) { return excluded(s.relativePath); });
        });
    }
    for (repository::Migration &migration : repository.migrations) {
        const auto it = config.transactions.constFind(repository::layoutName(migration.layout));
        if (it == config.transactions.constEnd())
            continue;
        const auto mode = transactionModeFromName(*it);
        for (repository::MigrationScript &script : migration.scripts)
            script.transactionMode = *mode;
    }
}

QByteArray configToToml(const Config &config)
{
    // TOML basic strings: backslash and quote escaped; names here are rule ids, globs and layouts.
    const auto quoted = [](const QString &text) -> QString {
        return u'"' + QString(text).replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"';
    };
    const auto list = [&quoted](QStringList items) -> QString {
        items.sort();
        QStringList parts;
        for (const QString &item : std::as_const(items))
            parts.push_back(quoted(item));
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    };
    QString text = QStringLiteral("# migreview configuration (docs/configuration.md), written by the workbench.\n");
    text += QStringLiteral("pg_version = %1\n").arg(config.options.pgVersion);
    if (!config.excludedPaths.isEmpty())
        text += QStringLiteral("exclude = %1\n").arg(list(config.excludedPaths));
    text += QStringLiteral("\n[rules]\n");
    text += QStringLiteral("disable = %1\n").arg(list(QStringList(config.options.disabledRules.begin(), config.options.disabledRules.end())));
    text += QStringLiteral("enable = %1\n").arg(list(QStringList(config.options.enabledOptInRules.begin(), config.options.enabledOptInRules.end())));
    QStringList levels;
    for (auto it = config.options.levelOverrides.constBegin(); it != config.options.levelOverrides.constEnd(); ++it)
        levels.push_back(QStringLiteral("%1 = %2").arg(it.key(), quoted(rules::levelName(it.value()))));
    levels.sort();
    text += QStringLiteral("levels = { %1 }\n").arg(levels.join(QStringLiteral(", ")));
    if (!config.transactions.isEmpty()) {
        text += QStringLiteral("\n[transactions]\n");
        QStringList layouts = config.transactions.keys();
        layouts.sort();
        for (const QString &layout : std::as_const(layouts))
            text += QStringLiteral("%1 = %2\n").arg(layout, quoted(config.transactions.value(layout)));
    }
    return text.toUtf8();
}

} // namespace migreview::lint
