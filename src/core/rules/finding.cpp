#include "finding.h"

namespace migreview::rules {

QString levelName(Level level)
{
    switch (level) {
    case Level::Error:
        return QStringLiteral("error");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString changeName(Change change)
{
    switch (change) {
    case Change::None:
        break;
    case Change::Added:
        return QStringLiteral("added");
    case Change::Modified:
        return QStringLiteral("modified");
    case Change::Deleted:
        return QStringLiteral("deleted");
    case Change::Context:
        return QStringLiteral("context");
    }
    return {};
}

std::optional<Level> levelFromName(const QString &name)
{
    for (Level level : {Level::Error, Level::Warning, Level::Info}) {
        if (levelName(level) == name)
            return level;
    }
    return std::nullopt;
}

QString severityName(SeverityClass severity)
{
    switch (severity) {
    case SeverityClass::Downtime:
        return QStringLiteral("downtime");
    case SeverityClass::DataLoss:
        return QStringLiteral("data-loss");
    case SeverityClass::Performance:
        return QStringLiteral("performance");
    case SeverityClass::Safety:
        return QStringLiteral("safety");
    }
    return {};
}

} // namespace migreview::rules
