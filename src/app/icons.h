#pragma once

#include "rules/finding.h"

#include <QIcon>

// The workbench's icons: the desktop's icon theme where it has the name (so the toolbar matches
// the desktop), else the icon bundled in resources/icons/ (the same on every machine).
namespace migreview::app {

enum class ActionIcon { OpenFolder, ReviewPullRequest, LoadStatistics, ConnectStaging, Trace, ExportReview, PreviousFinding, NextFinding, Settings };

QIcon actionIcon(ActionIcon which);
// Error, warning and info markers: always the bundled ones, so a level looks the same everywhere.
QIcon levelIcon(rules::Level level);

} // namespace migreview::app
