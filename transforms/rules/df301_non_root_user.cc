// DF301 non-root-user: the final stage runs as root; create a user (or reuse one) and switch to it
// before the image's command.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <regex>

#include "analysis/app_writable.h"
#include "analysis/copy_sources.h"
#include "analysis/image_commands.h"
#include "analysis/base_images.h"
#include "analysis/paths.h"
#include "transforms/rule.h"
#include "transforms/rule_context.h"
#include "transforms/rules/base_image.h"
#include "transforms/rules/df301_compose_volumes.h"
#include "transforms/rules/df301_data_dirs.h"
#include "transforms/rules/df301_owned_dirs.h"
#include "transforms/rules/df301_package_script.h"
#include "transforms/rules/df301_docker_client.h"
#include "transforms/rules/df301_root_daemons.h"
#include "transforms/rules/df301_run_privileges.h"
#include "transforms/rules/df301_start_writes.h"
#include "transforms/rules/df301_unprivileged_nginx.h"
#include "transforms/rules/package_facts.h"
#include "transforms/rules/port_move.h"
#include "transforms/rules/runtime_needs.h"
#include "transforms/rules/shipped_user.h"
#include "transforms/rules/split_guards.h"
#include "transforms/rules/split_plan.h"
#include "transforms/rules/stage_facts.h"

