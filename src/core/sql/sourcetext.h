#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace migreview::sql {

// A position as a person reads it: 1-based line, 1-based column counted in characters.
struct LineColumn
{
    int line = 0;
    int column = 0;
    friend bool operator==(const LineColumn &, const LineColumn &) = default;
};

// The raw bytes of a SQL file plus the maps between byte offsets (what libpg_query reports),
// character positions and lines. Built once per file.
class SourceText
{
public:
    explicit SourceText(QByteArray bytes = {});

    const QByteArray &bytes() const { return m_bytes; }
    int size() const { return int(m_bytes.size()); }
    int lineCount() const { return int(m_lineStarts.size()); }

    // Byte offset (0-based, clamped) to line and character column.
    LineColumn lineColumnAt(int byteOffset) const;
    // Byte offset to an offset into the UTF-16 QString of the whole text (for editors).
    int utf16OffsetAt(int byteOffset) const;
    // Character index (0-based, in code points) to byte offset, for libpg_query's cursorpos.
    int byteOffsetOfCharacter(int characterIndex) const;
    int lineStartByte(int line) const;
    QString lineText(int line) const;
    QString textOfBytes(int begin, int end) const;

private:
    QByteArray m_bytes;
    std::vector<int> m_lineStarts;
    int m_byteOrderMark = 0; // its length in bytes when the text starts with one
};

// Why a file is not readable as SQL text, or an empty string when it is.
QString unreadableReason(const QByteArray &bytes);

} // namespace migreview::sql
