#include "sqleditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace migreview::app {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(SqlEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QTextBlock block = m_editor->cursorForPosition(QPoint(0, help->pos().y())).block();
            const QString text = m_editor->toolTipForLine(block.blockNumber() + 1);
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    SqlEditor *m_editor;
};

SqlEditor::SqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &SqlEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SqlEditor::updateExtraSelections);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::setRepository(KSyntaxHighlighting::Repository *repository)
{
    m_repository = repository;
    if (!m_highlighter) {
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
        m_highlighter->setDefinition(m_repository->definitionForName(QStringLiteral("SQL (PostgreSQL)")));
    }
    applyTheme();
}

QString SqlEditor::themeName() const
{
    return m_highlighter ? m_highlighter->theme().name() : QString();
}

void SqlEditor::applyTheme()
{
    if (!m_repository || !m_highlighter || m_applyingTheme)
        return;
    m_applyingTheme = true;
    // The theme follows the surrounding palette (the editor's own is overwritten below).
    const QPalette surrounding = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    const bool dark = surrounding.color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme theme =
        m_repository->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    if (m_highlighter->theme().name() != theme.name()) {
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlight();
    }
    m_lineNumberColor = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
    m_currentLineColor = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine));
    m_gutterColor = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder));
    QPalette editorPalette = surrounding;
    editorPalette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    editorPalette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    editorPalette.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    setPalette(editorPalette);
    viewport()->setPalette(editorPalette);
    updateExtraSelections();
    m_lineNumberArea->update();
    m_applyingTheme = false;
}

void SqlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void SqlEditor::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    updateExtraSelections();
    // The marker column comes and goes with the findings.
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    resizeEvent(nullptr);
    m_lineNumberArea->update();
}

void SqlEditor::setLockBadges(const QList<LockBadge> &badges)
{
    m_badges = badges;
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    resizeEvent(nullptr);
    m_lineNumberArea->update();
}

QString SqlEditor::toolTipForLine(int line) const
{
    QStringList parts;
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    for (const Diagnostic &diagnostic : m_diagnostics) {
        if (document()->findBlock(diagnostic.begin).blockNumber() == block.blockNumber())
            parts.push_back(diagnostic.message);
    }
    for (const LockBadge &badge : m_badges) {
        if (badge.line == line)
            parts.push_back(badge.tooltip);
    }
    return parts.join(QStringLiteral("\n\n"));
}

int SqlEditor::badgeWidth() const
{
    return m_badges.isEmpty() ? 0 : fontMetrics().horizontalAdvance(QStringLiteral("SRE")) + 10;
}

int SqlEditor::markerWidth() const
{
    return m_diagnostics.isEmpty() ? 0 : fontMetrics().height();
}

QColor SqlEditor::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd9, 0x30, 0x25);
    case Severity::Warning:
        return QColor(0xd0, 0x8c, 0x00);
    case Severity::Info:
        break;
    }
    return QColor(0x2a, 0x7a, 0xde);
}

void SqlEditor::setLineHighlights(const QHash<int, QColor> &lines)
{
    m_lineHighlights = lines;
    updateExtraSelections();
}

void SqlEditor::updateExtraSelections()
{
    // setExtraSelections replaces the whole list, so the kinds are merged here.
    QList<QTextEdit::ExtraSelection> selections;
    for (auto it = m_lineHighlights.constBegin(); it != m_lineHighlights.constEnd(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection line;
        line.format.setBackground(it.value());
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(block);
        selections.push_back(line);
    }
    QTextEdit::ExtraSelection currentLine;
    currentLine.format.setBackground(m_currentLineColor.isValid() ? m_currentLineColor : palette().color(QPalette::AlternateBase));
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    selections.push_back(currentLine);
    for (const Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        const int length = document()->characterCount() - 1;
        const int begin = std::clamp(diagnostic.begin, 0, length);
        int end = std::clamp(diagnostic.end, begin, length);
        if (end == begin) {
            // An error at a point (e.g. the end of the input) still needs something to underline.
            if (begin > 0) {
                selection.cursor.setPosition(begin - 1);
                selection.cursor.setPosition(begin, QTextCursor::KeepAnchor);
            } else {
                selection.cursor.setPosition(0);
                selection.cursor.setPosition(std::min(1, length), QTextCursor::KeepAnchor);
            }
        } else {
            selection.cursor.setPosition(begin);
            selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        }
        selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        selection.format.setUnderlineColor(severityColor(diagnostic.severity));
        selection.format.setToolTip(diagnostic.message);
        selections.push_back(selection);
    }
    setExtraSelections(selections);
}

bool SqlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const int position = cursorForPosition(inViewport).position();
        QStringList messages;
        for (const Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
            if (position >= diagnostic.begin - 1 && position <= std::max(diagnostic.end, diagnostic.begin + 1))
                messages.push_back(diagnostic.message);
        }
        const int line = document()->findBlock(position).blockNumber() + 1;
        for (const LockBadge &badge : std::as_const(m_badges)) {
            if (badge.line == line)
                messages.push_back(badge.tooltip);
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

int SqlEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(u'9') * std::max(digits, 3) + badgeWidth() + markerWidth();
}

void SqlEditor::resizeEvent(QResizeEvent *event)
{
    if (event)
        QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_lineNumberArea->setGeometry(QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void SqlEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
}

void SqlEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), m_gutterColor.isValid() ? m_gutterColor : palette().color(QPalette::Window));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    // Per line, its most severe finding: a dot in the marker column, and the line number coloured.
    QHash<int, Severity> severityOfLine;
    for (const Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
        const int line = document()->findBlock(diagnostic.begin).blockNumber();
        severityOfLine.insert(line, std::min(severityOfLine.value(line, Severity::Info), diagnostic.severity));
    }
    const int markerLeft = badgeWidth();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const auto marked = severityOfLine.constFind(block.blockNumber());
            painter.setPen(marked != severityOfLine.constEnd() ? severityColor(*marked)
                                                               : (m_lineNumberColor.isValid() ? m_lineNumberColor : palette().color(QPalette::PlaceholderText)));
            painter.drawText(0, top, m_lineNumberArea->width() - 4, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
            if (marked != severityOfLine.constEnd()) {
                const double size = fontMetrics().height() * 0.55;
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(severityColor(*marked));
                painter.drawEllipse(QRectF(markerLeft + (markerWidth() - size) / 2, top + (fontMetrics().height() - size) / 2, size, size));
                painter.restore();
            }
            for (const LockBadge &badge : std::as_const(m_badges)) {
                if (badge.line != block.blockNumber() + 1)
                    continue;
                const QRectF box(2, top + 1, badgeWidth() - 4, fontMetrics().height() - 2);
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(badge.color);
                painter.drawRoundedRect(box, 3, 3);
                painter.setPen(QColor(0x1a, 0x1a, 0x1a)); // the badge colours are mid-tones: dark text reads on all
                QFont small = painter.font();
                small.setPointSizeF(small.pointSizeF() * 0.8);
                painter.setFont(small);
                painter.drawText(box, Qt::AlignCenter, badge.label);
                painter.restore();
                break;
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace migreview::app
