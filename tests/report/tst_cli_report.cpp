// migreview report, sign and verify through the command line, with a real gpg in a temporary
// GNUPGHOME: a signed review checks with gpg alone and with migreview verify; any changed byte
// fails both; a missing public key, an expired key, a missing signature, a newer schema version
// and a migration edited after the review are each reported; no secret reaches any export.
#include "report/review.h"
#include "report/signaturedigest.h"
#include "report/signing.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>


using namespace migreview;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QString &gnupgHome, const QString &workingDirectory = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GNUPGHOME"), gnupgHome);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(), process.readAllStandardError()};
}

QString migreviewProgram()
{
    return qEnvironmentVariable("MIGREVIEW_BIN_DIR") + QStringLiteral("/migreview");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_gpg = QStandardPaths::findExecutable(QStringLiteral("gpg"));
        QVERIFY2(!m_gpg.isEmpty(), "gpg is missing: ./dev installs gnupg (packaging/debian13-build-deps.txt)");
        QVERIFY(m_home.isValid() && m_other.isValid() && m_work.isValid());
        for (const auto &[home, uid] : {std::pair(m_home.path(), QStringLiteral("Rita Reviewer <rita@example.com>")), std::pair(m_home.path(), QStringLiteral("Dan Dba <dan@example.com>")),
                                        std::pair(m_other.path(), QStringLiteral("Stranger <stranger@example.com>"))}) {
            const Run made = run(m_gpg, {QStringLiteral("--batch"), QStringLiteral("--passphrase"), QString(), QStringLiteral("--quick-gen-key"), uid, QStringLiteral("default"),
                                         QStringLiteral("default"), QStringLiteral("1y")},
                                 home);
            QVERIFY2(made.exitCode == 0, made.err.constData());
        }
        // A small repository with a migration, in git with a remote whose URL carries a token.
        QDir(m_work.path()).mkpath(QStringLiteral("repo"));
        m_repo = m_work.filePath(QStringLiteral("repo"));
        QVERIFY(writeFile(m_repo + QStringLiteral("/V1__orders.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\n"));
        QVERIFY(writeFile(m_repo + QStringLiteral("/V2__index.sql"), "CREATE INDEX orders_total ON orders (total);\n"));
        const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
        if (!git.isEmpty()) {
            run(git, {QStringLiteral("init"), QStringLiteral("-q")}, m_home.path(), m_repo);
            run(git, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), QStringLiteral("https://ci:gh-s3cr3t-token@example.com/shop.git")}, m_home.path(), m_repo);
        }
        // A snapshot whose source names a password.
        QJsonObject snapshot = QJsonDocument::fromJson(readFile(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/staging-stats.json"))).object();
        snapshot.insert(QStringLiteral("source"), QStringLiteral("host=db user=ci password=pg-s3cr3t-pass dbname=shop"));
        m_snapshot = m_work.filePath(QStringLiteral("stats.json"));
        QVERIFY(writeFile(m_snapshot, QJsonDocument(snapshot).toJson()));
    }

    void cleanupTestCase()
    {
        for (const QString &home : {m_home.path(), m_other.path()})
            run(QStandardPaths::findExecutable(QStringLiteral("gpgconf")), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")}, home);
    }

    // Signed by migreview, checked by gpg alone and by migreview verify; a second reviewer adds
    // a signature to the same file, and both are listed.
    void signAndVerify()
    {
        const QString json = m_work.filePath(QStringLiteral("signed.json"));
        const Run report = run(migreviewProgram(), {QStringLiteral("report"), m_repo, QStringLiteral("--sign"), QStringLiteral("rita@example.com"), QStringLiteral("-o"), json,
                                             QStringLiteral("--sign-off"), QStringLiteral("Rita Reviewer <rita@example.com>|reviewer|approve|fine")},
                               m_home.path());
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QVERIFY(QFile::exists(json + QStringLiteral(".asc")));
        QVERIFY(readFile(json + QStringLiteral(".asc")).startsWith("-----BEGIN PGP SIGNATURE-----"));
        QCOMPARE(run(m_gpg, {QStringLiteral("--batch"), QStringLiteral("--verify"), json + QStringLiteral(".asc"), json}, m_home.path()).exitCode, 0);
        Run verify = run(migreviewProgram(), {QStringLiteral("verify"), json, QStringLiteral("--repo"), m_repo}, m_home.path());
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        QVERIFY(verify.out.contains("VERIFIED"));
        QVERIFY(verify.out.contains("Rita Reviewer"));

        const Run second = run(migreviewProgram(), {QStringLiteral("sign"), json, QStringLiteral("--key"), QStringLiteral("dan@example.com")}, m_home.path());
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(readFile(json + QStringLiteral(".asc")).count("-----BEGIN PGP SIGNATURE-----"), 2);
        verify = run(migreviewProgram(), {QStringLiteral("verify"), json, QStringLiteral("--format"), QStringLiteral("json")}, m_home.path());
        QCOMPARE(verify.exitCode, 0);
        const QJsonArray signatures = QJsonDocument::fromJson(verify.out).object().value(u"signatures").toArray();
        QCOMPARE(signatures.size(), 2);
        QCOMPARE(signatures.at(1).toObject().value(u"user_id").toString(), QStringLiteral("Dan Dba <dan@example.com>"));
        QCOMPARE(signatures.at(1).toObject().value(u"status").toString(), QStringLiteral("valid"));

        // The HTML rendered from the signed JSON names the JSON's hash and both signers.
        const QString html = m_work.filePath(QStringLiteral("signed.html"));
        QCOMPARE(run(migreviewProgram(), {QStringLiteral("report"), QStringLiteral("--from"), json, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html}, m_home.path())
                     .exitCode,
                 0);
        const QByteArray page = readFile(html);
        QVERIFY(page.contains(report::sha256Hex(readFile(json))));
        QVERIFY(page.contains(signatures.at(0).toObject().value(u"fingerprint").toString().toLatin1()));
        QVERIFY(page.contains(signatures.at(1).toObject().value(u"fingerprint").toString().toLatin1()));
    }

    // Every single changed byte of a small signed report fails the check. Every position is
    // checked in process against the digest check that migreview verify makes first (no gpg);
    // a few hundred positions, spread over every section of the file, go through gpg alone and
    // through the migreview verify command. A changed report whose digest happens to start as
    // signed (searched for here) is still refused, by gpg's full check.
    void everyFlippedByteFails()
    {
        const QString json = m_work.filePath(QStringLiteral("small.json"));
        QCOMPARE(run(migreviewProgram(), {QStringLiteral("report"), m_repo, QStringLiteral("--sign"), QStringLiteral("rita@example.com"), QStringLiteral("-o"), json}, m_home.path()).exitCode, 0);
        const QByteArray original = readFile(json);
        const QByteArray signature = readFile(json + QStringLiteral(".asc"));
        qputenv("GNUPGHOME", m_home.path().toLocal8Bit());
        QString error;
        const std::vector<report::SignatureCheck> good = report::verifyDetached(original, signature, &error);
        QCOMPARE(good.size(), size_t(1));
        QCOMPARE(good[0].status, report::SignatureCheck::Status::Valid);
        const std::vector<report::SignatureDigest> signedDigest = report::checkSignatureDigests(original, signature);
        QCOMPARE(signedDigest.size(), size_t(1));
        QCOMPARE(signedDigest[0].verdict, report::SignatureDigest::Verdict::Plausible);
        QCOMPARE(signedDigest[0].issuerFingerprint, good[0].fingerprint);

        // In process, every position and every bit of it; the rare change whose digest starts
        // as signed goes to the full check.
        QStringList problems;
        int fullChecks = 0;
        for (qsizetype position = 0; position < original.size(); ++position) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray changed = original;
                changed[position] = char(changed[position] ^ (1 << bit));
                const std::vector<report::SignatureDigest> digests = report::checkSignatureDigests(changed, signature);
                if (digests.size() == 1 && digests[0].verdict == report::SignatureDigest::Verdict::Mismatch)
                    continue;
                ++fullChecks;
                const std::vector<report::SignatureCheck> checks = report::verifyDetached(changed, signature, &error);
                if (checks.size() != 1 || checks[0].status != report::SignatureCheck::Status::BadSignature)
                    problems << QStringLiteral("byte %1 bit %2: accepted").arg(position).arg(bit);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(fullChecks < 8, "the digest check passed far more changes to gpg than chance allows");

        // Through the programs: positions spread evenly, plus the first and last byte of every
        // top-level section of the JSON.
        QList<qsizetype> positions;
#ifdef MIGREVIEW_SANITIZED
        constexpr int spread = 48; // each check forks gpg from an instrumented process
#else
        constexpr int spread = 240;
#endif
        for (int i = 0; i < spread; ++i)
            positions.push_back(original.size() * i / spread);
        const QJsonObject top = QJsonDocument::fromJson(original).object();
        for (const QString &key : top.keys()) {
            const qsizetype at = original.indexOf(QByteArray("\"" + key.toUtf8() + "\":"));
            QVERIFY2(at >= 0, qPrintable(key));
            positions << at << at + key.size() + 3; // the key's quote, the value's first byte
        }
        positions << original.size() - 1;
        std::sort(positions.begin(), positions.end());
        positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
        const QString signaturePath = json + QStringLiteral(".asc");
        const QString home = m_home.path(), gpg = m_gpg, work = m_work.path();
        const QList<QString> failures = QtConcurrent::blockingMapped(positions, [&](qsizetype position) -> QString {
            QByteArray changed = original;
            changed[position] = char(changed[position] ^ 0x01);
            const QString path = QStringLiteral("%1/tampered-%2.json").arg(work).arg(position);
            if (!writeFile(path, changed) || !QFile::copy(signaturePath, path + QStringLiteral(".asc")))
                return QStringLiteral("%1: cannot write").arg(position);
            QString problem;
            if (run(gpg, {QStringLiteral("--batch"), QStringLiteral("-q"), QStringLiteral("--verify"), signaturePath, path}, home).exitCode == 0)
                problem = QStringLiteral("%1: gpg accepts it").arg(position);
            if (run(migreviewProgram(), {QStringLiteral("verify"), path}, home).exitCode != 1)
                problem += QStringLiteral("%1: migreview verify accepts it").arg(position);
            QFile::remove(path);
            QFile::remove(path + QStringLiteral(".asc"));
            return problem;
        });
        for (const QString &failure : failures) {
            if (!failure.isEmpty())
                problems << failure;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(positions.size() >= spread);

        // The verdict of the command on one of them, in full.
        const QString tampered = m_work.filePath(QStringLiteral("tampered.json"));
        QByteArray changed = original;
        changed[original.size() / 2] = char(changed[original.size() / 2] ^ 0x01);
        QVERIFY(writeFile(tampered, changed));
        QVERIFY(QFile::copy(signaturePath, tampered + QStringLiteral(".asc")));
        Run verdict = run(migreviewProgram(), {QStringLiteral("verify"), tampered}, m_home.path());
        QCOMPARE(verdict.exitCode, 1);
        QVERIFY(verdict.out.contains("BAD signature"));
        QVERIFY(verdict.out.contains("NOT VERIFIED"));

        // A change whose digest starts exactly as the signed one (one in 65,536 does): the
        // digest check cannot tell, and gpg's full check refuses it.
        QByteArray collision = original;
        const qsizetype at = original.indexOf("\"repository\"");
        QVERIFY(at > 0);
        bool found = false;
        for (quint32 variant = 1; variant < (1u << 22) && !found; ++variant) {
            collision[at + 1] = char(0x20 + (variant & 0x3f));
            collision[at + 2] = char(0x20 + ((variant >> 6) & 0x3f));
            collision[at + 3] = char(0x20 + ((variant >> 12) & 0x3f));
            collision[at + 4] = char(0x20 + ((variant >> 18) & 0x3f));
            const std::vector<report::SignatureDigest> digests = report::checkSignatureDigests(collision, signature);
            found = collision != original && digests.size() == 1 && digests[0].verdict == report::SignatureDigest::Verdict::Plausible;
        }
        QVERIFY2(found, "no change with a digest that starts as signed was found");
        const std::vector<report::SignatureCheck> collisionChecks = report::verifyDetached(collision, signature, &error);
        QCOMPARE(collisionChecks.size(), size_t(1));
        QCOMPARE(collisionChecks[0].status, report::SignatureCheck::Status::BadSignature);
        QVERIFY(writeFile(tampered, collision));
        verdict = run(migreviewProgram(), {QStringLiteral("verify"), tampered}, m_home.path());
        QCOMPARE(verdict.exitCode, 1);
        QVERIFY(verdict.out.contains("BAD signature"));

        // The digest check reads what it can and leaves the rest to gpg: broken armour, a binary
        // signature, noise.
        QVERIFY(report::checkSignatureDigests(original, QByteArray("-----BEGIN PGP SIGNATURE-----\n\n!!!!\n-----END PGP SIGNATURE-----\n")).empty());
        QVERIFY(report::checkSignatureDigests(original, QByteArray(4096, '\xff')).empty());
        const std::vector<report::SignatureDigest> binary = report::checkSignatureDigests(original, report::dearmour(signature));
        QCOMPARE(binary.size(), size_t(1));
        QCOMPARE(binary[0].verdict, report::SignatureDigest::Verdict::Plausible);
    }

    // A keyring without the signer's key, an expired key, no signature, a newer schema version
    // and a file edited since the review: each said in so many words.
    void failuresAreReportedClearly()
    {
        const QString json = m_work.filePath(QStringLiteral("r.json"));
        QCOMPARE(run(migreviewProgram(), {QStringLiteral("report"), m_repo, QStringLiteral("--sign"), QStringLiteral("rita@example.com"), QStringLiteral("-o"), json}, m_home.path()).exitCode, 0);

        Run verify = run(migreviewProgram(), {QStringLiteral("verify"), json}, m_other.path());
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("public key") && verify.out.contains("not in the keyring"), verify.out.constData());

        // Expired: the same keyring a year and a half later (gpg's faked-system-time).
        QTemporaryDir later;
        QVERIFY(QDir().mkpath(later.path()));
        for (const QString &name : QDir(m_home.path()).entryList({QStringLiteral("pubring.kbx"), QStringLiteral("trustdb.gpg")}, QDir::Files))
            QVERIFY(QFile::copy(m_home.filePath(name), later.filePath(name)));
        QVERIFY(writeFile(later.filePath(QStringLiteral("gpg.conf")),
                          QStringLiteral("faked-system-time %1\n").arg(QDateTime::currentDateTimeUtc().addDays(550).toString(QStringLiteral("yyyyMMddThhmmss"))).toLatin1()));
        verify = run(migreviewProgram(), {QStringLiteral("verify"), json}, later.path());
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("has expired"), verify.out.constData());
        run(QStandardPaths::findExecutable(QStringLiteral("gpgconf")), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")}, later.path());

        QVERIFY(QFile::remove(json + QStringLiteral(".asc")));
        verify = run(migreviewProgram(), {QStringLiteral("verify"), json}, m_home.path());
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("no signature"), verify.out.constData());

        QJsonObject newer = report::parseReview(readFile(json)).review.value();
        newer.insert(QStringLiteral("version"), report::ReviewJsonVersion + 1);
        const QString newerPath = m_work.filePath(QStringLiteral("newer.json"));
        QVERIFY(writeFile(newerPath, report::canonicalJson(newer)));
        verify = run(migreviewProgram(), {QStringLiteral("verify"), newerPath}, m_home.path());
        QCOMPARE(verify.exitCode, 2);
        QVERIFY2(verify.err.contains("schema version 2") && verify.err.contains("update migreview"), verify.err.constData());

        // Drift: a migration edited after the review, another added.
        QCOMPARE(run(migreviewProgram(), {QStringLiteral("sign"), json, QStringLiteral("--key"), QStringLiteral("rita@example.com")}, m_home.path()).exitCode, 0);
        QVERIFY(writeFile(m_repo + QStringLiteral("/V2__index.sql"), "CREATE INDEX CONCURRENTLY orders_total ON orders (total);\n"));
        QVERIFY(writeFile(m_repo + QStringLiteral("/V3__more.sql"), "SELECT 1;\n"));
        verify = run(migreviewProgram(), {QStringLiteral("verify"), json, QStringLiteral("--repo"), m_repo}, m_home.path());
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains("V2__index.sql was modified since the review") && verify.out.contains("V3__more.sql was added since the review"), verify.out.constData());
        QVERIFY(writeFile(m_repo + QStringLiteral("/V2__index.sql"), "CREATE INDEX orders_total ON orders (total);\n"));
        QVERIFY(QFile::remove(m_repo + QStringLiteral("/V3__more.sql")));
    }

    // No password, DSN password or token in any export.
    void noSecretsInAnyExport()
    {
        const QString json = m_work.filePath(QStringLiteral("secret.json"));
        QCOMPARE(run(migreviewProgram(), {QStringLiteral("report"), m_repo, QStringLiteral("--stats"), m_snapshot, QStringLiteral("-o"), json}, m_home.path()).exitCode, 0);
        QVERIFY(readFile(json).contains("password=***"));
        for (const QString &format : {QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("sarif"), QStringLiteral("markdown")}) {
            const QString output = m_work.filePath(QStringLiteral("secret.%1").arg(format));
            const Run made = run(migreviewProgram(), {QStringLiteral("report"), m_repo, QStringLiteral("--stats"), m_snapshot, QStringLiteral("--format"), format, QStringLiteral("-o"), output},
                                 m_home.path());
            QVERIFY2(made.exitCode == 0, made.err.constData());
            const QByteArray bytes = readFile(output);
            QVERIFY2(!bytes.isEmpty(), qPrintable(format));
            for (const char *secret : {"pg-s3cr3t-pass", "gh-s3cr3t-token"})
                QVERIFY2(!bytes.contains(secret), qPrintable(format + QStringLiteral(": ") + QLatin1StringView(secret)));
        }
        if (!QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QVERIFY(readFile(json).contains("\"remote_url\":\"https://example.com/shop.git\""));
    }

private:
    QString m_gpg;
    QTemporaryDir m_home{QStringLiteral("/tmp/mrgpg-XXXXXX")}; // short: gpg-agent's socket lives here
    QTemporaryDir m_other{QStringLiteral("/tmp/mrgpg-XXXXXX")};
    QTemporaryDir m_work;
    QString m_repo;
    QString m_snapshot;
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
