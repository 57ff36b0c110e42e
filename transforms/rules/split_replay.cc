// ReplaySymlinks: reads the stage's `ln` commands and keeps those production can run as written.
#include "transforms/rules/split_replay.h"

#include <algorithm>
#include <sstream>

namespace dockopt::split {
namespace {

// The blank-separated words of a command written plainly: empty when it holds quoting, an expansion,
// a glob or shell syntax, whose words the shell would make differently.
std::vector<std::string> LiteralWords(std::string_view text) {
  if (text.find_first_of("$`<>|;&(){}\\\"'*?[~") != std::string_view::npos) return {};
  std::istringstream in{std::string(text)};
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// The words of a plain `ln -s[f][n] /target /link` command, empty for any other shape.
std::vector<std::string> PlainSymlink(std::string_view text) {
  std::vector<std::string> words = LiteralWords(text);
  if (words.size() < 4 || words[0] != "ln") return {};
  bool symbolic = false, operands = false;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.starts_with("-") && !operands) {
      if (w.starts_with("--") || w.find_first_not_of("-sfnv") != std::string::npos) return {};  // -r, -t DIR, --backup
      symbolic |= w.find('s') != std::string::npos;
    } else {
      operands = true;
      if (!w.starts_with("/")) return {};
    }
  }
  return symbolic ? words : std::vector<std::string>{};
}

// Folders every runtime base image has (Debian's and Alpine's base-files): a link made in one of
// them needs nothing production may lack.
bool AlwaysPresent(std::string_view link) {
  std::string_view dir = link.substr(0, link.rfind('/'));
  for (std::string_view known : {"", "/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin",
                                 "/usr/local/lib", "/usr/local/share", "/usr/lib", "/etc", "/opt"})
    if (dir == known) return true;
  return false;
}

// The link made with -f: production's base may already have a file there that the stage removed
// first (`rm -f /bin/sh && ln -s /bin/bash /bin/sh`), and `ln -s` would then fail. A command that has
// -f already is kept as written.
std::string Forced(const std::vector<std::string>& words, const std::string& text) {
  std::string flags, operands;
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i].starts_with("-")) flags += words[i].substr(1);
    else operands += " " + words[i];
  }
  if (flags.find('f') != std::string::npos) return text;
  return "ln -" + flags + "f" + operands;
}

}  // namespace

std::string PlainSymlinkTarget(std::string_view text) {
  std::vector<std::string> words = PlainSymlink(text);
  std::vector<std::string> operands;
  for (size_t i = 1; i < words.size(); ++i)
    if (!words[i].starts_with("-")) operands.push_back(words[i]);
  return operands.size() == 2 ? operands.front() : "";
}

std::vector<std::string> ReplaySymlinks(const analysis::StageFlow& flow, std::vector<Artifact>& artifacts) {
  std::vector<std::string> out;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      std::vector<std::string> words = PlainSymlink(command.text);
      // A log sent to the container's output (`ln -sf /dev/stdout /var/log/nginx/access.log`): COPY follows
      // the link to a /dev the builder's snapshot does not hold, and the build fails; it is made again,
      // in a folder made first if production lacks it.
      const bool stream = !words.empty() && PlainSymlinkTarget(command.text).starts_with("/dev/") &&
                          command.effect.writes.size() == 1;
      const bool present = std::all_of(command.effect.writes.begin(), command.effect.writes.end(), AlwaysPresent);
      if (command.effect.tool != "ln" || words.empty() || !(present || stream)) continue;
      bool replaces = false;
      for (const std::string& link : command.effect.writes) {
        auto copied = std::find_if(artifacts.begin(), artifacts.end(), [&](const Artifact& a) { return a.path == link; });
        if (copied == artifacts.end()) continue;
        artifacts.erase(copied);
        replaces = true;
      }
      if (!replaces) continue;
      const std::string& link = command.effect.writes.front();
      out.push_back(present ? Forced(words, command.text)
                            : "mkdir -p " + link.substr(0, link.rfind('/')) + " && " + Forced(words, command.text));
    }
  return out;
}

