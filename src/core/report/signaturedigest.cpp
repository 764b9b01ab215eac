#include "report/signaturedigest.h"

#include <QList>

#include <openssl/evp.h>

#include <memory>
#include <optional>

namespace migreview::report {

namespace {

// OpenPGP hash algorithm ids (RFC 4880 9.4) that OpenSSL's default provider has.
const EVP_MD *digestFor(int algorithm)
{
    switch (algorithm) {
    case 2:
        return EVP_sha1();
    case 8:
        return EVP_sha256();
    case 9:
        return EVP_sha384();
    case 10:
        return EVP_sha512();
    case 11:
        return EVP_sha224();
    case 12:
        return EVP_sha3_256();
    case 14:
        return EVP_sha3_512();
    default:
        return nullptr; // MD5, RIPEMD-160 and unknown ones: left to gpg
    }
}

struct Reader
{
    const QByteArray &bytes;
    qsizetype at = 0;

    bool has(qsizetype count) const { return count >= 0 && at + count <= bytes.size(); }
    int byte() { return has(1) ? uchar(bytes[at++]) : -1; }
    std::optional<quint32> bigEndian(int width)
    {
        if (!has(width))
            return std::nullopt;
        quint32 value = 0;
        for (int i = 0; i < width; ++i)
            value = (value << 8) | uchar(bytes[at++]);
        return value;
    }
};

// A packet's tag and body; nullopt at the end or on a malformed header (RFC 4880 4.2).
struct Packet
{
    int tag = 0;
    QByteArray body;
};

std::optional<Packet> nextPacket(Reader &reader)
{
    const int header = reader.byte();
    if (header < 0 || !(header & 0x80))
        return std::nullopt;
    Packet packet;
    std::optional<quint32> length;
    if (header & 0x40) { // new format
        packet.tag = header & 0x3f;
        const int first = reader.byte();
        if (first < 0)
            return std::nullopt;
        if (first < 192)
            length = quint32(first);
        else if (first < 224) {
            const int second = reader.byte();
            if (second < 0)
                return std::nullopt;
            length = quint32(((first - 192) << 8) + second + 192);
        } else if (first == 255)
            length = reader.bigEndian(4);
        else
            return std::nullopt; // partial body lengths: never used for signatures
    } else { // old format
        packet.tag = (header >> 2) & 0x0f;
        switch (header & 0x03) {
        case 0:
            length = reader.bigEndian(1);
            break;
        case 1:
            length = reader.bigEndian(2);
            break;
        case 2:
            length = reader.bigEndian(4);
            break;
        default:
            length = quint32(reader.bytes.size() - reader.at); // indeterminate: to the end
        }
    }
    if (!length || !reader.has(qsizetype(*length)))
        return std::nullopt;
    packet.body = reader.bytes.mid(reader.at, qsizetype(*length));
    reader.at += qsizetype(*length);
    return packet;
}

// The issuer named in a subpacket area (RFC 4880 5.2.3.1): the fingerprint (type 33, RFC 9580)
// before the key id (type 16).
void readIssuer(const QByteArray &area, QString *fingerprint, QString *keyId)
{
    Reader reader{area};
    while (reader.has(1)) {
        const int first = reader.byte();
        std::optional<quint32> length;
        if (first < 192)
            length = quint32(first);
        else if (first < 255) {
            const int second = reader.byte();
            if (second < 0)
                return;
            length = quint32(((first - 192) << 8) + second + 192);
        } else
            length = reader.bigEndian(4);
        if (!length || *length == 0 || !reader.has(qsizetype(*length)))
            return;
        const int type = uchar(area[reader.at]) & 0x7f;
        const QByteArray value = area.mid(reader.at + 1, qsizetype(*length) - 1);
        reader.at += qsizetype(*length);
        if (type == 33 && value.size() > 1)
            *fingerprint = QString::fromLatin1(value.mid(1).toHex().toUpper());
        else if (type == 16 && value.size() == 8)
            *keyId = QString::fromLatin1(value.toHex().toUpper());
    }
}

SignatureDigest checkPacket(const QByteArray &data, const QByteArray &body)
{
    SignatureDigest result;
    Reader reader{body};
    const int version = reader.byte();
    if (version != 4)
        return result; // v3, v5 and v6 packets: gpg decides
    const int type = reader.byte();
    reader.byte(); // public-key algorithm
    const int hashAlgorithm = reader.byte();
    const std::optional<quint32> hashedLength = reader.bigEndian(2);
    if (!hashedLength || !reader.has(qsizetype(*hashedLength)))
        return result;
    const QByteArray hashedArea = body.mid(reader.at, qsizetype(*hashedLength));
    reader.at += qsizetype(*hashedLength);
    const qsizetype hashedEnd = reader.at; // version through the hashed subpackets
    const std::optional<quint32> unhashedLength = reader.bigEndian(2);
    if (!unhashedLength || !reader.has(qsizetype(*unhashedLength)))
        return result;
    const QByteArray unhashedArea = body.mid(reader.at, qsizetype(*unhashedLength));
    reader.at += qsizetype(*unhashedLength);
    if (!reader.has(2))
        return result;
    const QByteArray left16 = body.mid(reader.at, 2);

    QString fingerprint, keyId;
    readIssuer(unhashedArea, &fingerprint, &keyId);
    readIssuer(hashedArea, &fingerprint, &keyId);
    result.issuerFingerprint = fingerprint.isEmpty() ? keyId : fingerprint;

    const EVP_MD *md = digestFor(hashAlgorithm);
    if (type != 0x00 || !md)
        return result; // a text-mode signature (line endings canonicalised) or a hash left to gpg
    // RFC 4880 5.2.4: the data, then the packet from its version through the hashed
    // subpackets, then 0x04 0xff and that part's length as four bytes.
    const quint32 trailerLength = quint32(hashedEnd);
    const unsigned char trailer[6] = {0x04, 0xff, uchar(trailerLength >> 24), uchar(trailerLength >> 16), uchar(trailerLength >> 8), uchar(trailerLength)};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (!context || !EVP_DigestInit_ex(context.get(), md, nullptr) || !EVP_DigestUpdate(context.get(), data.constData(), size_t(data.size()))
        || !EVP_DigestUpdate(context.get(), body.constData(), size_t(hashedEnd)) || !EVP_DigestUpdate(context.get(), trailer, sizeof trailer)
        || !EVP_DigestFinal_ex(context.get(), digest, &digestLength) || digestLength < 2)
        return result;
    result.verdict = (uchar(left16[0]) == digest[0] && uchar(left16[1]) == digest[1]) ? SignatureDigest::Verdict::Plausible
                                                                                       : SignatureDigest::Verdict::Mismatch;
    return result;
}

} // namespace

QByteArray dearmour(const QByteArray &block)
{
    if (!block.trimmed().startsWith("-----BEGIN PGP"))
        return block; // binary packets
    const QList<QByteArray> lines = block.split('\n');
    QByteArray base64;
    bool inHeaders = true, ended = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.startsWith("-----END PGP")) {
            ended = true;
            break;
        }
        if (inHeaders) {
            if (line.isEmpty())
                inHeaders = false;
            else if (!line.contains(':')) { // no header block at all
                inHeaders = false;
                base64 += line;
            }
            continue;
        }
        if (line.startsWith('=') && line.size() == 5)
            continue; // the CRC-24 checksum: the digest check does not need it
        base64 += line;
    }
    if (!ended)
        return {};
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

std::vector<SignatureDigest> checkSignatureDigests(const QByteArray &data, const QByteArray &signature)
{
    std::vector<QByteArray> blocks;
    static const QByteArray begin = "-----BEGIN PGP";
    for (qsizetype at = signature.indexOf(begin); at >= 0;) {
        const qsizetype next = signature.indexOf(begin, at + 1);
        blocks.push_back(signature.mid(at, next < 0 ? -1 : next - at));
        at = next;
    }
    if (blocks.empty())
        blocks.push_back(signature);
    std::vector<SignatureDigest> results;
    for (const QByteArray &block : blocks) {
        const QByteArray packets = dearmour(block);
        Reader reader{packets};
        while (const std::optional<Packet> packet = nextPacket(reader)) {
            if (packet->tag == 2)
                results.push_back(checkPacket(data, packet->body));
        }
    }
    return results;
}

} // namespace migreview::report
