#pragma once

#include "rule.h"

namespace migreview::rules {

// The reference page of a rule (docs/rules/<id>.md), generated from its RuleInfo so that the
// documentation cannot drift from the code; tst_ruledocs checks the committed pages.
QByteArray ruleDocPage(const RuleInfo &info);
QByteArray ruleIndexPage();
bool writeRuleDocs(const QString &folder, QString *error);

} // namespace migreview::rules
