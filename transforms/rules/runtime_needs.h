// What a stage needs from its base image: the commands it runs (RUNs, CMD, ENTRYPOINT, HEALTHCHECK and
// the scripts they start), the packages its installs pull in (read from the build context when known),
// and the first thing in it that compiles native code. DF203 plans its base swap from these.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/base_images.h"
#include "transforms/rule_context.h"

namespace dockopt {

struct RuntimeNeeds {
  std::vector<std::string> commands;       // command names: "curl", "git", "java", "mvnw"
  /// The commands the container itself runs: CMD, ENTRYPOINT, HEALTHCHECK and the scripts they start
  /// (an entrypoint script's `git config`), without the RUNs'.
  std::vector<std::string> runtime_commands;
  std::vector<std::string> library_uses;   // packages its pip/npm/gem installs name: "pip:psycopg"
  std::vector<std::string> apt_installed;  // packages its apt-get installs install already
  /// Why the stage needs compilers, for messages: "'pip install' installs 'psycopg2' (sdist only; ...)",
  /// "'make' builds native code"; nullopt when nothing in it compiles.
  std::optional<std::string> compiles;
  /// Why whether it compiles is unknown: "'pip install' reads 'requirements.txt', which dockopt cannot
  /// see without --context"; nullopt when every install could be read.
  std::optional<std::string> unknown;
  /// Programs CMD, ENTRYPOINT and HEALTHCHECK name by an absolute path: "/usr/bin/java".
  std::vector<std::string> program_paths;
};

/// Why the container's start needs root, read from its command (the ENTRYPOINT and CMD in force at the end
/// of `stages`, the final stage's chain as StageChain gives it: final stage first) and the scripts it
/// starts, found in the build context through the chain's COPYs: a command only root can run (`chown`, `gosu`, `apt-get install`), a uWSGI config that
/// sets `uid`, or `uv run`, which syncs the project environment root installed. nullopt when none shows.
std::optional<std::string> StartNeedsRoot(RuleContext& context, const std::vector<int>& stages);

/// The script the container's start runs (`ENTRYPOINT ["/entrypoint.sh"]`, `CMD ["bash", "start.sh"]`) that
/// a COPY brings from the build context, when dockopt cannot read it there (no --context, or the file is
/// missing): what it does at start, as root, is unknown. nullopt when every such script could be read.
std::optional<std::string> StartScriptUnread(RuleContext& context, const std::vector<int>& stages);

/// The container's start as text: its ENTRYPOINT and CMD and the scripts they start (two levels), read from
/// the build context; nullopt without a context or when a script they start cannot be read there.
std::optional<std::string> StartText(RuleContext& context, const std::vector<int>& stages);

/// The path among `programs` naming a java that image `base` lacks, or "": Eclipse Temurin keeps java
/// in JAVA_HOME (/opt/java/openjdk/bin, on PATH) and links none into /usr/bin.
std::string JavaPathMissingOn(std::string_view base, const std::vector<std::string>& programs);

/// The needs of stage `stage`; files the stage copies from the build context (requirements.txt,
/// package.json, Gemfile.lock, entrypoint scripts) are read when options().context_dir is set. Kept by
/// `context` for the round's later rules: the reference lives as long as `context`.
const RuntimeNeeds& ReadRuntimeNeeds(RuleContext& context, int stage);

/// ReadRuntimeNeeds(context, stage).apt_installed, without reading the rest when the round has not read
/// the stage's needs already (DF301 asks it of every stage).
std::vector<std::string> AptInstalledBy(RuleContext& context, int stage);

/// The packages of the full image `facts` that `uses` (commands, "pip:psycopg2" library uses) need and
/// its slim variant lacks, leaving out `installed`; in the table's order, so output does not depend on
/// where a use appears.
std::vector<std::string> SlimLacksUsed(const analysis::BaseImageFacts& facts, const std::vector<std::string>& uses,
                                       const std::vector<std::string>& installed);

}  // namespace dockopt
