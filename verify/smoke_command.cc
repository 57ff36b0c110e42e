// SmokeCommand: shell-syntax detection and plain-word splitting for smoke commands.
#include "verify/smoke_command.h"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <optional>
#include <nlohmann/json.hpp>

namespace dockopt::verify {

namespace {

// Words that are only meaningful to a shell: keywords and builtins with no program of their own.
constexpr std::array<std::string_view, 30> kShellOnlyWords = {
    "if",    "then", "else",  "elif",   "fi",    "for",   "while",  "until", "do",    "done",
    "case",  "esac", "function", "{",   "}",     "!",     "[[",     "cd",    "export", "exit",
    "set",   "unset", "source", ".",    "alias", "eval",  "exec",   "shift", "trap",  "ulimit"};

std::string_view NameOf(char c) {
  switch (c) {
    case '|': return "a pipe '|'";
    case '&': return "'&' (a background job or '&&')";
    case ';': return "a command separator ';'";
    case '<': case '>': return "a redirection";
    case '(': case ')': return "a subshell or group '( )'";
    case '$': return "an expansion '$'";
    case '`': return "a command substitution '`'";
    case '\\': return "a backslash escape";
    case '*': case '?': case '[': case ']': return "a glob pattern";
    case '{': case '}': return "a brace expansion";
    case '~': return "a tilde '~'";
    case '#': return "a comment '#'";
    case '\n': return "a second line";
    default: return "";
  }
}

std::optional<std::vector<std::string>> JsonArgv(const std::string& command) {
  if (command.empty() || command.front() != '[') return std::nullopt;
  auto value = nlohmann::json::parse(command, nullptr, false);
  if (!value.is_array() || value.empty()) return std::nullopt;
  std::vector<std::string> argv;
  for (const auto& item : value)
    if (item.is_string()) argv.push_back(item.get<std::string>());
  if (argv.size() != value.size()) return std::nullopt;
  return argv;
}

}  // namespace

std::string ShellSyntaxIn(std::string_view command) {
  char quote = 0;
  char previous = ' ';
  for (char c : command) {
    bool word_start = previous == ' ' || previous == '\t';
    previous = c;
    if (quote == '\'') {
      if (c == '\'') quote = 0;
      continue;
    }
    if (quote == '"') {
      if (c == '"') quote = 0;
      else if (c == '$' || c == '`' || c == '\\') return std::string(NameOf(c)) + " inside double quotes";
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    else if ((c == '#' || c == '~') && !word_start) continue;  // only special at the start of a word
    else if (!NameOf(c).empty()) return std::string(NameOf(c));
  }
  if (quote != 0) return "an unclosed quote";
  std::vector<std::string> words = PlainWords(command);
  if (words.empty()) return "no command";
  const std::string& first = words.front();
  if (std::find(kShellOnlyWords.begin(), kShellOnlyWords.end(), first) != kShellOnlyWords.end())
    return fmt::format("the shell word '{}'", first);
  if (first.find('=') != std::string::npos) return fmt::format("a variable assignment '{}'", first);
  return "";
}

std::vector<std::string> PlainWords(std::string_view command) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (char c : command) {
    if (quote != 0) {
      if (c == quote) quote = 0;
      else word += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ' || c == '\t') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

SmokePlan PlanSmoke(const std::string& command, bool image_has_shell) {
  if (auto argv = JsonArgv(command)) return {*argv, ""};
  if (image_has_shell) return {{"/bin/sh", "-c", command}, ""};
  std::string syntax = ShellSyntaxIn(command);
  if (syntax.empty()) return {PlainWords(command), ""};
  return {{},
          fmt::format("this image has no shell (/bin/sh), and the command needs one: it uses {}; "
                      "write it as plain words or as a JSON array to run it as argv",
                      syntax)};
}

bool MissingProgram(std::string_view error_text, std::string_view program) {
  std::string lower(error_text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower.find(program) != std::string::npos &&
         (lower.find("no such file") != std::string::npos || lower.find("not found") != std::string::npos);
}

SmokePlan ImageCommandPlan(const std::vector<std::string>& entrypoint, const std::vector<std::string>& cmd) {
  SmokePlan plan;
  plan.argv = entrypoint;
  plan.argv.insert(plan.argv.end(), cmd.begin(), cmd.end());
  if (plan.argv.empty()) plan.cannot_run = "the image sets no ENTRYPOINT or CMD";
  return plan;
}

std::vector<std::string> SmokeArgv(const std::string& command) { return PlanSmoke(command, true).argv; }

}  // namespace dockopt::verify
