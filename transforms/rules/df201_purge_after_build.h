// DF201's fix for a build that installs its -dev packages and compiles in one RUN: purge them at the
// end of that RUN, keeping their runtime libraries (the official images' own pattern), so they never
// reach a layer. Used when nothing after that RUN builds and the stage cannot simply drop them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/base_images.h"
#include "analysis/os_release.h"
#include "shell/script.h"
#include "transforms/rule_context.h"

namespace dockopt {

/// Build-only packages that a running application may still use (git, patch), or whose removal takes
/// more than the package (python3-dev pulls in the interpreter): DF201 never removes them.
bool KeptInFinalStage(std::string_view package);

/// Reports the apt installs of `script` (one RUN of the final stage, whose compiling command follows
/// them) with a fix that appends `apt-mark manual <runtime libraries> && apt-get purge -y
/// --auto-remove <build-time packages>`. Returns false when it cannot plan that (no apt install of
/// build-time packages before the build, names it cannot read): the caller reports as before. Returns
/// true, reporting nothing, when the RUN already purges them.
/// `base` is what the table knows of the stage's base image: purging a package the base image already
/// had would remove it from the image without shrinking a layer, so there is no plan on an unknown
/// base, on a buildpack-deps toolchain image (its compilers and -dev libraries), or for the compilers
/// the php (PHPIZE_DEPS) and golang images keep.
bool PurgeAfterSameLayerBuild(RuleContext& context, const shell::Script& script, const analysis::OsRelease& os,
                              const std::optional<analysis::BaseImageFacts>& base);

/// True when the base image (`base`, from the table; nullopt when unknown) may already hold one of
/// `packages`: purging it would take the base's own package out without shrinking a layer.
bool BaseMayHold(const std::optional<analysis::BaseImageFacts>& base, const std::vector<std::string>& packages);

/// Edits that make `build` (the one later RUN that compiles) install `packages` before its first
/// command and purge them after its last, with the apt lists removed again; empty when its script
/// cannot take a command at either end.
Edits InstallAroundBuild(const shell::Script& build, const std::vector<std::string>& packages, bool no_recommends);

}  // namespace dockopt
