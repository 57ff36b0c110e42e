// Path arithmetic for the flow model.
#include "analysis/paths.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace dockopt::analysis {

namespace {

// True when every '/'-separated part of `path` is a name (not empty, "." or ".."): already normal.
bool PlainParts(std::string_view path) {
  if (path.empty()) return false;
  while (true) {
    size_t slash = path.find('/');
    std::string_view part = path.substr(0, slash);
    if (part.empty() || part == "." || part == "..") return false;
    if (slash == std::string_view::npos) return true;
    path.remove_prefix(slash + 1);
  }
}

// `${NAME%PATTERN}` and its kin, given NAME's known value: the shell's suffix (%, %%) and prefix
// (#, ##) removal by a glob, and the defaults (:-, -, :+, +). nullopt for any other operator, a
// pattern or word that needs expanding itself, or a value the model only stands in for ($...).
std::optional<std::string> Operate(const std::string& value, std::string_view op, std::string_view word) {
  if (word.find_first_of("$`\\\"'[") != std::string_view::npos || value.find_first_of("$`") != std::string::npos)
    return std::nullopt;
  if (op == ":-") return value.empty() ? std::string(word) : value;
  if (op == "-") return value;
  if (op == ":+") return value.empty() ? std::string() : std::string(word);
  if (op == "+") return std::string(word);
  std::string pattern(word);
  auto matches = [&](std::string_view part) { return fnmatch(pattern.c_str(), std::string(part).c_str(), 0) == 0; };
  const size_t n = value.size();
  if (op == "%" || op == "%%") {  // the shortest (%) or longest (%%) matching suffix goes
    for (size_t k = 0; k <= n; ++k) {
      size_t len = op == "%" ? k : n - k;
      if (matches(std::string_view(value).substr(n - len))) return value.substr(0, n - len);
    }
    return value;
  }
  if (op == "#" || op == "##") {  // the shortest (#) or longest (##) matching prefix goes
    for (size_t k = 0; k <= n; ++k) {
      size_t len = op == "#" ? k : n - k;
      if (matches(std::string_view(value).substr(0, len))) return value.substr(len);
    }
    return value;
  }
  return std::nullopt;
}

}  // namespace

std::string Join(std::string_view cwd, std::string_view path) {
  // Most paths are normal already: put together without splitting (the walk joins every path it reads).
  const bool normal_cwd = cwd.empty() || cwd == "/" || (cwd.starts_with("/") && PlainParts(cwd.substr(1)));
  if (path.starts_with("/") && PlainParts(path.substr(1))) return std::string(path);
  if (!path.starts_with("/") && normal_cwd && PlainParts(path)) {
    std::string out(cwd.size() > 1 ? cwd : "");
    return out.append("/").append(path);
  }
  std::string whole = path.starts_with("/") ? std::string(path)
                                            : std::string(cwd.empty() ? "/" : cwd) + "/" + std::string(path);
  std::vector<std::string_view> parts;
  std::string_view rest = whole;
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view part = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string out;
  for (std::string_view part : parts) out.append("/").append(part);  // append: GCC 12 -O3 -Wrestrict
  return out.empty() ? "/" : out;
}

bool IsUnder(std::string_view path, std::string_view dir) {
  if (dir == "/") return path.starts_with("/");
  return path.starts_with(dir) && (path.size() == dir.size() || path[dir.size()] == '/');
}

std::optional<std::string> Expand(std::string_view text, const std::map<std::string, std::string>& vars) {
  return ExpandWith(text, [&](const std::string& name) -> const std::string* {
    auto found = vars.find(name);
    return found == vars.end() ? nullptr : &found->second;
  });
}

std::optional<std::string> ExpandWith(std::string_view text,
                                      const std::function<const std::string*(const std::string&)>& lookup) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    // Plain text up to the next `$` or backquote goes over in one piece.
    size_t special = text.find_first_of("$`", i);
    out.append(text.substr(i, special - i));
    if (special == std::string_view::npos) break;
    i = special;
    if (text[i] == '`') return std::nullopt;
    if (i + 1 >= text.size()) return std::nullopt;
    std::string name;
    if (text[i + 1] == '{') {
      size_t close = text.find('}', i + 2);
      if (close == std::string_view::npos) return std::nullopt;
      name = std::string(text.substr(i + 2, close - i - 2));
      i = close;
      size_t end = 0;
      while (end < name.size() && (std::isalnum(static_cast<unsigned char>(name[end])) || name[end] == '_')) ++end;
      if (end > 0 && end < name.size()) {  // an operator follows the name: ${V%.*}, ${V:-x}
        std::string_view rest = std::string_view(name).substr(end);
        size_t op_size = rest.starts_with("%%") || rest.starts_with("##") || rest.starts_with(":-") || rest.starts_with(":+") ? 2 : 1;
        std::string_view op = rest.substr(0, op_size);
        if (op != "%" && op != "%%" && op != "#" && op != "##" && op != ":-" && op != "-" && op != ":+" && op != "+")
          return std::nullopt;
        const std::string* value = lookup(name.substr(0, end));
        if (value == nullptr) return std::nullopt;  // unknown: set or not, the model cannot say
        std::optional<std::string> result = Operate(*value, op, rest.substr(op_size));
        if (!result) return std::nullopt;
        out += *result;
        continue;
      }
    } else {
      size_t end = i + 1;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_')) ++end;
      if (end == i + 1) return std::nullopt;  // $( or $1 ...
      name = std::string(text.substr(i + 1, end - i - 1));
      i = end - 1;
    }
    const std::string* value = lookup(name);
    if (value == nullptr) return std::nullopt;
    out += *value;
  }
  return out;
}

bool HasGlob(std::string_view path) {
  return std::any_of(path.begin(), path.end(), [](char c) { return c == '*' || c == '?' || c == '['; });  // no memchr per byte
}

}  // namespace dockopt::analysis
