// PlanLocalPackages: finds where each installed package file comes from, so production can install
// the same file; LocalPackageFetches/LocalPackageInstalls write production's side of it.
#include "transforms/rules/split_localpkg.h"

#include <fmt/core.h>

#include <algorithm>
#include <sstream>

#include "analysis/packages.h"
#include "analysis/paths.h"
#include "shell/recognize.h"
#include "transforms/rules/stage_split.h"

namespace dockopt::split {
namespace {

using analysis::IsUnder;

bool IsUrl(std::string_view file) { return file.find("://") != std::string_view::npos; }

// The folder before the first glob character: what a glob may match lies under it.
std::string GlobDir(std::string_view path) {
  size_t glob = path.find_first_of("*?[");
  if (glob == std::string_view::npos) return std::string(path);
  size_t slash = path.rfind('/', glob);
  return slash == 0 || slash == std::string_view::npos ? "/" : std::string(path.substr(0, slash));
}

// Options each tool's install may carry that production's replay does not need to repeat: they only
// answer prompts, quieten output or name the install itself.
bool PlainOption(std::string_view tool, std::string_view option) {
  if (tool == "dpkg") return option == "-i" || option == "--install";
  if (tool == "gdebi") return option == "-n" || option == "--n" || option == "--non-interactive" || option == "-q" || option == "--quiet";
  if (tool == "rpm")
    return option == "--install" || option == "--upgrade" || option == "--quiet" ||
           (!option.starts_with("--") && option.find_first_not_of("-iUvh") == std::string_view::npos);
  if (option.starts_with("-") && !option.starts_with("--") && option.find_first_not_of("-yqf") == std::string_view::npos) return true;
  for (std::string_view plain : {"--yes", "--assume-yes", "--assumeyes", "--quiet", "--no-install-recommends",
                                 "--no-install-suggests", "--fix-broken", "--nogpgcheck"})
    if (option == plain) return true;
  return false;
}

// The first option of `text` (the install command as written) that production would have to repeat,
// "" when there is none.
std::string OddOption(std::string_view text, std::string_view tool) {
  std::string plain(text);
  std::replace_if(plain.begin(), plain.end(), [](char c) { return c == '"' || c == '\'' || c == ',' || c == '[' || c == ']'; }, ' ');
  std::istringstream in(plain);
  bool seen_tool = false;
  for (std::string word; in >> word;) {
    if (!seen_tool) {
      seen_tool = shell::CanonicalTool(word) == tool;
      continue;
    }
    if (word.starts_with("-") && !PlainOption(tool, word)) return word;
  }
  return "";
}

bool Removes(const analysis::Effect& effect, std::string_view file) {
  return std::any_of(effect.removes.begin(), effect.removes.end(), [&](const std::string& removed) {
    return IsUnder(file, removed) || (analysis::HasGlob(removed) && IsUnder(file, GlobDir(removed))) ||
           (analysis::HasGlob(file) && IsUnder(removed, GlobDir(file)));
  });
}

// True when a command after instruction `i`'s command `c` removes `file` (or may: globs count).
bool RemovedAfter(const analysis::StageFlow& flow, size_t i, size_t c, std::string_view file) {
  for (size_t j = i; j < flow.instructions.size(); ++j)
    for (size_t k = j == i ? c + 1 : 0; k < flow.instructions[j].commands.size(); ++k)
      if (Removes(flow.instructions[j].commands[k].effect, file)) return true;
  return false;
}

// True when `text` reads a build argument: production's ADD would hold its default, not the value given.
bool ReadsBuildArg(const ir::Dockerfile& df, std::string_view text) {
  if (text.find('$') == std::string_view::npos) return false;
  for (const ir::Instruction& inst : df.instructions) {
    if (inst.kind != ir::InstructionKind::kArg) continue;
    std::string_view rest = inst.rest;
    std::string name(rest.substr(0, rest.find_first_of("= \t\r\n")));
    if (!name.empty() && (text.find("$" + name) != std::string_view::npos || text.find("${" + name) != std::string_view::npos))
      return true;
  }
  return false;
}

// The URL the stage downloaded `file` from, before instruction `i`'s command `c`, when ADD can fetch it
// the same way (no headers, cookies or credentials); "" otherwise.
std::string DownloadedFrom(const ir::Dockerfile& df, const analysis::StageFlow& flow, size_t i, size_t c, std::string_view file) {
  std::string url;
  for (size_t j = 0; j <= i; ++j)
    for (size_t k = 0; k < flow.instructions[j].commands.size() && (j < i || k < c); ++k) {
      const analysis::CommandFlow& command = flow.instructions[j].commands[k];
      if (command.effect.writes.size() != 1 || command.effect.writes[0] != file) continue;
      url = command.effect.url;  // the last write of the file wins: an earlier download was replaced
      for (std::string_view auth : {" -H", "--header", " -u ", "--user", "--cookie", " -b ", "--load-cookies", "--password"})
        if (command.text.find(auth) != std::string::npos) url.clear();
      if (ReadsBuildArg(df, command.text)) url.clear();
    }
  if (url.find_first_of("$` \t\"'") != std::string::npos) return "";
  return url;
}

// The stage's COPY/ADD that wrote exactly `file` before instruction `i`, when it can be repeated as
// written (no variables: production's scope may lack them); nullopt otherwise.
std::optional<size_t> CopiedBy(const ir::Dockerfile& df, const analysis::StageFlow& flow, size_t i, std::string_view file) {
  std::optional<size_t> out;
  for (size_t j = 0; j < i; ++j) {
    const analysis::InstructionFlow& inst = flow.instructions[j];
    bool copy = inst.kind == ir::InstructionKind::kCopy || inst.kind == ir::InstructionKind::kAdd;
    if (copy && std::find(inst.writes.begin(), inst.writes.end(), file) != inst.writes.end()) out = inst.index;
    else if (std::any_of(inst.writes.begin(), inst.writes.end(), [&](const std::string& w) { return IsUnder(file, w); }))
      out.reset();  // written again since
    for (const analysis::CommandFlow& command : inst.commands)
      if (std::any_of(command.effect.writes.begin(), command.effect.writes.end(), [&](const std::string& w) { return IsUnder(file, w); }))
        out.reset();
  }
  if (out && df.instructions[*out].rest.find('$') != std::string_view::npos) return std::nullopt;
  return out;
}

// True when a command after instruction `i`'s command `c` installs named packages or updates the index
// with `manager`.
bool LaterRepositoryUse(const analysis::StageFlow& flow, size_t i, size_t c, std::string_view manager) {
  for (size_t j = i; j < flow.instructions.size(); ++j)
    for (size_t k = j == i ? c + 1 : 0; k < flow.instructions[j].commands.size(); ++k) {
      const analysis::Effect& e = flow.instructions[j].commands[k].effect;
      if (e.manager != manager) continue;
      if (e.tool.ends_with(" update") || e.tool.ends_with(" makecache") ||
          (e.kind == analysis::EffectKind::kPackages && !e.packages.empty() && !e.removal))
        return true;
    }
  return false;
}

std::string LineOf(const ir::Dockerfile& df, const analysis::InstructionFlow& inst) {
  return fmt::format("the {} at line {}", ir::KindName(inst.kind), df.instructions[inst.index].start_line);
}

}  // namespace

std::string PlanLocalPackages(const ir::Dockerfile& df, const analysis::StageFlow& flow, analysis::Distro distro,
                              std::vector<LocalPackage>& out, std::vector<std::string>& tools,
                              std::vector<std::string>& repository_dirs) {
  for (size_t i = 0; i < flow.instructions.size(); ++i) {
    const analysis::InstructionFlow& inst = flow.instructions[i];
    for (size_t c = 0; c < inst.commands.size(); ++c) {
      const analysis::CommandFlow& command = inst.commands[c];
      const analysis::Effect& e = command.effect;
      if (e.kind != analysis::EffectKind::kPackages || e.package_files.empty() || e.removal) continue;
      const std::string& first = e.package_files.front();
      if (e.tool == "alien -i")
        return fmt::format("{} converts '{}' with alien, which production would need too", LineOf(df, inst), first);
      if (command.conditional) return fmt::format("{} may not install '{}'", LineOf(df, inst), first);
      std::string tool = e.tool.substr(0, e.tool.find(' '));
      if (std::string odd = OddOption(command.text, tool); !odd.empty())
        return fmt::format("{} installs '{}' with '{}', which production's install would not repeat", LineOf(df, inst), first, odd);
      if (LaterRepositoryUse(flow, i, c, e.manager))
        for (std::string_view dir : e.manager == "apt" ? std::vector<std::string_view>{"/etc/apt", "/usr/share/keyrings"}
                                                       : std::vector<std::string_view>{"/etc/yum.repos.d", "/etc/pki/rpm-gpg"})
          if (std::find(repository_dirs.begin(), repository_dirs.end(), dir) == repository_dirs.end()) repository_dirs.emplace_back(dir);
      for (const std::string& file : e.package_files) {
        if (analysis::IsRepositoryPackage(file)) continue;  // its configuration goes with the repository paths
        std::string name = analysis::PackageNameOfFile(file);
        if (!name.empty() && analysis::IsBuildTool(name, distro)) {
          if (std::find(tools.begin(), tools.end(), name) == tools.end()) tools.push_back(name);
          continue;
        }
        if (std::any_of(out.begin(), out.end(), [&](const LocalPackage& p) { return p.file == file; })) continue;
        LocalPackage package;
        package.file = file;
        package.manager = e.manager;
        if (IsUrl(file)) {
          package.from = LocalPackage::From::kTool;
        } else if (!RemovedAfter(flow, i, c, file)) {
          package.from = LocalPackage::From::kBuilder;
        } else if (std::string url = analysis::HasGlob(file) ? "" : DownloadedFrom(df, flow, i, c, file); !url.empty()) {
          package.from = LocalPackage::From::kUrl;
          package.url = url;
        } else if (std::optional<size_t> copy = CopiedBy(df, flow, i, file)) {
          package.from = LocalPackage::From::kInstruction;
          package.instruction = *copy;
        } else {
          return fmt::format("{} installs '{}', which the stage removes and dockopt cannot bring into production",
                             LineOf(df, inst), file);
        }
        out.push_back(std::move(package));
      }
    }
  }
  return "";
}

std::string LocalPackageFetches(const RuleContext& context, const ir::Instruction& at,
                                const std::vector<LocalPackage>& packages, std::string_view builder) {
  std::string text;
  std::vector<size_t> replayed;
  for (const LocalPackage& package : packages) {
    switch (package.from) {
      case LocalPackage::From::kBuilder: {
        std::string dest = analysis::HasGlob(package.file) ? GlobDir(package.file) + "/" : package.file;
        text += Line(context, fmt::format("{} --from={} {} {}", context.Keyword("COPY", at), builder, package.file, dest));
        break;
      }
      case LocalPackage::From::kUrl:
        text += Line(context, fmt::format("{} {} {}", context.Keyword("ADD", at), package.url, package.file));
        break;
      case LocalPackage::From::kInstruction:
        if (std::find(replayed.begin(), replayed.end(), package.instruction) != replayed.end()) break;
        replayed.push_back(package.instruction);
        text += TextWith(context, context.dockerfile().instructions[package.instruction].span);
        break;
      case LocalPackage::From::kTool:
        break;
    }
  }
  return text;
}

std::vector<std::string> LocalPackageInstalls(const std::vector<LocalPackage>& packages, std::string_view manager,
                                              std::string_view rpm_tool, std::string_view names) {
  std::string files, local;
  for (const LocalPackage& package : packages) {
    if (package.manager != manager) continue;
    files += " " + package.file;
    if (package.from != LocalPackage::From::kTool) local += " " + package.file;
  }
  if (files.empty()) return {};
  std::vector<std::string> out;
  if (manager == "apt") out.push_back(fmt::format("{{ dpkg -i{} || apt-get install -y -f --no-install-recommends; }}", files));
  else out.push_back(fmt::format("{} install -y{}{}", rpm_tool, names, files));
  if (!local.empty()) out.push_back("rm -f" + local);
  return out;
}

}  // namespace dockopt::split
