// A repository folder built from the input -> the loader (layouts, ordering, pairing, sqitch plans,
// dbmate markers) and the lint. The input is a list of files: name, NUL, content, NUL, ...; names
// are kept inside the folder (no "..", no absolute paths) and short.
#include "lint/linter.h"
#include "repository/repository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace migreview;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir base(QStringLiteral("/tmp/migreview-fuzz-XXXXXX"));
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\0');
    QDir dir(base.path());
    dir.removeRecursively();
    dir.mkpath(QStringLiteral("."));
    for (qsizetype i = 0; i + 1 < parts.size() && i < 64; i += 2) {
        QString name = QString::fromUtf8(parts[i]).left(80);
        name.remove(QStringLiteral("..")).replace(u'\\', u'_');
        while (name.startsWith(u'/'))
            name.remove(0, 1);
        if (name.isEmpty() || name.endsWith(u'/'))
            continue;
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(parts[i + 1]);
    }
    const repository::Repository repo = repository::loadRepository(dir.path());
    if (repo.ok()) {
        lint::LintOptions options;
        options.threads = 1;
        lint::lintRepository(repo, options);
    }
    return 0;
}
