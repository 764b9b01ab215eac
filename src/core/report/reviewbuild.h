#pragma once

#include "lint/config.h"
#include "report/review.h"

#include <functional>

// The review of a repository on disk, made the same way by `migreview report` and by the
// workbench's Export dialog: load (with the git range), apply the configuration, lint, estimate,
// build and draw the graph, then buildReview().
namespace migreview::report {

struct ReviewRequest
{
    QString path;
    QString gitRange;
    std::optional<lint::Config> config; // nullopt: the .migreview.toml found upwards from path, if any
    const stats::StatsSnapshot *snapshot = nullptr;
    QByteArray snapshotBytes;
    std::optional<QJsonObject> trace;
    std::vector<SignOff> signOffs;
    QDateTime time; // UTC
    QString toolVersion;
    std::function<bool(int, int)> progress; // the lint's (scripts done, in all); false cancels
};

struct ReviewBuild
{
    std::optional<QJsonObject> review;
    QString error; // could not be made: no such folder, bad range, unreadable configuration
    bool cancelled = false;
};

ReviewBuild reviewRepository(const ReviewRequest &request);

} // namespace migreview::report
