// IsToolbox (see toolbox.h).
#include "transforms/rules/toolbox.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/base_images.h"
#include "analysis/image_commands.h"

namespace dockopt {

namespace {

// The words of a CMD/ENTRYPOINT: the strings of the JSON form, or the shell form split on blanks.
std::vector<std::string_view> CommandWords(std::string_view rest) {
  std::vector<std::string_view> words;
  const bool exec_form = rest.find_first_not_of(" \t") != std::string_view::npos && rest[rest.find_first_not_of(" \t")] == '[';
  size_t at = 0;
  while (at < rest.size()) {
    if (exec_form) {
      size_t open = rest.find('"', at);
      if (open == std::string_view::npos) break;
      size_t close = rest.find('"', open + 1);
      if (close == std::string_view::npos) break;
      words.push_back(rest.substr(open + 1, close - open - 1));
      at = close + 1;
    } else {
      size_t begin = rest.find_first_not_of(" \t", at);
      if (begin == std::string_view::npos) break;
      size_t end = std::min(rest.find_first_of(" \t", begin), rest.size());
      words.push_back(rest.substr(begin, end - begin));
      at = end;
    }
  }
  return words;
}

std::string_view BaseName(std::string_view path) { return path.substr(path.rfind('/') + 1); }

// "'python3', a REPL": the image's own command and what kind of program it is.
std::string Described(const analysis::ImageCommand& own) {
  std::string_view kind = own.kind == analysis::DefaultCommandKind::kShell  ? "a shell"
                          : own.kind == analysis::DefaultCommandKind::kRepl ? "a REPL"
                                                                             : "a build tool";
  return fmt::format("'{}', {}", fmt::join(own.cmd, " "), kind);
}

bool IsShell(std::string_view program) {
  return program == "bash" || program == "sh" || program == "zsh" || program == "ash" || program == "fish" || program == "dash";
}

}  // namespace

bool IsToolbox(const ir::Dockerfile& df, const ir::Stage& stage, const ImageRef& image, std::string* image_command) {
  std::string_view command, cmd;
  bool entrypoint = false;
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = df.instructions[i];
    if (inst.kind == ir::InstructionKind::kEntrypoint || (inst.kind == ir::InstructionKind::kCmd && !entrypoint)) {
      command = inst.rest;
      entrypoint = entrypoint || inst.kind == ir::InstructionKind::kEntrypoint;
    }
    if (inst.kind == ir::InstructionKind::kCmd) cmd = inst.rest;
    // An ENTRYPOINT resets only a CMD inherited from the base (BuildKit's cmdSet): this stage's CMD stays.
  }
  std::vector<std::string_view> words = CommandWords(command);
  // `ENTRYPOINT ["bash", "-c"]` runs the CMD as shell code: `CMD ["/bin/bash"]` is then a shell too.
  if (entrypoint && words.size() >= 2 && words.back() == "-c" && IsShell(BaseName(words.front()))) {
    std::vector<std::string_view> code = CommandWords(cmd);
    if (!code.empty()) words = CommandWords(code.front());
  } else if (entrypoint && !words.empty() && IsShell(BaseName(words.front()))) {
    // `ENTRYPOINT ["/bin/sh"]` with `CMD ["/app/startup.sh"]` runs the script: the CMD is the shell's argument.
    std::vector<std::string_view> arguments = CommandWords(cmd);
    words.insert(words.end(), arguments.begin(), arguments.end());
  }
  if (words.empty()) {
    // The image's own command runs (analysis/data/image-commands.tsv): a shell, a REPL or a build tool.
    if (!image.known) return false;
    std::optional<analysis::ImageCommand> own = analysis::LookupImageCommand(image.Reference());
    if (!own || !own->BuildEnvironment()) return false;
    if (image_command != nullptr) *image_command = Described(*own);
    return true;
  }
  std::string_view program = BaseName(words.front());
  if (IsShell(program)) {
    // An interactive shell (`bash`, `bash -l`); `bash start.sh` or `sh -c "..."` runs an app.
    return std::all_of(words.begin() + 1, words.end(), [](std::string_view w) { return w.starts_with("-") && w != "-c"; });
  }
  const std::vector<std::string>& tools = analysis::ToolchainCommands();
  return std::find(tools.begin(), tools.end(), program) != tools.end();
}

}  // namespace dockopt
