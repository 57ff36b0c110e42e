// Builder: buildah, podman or docker behind one interface of argument vectors.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "verify/image_info.h"
#include "verify/subprocess.h"

namespace dockopt::verify {

enum class BuilderKind { kBuildah, kPodman, kDocker };

const char* BuilderName(BuilderKind kind);
/// "auto", "docker", "podman", "buildah" (else nullopt; "auto" gives nullopt too, with ok=true).
std::optional<BuilderKind> ParseBuilderName(const std::string& name, bool& ok);

/// How to install a builder, for the "cannot run" message.
std::string InstallAdvice();

class Builder {
 public:
  explicit Builder(BuilderKind kind) : kind_(kind) {}

  /// Picks the requested builder, or for auto the first usable of buildah, podman, docker.
  /// A builder is usable if its program is in PATH and (docker) its daemon answers.
  /// On failure returns nullopt and sets `error` to the reason plus InstallAdvice().
  static std::optional<Builder> Detect(std::optional<BuilderKind> requested, std::string& error);

  BuilderKind kind() const { return kind_; }
  const char* name() const { return BuilderName(kind_); }

  /// Builds `dockerfile` in `context` as `tag`, one layer per instruction. `no_cache`: reuse no
  /// cached layer (the layers are still stored, so a later build can reuse them).
  ProcessResult Build(const std::string& dockerfile, const std::string& context, const std::string& tag,
                      bool no_cache = false) const;
  std::optional<ImageInfo> Inspect(const std::string& tag, std::string& error) const;
  /// Runs `argv` in a fresh container of `tag` as `user` (empty: root), ignoring ENTRYPOINT.
  ProcessResult Run(const std::string& tag, const std::string& user, const std::vector<std::string>& argv) const;
  /// Gives the image `tag` the extra name `name`.
  void Tag(const std::string& tag, const std::string& name) const;
  /// Removes the images in one builder call (each call costs a store lock and a process).
  void Remove(const std::vector<std::string>& tags) const;

  /// The argument vectors, exposed for tests.
  std::vector<std::string> BuildArgv(const std::string& dockerfile, const std::string& context,
                                     const std::string& tag, bool no_cache = false) const;
  std::vector<std::string> RunArgv(const std::string& container_or_tag, const std::string& user,
                                   const std::vector<std::string>& argv) const;

 private:
  BuilderKind kind_;
};

}  // namespace dockopt::verify
