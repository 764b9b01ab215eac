#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

// OpenPGP detached signatures through GPGME, over the canonical review JSON (docs/report.md,
// "Signing"). The signatures are ordinary ASCII-armoured detached signatures: anyone checks them
// with `gpg --verify report.json.asc report.json`, without migreview. Several signatures may sit
// in one .asc file, one after the other (a combined list), or in one file each.
namespace migreview::report {

struct SigningKey
{
    QString fingerprint;
    QString userId; // "Ada Lovelace <ada@example.com>"
    QDateTime expires; // invalid: never
    bool canSign = false;
};

// The secret keys of the user's keyring (GNUPGHOME) that can sign; empty with *error when GPGME
// cannot be used.
std::vector<SigningKey> secretKeys(QString *error);

// Signs data with the key named by `key` (fingerprint, key id or e-mail; empty: gpg's default):
// an ASCII-armoured detached signature, and the signing key's fingerprint.
bool signDetached(const QByteArray &data, const QString &key, QByteArray *signature, QString *fingerprint, QString *error);

struct SignatureCheck
{
    enum class Status {
        Valid, // good signature, key usable
        BadSignature, // the data or the signature was changed
        NoPublicKey, // the signer's key is not in the keyring
        ExpiredKey, // good signature by a key that has expired
        RevokedKey,
        Error, // anything else, in message
    };
    Status status = Status::Error;
    QString fingerprint;
    QString userId;
    QDateTime time; // when it was made, UTC
    QString validity; // the key's validity as gpg reports it: "ultimate", "full", "marginal", "unknown", ...
    QString message; // one sentence for a person
};
QString statusName(SignatureCheck::Status status); // "valid", "bad-signature", ... (JSON)

// Checks every signature in `signature` (one or several armoured blocks) against data; empty with
// *error when none could be read.
std::vector<SignatureCheck> verifyDetached(const QByteArray &data, const QByteArray &signature, QString *error);

} // namespace migreview::report
