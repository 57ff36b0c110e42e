// DF301 for nginx: the official image's master process runs as root. nginxinc/nginx-unprivileged is
// the same build with the same tags, nginx running as uid 101, its pid and temp files in /tmp, and
// its default server on port 8080 (a non-root process cannot bind 80 without CAP_NET_BIND_SERVICE).
#include "transforms/rules/df301_unprivileged_nginx.h"

#include <fmt/core.h>

#include <string_view>
#include <vector>

#include "analysis/copy_sources.h"
#include "context/context_files.h"
#include "transforms/rules/nginx_listen.h"
#include "transforms/rules/port_move.h"

namespace dockopt {
namespace {

constexpr std::string_view kUnprivileged = "nginxinc/nginx-unprivileged";
constexpr std::string_view kUnprivilegedUser = "101";  // the image's own `USER 101`
constexpr std::string_view kNginxConf = "/etc/nginx";
constexpr int kDefaultPort = 80;    // the official image's default server
constexpr int kServerPort = 8080;   // nginx-unprivileged's

bool IsOfficialNginx(const ImageRef& image) {
  return image.known && (image.name == "nginx" || image.name.ends_with("library/nginx"));
}

std::string_view Basename(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string TrimSlashes(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

// What the stage's COPY/ADD into /etc/nginx do to the servers nginx runs.
struct ConfigFacts {
  bool replaces_default_server = false;  // conf.d/default.conf (or the template it renders from) is replaced
  std::string blocker;                   // why the listening ports cannot be known, or stay below 1024
  std::string on_server_port;            // a copied config that listens on 8080 already
};

// Reads one copied config file and checks that it listens only on ports a non-root user can bind;
// notes in `on_server_port` when it listens where nginx-unprivileged's default server does.
std::string CheckCopiedConfig(const context::ContextFiles* files, const std::string& source,
                              std::string& on_server_port) {
  if (files == nullptr) return fmt::format("pass the build context (--context) so dockopt can read '{}'", source);
  std::optional<std::string> text = files->IsFile(source) ? files->Read(source) : std::nullopt;
  if (!text) return fmt::format("'{}' is not a file dockopt can read in the build context", source);
  std::optional<std::vector<int>> ports = NginxListenPorts(*text);
  if (!ports) return fmt::format("'{}' listens on a port set by a variable", source);
  for (int port : *ports) {
    if (port < 1024) return fmt::format("'{}' listens on port {}, below 1024", source, port);
    if (port == kServerPort) on_server_port = source;
  }
  return "";
}

ConfigFacts ReadConfigCopies(RuleContext& context, const ir::Stage& stage) {
  const ir::Dockerfile& df = context.dockerfile();
  ConfigFacts facts;
  std::optional<context::ContextFiles> files;
  if (context.options().context_dir) {
    std::string error;
    files = context::ContextFiles::Open(*context.options().context_dir, error);
    if (!files) files.emplace(*context.options().context_dir);
  }
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = df.instructions[i];
    if (inst.kind == ir::InstructionKind::kRun && inst.logical.find(kNginxConf) != std::string_view::npos) {
      facts.blocker = "a RUN edits nginx's configuration, which nginx-unprivileged changes";
      return facts;
    }
    std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
    if (!copy) continue;
    std::string dest = TrimSlashes(copy->destination);
    if (dest != kNginxConf && !dest.starts_with(std::string(kNginxConf) + "/")) continue;
    if (dest == kNginxConf || dest == "/etc/nginx/nginx.conf") {
      facts.blocker = fmt::format("'{}' replaces nginx.conf, whose pid file and temp paths nginx-unprivileged moves "
                                  "to /tmp",
                                  context.Text(Span{inst.keyword.begin, inst.args.end}));
      return facts;
    }
    if (copy->from) {
      facts.blocker = fmt::format("'{}' copies nginx configuration dockopt cannot read", context.Text(Span{inst.keyword.begin, inst.args.end}));
      return facts;
    }
    bool into_folder = copy->destination.ends_with('/') || copy->sources.size() > 1;
    for (const analysis::CopySourceArg& source : copy->sources) {
      if (source.origin != analysis::SourceOrigin::kPath || source.has_variable || source.has_glob) {
        facts.blocker = fmt::format("'{}' copies nginx configuration dockopt cannot read", context.Text(Span{inst.keyword.begin, inst.args.end}));
        return facts;
      }
      facts.blocker = CheckCopiedConfig(files ? &*files : nullptr, source.path, facts.on_server_port);
      if (!facts.blocker.empty()) return facts;
      std::string landed = into_folder ? dest + "/" + std::string(Basename(source.path)) : dest;
      facts.replaces_default_server |= landed == "/etc/nginx/conf.d/default.conf" ||
                                       landed == "/etc/nginx/templates/default.conf.template";
    }
  }
  return facts;
}

}  // namespace

std::optional<UnprivilegedNginx> PlanUnprivilegedNginx(RuleContext& context, int final_stage, const ImageRef& image) {
  const ir::Dockerfile& df = context.dockerfile();
  const ir::Stage& stage = df.stages[static_cast<size_t>(final_stage)];
  if (!IsOfficialNginx(image) || df.FindStage(stage.base) >= 0) return std::nullopt;
  std::string program;
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = df.instructions[i];
    if (inst.kind == ir::InstructionKind::kEntrypoint) return std::nullopt;  // runs something of its own
    if (inst.kind == ir::InstructionKind::kCmd)
      program = inst.is_exec() ? (inst.exec_args.empty() ? "" : inst.exec_args[0])
                               : std::string(inst.rest.substr(0, inst.rest.find_first_of(" \t")));
  }
  if (!program.empty() && Basename(program) != "nginx") return std::nullopt;

