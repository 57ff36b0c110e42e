// RemovedRightAfterCopy (see context_migration_removed.h).
#include "cli/context_migration_removed.h"

#include <optional>
#include <regex>
#include <sstream>

#include "analysis/copy_sources.h"

namespace dockopt::cli {
namespace {

constexpr const char* kUnknownRoot = "/\x01" "base-workdir";

// "/a/b/" -> "/a/b"; "a" under "/w" -> "/w/a"; nullopt when the path depends on a variable or on
// an unknown working directory.
std::optional<std::string> Absolute(const std::string& path, const std::optional<std::string>& workdir) {
  if (path.find('$') != std::string::npos) return std::nullopt;
  std::string out = path;
  while (out.starts_with("./")) out.erase(0, 2);
  for (size_t dot = out.find("/./"); dot != std::string::npos; dot = out.find("/./")) out.erase(dot, 2);
  if (!out.starts_with("/")) {
    if (!workdir) return std::nullopt;
    out = (*workdir == "/" ? "" : *workdir) + "/" + (out == "." || out == "./" ? "" : out);
  }
  while (out.size() > 1 && out.ends_with("/")) out.pop_back();
  while (out.ends_with("/.")) out.resize(out.size() - 2);
  return out.empty() ? "/" : out;
}

bool WholeContext(const analysis::CopyArgs& copy) {
  if (copy.from || copy.sources.empty()) return false;
  for (const analysis::CopySourceArg& s : copy.sources)
    if (s.origin != analysis::SourceOrigin::kPath || (s.path != "." && s.path != "./")) return false;
  return true;
}

// The plain paths of the leading `rm` commands of `script`, made absolute against `workdir`.
std::vector<std::string> LeadingRemovals(std::string script, const std::optional<std::string>& workdir) {
  static const std::regex kSeparator(R"(&&|;|\n)");
  static const std::regex kFlags("-[rRfv]+|--recursive|--force");
  static const std::regex kPlainPath(R"([A-Za-z0-9_./@+-]+)");
  script = std::regex_replace(script, std::regex(R"(\\\r?\n)"), " ");
  std::vector<std::string> out;
  for (std::sregex_token_iterator it(script.begin(), script.end(), kSeparator, -1), end; it != end; ++it) {
    std::istringstream words(it->str());
    std::string word;
    if (!(words >> word) || word != "rm") break;
    std::vector<std::string> paths;
    bool plain = true;
    while (words >> word) {
      if (std::regex_match(word, kFlags)) continue;
      const std::optional<std::string> path = std::regex_match(word, kPlainPath) ? Absolute(word, workdir) : std::nullopt;
      if (!path || word.find("..") != std::string::npos) {
        plain = false;
        break;
      }
      paths.push_back(*path);
    }
    if (!plain) break;
    out.insert(out.end(), paths.begin(), paths.end());
  }
  return out;
}

}  // namespace

std::vector<std::string> RemovedRightAfterCopy(const ir::Dockerfile& dockerfile) {
  std::vector<std::string> out;
  for (const ir::Stage& stage : dockerfile.stages) {
    // The base image's WORKDIR is not known: a made-up root that no absolute path starts with, so
    // relative paths still resolve against each other and never against an absolute one.
    std::optional<std::string> workdir = kUnknownRoot;  // nullopt once a WORKDIR holds a variable
    for (size_t n = 0; n < stage.instructions.size(); ++n) {
      const ir::Instruction& inst = dockerfile.instructions[stage.instructions[n]];
      if (inst.kind == ir::InstructionKind::kWorkdir) workdir = Absolute(std::string(inst.rest), workdir);
      const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
      if (!copy || !WholeContext(*copy) || n + 1 >= stage.instructions.size()) continue;
      const ir::Instruction& next = dockerfile.instructions[stage.instructions[n + 1]];
      const std::optional<std::string> dest = Absolute(copy->destination, workdir);
      if (!dest || next.kind != ir::InstructionKind::kRun || !next.is_shell() || !next.heredocs.empty())
        continue;
      const std::string under = *dest == "/" ? "/" : *dest + "/";
      for (const std::string& path : LeadingRemovals(std::string(next.rest), workdir))
        if (path.starts_with(under) && path.size() > under.size()) out.push_back(path.substr(under.size()));
    }
  }
  return out;
}

}  // namespace dockopt::cli
