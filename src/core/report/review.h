#pragma once

#include "estimate/estimator.h"
#include "graph/graph.h"
#include "lint/config.h"
#include "lint/linter.h"
#include "repository/repository.h"
#include "stats/statssnapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

// The Review (docs/report.md): everything a reviewer, a DBA and an auditor need about one set of
// migrations, as one JSON document in canonical form. That JSON is what gets signed; the HTML,
// PDF, SARIF and Markdown exports are rendered from it, so they never say anything it does not.
namespace migreview::report {

// The review JSON's schema version (docs/report.md); a reader refuses a newer one.
inline constexpr int ReviewJsonVersion = 1;

struct SignOff
{
    QString name;
    QString email;
    QString role; // "reviewer", "dba", "auditor", ...
    QString verdict; // "approve" or "request-changes"
    QString comment;
    QDateTime time; // UTC
};

// Parses "Name <email>|role|verdict|comment" (role, verdict and comment optional; verdict
// defaults to approve); nullopt with *error when the verdict is not one of the two.
std::optional<SignOff> parseSignOff(const QString &text, const QDateTime &time, QString *error);

struct ReviewInput
{
    const repository::Repository *repository = nullptr;
    QString gitRange; // "BASE..HEAD" when a pull request's range was reviewed
    const lint::Config *config = nullptr; // the configuration in force
    const lint::LintResult *lint = nullptr;
    const estimate::EstimateReport *estimate = nullptr;
    const graph::Graph *graph = nullptr;
    QByteArray graphSvg; // Graphviz's rendering of the graph; may be empty
    const stats::StatsSnapshot *snapshot = nullptr;
    QByteArray snapshotBytes; // the snapshot file as read, for its hash
    std::optional<QJsonObject> trace; // a saved trace (migreview trace --format json)
    std::vector<SignOff> signOffs;
    QDateTime generatedAt; // UTC; fixed by the caller so that the same inputs give the same bytes
    QString toolVersion;
};

QJsonObject buildReview(const ReviewInput &input);

// Canonical JSON: keys sorted by their UTF-8 bytes, no insignificant white space, integers
// without a fraction, other numbers with at most three decimals, strings escaped only where JSON
// requires it; one newline at the end.
QByteArray canonicalJson(const QJsonValue &value);

struct ReviewLoad
{
    std::optional<QJsonObject> review;
    QByteArray bytes; // the file as read
    bool canonical = false; // bytes == canonicalJson(review)
    QString error;
};
// Reads a review JSON; refuses what is not one, and a newer schema version, with a reason.
ReviewLoad loadReview(const QString &path);
ReviewLoad parseReview(const QByteArray &bytes);

// The text with passwords removed: password=... in a connection string, user:password@ in a URI.
QString redactSecrets(const QString &text);

QByteArray sha256Hex(const QByteArray &bytes);

} // namespace migreview::report
