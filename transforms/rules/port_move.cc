#include "transforms/rules/port_move.h"

#include <fmt/core.h>

#include <string_view>

#include "transforms/rules/nginx_listen.h"
#include "transforms/rules/package_facts.h"

namespace dockopt {
namespace {

constexpr int kUnprivilegedOffset = 8000;
constexpr std::string_view kPortVariable = "PORT";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True when `text` holds `number` as a whole number (not part of a longer one).
bool NamesNumber(std::string_view text, std::string_view number) {
  for (size_t at = text.find(number); at != std::string_view::npos; at = text.find(number, at + 1)) {
    size_t end = at + number.size();
    if ((at == 0 || !IsDigit(text[at - 1])) && (end == text.size() || !IsDigit(text[end]))) return true;
  }
  return false;
}

}  // namespace

int UnprivilegedPort(int port) { return port < 1024 ? port + kUnprivilegedOffset : port; }

bool MoveExposedPort(const ir::Instruction& expose, int from, int to, Edits& edits, std::string& blocker) {
  std::string ports;
  bool changed = false;
  for (const std::string& port : expose.node_args) {
    std::string moved = port;
    std::string_view number = std::string_view(port).substr(0, port.find('/'));
    std::optional<int> value = NginxPortNumber(number);
    if (value && *value == from) {
      moved = std::to_string(to) + port.substr(number.size());
      changed = true;
    } else if (value && *value < 1024) {
      blocker = fmt::format("it also exposes port '{}'", port);
      return false;
    }
    ports += (ports.empty() ? "" : " ") + moved;
  }
  if (changed) edits.push_back({expose.args, ports});
  return true;
}

std::optional<PortMove> PlanEnvPortMove(RuleContext& context, int final_stage) {
  const ir::Dockerfile& df = context.dockerfile();
  std::optional<size_t> env;
  std::vector<int> chain = StageChain(df, df.stages[static_cast<size_t>(final_stage)].from);
  for (int stage : chain) {
    auto it = df.stages[static_cast<size_t>(stage)].assignments.find(kPortVariable);
    if (it == df.stages[static_cast<size_t>(stage)].assignments.end()) continue;
    if (env || it->second.size() != 1) return std::nullopt;
    env = it->second.front();
  }
  if (!env || df.instructions[*env].kind != ir::InstructionKind::kEnv) return std::nullopt;
  const ir::Instruction& env_inst = df.instructions[*env];
  std::string_view text = context.Text(env_inst.args);
  std::string assignment = std::string(kPortVariable) + "=";
  size_t at = text.starts_with(assignment) ? 0 : text.find(" " + assignment);
  if (at == std::string_view::npos) return std::nullopt;
  at += at == 0 ? assignment.size() : assignment.size() + 1;
  size_t end = text.find_first_not_of("0123456789", at);
  if (end == std::string_view::npos) end = text.size();
  std::optional<int> port = NginxPortNumber(text.substr(at, end - at));
  if (!port || *port >= 1024 || (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\\'))
    return std::nullopt;

  PortMove move{{}, *port, UnprivilegedPort(*port)};
  std::string number = std::to_string(*port);
  move.edits.push_back({Span{env_inst.args.begin + static_cast<uint32_t>(at), env_inst.args.begin + static_cast<uint32_t>(end)},
                        std::to_string(move.to)});
  for (int stage : chain) {
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      std::string blocker;
      switch (inst.kind) {
        case ir::InstructionKind::kExpose:
          if (!MoveExposedPort(inst, move.from, move.to, move.edits, blocker)) return std::nullopt;
          break;
        case ir::InstructionKind::kEnv:
          if (i != *env && NamesNumber(context.Text(inst.args), number)) return std::nullopt;
          break;
        case ir::InstructionKind::kCmd: case ir::InstructionKind::kEntrypoint: case ir::InstructionKind::kHealthcheck:
          if (NamesNumber(context.Text(inst.args), number)) return std::nullopt;
          break;
        default:
          break;
      }
    }
  }
  return move;
}

}  // namespace dockopt
