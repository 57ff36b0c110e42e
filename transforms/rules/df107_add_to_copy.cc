// DF107 add-to-copy: `ADD` of local files that are certainly not archives becomes `COPY`.
//
// ADD fetches URLs and git repositories and unpacks local tar archives, recognized by their
// contents, not their names (BuildKit reads the magic bytes). So only the contents, read through
// --context, prove a file is not an archive; a directory never is. A judgement from the name alone
// (`app.py`) is right in practice but unproven, so that fix is unsafe.
#include "analysis/copy_sources.h"
#include "context/context_files.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"

namespace dockopt {
namespace {

using analysis::CopySourceArg;
using analysis::SourceOrigin;

enum class Source : uint8_t { kNotArchive, kNameSaysNotArchive, kArchive, kUnknown, kRemote };

Source Worse(Source a, Source b) { return static_cast<uint8_t>(a) > static_cast<uint8_t>(b) ? a : b; }

// What one context path is: a directory is never unpacked; a file is an archive by its bytes.
Source ClassifyInContext(const context::ContextFiles& files, const std::string& path) {
  if (files.IsDirectory(path)) return Source::kNotArchive;
  if (!files.IsFile(path)) return Source::kUnknown;  // a symlink out of the context, a device, ...
  return analysis::IsArchiveContent(files.ReadHead(path, analysis::kArchiveHeadBytes)) ? Source::kArchive
                                                                                       : Source::kNotArchive;
}

Source Classify(const CopySourceArg& src, const std::optional<context::ContextFiles>& files) {
  if (src.origin == SourceOrigin::kUrl || src.origin == SourceOrigin::kGit) return Source::kRemote;
  if (src.has_variable) return Source::kUnknown;  // a variable: cannot read the name
  std::string_view trimmed = src.path;
  while (trimmed.starts_with("./")) trimmed.remove_prefix(2);
  if (trimmed.empty() || trimmed == "." || src.path.ends_with("/")) return Source::kNotArchive;  // a directory
  if (files) {
    const std::optional<std::vector<std::string>> matches = analysis::ExpandInContext(src, *files);
    if (!matches || matches->empty()) return Source::kUnknown;
    Source worst = Source::kNotArchive;
    for (const std::string& path : *matches) worst = Worse(worst, ClassifyInContext(*files, path));
    return worst;
  }
  if (src.archive_name) return Source::kArchive;
  return Source::kNameSaysNotArchive;
}

// The context as the build sees it (its .dockerignore applied); nullopt without --context.
std::optional<context::ContextFiles> OpenContext(const RuleContext& context) {
  if (!context.options().context_dir) return std::nullopt;
  std::string error;
  std::optional<context::ContextFiles> files = context::ContextFiles::Open(*context.options().context_dir, error);
  return files ? std::move(files) : context::ContextFiles(*context.options().context_dir);
}

void CheckAdd(RuleContext& context, const ir::Instruction& add, const std::optional<context::ContextFiles>& files) {
  const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(add);
  if (!copy || !add.heredocs.empty() || !copy->OnlyCopyFlags() || copy->sources.empty()) return;
  Source worst = Source::kNotArchive;
  for (const CopySourceArg& src : copy->sources) {
    Source s = Classify(src, files);
    if (s == Source::kRemote || s == Source::kArchive) return;  // ADD does what it is for
    worst = Worse(worst, s);
  }
  std::string message = "'ADD' of local files that are not archives: use 'COPY', whose effect does not depend on "
                        "the files' contents (ADD unpacks tar archives and fetches URLs)";
  if (worst == Source::kUnknown) {
    context.Report(add.keyword, message + " (not rewritten: a source is a variable, a glob or not in the context)");
    return;
  }
  Safety safety = worst == Source::kNotArchive ? Safety::kSafe : Safety::kUnsafe;
  context.Report(add.keyword, std::move(message),
                 Fix{"replace ADD with COPY", safety, {{add.keyword, context.Keyword("COPY", add)}}});
}

}  // namespace

void CheckAddToCopy(RuleContext& context) {
  const std::optional<context::ContextFiles> files = OpenContext(context);
  for (const ir::Instruction& inst : context.dockerfile().instructions)
    if (inst.kind == ir::InstructionKind::kAdd) CheckAdd(context, inst, files);
}

DOCKOPT_RULE(DF107, "add-to-copy", "ADD of local files that are not archives becomes COPY",
             Safety::kSafe, CheckAddToCopy);

}  // namespace dockopt
