// The COPY/ADD reading (see copy_sources.h).
#include "analysis/copy_sources.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <utility>

#include "analysis/paths.h"
#include "context/glob.h"
#include "context/path_clean.h"
#include "shell/lex.h"

namespace dockopt::analysis {
namespace {

// BuildKit's gitutil.ParseGitRef: a git remote has a scheme (or is "github.com/..."); an http(s) URL
// is one only when its path ends in ".git". A plain ".git" or "vendor/lib.git" is a local path.
bool IsGit(std::string_view src) {
  if (src.starts_with("git@") || src.starts_with("git://") || src.starts_with("ssh://") ||
      src.starts_with("github.com/"))
    return true;
  if (src.find("://") == std::string_view::npos) return false;
  const std::string_view ref = src.substr(0, src.find('#'));  // "https://host/repo.git#v1.0:subdir"
  return ref.ends_with(".git");
}

bool HasArchiveName(std::string_view src) {
  // Compared case-insensitively in place: every COPY source of every round comes here.
  auto ends_with = [&](std::string_view ext) {
    if (src.size() < ext.size()) return false;
    const std::string_view tail = src.substr(src.size() - ext.size());
    for (size_t i = 0; i < ext.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(tail[i])) != ext[i]) return false;
    return true;
  };
  for (std::string_view ext : {".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tzst", ".gz", ".bz2", ".xz", ".zst",
                               ".lz4"})
    if (ends_with(ext)) return true;
  return false;
}

// BuildKit expands each COPY/ADD word, which drops its quotes: `"/opt/EA"` names /opt/EA. Words with a
// variable or an escape stay as written (their value needs the stage's env or escape char), and so does a
// word whose unquoted value holds a space, so rules that write a path back into a COPY keep one word.
std::string Unquoted(const std::string& word) {
  // One pass over a byte table (find_first_of calls memchr per byte): 1 keeps the word as written, 2 quotes.
  static constexpr std::array<unsigned char, 256> kClass = [] {
    std::array<unsigned char, 256> table{};
    for (unsigned char c : std::string_view("$\\`")) table[c] = 1;
    for (unsigned char c : std::string_view("\"'")) table[c] = 2;
    return table;
  }();
  bool quoted = false;
  for (char c : word) {
    const unsigned char kind = kClass[static_cast<unsigned char>(c)];
    if (kind == 1) return word;
    quoted |= kind == 2;
  }
  if (!quoted) return word;
  shell::ExpandResult expanded = shell::ProcessWord(word, {});
  if (!expanded.ok() || expanded.result.empty() ||
      expanded.result.find_first_of(" \t\n") != std::string::npos)
    return word;
  return expanded.result;
}

CopySourceArg ReadSource(const std::string& word, bool has_heredocs) {
  CopySourceArg out;
  out.path = word;
  if (has_heredocs && word.starts_with("<<")) out.origin = SourceOrigin::kHeredoc;
  else if (IsGit(word)) out.origin = SourceOrigin::kGit;
  else if (word.find("://") != std::string::npos) out.origin = SourceOrigin::kUrl;
  out.has_variable = word.find('$') != std::string::npos;
  out.has_glob = context::HasGlobMeta(word);
  out.archive_name = HasArchiveName(word);
  return out;
}

// A boolean flag: `--link` and `--link=true` set it, `--link=false` does not.
bool FlagOn(const ir::Flag& flag) { return !flag.has_value || flag.value != "false"; }

}  // namespace

bool CopyArgs::OnlyCopyFlags() const {
  return std::all_of(flag_names.begin(), flag_names.end(), [](const std::string& name) {
    return name == "chown" || name == "chmod" || name == "link" || name == "exclude";
  });
}

bool CopyArgs::AnySourceVariable() const {
  return std::any_of(sources.begin(), sources.end(), [](const CopySourceArg& s) { return s.has_variable; });
}

std::optional<CopyArgs> ReadCopyArgs(const ir::Instruction& instruction) {
  if (instruction.kind != ir::InstructionKind::kCopy && instruction.kind != ir::InstructionKind::kAdd)
    return std::nullopt;
  const std::vector<std::string>& words = instruction.is_exec() ? instruction.exec_args : instruction.node_args;
  if (words.size() < 2) return std::nullopt;
  CopyArgs out;
  out.add = instruction.kind == ir::InstructionKind::kAdd;
  const bool heredocs = !instruction.heredocs.empty();
  // The JSON form's words are already decoded; a heredoc marker is not a path.
  auto read = [&](const std::string& word) {
    return instruction.is_exec() || (heredocs && word.starts_with("<<")) ? word : Unquoted(word);
  };
  out.destination = read(words.back());
  for (size_t i = 0; i + 1 < words.size(); ++i)
    out.sources.push_back(ReadSource(read(words[i]), heredocs));
  for (const ir::Flag& flag : instruction.flags) {
    out.flag_names.push_back(flag.name);
    if (flag.name == "from") out.from = flag.value;
    else if (flag.name == "chown") out.chown = flag.value;
    else if (flag.name == "chmod") out.chmod = flag.value;
    else if (flag.name == "checksum") out.checksum = flag.value;
    else if (flag.name == "exclude") out.excludes.push_back(flag.value);
    else if (flag.name == "link") out.link = FlagOn(flag);
    else if (flag.name == "parents") out.parents = FlagOn(flag);
    else if (flag.name == "keep-git-dir") out.keep_git_dir = FlagOn(flag);
    else out.other_flags.push_back(flag.name);
  }
  return out;
}

