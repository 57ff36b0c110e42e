// DF203 slim-base: a final stage on a full toolchain image (python:3.11, node:20, a JDK, golang) that
// compiles nothing moves to the image's slim or runtime variant, with the packages of the full image
// that it uses installed back. When something in it compiles, it says so and points at DF202.
#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "analysis/base_images.h"
#include "analysis/copy_sources.h"
#include "transforms/rules/quoted_names.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/base_image.h"
#include "transforms/rules/df203_debian_slim.h"
#include "transforms/rules/df203_distro_python.h"
#include "transforms/rules/df203_slim_base.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/runtime_needs.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

std::string Approx(double mb) { return mb > 0 ? fmt::format(" (~{} MB)", std::lround(mb)) : ""; }

std::string Saving(const analysis::BaseImageFacts& facts) {
  if (facts.size_mb <= 0 || facts.slim_size_mb <= 0 || facts.size_mb <= facts.slim_size_mb) return "";
  return fmt::format(", saving ~{} MB", std::lround(facts.size_mb - facts.slim_size_mb));
}

bool Has(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// A golang final stage whose program may run `go` itself (goproxy, athens, a CI image): it keeps Go's
// workspace (`VOLUME /go`, an ENV of GOPATH or GOPROXY) or installs the version-control tools only
// `go get` calls. The slim variant, a plain OS image, has no `go`.
// The CI server or agent the stage sets up (Jenkins's war or JENKINS_HOME, GitLab's or Buildkite's
// runner): its jobs build with the image's JDK, compilers and tools, so the full image is its purpose.
std::optional<std::string> RunsCiServer(const ir::Dockerfile& df, const ir::Stage& stage) {
  static constexpr std::string_view kMarks[] = {"jenkins.war", "JENKINS_HOME", "jenkins-agent", "gitlab-runner",
                                                "buildkite-agent", "teamcity-agent"};
  for (size_t i : stage.instructions)
    for (std::string_view mark : kMarks)
      if (df.instructions[i].rest.find(mark) != std::string_view::npos) return std::string(mark);
  return std::nullopt;
}

std::optional<std::string> KeepsGoToolchain(RuleContext& context, const ir::Stage& stage) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = df.instructions[i];
    std::string_view text = inst.rest;
    auto says = [&] { return fmt::format("'{}'", context.Text(Span{inst.keyword.begin, inst.args.end})); };
    if (inst.kind == ir::InstructionKind::kVolume || inst.kind == ir::InstructionKind::kWorkdir) {
      for (const std::string& path : inst.node_args)
        if (path == "/go" || path.starts_with("/go/") || path == "[\"/go\"]") return says();
    }
    if (inst.kind == ir::InstructionKind::kEnv) {
      for (std::string_view name : {"GOPATH", "GOPROXY", "GOFLAGS", "GO111MODULE", "GOPRIVATE", "GOROOT"})
        if (text.find(name) != std::string_view::npos) return says();
    }
    // Hugo fetches a site's modules (`hugo mod get`, a theme imported in go.mod) by running 'go': the sites it
    // serves come at run time (kubernetes/website's image copies only the binary in).
    if (std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst)) {
      auto hugo = [](std::string_view path) { return path == "hugo" || path.ends_with("/hugo"); };
      if (hugo(copy->destination) || std::any_of(copy->sources.begin(), copy->sources.end(),
                                                 [&](const analysis::CopySourceArg& source) { return hugo(source.path); }))
        return fmt::format("{}: Hugo runs 'go' to fetch a site's modules", says());
    }
    if (inst.kind == ir::InstructionKind::kRun) {
      for (std::string_view tool : {"mercurial", "subversion", "bzr", "fossil"}) {
        for (size_t at = text.find(tool); at != std::string_view::npos; at = text.find(tool, at + 1)) {
          bool starts = at == 0 || text[at - 1] == ' ' || text[at - 1] == '\t';
          size_t end = at + tool.size();
          bool ends = end == text.size() || text[end] == ' ' || text[end] == '\t' || text[end] == '\\' || text[end] == '\n';
          if (starts && ends) return fmt::format("'{}', a version-control tool only 'go get' calls", tool);
        }
      }
    }
  }
  return std::nullopt;
}

