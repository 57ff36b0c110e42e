// DF301's reading of where the application writes: see df301_owned_dirs.h.
#include "transforms/rules/df301_owned_dirs.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <regex>
#include <string_view>

#include "analysis/copy_sources.h"
#include "transforms/rules/build_steps.h"

namespace dockopt {
namespace {

// Folders of the system: owning one would let the user change what every program reads.
bool SystemFolder(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  static constexpr std::array<std::string_view, 27> kExact = {
      "/",        "/usr",     "/usr/local", "/usr/src",   "/etc",     "/bin",      "/sbin",  "/lib",     "/lib64",
      "/root",    "/tmp",     "/var",       "/var/lib",   "/var/tmp", "/var/log",  "/var/cache", "/var/run", "/var/spool",
      "/var/mail", "/opt",    "/srv",       "/home",      "/proc",    "/sys",      "/dev",   "/run",     "/mnt"};
  if (std::find(kExact.begin(), kExact.end(), path) != kExact.end()) return true;
  static constexpr std::array<std::string_view, 12> kUnder = {"/usr/",  "/etc/",       "/bin/",  "/sbin/",
                                                              "/lib/",  "/lib64/",     "/root/", "/tmp/",
                                                              "/proc/", "/sys/",       "/dev/",  "/var/cache/"};
  if (path.starts_with("/usr/src/")) return false;  // the classic home of an application's sources
  return std::any_of(kUnder.begin(), kUnder.end(), [&](std::string_view p) { return path.starts_with(p); });
}

// `"/home/nacos"` as the shell reads it: an ENV value keeps the quotes it was written with.
std::string Unquoted(std::string value) {
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return value;
}

std::string Trimmed(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

// `path` with its `$NAME`/`${NAME}` replaced by the literal defaults of ARGs before the first FROM and
// of the chain's ARG/ENV (`ARG ROOT=/usr/src/app/`, then `WORKDIR $ROOT`); unchanged when one is unknown.
std::string Expanded(const ir::Dockerfile& df, const std::vector<int>& chain, const std::string& path) {
  if (path.find('$') == std::string::npos) return path;
  std::map<std::string, std::string> values;
  auto read = [&](const ir::Instruction& inst) {
    if (inst.kind == ir::InstructionKind::kArg)
      for (const std::string& word : inst.node_args)
        if (size_t eq = word.find('='); eq != std::string::npos && eq > 0 && word.find('$') == std::string::npos)
          values[word.substr(0, eq)] = word.substr(eq + 1);
    if (inst.kind == ir::InstructionKind::kEnv)
      for (size_t a = 0; a + 1 < inst.node_args.size(); a += 3)
        if (inst.node_args[a + 1].find('$') == std::string::npos) values[inst.node_args[a]] = Unquoted(inst.node_args[a + 1]);
  };
  for (size_t i : df.meta_args) read(df.instructions[i]);
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) read(df.instructions[i]);
  std::string out;
  for (size_t at = 0; at < path.size();) {
    if (path[at] != '$') {
      out += path[at++];
      continue;
    }
    const bool braced = at + 1 < path.size() && path[at + 1] == '{';
    size_t start = at + (braced ? 2 : 1), end = start;
    while (end < path.size() && (std::isalnum(static_cast<unsigned char>(path[end])) || path[end] == '_')) ++end;
    auto found = values.find(path.substr(start, end - start));
    if (found == values.end() || (braced && (end >= path.size() || path[end] != '}'))) return path;
    out += found->second;
    at = end + (braced ? 1 : 0);
  }
  return out;
}

// The RUN segments of the chain, in order.
template <typename F>
void ForEachSegment(const ir::Dockerfile& df, const std::vector<int>& chain, uint32_t before, F f) {
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kRun || inst.span.begin >= before) continue;
      for (const std::vector<std::string>& words : CommandSegments(inst.rest)) f(words);
    }
}

// The paths chowned by RUNs of the chain, and whether recursively.
struct Chowned {
  std::string path;
  bool recursive = false;
};

std::vector<Chowned> ChownedPaths(const ir::Dockerfile& df, const std::vector<int>& chain) {
  std::vector<Chowned> out;
  ForEachSegment(df, chain, UINT32_MAX, [&](const std::vector<std::string>& words) {
    size_t i = CommandWord(words);
    if (i >= words.size() || (words[i] != "chown" && words[i] != "chmod")) return;
    bool recursive = false, owner = words[i] == "chmod";
    for (size_t w = i + 1; w < words.size(); ++w) {
      if (words[w].starts_with("-")) {
        recursive |= words[w] == "-R" || words[w] == "--recursive";
        continue;
      }
      if (!owner) {
        owner = true;  // the first operand is the owner (or the mode)
        continue;
      }
      out.push_back({Trimmed(words[w]), recursive});
    }
  });
  return out;
}

