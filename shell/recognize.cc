// Recognize: finds the tool behind wrappers (sudo, env, command, ...) and hands its words to its reader.
#include "shell/recognize.h"

#include <algorithm>
#include <cctype>

#include "shell/lexer.h"
#include "shell/recognizers.h"

namespace dockopt::shell {

namespace {

const std::vector<ToolEntry>& Table() {
  static const std::vector<ToolEntry> table = [] {
    std::vector<ToolEntry> all;
    for (auto part : {AptTools, OsPackageTools, PipTools, CondaTools, JsTools, FileTools, BuildTools, NetTools, UserTools}) {
      std::vector<ToolEntry> entries = part();
      all.insert(all.end(), entries.begin(), entries.end());
    }
    std::sort(all.begin(), all.end(), [](const ToolEntry& a, const ToolEntry& b) { return a.name < b.name; });
    return all;
  }();
  return table;
}

const ToolEntry* FindEntry(std::string_view tool) {
  for (const ToolEntry& e : Table()) {
    if (e.name == tool) return &e;
  }
  return nullptr;
}

bool IsVersionSuffix(std::string_view s) {  // "", "3", "3.11"
  return s.find_first_not_of("0123456789.") == std::string_view::npos;
}

bool IsShell(std::string_view tool) {
  return tool == "sh" || tool == "bash" || tool == "dash" || tool == "ash" || tool == "zsh" || tool == "ksh";
}

/// Skips a wrapper's own options; `value_opts` lists the short options that take a value.
size_t SkipWrapperOptions(const std::vector<Word>& words, size_t i, std::string_view value_opts) {
  while (i < words.size() && words[i].value.starts_with("-") && words[i].value.size() > 1) {
    const std::string& v = words[i].value;
    if (v == "--") return i + 1;
    bool takes = v.size() == 2 && value_opts.find(v[1]) != std::string_view::npos;
    i += takes ? 2 : 1;
  }
  return i;
}

/// Index of the word that names the real tool, after sudo/env/command/exec/nohup/time/nice.
size_t SeeThroughWrappers(const std::vector<Word>& words, ToolCall& call) {
  size_t i = 0;
  while (i < words.size()) {
    std::string_view name = CanonicalTool(words[i].value);
    if (name == "sudo") {
      call.wrappers.emplace_back(name);
      i = SkipWrapperOptions(words, i + 1, "ugphCUDrtT");
      while (i < words.size() && IsAssignmentWord(words[i])) call.env_words.push_back(i++);
    } else if (name == "env") {
      call.wrappers.emplace_back(name);
      i = SkipWrapperOptions(words, i + 1, "uCS");
      while (i < words.size() && IsAssignmentWord(words[i])) call.env_words.push_back(i++);
    } else if (name == "command" && i + 1 < words.size() && words[i + 1].value != "-v" && words[i + 1].value != "-V") {
      call.wrappers.emplace_back(name);
      i = SkipWrapperOptions(words, i + 1, "");
    } else if (name == "exec" || name == "nohup" || name == "time" || name == "nice" || name == "stdbuf") {
      call.wrappers.emplace_back(name);
      i = SkipWrapperOptions(words, i + 1, "n");
    } else {
      return i;
    }
  }
  return i;
}

// `$VENV/bin/pip`, `${POETRY_VENV}/bin/pip`: a directory from one variable, the program's own name
// literal, so the program is known whatever the directory. Nothing else may expand (`$(which pip)`).
std::optional<std::string_view> ProgramUnderVariableDir(std::string_view raw) {
  if (raw.size() < 2 || raw[0] != '$') return std::nullopt;
  const bool braced = raw[1] == '{';
  size_t end = braced ? raw.find('}') : 1;
  if (end == std::string_view::npos) return std::nullopt;
  if (!braced)
    while (end < raw.size() && (std::isalnum(static_cast<unsigned char>(raw[end])) || raw[end] == '_')) ++end;
  const std::string_view name = braced ? raw.substr(2, end - 2) : raw.substr(1, end - 1);
  if (name.empty() || name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") !=
                          std::string_view::npos)
    return std::nullopt;
  const std::string_view rest = raw.substr(braced ? end + 1 : end);
  const size_t slash = rest.rfind('/');
  if (!rest.starts_with('/') || slash + 1 >= rest.size() || rest.find_first_of("$`\"'\\*?[") != std::string_view::npos)
    return std::nullopt;
  return rest.substr(slash + 1);
}

}  // namespace

std::string_view CanonicalTool(std::string_view word) {
  size_t slash = word.rfind('/');
  if (slash != std::string_view::npos) word.remove_prefix(slash + 1);
  if (word.starts_with("pip") && IsVersionSuffix(word.substr(3))) return "pip";
  if (word.starts_with("python") && IsVersionSuffix(word.substr(6))) return "python";
  if (word == "gradlew") return "gradle";
  if (word == "mvnw") return "mvn";
  if (word == "bundler") return "bundle";
  return word;
}

const OptionSpec* FindSpec(std::string_view tool) {
  const ToolEntry* entry = FindEntry(tool);
  return entry ? entry->spec : nullptr;
}

std::vector<std::string_view> KnownTools() {
  std::vector<std::string_view> names;
  for (const ToolEntry& e : Table()) names.push_back(e.name);
  names.push_back("sh");
  std::sort(names.begin(), names.end());
  return names;
}

std::optional<ToolCall> Recognize(const Command& command) {
  if (command.opaque() || command.words.empty()) return std::nullopt;
  const std::vector<Word>& words = command.words;
  ToolCall call;
  size_t i = SeeThroughWrappers(words, call);
  if (i >= words.size()) return std::nullopt;
  std::string_view tool;
  if (words[i].literal) {
    tool = CanonicalTool(words[i].value);
  } else if (std::optional<std::string_view> name = ProgramUnderVariableDir(words[i].raw())) {
    tool = CanonicalTool(*name);
  } else {
    return std::nullopt;
  }
  call.tool_word = i;
  size_t begin = i + 1;
  if (tool == "python") {  // python [-u -B ...] -m pip ...
    size_t m = i + 1;
    while (m < words.size() && words[m].value != "-m" && words[m].value.starts_with("-")) ++m;
    if (m + 1 < words.size() && words[m].value == "-m" && CanonicalTool(words[m + 1].value) == "pip") {
      tool = "pip";
      begin = m + 2;
    } else {
      return std::nullopt;
    }
  }
  if (IsShell(tool)) {
    call.tool = "sh";
    for (size_t k = begin; k < words.size(); ++k) {
      const std::string& v = words[k].value;
      if (v.starts_with("-") && v.size() > 1 && !v.starts_with("--") && v.find('c') != std::string::npos) {
        call.opaque_script = true;
      }
      if (v.starts_with("-") && v.size() > 1) {
        call.options.push_back(Option{v.substr(1), v, "", false, k, kNoWord});
      } else {
        call.operands.push_back(Operand{v, v, "", k});
      }
    }
    return call;
  }
  const ToolEntry* entry = FindEntry(tool);
  if (!entry) return std::nullopt;
  call.tool = std::string(entry->name);
  if (entry->read) {
    entry->read(words, begin, call);
  } else {
    ReadArgs(words, begin, *entry->spec, call);
  }
  return call;
}

}  // namespace dockopt::shell
