// DF301's guard for an image that talks to the Docker daemon (glances, portainer-style dashboards, CI
// runners): the socket it is given (`-v /var/run/docker.sock:/var/run/docker.sock`) is root's or the
// host's docker group's, whose id the file cannot know, so a new user would be refused.
#pragma once

#include <optional>
#include <string>

#include "transforms/rule_context.h"

namespace dockopt {

/// The Docker API client a stage of the file installs ("pip:docker", "npm:dockerode", the `docker.io`
/// or `docker-ce-cli` package...), or an ENV DOCKER_HOST naming a unix socket; nullopt when none shows.
/// Every stage counts: a builder's venv or node_modules is what the final stage copies.
std::optional<std::string> DockerApiClient(RuleContext& context);

}  // namespace dockopt
