// A review JSON and a signature -> the verifier's reading: the review loader (format, schema
// version, canonical form), the canonical writer, the renderers that need no display, and the
// signature check through GPGME with an empty keyring, and before it the in-process digest check
// (OpenPGP armour and packets) on every input. Input: JSON, then "\n--SIG--\n", then the
// signature (absent: the JSON alone).
#include "report/review.h"
#include "report/reviewformats.h"
#include "report/signaturedigest.h"
#include "report/signing.h"

#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace migreview;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir gnupgHome(QStringLiteral("/tmp/mrfz-XXXXXX"));
    static const bool environment = qputenv("GNUPGHOME", gnupgHome.path().toLocal8Bit());
    Q_UNUSED(environment);
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype separator = input.indexOf("\n--SIG--\n");
    const QByteArray json = separator < 0 ? input : input.left(separator);
    const QByteArray signature = separator < 0 ? QByteArray() : input.mid(separator + 9);
    const report::ReviewLoad load = report::parseReview(json);
    if (load.review) {
        report::canonicalJson(*load.review);
        report::reviewToMarkdown(*load.review, {});
        report::reviewToSarif(*load.review);
    }
    report::checkSignatureDigests(json, signature);
    // gpg runs as a process per check: only inputs that look like a signature are worth it.
    if (signature.contains("-----BEGIN PGP SIGNATURE-----")) {
        QString error;
        report::verifyDetached(json, signature, &error);
    }
    return 0;
}
