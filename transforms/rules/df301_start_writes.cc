// DF301's reading of what the start writes: see df301_start_writes.h.
#include "transforms/rules/df301_start_writes.h"

#include <algorithm>
#include <cctype>

#include "analysis/copy_sources.h"
#include "analysis/paths.h"
#include "transforms/rules/build_steps.h"

namespace dockopt {
namespace {

std::string Unquoted(std::string value) {
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return value;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view Basename(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The RUN texts of the chain (logical line and heredoc bodies), each with its instruction.
template <typename F>
void ForEachRun(const ir::Dockerfile& df, const std::vector<int>& chain, F f) {
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kRun) continue;
      std::string text(inst.logical);
      for (const ir::Heredoc& h : inst.heredocs) text += "\n" + h.content;
      f(i, text);
    }
}

}  // namespace

std::optional<std::string> EnvHome(const ir::Dockerfile& df, const std::vector<int>& chain) {
  std::optional<std::string> home;
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kEnv) continue;
      for (size_t a = 0; a + 1 < inst.node_args.size(); a += 3) {
        if (inst.node_args[a] != "HOME") continue;
        std::string value = Unquoted(inst.node_args[a + 1]);
        home = value.starts_with("/") && value.find_first_of("$ ") == std::string::npos
                   ? std::optional<std::string>(analysis::Join("/", value))
                   : std::nullopt;
      }
    }
  return home;
}

bool StageGivesHome(const ir::Dockerfile& df, const std::vector<int>& chain, const std::string& home) {
  bool given = false;
  ForEachRun(df, chain, [&](size_t, const std::string& text) {
    for (const std::vector<std::string>& words : CommandSegments(text)) {
      const size_t at = CommandWord(words);
      if (at >= words.size()) continue;
      const std::string& tool = words[at];
      if (tool != "chown" && tool != "useradd" && tool != "adduser") continue;
      for (size_t w = at + 1; w < words.size(); ++w)
        if (words[w].starts_with("/") && (tool == "chown" ? analysis::IsUnder(home, analysis::Join("/", words[w]))
                                                          : analysis::Join("/", words[w]) == home))
          given = true;
    }
  });
  return given;
}

std::optional<std::string> InstallerLeftForStart(const ir::Dockerfile& df) {
  // Every stage: a split copies what its builder shipped into the final stage.
  std::vector<int> stages(df.stages.size());
  for (size_t s = 0; s < stages.size(); ++s) stages[s] = static_cast<int>(s);
  std::vector<std::pair<size_t, std::string>> shipped;  // (instruction, basename)
  for (size_t i = 0; i < df.instructions.size(); ++i) {
    std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(df.instructions[i]);
    if (!copy || copy->from || df.instructions[i].stage < 0) continue;
    for (const analysis::CopySourceArg& source : copy->sources) {
      const std::string name(Basename(source.path));
      // Named for installing: an installer, an unattended install's answers (`auto-install.j2`).
      if (Lower(name).find("install") != std::string::npos && name.find_first_of("*?$") == std::string::npos)
        shipped.emplace_back(i, name);
    }
  }
  std::optional<std::string> left;
  for (const auto& [copied_at, name] : shipped) {
    bool run = false;
    ForEachRun(df, stages, [&](size_t i, const std::string& text) {
      run |= i > copied_at && text.find(name) != std::string::npos;
    });
    if (!run && !left) left = name;
  }
  return left;
}

}  // namespace dockopt
