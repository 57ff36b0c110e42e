// ToJson: the shell model as JSON; spans are [begin, end) absolute byte offsets.
#include "shell/to_json.h"

#include "shell/recognize.h"

namespace dockopt::shell {

namespace {

nlohmann::json SpanJson(Span span) { return nlohmann::json::array({span.begin, span.end}); }

nlohmann::json IndexJson(size_t index) { return index == kNoWord ? nlohmann::json(nullptr) : nlohmann::json(index); }

nlohmann::json JoinerJson(Joiner joiner) {
  if (joiner == Joiner::kNone) return nullptr;
  if (joiner == Joiner::kNewline) return "newline";
  return std::string(JoinerText(joiner));
}

}  // namespace

nlohmann::json ToJson(const Word& word) {
  return {{"raw", word.raw()}, {"value", word.value}, {"span", SpanJson(word.span)}, {"literal", word.literal},
          {"quoted", word.quoted}};
}

nlohmann::json ToJson(const ToolCall& call) {
  nlohmann::json options = nlohmann::json::array();
  for (const Option& o : call.options) {
    options.push_back({{"name", o.name},
                       {"written", o.written},
                       {"value", o.has_value ? nlohmann::json(o.value) : nlohmann::json(nullptr)},
                       {"word", IndexJson(o.word)},
                       {"value_word", IndexJson(o.value_word)}});
  }
  nlohmann::json operands = nlohmann::json::array();
  for (const Operand& o : call.operands) {
    operands.push_back({{"value", o.value}, {"name", o.name}, {"version", o.version}, {"word", IndexJson(o.word)}});
  }
  return {{"name", call.tool},
          {"subcommand", call.subcommand.empty() ? nlohmann::json(nullptr) : nlohmann::json(call.subcommand)},
          {"tool_word", call.tool_word},
          {"subcommand_word", IndexJson(call.subcommand_word)},
          {"wrappers", call.wrappers},
          {"env_words", call.env_words},
          {"opaque_script", call.opaque_script},
          {"options", std::move(options)},
          {"operands", std::move(operands)}};
}

nlohmann::json ToJson(const Script& script, const Command& cmd) {
  nlohmann::json c = {{"kind", std::string(CommandKindName(cmd.kind))},
                      {"opaque", cmd.unparsed()},
                      {"span", SpanJson(cmd.span)},
                      {"joiner", JoinerJson(cmd.joiner)},
                      {"joiner_span", cmd.joiner_span.empty() ? nlohmann::json(nullptr) : SpanJson(cmd.joiner_span)},
                      {"negated", cmd.negated}};
  nlohmann::json env = nlohmann::json::array();
  for (const Word& w : cmd.env) env.push_back(ToJson(w));
  nlohmann::json words = nlohmann::json::array();
  for (const Word& w : cmd.words) words.push_back(ToJson(w));
  nlohmann::json redirects = nlohmann::json::array();
  for (const Redirect& r : cmd.redirects) {
    nlohmann::json redirect = {{"fd", r.fd < 0 ? nlohmann::json(nullptr) : nlohmann::json(r.fd)},
                               {"op", r.op},
                               {"target", ToJson(r.target)},
                               {"span", SpanJson(r.span)}};
    if (!r.body.empty() || r.heredoc >= 0) redirect["heredoc_body"] = SpanJson(r.body);
    if (r.heredoc >= 0) redirect["heredoc"] = r.heredoc;
    redirects.push_back(std::move(redirect));
  }
  c["env"] = std::move(env);
  c["words"] = std::move(words);
  c["redirects"] = std::move(redirects);
  std::optional<ToolCall> call = Recognize(cmd);
  c["tool"] = call ? ToJson(*call) : nlohmann::json(nullptr);
  if (cmd.unparsed()) c["text"] = std::string(script.Text(cmd.span));
  if (cmd.simple()) return c;
  nlohmann::json keywords = nlohmann::json::array();
  for (const Keyword& k : cmd.keywords) keywords.push_back({{"text", k.text}, {"span", SpanJson(k.span)}});
  c["keywords"] = std::move(keywords);
  nlohmann::json parts = nlohmann::json::array();
  for (const Part& part : cmd.parts) {
    nlohmann::json patterns = nlohmann::json::array();
    for (const Word& w : part.patterns) patterns.push_back(ToJson(w));
    nlohmann::json commands = nlohmann::json::array();
    for (const Command& nested : part.commands) commands.push_back(ToJson(script, nested));
    nlohmann::json p = {{"role", std::string(PartRoleName(part.role))},
                        {"commands", std::move(commands)},
                        {"trailing_op", part.trailing_op.empty() ? nlohmann::json(nullptr) : SpanJson(part.trailing_op)}};
    if (part.role == PartRole::kArm) p["patterns"] = std::move(patterns);
    parts.push_back(std::move(p));
  }
  c["parts"] = std::move(parts);
  return c;
}

nlohmann::json ToJson(const Script& script) {
  nlohmann::json commands = nlohmann::json::array();
  for (const Command& cmd : script.commands) commands.push_back(ToJson(script, cmd));
  return {{"span", SpanJson(script.Whole())},
          {"escape", std::string(1, script.escape)},
          {"heredoc", script.heredoc},
          {"fully_modelled", script.FullyModelled()},
          {"error", script.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(script.error)},
          {"trailing_op", script.trailing_op.empty() ? nlohmann::json(nullptr) : SpanJson(script.trailing_op)},
          {"commands", std::move(commands)}};
}

}  // namespace dockopt::shell
