// DF120 deps-first: a dependency install after `COPY . .` moves above it, behind a COPY of just the
// manifests it reads, so a source change no longer reinstalls every dependency.
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "shell/recognize.h"
#include "transforms/rule_context.h"
#include "transforms/rules/layer_facts.h"
#include "transforms/rules/rules.h"

namespace dockopt {
namespace {

using ir::InstructionKind;

/// What an install command reads, as paths relative to the working directory of the RUN.
struct Install {
  std::vector<std::string> manifests;  // must exist
  std::vector<std::string> optional;   // lock files and rc files: copied when present
  bool pip_requirements = false;       // manifests are requirement files (read for -r, -e, local paths)
  bool npm = false;                    // manifests[0] is a package.json
  bool gemfile = false;
  bool needs_sources = false;          // reads the project itself (`-e .`, `.`, poetry without --no-root)
  std::string why;                     // when needs_sources or risky: the reason
};

enum class Role : uint8_t { kInstall, kHelper, kOther };

bool IsLocalPath(std::string_view v) {
  if (v.find("://") != std::string_view::npos || v.starts_with("git+")) return false;
  return v == "." || v == ".." || v.starts_with("./") || v.starts_with("../") || v.starts_with("/") ||
         v.find('/') != std::string_view::npos || v.ends_with(".whl") || v.ends_with(".tar.gz") || v.ends_with(".zip");
}

bool HasWord(const shell::Command& command, std::string_view word) {
  return std::any_of(command.words.begin(), command.words.end(), [&](const shell::Word& w) { return w.value == word; });
}

// Reads one command of the RUN: a manifest-driven install, a helper that needs no sources, or other.
Role Classify(const shell::Command& command, Install& install) {
  if (command.opaque() || command.words.empty()) return Role::kOther;
  std::optional<shell::ToolCall> call = shell::Recognize(command);
  std::string_view tool = call ? std::string_view(call->tool) : shell::CanonicalTool(command.words[0].value);
  std::string_view sub = call ? std::string_view(call->subcommand)
                              : (command.words.size() > 1 ? std::string_view(command.words[1].value) : "");
  if (tool == "pip" || (tool == "uv" && sub == "pip")) {
    if (tool == "uv") sub = command.words.size() > 2 ? std::string_view(command.words[2].value) : "";
    if (sub != "install") return Role::kHelper;  // pip config, pip check, pip list...
    bool reads = false;
    if (call) {
      for (const shell::Option& o : call->options) {
        if (o.name == "requirement" || o.name == "constraint") {
          install.manifests.push_back(o.value);
          reads = true;
        }
        if (o.name == "editable") install.needs_sources = true, install.why = "'-e' installs the project itself";
        if ((o.name == "find-links" || o.name == "f") && IsLocalPath(o.value))
          install.needs_sources = true, install.why = "'--find-links' reads a local directory";
      }
      for (const shell::Operand& o : call->operands)
        if (IsLocalPath(o.value)) install.needs_sources = true, install.why = fmt::format("'{}' is a local path", o.value);
    }
    install.pip_requirements = install.pip_requirements || reads;
    return reads ? Role::kInstall : (install.needs_sources ? Role::kOther : Role::kHelper);
  }
  if (tool == "npm" || tool == "yarn" || tool == "pnpm") {
    bool installs = sub == "ci" || ((sub == "install" || (tool == "yarn" && sub.empty())) &&
                                    (!call || call->operands.empty()));
    if (!installs) return sub == "cache" || sub == "config" ? Role::kHelper : Role::kOther;
    install.manifests.push_back("package.json");
    install.optional.push_back(tool == "npm" ? "package-lock.json" : tool == "yarn" ? "yarn.lock" : "pnpm-lock.yaml");
    install.optional.push_back(".npmrc");
    if (tool == "npm") install.optional.push_back("npm-shrinkwrap.json");
    if (tool == "yarn") install.optional.push_back(".yarnrc");
    install.npm = true;
    return Role::kInstall;
  }
  if (tool == "go" && sub == "mod" && HasWord(command, "download")) {
    install.manifests.push_back("go.mod");
    install.optional.push_back("go.sum");
    return Role::kInstall;
  }
  if (tool == "cargo" && sub == "fetch") {
    install.manifests.push_back("Cargo.toml");
    install.optional.push_back("Cargo.lock");
    return Role::kInstall;
  }
  if (tool == "bundle" && sub == "install") {
    install.manifests.push_back("Gemfile");
    install.optional.push_back("Gemfile.lock");
    install.gemfile = true;
    return Role::kInstall;
  }
  if (tool == "composer" && sub == "install") {
    install.manifests.push_back("composer.json");
    install.optional.push_back("composer.lock");
    if (!HasWord(command, "--no-scripts") || !HasWord(command, "--no-autoloader"))
      install.needs_sources = true, install.why = "composer runs scripts and dumps the autoloader from the sources";
    return Role::kInstall;
  }
  if (tool == "poetry" && sub == "install") {
    install.manifests.push_back("pyproject.toml");
    install.optional.push_back("poetry.lock");
    if (!HasWord(command, "--no-root")) install.needs_sources = true, install.why = "poetry installs the project itself (add '--no-root')";
    return Role::kInstall;
  }
  if (tool == "pipenv" && sub == "install") {
    install.manifests.push_back("Pipfile");
    install.optional.push_back("Pipfile.lock");
    return Role::kInstall;
  }
  if (tool == "uv" && sub == "sync") {
    install.manifests.push_back("pyproject.toml");
    install.optional.push_back("uv.lock");
    if (!HasWord(command, "--no-install-project"))
      install.needs_sources = true, install.why = "uv sync installs the project itself (add '--no-install-project')";
    return Role::kInstall;
  }
  if (tool == "mvn" && HasWord(command, "dependency:go-offline")) {
    install.manifests.push_back("pom.xml");
    return Role::kInstall;
  }
  static constexpr std::string_view kHelpers[] = {"apt-get", "apt", "apk", "yum", "dnf", "microdnf", "echo", "true"};
  for (std::string_view h : kHelpers)
    if (tool == h) return Role::kHelper;
  if ((tool == "rm" || tool == "find") && call) {
    for (const shell::Operand& o : call->operands)
      if (!o.value.starts_with("/root/") && !o.value.starts_with("/tmp/") && !o.value.starts_with("/var/"))
        return Role::kOther;
    return call->operands.empty() ? Role::kOther : Role::kHelper;
  }
  return Role::kOther;
}

std::optional<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(" \t\r") - b + 1));
}

