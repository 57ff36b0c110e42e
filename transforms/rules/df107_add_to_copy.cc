// DF107 add-to-copy: `ADD` of local files that are certainly not archives becomes `COPY`.
//
// ADD fetches URLs and git repositories and unpacks local tar archives, recognized by their
// contents, not their names (BuildKit reads the magic bytes). So only the contents, read through
// --context, prove a file is not an archive; a directory never is. A judgement from the name alone
// (`app.py`) is right in practice but unproven, so that fix is unsafe.
#include <fmt/core.h>

#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "transforms/rule_context.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/rules.h"

namespace dockopt {
namespace {

namespace fs = std::filesystem;

enum class Source : uint8_t { kNotArchive, kNameSaysNotArchive, kArchive, kUnknown, kRemote };

bool IsRemote(std::string_view src) {
  return src.find("://") != std::string_view::npos || src.starts_with("git@") || src.ends_with(".git");
}

bool HasArchiveName(std::string_view src) {
  std::string lower(src);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view ext : {".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tzst", ".gz", ".bz2", ".xz", ".zst",
                               ".lz4", ".tar.gz", ".tar.bz2", ".tar.xz", ".tar.zst"})
    if (lower.ends_with(ext)) return true;
  return false;
}

// The compressions BuildKit's archive detection knows, and the tar header's magic.
bool LooksLikeArchive(const fs::path& file) {
  std::array<unsigned char, 512> head{};
  std::ifstream in(file, std::ios::binary);
  in.read(reinterpret_cast<char*>(head.data()), head.size());
  size_t n = static_cast<size_t>(in.gcount());
  auto starts = [&](std::initializer_list<unsigned char> magic) {
    if (n < magic.size()) return false;
    size_t i = 0;
    for (unsigned char b : magic)
      if (head[i++] != b) return false;
    return true;
  };
  if (starts({0x1f, 0x8b}) || starts({'B', 'Z', 'h'}) || starts({0xfd, '7', 'z', 'X', 'Z', 0x00}) ||
      starts({0x28, 0xb5, 0x2f, 0xfd}))
    return true;
  return n >= 262 && std::string_view(reinterpret_cast<const char*>(head.data()) + 257, 5) == "ustar";
}

Source Classify(std::string_view src, const std::optional<std::string>& context_dir) {
  if (IsRemote(src)) return Source::kRemote;
  if (src.find('$') != std::string_view::npos) return Source::kUnknown;  // a variable: cannot read the name
  std::string_view trimmed = src;
  while (trimmed.starts_with("./")) trimmed.remove_prefix(2);
  if (trimmed.empty() || trimmed == "." || src.ends_with("/")) return Source::kNotArchive;  // a directory
  if (context_dir) {
    if (trimmed.find_first_of("*?[") != std::string_view::npos) return Source::kUnknown;  // a glob
    std::error_code ec;
    fs::path path = fs::path(*context_dir) / fs::path(std::string(trimmed));
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return Source::kUnknown;
    if (fs::is_directory(status)) return Source::kNotArchive;
    return LooksLikeArchive(path) ? Source::kArchive : Source::kNotArchive;
  }
  if (HasArchiveName(trimmed)) return Source::kArchive;
  return Source::kNameSaysNotArchive;
}

// ADD-only flags have no COPY counterpart: such an ADD stays.
bool OnlyCopyFlags(const ir::Instruction& add) {
  for (const ir::Flag& flag : add.flags)
    if (flag.name != "chown" && flag.name != "chmod" && flag.name != "link" && flag.name != "exclude") return false;
  return true;
}

// "COPY" in the case the ADD keyword was written in: ADD -> COPY, add -> copy, Add -> Copy.
std::string CopyKeyword(std::string_view written) {
  bool lower = !written.empty() && std::islower(static_cast<unsigned char>(written[0]));
  bool rest_lower = written.size() > 1 && std::islower(static_cast<unsigned char>(written[1]));
  if (lower) return "copy";
  return rest_lower ? "Copy" : "COPY";
}

void CheckAdd(RuleContext& context, const ir::Instruction& add) {
  if (!add.heredocs.empty() || !OnlyCopyFlags(add)) return;
  std::vector<std::string> sources = CopySources(add);
  if (sources.empty()) return;
  Source worst = Source::kNotArchive;
  for (const std::string& src : sources) {
    Source s = Classify(src, context.options().context_dir);
    if (s == Source::kRemote || s == Source::kArchive) return;  // ADD does what it is for
    if (static_cast<uint8_t>(s) > static_cast<uint8_t>(worst)) worst = s;
  }
  std::string message = "'ADD' of local files that are not archives: use 'COPY', whose effect does not depend on "
                        "the files' contents (ADD unpacks tar archives and fetches URLs)";
  if (worst == Source::kUnknown) {
    context.Report(add.keyword, message + " (not rewritten: a source is a variable, a glob or not in the context)");
    return;
  }
  Safety safety = worst == Source::kNotArchive ? Safety::kSafe : Safety::kUnsafe;
  context.Report(add.keyword, std::move(message),
                 Fix{"replace ADD with COPY", safety, {{add.keyword, CopyKeyword(context.Text(add.keyword))}}});
}

}  // namespace

void CheckAddToCopy(RuleContext& context) {
  for (const ir::Instruction& inst : context.dockerfile().instructions)
    if (inst.kind == ir::InstructionKind::kAdd) CheckAdd(context, inst);
}

}  // namespace dockopt
