// .migreview.toml text -> the configuration loader, and the configuration written back, which
// must read back the same (configToToml's promise).
#include "lint/config.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace migreview;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const lint::ConfigLoad load = lint::parseConfig(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.toml"));
    if (!load.config)
        return 0;
    const QByteArray written = lint::configToToml(*load.config);
    const lint::ConfigLoad again = lint::parseConfig(written, QStringLiteral("again.toml"));
    if (!again.config || lint::configToToml(*again.config) != written)
        std::abort(); // the written configuration does not read back the same
    return 0;
}
