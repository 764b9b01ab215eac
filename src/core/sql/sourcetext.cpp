#include "sourcetext.h"

#include <QCoreApplication>

#include <algorithm>

namespace migreview::sql {

namespace {
bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Length of a valid UTF-8 sequence starting at bytes[i], or 0 when it is invalid.
int utf8SequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto lead = static_cast<unsigned char>(bytes[i]);
    int length = 0;
    char32_t codePoint = 0;
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if (!isContinuationByte(bytes[i + k]))
            return 0;
        codePoint = (codePoint << 6) | (static_cast<unsigned char>(bytes[i + k]) & 0x3F);
    }
    // Overlong forms, surrogates and values beyond Unicode are invalid.
    static constexpr char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < minimum[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}
} // namespace

SourceText::SourceText(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_byteOrderMark = 3;
    m_lineStarts.push_back(0);
    // Lines end at LF, CRLF, or a lone CR (old Mac files), as editors and PostgreSQL's scanner see them.
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        if (m_bytes[i] == '\n' || (m_bytes[i] == '\r' && (i + 1 == m_bytes.size() || m_bytes[i + 1] != '\n')))
            m_lineStarts.push_back(int(i + 1));
    }
}

LineColumn SourceText::lineColumnAt(int byteOffset) const
{
    byteOffset = std::clamp(byteOffset, 0, size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byteOffset);
    const int lineIndex = int(it - m_lineStarts.begin()) - 1;
    int column = 1;
    // A byte order mark is invisible in editors: it takes no column.
    const int first = lineIndex == 0 ? std::min(byteOffset, m_byteOrderMark) : m_lineStarts[lineIndex];
    for (int i = first; i < byteOffset; ++i) {
        if (!isContinuationByte(m_bytes[i]))
            ++column;
    }
    return {lineIndex + 1, column};
}

int SourceText::utf16OffsetAt(int byteOffset) const
{
    byteOffset = std::clamp(byteOffset, 0, size());
    int units = 0;
    for (int i = 0; i < byteOffset; ++i) {
        const auto c = static_cast<unsigned char>(m_bytes[i]);
        if ((c & 0xC0) == 0x80)
            continue;
        units += (c >= 0xF0) ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
    }
    return units;
}

int SourceText::byteOffsetOfCharacter(int characterIndex) const
{
    int seen = 0;
    for (int i = 0; i < size(); ++i) {
        if (isContinuationByte(m_bytes[i]))
            continue;
        if (seen == characterIndex)
            return i;
        ++seen;
    }
    return size();
}

int SourceText::lineStartByte(int line) const
{
    if (line < 1)
        return 0;
    if (line > lineCount())
        return size();
    return m_lineStarts[line - 1];
}

QString SourceText::lineText(int line) const
{
    if (line < 1 || line > lineCount())
        return {};
    const int begin = line == 1 ? m_byteOrderMark : m_lineStarts[line - 1];
    int end = line < lineCount() ? m_lineStarts[line] - 1 : size();
    if (end > begin && m_bytes[end - 1] == '\r')
        --end;
    return textOfBytes(begin, end);
}

QString SourceText::textOfBytes(int begin, int end) const
{
    begin = std::clamp(begin, 0, size());
    end = std::clamp(end, begin, size());
    return QString::fromUtf8(m_bytes.constData() + begin, end - begin);
}

QString unreadableReason(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        if (bytes[i] == '\0')
            return QCoreApplication::translate("migreview::sql", "binary file (a NUL byte at offset %1)").arg(i);
        const int length = utf8SequenceLength(bytes, i);
        if (length == 0)
            return QCoreApplication::translate("migreview::sql", "not valid UTF-8 (a bad byte at offset %1)").arg(i);
        i += length;
    }
    return {};
}

} // namespace migreview::sql
