// Replays a fuzz target's saved crash inputs (tests/data/fuzz/<target>/) through the same entry
// point, built with the normal toolchain: each once crashed migreview and must not again.
#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    int replayed = 0;
    for (const QString &name : folder.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name.startsWith(u'.'))
            continue;
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        const QByteArray bytes = file.readAll();
        std::printf("%s\n", qPrintable(name));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        ++replayed;
    }
    std::printf("%d input(s) replayed without a crash\n", replayed);
    return 0;
}
