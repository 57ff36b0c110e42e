// `dockopt verify`: wires the command line to verify::Verify; the logic lives in verify/.
#include <fmt/core.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "verify/optimize_bridge.h"
#include "verify/render_json.h"
#include "verify/render_text.h"
#include "verify/verify.h"

namespace dockopt::cli {

namespace {

namespace po = boost::program_options;

struct VerifyFlags {
  std::string dockerfile = "Dockerfile";
  std::string context;
  std::string optimized;
  bool unsafe = false;
  std::vector<std::string> select, ignore, assume_rules;
  std::string builder = "auto";
  std::vector<std::string> smoke;
  std::string rebuild_touch;
  bool layer_cache = false;
  std::string format = "text";
  bool keep = false;
  bool help = false;
};

po::options_description Options(VerifyFlags& f) {
  po::options_description options("options");
  options.add_options()
      ("file,f", po::value(&f.dockerfile), "the Dockerfile to verify (default: Dockerfile)")
      ("context", po::value(&f.context), "build context folder (default: the Dockerfile's folder)")
      ("optimized", po::value(&f.optimized), "compare with this Dockerfile instead of optimizing in memory")
      ("unsafe", po::bool_switch(&f.unsafe), "also apply unsafe fixes when optimizing in memory")
      ("select", po::value(&f.select)->composing(), "only these rule IDs (comma-separated, repeatable)")
      ("ignore", po::value(&f.ignore)->composing(), "skip these rule IDs (comma-separated, repeatable)")
      ("assume-rules", po::value(&f.assume_rules)->composing(),
       "with --optimized: rule IDs or names the file applies, so their changes (USER, base ENV) are allowed")
      ("builder", po::value(&f.builder), "auto|buildah|podman|docker (default: auto, the first usable)")
      ("smoke", po::value(&f.smoke)->composing(),
       "command to run in both images as their user and compare (repeatable; shell form, or a JSON array)")
      ("rebuild-touch", po::value(&f.rebuild_touch), "also time a rebuild after editing this context file")
      ("layer-cache", po::bool_switch(&f.layer_cache),
       "let both builds reuse cached layers (faster; default: every step runs, so build times are real)")
      ("format", po::value(&f.format), "text|json (default: text)")
      ("keep", po::bool_switch(&f.keep), "keep the images and the temporary folder")
      ("help,h", po::bool_switch(&f.help), "show this help");
  return options;
}

int Usage(const std::string& message) {
  fmt::print(stderr, "dockopt verify: {}\n(see 'dockopt help verify')\n", message);
  return kExitBadInput;
}

// "DF101,DF102" and repeated flags alike, to one list.
std::vector<std::string> SplitCommas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& value : values) {
    size_t begin = 0;
    while (begin <= value.size()) {
      size_t end = std::min(value.find(',', begin), value.size());
      if (end > begin) out.push_back(value.substr(begin, end - begin));
      begin = end + 1;
    }
  }
  return out;
}

void Progress(const std::string& line) { fmt::print(stderr, "verify: {}\n", line); }

}  // namespace

void PrintVerifyHelp() {
  VerifyFlags flags;
  std::ostringstream options;
  options << Options(flags);
  fmt::print(
      "usage: dockopt verify [-f Dockerfile] [--context DIR] [--optimized FILE] [--unsafe]\n"
      "                      [--builder auto|docker|podman|buildah] [--smoke 'CMD']... [--rebuild-touch PATH]\n"
      "                      [--layer-cache] [--format text|json] [--keep]\n\n"
      "Builds the original and the optimized Dockerfile from copies of the same context, one layer per\n"
      "instruction, and compares them: build, size, layers, user, ENTRYPOINT/CMD, EXPOSE, WORKDIR, ENV,\n"
      "smoke commands. The images are removed afterwards unless --keep.\n\n{}\n"
      "exit codes: 0 all checks hold, 1 a check failed, 2 cannot run (no builder, the original does not\n"
      "build, bad arguments). See docs/verify.md.\n",
      options.str());
}

int RunVerify(const Args& args) {
  VerifyFlags f;
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(Options(f)).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return Usage(e.what());
  }
  if (f.help) {
    PrintVerifyHelp();
    return kExitOk;
  }
  if (f.format != "text" && f.format != "json") return Usage("--format must be text or json");
  bool builder_ok = true;
  auto builder = verify::ParseBuilderName(f.builder, builder_ok);
  if (!builder_ok) return Usage("--builder must be auto, buildah, podman or docker");

  verify::VerifyOptions options;
  std::string error;
  options.dockerfile_path = f.dockerfile;
  if (!ReadInput(f.dockerfile, options.original_text, error)) return Usage(error);
  options.context_dir = !f.context.empty() ? f.context
                        : std::filesystem::path(f.dockerfile).has_parent_path()
                            ? std::filesystem::path(f.dockerfile).parent_path().string()
                            : ".";
  if (!f.optimized.empty()) {
    if (!ReadInput(f.optimized, options.optimized_text, error)) return Usage(error);
    options.optimized_from = f.optimized;
    options.applied_rules = SplitCommas(f.assume_rules);
  } else {
    OptimizeOptions rule_flags{.unsafe = f.unsafe, .select = SplitCommas(f.select),
                               .ignore = SplitCommas(f.ignore), .context_dir = options.context_dir, .rules = {}};
    verify::OptimizedText optimized = verify::OptimizeInMemory(f.dockerfile, options.original_text, rule_flags);
    if (!optimized.ok) {
      fmt::print(stderr, "dockopt verify: cannot optimize {}:\n{}\n", f.dockerfile, optimized.error);
      return kExitBadInput;
    }
    options.optimized_text = std::move(optimized.text);
    options.applied_rules = std::move(optimized.applied_rules);
    options.applied_rule_names = std::move(optimized.applied_rule_names);
    options.optimized_from = f.unsafe ? "in-memory optimize --unsafe" : "in-memory optimize";
  }
  options.builder = builder;
  options.smoke = f.smoke;
  if (!f.rebuild_touch.empty()) options.rebuild_touch = f.rebuild_touch;
  options.layer_cache = f.layer_cache;
  options.keep = f.keep;

  verify::VerifyReport report = verify::Verify(options, Progress);
  std::string rendered = f.format == "json" ? verify::RenderJson(report) : verify::RenderText(report);
  fmt::print("{}", rendered);
  std::fflush(stdout);
  if (report.exit_code == verify::kVerifyCannotRun && f.format == "json")
    fmt::print(stderr, "dockopt verify: cannot verify: {}\n", report.error);
  return report.exit_code;
}

}  // namespace dockopt::cli
