// `dockopt context`: measure the build context, check COPY/ADD sources, and fix .dockerignore.
#include <fmt/core.h>
#include <sys/stat.h>

#include <boost/program_options.hpp>
#include <iostream>
#include <optional>

#include "analysis/copy_sources.h"
#include "cli/commands.h"
#include "cli/file_io.h"
#include "cli/parse_options.h"
#include "context/analyze.h"
#include "context/fix.h"
#include "context/report.h"
#include "context/size.h"
#include "emitter/render_diagnostic.h"
#include "parser/parse.h"

namespace dockopt::cli {
namespace {

namespace po = boost::program_options;

struct ContextOptions {
  std::string dir = ".";
  std::string dockerfile;
  size_t top = 10;
  std::string format = "text";
  std::optional<uint64_t> max_size;
  bool fix = false;
};

po::options_description Visible() {
  po::options_description options("options");
  options.add_options()
      ("file,f", po::value<std::string>()->value_name("DOCKERFILE"), "the Dockerfile (default: DIR/Dockerfile)")
      ("top", po::value<size_t>()->value_name("N"), "how many largest files and directories to list (default 10)")
      ("format", po::value<std::string>()->value_name("text|json"), "output format (default text)")
      ("max-size", po::value<std::string>()->value_name("SIZE"),
       "exit 1 if the context is larger than SIZE (e.g. 10MB, 500k, 1G; powers of 1024)")
      ("fix", "add ignore patterns for the bloat found, keeping every COPY/ADD source")
      ("help,h", "show this help");
  return options;
}

// Parses the arguments; returns an exit code if the command should stop now.
std::optional<int> ParseArgs(const Args& args, ContextOptions& options) {
  po::options_description all = Visible();
  std::vector<std::string> dirs;
  all.add_options()("dir", po::value<std::vector<std::string>>(&dirs));
  po::positional_options_description positional;
  positional.add("dir", -1);
  po::variables_map vm;
  if (!ParseCommandLine("context", args, all, positional, vm)) return kExitBadInput;
  if (vm.count("help")) {
    PrintContextHelp();
    return kExitOk;
  }
  if (dirs.size() > 1) {
    fmt::print(stderr, "dockopt context: expected one context directory, got {}\n", dirs.size());
    return kExitBadInput;
  }
  if (!dirs.empty()) options.dir = dirs.front();
  while (options.dir.size() > 1 && options.dir.back() == '/') options.dir.pop_back();
  options.dockerfile = vm.count("file") ? vm["file"].as<std::string>() : options.dir + "/Dockerfile";
  if (vm.count("top")) options.top = vm["top"].as<size_t>();
  if (vm.count("format")) options.format = vm["format"].as<std::string>();
  if (options.format != "text" && options.format != "json") {
    fmt::print(stderr, "dockopt context: unknown format '{}' (expected 'text' or 'json')\n", options.format);
    return kExitBadInput;
  }
  if (vm.count("max-size")) {
    const std::string text = vm["max-size"].as<std::string>();
    options.max_size = context::ParseSize(text);
    if (!options.max_size) {
      fmt::print(stderr, "dockopt context: bad size '{}' (expected e.g. '10MB', '500k', '1G')\n", text);
      return kExitBadInput;
    }
  }
  options.fix = vm.count("fix") > 0;
  return std::nullopt;
}

// Reads and parses the Dockerfile; prints diagnostics and returns false on errors.
bool LoadCopySources(const std::string& path, std::vector<context::CopySource>& out) {
  std::string bytes, error;
  if (!ReadInput(path, bytes, error)) {
    fmt::print(stderr, "dockopt context: {}\n", error);
    return false;
  }
  const SourceBuffer source(path, std::move(bytes));
  const ParseResult result = Parse(source);
  for (const Diagnostic& d : result.diagnostics)
    if (d.severity == Severity::kError) fmt::print(stderr, "{}", RenderDiagnostic(source, d));
  if (!result.dockerfile) return false;
  out = analysis::ContextCopySources(*result.dockerfile);
  return true;
}

int PrintFix(const context::ContextReport& report, const context::FixPlan& plan, const ContextOptions& options) {
  if (options.format == "json") {
    nlohmann::json doc = context::RenderJson(report, {options.top, options.max_size});
    doc["fix"] = {{"file", report.ignore.path},      {"changed", plan.changed},
                  {"added", plan.added},             {"skipped", plan.skipped},
                  {"notes", plan.notes},             {"before_bytes", plan.before_bytes},
                  {"before_files", plan.before_files}, {"after_bytes", plan.after_bytes},
                  {"after_files", plan.after_files}};
    fmt::print("{}\n", doc.dump(2));
  } else {
    fmt::print("context before: {} in {} files\n", context::FormatSize(plan.before_bytes), plan.before_files);
    fmt::print("context after:  {} in {} files\n", context::FormatSize(plan.after_bytes), plan.after_files);
    if (plan.changed) {
      fmt::print("\nadded to {}:\n", report.ignore.path);
      for (const std::string& line : plan.added) fmt::print("  {}\n", line);
    } else {
      fmt::print("\nno change: {} already excludes the bloat found\n", report.ignore.path);
    }
    for (const std::string& note : plan.notes) fmt::print("note: {}\n", note);
    for (const std::string& skipped : plan.skipped) fmt::print("skipped: {}\n", skipped);
    fmt::print("every COPY/ADD source is still found after the change ({} checked)\n", plan.after_checks.size());
  }
  return options.max_size && plan.after_bytes > *options.max_size ? kExitFindings : kExitOk;
}

}  // namespace

void PrintContextHelp() {
  fmt::print("usage: dockopt context [DIR] [-f DOCKERFILE] [--top N] [--format text|json] [--max-size SIZE] [--fix]\n\n");
  std::cout << Visible();
  fmt::print("\nMeasures what `docker build DIR` would send (honouring DOCKERFILE.dockerignore or DIR/.dockerignore),\n"
             "lists the largest files and directories and known bloat, and checks every COPY/ADD source.\n"
             "exit codes: 0 fine, 1 context larger than --max-size, 2 error (unreadable path, missing Dockerfile,\n"
             "bad pattern, COPY/ADD source missing or excluded); with 2 nothing is written.\n"
             "See docs/context.md.\n");
}

int RunContext(const Args& args) {
  ContextOptions options;
  if (auto exit = ParseArgs(args, options)) return *exit;
  struct stat st {};
  if (::stat(options.dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    fmt::print(stderr, "dockopt context: cannot read context directory '{}': {}\n", options.dir,
               ::stat(options.dir.c_str(), &st) != 0 ? std::strerror(errno) : "Not a directory");
    return kExitBadInput;
  }
  context::ContextRequest request{options.dir, options.dockerfile, {}, std::nullopt};
  if (!LoadCopySources(options.dockerfile, request.copy_sources)) return kExitBadInput;
  context::ContextReport report;
  std::string error;
  if (!context::AnalyzeContext(request, report, error)) {
    fmt::print(stderr, "{}\n", error);
    return kExitBadInput;
  }
  const auto copy_errors = context::CopySourceErrors(report);
  if (options.fix) {
    if (!copy_errors.empty()) {
      for (const std::string& e : copy_errors) fmt::print(stderr, "{}\n", e);
      fmt::print(stderr, "dockopt context: fix the COPY/ADD sources first; nothing written\n");
      return kExitBadInput;
    }
    context::FixPlan plan;
    if (!context::PlanFix(request, report, plan, error)) {
      fmt::print(stderr, "{}\n", error);
      return kExitBadInput;
    }
    if (plan.changed && !WriteFileAtomic(report.ignore.path, plan.new_text, error)) {
      fmt::print(stderr, "dockopt context: {}\n", error);
      return kExitBadInput;
    }
    return PrintFix(report, plan, options);
  }
  const context::ReportOptions report_options{options.top, options.max_size};
  if (options.format == "json")
    fmt::print("{}\n", context::RenderJson(report, report_options).dump(2));
  else
    fmt::print("{}", context::RenderText(report, report_options));
  std::fflush(stdout);
  for (const std::string& e : copy_errors) fmt::print(stderr, "{}\n", e);
  if (!copy_errors.empty()) return kExitBadInput;
  if (options.max_size && report.walk.total_bytes > *options.max_size) return kExitFindings;
  return kExitOk;
}

}  // namespace dockopt::cli