bool HasFromFlag(const ir::Instruction& instruction) {
  if (instruction.kind != ir::InstructionKind::kCopy && instruction.kind != ir::InstructionKind::kAdd) return false;
  return std::any_of(instruction.flags.begin(), instruction.flags.end(), [](const ir::Flag& flag) { return flag.name == "from"; });
}

namespace {

// The ARG defaults and ENV values a stage has set so far, as a build without --build-arg sees them
// (`ARG JAR_FILE=build/libs/app.jar` then `COPY ${JAR_FILE} app.jar`). A value that cannot be
// expanded makes its name unknown.
class StageVars {
 public:
  explicit StageVars(const ir::Dockerfile& dockerfile) {
    for (const ir::Instruction& inst : dockerfile.instructions)
      if (inst.stage < 0 && inst.kind == ir::InstructionKind::kArg)
        for (const std::string& arg : inst.node_args)
          if (const size_t eq = arg.find('='); eq != std::string::npos) meta_[arg.substr(0, eq)] = Unquoted(arg.substr(eq + 1));
  }

  void Apply(const ir::Instruction& inst) {
    if (inst.kind == ir::InstructionKind::kFrom) vars_.clear();
    if (inst.stage < 0) return;
    if (inst.kind == ir::InstructionKind::kArg) {
      for (const std::string& arg : inst.node_args) {
        const size_t eq = arg.find('=');
        if (eq != std::string::npos) Set(arg.substr(0, eq), Expand(Unquoted(arg.substr(eq + 1)), vars_));
        else if (const auto it = meta_.find(arg); it != meta_.end()) Set(arg, Expand(it->second, vars_));
        else vars_.erase(arg);  // no default: only a --build-arg gives it a value
      }
    } else if (inst.kind == ir::InstructionKind::kEnv) {
      // (name, value, separator) triples, each value expanded against the environment before the ENV.
      std::vector<std::pair<std::string, std::optional<std::string>>> sets;
      for (size_t i = 0; i + 1 < inst.node_args.size(); i += 3)
        sets.emplace_back(inst.node_args[i], Expand(Unquoted(inst.node_args[i + 1]), vars_));
      for (auto& [name, value] : sets) Set(name, std::move(value));
    }
  }

  // The source with its variables replaced, or "" when it has none or one is unknown.
  std::string Resolve(const std::string& source) const {
    if (source.find('$') == std::string::npos) return "";
    const std::optional<std::string> value = Expand(source, vars_);
    return value && !value->empty() && value->find('$') == std::string::npos ? *value : "";
  }

 private:
  void Set(const std::string& name, std::optional<std::string> value) {
    if (value) vars_[name] = std::move(*value);
    else vars_.erase(name);
  }

  std::map<std::string, std::string> meta_;  // ARG defaults before the first FROM
  std::map<std::string, std::string> vars_;
};

}  // namespace

std::vector<context::CopySource> ContextCopySources(const ir::Dockerfile& dockerfile) {
  std::vector<context::CopySource> out;
  const std::string_view text = dockerfile.source->text();
  StageVars vars(dockerfile);
  for (const ir::Instruction& inst : dockerfile.instructions) {
    vars.Apply(inst);
    const std::optional<CopyArgs> copy = ReadCopyArgs(inst);
    if (!copy || copy->from) continue;
    for (const CopySourceArg& source : copy->sources) {
      if (source.origin != SourceOrigin::kPath) continue;
      context::CopySource found{source.path, copy->add ? "ADD" : "COPY", inst.start_line, 0, vars.Resolve(source.path)};
      const size_t at = text.substr(0, inst.span.end).find(source.path, inst.args.begin);
      if (!inst.args.empty() && at != std::string_view::npos) {
        const LineCol where = dockerfile.source->Locate(static_cast<uint32_t>(at));
        found.line = where.line;
        found.column = where.col;
      }
      out.push_back(std::move(found));
    }
  }
  return out;
}

std::optional<std::vector<std::string>> ExpandInContext(const CopySourceArg& source,
                                                        const context::ContextFiles& files) {
  if (source.origin != SourceOrigin::kPath || source.has_variable) return std::nullopt;
  const std::string cleaned = context::CleanPath(source.path);
  if (cleaned == ".." || cleaned.starts_with("../")) return std::nullopt;  // leaves the context
  return files.Glob(source.path);
}

bool IsArchiveContent(std::string_view head) {
  auto starts = [&](std::string_view magic) { return head.starts_with(magic); };
  using namespace std::string_view_literals;
  if (starts("\x1f\x8b"sv) || starts("BZh"sv) || starts("\xfd" "7zXZ\0"sv) || starts("\x28\xb5\x2f\xfd"sv))
    return true;
  return head.size() >= 262 && head.substr(257, 5) == "ustar";
}

}  // namespace dockopt::analysis
