#include "report/signing.h"

#include "report/signaturedigest.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <gpgme.h>

#include <algorithm>
#include <memory>

namespace migreview::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::report", text);
}

QString gpgError(gpgme_error_t error)
{
    return QString::fromUtf8(gpgme_strerror(error));
}

struct ContextDeleter
{
    void operator()(gpgme_ctx_t context) const { gpgme_release(context); }
};
using Context = std::unique_ptr<gpgme_context, ContextDeleter>;
struct DataDeleter
{
    void operator()(gpgme_data_t data) const { gpgme_data_release(data); }
};
using Data = std::unique_ptr<gpgme_data, DataDeleter>;

Context openContext(QString *error)
{
    static const bool initialised = [] {
        gpgme_check_version(nullptr);
        return true;
    }();
    Q_UNUSED(initialised);
    gpgme_ctx_t raw = nullptr;
    gpgme_error_t failure = gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP);
    if (!failure)
        failure = gpgme_new(&raw);
    if (failure) {
        *error = tr("OpenPGP (gpg through GPGME) is not usable: %1").arg(gpgError(failure));
        return {};
    }
    gpgme_set_protocol(raw, GPGME_PROTOCOL_OpenPGP);
    gpgme_set_armor(raw, 1);
    gpgme_set_pinentry_mode(raw, GPGME_PINENTRY_MODE_DEFAULT);
    return Context(raw);
}

Data memoryData(const QByteArray &bytes)
{
    gpgme_data_t raw = nullptr;
    gpgme_data_new_from_mem(&raw, bytes.constData(), size_t(bytes.size()), 1);
    return Data(raw);
}

QByteArray takeData(gpgme_data_t data)
{
    size_t length = 0;
    char *buffer = gpgme_data_release_and_get_mem(data, &length);
    const QByteArray bytes(buffer, qsizetype(length));
    gpgme_free(buffer);
    return bytes;
}

QString userIdOf(gpgme_key_t key)
{
    return key && key->uids && key->uids->uid ? QString::fromUtf8(key->uids->uid) : QString();
}

