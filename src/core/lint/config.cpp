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

// What toml++ reads is ASCII only. toml++ 3.4 reaches __builtin_unreachable() on some non-ASCII
// characters outside strings (its generated whitespace table misses them; found by fuzzing, in
// keys and around broken strings alike). TOML allows non-ASCII only in comments and strings, so
// comments are blanked, non-ASCII characters in basic strings become \uXXXX escapes (the same
// value), and anything else non-ASCII is refused with its line, as are NUL bytes and broken UTF-8.
static QString asciiToml(const QByteArray &bytes, const QString &path, QByteArray *ascii)
{
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return tr("%1: a NUL byte at offset %2: not a TOML text").arg(path).arg(nul);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return tr("%1: not valid UTF-8").arg(path);
    QString out;
    out.reserve(text.size());
    int line = 1;
    const auto escaped = [](char32_t c) {
        return c > 0xFFFF ? QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0')) : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    };
    const auto codePoint = [&text](qsizetype &i) -> char32_t {
        if (text[i].isHighSurrogate() && i + 1 < text.size()) {
            const QChar high = text[i], low = text[i + 1];
            ++i;
            return QChar::surrogateToUcs4(high, low);
        }
        return text[i].unicode();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n') {
            ++line;
            out += c;
        } else if (c == u'#') {
            out += c;
            while (i + 1 < text.size() && text[i + 1] != u'\n' && text[i + 1] != u'\r') {
                ++i;
                out += text[i].unicode() < 0x80 ? text[i] : QChar(u' ');
            }
        } else if (c == u'"' || c == u'\'') {
            const bool basic = c == u'"';
            const QString quote = text.mid(i, 3) == QString(3, c) ? QString(3, c) : QString(c);
            const int startLine = line;
            out += quote;
            i += quote.size();
            bool closed = false;
            while (i < text.size()) {
                if (text.mid(i, quote.size()) == quote) {
                    out += quote;
                    i += quote.size() - 1;
                    closed = true;
                    break;
                }
                if (text[i] == u'\n') {
                    if (quote.size() == 1)
                        break;
                    ++line;
                }
                if (basic && text[i] == u'\\' && i + 1 < text.size()) {
                    if (text[i + 1].unicode() >= 0x80)
                        return tr("%1:%2: an invalid escape sequence").arg(path).arg(line);
                    out += text[i];
                    out += text[++i];
                    if (text[i] == u'\n')
                        ++line;
                } else if (text[i].unicode() >= 0x80) {
                    if (!basic)
                        return tr("%1:%2: a non-ASCII character in a literal string: write it in a \"basic string\"").arg(path).arg(line);
                    out += escaped(codePoint(i));
                } else {
                    out += text[i];
                }
                ++i;
            }
            if (!closed)
                return tr("%1:%2: a string that is not closed").arg(path).arg(startLine);
        } else if (c.unicode() >= 0x80) {
            return tr("%1:%2: a non-ASCII character outside a string or a comment").arg(path).arg(line);
        } else {
            out += c;
        }
    }
    *ascii = out.toLatin1();
    return {};
}

ConfigLoad parseConfig(const QByteArray &text, const QString &path)
{
    ConfigLoad load;
    QByteArray ascii;
    load.error = asciiToml(text, path, &ascii);
    if (!load.error.isEmpty())
        return load;
    toml::table table;
    try {
        table = toml::parse(std::string_view(ascii.constData(), size_t(ascii.size())), path.toStdString());
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
    if (const auto forwardOnly = table[std::string_view("forward_only")]) {
        const auto value = forwardOnly.value<bool>();
        if (!value) {
            load.error = tr("%1: forward_only must be true or false").arg(path);
            return load;
        }
        config.options.forwardOnly = *value;
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
    // TOML basic strings: backslash, quote and control characters escaped (a glob may hold any of
    // them; a raw control character would not read back: found by fuzzing).
    const auto quoted = [](const QString &text) -> QString {
        QString out = QStringLiteral("\"");
        for (const QChar c : text) {
            if (c == u'\\' || c == u'"')
                out += u'\\' + QString(c);
            else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out + u'"';
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
    if (config.options.forwardOnly)
        text += QStringLiteral("forward_only = %1\n").arg(*config.options.forwardOnly ? QStringLiteral("true") : QStringLiteral("false"));
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
