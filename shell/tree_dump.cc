// DumpTree: the command tree as an indented outline with the walker's run context.
#include "shell/tree_dump.h"

#include "shell/recognize.h"
#include "shell/walk.h"

namespace dockopt::shell {

namespace {

std::string Flags(const RunContext& c) {
  std::string out;
  auto add = [&](bool on, const char* name) {
    if (!on) return;
    out += out.empty() ? "  [" : " ";
    out += name;
  };
  add(c.conditional, "cond");
  add(c.in_loop, "loop");
  add(c.in_function, "fn");
  add(c.in_subshell, "sub");
  add(c.in_pipeline, "pipe");
  if (!out.empty()) out += "]";
  return out;
}

std::string OneLine(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '\n' ? ' ' : c;
  return out;
}

void DumpCommand(const Script& script, const CommandSite& site, std::string& out) {
  const Command& cmd = *site.command;
  std::string indent(site.depth * 4, ' ');
  out += indent;
  if (cmd.joiner != Joiner::kNone && cmd.joiner != Joiner::kNewline) out += std::string(JoinerText(cmd.joiner)) + " ";
  if (cmd.negated) out += "! ";
  out += CommandKindName(cmd.kind);
  if (cmd.unparsed()) {
    (out += ": ") += OneLine(script.Text(cmd.span));  // appends, not "x" + string&&: GCC 12 -O3 -Wrestrict
    out += "\n";
    return;
  }
  if (!cmd.env.empty() || !cmd.words.empty()) out += ":";
  for (const Word& w : cmd.env) (out += " ") += OneLine(w.raw());
  for (const Word& w : cmd.words) (out += " ") += OneLine(w.raw());
  for (const Redirect& r : cmd.redirects) {
    out += " ";
    if (r.fd >= 0) out += std::to_string(r.fd);
    (out += r.op) += OneLine(r.target.raw());
    if (!r.body.empty()) ((out += "{body ") += std::to_string(r.body.size())) += "B}";
  }
  if (cmd.simple()) {
    out += Flags(site.context);
    if (std::optional<ToolCall> call = Recognize(cmd)) {
      (out += " tool=") += call->tool;
      if (!call->subcommand.empty()) (out += ":") += call->subcommand;
    }
  }
  out += "\n";
}

}  // namespace

std::string DumpTree(const Script& script) {
  std::string out;
  for (const CommandSite& site : AllCommands(script)) {
    if (site.parent != nullptr && site.index == 0) {  // the first command of a part: its header
      const Part& p = site.parent->parts[site.part];
      out += std::string((site.depth - 1) * 4 + 2, ' ') + std::string(PartRoleName(p.role));
      for (size_t i = 0; i < p.patterns.size(); ++i) (out += (i == 0 ? " " : "|")) += OneLine(p.patterns[i].raw());
      out += ":\n";
    }
    DumpCommand(script, site, out);
  }
  if (!script.error.empty()) out += "error: " + script.error + "\n";
  return out;
}

}  // namespace dockopt::shell
