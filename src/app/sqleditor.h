#pragma once

#include <QHash>
#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace migreview::app {

// A read-only SQL view: KSyntaxHighlighting's "SQL (PostgreSQL)" definition with a theme that
// follows the palette, line numbers, and diagnostics laid over it as extra selections (a
// second QSyntaxHighlighter would fight the first).
class SqlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class Severity { Error, Warning, Info };
    struct Diagnostic
    {
        int begin = 0; // UTF-16 offsets into the document
        int end = 0;
        Severity severity = Severity::Error;
        QString message;
    };

    // A statement's table lock, shown as a badge in the gutter of its first line; the tooltip
    // (on the badge and on the line) tells the lock, what it blocks and the estimate.
    struct LockBadge
    {
        int line = 0; // 1-based
        QString label; // "AE", "S", ...
        QColor color;
        QString tooltip;
    };

    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    // The repository is shared by the window and outlives the editor.
    void setRepository(KSyntaxHighlighting::Repository *repository);
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    void setLockBadges(const QList<LockBadge> &badges);
    // Whole lines tinted (1-based line -> colour), under the current line and the diagnostics:
    // a diff's added or removed lines.
    void setLineHighlights(const QHash<int, QColor> &lines);
    const QHash<int, QColor> &lineHighlights() const { return m_lineHighlights; }
    const QList<LockBadge> &lockBadges() const { return m_badges; }
    // The tooltip text for a 1-based line: its diagnostics and lock badge.
    QString toolTipForLine(int line) const;
    QString themeName() const;
    int lineNumberAreaWidth() const;
    static QColor severityColor(Severity severity); // red, amber, blue: readable on light and dark

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    friend class LineNumberArea;
    void applyTheme();
    void updateExtraSelections();
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberArea(const QRect &rect, int dy);
    int badgeWidth() const;
    int markerWidth() const; // the column of finding dots, beside the lock badges

    KSyntaxHighlighting::Repository *m_repository = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QWidget *m_lineNumberArea = nullptr;
    QList<Diagnostic> m_diagnostics;
    QList<LockBadge> m_badges;
    QHash<int, QColor> m_lineHighlights;
    QColor m_lineNumberColor;
    QColor m_currentLineColor;
    QColor m_gutterColor;
    bool m_applyingTheme = false;
};

} // namespace migreview::app