// The first package the stage installs with an OS package manager other than apt (apk, yum, dnf,
// microdnf): on a variant of another OS that manager is missing (openjdk:17, Oracle Linux with
// microdnf, -> eclipse-temurin's JRE on Ubuntu).
std::optional<std::string> OtherManagerInstall(RuleContext& context, const ir::Stage& stage) {
  const ir::Dockerfile& df = context.dockerfile();
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = df.instructions[i];
    if (inst.kind != ir::InstructionKind::kRun) continue;
    for (const shell::Script& script : RunScripts(context, inst))
      for (const ToolUse& use : NestedToolUses(context, script)) {
        const bool installs = Is(use.call, "apk", "add") || Is(use.call, "yum", "install") ||
                              Is(use.call, "dnf", "install") || Is(use.call, "microdnf", "install");
        if (installs && !use.call.operands.empty())
          return fmt::format("{} {} {}", use.call.tool, use.call.subcommand, use.call.operands.front().name);
      }
  }
  return std::nullopt;
}

}  // namespace

// What DF203 says of the final stage on a toolchain image (the language images, JDKs): its finding, with
// the base swap as its fix when the stage compiles nothing; nullopt when the stage is not on one.
std::optional<SlimBaseOutcome> PlanSlimBase(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  int final_stage = FinalStage(df);
  if (final_stage < 0) return std::nullopt;
  const ir::Stage& stage = df.stages[static_cast<size_t>(final_stage)];
  if (df.FindStage(stage.base) >= 0) return std::nullopt;
  const ir::Instruction& from = df.instructions[stage.from];
  bool from_arg = stage.base.find('$') != std::string::npos;
  std::string image = stage.base;
  if (from_arg) {
    ImageRef ref = BaseImageOf(df, final_stage);
    if (!ref.known) return std::nullopt;
    image = ref.tag.empty() ? ref.name : ref.name + ":" + ref.tag;
  }
  std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(image);
  if (!facts || !facts->toolchain || facts->slim || facts->slim_variant.empty()) return std::nullopt;

  const RuntimeNeeds& needs = ReadRuntimeNeeds(context, final_stage);
  std::string compiles = needs.compiles.value_or("");
  for (const std::string& command : needs.commands) {
    if (!compiles.empty()) break;
    if (Has(facts->slim_lacks_tools, command))
      compiles = fmt::format("it runs '{}', which '{}' does not have", command, facts->slim_variant);
  }
  Span where = from.args.empty() ? from.keyword : from.args;
  std::string slim = facts->slim_variant;
  std::string message = fmt::format("the final stage runs on the full toolchain image '{}'{}", image, Approx(facts->size_mb));
  if (!compiles.empty()) {
    return SlimBaseOutcome{where, fmt::format("{}, but {}: build in a builder stage (see DF202) and run on '{}'{}", message,
                                      compiles, slim, Approx(facts->slim_size_mb)), std::nullopt};
  }
  if (facts->family == "golang") {
    if (std::optional<std::string> keeps = KeepsGoToolchain(context, stage)) {
      return SlimBaseOutcome{where, fmt::format("{}; '{}'{} has no 'go', and the stage keeps {}: its program may run 'go' "
                                        "(not applied)",
                                        message, slim, Approx(facts->slim_size_mb), *keeps), std::nullopt};
    }
  }
  if (std::optional<std::string> ci = RunsCiServer(df, stage)) {
    return SlimBaseOutcome{where, fmt::format("{}; the stage sets up a CI server or agent ('{}'), whose jobs build with the "
                                      "image's toolchain: not applied",
                                      message, *ci), std::nullopt};
  }
  if (needs.unknown) {
    return SlimBaseOutcome{where, fmt::format("{}; '{}'{} would do unless it compiles native code, but {}: pass the build "
                                      "context (--context) so dockopt can check",
                                      message, slim, Approx(facts->slim_size_mb), *needs.unknown), std::nullopt};
  }
  message += fmt::format(" and nothing in it compiles: '{}'{} would do{}", slim, Approx(facts->slim_size_mb), Saving(*facts));
  // The slim variant on another OS or release (maven's openjdk on Debian -> eclipse-temurin's JRE on
  // Ubuntu) cannot install the packages the stage names for its own release.
  if (std::optional<analysis::BaseImageFacts> variant = analysis::LookupBaseImage(slim);
      variant && !needs.apt_installed.empty() && !(variant->os == facts->os)) {
    return SlimBaseOutcome{where, fmt::format("{}, but it runs on {}, and the stage installs '{}' for {}: not applied", message,
                                      analysis::Describe(variant->os), needs.apt_installed.front(),
                                      analysis::Describe(facts->os)), std::nullopt};
  }
  if (std::optional<analysis::BaseImageFacts> variant = analysis::LookupBaseImage(slim);
      variant && variant->os.distro != facts->os.distro) {
    if (std::optional<std::string> install = OtherManagerInstall(context, stage)) {
      return SlimBaseOutcome{where, fmt::format("{}, but it runs on {}, and the stage runs '{}' for {}: not applied", message,
                                        analysis::Describe(variant->os), *install, analysis::Describe(facts->os)), std::nullopt};
    }
  }
  if (std::string java = JavaPathMissingOn(slim, needs.program_paths); !java.empty()) {
    return SlimBaseOutcome{where, fmt::format("{}, but the command runs '{}', which '{}' does not have (its java is "
                                      "/opt/java/openjdk/bin/java, on PATH): not applied", message, java, slim), std::nullopt};
  }
  if (from_arg) {
    return SlimBaseOutcome{where, fmt::format("{}; the image comes from ARG '{}', so change its value", message, stage.base), std::nullopt};
  }
  std::string_view written = context.Text(where);
  if (!written.starts_with(stage.base) || stage.base.find('@') != std::string::npos) {
    return SlimBaseOutcome{where, fmt::format("{}; pin its digest yourself", message), std::nullopt};
  }
  std::vector<std::string> uses = needs.commands;
  uses.insert(uses.end(), needs.library_uses.begin(), needs.library_uses.end());
  std::vector<std::string> packages = SlimLacksUsed(*facts, uses, needs.apt_installed);
  if (!packages.empty() && facts->os.distro != analysis::Distro::kDebian && facts->os.distro != analysis::Distro::kUbuntu) {
    return SlimBaseOutcome{where, fmt::format("{}; install {} there, which it uses", message, Quoted(packages)), std::nullopt};
  }
  Edits edits = {{Span{where.begin, where.begin + static_cast<uint32_t>(stage.base.size())}, slim}};
  std::string title = fmt::format("use '{}'", slim);
  if (!packages.empty()) {
    std::string nl(context.Newline());
    std::string names;
    for (const std::string& package : packages) names += " " + package;
    std::string line = fmt::format("{} apt-get update && apt-get install -y --no-install-recommends{} && rm -rf "
                                   "/var/lib/apt/lists/*{}",
                                   context.Keyword("RUN", from), names, nl);
    uint32_t at = from.span.end;
    if (!context.Text(Span{0, at}).ends_with('\n')) line = nl + line;
    edits.push_back({Span{at, at}, line});
    title += fmt::format(" and install {}, which the stage uses", Quoted(packages));
    message += fmt::format("; {} installed back, as the stage uses {}", Quoted(packages),
                           packages.size() == 1 ? "it" : "them");
  }
  return SlimBaseOutcome{where, message, Fix{title, Safety::kUnsafe, std::move(edits)}};
}

void CheckSlimBase(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  int final_stage = FinalStage(df);
  if (final_stage < 0) return;
  const ir::Stage& stage = df.stages[static_cast<size_t>(final_stage)];
  if (df.FindStage(stage.base) >= 0) return;  // built on an earlier stage: that stage's FROM decides
  // The plain Debian and Ubuntu images: their slim tags, or the distribution's python.
  if (stage.base.find('$') == std::string::npos) {
    std::optional<analysis::BaseImageFacts> facts = analysis::LookupBaseImage(stage.base);
    if (facts && (facts->family == "ubuntu" || facts->family == "debian")) {
      if (!CheckDistroPython(context, final_stage, stage.base, facts->os) && facts->family == "debian")
        CheckDebianSlim(context, final_stage, stage.base, *facts);
      return;
    }
  }
  if (std::optional<SlimBaseOutcome> outcome = PlanSlimBase(context))
    context.Report(outcome->where, std::move(outcome->message), std::move(outcome->fix));
}

DOCKOPT_RULE(DF203, "slim-base", "a final stage on a full toolchain image that compiles nothing moves to its slim variant",
             Safety::kUnsafe, CheckSlimBase);

}  // namespace dockopt
