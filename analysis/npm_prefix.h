// Which npm a stage's `npm install -g` runs, where that decides its global prefix: Debian's and
// Ubuntu's own `npm` package (prefix /usr/local from its builtin npmrc) versus node's own (/usr).
#pragma once

#include <string_view>

namespace dockopt::analysis {

/// State variable: set while the stage's npm is Debian's or Ubuntu's `npm` package (installed with apt,
/// no NodeSource repository). Its builtin npmrc sets `prefix=/usr/local`; an npm that `npm install -g
/// npm` puts in its place has no such file and falls back to node's prefix, /usr, so a global install
/// that may name npm leaves the prefix unknown.
inline constexpr std::string_view kDebianNpmKey = "dockopt.debian-npm";

/// The note of such an install of npm itself: it goes to /usr/local, and the npm it puts first on PATH
/// has node's prefix, so later global installs go where dockopt does not follow.
inline constexpr std::string_view kNpmSelfInstallNote = "installs npm itself: later global installs go to node's prefix";

}  // namespace dockopt::analysis
