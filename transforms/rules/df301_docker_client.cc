// DockerApiClient (see df301_docker_client.h).
#include "transforms/rules/df301_docker_client.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "analysis/copy_sources.h"
#include "context/context_files.h"
#include "transforms/rules/runtime_needs.h"

namespace dockopt {
namespace {

constexpr std::string_view kPythonClients[] = {"docker", "docker-py", "podman", "aiodocker"};
constexpr std::string_view kNodeClients[] = {"\"dockerode\"", "\"docker-modem\""};
constexpr std::string_view kPackages[] = {"docker", "docker.io", "docker-ce", "docker-ce-cli", "docker-cli",
                                          "moby-cli", "podman-remote"};

// The project a requirements line names: "docker>=6.1.1" -> "docker"; "" for options and comments.
std::string_view RequirementName(std::string_view line) {
  const size_t start = line.find_first_not_of(" \t");
  if (start == std::string_view::npos) return "";
  line.remove_prefix(start);
  if (line.starts_with("#") || line.starts_with("-")) return "";
  return line.substr(0, line.find_first_of("<>=!~[;@ \t\r"));
}

// A Docker client named in a requirements file or package.json the file copies from the context.
std::optional<std::string> ClientInManifest(const context::ContextFiles& files, std::string_view path) {
  const std::string_view name = path.substr(path.rfind('/') + 1);
  const bool requirements = name.find("requirements") != std::string_view::npos && name.ends_with(".txt");
  if (!requirements && name != "package.json") return std::nullopt;
  const std::optional<std::string> text = files.Read(path);
  if (!text) return std::nullopt;
  if (!requirements) {
    for (std::string_view client : kNodeClients)
      if (text->find(client) != std::string::npos) return "npm:" + std::string(client.substr(1, client.size() - 2));
    return std::nullopt;
  }
  std::string_view rest = *text;
  while (!rest.empty()) {
    const std::string_view line = rest.substr(0, rest.find('\n'));
    rest.remove_prefix(std::min(rest.size(), line.size() + 1));
    const std::string_view project = RequirementName(line);
    if (std::find(std::begin(kPythonClients), std::end(kPythonClients), project) != std::end(kPythonClients))
      return "pip:" + std::string(project);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> DockerApiClient(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  for (const ir::Instruction& inst : df.instructions) {
    if (inst.kind != ir::InstructionKind::kEnv) continue;
    const std::string_view text = context.Text(inst.span);
    if (text.find("DOCKER_HOST") != std::string_view::npos && text.find("unix://") != std::string_view::npos)
      return "ENV DOCKER_HOST";
  }
  for (size_t stage = 0; stage < df.stages.size(); ++stage)
    for (const std::string& package : AptInstalledBy(context, static_cast<int>(stage)))
      if (std::find(std::begin(kPackages), std::end(kPackages), package) != std::end(kPackages)) return package;
  if (!context.options().context_dir) return std::nullopt;
  const context::ContextFiles files(*context.options().context_dir);
  for (const ir::Instruction& inst : df.instructions)
    if (const std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst); copy && !copy->from)
      for (const analysis::CopySourceArg& source : copy->sources)
        if (std::optional<std::string> client = ClientInManifest(files, source.path)) return client;
  return std::nullopt;
}

}  // namespace dockopt