namespace dockopt {
namespace {

constexpr std::string_view kDistrolessUid = "65532";

std::string_view Basename(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool IsRoot(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  return name == "root" || name == "0";
}

struct StageFacts {
  std::optional<std::string> last_user;   // the USER in effect at the end of the stage chain
  std::optional<std::string> last_user_default;  // ... with its $VARIABLEs read as their ARG/ENV defaults
  std::optional<std::string> non_root;    // the last non-root USER before a later `USER root`
  std::optional<std::string> created;     // a user a RUN creates (useradd/adduser), literal name
  std::optional<size_t> created_at;       // ... by the RUN at this instruction
  bool created_without_home = false;      // ... with no home folder made for it (useradd without -m, adduser -H)
  std::optional<std::string> maybe_created;  // a user created in a branch, loop or function: may or may not exist
  std::string program;                    // what the container runs: ENTRYPOINT, else CMD
  std::string cmd;                        // the CMD in effect (the arguments an ENTRYPOINT is handed)
  std::vector<std::string> argv;          // ENTRYPOINT then CMD, a shell form split on blanks
  std::optional<std::string> workdir;     // the last WORKDIR of the chain
  bool sets_entrypoint = false;           // the chain has its own ENTRYPOINT
  bool drops_privileges = false;          // gosu / su-exec appear in a RUN
  std::optional<std::string> root_uid_env;  // `ENV PUID=0`: the user an entrypoint switches to is root by default
  bool init_scripts = false;              // it sets up services for an init that starts as root (my_init, s6)
  std::optional<std::string> low_port;    // an EXPOSEd port below 1024
  bool sets_aspnet_port = false;          // ENV/ARG ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS or ASPNETCORE_PORT
  std::optional<std::string> root_home;   // an ENV, WORKDIR or COPY that puts what the runtime uses under /root
  std::optional<std::string> root_daemon;  // an installed package whose daemon starts as root (openssh-server)
  std::optional<std::string> build_tool;   // an installed package only a build needs (gcc, git)
  std::vector<std::string> volumes;        // the final stage's own VOLUME paths (absolute, literal)
  std::optional<size_t> first_volume;      // the instruction of its first such VOLUME
};

// /root is mode 0700 on Debian, Ubuntu and Red Hat bases: another user cannot reach what is in it
// (a toolchain installed into root's home by rustup, nvm or sdkman, and put on PATH).
bool UnderRootHome(std::string_view text) {
  for (size_t at = text.find("/root"); at != std::string_view::npos; at = text.find("/root", at + 1)) {
    bool starts = at == 0 || text[at - 1] == ' ' || text[at - 1] == ':' || text[at - 1] == '=' || text[at - 1] == '"' ||
                  text[at - 1] == '-';  // a default: ${HOME:-/root}
    bool ends = at + 5 == text.size() || text[at + 5] == '/' || text[at + 5] == ':' || text[at + 5] == ' ' || text[at + 5] == '"';
    if (starts && ends) return true;
  }
  return false;
}

std::vector<std::string> CommandWords(const ir::Instruction& inst) {
  if (inst.is_exec()) return inst.exec_args;
  std::vector<std::string> words;
  for (size_t at = 0; at < inst.rest.size();) {
    size_t begin = inst.rest.find_first_not_of(" \t", at);
    if (begin == std::string::npos) break;
    size_t end = inst.rest.find_first_of(" \t", begin);
    if (end == std::string::npos) end = inst.rest.size();
    words.emplace_back(inst.rest.substr(begin, end - begin));
    at = end;
  }
  return words;
}

// Whether a useradd/adduser makes no home folder: Debian's useradd makes one only with -m (Red Hat's
// login.defs makes one unless -M or --system); adduser makes one unless -H / --no-create-home.
bool MakesNoHome(const shell::ToolCall& call) {
  if (Is(call, "useradd")) return call.Has("no-create-home") || !call.Has("create-home");
  return call.Has("no-create-home");  // -H, --no-create-home
}

// Microsoft's ASP.NET Core runtime images before 8.0 set ASPNETCORE_URLS=http://+:80 (inherited from
// runtime-deps); 8.0 moved to ASPNETCORE_HTTP_PORTS=8080 for its non-root 'app' user. Only the aspnet
// images say the program is a web server: on sdk, runtime and runtime-deps it may be a console tool.
// https://learn.microsoft.com/en-us/dotnet/core/compatibility/containers/8.0/aspnet-port
// (Each regex is compiled only once a name could match it: the three cost ~1.1 M instructions, 15 % of a
// one-file run.)
bool AspNetListensOn80(const ImageRef& image) {
  if (!image.known) return false;
  if (image.name.find("aspnet") != std::string::npos) {
    static const std::regex kAspNet(R"((mcr\.microsoft\.com/)?(dotnet/(core/)?aspnet|microsoft/aspnetcore))");
    static const std::regex kBefore8(R"([1-7]\.\d+.*)");
    if (std::regex_match(image.name, kAspNet)) return std::regex_match(image.tag, kBefore8);
  }
  if (image.name != "microsoft/dotnet") return false;
  static const std::regex kOldHubAspNet(R"([1-7]\.\d+.*aspnetcore-runtime.*)");  // microsoft/dotnet:2.2-aspnetcore-runtime
  return std::regex_match(image.tag, kOldHubAspNet);
}

StageFacts Collect(RuleContext& context, int final_stage) {
  const ir::Dockerfile& df = context.dockerfile();
  StageFacts facts;
  std::vector<int> chain = StageChain(df, df.stages[static_cast<size_t>(final_stage)].from);
  std::string entrypoint, cmd;
  std::vector<std::string> entrypoint_words, cmd_words;
  // ARG and ENV defaults, literal, so an `EXPOSE $PORT` reads as the port it exposes by default.
  std::map<std::string, std::string> defaults;
  // The ARGs before the first FROM: a stage's `ARG UID` without a value takes their default.
  std::map<std::string, std::string> global_defaults;
  for (size_t i : df.meta_args)
    for (const std::string& word : df.instructions[i].node_args)
      if (size_t eq = word.find('='); eq != std::string::npos && eq > 0)
        global_defaults[word.substr(0, eq)] = word.substr(eq + 1);
  auto resolve = [&](std::string word) {
    std::string name = word.starts_with("${") && word.ends_with("}") ? word.substr(2, word.size() - 3)
                       : word.starts_with("$")                      ? word.substr(1)
                                                                    : "";
    if (name.empty()) return word;
    auto found = defaults.find(name);
    return found == defaults.end() ? word : found->second;
  };
  auto unquote = [](std::string value) {
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    return value;
  };
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    bool cmd_set_here = false;  // BuildKit: an ENTRYPOINT resets only a CMD inherited from the base
    for (size_t i : df.stages[static_cast<size_t>(*it)].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind == ir::InstructionKind::kCmd) cmd_set_here = true;
      if (inst.kind == ir::InstructionKind::kArg)
        for (const std::string& word : inst.node_args) {
          if (size_t eq = word.find('='); eq != std::string::npos && eq > 0)
            defaults[word.substr(0, eq)] = resolve(unquote(word.substr(eq + 1)));
          else if (auto global = global_defaults.find(word); global != global_defaults.end())
            defaults[word] = unquote(global->second);
        }
      if (inst.kind == ir::InstructionKind::kEnv)
        for (size_t a = 0; a + 1 < inst.node_args.size(); a += 3) {
          defaults[inst.node_args[a]] = resolve(unquote(inst.node_args[a + 1]));
          facts.sets_aspnet_port |= inst.node_args[a].starts_with("ASPNETCORE_URLS") ||
                                    inst.node_args[a].starts_with("ASPNETCORE_HTTP");
          facts.init_scripts |= inst.node_args[a].starts_with("S6_");  // s6-overlay's settings
          static constexpr std::string_view kUidVariables[] = {"PUID", "UID", "USER_ID", "RUN_UID", "APP_UID"};
          if (std::find(std::begin(kUidVariables), std::end(kUidVariables), inst.node_args[a]) != std::end(kUidVariables))
            facts.root_uid_env = defaults[inst.node_args[a]] == "0" ? std::optional(inst.node_args[a]) : std::nullopt;
        }
      if (inst.kind == ir::InstructionKind::kCopy || inst.kind == ir::InstructionKind::kAdd ||
          inst.kind == ir::InstructionKind::kRun)
        facts.init_scripts |= ConfiguresRootInit(inst.logical);
      switch (inst.kind) {
        case ir::InstructionKind::kUser:
          if (!inst.node_args.empty()) {
            if (facts.last_user && !IsRoot(*facts.last_user) && IsRoot(inst.node_args[0]))
              facts.non_root = facts.last_user;
            facts.last_user = inst.node_args[0];
            // `USER $UID:$GID`: each part read as its default, when every variable has one.
            facts.last_user_default.reset();
            if (inst.node_args[0].find('$') != std::string::npos) {
              const std::string& written = inst.node_args[0];
              const size_t colon = written.find(':');
              std::string user = resolve(written.substr(0, colon));
              std::string group = colon == std::string::npos ? "" : resolve(written.substr(colon + 1));
              if (user.find('$') == std::string::npos && group.find('$') == std::string::npos)
                facts.last_user_default = colon == std::string::npos ? user : user + ":" + group;
            }
          }
          break;
        case ir::InstructionKind::kEntrypoint:
        case ir::InstructionKind::kCmd: {
          std::string program;
          if (inst.is_exec()) {
            if (!inst.exec_args.empty()) program = inst.exec_args[0];
          } else {
            program = inst.rest.substr(0, inst.rest.find_first_of(" \t"));
            // `CMD echo "ready"; exec nginx -g 'daemon off;'`: the one program the shell execs after its
            // other commands is the container's main process (held18's docker/docs).
            static const std::regex kExec(R"((^|;|&&)\s*exec\s+([^\s;&|'"]+))");
            std::string_view rest(inst.rest);
            std::cmatch exec_match;
            if (std::regex_search(rest.data(), rest.data() + rest.size(), exec_match, kExec) && exec_match.position(0) > 0 &&
                !std::regex_search(exec_match[0].second, rest.data() + rest.size(), kExec) &&
                rest.find("if ") == std::string_view::npos && rest.find("case ") == std::string_view::npos)
              program = exec_match[2].str();
            // `CMD "/run.sh"`: the shell removes the quotes.
            if (program.size() >= 2 && (program.front() == '"' || program.front() == '\'') && program.back() == program.front())
              program = program.substr(1, program.size() - 2);
          }
          (inst.kind == ir::InstructionKind::kEntrypoint ? entrypoint : cmd) = std::string(Basename(program));
          (inst.kind == ir::InstructionKind::kEntrypoint ? entrypoint_words : cmd_words) = CommandWords(inst);
          if (inst.kind == ir::InstructionKind::kEntrypoint) {
            if (!cmd_set_here) {
              cmd.clear();
              cmd_words.clear();
            }
            facts.sets_entrypoint = true;
          }
          break;
        }
        case ir::InstructionKind::kEnv: case ir::InstructionKind::kWorkdir: case ir::InstructionKind::kCopy:
        case ir::InstructionKind::kAdd:
          if (inst.kind == ir::InstructionKind::kWorkdir && !inst.node_args.empty()) facts.workdir = inst.node_args[0];
          if (analysis::HasFromFlag(inst)) {
            // `COPY --from=builder /root/.local/bin/app /usr/local/bin/`: the source is the other
            // stage's root home; only where the copy lands is this image's.
            std::optional<analysis::CopyArgs> copy = analysis::ReadCopyArgs(inst);
            if (copy && UnderRootHome(copy->destination)) facts.root_home = std::string(ir::KindName(inst.kind));
          } else if (UnderRootHome(inst.rest)) {
            facts.root_home = std::string(ir::KindName(inst.kind));
          }
          break;
        case ir::InstructionKind::kVolume:
          // A volume in root's home (`VOLUME /root/.ssh`): what is mounted there is for root.
          if (UnderRootHome(inst.rest)) facts.root_home = std::string(ir::KindName(inst.kind));
          if (inst.stage != final_stage) break;
          for (std::string path : inst.node_args) {
            if (!path.starts_with("/") || path.find_first_of("$\"' ") != std::string::npos) continue;
            while (path.size() > 1 && path.back() == '/') path.pop_back();  // `VOLUME /app/uploads/`
            facts.volumes.push_back(path);
            if (!facts.first_volume) facts.first_volume = i;
          }
          break;
        case ir::InstructionKind::kExpose:
          for (const std::string& written : inst.node_args) {
            const std::string port = resolve(written);
            std::string_view number = std::string_view(port).substr(0, port.find('/'));
            number = number.substr(0, number.find('-'));
            if (!number.empty() && number.find_first_not_of("0123456789") == std::string_view::npos &&
                std::stoi(std::string(number)) < 1024)
              facts.low_port = port;
          }
          break;
        case ir::InstructionKind::kRun: {
          if (inst.logical.find("gosu") != std::string::npos || inst.logical.find("su-exec") != std::string::npos)
            facts.drops_privileges = true;
          // The shell form and each heredoc body (`RUN <<EOT ... apt-get install nginx ... EOT`).
          // At any depth, but only a user that is always created: USER must name one that exists.
          for (const shell::Script& script : context.RunScriptsOf(inst)) {
            for (const ToolUse& use : NestedToolUses(context, script)) {
              if (!facts.root_daemon) facts.root_daemon = RootDaemonInstalled(use.call);
              if (!facts.build_tool) facts.build_tool = BuildToolInstalled(use.call);
              if (!Is(use.call, "useradd") && !Is(use.call, "adduser")) continue;
              if (use.call.operands.empty()) continue;
              const shell::Word& word = use.site.command->words[use.call.operands.front().word];
              // `useradd ... $USERNAME` with `ARG USERNAME=actual`: the name its default gives.
              const std::string name = word.literal ? use.call.operands.front().value : resolve(word.value);
              const bool known = !name.empty() && name.find('$') == std::string::npos;
              if (!use.site.context.always()) facts.maybe_created = known ? name : "?";
              else if (known) {
                facts.created = name;
                facts.created_at = i;
                facts.created_without_home = MakesNoHome(use.call);
              }
            }
          }
          break;
        }
        default:
          break;
      }
    }
  }
  facts.program = !entrypoint.empty() ? entrypoint : cmd;
  facts.cmd = cmd;
  facts.argv = std::move(entrypoint_words);
  facts.argv.insert(facts.argv.end(), cmd_words.begin(), cmd_words.end());
  return facts;
}

