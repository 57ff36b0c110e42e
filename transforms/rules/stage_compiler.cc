#include "transforms/rules/stage_compiler.h"

#include <array>
#include <string_view>

#include "analysis/base_images.h"
#include "analysis/packages.h"
#include "transforms/rules/base_image.h"
#include "transforms/rules/package_facts.h"

namespace dockopt {
namespace {

// A compiler, a build tool that comes with one or is used with one, or a package that depends on or
// recommends one (Debian's npm needs node-gyp, which needs g++; ruby-build and python3-pip recommend
// build-essential; rustc and golang-go depend on or recommend gcc).
bool IsCompilerPackage(std::string_view name) {
  name = name.substr(0, name.find_first_of(":="));
  if (analysis::IsBuildTool(name, analysis::Distro::kDebian) || analysis::IsBuildTool(name, analysis::Distro::kAlpine) ||
      analysis::IsBuildTool(name, analysis::Distro::kRedHat))
    return true;
  // Compilers the build-tool lists leave out (`tcc`, `gcc-multilib`, `clang-tools`), and packages that pull one in.
  static constexpr std::array<std::string_view, 13> kCompilersAndPullers = {
      "cc", "tcc", "npm", "node-gyp", "ruby-build", "python3-pip", "python-pip", "dkms", "rustc", "cargo",
      "dpkg-dev", "devscripts", "libtool"};  // gccgo: the "gcc" prefix below
  for (std::string_view exact : kCompilersAndPullers)
    if (name == exact) return true;
  for (std::string_view prefix : {"gcc", "g++", "clang", "golang"})
    if (name.starts_with(prefix)) return true;
  return false;
}

// A command that runs code dockopt has not read: a script of the project (`./install.sh`, `. env.sh`),
// a shell given a file, code (`sh -c`) or a pipe (`curl ... | sh`).
bool RunsUnreadCode(const shell::ToolCall& call) {
  std::string_view tool = call.tool;
  if (tool == "." || tool == "source" || tool.ends_with(".sh")) return true;
  bool system_path = tool.starts_with("/usr/") || tool.starts_with("/bin/") || tool.starts_with("/sbin/");
  if (tool.find('/') != std::string_view::npos && !system_path) return true;
  std::string_view name = tool.substr(tool.rfind('/') + 1);
  return name == "sh" || name == "bash" || name == "dash" || name == "zsh" || name == "ash";
}

}  // namespace

bool StageMayCompile(RuleContext& context, const std::vector<int>& chain) {
  const ir::Dockerfile& df = context.dockerfile();
  if (chain.empty()) return true;
  ImageRef image = BaseImageOf(df, chain.back());
  if (!image.known) return true;
  if (image.name != "scratch") {
    std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(image.Reference());
    if (!facts || facts->toolchain) return true;
  }
  for (int s : chain)
    for (size_t i : df.stages[static_cast<size_t>(s)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kRun) continue;
      const RuleContext::ScriptList& scripts = RunScripts(context, inst);
      if (scripts.empty()) return true;  // exec form, or text the shell model cannot read
      for (const shell::Script& script : scripts) {
        if (!script.FullyModelled()) return true;
        for (const ToolUse& use : NestedToolUses(context, script)) {  // inside `( ... )` and `if` too
          if (RunsUnreadCode(use.call) || use.call.tool == "xargs") return true;
          // A package list held in a variable (`apt-get install $BUILD_DEPS`) may name a compiler.
          for (const shell::Operand& o : use.call.operands)
            if (IsCompilerPackage(o.name) || o.name.find('$') != std::string::npos) return true;
        }
      }
    }
  return false;
}

}  // namespace dockopt
