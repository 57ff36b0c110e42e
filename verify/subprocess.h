// RunProcess: runs an argument vector (never a shell string), captures its output, enforces a timeout.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace dockopt::verify {

struct ProcessOptions {
  std::chrono::seconds timeout{600};
  std::string cwd;                                        // empty: inherit
  std::vector<std::pair<std::string, std::string>> env;  // set on top of the inherited environment
  bool merge_stderr = false;                              // stderr goes into `out` too
};

struct ProcessResult {
  bool started = false;   // false: the program could not be executed (see `error`)
  bool timed_out = false;
  int exit_code = -1;     // 128+N when killed by signal N
  std::string out;
  std::string err;
  std::string error;      // why it did not start
  double seconds = 0;     // wall time
  bool ok() const { return started && !timed_out && exit_code == 0; }
};

/// Runs argv[0] (looked up in PATH) with stdin from /dev/null. On timeout the whole process
/// group is killed. Never throws.
ProcessResult RunProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {});

/// True if `program` is an executable found in PATH (or an executable path).
bool FindInPath(const std::string& program);

/// The last `lines` lines of `text`.
std::string Tail(const std::string& text, int lines);

}  // namespace dockopt::verify
