// Constraints on domains cannot be changed online later: keep them on the columns.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class BanCreateDomainWithConstraint : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-create-domain-with-constraint"),
            Level::Info,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "Prefer column CHECK constraints to domains with constraints."),
            QCoreApplication::translate("migreview::rules",
                                        "A constraint on a domain is hard to change later: adding or validating one (ALTER DOMAIN ... "
                                        "ADD/VALIDATE CONSTRAINT) scans every table that uses the domain under SHARE, blocking writes "
                                        "(VALIDATE through PostgreSQL 17), and dropping or relaxing it means changing the type of every "
                                        "column that uses the domain. A domain's NOT NULL is also not enforced everywhere (the "
                                        "documentation shows a null reaching such a column through an outer join or an empty scalar "
                                        "subquery). CHECK constraints on the columns can be added NOT VALID "
                                        "and validated without blocking writes."),
            {},
            QStringLiteral("CREATE DOMAIN positive_amount AS numeric(15, 5);  -- no constraint\n"
                           "ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0);"),
            QStringLiteral("CREATE DOMAIN positive_amount AS numeric(15, 5) CHECK (VALUE > 0);"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT)
            return;
        const PgQuery__CreateDomainStmt *stmt = node->create_domain_stmt;
        const QString domain = analysis::stringList(stmt->domainname, stmt->n_domainname).join(u'.');
        for (size_t i = 0; i < stmt->n_constraints; ++i) {
            const PgQuery__Node *item = stmt->constraints[i];
            if (item->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
                continue;
            const PgQuery__Constraint *constraint = item->constraint;
            if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK && constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL)
                continue;
            const QString kind = constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK ? QStringLiteral("CHECK") : QStringLiteral("NOT NULL");
            // The statement as written up to its first constraint: "CREATE DOMAIN x AS numeric(15, 5)".
            const QByteArray text = context.parsed.statementText(context.statement).toUtf8();
            const int before = context.statement.fileOffset(constraint->location) - context.statement.range.beginByte;
            const QString plain = before > 0 && before <= text.size() ? QString::fromUtf8(text.left(before)).trimmed() : QString();
            const QString fix = plain.isEmpty()
                ? QString()
                : QStringLiteral("%1;\n").arg(plain)
                    + QCoreApplication::translate("migreview::rules",
                                                  "-- and on each column of type %1, the condition as a table constraint: ADD CONSTRAINT ... CHECK (...) "
                                                  "NOT VALID, then VALIDATE CONSTRAINT in a later migration")
                          .arg(domain);
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "Domain %1 carries a %2 constraint: changing it later scans every table that uses "
                                                        "%1 while blocking writes; put the constraint on the columns instead.")
                                .arg(domain, kind),
                            fix, context.rangeFrom(constraint->location));
            return; // one finding per domain
        }
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_create_domain_with_constraint, migreview::rules::BanCreateDomainWithConstraint)
