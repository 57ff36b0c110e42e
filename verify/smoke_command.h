// SmokeCommand: the argv a --smoke command runs as in one image, with or without a shell there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dockopt::verify {

/// How one smoke command runs in one image: `argv`, or, when it cannot run there, `cannot_run`
/// says why in plain words (and argv is empty).
struct SmokePlan {
  std::vector<std::string> argv;
  std::string cannot_run;
};

/// The shell syntax that makes `command` need a shell ("a pipe '|'", "the shell builtin 'cd'"),
/// or "" when it is plain words (quotes allowed) that can run as an argument vector.
std::string ShellSyntaxIn(std::string_view command);

/// The words of a command ShellSyntaxIn accepts, quotes removed: "app -x 'a b'" -> app, -x, a b.
std::vector<std::string> PlainWords(std::string_view command);

/// The argv for `command` in an image with or without /bin/sh: a JSON string array as is;
/// else through /bin/sh -c where there is a shell; else its plain words as argv (so
/// '/usr/local/bin/app -selftest' runs on distroless); else cannot_run names the shell syntax.
SmokePlan PlanSmoke(const std::string& command, bool image_has_shell);

/// True when a failed run's error text says `program` does not exist in the image (buildah:
/// "fork/exec /bin/sh: no such file or directory"; runc/crun: "/bin/sh: not found").
bool MissingProgram(std::string_view error_text, std::string_view program);

/// The smoke command that runs the image's own ENTRYPOINT + CMD (what the container runs), so an
/// original that runs `go run .` and an optimized image that runs the compiled binary are compared.
inline constexpr std::string_view kImageCommandSmoke = "@cmd";

/// The argv of kImageCommandSmoke: ENTRYPOINT then CMD; cannot_run when the image sets neither.
SmokePlan ImageCommandPlan(const std::vector<std::string>& entrypoint, const std::vector<std::string>& cmd);

/// PlanSmoke's argv for an image with a shell.
std::vector<std::string> SmokeArgv(const std::string& command);

}  // namespace dockopt::verify
