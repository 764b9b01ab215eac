#pragma once

#include <QByteArray>

namespace migreview::repository {

// The SHA-256 of bytes as 64 lower-case hex digits (OpenSSL: several times faster than
// QCryptographicHash's portable code on the corpus).
QByteArray sha256Hex(const QByteArray &bytes);

} // namespace migreview::repository
