#include "transforms/rules/df203_debian_slim.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "analysis/packages.h"
#include "transforms/rule.h"
#include "transforms/rules/base_image.h"
#include "transforms/rules/runtime_needs.h"
#include "transforms/rules/toolbox.h"

namespace dockopt {
namespace {

// What reads the files the slim image leaves out: manual and info readers, and the doc tree by path.
constexpr std::string_view kDocReaders[] = {"man", "info", "groff", "nroff", "man-db", "manpages", "info-install"};
constexpr std::string_view kDocPaths[] = {"/usr/share/doc", "/usr/share/man", "/usr/share/info", "/usr/share/locale",
                                          "/usr/share/groff", "/usr/share/lintian", "/usr/share/linda"};

// A language other than English or C asked of the programs through the environment: their translated
// messages live in /usr/share/locale, which the slim image leaves out.
bool AsksForTranslations(std::string_view text) {
  for (std::string_view name : {"LANG=", "LANGUAGE=", "LC_ALL=", "LC_MESSAGES=", "LANG ", "LANGUAGE ", "LC_ALL ", "LC_MESSAGES "}) {
    for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
      std::string_view value = text.substr(at + name.size());
      while (!value.empty() && (value.front() == ' ' || value.front() == '"' || value.front() == '\'')) value.remove_prefix(1);
      if (value.empty() || value.starts_with("C.") || value.starts_with("C ") || value == "C" || value.starts_with("C\"") ||
          value.starts_with("POSIX") || value.starts_with("en") || value.starts_with("$"))
        continue;
      if (value.starts_with("C\n") || value.starts_with("C'")) continue;
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> DebianSlimTag(std::string_view tag) {
  if (tag.empty() || tag == "latest") return "stable-slim";
  if (tag.find("slim") != std::string_view::npos || tag.starts_with("experimental") || tag.starts_with("rc-buggy"))
    return std::nullopt;
  return std::string(tag) + "-slim";
}

void CheckDebianSlim(RuleContext& context, int stage_index, const std::string& image, const analysis::BaseImageFacts& facts) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Stage& stage = df.stages[static_cast<size_t>(stage_index)];
  const size_t colon = image.find(':');
  std::optional<std::string> slim_tag = DebianSlimTag(colon == std::string::npos ? "" : std::string_view(image).substr(colon + 1));
  if (facts.slim || !slim_tag || image.find('@') != std::string::npos) return;
  // A shell to work in (`CMD ["/bin/bash"]`, or no command and debian's own bash): its users read the
  // manuals.
  if (IsToolbox(df, stage, BaseImageOf(df, stage_index))) return;
  const RuntimeNeeds& needs = ReadRuntimeNeeds(context, stage_index);
  // A stage that builds is DF202's: its split runs production on the slim image.
  if (needs.compiles || needs.unknown) return;
  for (const std::string& package : needs.apt_installed)
    if (analysis::IsBuildTool(package, analysis::Distro::kDebian)) return;
  const std::string slim = "debian:" + *slim_tag;
  const ir::Instruction& from = df.instructions[stage.from];
  Span where = from.args.empty() ? from.keyword : from.args;
  std::string message = fmt::format("the final stage runs on the full Debian image '{}' (~{} MB): '{}' (~{} MB) installs the "
                                    "same packages without their manuals and translations",
                                    image, std::lround(facts.size_mb), slim, std::lround(facts.slim_size_mb));
  std::string blocker;
  for (const std::string& command : needs.commands)
    if (std::find(std::begin(kDocReaders), std::end(kDocReaders), command) != std::end(kDocReaders) && blocker.empty())
      blocker = fmt::format("the stage runs '{}', which reads them", command);
  for (const std::string& package : needs.apt_installed)
    if (std::find(std::begin(kDocReaders), std::end(kDocReaders), package) != std::end(kDocReaders) && blocker.empty())
      blocker = fmt::format("the stage installs '{}', which reads them", package);
  // A login service: its users work in the image and read its manuals.
  for (std::string_view login : {"ssh", "openssh-server", "shellinabox", "ttyd", "xrdp", "tigervnc-standalone-server"})
    if (std::find(needs.apt_installed.begin(), needs.apt_installed.end(), login) != needs.apt_installed.end() && blocker.empty())
      blocker = fmt::format("the stage installs '{}': its users log in and work in the image", login);
  for (size_t index : stage.instructions) {
    const ir::Instruction& inst = df.instructions[index];
    std::string_view text = inst.logical;
    for (std::string_view path : kDocPaths)
      if (text.find(path) != std::string_view::npos && blocker.empty()) blocker = fmt::format("the stage names '{}'", path);
    if ((inst.kind == ir::InstructionKind::kEnv || inst.kind == ir::InstructionKind::kRun ||
         inst.kind == ir::InstructionKind::kArg) && AsksForTranslations(text) && blocker.empty())
      blocker = "the stage sets a language other than English, whose message translations the slim image leaves out";
  }
  if (blocker.empty() && stage.base.find('$') != std::string::npos) blocker = "the image comes from a variable";
  if (blocker.empty() && !context.Text(where).starts_with(stage.base)) blocker = "its FROM is written another way";
  if (!blocker.empty()) {
    context.Report(where, fmt::format("{}, but {}: not applied", message, blocker));
    return;
  }
  Edits edits = {{Span{where.begin, where.begin + static_cast<uint32_t>(stage.base.size())}, slim}};
  context.Report(where, message, Fix{fmt::format("use '{}'", slim), Safety::kUnsafe, std::move(edits)});
}

}  // namespace dockopt
