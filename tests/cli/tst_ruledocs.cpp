// docs/rules/ is generated from the rule registry; this fails when the two drift apart.
#include "golden.h"

#include "rules/registry.h"
#include "rules/ruledocs.h"

#include <QDir>

using namespace migreview;

class TestRuleDocs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesMatchTheRegistry()
    {
        const QString folder = QStringLiteral(MIGREVIEW_SOURCE_DIR "/docs/rules");
        QStringList expected{QStringLiteral("README.md")};
        for (const auto &rule : rules::allRules()) {
            const rules::RuleInfo info = rule->info();
            expected.push_back(info.id + u".md");
            const QByteArray committed = golden::readAll(QDir(folder).filePath(info.id + u".md"));
            QVERIFY2(committed == rules::ruleDocPage(info),
                     qPrintable(QStringLiteral("docs/rules/%1.md is out of date: run build/bin/migreview rules --write-docs docs/rules").arg(info.id)));
        }
        QCOMPARE(golden::readAll(QDir(folder).filePath(QStringLiteral("README.md"))), rules::ruleIndexPage());
        QStringList present = QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files);
        expected.sort();
        present.sort();
        QCOMPARE(present, expected); // no page for a rule that no longer exists
    }
};

QTEST_GUILESS_MAIN(TestRuleDocs)
#include "tst_ruledocs.moc"
