// What an image runs when a Dockerfile built on it sets no command of its own, as data
// (analysis/data/image-commands.tsv, with the official Dockerfile each row was read from): its
// ENTRYPOINT and CMD, whether that is a shell, a REPL or a service, the port it listens on, and
// whether it needs root.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dockopt::analysis {

enum class DefaultCommandKind { kShell, kRepl, kBuildTool, kServer, kInit };

/// What the image's process does with root.
enum class DefaultCommandRoot {
  kPlain,  // runs as root and needs nothing of it beyond its port
  kDrops,  // starts as root and switches to `root_detail` (a user) itself
  kNeeds,  // its entrypoint needs root, for the reason in `root_detail`
  kUser,   // the image sets USER `root_detail`, a non-root user, whatever the command
};

struct ImageCommand {
  std::vector<std::string> entrypoint;  // the image's ENTRYPOINT; empty when it has none
  std::vector<std::string> cmd;         // its CMD
  DefaultCommandKind kind = DefaultCommandKind::kShell;
  int port = 0;                         // the TCP port the default command listens on; 0 when none
  DefaultCommandRoot root = DefaultCommandRoot::kPlain;
  std::string root_detail;              // the user it drops to or sets, or why it needs root
  std::string source;                   // the Dockerfile the row was read from
  std::string image;                    // the normalised name the row matched: "httpd", "nvidia/cuda"

  /// A shell or a build tool (not a REPL): with no command of its own, an image on this base is a
  /// build environment, not a runtime.
  bool BuildEnvironment() const;
  /// The argv the container runs: ENTRYPOINT then CMD.
  std::vector<std::string> Argv() const;
};

/// The default command of image reference `image` ("httpd:2.4", "docker.io/library/php:8-apache",
/// "i386/debian:9"); nullopt for images the table does not know (or a variable in the reference).
std::optional<ImageCommand> LookupImageCommand(std::string_view image);

/// The strings of a JSON array of strings (`["nginx","-g","daemon off;"]`); empty for "" or a
/// malformed array.
std::vector<std::string> JsonArgv(std::string_view json);

}  // namespace dockopt::analysis
