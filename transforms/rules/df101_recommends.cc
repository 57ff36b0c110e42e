#include "transforms/rules/df101_recommends.h"

#include <string_view>

#include "analysis/base_images.h"
#include "transforms/rules/base_image.h"
#include "transforms/rules/build_steps.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

// A package that is a C compiler or depends on one (build-essential, rustc); npm and node-gyp too, whose
// native builds bring their own. Recommendations do not count: they are what this check is about.
bool BringsCompiler(std::string_view name) {
  name = name.substr(0, name.find_first_of(":="));
  for (std::string_view prefix : {"gcc", "g++", "clang", "cpp-"})
    if (name.starts_with(prefix)) return true;
  for (std::string_view exact : {"cc", "tcc", "c-compiler", "build-essential", "rustc", "cargo", "npm", "node-gyp"})
    if (name == exact) return true;
  return false;
}

bool NamesDevWithoutCompiler(const shell::ToolCall& call) {
  bool dev = false;
  for (const shell::Operand& package : call.operands) {
    // A package list in a variable may name a compiler.
    if (BringsCompiler(package.name) || package.name.find('$') != std::string::npos) return false;
    // A library's headers depend on libc6-dev (autotools-dev, a set of scripts, does not).
    const std::string_view name = package.name;
    dev |= name.ends_with("-dev") && (name.starts_with("lib") || name.starts_with("python"));
  }
  return dev;
}

// Whether an apt install of an earlier RUN of the stage (or of a stage it is built from) names a package
// `wanted` accepts, or a RUN there cannot be read.
template <typename Wanted>
bool EarlierInstallNames(RuleContext& context, size_t index, Wanted wanted) {
  const ir::Dockerfile& df = context.dockerfile();
  for (int s : StageChain(df, index))
    for (size_t i : df.stages[static_cast<size_t>(s)].instructions) {
      if (i >= index) break;
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kRun) continue;
      const RuleContext::ScriptList& scripts = RunScripts(context, inst);
      if (scripts.empty()) return true;
      for (const shell::Script& script : scripts)
        for (const ToolUse& use : NestedToolUses(context, script))
          if (IsApt(use.call, "install"))
            for (const shell::Operand& package : use.call.operands)
              if (wanted(package.name)) return true;
    }
  return false;
}

// A package whose install brings ca-certificates only as a recommendation (Debian 12's Recommends: wget,
// git, libcurl4 and libcurl3-gnutls (so curl and the libcurl -dev packages), python3.11, aria2, w3m,
// mercurial-common, yt-dlp; apt-transport-https through libcurl3-gnutls on older releases). Packages that
// depend on it (python3-pip, npm, python3-requests) need no help.
bool RecommendsCertificates(std::string_view name) {
  name = name.substr(0, name.find_first_of(":="));
  for (std::string_view exact : {"curl", "wget", "wget2", "git", "git-core", "aria2", "w3m", "mercurial",
                                 "mercurial-common", "yt-dlp", "youtube-dl", "apt-transport-https", "python3"})
    if (name == exact) return true;
  if (name.starts_with("libcurl")) return true;
  // python3.11, python3.9: the interpreter package itself (not python3.11-dev, -venv...).
  if (name.starts_with("python3.")) return name.find_first_not_of("0123456789", 8) == std::string_view::npos;
  return false;
}

// ca-certificates itself, or a package that depends on it (Debian 12: python3-pip, npm, nodejs,
// python3-requests, python3-certifi): it comes without recommendations too.
bool DependsOnCertificates(std::string_view name) {
  name = name.substr(0, name.find_first_of(":="));
  for (std::string_view exact : {"ca-certificates", "python3-pip", "python-pip", "npm", "nodejs", "python3-requests",
                                 "python3-certifi"})
    if (name == exact) return true;
  return false;
}

}  // namespace

std::optional<std::string> NeedsRecommendedCertificates(RuleContext& context, size_t index,
                                                        const shell::ToolCall& install) {
  std::optional<std::string> needs;
  for (const shell::Operand& package : install.operands) {
    if (DependsOnCertificates(package.name) || package.name.find('$') != std::string::npos) return std::nullopt;
    if (!needs && RecommendsCertificates(package.name)) needs = package.name.substr(0, package.name.find_first_of(":="));
  }
  if (!needs) return std::nullopt;
  const ir::Dockerfile& df = context.dockerfile();
  ImageRef image = BaseImageOf(df, df.instructions[index].stage);
  if (image.known)
    if (std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(image.Reference());
        facts && analysis::HasCaCertificates(*facts))
      return std::nullopt;
  if (EarlierInstallNames(context, index, [](std::string_view name) { return name == "ca-certificates"; }))
    return std::nullopt;
  return needs;
}

std::optional<std::string> BuildUsesRecommendedCompiler(RuleContext& context, size_t index,
                                                        const shell::ToolCall& install) {
  if (!NamesDevWithoutCompiler(install)) return std::nullopt;
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Instruction& run = df.instructions[index];
  ImageRef image = BaseImageOf(df, run.stage);
  if (!image.known) return std::nullopt;
  std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(image.Reference());
  if (!facts || facts->toolchain) return std::nullopt;  // its own compiler, or one dockopt cannot rule out
  // A C build: node's native addons (node-gyp) need g++, which libc6-dev does not recommend, so an npm,
  // yarn or pnpm install never built with the recommended gcc alone.
  auto c_build = [](const ir::Instruction& inst) -> std::optional<std::string> {
    std::optional<std::string> step = NativeBuildStep(inst);
    if (step && (step->starts_with("npm") || step->starts_with("yarn") || step->starts_with("pnpm"))) return std::nullopt;
    return step;
  };
  std::optional<std::string> build = c_build(run);
  for (const ir::Instruction* later : RunsAfter(df, index)) {
    if (build) break;
    build = c_build(*later);
  }
  if (!build || EarlierInstallNames(context, index, [](std::string_view name) { return BringsCompiler(name); }))
    return std::nullopt;
  return build;
}

}  // namespace dockopt
