// Whether the container's own command runs a build tool: `CMD ["go", "run", "."]` or
// `ENTRYPOINT ["make"]` make the image a build environment, and a production stage without the
// toolchain could not run it; and whether the stage's own commands run any.
#pragma once

#include <string>
#include <vector>

#include "analysis/flow.h"
#include "analysis/os_release.h"

namespace dockopt::split {

/// The build tool the container's command or HEALTHCHECK runs ("go", "make", "mvn"), looked up by
/// the program's name (through `sh -c "..."`) among the toolchain commands of slim-lacks.tsv and
/// the build packages production drops (`removed`: "git", "cmake"), or a test driver that builds its
/// environments ("tox", "nox"); "" when it runs none.
std::string CommandRunsBuildTool(const analysis::RuntimeNeeds& needs, const std::vector<std::string>& removed);

/// CommandRunsBuildTool for command names already read (the commands of the scripts the container's
/// command starts: an entrypoint's `make migrate`): the first that is a build tool, "" when none.
std::string CommandsRunBuildTool(const std::vector<std::string>& commands, const std::vector<std::string>& removed);

/// The notebook server the container runs ("jupyter", "ipython", "start-notebook.sh"), "" when none: its
/// users run code in it (`!pip install`, `%%cython`), so the compilers the stage installs are for them.
std::string NotebookServer(const analysis::RuntimeNeeds& needs);

/// The line of the stage's command that lets people log in over SSH (openssh-server installed, then a
/// password set with chpasswd or a key put in authorized_keys), 0 when none: an image one logs into is a
/// workstation whose users run its tools, so the build tools are what it is for.
size_t SshLogin(const ir::Dockerfile& df, const analysis::StageFlow& flow);

/// The first build tool the stage itself removes (`apt-get purge -y $buildDeps`, `apk del`), "" when none.
std::string RemovedBuildTool(const analysis::StageFlow& flow, analysis::Distro distro);

/// When the stage removes build tools itself (RemovedBuildTool) yet installs and keeps a compiler (gcc,
/// g++, clang, gfortran, build-essential): that compiler, which its author kept for the container (a
/// judge compiling submissions); "" otherwise.
std::string CompilerKeptAfterOwnPurge(const analysis::StageFlow& flow, analysis::Distro distro);

/// Whether a stage that installs build tools never builds with them: no command of it builds, installs
/// dependencies, compiles, has unknown effects, or runs one of `tools` or a toolchain command
/// (slim-lacks.tsv). A stage that only installs `git` next to a program copied from another stage keeps
/// it for the container (gitleaks and gocity run git): splitting it away would break the program.
bool BuildToolsUnused(const analysis::StageFlow& flow, const std::vector<std::string>& tools);

/// The Mix task that readies Mix in a stage that builds nothing with it (`mix local.hex` without a `mix
/// deps.get`, `compile` or `release` there: livebook's runtime stage, whose release runs Mix.install for its
/// users, compiling their dependencies with the stage's build-essential); "" when none.
std::string MixReadiedForRunTime(const analysis::StageFlow& flow);

}  // namespace dockopt::split
