// `dockopt optimize`: rewrite Dockerfiles (stdout, -o, -i), show a diff, or check, on all cores.
#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/program_options.hpp>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/context_migration.h"
#include "cli/file_io.h"
#include "cli/file_policy.h"
#include "cli/find_dockerfiles.h"
#include "cli/parse_options.h"
#include "cli/review_output.h"
#include "emitter/render_diagnostic.h"
#include "emitter/render_report.h"
#include "emitter/unified_diff.h"
#include "transforms/optimize.h"
#include "transforms/rule.h"

namespace dockopt::cli {
namespace {

namespace po = boost::program_options;

struct Settings {
  std::vector<std::string> files;
  std::string output;
  bool in_place = false, diff = false, check = false, quiet = false;
  bool fix_context = false;  // -i also writes the .dockerignore the context needs (see ReadSettings)
  int jobs = 0;
  bool color = false;
  PolicyArgs policy_args;  // the command line's rule settings; config files fill in the rest
  Policies policies;
  ReviewSettings review;
  // Report mode: --check or a machine format; no Dockerfile goes to stdout.
  bool report_mode() const { return check || review.machine(); }
};

// What one file produced; printed in input order once all files are done.
struct FileOutcome {
  std::string stdout_text, stderr_text;
  std::string findings_text;  // the text format's findings (stderr, or --output-file)
  int exit_code = kExitOk;
  std::unique_ptr<SourceBuffer> source;  // kept for the review formats
  FileReview review;
};

po::options_description Visible() {
  po::options_description options("options");
  options.add_options()
      (",o", po::value<std::string>()->value_name("OUT"), "write the optimized Dockerfile to OUT (one input only)")
      (",i", "rewrite each file in place (atomically, keeping its mode), only if something changed")
      ("diff", "print a unified diff per file instead of the optimized Dockerfile")
      ("check", "write nothing; exit 1 if any file would change")
      ("select", po::value<std::string>()->value_name("IDS"), "run only these rules (comma-separated IDs)")
      ("ignore", po::value<std::string>()->value_name("IDS"), "skip these rules (comma-separated IDs)")
      ("unsafe", "also apply fixes marked unsafe (they may change what the image does)")
      ("context", po::value<std::string>()->value_name("DIR"),
       "the build context: lets rules read manifests and prove more fixes safe")
      ("fix-context", "with -i and --context: also write the .dockerignore the context needs (on by default with --unsafe)")
      ("no-fix-context", "with -i --unsafe --context: leave the .dockerignore alone")
      ("recursive,r", "FILE arguments that are directories: optimize every Dockerfile below them (skips .git and "
                      "what .gitignore files exclude)")
      (",j", po::value<int>()->value_name("N"), "files processed in parallel (default: all cores)")
      ("color", po::value<std::string>()->value_name("WHEN")->default_value("auto"), "auto, always or never")
      ("quiet,q", "do not print findings");
  AddReviewOptions(options);
  AddConfigOptions(options);
  options.add_options()("help,h", "show this help");
  return options;
}

std::vector<std::string> SplitIds(const std::string& list) {
  std::vector<std::string> ids;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string id = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!id.empty()) ids.push_back(id);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return ids;
}

FileOutcome OptimizeOne(const std::string& path, const Settings& settings) {
  FileOutcome outcome;
  std::string bytes, error;
  if (!ReadInput(path, bytes, error)) {
    outcome.stderr_text = fmt::format("dockopt: error: {}\n", error);
    outcome.exit_code = kExitBadInput;
    return outcome;
  }
  std::string name = path == "-" ? "<stdin>" : path;
  outcome.source = std::make_unique<SourceBuffer>(name, std::move(bytes));
  const SourceBuffer& source = *outcome.source;
  FilePolicy policy = settings.policies.For(path);
  OptimizeResult result = Optimize(source, policy.optimize);
  for (const Diagnostic& d : result.errors) outcome.stderr_text += RenderDiagnostic(source, d);
  if (!result.ok()) {
    outcome.exit_code = kExitBadInput;
    return outcome;
  }
  outcome.review = {&source, {}, result.changed};
  for (const Report& report : result.reports) outcome.review.findings.push_back({report, policy.LevelOf(report)});
  if (!FilterToChangedLines(settings.review, path, outcome.review, error)) {
    outcome.stderr_text += fmt::format("dockopt: error: {}\n", error);
    outcome.exit_code = kExitBadInput;
    return outcome;
  }
  if (!settings.quiet && !settings.review.machine())
    for (const ReviewFinding& finding : outcome.review.findings)
      outcome.findings_text += RenderReport(source, finding.report, settings.color);
  if (settings.report_mode()) {
    if (settings.check && !settings.review.machine() && result.changed)
      outcome.stdout_text = fmt::format("{}: would be rewritten\n", name);
  } else if (settings.diff) {
    outcome.stdout_text = UnifiedDiff(source.text(), result.output,
                                      {(name.starts_with("/") ? "a" : "a/") + name, (name.starts_with("/") ? "b" : "b/") + name, settings.color});
  } else if (settings.in_place && settings.fix_context) {
    outcome.exit_code = MigrateInPlace(path, std::string(source.text()), result, *policy.optimize.context_dir,
                                       policy.optimize.unsafe, outcome.stderr_text);
  } else if (settings.in_place) {
    if (result.changed && !WriteFileAtomic(path, result.output, error)) {
      outcome.stderr_text += fmt::format("dockopt: error: {}\n", error);
      outcome.exit_code = kExitBadInput;
    }
  } else if (!settings.output.empty()) {
    if (!WriteFileAtomic(settings.output, result.output, error)) {
      outcome.stderr_text += fmt::format("dockopt: error: {}\n", error);
      outcome.exit_code = kExitBadInput;
    }
  } else {
    outcome.stdout_text = std::move(result.output);
  }
  return outcome;
}

// The first pair of options that cannot go together, or "".
std::string ConflictingOptions(const Settings& settings) {
  int modes = settings.in_place + settings.diff + settings.check + !settings.output.empty();
  const PolicyArgs& policy = settings.policy_args;
  if (modes > 1) return "use only one of -o, -i, --diff and --check";
  if (settings.files.size() > 1 && modes == 0 && !settings.review.machine())
    return "several files need -i, --diff, --check or a machine --format";
  if (!settings.output.empty() && settings.files.size() > 1) return "-o takes one input file";
  if (settings.in_place && std::find(settings.files.begin(), settings.files.end(), "-") != settings.files.end())
    return "-i cannot rewrite standard input";
  if (settings.diff && settings.review.machine() && settings.review.output_file.empty())
    return "--diff and a machine --format both write to stdout: add --output-file";
  if (policy.config_file && policy.no_config) return "use only one of --config and --no-config";
  return "";
}

// -r: replaces each directory in `files` by the Dockerfiles below it. False (with `exit_code` set)
// when one cannot be read, or when no Dockerfile is left (a warning, exit 0).
bool ExpandDirectories(std::vector<std::string>& files, int& exit_code) {
  std::vector<std::string> expanded;
  for (const std::string& file : files) {
    std::error_code ec;
    if (file == "-" || !std::filesystem::is_directory(file, ec)) {
      expanded.push_back(file);
      continue;
    }
    std::string error;
    if (!FindDockerfiles(file, expanded, error)) {
      fmt::print(stderr, "dockopt: error: {}\n", error);
      exit_code = kExitBadInput;
      return false;
    }
  }
  if (expanded.empty()) {
    fmt::print(stderr, "dockopt optimize: warning: no Dockerfiles found\n");
    exit_code = kExitOk;
    return false;
  }
  files = std::move(expanded);
  return true;
}

bool ReadSettings(const Args& args, Settings& settings, int& exit_code) {
  po::options_description all = Visible();
  all.add_options()("file", po::value<std::vector<std::string>>(&settings.files));
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (!ParseCommandLine("optimize", args, all, positional, vm)) {
    exit_code = kExitBadInput;
    return false;
  }
  if (vm.count("help")) {
    PrintOptimizeHelp();
    exit_code = kExitOk;
    return false;
  }
  if (vm.count("-o")) settings.output = vm["-o"].as<std::string>();
  settings.in_place = vm.count("-i") > 0;
  settings.diff = vm.count("diff") > 0;
  settings.check = vm.count("check") > 0;
  settings.quiet = vm.count("quiet") > 0;
  std::string problem;
  ReadReviewSettings(vm, settings.review, problem);
  PolicyArgs& policy = settings.policy_args;
  policy.unsafe = vm.count("unsafe") > 0;
  if (vm.count("select")) policy.select = SplitIds(vm["select"].as<std::string>());
  if (vm.count("ignore")) policy.ignore = SplitIds(vm["ignore"].as<std::string>());
  if (vm.count("context")) policy.context_dir = vm["context"].as<std::string>();
  if (vm.count("config")) policy.config_file = vm["config"].as<std::string>();
  policy.no_config = vm.count("no-config") > 0;
  settings.jobs = vm.count("-j") ? vm["-j"].as<int>() : static_cast<int>(std::thread::hardware_concurrency());
  std::string color = vm["color"].as<std::string>();
  if (color != "auto" && color != "always" && color != "never") {
    fmt::print(stderr, "dockopt optimize: --color takes auto, always or never\n");
    exit_code = kExitBadInput;
    return false;
  }
  settings.color = color == "always" || (color == "auto" && isatty(STDOUT_FILENO) && isatty(STDERR_FILENO));
  if (settings.files.empty()) settings.files.push_back("-");
  if (vm.count("recursive") && !ExpandDirectories(settings.files, exit_code)) return false;
  if (problem.empty()) problem = ConflictingOptions(settings);
  // The one-shot migration: `-i --unsafe --context DIR` also fixes the context (one Dockerfile per context).
  const bool explicit_fix = vm.count("fix-context") > 0;
  settings.fix_context = explicit_fix || (settings.in_place && policy.unsafe && policy.context_dir &&
                                          settings.files.size() == 1 && vm.count("no-fix-context") == 0);
  if (explicit_fix && (!settings.in_place || !policy.context_dir || settings.files.size() != 1))
    problem = "--fix-context needs -i, --context DIR and one Dockerfile";
  if (explicit_fix && vm.count("no-fix-context")) problem = "use only one of --fix-context and --no-fix-context";
  for (const auto& ids : {policy.select, policy.ignore})
    for (const std::string& id : ids.value_or(std::vector<std::string>{}))
      if (!FindRule(id)) problem = fmt::format("unknown rule '{}' (see 'dockopt rules')", id);
  if (!problem.empty()) {
    fmt::print(stderr, "dockopt optimize: {}\n", problem);
    exit_code = kExitBadInput;
    return false;
  }
  return true;
}

}  // namespace

