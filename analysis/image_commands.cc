// The default-command table (analysis/data/image-commands.tsv), parsed once.
#include "analysis/image_commands.h"

#include <cstdlib>
#include <map>
#include <mutex>
#include <regex>

#include <nlohmann/json.hpp>

#include "analysis/base_image_data.h"
#include "analysis/base_images.h"
#include "analysis/lazy_regexes.h"
#include "analysis/tsv.h"

namespace dockopt::analysis {
namespace {

struct Row {
  std::string name, tag;  // tag: a regex over the whole tag (TagRegex compiles it)
  ImageCommand command;   // all but the argv, read on a match (JSON for every row was half of a small run)
  std::string_view entrypoint_json, cmd_json;  // views of the embedded table
};

std::optional<DefaultCommandKind> ParseKind(std::string_view kind) {
  if (kind == "shell") return DefaultCommandKind::kShell;
  if (kind == "repl") return DefaultCommandKind::kRepl;
  if (kind == "build") return DefaultCommandKind::kBuildTool;
  if (kind == "server") return DefaultCommandKind::kServer;
  if (kind == "init") return DefaultCommandKind::kInit;
  return std::nullopt;
}

const std::vector<Row>& Rows() {
  static const std::vector<Row> kRows = [] {
    std::vector<Row> rows;
    for (const auto& f : TsvRows(BaseImageDataFile("image-commands.tsv"))) {
      if (f.size() < 9) continue;
      std::optional<DefaultCommandKind> kind = ParseKind(f[4]);
      if (!kind) continue;
      Row row{std::string(f[0]), std::string(f[1]), {}, f[2], f[3]};
      ImageCommand& c = row.command;
      c.kind = *kind;
      c.port = std::atoi(std::string(f[5]).c_str());
      if (f[6].starts_with("drops:")) c.root = DefaultCommandRoot::kDrops;
      if (f[6].starts_with("needs:")) c.root = DefaultCommandRoot::kNeeds;
      if (f[6].starts_with("user:")) c.root = DefaultCommandRoot::kUser;
      if (c.root != DefaultCommandRoot::kPlain) c.root_detail = std::string(f[6].substr(f[6].find(':') + 1));
      c.source = std::string(f[7]);
      c.image = row.name;
      rows.push_back(std::move(row));
    }
    return rows;
  }();
  return kRows;
}

// Row `row`'s tag pattern, compiled the first time an image of its name is looked up.
const std::regex& TagRegex(size_t row) {
  static LazyRegexes regexes = LazyRegexes::OfTags(Rows());
  return regexes.At(row);
}

// The official images' per-architecture namespaces hold the same images ("i386/debian" is "debian").
constexpr std::string_view kArchNamespaces[] = {"amd64/",   "i386/",     "arm32v5/", "arm32v6/", "arm32v7/",
                                                "arm64v8/", "ppc64le/",  "s390x/",   "mips64le/", "riscv64/"};

}  // namespace

// A REPL (python, node, ruby, php-cli) does not count: an image built on one with no command of its own
// is usually run with a command (`docker run IMAGE python app.py`) that needs what the stage installed,
// not its compilers, so the split stays useful.
bool ImageCommand::BuildEnvironment() const {
  return kind == DefaultCommandKind::kShell || kind == DefaultCommandKind::kBuildTool;
}

std::vector<std::string> ImageCommand::Argv() const {
  std::vector<std::string> argv = entrypoint;
  argv.insert(argv.end(), cmd.begin(), cmd.end());
  return argv;
}

namespace {

std::optional<ImageCommand> LookupUncached(std::string_view image) {
  std::optional<ImageNameTag> ref = NormalisedReference(image);
  if (!ref) return std::nullopt;
  for (std::string_view arch : kArchNamespaces)
    if (ref->name.starts_with(arch)) ref->name.erase(0, arch.size());
  const std::vector<Row>& rows = Rows();
  for (size_t i = 0; i < rows.size(); ++i)
    if (rows[i].name == ref->name && std::regex_match(ref->tag, TagRegex(i))) {
      ImageCommand command = rows[i].command;
      command.entrypoint = JsonArgv(rows[i].entrypoint_json);
      command.cmd = JsonArgv(rows[i].cmd_json);
      return command;
    }
  return std::nullopt;
}

}  // namespace

std::optional<ImageCommand> LookupImageCommand(std::string_view image) {
  // DF301 and the split ask about the same FROM lines, every round, and the tag regexes are the cost:
  // memoized per thread, as LookupBaseImage is.
  thread_local std::map<std::string, std::optional<ImageCommand>, std::less<>> memo;
  if (auto it = memo.find(image); it != memo.end()) return it->second;
  if (memo.size() > 4096) memo.clear();
  std::optional<ImageCommand> command = LookupUncached(image);
  memo.emplace(image, command);
  return command;
}

std::vector<std::string> JsonArgv(std::string_view json) {
  nlohmann::json parsed = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_array()) return {};
  std::vector<std::string> argv;
  for (const nlohmann::json& word : parsed) {
    if (!word.is_string()) return {};
    argv.push_back(word.get<std::string>());
  }
  return argv;
}

}  // namespace dockopt::analysis
