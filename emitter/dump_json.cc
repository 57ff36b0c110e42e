// JSON dump: instructions with flags, arguments, heredocs and exact source ranges.
#include "emitter/dump_json.h"

#include <string>

#include "shell/instruction_script.h"
#include "shell/to_json.h"

namespace dockopt {
namespace {

using nlohmann::json;

json Range(const ir::Dockerfile& df, Span span) {
  LineCol begin = df.source->Locate(span.begin);
  LineCol end = df.source->Locate(span.end);
  return {{"start", {{"offset", span.begin}, {"line", begin.line}, {"column", begin.col}}},
          {"end", {{"offset", span.end}, {"line", end.line}, {"column", end.col}}}};
}

std::string_view FormName(ir::ArgumentForm form) {
  switch (form) {
    case ir::ArgumentForm::kShell: return "shell";
    case ir::ArgumentForm::kExec: return "exec";
    case ir::ArgumentForm::kNone: return "none";
  }
  return "none";
}

json Instruction(const ir::Dockerfile& df, const ir::Instruction& inst) {
  json out;
  std::string kind(ir::KindName(inst.kind));
  for (char& c : kind) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  out["kind"] = kind.empty() ? "unknown" : kind;
  out["keyword"] = std::string(df.Text(inst.keyword));
  out["range"] = Range(df, inst.span);
  out["start_line"] = inst.start_line;
  out["end_line"] = inst.end_line;
  out["stage"] = inst.stage;
  json flags = json::array();
  for (const ir::Flag& flag : inst.flags) {
    json f = {{"name", flag.name}, {"range", Range(df, flag.span)}};
    f["value"] = flag.has_value ? json(flag.value) : json(nullptr);
    flags.push_back(std::move(f));
  }
  out["flags"] = std::move(flags);
  out["form"] = FormName(inst.form);
  out["arguments"] = std::string(inst.rest);
  out["arguments_range"] = inst.args.empty() ? json(nullptr) : Range(df, inst.args);
  if (inst.is_exec()) out["exec"] = inst.exec_args;
  out["nodes"] = inst.node_args;
  json heredocs = json::array();
  for (const ir::Heredoc& heredoc : inst.heredocs) {
    heredocs.push_back({{"name", heredoc.name},
                        {"fd", heredoc.fd},
                        {"expand", heredoc.expand},
                        {"chomp", heredoc.chomp},
                        {"content", heredoc.content},
                        {"body_range", Range(df, heredoc.body)}});
  }
  out["heredocs"] = std::move(heredocs);
  json inner = json::array();
  for (const ir::Trivia& trivia : inst.inner_trivia) {
    inner.push_back({{"kind", trivia.kind == ir::Trivia::Kind::kComment ? "comment" : "blank"},
                     {"range", Range(df, trivia.span)}});
  }
  out["inner_lines"] = std::move(inner);
  out["leading_comments"] = inst.leading_comments.empty() ? json(nullptr) : Range(df, inst.leading_comments);
  if (auto script = shell::ParseInstructionScript(df, inst)) out["shell"] = shell::ToJson(*script);
  json heredoc_scripts = json::array();
  for (size_t i = 0; i < inst.heredocs.size(); ++i) {
    auto script = shell::ParseHeredocOf(df, inst, i);
    heredoc_scripts.push_back(script ? shell::ToJson(*script) : json(nullptr));
  }
  if (!inst.heredocs.empty()) out["heredoc_scripts"] = std::move(heredoc_scripts);
  if (!inst.onbuild.empty()) out["onbuild"] = Instruction(df, inst.onbuild.front());
  return out;
}

}  // namespace

json DumpJson(const ir::Dockerfile& df) {
  json out;
  out["schema"] = 1;
  out["file"] = df.source->path();
  out["escape"] = std::string(1, df.escape);
  out["bom"] = df.source->has_bom();
  out["crlf"] = df.source->uses_crlf();
  json directives = json::array();
  for (const ir::Directive& d : df.directives)
    directives.push_back({{"name", d.name}, {"value", d.value}, {"range", Range(df, d.span)}});
  out["directives"] = std::move(directives);
  out["meta_args"] = df.meta_args;
  json stages = json::array();
  for (const ir::Stage& stage : df.stages) {
    stages.push_back({{"name", stage.name.empty() ? json(nullptr) : json(stage.name)},
                      {"base", stage.base},
                      {"instructions", stage.instructions}});
  }
  out["stages"] = std::move(stages);
  json instructions = json::array();
  for (const ir::Instruction& inst : df.instructions) instructions.push_back(Instruction(df, inst));
  out["instructions"] = std::move(instructions);
  return out;
}

}  // namespace dockopt
