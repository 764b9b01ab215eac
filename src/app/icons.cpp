#include "icons.h"

#include <QHash>

namespace migreview::app {

QIcon actionIcon(ActionIcon which)
{
    struct Look
    {
        const char *themeName; // freedesktop icon naming specification, or a Breeze name
        const char *bundled;
    };
    static const QHash<ActionIcon, Look> looks = {
        {ActionIcon::OpenFolder, {"document-open-folder", "open-folder"}},
        {ActionIcon::ReviewPullRequest, {"vcs-pull", "review-pull-request"}},
        {ActionIcon::LoadStatistics, {"office-chart-bar", "load-statistics"}},
        {ActionIcon::ConnectStaging, {"network-server-database", "connect-staging"}},
        {ActionIcon::Trace, {"media-record", "trace"}},
        {ActionIcon::ExportReview, {"document-export", "export-review"}},
        {ActionIcon::PreviousFinding, {"go-up-search", "previous-finding"}},
        {ActionIcon::NextFinding, {"go-down-search", "next-finding"}},
        {ActionIcon::Settings, {"configure", "settings"}},
    };
    const Look look = looks.value(which);
    const QIcon bundled(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1StringView(look.bundled)));
    return QIcon::fromTheme(QString::fromLatin1(look.themeName), bundled);
}

QIcon levelIcon(rules::Level level)
{
    static const QIcon error(QStringLiteral(":/icons/levels/error.svg"));
    static const QIcon warning(QStringLiteral(":/icons/levels/warning.svg"));
    static const QIcon info(QStringLiteral(":/icons/levels/info.svg"));
    switch (level) {
    case rules::Level::Error:
        return error;
    case rules::Level::Warning:
        return warning;
    case rules::Level::Info:
        break;
    }
    return info;
}

} // namespace migreview::app
