// Robustness over 1,500 real Dockerfiles: every file parses and re-emits byte for byte, or is
// rejected with a precise error that BuildKit raises too (the expected rejections are listed).
#include <gtest/gtest.h>

#include <map>

#include "ir/emit.h"
#include "ir/test_support.h"
#include "parser/parse.h"

namespace dockopt {
namespace {

namespace fs = std::filesystem;

std::map<std::string, std::string> ExpectedRejections() {
  std::map<std::string, std::string> out;
  std::istringstream in(testing::ReadFile(fs::path(DOCKOPT_SOURCE_DIR) / "golden/parse/real-world-rejections.tsv"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    out[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return out;
}

TEST(RealWorld, EveryFileParsesAndEmitsExactlyOrIsRejectedAsBuildkitWould) {
  fs::path dir = testing::CorpusDir() / "real-world";
  if (!fs::exists(dir)) GTEST_SKIP() << "corpus absent: " << dir.string();
  auto files = testing::ListSorted(dir, false, ".Dockerfile");
  ASSERT_GE(files.size(), 1500u);
  std::map<std::string, std::string> rejected;
  size_t parsed = 0, instructions = 0;
  for (const fs::path& file : files) {
    std::string bytes = testing::ReadFile(file);
    SourceBuffer source(file.filename().string(), bytes);
    ParseResult result = Parse(source);
    if (result.dockerfile) {
      ++parsed;
      instructions += result.dockerfile->instructions.size();
      ASSERT_EQ(ir::Emit(*result.dockerfile), bytes) << "emit differs: " << file.filename();
      continue;
    }
    ASSERT_FALSE(result.diagnostics.empty()) << file.filename();
    const Diagnostic& error = result.diagnostics.front();
    EXPECT_EQ(error.severity, Severity::kError);
    EXPECT_LE(error.where.end, bytes.size()) << file.filename();
    EXPECT_FALSE(error.message.empty());
    rejected[file.filename().string()] = error.message;
  }
  EXPECT_EQ(rejected, ExpectedRejections());
  std::printf("real-world: %zu files, %zu parsed (%zu instructions), %zu rejected\n", files.size(), parsed,
              instructions, rejected.size());
}

}  // namespace
}  // namespace dockopt
