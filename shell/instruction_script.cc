// Instruction scripts: bridges ir::Instruction spans to ParseScript.
#include "shell/instruction_script.h"

#include <cctype>

#include "shell/parse_script.h"
#include "shell/recognize.h"

namespace dockopt::shell {

std::optional<Script> ParseInstructionScript(const ir::Dockerfile& dockerfile, const ir::Instruction& instruction) {
  using ir::InstructionKind;
  InstructionKind kind = instruction.kind;
  if (kind != InstructionKind::kRun && kind != InstructionKind::kCmd && kind != InstructionKind::kEntrypoint &&
      kind != InstructionKind::kHealthcheck) {
    return std::nullopt;
  }
  if (!instruction.is_shell() || instruction.args.empty() || dockerfile.source == nullptr) return std::nullopt;
  Span args = instruction.args;
  std::string_view text = dockerfile.Text(args);
  if (kind == InstructionKind::kHealthcheck) {
    if (text.size() < 4 || std::toupper(static_cast<unsigned char>(text[0])) != 'C' ||
        std::toupper(static_cast<unsigned char>(text[1])) != 'M' ||
        std::toupper(static_cast<unsigned char>(text[2])) != 'D' || (text[3] != ' ' && text[3] != '\t')) {
      return std::nullopt;
    }
    size_t skip = 3;
    while (skip < text.size() && (text[skip] == ' ' || text[skip] == '\t')) ++skip;
    args.begin += static_cast<uint32_t>(skip);
    text.remove_prefix(skip);
  }
  Script script = ParseScript(text, ParseOptions{args.begin, dockerfile.escape, false});
  // `RUN cat <<EOF > file`: BuildKit reads the bodies after the line, in the order of the redirects.
  std::vector<Redirect*> redirects = HeredocRedirects(script);
  for (size_t i = 0; i < redirects.size() && i < instruction.heredocs.size(); ++i) {
    redirects[i]->heredoc = static_cast<int>(i);
    redirects[i]->body = instruction.heredocs[i].body;
  }
  return script;
}

std::optional<Script> ParseHeredocOf(const ir::Dockerfile& dockerfile, const ir::Instruction& instruction,
                                     size_t index) {
  if (instruction.kind != ir::InstructionKind::kRun || index >= instruction.heredocs.size() ||
      dockerfile.source == nullptr) {
    return std::nullopt;
  }
  std::optional<Script> main = ParseInstructionScript(dockerfile, instruction);
  if (!main || main->commands.size() != 1 || main->commands[0].opaque()) return std::nullopt;
  const Command& cmd = main->commands[0];
  if (!cmd.words.empty()) {
    std::optional<ToolCall> call = Recognize(cmd);
    bool bare_shell = call && call->tool == "sh" && call->options.empty() && call->operands.empty();
    if (!bare_shell) return std::nullopt;
  }
  const ir::Heredoc& heredoc = instruction.heredocs[index];
  return ParseHeredocScript(dockerfile.Text(heredoc.body), heredoc.body.begin);
}

}  // namespace dockopt::shell