/// Follows a requirements file's `-r`/`-c` includes; false (with `why`) when it reads local paths.
bool ReadRequirements(const std::filesystem::path& context, const std::string& rel, std::vector<std::string>& files,
                      std::string& why, int depth = 0) {
  if (depth > 8 || std::find(files.begin(), files.end(), rel) != files.end()) return true;
  std::optional<std::string> text = ReadFile(context / rel);
  if (!text) {
    why = fmt::format("'{}' is not in the build context", rel);
    return false;
  }
  files.push_back(rel);
  std::string dir = rel.find('/') == std::string::npos ? "" : rel.substr(0, rel.rfind('/'));
  std::istringstream lines(*text);
  for (std::string line; std::getline(lines, line);) {
    line = Trim(line.substr(0, line.find(" #")));
    if (line.empty() || line[0] == '#') continue;
    for (std::string_view flag : {"-r", "--requirement", "-c", "--constraint"}) {
      if (!line.starts_with(flag) || line.size() == flag.size() || (line[flag.size()] != ' ' && line[flag.size()] != '='))
        continue;
      std::string included = ResolvePath(dir, Trim(line.substr(flag.size() + 1)));
      if (!ReadRequirements(context, included, files, why, depth + 1)) return false;
      line.clear();
      break;
    }
    if (line.empty()) continue;
    if (line.starts_with("-e") || line.starts_with("--editable") || line.starts_with(".") || line.starts_with("/") ||
        line.find("file:") != std::string::npos || ((line.starts_with("-f") || line.starts_with("--find-links")) &&
                                                      line.find("://") == std::string::npos)) {
      why = fmt::format("'{}' in '{}' reads the sources", line, rel);
      return false;
    }
  }
  return true;
}

/// Proves from the build context that the install needs only its manifests; fills the files to copy.
bool ProveFromContext(const std::filesystem::path& context, const Install& install, std::vector<std::string>& files,
                      std::string& why) {
  for (const std::string& m : install.manifests) {
    if (install.pip_requirements) {
      if (!ReadRequirements(context, m, files, why)) return false;
      continue;
    }
    std::optional<std::string> text = ReadFile(context / m);
    if (!text) {
      why = fmt::format("'{}' is not in the build context", m);
      return false;
    }
    if (install.npm && (text->find("\"workspaces\"") != std::string::npos || text->find("\"file:") != std::string::npos ||
                        text->find("\"link:") != std::string::npos)) {
      why = "'package.json' uses workspaces or local packages";
      return false;
    }
    if (install.npm)
      for (std::string_view hook : {"\"preinstall\"", "\"install\"", "\"postinstall\"", "\"prepare\""})
        if (text->find(hook) != std::string::npos) {
          why = fmt::format("'package.json' has a {} script that may read the sources", hook);
          return false;
        }
    if (install.gemfile && (text->find("gemspec") != std::string::npos || text->find("path:") != std::string::npos)) {
      why = "'Gemfile' reads a local gemspec or path";
      return false;
    }
    files.push_back(m);
  }
  for (const std::string& o : install.optional)
    if (std::filesystem::exists(context / o)) files.push_back(o);
  return true;
}

