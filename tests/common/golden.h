#pragma once

// Golden-file comparison in the style of KSyntaxHighlighting's autotests: the test writes its
// output to the build folder and compares it with a reference beside the test data. With
// MIGREVIEW_UPDATE_REFERENCES=1 the output replaces the reference (review the diff!).

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace golden {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Returns an empty string when actual matches the reference, else a readable diff.
inline QString compare(const QByteArray &actual, const QString &referencePath, const QString &outputPath)
{
    writeAll(outputPath, actual);
    if (qEnvironmentVariableIntValue("MIGREVIEW_UPDATE_REFERENCES") == 1) {
        writeAll(referencePath, actual);
        return {};
    }
    if (!QFileInfo::exists(referencePath))
        return QStringLiteral("no reference %1 (run with MIGREVIEW_UPDATE_REFERENCES=1 to create it)").arg(referencePath);
    if (readAll(referencePath) == actual)
        return {};
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), referencePath, outputPath});
    diff.waitForFinished();
    return QStringLiteral("%1 differs from the reference:\n%2").arg(outputPath, QString::fromUtf8(diff.readAllStandardOutput()));
}

} // namespace golden

#define MIGREVIEW_COMPARE_GOLDEN(actual, reference, output)                                                            \
    do {                                                                                                               \
        const QString goldenProblem = golden::compare((actual), (reference), (output));                               \
        if (!goldenProblem.isEmpty())                                                                                  \
            QFAIL(qPrintable(goldenProblem));                                                                          \
    } while (false)
