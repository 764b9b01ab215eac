#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

// The part of an OpenPGP signature check that needs no key and no gpg: every signature packet
// carries the first two bytes of the digest it signs (RFC 4880 5.2.3, "left 16 bits of signed
// hash value"). When the data's digest starts differently, the signature is BAD for certain, as
// gpg itself concludes before any public-key operation; when it starts the same, only the full
// check (verifyDetached) can decide. migreview verify asks this first, so a changed report is
// refused without starting gpg, and the tests can check every changed byte in process.
namespace migreview::report {

struct SignatureDigest
{
    enum class Verdict {
        Mismatch, // the data is not what this signature was made over
        Plausible, // the digest starts as signed: the full check decides
        Unknown, // a packet version, signature type or hash this check does not read: the full check decides
    };
    Verdict verdict = Verdict::Unknown;
    QString issuerFingerprint; // upper-case hex from the issuer fingerprint subpacket, or the key id; may be empty
};

// One result per signature packet in `signature` (ASCII-armoured blocks one after another, or
// binary packets); empty when nothing in it can be read as a signature.
std::vector<SignatureDigest> checkSignatureDigests(const QByteArray &data, const QByteArray &signature);

// The packets of one armoured block ("-----BEGIN PGP ...") or of binary input as is; empty when
// the armour is broken.
QByteArray dearmour(const QByteArray &block);

} // namespace migreview::report