// A port below 1024 that another stage EXPOSEs when the final stage's chain EXPOSEs none, as
// "PORT' (written in stage 'NAME": ZLMediaKit lists its server's ports (80, 443, 554) in its build
// stage, and the final stage's MediaServer listens on them. nullopt when the chain EXPOSEs any port.
std::optional<std::string> LowPortExposedElsewhere(const ir::Dockerfile& df, const std::vector<int>& chain) {
  for (int stage : chain)
    for (size_t i : df.stages[static_cast<size_t>(stage)].instructions)
      if (df.instructions[i].kind == ir::InstructionKind::kExpose) return std::nullopt;
  for (size_t s = 0; s < df.stages.size(); ++s) {
    if (std::find(chain.begin(), chain.end(), static_cast<int>(s)) != chain.end()) continue;
    for (size_t i : df.stages[s].instructions) {
      const ir::Instruction& inst = df.instructions[i];
      if (inst.kind != ir::InstructionKind::kExpose) continue;
      for (const std::string& port : inst.node_args) {
        const std::string_view number = std::string_view(port).substr(0, port.find_first_of("/-"));
        if (!number.empty() && number.find_first_not_of("0123456789") == std::string_view::npos &&
            std::stoi(std::string(number)) < 1024)
          return fmt::format("{}' (written in stage '{}'", port,
                             df.stages[s].name.empty() ? std::to_string(s) : df.stages[s].name);
      }
    }
  }
  return std::nullopt;
}

// The image's own command listens on a port below 1024, so it starts as root to bind it: a plain
// 'USER' would stop it from starting. What to change is the project's call (the port clients reach,
// or a capability), so the rule names it and applies nothing.
std::string PrivilegedPortMessage(const analysis::ImageCommand& own) {
  std::string who = own.root == analysis::DefaultCommandRoot::kDrops
                        ? fmt::format(" (its workers run as '{}')", own.root_detail)
                        : "";
  return fmt::format("the final stage runs as root: no 'USER' switches to a non-root user; the file sets no "
                     "command, so the image's own '{}' runs: it listens on port {}, below 1024, and starts as "
                     "root to bind it{}; to run it as a non-root user, make it listen on a port from 1024 up "
                     "and publish that one (or grant CAP_NET_BIND_SERVICE), then add 'USER' (not applied: the "
                     "port clients reach changes)",
                     fmt::join(own.Argv(), " "), own.port, who);
}

// Where the new lines go: before the first CMD/ENTRYPOINT after the stage's last RUN or USER (with its
// comments), else right after the stage's last instruction.
// With `after_copies`, after the last COPY/ADD too: a folder handed to the user must be handed over after
// the copies that write it, which make what they copy root's again.
uint32_t InsertionPoint(const ir::Dockerfile& df, const ir::Stage& stage, bool after_copies, bool& at_end) {
  size_t last_run = 0;
  for (size_t i : stage.instructions) {
    ir::InstructionKind kind = df.instructions[i].kind;
    if (kind == ir::InstructionKind::kRun || kind == ir::InstructionKind::kUser ||
        (after_copies && (kind == ir::InstructionKind::kCopy || kind == ir::InstructionKind::kAdd)))
      last_run = i;
  }
  for (size_t i : stage.instructions) {
    const ir::Instruction& inst = df.instructions[i];
    if (i > last_run && (inst.kind == ir::InstructionKind::kCmd || inst.kind == ir::InstructionKind::kEntrypoint)) {
      at_end = false;
      return inst.MoveSpan().begin;
    }
  }
  at_end = true;
  return df.instructions[stage.instructions.back()].span.end;
}

// The folders the command's framework writes in its tree (analysis/data/app-writable-dirs.tsv); the build
// context, when given, names the framework of a command that runs only its server (`puma`).
std::optional<analysis::AppWritable> WritableDirs(const RuleContext& context, const StageFacts& facts) {
  if (facts.argv.empty()) return std::nullopt;
  std::optional<context::ContextFiles> files;
  if (context.options().context_dir) {
    std::string error;
    files = context::ContextFiles::Open(*context.options().context_dir, error);
  }
  return analysis::AppWritableDirs(facts.argv, files ? &*files : nullptr);
}

// Where the finding about the final user goes: the last USER of the stage's chain (the FROM if none).
Span LastUserKeyword(const ir::Dockerfile& df, const ir::Stage& stage) {
  Span at = df.instructions[stage.from].keyword;
  const std::vector<int> chain = StageChain(df, stage.from);
  for (auto s = chain.rbegin(); s != chain.rend(); ++s)
    for (size_t i : df.stages[static_cast<size_t>(*s)].instructions)
      if (df.instructions[i].kind == ir::InstructionKind::kUser) at = df.instructions[i].keyword;
  return at;
}

// Whether the container's start may start the daemon package `package` installed: unknown (no context, a
// script dockopt cannot read) counts as may. A start read in full that names neither the daemon nor a
// service manager does not (crates.io's entrypoint runs diesel and `cargo run`; postgresql is there for
// diesel's client library).
bool DaemonMayStart(RuleContext& context, std::string_view package, const std::vector<int>& chain) {
  std::optional<std::string> text = StartText(context, chain);
  if (!text) return true;
  std::string stem(package.substr(0, package.find('-')));
  if (stem.starts_with("postgres")) stem = "postgres";
  if (stem == "openssh") stem = "sshd";
  if (stem == "mariadb") stem = "mysql";
  static constexpr std::string_view kStarters[] = {"service ", "init.d", "systemctl", "supervisor", "rc-service",
                                                   "runsv", "s6-", "start-stop-daemon", "openrc", "pg_ctl", "mariadb"};
  if (text->find(stem) != std::string::npos) return true;
  return std::any_of(std::begin(kStarters), std::end(kStarters),
                     [&](std::string_view starter) { return text->find(starter) != std::string::npos; });
}

}  // namespace

