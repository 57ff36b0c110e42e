#include "transforms/rules/df101_recommends.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "analysis/base_images.h"
#include "analysis/image_os.h"
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

// Whether `text` runs a pip install or wheel build (`pip install`, `pip3 install`, `ckan-pip install`,
// `python -m pip wheel`).
bool RunsPipInstall(std::string_view text) {
  for (size_t pos = text.find("pip"); pos != std::string_view::npos; pos = text.find("pip", pos + 1)) {
    size_t i = pos + 3;
    while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
    if (i >= text.size() || (text[i] != ' ' && text[i] != '\t')) continue;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    std::string_view rest = text.substr(i);
    if (rest.starts_with("install") || rest.starts_with("wheel")) return true;
  }
  return false;
}

// Whether `text` runs gpg (`gpg --batch --verify`, `gpg2 --recv-keys`, `command -v gpgconf` aside).
bool RunsGpg(std::string_view text) {
  for (size_t pos = text.find("gpg"); pos != std::string_view::npos; pos = text.find("gpg", pos + 1)) {
    const bool starts = pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == '\t' || text[pos - 1] == ';' ||
                        text[pos - 1] == '&' || text[pos - 1] == '|' || text[pos - 1] == '(' || text[pos - 1] == '\n';
    size_t end = pos + 3;
    if (end < text.size() && text[end] == '2') ++end;
    if (starts && end < text.size() && (text[end] == ' ' || text[end] == '\t')) return true;
  }
  return false;
}

// Whether `text` runs add-apt-repository (or its other name, apt-add-repository) as a command.
bool RunsAddAptRepository(std::string_view text) {
  for (std::string_view name : {"add-apt-repository", "apt-add-repository"})
    for (size_t pos = text.find(name); pos != std::string_view::npos; pos = text.find(name, pos + 1)) {
      const char before = pos == 0 ? ' ' : text[pos - 1];
      const size_t end = pos + name.size();
      const char after = end < text.size() ? text[end] : ' ';
      if (std::string_view(" \t\n;&|(/").find(before) != std::string_view::npos &&
          std::string_view(" \t\n;&|)").find(after) != std::string_view::npos)
        return true;
    }
  return false;
}

// Whether the RUN at `index` or a later one of its stage (or of a stage built on it) holds text `runs`
// accepts.
template <typename Runs>
bool RunOrLaterRuns(RuleContext& context, size_t index, Runs runs) {
  const ir::Dockerfile& df = context.dockerfile();
  if (runs(context.Text(df.instructions[index].span))) return true;
  for (const ir::Instruction* run : RunsAfter(df, index))
    if (runs(context.Text(run->span))) return true;
  return false;
}

// The last package of the install among `recommenders` (which bring what is needed only as a
// recommendation), unless the install names one of `provided` itself.
std::optional<std::string> RecommenderUnlessNamed(const shell::ToolCall& call,
                                                  std::initializer_list<std::string_view> provided,
                                                  std::initializer_list<std::string_view> recommenders) {
  std::optional<std::string> recommender;
  for (const shell::Operand& package : call.operands) {
    const std::string& name = package.name;
    if (std::find(provided.begin(), provided.end(), name) != provided.end()) return std::nullopt;
    if (std::find(recommenders.begin(), recommenders.end(), name) != recommenders.end()) recommender = name;
  }
  return recommender;
}

}  // namespace

// A C compiler installed without what pulls in libc6-dev (gcc merely recommends it).
bool NeedsLibcDev(const shell::ToolCall& call) {
  bool compiler = false;
  for (const shell::Operand& package : call.operands) {
    const std::string& name = package.name;
    if (name == "libc6-dev" || name == "build-essential") return false;
    compiler |= name == "gcc" || name == "g++" || name == "clang" || name.starts_with("gcc-") ||
                name.starts_with("g++-") || name.starts_with("clang-");
  }
  return compiler;
}

// Debian's python-pip and python3-pip recommend build-essential: a later `pip install` that builds a
// C extension from source (psycopg2, lxml, ...) compiles with it. The pip package named, without a
// compiler named beside it.
std::optional<std::string> PipRecommendingCompiler(const shell::ToolCall& call) {
  std::optional<std::string> pip;
  for (const shell::Operand& package : call.operands) {
    const std::string& name = package.name;
    if (name == "build-essential" || name == "gcc" || name == "g++") return std::nullopt;
    if (name == "python-pip" || name == "python3-pip" || name == "python2-pip") pip = name;
  }
  return pip;
}

bool PipInstallFollows(RuleContext& context, size_t index) { return RunOrLaterRuns(context, index, RunsPipInstall); }

// build-essential depends on dpkg-dev, which recommends gnupg: with recommends, `gpg` comes along, and
// slim and Ubuntu bases have no gpg of their own (taiga-back verifies gosu with `gpg --verify` right
// after installing build-essential). The package that brings it, when the install names no gnupg itself.
std::optional<std::string> GnupgRecommender(const shell::ToolCall& call) {
  return RecommenderUnlessNamed(call, {"gnupg", "gnupg2", "gpg", "gnupg1"}, {"build-essential", "dpkg-dev"});
}

bool GpgFollows(RuleContext& context, size_t index) { return RunOrLaterRuns(context, index, RunsGpg); }

// Ubuntu's add-apt-repository imports a PPA's signing key with gpg, which starts gpg-agent; gpg-agent
// comes with software-properties-common only as a recommendation (through gnupg), so without
// recommends the import fails ("gpg: failed to start agent '/usr/bin/gpg-agent'"). The package that
// brings it, when the install names neither gpg-agent nor gnupg.
std::optional<std::string> GpgAgentRecommender(const shell::ToolCall& call) {
  return RecommenderUnlessNamed(call, {"gpg-agent", "gnupg", "gnupg2", "gnupg-agent"},
                                {"software-properties-common", "python3-software-properties"});
}

// Up to Ubuntu 16.10 and Debian jessie apt itself depends on gnupg (1.4, which needs no agent), so the
// key import works without recommendations there.
bool AptDependsOnGnupg(const analysis::OsRelease& os) {
  if (os.distro == analysis::Distro::kUbuntu) {
    for (std::string_view old : {"precise", "quantal", "raring", "saucy", "trusty", "utopic", "vivid", "wily", "xenial",
                                 "yakkety"})
      if (os.release == old) return true;
    const size_t dot = os.release.find('.');
    if (dot == std::string::npos || dot == 0) return false;
    const int year = std::atoi(os.release.substr(0, dot).c_str());
    const int month = std::atoi(os.release.substr(dot + 1).c_str());
    return year > 0 && (year < 17 || (year == 17 && month < 4));
  }
  if (os.distro == analysis::Distro::kDebian)
    return os.release == "wheezy" || os.release == "jessie" || os.release == "7" || os.release == "8";
  return false;
}

bool AddAptRepositoryFollows(RuleContext& context, size_t index) {
  if (!RunOrLaterRuns(context, index, RunsAddAptRepository)) return false;
  const ir::Dockerfile& df = context.dockerfile();
  ImageRef image = BaseImageOf(df, df.instructions[index].stage);
  return !image.known || !AptDependsOnGnupg(analysis::ImageOs(image.Reference()));
}

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
