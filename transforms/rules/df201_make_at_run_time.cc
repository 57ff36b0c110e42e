// MakeTargetsAtRunTime (see df201_make_at_run_time.h).
#include "transforms/rules/df201_make_at_run_time.h"

#include <optional>
#include <string_view>

#include "analysis/copy_sources.h"
#include "context/context_files.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

bool IsMakefileName(std::string_view path) {
  std::string_view base = path.substr(path.rfind('/') + 1);  // npos + 1 == 0
  return base == "Makefile" || base == "makefile" || base == "GNUmakefile";
}

// The Makefile the COPY puts into the image: named as a source, or at the top of a whole-context copy
// (only readable with the context; without it, nothing is claimed).
std::string CopiedMakefile(const analysis::CopyArgs& copy, const std::optional<context::ContextFiles>& files) {
  if (copy.from) return "";
  for (const analysis::CopySourceArg& source : copy.sources) {
    if (IsMakefileName(source.path)) return source.path;
    if (files && (source.path == "." || source.path == "./" || source.path == "/"))
      for (std::string_view name : {"Makefile", "makefile", "GNUmakefile"})
        if (files->IsFile(name)) return std::string(name);
  }
  return "";
}

}  // namespace

std::string MakeTargetsAtRunTime(RuleContext& context, const std::vector<int>& chain) {
  const ir::Dockerfile& df = context.dockerfile();
  std::optional<context::ContextFiles> files;
  if (const auto& dir = context.options().context_dir) {
    std::string error;
    files = context::ContextFiles::Open(*dir, error);
    if (!files) files.emplace(*dir);
  }
  std::string makefile;
  for (int s : chain) {
    for (size_t i : df.stages[static_cast<size_t>(s)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind == ir::InstructionKind::kCmd || inst.kind == ir::InstructionKind::kEntrypoint) return "";
      if (inst.kind == ir::InstructionKind::kRun) {
        for (const shell::Script& script : RunScripts(context, inst))
          for (const ToolUse& use : NestedToolUses(context, script))
            if (use.call.tool == "make" || use.call.tool == "gmake") return "";
        continue;
      }
      if (std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst); copy && makefile.empty())
        makefile = CopiedMakefile(*copy, files);
    }
  }
  if (makefile.empty()) return "";
  return "the image sets no command and holds the context's '" + makefile +
         "', which no RUN runs: the command given at run time may run its targets with make";
}

}  // namespace dockopt
