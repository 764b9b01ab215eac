#pragma once

#include "estimate/estimator.h"

#include <QByteArray>

#include <optional>

namespace migreview::report {

enum class EstimateFormat { Text, Json, Markdown };
std::optional<EstimateFormat> estimateFormatFromName(const QString &name);

// json is documented in docs/estimate-json.md (format "migreview-estimate", version 1).
QByteArray formatEstimate(const estimate::EstimateReport &report, EstimateFormat format, const QString &toolVersion = {});

// A duration for a person: "140 ms", "3.2 s", "4 min 05 s", "2 h 05 min".
QString humanTime(double ms);

} // namespace migreview::report
