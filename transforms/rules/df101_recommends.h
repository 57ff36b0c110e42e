// What DF101's --no-install-recommends would take away that the stage uses: the C compiler and the CA
// certificates an install brought in only as recommendations.
#pragma once

#include <optional>
#include <string>

#include "shell/tool_call.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// A C compiler installed without what pulls in libc6-dev (gcc merely recommends it).
bool NeedsLibcDev(const shell::ToolCall& call);

/// Debian's python-pip and python3-pip recommend build-essential: the pip package an install names,
/// when it names no compiler beside it.
std::optional<std::string> PipRecommendingCompiler(const shell::ToolCall& call);
/// Whether the RUN at `index` or a later one of its stage (or of a stage built on it) runs a pip install.
bool PipInstallFollows(RuleContext& context, size_t index);

/// build-essential and dpkg-dev bring gnupg as a recommendation: the package that does, when the install
/// names no gnupg itself.
std::optional<std::string> GnupgRecommender(const shell::ToolCall& call);
/// Whether the RUN at `index` or a later one of its stage (or of a stage built on it) runs gpg.
bool GpgFollows(RuleContext& context, size_t index);

/// software-properties-common brings gpg-agent, which add-apt-repository's key import starts, only as a
/// recommendation: the package that does, when the install names neither gpg-agent nor gnupg.
std::optional<std::string> GpgAgentRecommender(const shell::ToolCall& call);
/// Whether the RUN at `index` or a later one of its stage (or of a stage built on it) runs
/// add-apt-repository, on an image whose apt does not depend on gnupg itself (Ubuntu from 17.04, Debian
/// from stretch, or a release dockopt cannot tell).
bool AddAptRepositoryFollows(RuleContext& context, size_t index);

/// Debian's -dev packages depend on libc6-dev, which recommends gcc: an `apt-get install` of -dev packages
/// that names no compiler, in a stage whose base has none and whose other installs name none, brings gcc
/// in only as a recommendation. When a build follows (this RUN at `index` or a later one of its stage:
/// `./configure && make`, a pip install of an sdist), it compiles with that gcc, so --no-install-recommends
/// must name gcc. Returns the build step ("make") then; nullopt otherwise.
std::optional<std::string> BuildUsesRecommendedCompiler(RuleContext& context, size_t index,
                                                        const shell::ToolCall& install);

/// An `apt-get install` naming a package that only recommends ca-certificates (curl through libcurl4, wget,
/// git, python3.N), on a base image without them, in a stage where no earlier install names them: without
/// recommendations, https fetches (the build's `git clone`, the container's requests) find no CA
/// certificates. Returns that package ("curl"); nullopt otherwise.
std::optional<std::string> NeedsRecommendedCertificates(RuleContext& context, size_t index,
                                                        const shell::ToolCall& install);

}  // namespace dockopt