bool AlreadyChowned(const std::vector<Chowned>& chowned, const std::string& path) {
  return std::any_of(chowned.begin(), chowned.end(), [&](const Chowned& c) {
    return c.path == path || (c.recursive && path.starts_with(c.path + "/"));
  });
}

}  // namespace

std::string WorkdirAt(const ir::Dockerfile& df, const std::vector<int>& chain, uint32_t before) {
  std::string workdir;
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kWorkdir || inst.span.begin >= before || inst.node_args.empty()) continue;
      const std::string dir = Expanded(df, chain, inst.node_args.front());
      workdir = dir.starts_with("/") ? dir : (workdir.empty() || workdir == "/" ? "" : workdir) + "/" + dir;
    }
  return Trimmed(workdir);
}

std::vector<std::string> FoldersToOwn(const ir::Dockerfile& df, const std::vector<int>& chain, uint32_t before) {
  std::vector<std::string> folders;
  const std::vector<Chowned> chowned = ChownedPaths(df, chain);
  std::vector<std::string> removed;  // what a RUN deletes is not there to own
  ForEachSegment(df, chain, before, [&](const std::vector<std::string>& words) {
    size_t i = CommandWord(words);
    if (i >= words.size() || words[i] != "rm") return;
    for (size_t w = i + 1; w < words.size(); ++w)
      if (!words[w].starts_with("-")) removed.push_back(Trimmed(words[w]));
  });
  auto gone = [&](const std::string& path) {
    return std::any_of(removed.begin(), removed.end(),
                       [&](const std::string& r) { return path == r || path.starts_with(r + "/"); });
  };
  auto add = [&](std::string path) {
    path = Trimmed(std::move(path));
    if (!path.starts_with("/") || path.find_first_of("$\"'*?[{} ") != std::string::npos || SystemFolder(path) ||
        AlreadyChowned(chowned, path) || gone(path) || std::find(folders.begin(), folders.end(), path) != folders.end())
      return;
    folders.push_back(std::move(path));
  };
  if (std::string workdir = WorkdirAt(df, chain, before); !workdir.empty()) add(workdir);
  // Only a mkdir that always runs: a chown of a folder a branch did not make would fail the build.
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kRun || inst.span.begin >= before || !inst.heredocs.empty()) continue;
      const std::string_view text = inst.rest;
      if (text.find("if ") != std::string_view::npos || text.find("case ") != std::string_view::npos ||
          text.find("||") != std::string_view::npos || text.find("for ") != std::string_view::npos ||
          text.find("while ") != std::string_view::npos)
        continue;
      for (const std::vector<std::string>& words : CommandSegments(text)) {
        size_t w = CommandWord(words);
        if (w >= words.size() || words[w] != "mkdir") continue;
        for (++w; w < words.size(); ++w)
          if (!words[w].starts_with("-")) add(words[w]);
      }
    }
  return folders;
}

std::optional<std::string> StartFolderToOwn(const ir::Dockerfile& df, const std::vector<int>& chain,
                                            std::string_view start_text, uint32_t before) {
  // The first `cd /abs/dir` the start runs on a line of its own, or before && or ; (trans-server-akka's
  // docker-entry.sh: `cd /trans`, then `java -jar ...`, which writes trans.keystore and file_db there).
  static const std::regex kCd(R"((^|\n)[ \t]*cd[ \t]+(/[A-Za-z0-9_./-]*)[ \t]*(\n|&&|;|$))");
  std::match_results<std::string_view::const_iterator> match;
  if (!std::regex_search(start_text.begin(), start_text.end(), match, kCd)) return std::nullopt;
  const std::string dir = Trimmed(match[2].str());
  if (dir == "/" || SystemFolder(dir) || AlreadyChowned(ChownedPaths(df, chain), dir)) return std::nullopt;
  // Only a folder the image holds for sure: a COPY puts files into it (chown of a folder the script
  // makes itself would fail the build).
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.span.begin >= before) continue;
      std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
      if (!copy) continue;
      const std::string dest = Trimmed(Expanded(df, chain, copy->destination));
      if (dest.starts_with("/") && (dest == dir || dest.starts_with(dir + "/"))) return dir;
    }
  return std::nullopt;
}

