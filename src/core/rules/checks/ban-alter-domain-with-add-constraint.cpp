// ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class BanAlterDomainWithAddConstraint : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-alter-domain-with-add-constraint"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Adding a constraint to a domain scans every table that uses it."),
            QCoreApplication::translate("migreview::rules",
                                        "ALTER DOMAIN ... ADD CONSTRAINT checks the values of every column of the domain type, in "
                                        "every table that uses it, holding SHARE on each of those tables (writes wait) for the whole "
                                        "check. NOT VALID skips the check now, but ALTER DOMAIN ... VALIDATE CONSTRAINT later scans "
                                        "the same tables under the same SHARE lock (through PostgreSQL 17; 18 validates under SHARE "
                                        "UPDATE EXCLUSIVE), so unlike table constraints there is no write-friendly way to validate "
                                        "it. Put the rule on the columns as table CHECK constraints, "
                                        "which can be added NOT VALID and validated under SHARE UPDATE EXCLUSIVE."),
            QCoreApplication::translate("migreview::rules", "SHARE on every table using the domain while it is checked: blocks writes, allows reads."),
            QStringLiteral("-- a CHECK constraint on each column instead of on the domain:\n"
                           "ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID;\n"
                           "-- in a later transaction:\n"
                           "ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;"),
            QStringLiteral("ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0);"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT)
            return;
        const PgQuery__AlterDomainStmt *stmt = node->alter_domain_stmt;
        if (!stmt->subtype || qstrcmp(stmt->subtype, "C") != 0)
            return;
        const QString domain = analysis::stringList(stmt->type_name, stmt->n_type_name).join(u'.');
        const bool notValid = stmt->def && stmt->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && stmt->def->constraint->skip_validation;
        const QString message = notValid
            ? QCoreApplication::translate("migreview::rules",
                                          "Adding a constraint to domain %1 NOT VALID defers the check, but validating it later scans "
                                          "every table that uses %1 while holding SHARE on each, which blocks writes.")
                  .arg(domain)
            : QCoreApplication::translate("migreview::rules",
                                          "Adding a constraint to domain %1 checks every column of type %1 in every table: it takes "
                                          "SHARE on each of those tables, which blocks writes, until they are all scanned.")
                  .arg(domain);
        findings.report(context, message);
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_alter_domain_with_add_constraint, migreview::rules::BanAlterDomainWithAddConstraint)
