// The runtime needs of a stage: the ENTRYPOINT/CMD argv, its program, interpreter, scripts and files.
#include <algorithm>

#include "analysis/flow.h"
#include "analysis/paths.h"
#include "shell/instruction_script.h"
#include "shell/recognize.h"

namespace dockopt::analysis {
namespace {

struct Interpreter { std::string_view program, family; };
constexpr Interpreter kInterpreters[] = {
    {"python", "python"}, {"node", "node"}, {"nodejs", "node"}, {"java", "java"}, {"ruby", "ruby"},
    {"php", "php"}, {"sh", "sh"}, {"bash", "sh"}, {"perl", "perl"}, {"deno", "node"}, {"bun", "node"},
};
// File extensions that make an argv word a file the program reads.
constexpr std::string_view kFileExtensions[] = {
    ".py", ".js", ".mjs", ".cjs", ".ts", ".jar", ".war", ".rb", ".php", ".sh", ".conf", ".cfg", ".ini", ".yml",
    ".yaml", ".json", ".toml", ".xml", ".properties", ".pl", ".ru",
};

std::string InterpreterOf(std::string_view program) {
  std::string_view tool = shell::CanonicalTool(program);
  for (const Interpreter& interpreter : kInterpreters)
    if (tool == interpreter.program) return std::string(interpreter.family);
  return "";
}

bool NamesFile(std::string_view word) {
  if (word.empty() || word.starts_with("-") || word.find("://") != std::string_view::npos ||
      word.find('=') != std::string_view::npos || word.find('$') != std::string_view::npos)
    return false;
  for (std::string_view ext : kFileExtensions)
    if (word.ends_with(ext)) return true;
  return word.starts_with("/") || word.starts_with("./") || word.starts_with("../");
}

// Where the real program starts after an init (`tini -- app`, `dumb-init app`) or a user switcher
// (`gosu app server`, `su-exec app:app server`): they exec it in their place, and one may run the
// other (`tini -- gosu app server`). `wrappers` gets the index of each, outermost first.
size_t ProgramAfterInits(const std::vector<std::string>& argv, std::vector<size_t>& wrappers) {
  size_t i = 0;
  while (i < argv.size()) {
    std::string_view tool = shell::CanonicalTool(argv[i]);
    bool init = tool == "tini" || tool == "tini-static" || tool == "dumb-init" || tool == "catatonit";
    bool switcher = tool == "gosu" || tool == "su-exec";
    if (!init && !switcher) break;
    wrappers.push_back(i++);
    if (init)
      while (i < argv.size() && argv[i].starts_with("-")) {
        std::string_view option = argv[i++];
        if (option == "--") break;
        if (option == "-e" || option == "-p" || option == "-r" || option == "--rewrite") ++i;  // tini's and dumb-init's valued options
      }
    else
      ++i;  // the user
  }
  return i;
}

// The exec words of an instruction: its JSON array, or the first command of its shell form. `later`
// gets the words of the shell form's other commands (`redis-server && /tmp/setup.sh && bin/hubot`):
// the files they name are needed at run time too; `programs` the program of each of its commands.
std::vector<std::string> Words(const ir::Dockerfile& df, const ir::Instruction& inst, bool& shell_form,
                               std::vector<std::string>* later = nullptr, std::vector<std::string>* programs = nullptr) {
  if (inst.is_exec()) return inst.exec_args;
  shell_form = true;
  std::vector<std::string> words;
  std::optional<shell::Script> script = shell::ParseInstructionScript(df, inst);
  if (script && programs)
    for (const shell::Command& command : script->commands)
      if (!command.opaque() && !command.words.empty()) programs->push_back(command.words.front().value);
  if (!script || script->commands.empty() || script->commands.front().opaque()) return words;
  if (later)
    for (size_t c = 1; c < script->commands.size(); ++c)
      for (const shell::Word& word : script->commands[c].words) later->push_back(word.value);
  for (const shell::Word& word : script->commands.front().words) words.push_back(word.value);
  while (!words.empty() && (shell::CanonicalTool(words.front()) == "exec")) words.erase(words.begin());
  return words;
}

}  // namespace

RuntimeNeeds ReadRuntimeNeeds(const ir::Dockerfile& df, const ir::Stage& stage, std::string_view workdir,
                              std::string_view user, const std::map<std::string, std::string>& vars) {
  RuntimeNeeds needs;
  needs.workdir = std::string(workdir);
  needs.user = std::string(user);
  const ir::Instruction* entrypoint = nullptr;
  const ir::Instruction* cmd = nullptr;
  const ir::Instruction* healthcheck = nullptr;
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    if (inst.kind == ir::InstructionKind::kEntrypoint) entrypoint = &inst;
    if (inst.kind == ir::InstructionKind::kCmd) cmd = &inst;
    if (inst.kind == ir::InstructionKind::kHealthcheck) healthcheck = &inst;
  }
  std::vector<std::string> later;  // words of a shell form's commands after the first
  if (entrypoint) {
    needs.argv = Words(df, *entrypoint, needs.shell_form, &later, &needs.shell_programs);
    if (entrypoint->is_exec() && cmd) {
      std::vector<std::string> more = Words(df, *cmd, needs.shell_form, &later, &needs.shell_programs);
      needs.argv.insert(needs.argv.end(), more.begin(), more.end());
    }
  } else if (cmd) {
    needs.argv = Words(df, *cmd, needs.shell_form, &later, &needs.shell_programs);
  }
  if (healthcheck && healthcheck->rest.size() > 4) {
    std::string_view rest = healthcheck->rest;
    size_t at = rest.find("CMD");
    if (at == std::string_view::npos) at = rest.find("cmd");
    if (at != std::string_view::npos) {
      rest.remove_prefix(at + 3);
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == '[' || rest.front() == '"')) rest.remove_prefix(1);
      needs.healthcheck_program = std::string(rest.substr(0, rest.find_first_of(" \",]")));
    }
  }
  for (std::string& word : needs.argv) word = Expand(word, vars).value_or(word);
  if (needs.argv.empty()) return needs;
  std::vector<size_t> wrappers;
  size_t start = ProgramAfterInits(needs.argv, wrappers);
  if (start >= needs.argv.size()) start = 0, wrappers.clear();  // `tini --` alone: the init is the program
  for (size_t w : wrappers)
    needs.inits.push_back(needs.argv[w].find('/') == std::string::npos ? needs.argv[w] : Join(workdir, needs.argv[w]));
  const std::string& first = needs.argv[start];
  needs.program = first.find('/') == std::string::npos ? first : Join(workdir, first);
  needs.interpreter = InterpreterOf(first);
  for (size_t i = start + 1; i < needs.argv.size(); ++i) {
    const std::string& word = needs.argv[i];
    // `--workdir=/app`, `--config=conf/prod.yml`: an option's value that names a file is read too.
    if (word.starts_with("--") && word.find('=') != std::string::npos) {
      std::string_view value = std::string_view(word).substr(word.find('=') + 1);
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.substr(1, value.size() - 2);
      if (NamesFile(value)) needs.files.push_back(Join(workdir, value));
      continue;
    }
    if (!NamesFile(word)) continue;
    bool script = !needs.interpreter.empty() && needs.scripts.empty() &&
                  (needs.argv[i - 1] == "-jar" || !needs.argv[i - 1].starts_with("-"));
    (script ? needs.scripts : needs.files).push_back(Join(workdir, word));
  }
  // The system's programs (`; /bin/bash`) come with the base image or its packages.
  for (std::string& word : later)
    if (std::optional<std::string> expanded = Expand(word, vars);
        expanded && NamesFile(*expanded) && !expanded->starts_with("/bin/") && !expanded->starts_with("/sbin/") &&
        !expanded->starts_with("/usr/bin/") && !expanded->starts_with("/usr/sbin/"))
      needs.files.push_back(Join(workdir, *expanded));
  return needs;
}

}  // namespace dockopt::analysis