void PrintOptimizeHelp() {
  fmt::print("usage: dockopt optimize [FILE...|-] [-o OUT | -i | --diff | --check] [--select IDS] [--ignore IDS]\n"
             "                        [--unsafe] [--context DIR] [-r] [-j N] [--color WHEN] [-q]\n"
             "                        [--format FMT] [--output-file FILE] [--exit-zero]\n"
             "                        [--changed-lines DIFF | --diff-base REV] [--config FILE | --no-config]\n\n"
             "Writes the optimized Dockerfile to stdout (findings to stderr). Safe fixes apply by default;\n"
             "--unsafe adds fixes that may change what the image does. Settings come from the .dockopt.toml\n"
             "files above each Dockerfile (the nearest wins); the command line wins over them.\n"
             "Exit: 0 ok; 1 with --check or a machine --format when a reported fix would change a file or\n"
             "a finding is at level error (not with --exit-zero); 2 bad input, config or I/O error.\n\n");
  std::cout << Visible();
}

int RunOptimize(const Args& args) {
  Settings settings;
  int exit_code = kExitOk;
  if (!ReadSettings(args, settings, exit_code)) return exit_code;
  std::string config_error;
  if (!settings.policies.Load(settings.policy_args, settings.files, config_error)) {
    fwrite(config_error.data(), 1, config_error.size(), stderr);
    return kExitBadInput;
  }
  std::vector<FileOutcome> outcomes(settings.files.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < settings.files.size(); i = next++) outcomes[i] = OptimizeOne(settings.files[i], settings);
  };
  size_t threads = std::max<size_t>(1, std::min<size_t>(static_cast<size_t>(std::max(settings.jobs, 1)),
                                                        settings.files.size()));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  std::string findings_text;
  std::vector<FileReview> reviews;
  for (const FileOutcome& outcome : outcomes) {
    fwrite(outcome.stderr_text.data(), 1, outcome.stderr_text.size(), stderr);
    if (settings.review.output_file.empty())
      fwrite(outcome.findings_text.data(), 1, outcome.findings_text.size(), stderr);
    fwrite(outcome.stdout_text.data(), 1, outcome.stdout_text.size(), stdout);
    findings_text += outcome.findings_text;
    exit_code = std::max(exit_code, outcome.exit_code);
    if (outcome.review.source != nullptr) reviews.push_back(outcome.review);
  }
  std::string error;
  bool written = settings.review.machine() ? WriteReview(settings.review, reviews, error)
                 : settings.review.output_file.empty()
                     ? true
                     : WriteFileAtomic(settings.review.output_file, findings_text, error);
  if (!written) {
    fmt::print(stderr, "dockopt: error: {}\n", error);
    return kExitBadInput;
  }
  if (settings.report_mode()) exit_code = std::max(exit_code, ReviewExitCode(settings.review, reviews));
  return exit_code;
}

}  // namespace dockopt::cli