void CheckNonRootUser(RuleContext& context) {
  const ir::Dockerfile& df = context.dockerfile();
  int final_stage = FinalStage(df);
  if (final_stage < 0) return;
  const ir::Stage& stage = df.stages[static_cast<size_t>(final_stage)];
  StageFacts facts = Collect(context, final_stage);
  if (facts.last_user && facts.last_user_default && IsRoot(*facts.last_user_default)) {
    // `ARG UID=0` ... `USER $UID:$GID`: non-root only when the build passes other values. Which uid
    // the image's files and volumes expect is the author's call: named, not rewritten.
    const Span at = LastUserKeyword(df, stage);
    context.Report(at, fmt::format("the final stage runs as root by default: 'USER {}' is '{}' unless the build "
                                   "passes other values, because the ARG defaults are root's; give them a non-root "
                                   "default (a uid from 1000 up) and check that what the image writes at start is "
                                   "that user's (not applied)",
                                   *facts.last_user, *facts.last_user_default));
    return;
  }
  if (facts.last_user) {
    if (!IsRoot(*facts.last_user)) return;
    // The author wrote `USER root` as the last user: a deliberate choice (a start that needs root, or
    // an image that runs tools as root), which the rule names but does not replace.
    const Span at = LastUserKeyword(df, stage);
    context.Report(at, fmt::format("the final stage runs as root: the last 'USER' is '{}', written in the file, so "
                                   "running as root is the author's choice and dockopt does not replace it{}",
                                   *facts.last_user,
                                   facts.non_root ? fmt::format("; if only the steps after it need root, switch back "
                                                                "with 'USER {}' before the command",
                                                                *facts.non_root)
                                                  : ""));
    return;
  }
  ImageRef image = BaseImageOf(df, final_stage);
  if (RunsAsNonRoot(image)) return;
  std::optional<UnprivilegedNginx> nginx;
  if (!facts.drops_privileges) nginx = PlanUnprivilegedNginx(context, final_stage, image);
  bool meant_for_root = StartsAsRoot(facts.program);
  // What the image runs of its own (analysis/data/image-commands.tsv): its ENTRYPOINT unless the file
  // sets one, its CMD only when the file sets no command.
  std::optional<analysis::ImageCommand> own =
      image.known ? analysis::LookupImageCommand(image.Reference()) : std::nullopt;
  // An image built for an init (phusion's my_init, s6-overlay's /init, runit) runs it when the file sets
  // no ENTRYPOINT of its own: it starts the services as root.
  meant_for_root |= (facts.init_scripts || (image.known && InitBaseImage(image.name))) &&
                    (facts.program.empty() || !facts.sets_entrypoint);
  // The command switches to its own user (`mysqld --user=mysql`, `--uid`): it starts as root to do so.
  const bool switches_itself = std::any_of(facts.argv.begin(), facts.argv.end(), [](const std::string& word) {
    return word == "--user" || word.starts_with("--user=") || word == "--uid" || word.starts_with("--uid=") ||
           word == "--setuid" || word.starts_with("--setuid=");
  });
  meant_for_root |= switches_itself;
  // An option whose value is the unprivileged account (`ssserver -a nobody`, `dnsmasq -u nobody`): the
  // program switches to it itself, which it can only do when it starts as root.
  std::string nobody_option;
  for (size_t w = 1; w + 1 < facts.argv.size() && nobody_option.empty(); ++w)
    if (facts.argv[w].starts_with("-") && (facts.argv[w + 1] == "nobody" || facts.argv[w + 1].starts_with("nobody:")))
      nobody_option = facts.argv[w] + " " + facts.argv[w + 1];
  meant_for_root |= !nobody_option.empty();
  if (own && own->root == analysis::DefaultCommandRoot::kUser) return;  // already non-root
  if (nginx) {
    std::string message =
        "the final stage runs as root: the official nginx image starts its master process as root" + nginx->message;
    // nginx-unprivileged is another publisher's image (nginxinc), and moving the default server off
    // port 80 changes what clients reach: a reviewer's call, so the move is described, not applied.
    if (!nginx->blocked)
      message = fmt::format("{}; to run it as a non-root user: {} (not applied: the image is another publisher's, "
                            "and the port clients reach changes)",
                            message, nginx->title);
    context.Report(df.instructions[stage.from].keyword, message);
    return;
  }
  if (own && (own->root == analysis::DefaultCommandRoot::kDrops || own->root == analysis::DefaultCommandRoot::kNeeds))
    meant_for_root |= own->entrypoint.empty() ? facts.program.empty() : !facts.sets_entrypoint;
  if (own && facts.program.empty() && own->port > 0 && own->port < 1024 && !facts.drops_privileges) {
    context.Report(df.instructions[stage.from].keyword, PrivilegedPortMessage(*own));
    return;
  }
  // A script replaces the command of an image whose own server binds a port below 1024 as root
  // (php:*-apache's apache2-foreground on 80): the script most likely ends by starting that server.
  if (own && own->kind == analysis::DefaultCommandKind::kServer && own->port > 0 && own->port < 1024 &&
      !facts.drops_privileges && !meant_for_root &&
      (facts.program.ends_with(".sh") || facts.program.find("entrypoint") != std::string::npos ||
       facts.program.starts_with("start") || facts.program.starts_with("run"))) {
    context.Report(df.instructions[stage.from].keyword,
                   fmt::format("the final stage runs as root: no 'USER' switches to a non-root user; the image's own "
                               "'{}' listens on port {} and starts as root to bind it, and '{}' may start it: check "
                               "the script, then move the server to a port from 1024 up before adding 'USER' (not "
                               "applied)",
                               fmt::join(own->Argv(), " "), own->port, facts.program));
    return;
  }
  // No command of its own on an image whose own is a shell, with build tools installed: a development
  // or CI environment, where tools set up in root's home and installs at run time need root.
  if (own && facts.program.empty() && own->kind == analysis::DefaultCommandKind::kShell && facts.build_tool &&
      !facts.drops_privileges && !meant_for_root) {
    context.Report(df.instructions[stage.from].keyword,
                   fmt::format("the final stage runs as root: no 'USER' switches to a non-root user; the file sets no "
                               "command, so the image's own '{}', a shell, runs, and it installs '{}': a development "
                               "environment, where tools set up in root's home and installs at run time need root; add "
                               "'USER' if it is meant for a non-root user (not applied)",
                               fmt::join(own->Argv(), " "), *facts.build_tool));
    return;
  }
  // The same, written out: the command is a bare interactive shell (`CMD ["/bin/bash"]`), where people
  // work on files they mount (faceswap's `-v $PWD:/srv`), which a uid the file picks may not write.
  static constexpr std::string_view kShells[] = {"sh", "bash", "ash", "zsh", "dash", "fish"};
  // Without build tools it is a tools or artifacts image (`ENTRYPOINT ["ash"]` over a /release folder)
  // that people open to copy or run things on mounted folders the same way.
  if (facts.argv.size() == 1 && !facts.drops_privileges && !meant_for_root &&
      std::find(std::begin(kShells), std::end(kShells), std::string_view(facts.program)) != std::end(kShells)) {
    const std::string what = facts.build_tool ? fmt::format("the stage installs '{}': a development environment",
                                                            *facts.build_tool)
                                              : std::string("the image is opened to work in");
    context.Report(df.instructions[stage.from].keyword,
                   fmt::format("the final stage runs as root: no 'USER' switches to a non-root user; the command is "
                               "'{}', an interactive shell, and {}, where people work on files they mount, which a "
                               "uid the file picks may not write; add 'USER' if it is meant for a non-root user (not "
                               "applied)",
                               facts.argv.front(), what));
    return;
  }
  if (facts.drops_privileges) {
    // alist's entrypoint runs `su-exec ${PUID}:${PGID} ./alist server` with `ENV PUID=0 PGID=0`: the user it
    // switches to is root unless the container is started with another.
    if (facts.root_uid_env)
      context.Report(df.instructions[stage.from].keyword,
                     fmt::format("the final stage runs as root: the image switches users with gosu/su-exec, but 'ENV "
                                 "{}=0' makes the user it switches to root unless the container is started with "
                                 "another; give '{}' (and its group) a non-zero default, and check that the start "
                                 "gives that user the folders it writes (not applied)",
                                 *facts.root_uid_env, *facts.root_uid_env));
    return;
  }
  Span where = df.instructions[stage.from].keyword;
  std::string message = "the final stage runs as root: no 'USER' switches to a non-root user";
  if (meant_for_root) {
    // A master that stays root (supervisord, apache2ctl, sshd) is still root at run time: said, not
    // rewritten, since a plain USER would stop it from starting. A command that switches users itself
    // (`--user=mysql`) and an image whose own entrypoint drops privileges stay unreported.
    if (switches_itself) return;
    if (!nobody_option.empty()) {
      context.Report(where, fmt::format("{}; the command passes '{}': the program switches to that user itself, "
                                        "which needs root when it starts, so keep root (not applied)",
                                        message, nobody_option));
    } else if (std::optional<std::string> advice = RootMasterAdvice(facts.program)) {
      context.Report(where, fmt::format("{}; {} (not applied)", message, *advice));
    } else if (image.known && InitBaseImage(image.name) && (facts.program.empty() || !facts.sets_entrypoint)) {
      // linuxserver's s6-overlay (grocy): /init starts as root, fixes ownership for PUID/PGID and runs the
      // services as that user; a USER would stop the init itself.
      context.Report(where, fmt::format("{}; the base image '{}' starts an init as root (s6-overlay's /init, phusion's "
                                        "my_init), which prepares the container and runs the services as the user "
                                        "it is set up for: keep root here and choose that user the base's way "
                                        "(linuxserver's PUID/PGID, jlesage's USER_ID/GROUP_ID, 'setuser' under "
                                        "my_init) (not applied)",
                                        message, image.name));
    } else if (own && own->root == analysis::DefaultCommandRoot::kNeeds && !own->entrypoint.empty() &&
               !facts.sets_entrypoint && !facts.program.empty() && !StartsAsRoot(facts.program)) {
      // The image's ENTRYPOINT needs root and hands the file's own command root with it (`CMD /run.sh` on
      // nginx): that command runs as root too.
      context.Report(where, fmt::format("{}; the image's ENTRYPOINT '{}' starts as root ({}) and runs the file's "
                                        "command '{}' as root too: check what '{}' needs root for, then run it as a "
                                        "non-root user (not applied)",
                                        message, fmt::join(own->entrypoint, " "), own->root_detail, facts.program,
                                        facts.program));
    } else if (own && own->root == analysis::DefaultCommandRoot::kDrops && !own->entrypoint.empty() &&
               !own->cmd.empty() && !facts.sets_entrypoint && !facts.program.empty() &&
               facts.program != Basename(own->cmd.front()) && !facts.program.starts_with("-") &&
               !StartsAsRoot(facts.program)) {
      // The official database images' docker-entrypoint.sh switches to its user (gosu redis) only when
      // the command is the image's own server (`redis-server`, `postgres`), and runs any other command
      // as root (`exec "$@"`): held18's nitter runs `CMD ./start.sh` on redis:alpine. Said, not
      // rewritten: such a script usually starts that server too, which writes into its folder.
      context.Report(where, fmt::format("{}; the image's ENTRYPOINT '{}' switches to '{}' only when it runs the "
                                        "image's own '{}', and runs the file's command '{}' as root: check what "
                                        "'{}' writes, then run it as '{}' or another non-root user (not applied)",
                                        message, fmt::join(own->entrypoint, " "), own->root_detail,
                                        Basename(own->cmd.front()), facts.program, facts.program, own->root_detail));
    } else if (facts.init_scripts && !facts.program.empty() && !StartsAsRoot(facts.program)) {
      // A start script with a supervisor's configuration copied in (InvenTree's start.sh ends in
      // supervisord): the supervisor it starts stays root, as the label set counts it.
      std::string command;
      for (std::string_view word : facts.argv) {  // a shell form's quotes go (`CMD "./start.sh"`)
        if (word.size() >= 2 && (word.front() == '"' || word.front() == '\'') && word.back() == word.front())
          word = word.substr(1, word.size() - 2);
        if (!command.empty()) command += ' ';
        command += word;
      }
      if (command.empty()) command = facts.program;
      if (command.size() > 60) {  // `sh -c "a && b && supervisord"`
        command.resize(57);
        command += "...";
      }
      context.Report(where, fmt::format("{}; the file sets up services for an init that starts as root (a supervisor, "
                                        "s6, runit or my_init configuration), and '{}' may start it: the init stays "
                                        "root and runs each service as root unless its configuration names a user; "
                                        "give the services a non-root user there (supervisor's 'user=', "
                                        "'s6-setuidgid', 'chpst -u') (not applied)",
                                        message, command));
    }
    return;
  }
  // An entrypoint script is handed the CMD and most end in `exec "$@"`: a CMD that starts as root
  // (nginx binding port 80) would stop starting under another user.
  if (facts.sets_entrypoint && !facts.cmd.empty() && facts.cmd != facts.program && StartsAsRoot(facts.cmd)) {
    context.Report(where, fmt::format("{}; the ENTRYPOINT '{}' is handed the CMD '{}', which starts as root: run "
                                      "only the application as a non-root user (not applied)",
                                      message, facts.program, facts.cmd));
    return;
  }
  const std::vector<std::string>& toolchain = analysis::ToolchainCommands();
  std::string builds_at_start = facts.program;
  if (std::find(toolchain.begin(), toolchain.end(), builds_at_start) == toolchain.end()) {
    // A start script that builds (crates.io's entrypoint ends in `cargo run`), when the script could be read.
    builds_at_start.clear();
    for (const std::string& command : ReadRuntimeNeeds(context, final_stage).runtime_commands)
      if (std::find(toolchain.begin(), toolchain.end(), command) != toolchain.end()) {
        builds_at_start = command;
        break;
      }
  }
  if (!builds_at_start.empty()) {
    // The command builds at start (`mix phx.server`, `./gradlew bootRun`, `go run`): its output and
    // caches go next to the sources, which root owns, so as another user it would fail.
    context.Report(where, fmt::format("{}; the command runs '{}', a build tool, which writes next to sources root "
                                      "owns: build in a builder stage (see DF202) and run the result as a non-root "
                                      "user (not applied)",
                                      message, builds_at_start));
    return;
  }
  if (std::optional<std::string> why =
          PackageScriptStartIssue(df, StageChain(df, stage.from), facts.argv, context.options().context_dir)) {
    // `npm start` is whatever package.json says: a build tool there (`gulp run:dev`) writes into the
    // project's tree at start, which stays root's.
    context.Report(where, fmt::format("{}; {}: check that the start writes nothing next to the sources (or give "
                                      "them to the user), then add 'USER' (not applied)",
                                      message, *why));
    return;
  }
  if (facts.root_daemon && DaemonMayStart(context, *facts.root_daemon, StageChain(df, stage.from))) {
    // The command (a script, an init) may start the daemon, which needs root: switching users breaks it.
    const bool network = ConfiguresNetwork(*facts.root_daemon);
    const bool device = OpensDevices(*facts.root_daemon);
    context.Report(where, fmt::format("{}; the stage installs '{}', {}, and '{}' may {} it: run only the application "
                                      "as a non-root user (not applied)",
                                      message, *facts.root_daemon,
                                      network  ? "which changes the network configuration or captures its traffic, "
                                                 "as only root can (with NET_ADMIN or NET_RAW)"
                                      : device ? "which opens hardware passed in with '--device', whose node stays "
                                                 "root's: another user opens it only through a group the file does "
                                                 "not know"
                                               : "whose daemon starts as root",
                                      facts.program.empty() ? "the image's command" : facts.program,
                                      network || device ? "run" : "start"));
    return;
  }
  if (std::optional<std::string> client = DockerApiClient(context)) {
    context.Report(where, fmt::format("{}; the image is a client of the Docker daemon ('{}'): the socket it is "
                                      "given is root's or the host's docker group's, whose id the file cannot "
                                      "know: add 'USER' with that group (or keep root) (not applied)",
                                      message, *client));
    return;
  }
  const std::vector<int> chain = StageChain(df, stage.from);
  if (std::optional<std::string> why = StartNeedsRoot(context, chain)) {
    // The start itself does what only root can: as another user it would fail before the application runs.
    context.Report(where, fmt::format("{}; {}, which needs root at start: make the start work as a non-root user "
                                      "first, then add 'USER' (not applied)",
                                      message, *why));
    return;
  }
  if (std::optional<std::string> installer = InstallerLeftForStart(df)) {
    // Shipped for an unattended install that no RUN performs: the start installs, into folders root owns.
    context.Report(where, fmt::format("{}; the image ships '{}', an installer that no RUN runs, so the start "
                                      "most likely installs with it into folders root owns: install at build "
                                      "time, then add 'USER' (not applied)",
                                      message, *installer));
    return;
  }
  if (const std::string server = WritesIntoItsInstall(facts.argv); !server.empty() && !OwnerTheStageChowns(df, chain)) {
    // An application server keeps its logs, work files and deployments in the folder it was unpacked
    // into, which root owns.
    context.Report(where, fmt::format("{}; '{}' writes its logs and work files into the folder it is installed in, "
                                      "which root owns: give that folder to the user, then add 'USER' (not applied)",
                                      message, server));
    return;
  }
  if (std::optional<std::string> root_only = RootOnlyInCommand(facts.argv)) {
    // An init script starts its daemon as root; a mount or a kernel setting is root's alone.
    const bool system_change = root_only->find(' ') == std::string::npos && !root_only->starts_with("/etc/init.d/");
    context.Report(where, fmt::format("{}; the command runs '{}', {}: run only the application as a non-root user "
                                      "(not applied)",
                                      message, *root_only,
                                      system_change ? "a change to the system that only root can make"
                                                    : "an init script, which starts its daemon as root"));
    return;
  }
  if (std::optional<std::string> daemon = PackagedDaemonConfig(facts.argv)) {
    // The distribution's configuration puts its logs, pid file and data where only root or the daemon's
    // own user may write: under another user the daemon exits at start (redis on its log file).
    context.Report(where, fmt::format("{}; the command starts '{}', whose log, pid and data folders belong to root "
                                      "or the daemon's own user: give them to the user (or start the daemon as "
                                      "root and drop privileges), then add 'USER' (not applied)",
                                      message, *daemon));
    return;
  }
  if (LabelRunsPrivileged(df, chain)) {
    // The image documents its own `docker run --privileged`: a system container, root by design.
    context.Report(where, fmt::format("{}; a LABEL runs the image with '--privileged', as a system container that "
                                      "is meant to run as root (not applied)",
                                      message));
    return;
  }
  if (std::optional<std::string> left = TemplateLeftForStart(df)) {
    // Rendered at start next to itself, in a folder only root can write.
    context.Report(where, fmt::format("{}; the image ships the template '{}', where only root can write, and no "
                                      "RUN renders it, so the start most likely does: render it at build time or "
                                      "into a folder the user owns, then add 'USER' (not applied)",
                                      message, *left));
    return;
  }
  if (std::optional<std::string> said = CommentSaysRoot(df, chain)) {
    // The author wrote down that the program needs root (tmate-ssh-server jails sessions with chroot:
    // `# TODO not run as root. Instead, use capabilities.`): a USER would break what they know it does.
    context.Report(where, fmt::format("{}; the file says the program needs root ('{}'): make it work as a "
                                      "non-root user first, then add 'USER' (not applied)",
                                      message, *said));
    return;
  }
  if (std::optional<std::string> why = RunNeedsRoot(df, chain)) {
    // What the stage configures for the program (a pid file under /run, users to switch between)
    // only root can use: as another user the program would fail once it runs.
    context.Report(where, fmt::format("{}; {}: make the program work as a non-root user first, then add 'USER' "
                                      "(not applied)",
                                      message, *why));
    return;
  }
  // The final stage's flow model, built once: the volume check and the run-time data folders read it.
  std::shared_ptr<const analysis::StageFlow> flow;
  auto model = [&]() -> const analysis::StageFlow& {
    if (!flow) flow = split::SharedStageFlowOf(context, final_stage);
    return *flow;
  };
  if (std::string volume = split::ProgramFromVolume(model()); !volume.empty()) {
    // A build container (dapper's ./scripts/entry): it builds the sources mounted from the host, which
    // another user may not be able to write.
    context.Report(where, fmt::format("{}; {}: a build environment that writes into the files mounted from the "
                                      "host, whose owner dockopt cannot know; add 'USER' with that owner's uid "
                                      "(not applied)",
                                      message, volume));
    return;
  }
  if (std::optional<std::string> unpacked = ArchiveUnpackedAboveWorkdir(df, chain)) {
    // nacos: `tar -xzvf nacos-server.tar.gz -C /home` under `WORKDIR /home/nacos`, whose start writes
    // conf/cluster.conf, logs/ and data/ inside the unpacked tree, which stays root's.
    context.Report(where, fmt::format("{}; the application's files come from an archive a RUN unpacks ({}) into "
                                      "the folder above the working directory: they stay root's, and the application "
                                      "may write among them (logs, data, its configuration): give them to the user "
                                      "('chown -R' in that RUN), then add 'USER' (not applied)",
                                      message, *unpacked));
    return;
  }
  if (ApplicationInRoot(df, chain)) {
    // No WORKDIR: the files sit in '/', where only root can create files (a SQLite database next to the code).
    context.Report(where, fmt::format("{}; the application's files are copied into '/' (no WORKDIR), where a "
                                      "non-root user cannot create the files it may write next to them: give it "
                                      "a WORKDIR the user owns, then add 'USER' (not applied)",
                                      message));
    return;
  }
  if (own && facts.program.empty() &&
      (own->kind == analysis::DefaultCommandKind::kRepl || own->kind == analysis::DefaultCommandKind::kShell) &&
      (WorkdirAt(df, chain, UINT32_MAX).empty() || WorkdirAt(df, chain, UINT32_MAX) == "/")) {
    // No command of its own on an image whose own is an interpreter or a shell: the program comes with
    // `docker run` (mlflow's `docker run ... mlflow server`), and what it writes next to itself (./mlruns)
    // goes into '/', where only root can create files.
    context.Report(where, fmt::format("{}; the file sets no command, so the image's own '{}' runs unless 'docker run' "
                                      "names the program, which then works in '/' (no WORKDIR), where a non-root "
                                      "user cannot create the files it writes there: give the image a WORKDIR the "
                                      "user owns, then add 'USER' (not applied)",
                                      message, fmt::join(own->Argv(), " ")));
    return;
  }
  if (const std::string server = KeepsDataInWorkdir(facts.argv);
      !server.empty() && (WorkdirAt(df, chain, UINT32_MAX).empty() || WorkdirAt(df, chain, UINT32_MAX) == "/")) {
    // Its data (redis's dump.rdb) goes into '/', where only root can create files: as another user every
    // save fails, and redis then refuses writes.
    context.Report(where, fmt::format("{}; '{}' keeps its data in its working directory, which is '/' (no WORKDIR), "
                                      "where only root can create files: give it a data folder the user owns, then "
                                      "add 'USER' (not applied)",
                                      message, server));
    return;
  }
  if (const std::string output = RelativeOutputArgument(facts.argv);
      !output.empty() && (WorkdirAt(df, chain, UINT32_MAX).empty() || WorkdirAt(df, chain, UINT32_MAX) == "/")) {
    // `cwl-runner --outdir results` with no WORKDIR writes /results: as another user it cannot create it.
    context.Report(where, fmt::format("{}; the command writes '{}' under its working directory, which is '/' (no "
                                      "WORKDIR), where only root can create files: give it a working folder the user "
                                      "owns, then add 'USER' (not applied)",
                                      message, output));
    return;
  }
  if (std::optional<std::string> setup = RootHomeSetUpByRun(df, chain)) {
    // /root is mode 0700, and the new user's HOME is elsewhere: what the image set up there is gone for it.
    context.Report(where, fmt::format("{}; {}, which the new user cannot reach (its HOME is elsewhere, and /root "
                                      "is private): set it up outside root's home before switching to a non-root "
                                      "user (not applied)",
                                      message, *setup));
    return;
  }
  if (facts.root_home) {
    context.Report(where, fmt::format("{}; '{}' puts what the image uses under /root, which other users cannot "
                                      "read: move it out of root's home before switching to a non-root user",
                                      message, *facts.root_home));
    return;
  }
  if (std::optional<std::string> volume =
          context.options().context_dir ? ComposeVolumeInRootHome(*context.options().context_dir) : std::nullopt) {
    // What the program writes under $HOME is kept in that volume; a new user's HOME is elsewhere.
    context.Report(where, fmt::format("{}; the compose file mounts a volume in root's home ({}), where the program "
                                      "keeps what it writes under $HOME: a non-root user's HOME is elsewhere, so "
                                      "that would no longer be kept: move the data out of root's home (or set "
                                      "HOME), then add 'USER' (not applied)",
                                      message, *volume));
    return;
  }
  if (!facts.low_port && !facts.sets_aspnet_port && AspNetListensOn80(image)) {
    context.Report(where, fmt::format("{}; '{}' sets ASPNETCORE_URLS=http://+:80, so the application listens on "
                                      "port 80, below 1024: set ASPNETCORE_URLS to a port from 1024 up (and publish "
                                      "that one) before adding 'USER' (not applied: the port clients reach changes)",
                                      message, image.Reference()));
    return;
  }
  if (!facts.low_port)
    if (std::optional<std::string> elsewhere = LowPortExposedElsewhere(df, StageChain(df, stage.from))) {
      // Nothing to move in the final stage: the rule names the port and applies nothing.
      context.Report(where, fmt::format("{}; the file exposes port '{}) below 1024, and the final stage exposes "
                                        "none of its own: if its program listens there, a non-root user needs "
                                        "CAP_NET_BIND_SERVICE or another port (not applied)",
                                        message, *elsewhere));
      return;
    }
  std::optional<PortMove> port_move;
  bool from_env = false;
  if (facts.low_port) {
    port_move = PlanEnvPortMove(context, final_stage);
    from_env = port_move.has_value();
    int low = std::atoi(facts.low_port->c_str());
    if (!port_move && low > 0) port_move = PlanCommandPortMove(context, final_stage, low);
  }
  if (port_move) {
    message += fmt::format("; it serves on {} {}, below 1024, which the fix moves to {}",
                           from_env ? "ENV PORT" : "its command's port", port_move->from, port_move->to);
  } else if (facts.low_port) {
    context.Report(where, fmt::format("{}; it exposes port '{}' below 1024, so a non-root user needs "
                                      "CAP_NET_BIND_SERVICE or another port",
                                      message, *facts.low_port));
    return;
  }

  std::optional<analysis::AppWritable> writable = WritableDirs(context, facts);
  if (writable && (!facts.workdir || *facts.workdir == "/" || FamilyOf(image) == BaseFamily::kDistroless ||
                   FamilyOf(image) == BaseFamily::kScratch)) {
    context.Report(where, fmt::format("{}; the {} server writes '{}' in its folder, which a non-root user must own: "
                                      "set a WORKDIR for the application and hand those folders to the user before "
                                      "'USER' (not applied)",
                                      message, writable->framework, fmt::join(writable->dirs, " ")));
    return;
  }
  if (FamilyOf(image) == BaseFamily::kDistroless || FamilyOf(image) == BaseFamily::kScratch) {
    // `WORKDIR /data` with nothing copied there: a folder made for the program's data (kanidm's database),
    // owned by root. With no shell to chown it, the new uid could not write where root did.
    const std::string workdir = WorkdirAt(df, chain, UINT32_MAX);
    if (!workdir.empty() && workdir != "/" && NothingCopiedInto(df, final_stage, workdir)) {
      context.Report(where, fmt::format("{}; its WORKDIR '{}' is an empty folder the stage makes, where the program "
                                        "keeps what it writes, and root owns it: with no shell in the image to hand "
                                        "it over, give the user that folder (a COPY --chown of an empty folder, or "
                                        "a volume it owns), then add 'USER' (not applied)",
                                        message, workdir));
      return;
    }
  }
  if (std::optional<std::string> script = StartScriptUnread(context, chain)) {
    // Checked last, as the weakest reason: an entrypoint script from the build context that dockopt could
    // not read. Whether it chowns, makes users or starts a daemon as root is unknown; a USER breaks each.
    context.Report(where, fmt::format("{}; the command starts '{}', which comes from the build context and "
                                      "dockopt could not read ({}): check that the start needs no root, then add "
                                      "'USER' (not applied)",
                                      message, *script,
                                      context.options().context_dir ? "it is not in the build context"
                                                                    : "run with --context to read it"));
    return;
  }
  const std::string& user_name = context.options().rules.user_name;  // configurable: [rules.DF301]
  const uint32_t uid = context.options().rules.user_uid;
  std::string nl(context.Newline());
  const ir::Instruction& from = df.instructions[stage.from];  // new lines follow its keyword case
  std::string user_kw = context.Keyword("USER", from), run_kw = context.Keyword("RUN", from);
  std::string lines, title;
  bool created_user = false;  // the fix adds useradd/adduser
  std::optional<std::string> reuse = facts.created;
  if (!reuse && !facts.maybe_created) reuse = OwnerTheStageChowns(df, chain);
  if (!reuse) reuse = ShippedUser(image);
  if (!reuse && facts.maybe_created) {
    // Reusing it may name a user that was never made; adding one may clash with it.
    context.Report(where, fmt::format("{}; a RUN creates a user only in a branch, loop or function, so dockopt "
                                      "cannot tell which user exists: add 'USER' for one that always does",
                                      message));
    return;
  }
  if (reuse && reuse == facts.created && facts.created_without_home && !EnvHome(df, chain))
    if (const std::string writer = WritesIntoHomeAtStart(facts.argv); !writer.empty()) {
      // HOME is the user's home folder, which nothing made: the program's first write there fails.
      context.Report(where, fmt::format("{}; the user '{}' the stage makes has no home folder (made without "
                                        "--create-home), and '{}' writes into HOME at start: make its home, then add "
                                        "'USER' (not applied)",
                                        message, *reuse, writer));
      return;
    }
  if (reuse) {
    lines = fmt::format("{} {}{}", user_kw, *reuse, nl);
    title = fmt::format("switch to user '{}'", *reuse);
  } else {
    switch (FamilyOf(image)) {
      // The stage made folders writable for the root group (OpenShift's arbitrary uid): the user joins it.
      case BaseFamily::kDebian:
      case BaseFamily::kRedHat:
        lines = fmt::format("{} useradd --create-home --uid {}{} {}{}", run_kw, uid,
                            WritableForRootGroup(df, chain) ? " --gid 0" : "", user_name, nl);
        break;
      case BaseFamily::kAlpine:
        lines = fmt::format("{} adduser -D -u {}{} {}{}", run_kw, uid, WritableForRootGroup(df, chain) ? " -G root" : "",
                            user_name, nl);
        break;
      case BaseFamily::kDistroless:
        reuse = std::string(kDistrolessUid);
        break;
      case BaseFamily::kScratch:
        // No user database: a numeric uid:gid needs none. COPY keeps the files root-owned with their
        // modes, so the program can still read and run them; only writes to its own folders can fail.
        reuse = fmt::format("{0}:{0}", uid);
        break;
      case BaseFamily::kUnknown:
        context.Report(where, fmt::format("{}; create a user with the base image's tools and add 'USER' before "
                                          "the command",
                                          message));
        return;
    }
    if (reuse) {
      lines = fmt::format("{} {}{}", user_kw, *reuse, nl);
      title = FamilyOf(image) == BaseFamily::kScratch
                  ? fmt::format("switch to the numeric user {} (scratch has no user database)", *reuse)
                  : fmt::format("switch to the distroless 'nonroot' user ({})", *reuse);
    } else {
      lines += fmt::format("{} {}{}", user_kw, user_name, nl);
      title = fmt::format("create user '{}' (uid {}) and switch to it", user_name, uid);
      created_user = true;
    }
  }
  // Empty folders the stage made for its program to fill (a database's folder, uploads), also when a
  // split copies them from its builder: the user must own them, or its first write fails.
  std::vector<std::string> data_dirs;
  if (FamilyOf(image) != BaseFamily::kDistroless && FamilyOf(image) != BaseFamily::kScratch)
    data_dirs = RunTimeDataDirs(context, model(), final_stage, facts.volumes);
  bool at_end = false;
  uint32_t at = InsertionPoint(df, stage, writable || !data_dirs.empty(), at_end);
  Edits edits = port_move ? std::move(port_move->edits) : Edits{};
  // Where root could create files (its WORKDIR, the folders the stage made), the new user must be able
  // to: it owns those folders (not what is in them). Only on images with a shell to run chown.
  const BaseFamily family = FamilyOf(image);
  const bool has_shell = family == BaseFamily::kDebian || family == BaseFamily::kRedHat || family == BaseFamily::kAlpine;
  // A volume starts as a copy of the image's folder, owner included: the user must own it to write
  // there, and all of it when the stage put files there (the program keeps its data among them).
  // A user the stage itself makes before its first VOLUME is there to own it by name.
  const bool made_before_volume = facts.created && reuse == facts.created && facts.created_at && facts.first_volume &&
                                  *facts.created_at < *facts.first_volume;
  std::optional<std::string> owner = created_user ? std::optional<std::string>(std::to_string(uid))
                                     : (reuse == "node" && ShippedUser(image) == "node") || made_before_volume
                                         ? reuse
                                         : std::nullopt;
  std::vector<std::string> seeded;
  if (owner && facts.first_volume) seeded = SeededVolumes(model(), facts.volumes, *facts.first_volume);
  auto in_seeded = [&](const std::string& path) {
    return std::any_of(seeded.begin(), seeded.end(), [&](const std::string& v) { return analysis::IsUnder(path, v); });
  };
  std::vector<std::string> folders;
  if (has_shell && (created_user || reuse))
    for (std::string& folder : FoldersToOwn(df, chain, at))
      if (std::find(facts.volumes.begin(), facts.volumes.end(), folder) == facts.volumes.end() && !in_seeded(folder))
        folders.push_back(std::move(folder));
  // The folder the start script moves into is the program's working folder, as a WORKDIR is.
  if (has_shell && (created_user || reuse))
    if (std::optional<std::string> start_text = StartText(context, chain))
      if (std::optional<std::string> folder = StartFolderToOwn(df, chain, *start_text, at))
        if (std::find(folders.begin(), folders.end(), *folder) == folders.end() &&
            std::find(facts.volumes.begin(), facts.volumes.end(), *folder) == facts.volumes.end() && !in_seeded(*folder))
          folders.push_back(std::move(*folder));
  std::erase_if(data_dirs, [&](const std::string& dir) {
    return std::find(folders.begin(), folders.end(), dir) != folders.end();
  });
  if (std::optional<std::string> home = EnvHome(df, chain)) {
    // The file points HOME somewhere on purpose: what the program keeps in HOME (Erlang's cookie,
    // caches, settings) is written there at start, so the user must be able to create files in it.
    auto under = [&](const std::vector<std::string>& dirs) {
      return std::any_of(dirs.begin(), dirs.end(), [&](const std::string& d) { return analysis::IsUnder(*home, d); });
    };
    const std::string workdir = WorkdirAt(df, chain, at);
    std::vector<std::string> framework_dirs;
    if (writable)
      for (const std::string& dir : writable->dirs) framework_dirs.push_back(analysis::Join(workdir, dir));
    const bool owned = std::find(folders.begin(), folders.end(), *home) != folders.end() || under(data_dirs) ||
                       under(framework_dirs) || in_seeded(*home) ||
                       (owner && std::find(facts.volumes.begin(), facts.volumes.end(), *home) != facts.volumes.end()) ||
                       analysis::IsUnder(*home, "/tmp") || StageGivesHome(df, chain, *home);
    if (!owned) {
      context.Report(where, fmt::format("{}; 'ENV HOME' is '{}', which root owns and the new user would not: "
                                        "programs write into HOME at start (Erlang's cookie, caches), so give the "
                                        "user that folder first, then add 'USER' (not applied)",
                                        message, *home));
      return;
    }
  }
  const std::string who = created_user ? std::to_string(uid) : reuse.value_or("");
  // The XDG folders the file points the program at (settings, data, caches): made and given to the user,
  // as root's program would have made them at first use. Not under /tmp, nor where a volume or a folder
  // already handed over lies, nor where a RUN gives them away.
  std::vector<std::string> xdg_dirs;
  for (std::string& dir : EnvXdgDirs(df, chain)) {
    auto covered = [&](const std::vector<std::string>& dirs) {
      return std::any_of(dirs.begin(), dirs.end(), [&](const std::string& d) { return analysis::IsUnder(dir, d); });
    };
    if (analysis::IsUnder(dir, "/tmp") || covered(folders) || covered(data_dirs) || covered(facts.volumes) ||
        in_seeded(dir) || StageGivesHome(df, chain, dir))
      continue;
    if (!has_shell || who.empty()) {
      context.Report(where, fmt::format("{}; an 'ENV XDG_...' points the program at '{}', which the new user could "
                                        "neither create nor write: give the user that folder first, then add "
                                        "'USER' (not applied)",
                                        message, dir));
      return;
    }
    xdg_dirs.push_back(std::move(dir));
  }
  std::vector<std::string> steps;  // the commands that hand the folders over, joined into one RUN
  if (!xdg_dirs.empty()) {
    steps.push_back(fmt::format("mkdir -p {0} && chown {1} {0}", fmt::join(xdg_dirs, " "), who));
    title += fmt::format(", giving it the folder{} its 'ENV XDG_...' name{} ('{}')", xdg_dirs.size() == 1 ? "" : "s",
                         xdg_dirs.size() == 1 ? "s" : "", fmt::join(xdg_dirs, " "));
  }
  std::vector<size_t> chowned_copies;  // the COPY/ADDs given --chown
  if (!folders.empty()) {
    // The files copied into its WORKDIR too (--chown costs nothing: COPY writes them anyway). A created
    // user is named by uid, since the COPY runs before the useradd.
    const bool workdir_owned = std::find(folders.begin(), folders.end(), WorkdirAt(df, chain, at)) != folders.end();
    if (workdir_owned && (created_user || ShippedUser(image) == reuse)) {
      for (size_t i : CopiesIntoFolder(df, final_stage, WorkdirAt(df, chain, at), at)) {
        const ir::Instruction& copy = df.instructions[i];
        edits.push_back({Span{copy.keyword.end, copy.keyword.end}, fmt::format(" --chown={}", who)});
        chowned_copies.push_back(i);
      }
    }
    steps.push_back(fmt::format("chown {} {}", who, fmt::join(folders, " ")));
    title += fmt::format(", owning '{}'", fmt::join(folders, " "));
  }
  if (has_shell && (writable || !data_dirs.empty())) {
    // The framework's server writes these folders of its tree (the user gets them, as the framework's
    // own container recipe does), and the run-time data folders may hold files already: recursive.
    std::vector<std::string> owned;
    if (writable) {
      std::string dirs = fmt::format("{}", fmt::join(writable->dirs, " "));
      steps.push_back(fmt::format("mkdir -p {}", dirs));
      title += fmt::format(", giving it the {} folders it writes ('{}')", writable->framework, dirs);
      owned = writable->dirs;
    }
    if (!data_dirs.empty())
      title += fmt::format(", giving it the {} the stage makes for run-time data ('{}')",
                           data_dirs.size() == 1 ? "folder" : "folders", fmt::join(data_dirs, " "));
    owned.insert(owned.end(), data_dirs.begin(), data_dirs.end());
    steps.push_back(fmt::format("chown -R {} {}", who, fmt::join(owned, " ")));
  }
  // Made before the VOLUME, since a builder may discard what a later step changes in it.
  if (owner && facts.first_volume) {
    std::string paths = fmt::format("{}", fmt::join(facts.volumes, " "));
    std::vector<std::string> empty;
    for (const std::string& v : facts.volumes)
      if (std::find(seeded.begin(), seeded.end(), v) == seeded.end()) empty.push_back(v);
    std::string chowns;
    if (!empty.empty()) chowns += fmt::format(" && chown {} {}", *owner, fmt::join(empty, " "));
    if (!seeded.empty()) chowns += fmt::format(" && chown -R {} {}", *owner, fmt::join(seeded, " "));
    // What a COPY puts into a volume after its VOLUME (a split's `COPY --from=builder` of the tree) is
    // the volume's content too: it comes owned by the user, as the chown before the VOLUME cannot do.
    for (const std::string& v : facts.volumes)
      for (size_t i : CopiesIntoFolder(df, final_stage, v, UINT32_MAX)) {
        if (i <= *facts.first_volume || std::find(chowned_copies.begin(), chowned_copies.end(), i) != chowned_copies.end())
          continue;
        const ir::Instruction& copy = df.instructions[i];
        edits.push_back({Span{copy.keyword.end, copy.keyword.end}, fmt::format(" --chown={}", *owner)});
        chowned_copies.push_back(i);
      }
    const ir::Instruction& volume = df.instructions[*facts.first_volume];
    if (volume.MoveSpan().begin >= at)  // after the new USER: handed over with the folders, as root
      steps.push_back(fmt::format("mkdir -p {}{}", paths, chowns));
    else
      edits.push_back({Span{volume.MoveSpan().begin, volume.MoveSpan().begin},
                       fmt::format("{} mkdir -p {}{}{}", run_kw, paths, chowns, nl)});
    title += fmt::format(", owning {} '{}'{}", facts.volumes.size() == 1 ? "the volume" : "the volumes", paths,
                         seeded.empty() ? "" : fmt::format(" (with the files the stage put in '{}')", fmt::join(seeded, " ")));
  }
  if (!steps.empty()) {
    const std::string handover = fmt::format("{}", fmt::join(steps, " && "));
    if (created_user)
      lines.insert(lines.find(nl), " && " + handover);  // after the useradd/adduser, which the chown needs
    else
      lines = fmt::format("{} {}{}{}", run_kw, handover, nl, lines);
  }
  if (at_end) {
    std::string_view before = context.Text(Span{0, at});
    if (!before.ends_with('\n')) lines = nl + lines;
  }
  if (port_move)
    title += fmt::format(" and serve on port {} instead of {} (publish {})", port_move->to, port_move->from, port_move->to);
  edits.push_back({Span{at, at}, lines});
  context.Report(where, message, Fix{title, Safety::kUnsafe, std::move(edits)});
}

DOCKOPT_RULE(DF301, "non-root-user", "the final stage switches to a non-root user before its command",
             Safety::kUnsafe, CheckNonRootUser);

}  // namespace dockopt
