// MakeRecipes (see make_recipes.h): a small reading of GNU make syntax, enough to follow targets,
// prerequisites and `NAME = value` variables; conditionals, pattern rules and includes are not read.
#include "transforms/rules/make_recipes.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <set>

namespace dockopt {
namespace {

struct Makefile {
  std::map<std::string, std::string, std::less<>> variables;
  std::map<std::string, std::vector<std::string>, std::less<>> prerequisites;
  std::map<std::string, std::vector<std::string>, std::less<>> recipes;
  std::string first_target;
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Joins backslash-continued lines; keeps whether each logical line began with whitespace (a recipe).
std::vector<std::string> LogicalLines(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.back() == '\\') {
      current += line.substr(0, line.size() - 1);
      current += ' ';
    } else {
      current += line;
      out.push_back(std::move(current));
      current.clear();
    }
    if (end == text.size()) break;
    pos = end + 1;
  }
  return out;
}

Makefile Parse(std::string_view text) {
  Makefile mk;
  std::vector<std::string> current;  // the targets whose recipe the indented lines belong to
  for (const std::string& line : LogicalLines(text)) {
    if (line.empty() || Trim(line).empty() || Trim(line).front() == '#') continue;
    // ifeq/ifneq/ifdef/ifndef/else/endif keep the rule they sit in: both branches' lines count.
    if (std::string_view t = Trim(line); t.starts_with("ifeq") || t.starts_with("ifneq") || t.starts_with("ifdef") ||
                                         t.starts_with("ifndef") || t == "else" || t.starts_with("else ") ||
                                         t == "endif")
      continue;
    const bool indented = line.front() == '\t' || line.front() == ' ';
    if (indented && !current.empty()) {
      for (const std::string& t : current) mk.recipes[t].emplace_back(Trim(line));
      continue;
    }
    const size_t eq = line.find('=');
    const size_t colon = line.find(':');
    // `NAME = v`, `NAME := v`, `NAME ?= v`, `NAME += v`: the '=' comes before any rule colon, or is
    // the '=' of ':='.
    if (eq != std::string::npos && (colon == std::string::npos || colon > eq || colon + 1 == eq)) {
      size_t name_end = eq;
      while (name_end > 0 && std::string_view(":?+!").find(line[name_end - 1]) != std::string_view::npos) --name_end;
      std::string name(Trim(std::string_view(line).substr(0, name_end)));
      if (name.starts_with("export ")) name = std::string(Trim(std::string_view(name).substr(7)));
      std::string value(Trim(std::string_view(line).substr(eq + 1)));
      if (line[eq - 1] == '+' && mk.variables.count(name)) value = mk.variables[name] + " " + value;
      mk.variables[name] = value;
      current.clear();
      continue;
    }
    if (colon == std::string::npos || indented) {
      current.clear();
      continue;
    }
    current = Words(std::string_view(line).substr(0, colon));
    std::string_view rest = std::string_view(line).substr(colon + 1);
    if (!rest.empty() && rest.front() == ':') rest.remove_prefix(1);  // `target:: prereq`
    std::string_view inline_recipe;
    if (size_t semi = rest.find(';'); semi != std::string_view::npos) {
      inline_recipe = Trim(rest.substr(semi + 1));
      rest = rest.substr(0, semi);
    }
    for (const std::string& t : current) {
      auto& prereqs = mk.prerequisites[t];
      for (std::string& p : Words(rest)) prereqs.push_back(std::move(p));
      mk.recipes[t];
      if (!inline_recipe.empty()) mk.recipes[t].emplace_back(inline_recipe);
      if (mk.first_target.empty() && !t.starts_with('.') && t.find('%') == std::string::npos) mk.first_target = t;
    }
  }
  return mk;
}

// $(NAME) and ${NAME} replaced by their values, a few levels deep; functions ($(shell ...)) keep their text.
std::string Expand(std::string text, const Makefile& mk) {
  for (int depth = 0; depth < 4; ++depth) {
    std::string out;
    bool changed = false;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '$' && i + 1 < text.size() && (text[i + 1] == '(' || text[i + 1] == '{')) {
        const char close = text[i + 1] == '(' ? ')' : '}';
        const size_t end = text.find(close, i + 2);
        if (end != std::string::npos) {
          auto it = mk.variables.find(std::string_view(text).substr(i + 2, end - i - 2));
          if (it != mk.variables.end()) {
            out += it->second;
            i = end;
            changed = true;
            continue;
          }
        }
      }
      out += text[i];
    }
    text = std::move(out);
    if (!changed) break;
  }
  return text;
}

}  // namespace

std::optional<std::string> MakeRecipes(const context::ContextFiles& files, std::string_view dir,
                                       const std::vector<std::string>& targets) {
  std::optional<std::string> text;
  for (std::string_view name : {"GNUmakefile", "makefile", "Makefile"}) {
    text = files.Read(dir.empty() ? std::string(name) : fmt::format("{}/{}", dir, name));
    if (text) break;
  }
  if (!text) return std::nullopt;
  const Makefile mk = Parse(*text);
  std::vector<std::string> pending = targets;
  if (pending.empty()) {
    if (mk.first_target.empty()) return std::nullopt;
    pending.push_back(mk.first_target);
  }
  std::set<std::string, std::less<>> seen;
  std::string out;
  while (!pending.empty()) {
    std::string target = std::move(pending.back());
    pending.pop_back();
    if (!seen.insert(target).second) continue;
    auto recipe = mk.recipes.find(target);
    if (recipe == mk.recipes.end()) {  // a pattern rule (`bin/%: ...`) may make it
      recipe = std::find_if(mk.recipes.begin(), mk.recipes.end(), [&](const auto& rule) {
        const size_t pct = rule.first.find('%');
        if (pct == std::string::npos) return false;
        std::string_view prefix = std::string_view(rule.first).substr(0, pct);
        std::string_view suffix = std::string_view(rule.first).substr(pct + 1);
        return target.size() > prefix.size() + suffix.size() && target.starts_with(prefix) && target.ends_with(suffix);
      });
    }
    if (recipe == mk.recipes.end()) {
      if (std::find(targets.begin(), targets.end(), target) != targets.end()) return std::nullopt;
      continue;  // a file prerequisite
    }
    for (const std::string& line : recipe->second) out += Expand(line, mk) + "\n";
    for (const std::string& p : mk.prerequisites.at(recipe->first)) pending.push_back(p);
  }
  return out;
}

bool RunsTool(std::string_view text, std::string_view tool) {
  auto word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
  };
  for (size_t pos = text.find(tool); pos != std::string_view::npos; pos = text.find(tool, pos + 1)) {
    const bool starts = pos == 0 || !word_char(text[pos - 1]);
    const size_t end = pos + tool.size();
    const bool ends = end == text.size() || !word_char(text[end]);
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace dockopt
