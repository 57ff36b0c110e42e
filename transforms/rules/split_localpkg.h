// Package files the stage installed (`dpkg -i x.deb`, `rpm -ivh URL`, ...), which production installs
// again: production gets the same package, from the same file, with the dependencies resolved.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/flow.h"
#include "analysis/os_release.h"
#include "transforms/rule_context.h"

namespace dockopt::split {

/// One package file production installs, and how the file gets there.
struct LocalPackage {
  enum class From : uint8_t {
    kBuilder,      // COPY --from=<builder> FILE: the builder still holds it
    kUrl,          // ADD URL FILE: the builder downloaded it and removed it (ADD needs no tool in production)
    kInstruction,  // the stage's own COPY/ADD that brought it in, replayed as written (context, other stage)
    kTool,         // FILE is a URL the install tool fetches itself (rpm -i URL, yum install URL)
  };
  From from = From::kBuilder;
  std::string file;          // the path the install names (may hold a glob), or the URL (kTool)
  std::string url;           // kUrl
  size_t instruction = 0;    // kInstruction: index into Dockerfile::instructions
  std::string manager;       // "apt" or "rpm"
};

/// Reads the stage's installs of package files, in order. Production installs each again, except a
/// repository package (epel-release, *-release-*, *-repo-*: the repository configuration it wrote goes
/// with the split's repository paths) and a package whose file name says it is a build tool (it goes to
/// `tools`, builder only). Returns the blocker when one cannot be replayed as it was: alien conversions,
/// options other than the plain install, a removed file dockopt cannot bring back.
/// A package file installed before a later install or index update of its manager may have configured
/// the repository that install reads (erlang-solutions_1.0_all.deb): its manager's configuration
/// folders go to `repository_dirs`, which production copies before installing.
std::string PlanLocalPackages(const ir::Dockerfile& df, const analysis::StageFlow& flow, analysis::Distro distro,
                              std::vector<LocalPackage>& out, std::vector<std::string>& tools,
                              std::vector<std::string>& repository_dirs);

/// Production's instructions that bring the files in, before its packages' RUN.
std::string LocalPackageFetches(const RuleContext& context, const ir::Instruction& at,
                                const std::vector<LocalPackage>& packages, std::string_view builder);

/// The commands that install the files of `manager` ("apt": `dpkg -i FILES || apt-get install -f`,
/// which resolves their dependencies; "rpm": `rpm_tool install -y NAMES FILES`, one transaction with
/// the repository packages `names`, which may depend on them) and then remove them; empty when there
/// are none. The apt ones run while the apt lists are present.
std::vector<std::string> LocalPackageInstalls(const std::vector<LocalPackage>& packages, std::string_view manager,
                                              std::string_view rpm_tool, std::string_view names = "");

}  // namespace dockopt::split
