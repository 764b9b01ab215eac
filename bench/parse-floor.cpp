// The parse floor: libpg_query alone over the same files a lint reads. It reads every .sql file
// under the given folders, then parses each with pg_query_parse_protobuf (what migreview uses),
// so its wall time is the least any linter built on libpg_query can take for these bytes.
//
//   migreview-parse-floor [--repeat N] DIR...
//
// Prints files, bytes, failures and the parse time of the fastest of N rounds.
#include <pg_query.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    int repeat = 1;
    std::vector<std::string> folders;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else
            folders.emplace_back(argv[i]);
    }
    if (folders.empty()) {
        std::fprintf(stderr, "usage: migreview-parse-floor [--repeat N] DIR...\n");
        return 2;
    }
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    for (const std::string &folder : folders) {
        for (const auto &entry : std::filesystem::recursive_directory_iterator(folder)) {
            if (!entry.is_regular_file() || entry.path().extension() != ".sql")
                continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            texts.push_back(text.str());
            bytes += texts.back().size();
        }
    }
    double best = 1e300;
    int failures = 0;
    for (int round = 0; round < repeat; ++round) {
        failures = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const std::string &text : texts) {
            PgQueryProtobufParseResult result = pg_query_parse_protobuf(text.c_str());
            if (result.error)
                ++failures;
            pg_query_free_protobuf_parse_result(result);
        }
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("files %zu bytes %zu failed %d parse_seconds %.6f files_per_second %.1f mb_per_second %.2f\n", texts.size(), bytes,
                failures, best, double(texts.size()) / best, double(bytes) / 1e6 / best);
    return 0;
}