  UnprivilegedNginx plan;
  const ir::Instruction& from = df.instructions[stage.from];
  std::string_view args = context.Text(from.args);
  size_t at = args.find(stage.base);
  if (stage.base.find('$') != std::string::npos || at == std::string_view::npos) {
    plan.blocked = true;
    plan.message = fmt::format("; '{}' (nginx as uid 101) would do, but the image comes from a variable", kUnprivileged);
    return plan;
  }
  ConfigFacts config = ReadConfigCopies(context, stage);
  std::string blocker = config.blocker;
  bool port_change = !config.replaces_default_server;
  if (blocker.empty() && port_change && !config.on_server_port.empty())  // two servers on 8080: another answers
    blocker = fmt::format("'{}' listens on port 8080, where the image's default server moves from 80",
                          config.on_server_port);
  Edits moved;  // only whether EXPOSE and HEALTHCHECK could follow the port matters: nothing is applied
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = df.instructions[i];
    if (!blocker.empty() || !port_change) break;
    if (inst.kind == ir::InstructionKind::kExpose) MoveExposedPort(inst, kDefaultPort, kServerPort, moved, blocker);
    if (inst.kind == ir::InstructionKind::kHealthcheck) MoveHealthcheckPort(context.Text(inst.args), inst.args, kDefaultPort, kServerPort, moved, blocker);
  }
  if (!blocker.empty()) {
    plan.blocked = true;
    plan.message = fmt::format("; '{}' runs nginx as uid 101, but {}", kUnprivileged, blocker);
    return plan;
  }

  // The same tag on nginx-unprivileged; a digest pins the official image, so it cannot stay.
  std::string written(args.substr(at, stage.base.size()));
  std::string_view name_and_tag = std::string_view(written).substr(0, written.find('@'));
  size_t colon = name_and_tag.rfind(':');
  bool has_tag = colon != std::string_view::npos && name_and_tag.find('/', colon) == std::string_view::npos;
  std::string tag = has_tag ? std::string(name_and_tag.substr(colon)) : "";
  std::string registry = written.starts_with("docker.io/") ? "docker.io/" : "";
  std::string replacement = registry + std::string(kUnprivileged) + tag;
  plan.title = fmt::format("run on '{}' as its user {}", replacement, kUnprivilegedUser);
  plan.message = fmt::format("; '{}' runs nginx as uid 101 with its pid and temp files in /tmp", replacement);
  if (port_change) {
    plan.title += " (its default server listens on 8080 instead of 80: publish 8080)";
    plan.message += ", and its default server listens on port 8080 instead of 80";
  }
  if (written.find('@') != std::string::npos) {
    plan.title += "; pin its digest again";
    plan.message += "; the digest pinned the official image, so pin nginx-unprivileged's";
  }
  return plan;
}

}  // namespace dockopt