bool IsUserDatabase(std::string_view path) {
  return path == "/etc/passwd" || path == "/etc/group" || path == "/etc/shadow" || path == "/etc/gshadow";
}

std::string UserDatabaseModeReplay(std::string_view text) {
  // Asked of every command the split reads: the others are told apart before any splitting.
  if (!text.starts_with("chmod ") && !text.starts_with("chgrp ") && !text.starts_with("chown ")) return "";
  std::vector<std::string> words = LiteralWords(text);
  if (words.size() < 3) return "";
  std::string out = words[0];
  bool mode_seen = false, database = false;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i];
    // Options are flags only (-R, -v, -h): --reference=FILE would read a file production may lack.
    if (w.starts_with("-") && !mode_seen && w.size() > 1 && w.find_first_not_of("-RvfchHLP") == std::string::npos && !w.starts_with("--")) {
      out += ' ';
      out += w;
    } else if (!mode_seen && !w.starts_with("-")) {
      mode_seen = true;  // the mode, or the owner or group
      out += ' ';
      out += w;
    } else if (IsUserDatabase(w)) {
      database = true;
      out += ' ';
      out += w;
    } else if (!w.starts_with("/")) {
      return "";
    }
  }
  return database ? out : "";
}

std::string UserCommandReplay(const ir::Dockerfile& df, const analysis::InstructionFlow& inst, size_t command) {
  const std::string& text = inst.commands[command].text;
  std::string_view tool = std::string_view(inst.commands[command].effect.tool);
  if (tool != "chpasswd" && tool != "chgpasswd" && tool != "newusers") {
    // `( addgroup --gid $GID app || true )`: the group may exist already, and the original went on; grouped,
    // so that the `|| true` does not also mask the commands joined before it.
    std::string_view run = df.instructions[inst.index].logical;
    for (size_t at = run.find(text); at != std::string_view::npos; at = run.find(text, at + 1)) {
      std::string_view after = run.substr(at + text.size());
      while (!after.empty() && (after.front() == ' ' || after.front() == '\t')) after.remove_prefix(1);
      if (after.starts_with("|| true") || after.starts_with("|| :")) return "{ " + text + " || true; }";
    }
    return text;
  }
  if (text.find('<') != std::string::npos) return text;  // reads a file, which the replay runs on too
  return FedCommandReplay(df, inst, command);
}

namespace {

// `text` as BuildKit's logical line holds it: each line continuation (the escape, blanks after it, the
// line break) removed, the next line's indentation kept.
std::string Joined(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\') {
      size_t j = i + 1;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      if (j < text.size() && text[j] == '\n') {
        i = j;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace

std::string FedCommandReplay(const ir::Dockerfile& df, const analysis::InstructionFlow& inst, size_t command) {
  const std::string text = Joined(inst.commands[command].text);
  if (command == 0) return "";
  analysis::CommandFlow feed = inst.commands[command - 1];
  feed.text = Joined(feed.text);  // a printf whose arguments go on over lines (`printf FMT \ ARGS | ...`)
  std::string_view feeder = std::string_view(feed.text).substr(0, feed.text.find(' '));
  if (feeder != "echo" && feeder != "printf") return "";
  // The RUN's text must show `FEED | TEXT`, nothing between them but blanks and line continuations.
  std::string_view run = df.instructions[inst.index].rest;
  for (size_t at = run.find(feed.text); at != std::string_view::npos; at = run.find(feed.text, at + 1)) {
    size_t i = at + feed.text.size();
    auto blanks = [&] {
      while (i < run.size() && (run[i] == ' ' || run[i] == '\t' || run[i] == '\\' || run[i] == '\n' || run[i] == '\r')) ++i;
    };
    blanks();
    if (i >= run.size() || run[i] != '|' || (i + 1 < run.size() && run[i + 1] == '|')) continue;
    ++i;
    blanks();
    if (run.substr(i, text.size()) == text) return feed.text + " | " + text;
  }
  return "";
}

}  // namespace dockopt::split
