// The registry, the rule doc pages and the golden folders name the same rules, in both directions.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <set>
#include <string>

#include "transforms/rule.h"

namespace dockopt {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = DOCKOPT_SOURCE_DIR;

std::set<std::string> RegisteredIds() {
  std::set<std::string> ids;
  for (const Rule& rule : Rules()) ids.insert(std::string(rule.info.id));
  return ids;
}

// The names in `dir` that `keep` accepts, mapped by `id_of` (e.g. "DF107.md" -> "DF107").
template <typename Keep>
std::set<std::string> Names(const fs::path& dir, Keep keep) {
  std::set<std::string> out;
  for (const auto& entry : fs::directory_iterator(dir))
    if (keep(entry)) out.insert(entry.path().stem().string());
  return out;
}

TEST(Registry, DocPagesGoldenFoldersAndRulesAgree) {
  const std::set<std::string> registered = RegisteredIds();
  ASSERT_FALSE(registered.empty());
  const std::set<std::string> pages = Names(kSource / "docs" / "rules", [](const fs::directory_entry& e) {
    return e.is_regular_file() && e.path().extension() == ".md";
  });
  const std::set<std::string> goldens = Names(kSource / "golden" / "rules", [](const fs::directory_entry& e) {
    return e.is_directory();
  });
  for (const std::string& id : registered) {
    EXPECT_TRUE(pages.count(id)) << id << " is registered but has no docs/rules/" << id << ".md";
    bool has_case = false;
    if (goldens.count(id))
      for (const auto& entry : fs::directory_iterator(kSource / "golden" / "rules" / id))
        has_case |= fs::exists(entry.path() / "input.Dockerfile") && fs::exists(entry.path() / "expected.Dockerfile");
    EXPECT_TRUE(has_case) << id << " is registered but golden/rules/" << id << "/ holds no case";
  }
  for (const std::string& page : pages)
    EXPECT_TRUE(registered.count(page)) << "docs/rules/" << page << ".md documents no registered rule";
  for (const std::string& folder : goldens)
    EXPECT_TRUE(registered.count(folder)) << "golden/rules/" << folder << "/ tests no registered rule";
}

// The generated table reads each rule from its own file: dfNNN_<name>.cc registers DFNNN.
TEST(Registry, EachRuleLivesInItsOwnFile) {
  for (const Rule& rule : Rules()) {
    std::string prefix(rule.info.id);
    for (char& c : prefix) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    prefix += "_";
    bool found = false;
    for (const auto& entry : fs::directory_iterator(kSource / "transforms" / "rules"))
      found |= entry.path().filename().string().starts_with(prefix);
    EXPECT_TRUE(found) << "no transforms/rules/" << prefix << "*.cc for " << rule.info.id;
  }
}

}  // namespace
}  // namespace dockopt
