// `dockopt parse`: parse Dockerfiles and print a BuildKit dump, a JSON dump, or the text back.
#include <fmt/core.h>

#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "cli/parse_options.h"
#include "analysis/flow_json.h"
#include "emitter/dump_json.h"
#include "emitter/render_diagnostic.h"
#include "ir/emit.h"
#include "parser/dump_buildkit.h"
#include "parser/parse.h"

namespace dockopt::cli {
namespace {

namespace po = boost::program_options;

struct ParseOptions {
  std::string dump;  // "", "buildkit", "json" or "flow"
  std::string context;  // --dump=flow reads package.json, Cargo.toml, ... from here
  bool emit = false;
  std::vector<std::string> files;
};

po::options_description Visible() {
  po::options_description options("options");
  options.add_options()
      ("dump", po::value<std::string>()->value_name("buildkit|json|flow"),
       "print BuildKit's parse-tree dump, the JSON dump (schema in the README), or the flow model of each "
       "stage as JSON (docs/flow.md)")
      ("context", po::value<std::string>()->value_name("DIR"), "with --dump=flow: the build context to read manifests from")
      ("emit", "print the file rebuilt from the parse tree (byte-identical to the input)")
      ("help,h", "show this help");
  return options;
}

// Every stage's flow model; manifests are read from `context` when given.
nlohmann::json FlowDump(const ir::Dockerfile& df, const std::string& context) {
  analysis::FlowOptions options;
  if (!context.empty()) {
    options.context = [context](std::string_view relative) -> std::optional<std::string> {
      std::string bytes, error;
      if (!ReadInput(context + "/" + std::string(relative), bytes, error)) return std::nullopt;
      return bytes;
    };
  }
  nlohmann::json stages = nlohmann::json::array();
  for (size_t i = 0; i < df.stages.size(); ++i)
    stages.push_back(analysis::FlowJson(df, analysis::AnalyzeStage(df, static_cast<int>(i), options)));
  return {{"stages", std::move(stages)}};
}

}  // namespace

void PrintParseHelp() {
  fmt::print("usage: dockopt parse [--dump=buildkit|json|flow] [--context DIR] [--emit] FILE...   ('-' reads standard input)\n\n");
  std::cout << Visible();
  fmt::print("\nWithout --dump or --emit, checks that each file parses and prints a one-line summary.\n"
             "Errors go to stderr as file:line:col with the source line and a caret; exit code 2.\n");
}

int RunParse(const Args& args) {
  ParseOptions options;
  po::options_description all = Visible();
  all.add_options()("file", po::value<std::vector<std::string>>(&options.files));
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (!ParseCommandLine("parse", args, all, positional, vm)) return kExitBadInput;
  if (vm.count("help")) {
    PrintParseHelp();
    return kExitOk;
  }
  if (vm.count("dump")) options.dump = vm["dump"].as<std::string>();
  if (vm.count("context")) options.context = vm["context"].as<std::string>();
  options.emit = vm.count("emit") > 0;
  if (!options.dump.empty() && options.dump != "buildkit" && options.dump != "json" && options.dump != "flow") {
    fmt::print(stderr, "dockopt parse: --dump takes 'buildkit', 'json' or 'flow', not '{}'\n", options.dump);
    return kExitBadInput;
  }
  if (options.files.empty()) {
    fmt::print(stderr, "dockopt parse: no input file (use '-' for standard input)\n");
    return kExitBadInput;
  }
  int exit_code = kExitOk;
  nlohmann::json json_all = nlohmann::json::array();
  for (const std::string& path : options.files) {
    std::string bytes, error;
    if (!ReadInput(path, bytes, error)) {
      fmt::print(stderr, "dockopt: error: {}\n", error);
      exit_code = kExitBadInput;
      continue;
    }
    SourceBuffer source(path == "-" ? "<stdin>" : path, std::move(bytes));
    // BuildKit's dump is its parser's output, so it reflects that phase alone.
    ParseResult result = options.dump == "buildkit" ? ParseSyntax(source) : Parse(source);
    for (const Diagnostic& d : result.diagnostics) fmt::print(stderr, "{}", RenderDiagnostic(source, d));
    if (!result.dockerfile) {
      exit_code = kExitBadInput;
      continue;
    }
    const ir::Dockerfile& df = *result.dockerfile;
    if (options.dump == "buildkit") {
      fmt::print("{}", DumpBuildkit(df));
    } else if (options.dump == "json") {
      json_all.push_back(DumpJson(df));
    } else if (options.dump == "flow") {
      json_all.push_back(FlowDump(df, options.context));
    } else if (options.emit) {
      std::string text = ir::Emit(df);
      fwrite(text.data(), 1, text.size(), stdout);
    } else {
      fmt::print("{}: ok: {} instructions, {} stage{}\n", source.path(), df.instructions.size(), df.stages.size(),
                 df.stages.size() == 1 ? "" : "s");
    }
  }
  if ((options.dump == "json" || options.dump == "flow") && !json_all.empty()) {
    const nlohmann::json& out = options.files.size() == 1 ? json_all.front() : json_all;
    fmt::print("{}\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  return exit_code;
}

}  // namespace dockopt::cli
