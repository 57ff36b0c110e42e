// DF104 on old Debian and Ubuntu releases: their python-pip predates pip 6, which added the download
// cache and the --no-cache-dir option. Adding the option there fails the build ("no such option").
#pragma once

#include <cstdint>

#include "transforms/rule_context.h"

namespace dockopt {

/// True when the pip a command at `command_begin` in RUN `run_index` runs is the distribution's own
/// python-pip of a release older than pip 6 (Ubuntu before 16.04, Debian jessie and older): the stage
/// installs python-pip or python3-pip with apt and nothing before the command upgrades pip (`pip
/// install -U pip`, get-pip.py, `easy_install pip`). Such a pip keeps no cache and rejects --no-cache-dir.
bool RunsOldDistroPip(const RuleContext& context, size_t run_index, uint32_t command_begin);

}  // namespace dockopt