namespace {

// Each COPY/ADD of `stage` before byte `before` with where it lands (absolute, trimmed; "" when a
// variable left in it hides where).
template <typename Visit>
void ForEachCopyDestination(const ir::Dockerfile& df, int stage, uint32_t before, Visit visit) {
  std::string current = "/";
  for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
    const ir::Instruction& inst = df.instructions[i];
    if (inst.span.begin >= before) break;
    if (inst.kind == ir::InstructionKind::kWorkdir && !inst.node_args.empty()) {
      const std::string dir = Expanded(df, {stage}, inst.node_args.front());
      current = Trimmed(dir.starts_with("/") ? dir : (current == "/" ? "" : current) + "/" + dir);
    }
    std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
    if (!copy) continue;
    // `COPY --from=build /dspace $DSPACE_INSTALL` with a literal `ENV DSPACE_INSTALL=/dspace`.
    std::string dest = Expanded(df, {stage}, copy->destination);
    if (dest.find('$') != std::string::npos) {
      visit(i, *copy, std::string());
      continue;
    }
    if (!dest.starts_with("/")) dest = (current == "/" ? "" : current) + "/" + (dest == "." || dest == "./" ? "" : dest);
    visit(i, *copy, Trimmed(dest));
  }
}

bool AtOrUnder(const std::string& path, const std::string& folder) {
  return path == folder || path.starts_with(folder + "/");
}

}  // namespace

std::vector<size_t> CopiesIntoFolder(const ir::Dockerfile& df, int stage, const std::string& workdir, uint32_t before) {
  std::vector<size_t> copies;
  ForEachCopyDestination(df, stage, before, [&](size_t i, const analysis::CopyArgs& copy, const std::string& dest) {
    if (!copy.chown && !dest.empty() && AtOrUnder(dest, workdir)) copies.push_back(i);
  });
  return copies;
}

bool NothingCopiedInto(const ir::Dockerfile& df, int stage, const std::string& folder) {
  bool copied = false;
  ForEachCopyDestination(df, stage, UINT32_MAX, [&](size_t, const analysis::CopyArgs&, const std::string& dest) {
    copied |= dest.empty() || AtOrUnder(dest, folder);
  });
  return !copied;
}

std::optional<std::string> OwnerTheStageChowns(const ir::Dockerfile& df, const std::vector<int>& chain) {
  std::optional<std::string> owner;
  ForEachSegment(df, chain, UINT32_MAX, [&](const std::vector<std::string>& words) {
    size_t i = CommandWord(words);
    if (i >= words.size() || words[i] != "chown") return;
    for (size_t w = i + 1; w < words.size(); ++w) {
      if (words[w].starts_with("-")) continue;
      std::string_view name = std::string_view(words[w]).substr(0, words[w].find(':'));
      if (!name.empty() && name != "root" && name != "0" && words[w].find('$') == std::string::npos) owner = words[w];
      return;
    }
  });
  return owner;
}

namespace {

// Whether kUnpack below can match `text`: `tar` or `unzip` after the start or one of [\s;&|(] and before
// a blank. Checked first: most RUNs name neither, and the regex scan of a whole RUN costs far more. Bytes
// above 0x7f count as blanks, so no locale's \s can make the regex match where this says no.
bool MayNameUnpacker(std::string_view text) {
  auto blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || static_cast<unsigned char>(c) > 0x7f;
  };
  for (std::string_view word : {std::string_view("tar"), std::string_view("unzip")})
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      const size_t end = at + word.size();
      const bool starts = at == 0 || blank(text[at - 1]) || std::string_view(";&|(").find(text[at - 1]) != std::string_view::npos;
      if (starts && end < text.size() && blank(text[end])) return true;
    }
  return false;
}

}  // namespace

