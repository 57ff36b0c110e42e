// ParseScript: the entry point over ScriptParser, plus the printer that proves the model is lossless.
#include "shell/parse_script.h"

#include <algorithm>

#include "shell/lexer.h"
#include "shell/script_parser.h"

namespace dockopt::shell {

namespace {

void CollectHeredocRedirects(std::vector<Command>& commands, std::vector<Redirect*>& out) {
  for (Command& cmd : commands) {
    for (Redirect& r : cmd.redirects)
      if (r.op == "<<" || r.op == "<<-") out.push_back(&r);
    for (Part& part : cmd.parts) CollectHeredocRedirects(part.commands, out);
  }
}

void LinkHeredocBodies(Script& script, const LogicalText& logical, const std::vector<std::pair<size_t, size_t>>& bodies) {
  if (bodies.empty()) return;
  std::vector<Redirect*> redirects = HeredocRedirects(script);
  for (size_t i = 0; i < redirects.size() && i < bodies.size(); ++i)
    redirects[i]->body = Span{logical.origin[bodies[i].first], logical.origin[bodies[i].second]};
}

void AppendAtoms(const Command& cmd, std::vector<Span>& atoms) {
  if (!cmd.joiner_span.empty()) atoms.push_back(cmd.joiner_span);
  if (cmd.unparsed()) {
    atoms.push_back(cmd.span);
    return;
  }
  for (const Keyword& k : cmd.keywords) atoms.push_back(k.span);
  for (const Word& w : cmd.env) atoms.push_back(w.span);
  for (const Word& w : cmd.words) atoms.push_back(w.span);
  for (const Redirect& r : cmd.redirects) atoms.push_back(r.span);
  for (const Part& part : cmd.parts) {
    for (const Word& w : part.patterns) atoms.push_back(w.span);
    for (const Command& nested : part.commands) AppendAtoms(nested, atoms);
    if (!part.trailing_op.empty()) atoms.push_back(part.trailing_op);
  }
}

}  // namespace

Script ParseScript(std::string_view raw, const ParseOptions& options) {
  Script script;
  script.text = std::string(raw);
  script.base = options.base;
  script.heredoc = options.heredoc;
  script.escape = options.heredoc ? '\\' : options.escape;
  if (raw.find("\r\n") != std::string_view::npos) script.newline = "\r\n";
  LogicalText logical = MakeLogical(raw, options.base, script.escape, options.heredoc);
  ScriptParser parser(script, logical, options.heredoc);
  parser.Run();
  LinkHeredocBodies(script, logical, parser.HeredocBodies());
  return script;
}

std::vector<Redirect*> HeredocRedirects(Script& script) {
  std::vector<Redirect*> redirects;
  CollectHeredocRedirects(script.commands, redirects);
  std::sort(redirects.begin(), redirects.end(),
            [](const Redirect* a, const Redirect* b) { return a->span.begin < b->span.begin; });
  return redirects;
}

std::vector<Span> Atoms(const Script& script) {
  std::vector<Span> atoms;
  for (const Command& cmd : script.commands) {
    size_t first = atoms.size();
    AppendAtoms(cmd, atoms);
    std::sort(atoms.begin() + static_cast<std::ptrdiff_t>(first), atoms.end(),
              [](Span a, Span b) { return a.begin < b.begin; });
  }
  if (!script.trailing_op.empty()) atoms.push_back(script.trailing_op);
  return atoms;
}

bool CheckTiling(const Script& script, std::string* why) {
  uint32_t cursor = script.base;
  for (Span atom : Atoms(script)) {
    if (atom.begin < cursor || atom.end < atom.begin || atom.end > script.Whole().end) {
      if (why) *why = "atom [" + std::to_string(atom.begin) + ", " + std::to_string(atom.end) + ") out of order";
      return false;
    }
    cursor = atom.end;
  }
  return true;
}

std::string Print(const Script& script) {
  std::string out;
  out.reserve(script.text.size());
  uint32_t cursor = script.base;
  for (Span atom : Atoms(script)) {
    if (atom.begin < cursor) continue;  // only a broken model overlaps; CheckTiling reports it
    out += script.Text(Span{cursor, atom.begin});
    out += script.Text(atom);
    cursor = atom.end;
  }
  out += script.Text(Span{cursor, script.Whole().end});
  return out;
}

}  // namespace dockopt::shell
