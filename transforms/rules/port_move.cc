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

// How often `text` holds `number` as a whole number (not part of a longer one).
size_t CountNumber(std::string_view text, std::string_view number) {
  size_t count = 0;
  for (size_t at = text.find(number); at != std::string_view::npos; at = text.find(number, at + 1)) {
    size_t end = at + number.size();
    count += (at == 0 || !IsDigit(text[at - 1])) && (end == text.size() || !IsDigit(text[end]));
  }
  return count;
}

bool NamesNumber(std::string_view text, std::string_view number) { return CountNumber(text, number) > 0; }

struct Token {
  std::string_view text;
  size_t at;  // offset in the instruction's arguments
};

// The words of a CMD/ENTRYPOINT in either form: split at blanks, quotes, commas and brackets.
std::vector<Token> Tokens(std::string_view text) {
  std::vector<Token> tokens;
  auto separator = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' || c == ',' || c == '[' || c == ']' || c == '\\'; };
  for (size_t at = 0; at < text.size();) {
    if (separator(text[at])) {
      ++at;
      continue;
    }
    size_t end = at;
    while (end < text.size() && !separator(text[end])) ++end;
    tokens.push_back({text.substr(at, end - at), at});
    at = end;
  }
  return tokens;
}

// Where in `token` a server's bind to `number` is written, given the token before it: "HOST:N" after
// -b/--bind, "--bind=HOST:N", "N" after --port, "--port=N". npos when it is no such bind.
size_t BindPortAt(std::string_view previous, std::string_view token, std::string_view number) {
  if (!token.ends_with(number)) return std::string_view::npos;
  size_t at = token.size() - number.size();
  std::string_view head = token.substr(0, at);
  if (head.empty() && previous == "--port") return at;
  if (head == "--port=") return at;
  if (!head.ends_with(':') || (head.find('=') != std::string_view::npos && !head.starts_with("--bind=")))
    return std::string_view::npos;
  if (head.starts_with("--bind=") || previous == "-b" || previous == "--bind") return at;
  return std::string_view::npos;
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

bool MoveHealthcheckPort(std::string_view text, Span args, int from, int to, Edits& edits, std::string& blocker) {
  constexpr int kHttpPort = 80;
  std::string number = std::to_string(from);
  size_t named = CountNumber(text, number), moved = 0;  // mentions of the port number, and those rewritten
  auto insert = [&](size_t at, size_t length, std::string value) {
    uint32_t begin = args.begin + static_cast<uint32_t>(at);
    edits.push_back({Span{begin, begin + static_cast<uint32_t>(length)}, std::move(value)});
  };
  for (std::string_view host : {std::string_view("localhost"), std::string_view("127.0.0.1")}) {
    for (size_t at = text.find(host); at != std::string_view::npos; at = text.find(host, at + 1)) {
      size_t end = at + host.size();
      char next = end < text.size() ? text[end] : ' ';
      if (next == ':') {
        size_t digits = text.find_first_not_of("0123456789", end + 1);
        if (digits == std::string_view::npos) digits = text.size();
        if (text.substr(end + 1, digits - end - 1) == number) {
          insert(end + 1, number.size(), std::to_string(to));
          ++moved;
        }
        continue;
      }
      if (from != kHttpPort) continue;
      bool http = at >= 7 && text.substr(at - 7, 7) == "http://";
      if (!http || (next != '/' && next != ' ' && next != '"' && next != '\'' && next != '\n' && next != '\\')) {
        blocker = fmt::format("its HEALTHCHECK may reach port {} in a way dockopt cannot rewrite", from);
        return false;
      }
      insert(end, 0, fmt::format(":{}", to));  // not ":" + std::string: GCC 12 -O3 warns -Wrestrict falsely
    }
  }
  if (named > moved) {
    blocker = fmt::format("its HEALTHCHECK names port {} in a way dockopt cannot rewrite", from);
    return false;
  }
  return true;
}

namespace {

// Walks the final stage's chain: EXPOSE and HEALTHCHECK are moved from move.from to move.to, and every
// other instruction goes to `other`, which adds its own edits or returns false to refuse the move.
template <typename Other>
bool MoveThroughStages(RuleContext& context, int final_stage, PortMove& move, Other other) {
  const ir::Dockerfile& df = context.dockerfile();
  for (int stage : StageChain(df, df.stages[static_cast<size_t>(final_stage)].from)) {
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      std::string blocker;  // the finding keeps its own words: a refusal here only leaves the port alone
      bool moved = inst.kind == ir::InstructionKind::kExpose
                       ? MoveExposedPort(inst, move.from, move.to, move.edits, blocker)
                   : inst.kind == ir::InstructionKind::kHealthcheck
                       ? MoveHealthcheckPort(context.Text(inst.args), inst.args, move.from, move.to, move.edits, blocker)
                       : other(i, inst);
      if (!moved) return false;
    }
  }
  return true;
}

bool IsCommand(const ir::Instruction& inst) {
  return inst.kind == ir::InstructionKind::kCmd || inst.kind == ir::InstructionKind::kEntrypoint;
}

}  // namespace

std::optional<PortMove> PlanEnvPortMove(RuleContext& context, int final_stage) {
  const ir::Dockerfile& df = context.dockerfile();
  std::optional<size_t> env;
  for (int stage : StageChain(df, df.stages[static_cast<size_t>(final_stage)].from)) {
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
  // The port may be named nowhere else the program could read it: another ENV, the command.
  bool moved = MoveThroughStages(context, final_stage, move, [&](size_t i, const ir::Instruction& inst) {
    bool other_env = inst.kind == ir::InstructionKind::kEnv && i != *env;
    return !((other_env || IsCommand(inst)) && NamesNumber(context.Text(inst.args), number));
  });
  return moved ? std::optional<PortMove>(std::move(move)) : std::nullopt;
}

std::optional<PortMove> PlanCommandPortMove(RuleContext& context, int final_stage, int port) {
  PortMove move{{}, port, UnprivilegedPort(port)};
  std::string number = std::to_string(port);
  bool bound = false;
  bool moved = MoveThroughStages(context, final_stage, move, [&](size_t, const ir::Instruction& inst) {
    if (inst.kind == ir::InstructionKind::kEnv) return !NamesNumber(context.Text(inst.args), number);
    if (!IsCommand(inst)) return true;
    std::vector<Token> tokens = Tokens(context.Text(inst.args));
    for (size_t t = 0; t < tokens.size(); ++t) {
      if (!NamesNumber(tokens[t].text, number)) continue;
      size_t at = BindPortAt(t > 0 ? tokens[t - 1].text : "", tokens[t].text, number);
      if (at == std::string_view::npos) return false;
      uint32_t begin = inst.args.begin + static_cast<uint32_t>(tokens[t].at + at);
      move.edits.push_back({Span{begin, begin + static_cast<uint32_t>(number.size())}, std::to_string(move.to)});
      bound = true;
    }
    return true;
  });
  if (!moved || !bound) return std::nullopt;
  return move;
}

}  // namespace dockopt
