// Checks: the built-in pass/fail verdicts over a VerifyReport (pure; no builder involved).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "verify/report.h"

namespace dockopt::verify {

/// Computes report.checks from the builds and smoke results: the optimized image builds, it
/// is not larger (up to 0.1% more passes, with the byte count in the detail: a non-root user
/// alone adds a few kB), ENTRYPOINT/CMD/EXPOSE/WORKDIR/ENV/USER are unchanged unless an applied rule
/// allows it, and every smoke command gives the same exit code and stdout. Sets exit_code
/// to 1 if any check fails (leaves 2 alone).
void RunChecks(VerifyReport& report);

/// "412.3 MB" (decimal megabytes, as `docker images`).
std::string FormatMegabytes(uint64_t bytes);
/// The saving as a signed percentage of `before`: 412->198 gives "-51.9%".
std::string FormatChangePercent(uint64_t before, uint64_t after);
/// True for "", "root", "0", "root:root", "0:0" and the like.
bool IsRootUser(const std::string& user);

}  // namespace dockopt::verify
