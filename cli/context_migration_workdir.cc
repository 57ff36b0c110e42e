// WorkdirInCopiedDir (see context_migration_workdir.h).
#include "cli/context_migration_workdir.h"

#include <regex>
#include <utility>
#include <string_view>
#include <vector>

namespace dockopt::cli {
namespace {

// `path` resolved against directory `base` and normalized ("/docs/./build/" -> "/docs/build"); ""
// when it holds a variable.
std::string Resolve(const std::string& base, const std::string& path) {
  if (path.find('$') != std::string::npos) return "";
  std::string joined = base;
  if (!path.empty() && path[0] == '/') {
    joined = path;
  } else {
    joined.push_back('/');
    joined.append(path);
  }
  std::vector<std::string> parts;
  size_t at = 0;
  while (at <= joined.size()) {
    size_t slash = joined.find('/', at);
    if (slash == std::string::npos) slash = joined.size();
    const std::string part = joined.substr(at, slash - at);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    at = slash + 1;
  }
  std::string out;
  for (const std::string& part : parts) {
    out.push_back('/');
    out.append(part);
  }
  return out.empty() ? "/" : out;
}

bool WholeContext(const ir::Instruction& inst) {
  if ((inst.kind != ir::InstructionKind::kCopy && inst.kind != ir::InstructionKind::kAdd) ||
      inst.FindFlag("from") != nullptr || inst.node_args.size() < 2)
    return false;
  for (size_t i = 0; i + 1 < inst.node_args.size(); ++i)
    if (inst.node_args[i] == "." || inst.node_args[i] == "./") return true;
  return false;
}

// True when `path` is `root` or inside it.
bool Inside(const std::string& path, const std::string& root) {
  if (path == root || root == "/") return path == root || path.starts_with('/');
  return path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/';
}

}  // namespace

std::optional<std::string> WorkdirInCopiedDir(const ir::Dockerfile& dockerfile, const std::string& dir) {
  static const std::regex kCd(R"((?:^|[;&|(\s])cd\s+([^\s;&|)]+))");
  for (const ir::Stage& stage : dockerfile.stages) {
    std::string workdir = "/";
    std::vector<std::string> copied;  // where whole-context copies put `dir`
    for (size_t i : stage.instructions) {
      const ir::Instruction& inst = dockerfile.instructions[i];
      if (WholeContext(inst)) {
        const std::string dest = Resolve(workdir, inst.node_args.back());
        if (!dest.empty()) copied.push_back(Resolve(dest, dir));
      } else if (inst.kind == ir::InstructionKind::kWorkdir && !inst.node_args.empty()) {
        std::string next = Resolve(workdir, inst.node_args[0]);
        const bool known = !next.empty();
        if (!known) next.push_back('/');  // a variable: later relative paths are not followed
        workdir = std::move(next);
        for (const std::string& c : copied)
          if (known && Inside(workdir, c)) return workdir;
      } else if (inst.kind == ir::InstructionKind::kRun && !copied.empty()) {
        const std::string text(inst.logical);
        for (std::sregex_iterator m(text.begin(), text.end(), kCd), end; m != end; ++m) {
          const std::string target = Resolve(workdir, (*m)[1].str());
          for (const std::string& c : copied)
            if (!target.empty() && Inside(target, c)) return target;
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace dockopt::cli