std::optional<std::string> ArchiveUnpackedAboveWorkdir(const ir::Dockerfile& df, const std::vector<int>& chain) {
  const std::string workdir = WorkdirAt(df, chain, UINT32_MAX);
  if (workdir.empty() || workdir == "/") return std::nullopt;
  const std::vector<Chowned> chowned = ChownedPaths(df, chain);
  if (std::any_of(chowned.begin(), chowned.end(), [&](const Chowned& c) {
        return c.recursive && (workdir == c.path || workdir.starts_with(c.path + "/"));
      }))
    return std::nullopt;
  // Read from the RUN text, not from CommandSegments' words: those split at braces, so the `-C /home`
  // of `tar -xzf /home/nacos-server-${VERSION}.tar.gz -C /home` would land in another segment.
  static const std::regex kUnpack(R"((^|[\s;&|(])(tar|unzip)\s+([^;&|\n]*))");
  static const std::regex kTarExtract(R"((^|\s)(-[A-Za-z]*x[A-Za-z]*|--extract|--get)(\s|$)|^\s*[A-Za-z]*x[A-Za-z]*\s)");
  static const std::regex kInto(R"((^|\s)(-C|-d|--directory=?)\s*(\S+))");
  std::optional<std::string> found;
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (found || inst.kind != ir::InstructionKind::kRun) continue;
      if (!MayNameUnpacker(inst.logical)) continue;
      const std::string text(inst.logical);
      for (auto m = std::sregex_iterator(text.begin(), text.end(), kUnpack); m != std::sregex_iterator() && !found; ++m) {
        const bool tar = (*m)[2] == "tar";
        const std::string args = (*m)[3].str();
        if (tar && !std::regex_search(args, kTarExtract)) continue;
        std::smatch into;
        if (!std::regex_search(args, into, kInto) || (tar ? into[2] == "-d" : into[2] != "-d")) continue;
        const std::string dir = Trimmed(Expanded(df, chain, Unquoted(into[3].str())));
        // Strictly above the WORKDIR, and not into '/' or /usr (s6-overlay, a toolchain): the archive's own
        // top folder is the working directory, a released tree (bin/, conf/, logs/) that root owns. (An
        // archive unpacked into the WORKDIR itself, `tar -C /opt/kafka --strip-components=1`, leaves its
        // top level to the user DF301 gives the WORKDIR.)
        if (!dir.starts_with("/") || dir == "/" || dir == "/usr" || dir.starts_with("/usr/") ||
            dir.find('$') != std::string::npos)
          continue;
        if (workdir.starts_with(dir + "/"))
          found = fmt::format("{} {} '{}'", tar ? "tar" : "unzip", tar ? "-C" : "-d", dir);
      }
    }
  return found;
}

bool WritableForRootGroup(const ir::Dockerfile& df, const std::vector<int>& chain) {
  bool root_group = false, group_writes = false;
  ForEachSegment(df, chain, UINT32_MAX, [&](const std::vector<std::string>& words) {
    size_t i = CommandWord(words);
    if (i >= words.size()) return;
    for (size_t w = i + 1; w < words.size(); ++w) {
      const std::string& word = words[w];
      if (word.starts_with("-")) continue;
      if (words[i] == "chgrp") root_group |= word == "0" || word == "root";
      if (words[i] == "chown" && word.find(':') != std::string::npos) {
        const std::string_view group = std::string_view(word).substr(word.find(':') + 1);
        root_group |= group == "0" || group == "root";
      }
      // g+w, g+rw, g+rwX, g=u, ug+rwx: the group gets write access.
      if (words[i] == "chmod") {
        const size_t g = word.find('g');
        group_writes |= g != std::string::npos && word.find_first_of("+=", g) != std::string::npos &&
                        (word.find('w', g) != std::string::npos || word.ends_with("=u"));
      }
      return;
    }
  });
  return root_group && group_writes;
}

bool ApplicationInRoot(const ir::Dockerfile& df, const std::vector<int>& chain) {
  bool in_root = true, copies_relative = false;
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind == ir::InstructionKind::kWorkdir && !inst.node_args.empty())
        in_root = Trimmed(inst.node_args.front()) == "/";
      std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
      if (!copy || !in_root || copy->destination.find('$') != std::string::npos) continue;
      const std::string& dest = copy->destination;
      // The application copied to a relative destination ("app", "./"), or a database file straight
      // under '/' ("/SALESMANAGER.h2.db"). A script or binary copied to '/' (`COPY entrypoint.sh /`)
      // does not count: the program lives elsewhere, and nothing says it writes next to itself.
      auto database = [](std::string_view path) {
        return path.ends_with(".db") || path.ends_with(".sqlite") || path.ends_with(".sqlite3");
      };
      // `COPY SALESMANAGER.h2.db /` names the file by its source.
      const bool into_root = dest == "/" && std::any_of(copy->sources.begin(), copy->sources.end(),
                                                        [&](const analysis::CopySourceArg& s) { return database(s.path); });
      const bool database_in_root =
          into_root || (dest.starts_with("/") && dest.find('/', 1) == std::string::npos && database(dest));
      copies_relative |= database_in_root || (!copy->from && !dest.starts_with("/"));
    }
  return in_root && copies_relative;
}

}  // namespace dockopt
