// Layer facts: shell state changes, removal spans, WORKDIR and path resolution.
#include "transforms/rules/layer_facts.h"

#include <algorithm>
#include <vector>

namespace dockopt {
namespace {

bool IsPosixShellProgram(std::string_view program) {
  size_t slash = program.rfind('/');
  std::string_view base = slash == std::string_view::npos ? program : program.substr(slash + 1);
  return base == "sh" || base == "bash" || base == "dash" || base == "ash" || base == "zsh";
}

// A trivia line (blank) ending exactly at `offset`, or starting exactly at it.
const ir::Trivia* BlankEndingAt(const ir::Dockerfile& df, uint32_t offset) {
  for (const ir::Trivia& t : df.trivia)
    if (t.kind == ir::Trivia::Kind::kBlank && t.span.end == offset) return &t;
  return nullptr;
}
const ir::Trivia* BlankStartingAt(const ir::Dockerfile& df, uint32_t offset) {
  for (const ir::Trivia& t : df.trivia)
    if (t.kind == ir::Trivia::Kind::kBlank && t.span.begin == offset) return &t;
  return nullptr;
}

std::string_view GlobFree(std::string_view path) {
  size_t glob = path.find_first_of("*?[");
  if (glob == std::string_view::npos) return path;
  size_t slash = path.rfind('/', glob);
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

}  // namespace

ShellState StateChange(const shell::Command& command) {
  if (command.opaque()) return ShellState::kOther;
  if (command.words.empty()) return command.env.empty() ? ShellState::kNone : ShellState::kOther;  // `A=1` alone
  std::string_view name = command.words[0].value;
  if (name == "cd" || name == "pushd" || name == "popd") return ShellState::kDirectory;
  static constexpr std::string_view kState[] = {"export", "set", "source", ".", "ulimit", "umask", "unset",
                                                "alias", "shopt", "trap", "eval", "exec", "exit", "readonly",
                                                "declare", "typeset", "local", "enable", "hash", "builtin"};
  for (std::string_view s : kState)
    if (name == s) return ShellState::kOther;
  return ShellState::kNone;
}

ShellState StateChange(const shell::Script& script) {
  ShellState worst = ShellState::kNone;
  for (const shell::Command& command : script.commands) {
    ShellState s = StateChange(command);
    if (s > worst) worst = s;
  }
  return worst;
}

bool PosixShellAt(const ir::Dockerfile& df, size_t index) {
  const ir::Instruction& at = df.instructions[index];
  if (at.stage < 0) return false;
  if (df.escape != '\\') return false;  // `# escape=`` is the Windows convention
  const std::vector<size_t>& shells = df.stages[static_cast<size_t>(at.stage)].shells;
  auto after = std::lower_bound(shells.begin(), shells.end(), index);  // the SHELL in effect is the one before
  if (after == shells.begin()) return true;
  const ir::Instruction& inst = df.instructions[*(after - 1)];
  return inst.is_exec() && !inst.exec_args.empty() && IsPosixShellProgram(inst.exec_args[0]);
}

Span RemovalSpan(const ir::Dockerfile& df, const ir::Instruction& inst) {
  Span span = inst.MoveSpan();
  const ir::Trivia* before = BlankEndingAt(df, span.begin);
  // Only between single blank lines: inside a run of blanks the file's spacing is left as it is.
  const ir::Trivia* after = BlankStartingAt(df, span.end);
  bool after_blank = (after != nullptr && BlankStartingAt(df, after->span.end) == nullptr) ||
                     span.end >= df.source->text().size();
  if (before != nullptr && after_blank) span.begin = before->span.begin;
  return span;
}

std::optional<std::string> WorkdirAt(const ir::Dockerfile& df, size_t index) {
  const ir::Instruction& at = df.instructions[index];
  if (at.stage < 0) return std::nullopt;
  std::string cwd;
  for (size_t i : df.stages[static_cast<size_t>(at.stage)].workdirs) {
    if (i >= index) break;
    const ir::Instruction& inst = df.instructions[i];
    std::string_view dir = inst.rest;
    if (dir.find('$') != std::string_view::npos || dir.empty()) return std::nullopt;
    cwd = ResolvePath(cwd, dir);
    if (!cwd.starts_with("/")) cwd = "/" + cwd;  // WORKDIR relative to an unknown base: assume "/"
  }
  return cwd;
}

std::string ResolvePath(std::string_view cwd, std::string_view path) {
  std::string joined = path.starts_with("/") || cwd.empty() ? std::string(path) : std::string(cwd) + "/" + std::string(path);
  bool absolute = joined.starts_with("/");
  std::vector<std::string> parts;
  size_t pos = 0;
  while (pos <= joined.size()) {
    size_t slash = joined.find('/', pos);
    if (slash == std::string::npos) slash = joined.size();
    std::string part = joined.substr(pos, slash - pos);
    if (part == "..") {
      if (!parts.empty() && parts.back() != "..") parts.pop_back();
      else if (!absolute) parts.push_back(part);
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    pos = slash + 1;
  }
  std::string out = absolute ? "/" : "";
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
  return out;
}

bool PathsOverlap(std::string_view a, std::string_view b) {
  a = GlobFree(a);
  b = GlobFree(b);
  if (a.starts_with("/") != b.starts_with("/")) return true;  // cannot tell: assume they meet
  auto inside = [](std::string_view inner, std::string_view outer) {
    if (outer.empty() || outer == "/") return true;
    return inner == outer || (inner.starts_with(outer) && inner[outer.size()] == '/');
  };
  return inside(a, b) || inside(b, a);
}

}  // namespace dockopt