QString validityName(gpgme_validity_t validity)
{
    switch (validity) {
    case GPGME_VALIDITY_ULTIMATE:
        return QStringLiteral("ultimate");
    case GPGME_VALIDITY_FULL:
        return QStringLiteral("full");
    case GPGME_VALIDITY_MARGINAL:
        return QStringLiteral("marginal");
    case GPGME_VALIDITY_NEVER:
        return QStringLiteral("never");
    case GPGME_VALIDITY_UNDEFINED:
        return QStringLiteral("undefined");
    case GPGME_VALIDITY_UNKNOWN:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

QString statusName(SignatureCheck::Status status)
{
    switch (status) {
    case SignatureCheck::Status::Valid:
        return QStringLiteral("valid");
    case SignatureCheck::Status::BadSignature:
        return QStringLiteral("bad-signature");
    case SignatureCheck::Status::NoPublicKey:
        return QStringLiteral("no-public-key");
    case SignatureCheck::Status::ExpiredKey:
        return QStringLiteral("expired-key");
    case SignatureCheck::Status::RevokedKey:
        return QStringLiteral("revoked-key");
    case SignatureCheck::Status::Error:
        break;
    }
    return QStringLiteral("error");
}

std::vector<SigningKey> secretKeys(QString *error)
{
    std::vector<SigningKey> keys;
    Context context = openContext(error);
    if (!context)
        return keys;
    if (gpgme_error_t failure = gpgme_op_keylist_start(context.get(), nullptr, 1)) {
        *error = tr("cannot list the secret keys: %1").arg(gpgError(failure));
        return keys;
    }
    gpgme_key_t key = nullptr;
    while (gpgme_op_keylist_next(context.get(), &key) == 0) {
        SigningKey found;
        found.fingerprint = QString::fromLatin1(key->fpr);
        found.userId = userIdOf(key);
        found.canSign = key->can_sign && !key->expired && !key->revoked && !key->disabled && !key->invalid;
        if (key->subkeys && key->subkeys->expires > 0)
            found.expires = QDateTime::fromSecsSinceEpoch(key->subkeys->expires, QTimeZone::UTC);
        keys.push_back(found);
        gpgme_key_unref(key);
    }
    gpgme_op_keylist_end(context.get());
    return keys;
}

bool signDetached(const QByteArray &data, const QString &key, QByteArray *signature, QString *fingerprint, QString *error)
{
    Context context = openContext(error);
    if (!context)
        return false;
    if (!key.isEmpty()) {
        gpgme_key_t signer = nullptr;
        gpgme_error_t failure = gpgme_get_key(context.get(), key.toUtf8().constData(), &signer, 1);
        if (failure) {
            // Not a fingerprint or key id: the first secret key whose user id matches (an e-mail).
            if (!gpgme_op_keylist_start(context.get(), key.toUtf8().constData(), 1)) {
                failure = gpgme_op_keylist_next(context.get(), &signer);
                gpgme_op_keylist_end(context.get());
            }
        }
        if (failure || !signer) {
            *error = tr("no secret key %1 in the keyring: %2").arg(key, gpgError(failure));
            return false;
        }
        if (!signer->can_sign || signer->expired || signer->revoked) {
            *error = tr("the key %1 cannot sign (expired, revoked or without a signing subkey)").arg(QString::fromLatin1(signer->fpr));
            gpgme_key_unref(signer);
            return false;
        }
        gpgme_signers_add(context.get(), signer);
        gpgme_key_unref(signer);
    }
    Data input = memoryData(data);
    gpgme_data_t output = nullptr;
    gpgme_data_new(&output);
    const gpgme_error_t failure = gpgme_op_sign(context.get(), input.get(), output, GPGME_SIG_MODE_DETACH);
    const QByteArray armoured = takeData(output);
    if (failure) {
        *error = tr("signing failed: %1").arg(gpgError(failure));
        return false;
    }
    gpgme_sign_result_t result = gpgme_op_sign_result(context.get());
    if (!result || !result->signatures) {
        *error = tr("signing failed: gpg made no signature");
        return false;
    }
    *signature = armoured;
    *fingerprint = QString::fromLatin1(result->signatures->fpr);
    return true;
}

std::vector<SignatureCheck> verifyDetached(const QByteArray &data, const QByteArray &signature, QString *error)
{
    std::vector<SignatureCheck> checks;
    Context context = openContext(error);
    if (!context)
        return checks;
    // A combined list is several armoured blocks one after another: gpg checks one per call.
    static const QByteArray begin = "-----BEGIN PGP SIGNATURE-----";
    std::vector<QByteArray> blocks;
    for (qsizetype at = signature.indexOf(begin); at >= 0;) {
        const qsizetype next = signature.indexOf(begin, at + 1);
        blocks.push_back(signature.mid(at, next < 0 ? -1 : next - at));
        at = next;
    }
    if (blocks.empty())
        blocks.push_back(signature); // binary, or not a signature: let gpg say so
    for (const QByteArray &block : blocks) {
        // A digest that does not start as signed is BAD for certain: said without asking gpg to
        // verify (it would reach the same verdict from the same two bytes).
        const std::vector<SignatureDigest> digests = checkSignatureDigests(data, block);
        const bool allMismatch = !digests.empty() && std::all_of(digests.begin(), digests.end(), [](const SignatureDigest &digest) {
            return digest.verdict == SignatureDigest::Verdict::Mismatch;
        });
        if (allMismatch) {
            for (const SignatureDigest &digest : digests) {
                SignatureCheck check;
                check.fingerprint = digest.issuerFingerprint;
                check.validity = validityName(GPGME_VALIDITY_UNKNOWN);
                gpgme_key_t key = nullptr;
                if (!check.fingerprint.isEmpty() && gpgme_get_key(context.get(), check.fingerprint.toLatin1().constData(), &key, 0) == 0) {
                    check.userId = userIdOf(key);
                    gpgme_key_unref(key);
                }
                check.status = SignatureCheck::Status::BadSignature;
                check.message = tr("BAD signature: the report or the signature was changed after signing");
                checks.push_back(check);
            }
            continue;
        }
        Data signed_ = memoryData(data);
        Data sig = memoryData(block);
        const gpgme_error_t failure = gpgme_op_verify(context.get(), sig.get(), signed_.get(), nullptr);
        gpgme_verify_result_t result = gpgme_op_verify_result(context.get());
        if (failure || !result || !result->signatures) {
            SignatureCheck check;
            check.message = tr("not a signature gpg can read: %1").arg(gpgError(failure ? failure : GPG_ERR_NO_DATA));
            checks.push_back(check);
            continue;
        }
        for (gpgme_signature_t s = result->signatures; s; s = s->next) {
            SignatureCheck check;
            check.fingerprint = QString::fromLatin1(s->fpr);
            check.time = s->timestamp ? QDateTime::fromSecsSinceEpoch(s->timestamp, QTimeZone::UTC) : QDateTime();
            check.validity = validityName(s->validity);
            gpgme_key_t key = nullptr;
            if (gpgme_get_key(context.get(), s->fpr, &key, 0) == 0) {
                check.userId = userIdOf(key);
                gpgme_key_unref(key);
            }
            const gpgme_err_code_t code = gpgme_err_code(s->status);
            if (code == GPG_ERR_BAD_SIGNATURE) {
                check.status = SignatureCheck::Status::BadSignature;
                check.message = tr("BAD signature: the report or the signature was changed after signing");
            } else if (code == GPG_ERR_NO_PUBKEY) {
                check.status = SignatureCheck::Status::NoPublicKey;
                check.message = tr("the signer's public key %1 is not in the keyring: import it to check the signature").arg(check.fingerprint);
            } else if (code == GPG_ERR_KEY_EXPIRED || (s->summary & GPGME_SIGSUM_KEY_EXPIRED)) {
                check.status = SignatureCheck::Status::ExpiredKey;
                check.message = tr("good signature, but the key %1 has expired").arg(check.fingerprint);
            } else if (code == GPG_ERR_CERT_REVOKED || (s->summary & GPGME_SIGSUM_KEY_REVOKED)) {
                check.status = SignatureCheck::Status::RevokedKey;
                check.message = tr("good signature, but the key %1 is revoked").arg(check.fingerprint);
            } else if (code == GPG_ERR_NO_ERROR || code == GPG_ERR_SIG_EXPIRED) {
                check.status = SignatureCheck::Status::Valid;
                check.message = tr("good signature by %1 (%2), key validity %3").arg(check.userId.isEmpty() ? tr("an unnamed key") : check.userId, check.fingerprint, check.validity);
            } else {
                check.status = SignatureCheck::Status::Error;
                check.message = tr("the signature could not be checked: %1").arg(gpgError(s->status));
            }
            checks.push_back(check);
        }
    }
    return checks;
}

} // namespace migreview::report
