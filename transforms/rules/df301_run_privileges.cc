// RunNeedsRoot (see df301_run_privileges.h).
#include "transforms/rules/df301_run_privileges.h"

#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <regex>
#include <string_view>

#include "transforms/rules/build_steps.h"

namespace dockopt {
namespace {

// A pid file under /run or /var/run (`pidfile = /run/ssdb.pid`, `--pidfile /var/run/x.pid`).
std::string PidFileUnderRun(std::string_view text) {
  if (text.find(".pid") == std::string_view::npos) return "";  // most RUNs: no regex walk (nor its compile)
  static const std::regex kPidFile(R"((^|[\s='"@:])((/var)?/run/[A-Za-z0-9._/-]*\.pid)\b)");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_search(text.begin(), text.end(), m, kPidFile)) return "";
  return m[2].str();
}

// The users `useradd`/`adduser` make in `text`: the last word of each such command.
void UsersMade(std::string_view text, std::vector<std::string>& users) {
  for (const std::vector<std::string>& words : CommandSegments(text)) {
    const size_t at = CommandWord(words);
    if (at + 1 >= words.size() || (words[at] != "useradd" && words[at] != "adduser")) continue;
    // Debian's `adduser USER GROUP` adds a user to a group: no user is made.
    if (words[at] == "adduser" && words.size() - at == 3 && !words[at + 1].starts_with("-")) continue;
    const std::string& name = words.back();
    if (name.starts_with("-") || name.find('$') != std::string::npos) continue;
    if (std::find(users.begin(), users.end(), name) == users.end()) users.push_back(name);
  }
}

}  // namespace

std::optional<std::string> RunNeedsRoot(const ir::Dockerfile& df, const std::vector<int>& stages) {
  std::vector<std::string> users;
  std::string pid_file;
  std::string all_runs;
  // The pid file is read from every stage: a split configures the program in its builder and copies
  // the configuration over.
  for (const ir::Instruction& inst : df.instructions) {
    const bool command = inst.kind == ir::InstructionKind::kEntrypoint || inst.kind == ir::InstructionKind::kCmd;
    if (inst.stage < 0 || (inst.kind != ir::InstructionKind::kRun && !command)) continue;
    std::string text(inst.rest);
    for (const ir::Heredoc& h : inst.heredocs) text += "\n" + h.content;
    if (pid_file.empty()) pid_file = PidFileUnderRun(text);
    if (inst.kind == ir::InstructionKind::kRun) all_runs += text + "\n";
    if (inst.kind == ir::InstructionKind::kRun && std::find(stages.begin(), stages.end(), inst.stage) != stages.end())
      UsersMade(text, users);
  }
  // A folder under /run the stage makes and gives away holds the pid file as another user.
  if (!pid_file.empty()) {
    const std::string dir = pid_file.substr(0, pid_file.rfind('/'));
    const bool given = dir != "/run" && dir != "/var/run" && all_runs.find("chown") != std::string::npos &&
                       all_runs.find(dir) != std::string::npos;
    if (!given)
      return fmt::format("'{}' is the program's pid file, under {}, where only root can write", pid_file,
                         pid_file.starts_with("/var/run") ? "/var/run" : "/run");
  }
  // A program that runs work as several users (a judge running submissions as 'compiler' and
  // 'code') switches between them, which only root can.
  if (users.size() >= 2)
    return fmt::format("the stage makes the users '{}': a program that runs work as several users switches "
                       "between them, which only root can",
                       fmt::join(users, "', '"));
  return std::nullopt;
}

std::optional<std::string> CommentSaysRoot(const ir::Dockerfile& df, const std::vector<int>& chain) {
  for (int s : chain) {
    const ir::Stage& stage = df.stages[static_cast<size_t>(s)];
    const uint32_t begin = df.instructions[stage.from].span.begin;
    uint32_t end = UINT32_MAX;
    if (static_cast<size_t>(s) + 1 < df.stages.size()) end = df.instructions[df.stages[static_cast<size_t>(s) + 1].from].span.begin;
    for (const ir::Trivia& t : df.trivia) {
      if (t.kind != ir::Trivia::Kind::kComment || t.span.begin < begin || t.span.begin >= end) continue;
      std::string line(df.Text(t.span));
      while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
      if (line.find("root") == std::string::npos && line.find("rivileg") == std::string::npos &&
          line.find("apabilit") == std::string::npos)
        continue;  // cheap: most comments name neither
      // Compiled the first time a comment gets here, not in every process (an icase regex costs ~0.5 M
      // instructions to build, a whole small file's optimize).
      static const std::regex kNeed(R"(\bruns? as root\b|\b(must|has to|have to|needs? to) (be|run)( as)? root\b|)"
                                    R"(\b(requires?|needs?) root\b|capabilit|privileg|chroot)",
                                    std::regex::icase);
      // A wish or a warning about root (`should we make an app user?`) is no statement that it needs root.
      static const std::regex kWish(R"(non-?root|non root|rootless|unprivileged|should we|against)", std::regex::icase);
      if (std::regex_search(line, kNeed) && !std::regex_search(line, kWish)) return line;
    }
  }
  return std::nullopt;
}

}  // namespace dockopt
