// Whether the build reads the repository's git metadata: then `.git` must stay in the context.
#pragma once

#include <optional>
#include <string>

#include "ir/dockerfile.h"

namespace dockopt::cli {

/// What in the build reads `.git` (`git describe` for a version string, in a RUN, in the Makefile a
/// RUN's `make` runs, in the CMakeLists.txt a RUN's `cmake` reads (`${GIT_EXECUTABLE} rev-parse`), in an
/// `<exec executable="git">` of the build.xml a RUN's `ant` runs, a Gradle or Maven plugin that versions
/// the build from git (nebula.netflixoss, git-commit-id), a Gradle file reading .git/HEAD, or a Python
/// build of the project whose manifest versions it from git: setuptools-scm, versioningit, hatch-vcs), as text
/// for a note; nullopt when nothing does. Leaving `.git` out would still build, but with another
/// version string (chisel's `-X BuildVersion=$(git describe --tags)`).
std::optional<std::string> ReadsGitMetadata(const ir::Dockerfile& dockerfile, const std::string& context_dir);

}  // namespace dockopt::cli