std::optional<std::string> RelativeTo(std::string_view path, std::string_view dir) {
  if (path == dir) return "";
  if (dir.empty()) return path.starts_with("/") ? std::nullopt : std::optional<std::string>(path);
  if (dir == "/") return path.starts_with("/") ? std::optional<std::string>(path.substr(1)) : std::nullopt;
  if (path.starts_with(dir) && path.size() > dir.size() && path[dir.size()] == '/')
    return std::string(path.substr(dir.size() + 1));
  return std::nullopt;
}

bool CopiesWholeContext(const ir::Instruction& inst) {
  if (inst.kind != InstructionKind::kCopy && inst.kind != InstructionKind::kAdd) return false;
  if (inst.FindFlag("from") != nullptr || !inst.heredocs.empty() || inst.node_args.size() < 2) return false;
  for (size_t i = 0; i + 1 < inst.node_args.size(); ++i)
    if (inst.node_args[i] != "." && inst.node_args[i] != "./") return false;
  return true;
}

std::string Shorten(std::string_view text) {
  std::string out(text.substr(0, text.find_first_of("\r\n")));
  if (out.size() > 60) out = out.substr(0, 57) + "...";
  return out;
}

void CheckCopy(RuleContext& context, size_t k) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Instruction& copy = df.instructions[k];
  const std::vector<size_t>& stage = df.stages[static_cast<size_t>(copy.stage)].instructions;
  bool crossed = false;  // a RUN, COPY, ENV or ARG sits between the COPY and the install
  for (auto it = std::find(stage.begin(), stage.end(), k) + 1; it != stage.end(); ++it) {
    const ir::Instruction& inst = df.instructions[*it];
    if (inst.kind == InstructionKind::kWorkdir || inst.kind == InstructionKind::kUser ||
        inst.kind == InstructionKind::kShell || CopiesWholeContext(inst))
      return;
    if (inst.kind != InstructionKind::kRun) {
      if (inst.kind == InstructionKind::kCopy || inst.kind == InstructionKind::kAdd || inst.kind == InstructionKind::kEnv ||
          inst.kind == InstructionKind::kArg || inst.kind == InstructionKind::kOnbuild || inst.kind == InstructionKind::kVolume)
        crossed = true;
      continue;
    }
    const shell::Script* script = context.ScriptOf(inst);
    if (script == nullptr || !inst.heredocs.empty()) {
      crossed = true;
      continue;
    }
    Install install;
    std::vector<Role> roles;
    for (const shell::Command& command : script->commands) roles.push_back(Classify(command, install));
    auto first_install = std::find(roles.begin(), roles.end(), Role::kInstall);
    if (first_install == roles.end()) {
      crossed = true;
      continue;
    }
    const shell::Command& install_cmd = script->commands[static_cast<size_t>(first_install - roles.begin())];
    std::string what = Shorten(script->Text(install_cmd.span));
    std::string message = fmt::format("'{}' runs after '{}': every source change reinstalls the dependencies", what,
                                      Shorten(context.Text(copy.span)));
    auto suggest = [&](std::string_view why) {
      context.Report(install_cmd.span, fmt::format("{}; copy only the manifests and install before it ({})", message, why));
    };
    if (crossed) return suggest("other instructions in between may be needed by the install");
    if (!PosixShellAt(df, *it) || !script->error.empty()) return suggest("the RUN cannot be modelled");
    // The commands that move: all of them, or a prefix of installs and helpers joined by `&&`.
    size_t moved = 0;
    while (moved < roles.size() && roles[moved] != Role::kOther) ++moved;
    bool whole = moved == roles.size();
    if (!whole) {
      bool ok = moved > 0 && static_cast<size_t>(first_install - roles.begin()) < moved &&
                script->commands[moved].joiner == shell::Joiner::kAnd;
      for (size_t c = 1; ok && c < moved; ++c) ok = script->commands[c].joiner == shell::Joiner::kAnd;
      if (!ok) return suggest("the RUN also does other work that may need the sources");
    }
    for (size_t c = 0; c < moved; ++c)
      if (StateChange(script->commands[c]) != ShellState::kNone) return suggest("the RUN changes directory or shell state");
    if (install.needs_sources) return suggest(install.why);
    // Where the manifests come from: paths the install reads, under the COPY's destination.
    std::optional<std::string> cwd = WorkdirAt(df, k);
    const std::string& dest_written = copy.node_args.back();
    if (!cwd || dest_written.find('$') != std::string::npos) return suggest("the destination holds a variable");
    std::string dest = ResolvePath(*cwd, dest_written);
    for (std::string& m : install.manifests) {
      std::optional<std::string> rel = RelativeTo(ResolvePath(*cwd, m), *cwd);
      if (!rel || rel->empty()) return suggest(fmt::format("'{}' is outside the working directory", m));
      m = *rel;
    }
    Safety safety = Safety::kUnsafe;
    std::vector<std::string> files;  // relative to the RUN's working directory
    if (context.options().context_dir) {
      std::string why;
      // The context files are relative to the COPY destination; the install reads relative to cwd.
      std::optional<std::string> cwd_in_dest = RelativeTo(*cwd, dest);
      if (!cwd_in_dest) return suggest("the install does not run inside the copied directory");
      std::filesystem::path root = std::filesystem::path(*context.options().context_dir) / *cwd_in_dest;
      if (!ProveFromContext(root, install, files, why)) return suggest(why);
      safety = Safety::kSafe;
    } else {
      files = install.manifests;
      for (const std::string& o : install.optional)
        if (o != ".npmrc" && o != ".yarnrc") files.push_back(o + "*");
    }
    // Group by destination directory: one COPY per directory, in first-seen order.
    std::vector<std::pair<std::string, std::vector<std::string>>> groups;
    for (const std::string& f : files) {
      std::string absolute = ResolvePath(*cwd, f);
      std::optional<std::string> rel = RelativeTo(absolute, dest);
      if (!rel || rel->empty()) return suggest(fmt::format("'{}' is not copied by '{}'", f, Shorten(context.Text(copy.span))));
      std::string dir = rel->find('/') == std::string::npos ? "" : rel->substr(0, rel->rfind('/'));
      auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& p) { return p.first == dir; });
      if (g == groups.end()) groups.push_back({dir, {}}), g = groups.end() - 1;
      g->second.push_back(*rel);
    }
    std::string flags;
    for (const ir::Flag& f : copy.flags) flags += " " + std::string(context.Text(f.span));
    std::string nl(context.Newline());
    std::string text;
    for (const auto& [dir, sources] : groups) {
      std::string to = dest_written;
      if (!dir.empty()) to = (to == "." || to == "./" ? "" : to.ends_with("/") ? to : to + "/") + dir + "/";
      else if (sources.size() > 1 && !to.ends_with("/")) to += "/";
      text += context.Keyword("COPY") + flags;
      for (const std::string& s : sources) text += " " + s;
      text += " " + to + nl;
    }
    Edits edits;
    if (whole) {
      std::string moved_text(context.Text(inst.MoveSpan()));
      if (!moved_text.ends_with("\n")) moved_text += nl;
      text += moved_text;
      edits.push_back(Edit{RemovalSpan(df, inst), ""});
    } else {
      Span prefix{script->commands[0].span.begin, script->commands[moved - 1].span.end};
      Span cut{script->commands[0].span.begin, script->commands[moved].span.begin};
      if (std::string_view(context.Text(cut)).find('#') != std::string_view::npos)
        return suggest("a comment sits in the commands that would move");
      std::string run_flags;
      for (const ir::Flag& f : inst.flags) run_flags += " " + std::string(context.Text(f.span));
      text += context.Keyword("RUN") + run_flags + " " + std::string(context.Text(prefix)) + nl;
      edits.push_back(Edit{cut, ""});
    }
    // Keep the author's grouping: a block that lands after a blank line gets one after it too.
    uint32_t at = copy.MoveSpan().begin;
    for (const ir::Trivia& t : df.trivia)
      if (t.kind == ir::Trivia::Kind::kBlank && t.span.end == at) text += nl;
    edits.insert(edits.begin(), Edit{Span{at, at}, text});
    if (context.IsSuppressed("DF120", inst)) return;
    context.Report(Span{copy.span.begin, install_cmd.span.end}, message,
                   Fix{fmt::format("copy the manifests and install before '{}'", Shorten(context.Text(copy.span))),
                       safety, std::move(edits)});
    return;
  }
}

}  // namespace

void CheckDepsFirst(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i = 0; i < df.instructions.size(); ++i)
    if (df.instructions[i].stage >= 0 && CopiesWholeContext(df.instructions[i])) CheckCopy(context, i);
}

}  // namespace dockopt
