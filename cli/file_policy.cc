// File policies: load the config files once, then layer config and command line per input.
#include "cli/file_policy.h"

#include "cli/file_io.h"
#include "cli/review_output.h"
#include "emitter/render_diagnostic.h"
#include "transforms/rule.h"

namespace dockopt::cli {

namespace po = boost::program_options;

void AddConfigOptions(po::options_description& options) {
  options.add_options()
      ("config", po::value<std::string>()->value_name("FILE"), "use this config file, not the .dockopt.toml files")
      ("no-config", "ignore every config file");
}

Level FilePolicy::LevelOf(const Report& report) const {
  auto it = levels.find(report.rule_id);
  return it != levels.end() ? it->second : DefaultLevel(report);
}

bool Policies::Load(const PolicyArgs& args, const std::vector<std::string>& inputs, std::string& error) {
  args_ = args;
  std::vector<std::string_view> known;
  for (const Rule& rule : Rules()) known.push_back(rule.info.id);
  for (const std::string& input : inputs) {
    std::vector<std::string> paths;
    if (args.config_file) paths = {*args.config_file};
    else if (!args.no_config) paths = config::FindConfigFiles(input);
    for (const std::string& path : paths) {
      if (loaded_.count(path)) continue;
      std::string bytes;
      if (!ReadInput(path, bytes, error)) {
        error = "dockopt: error: " + error + "\n";
        return false;
      }
      SourceBuffer source(path, std::move(bytes));
      config::File file;
      if (std::optional<Diagnostic> problem = config::Load(source, known, file)) {
        error = RenderDiagnostic(source, *problem);
        return false;
      }
      loaded_[path] = std::move(file);
    }
    files_of_input_[input] = std::move(paths);
  }
  return true;
}

FilePolicy Policies::For(const std::string& input) const {
  std::vector<config::File> files;
  auto it = files_of_input_.find(input);
  if (it != files_of_input_.end())
    for (const std::string& path : it->second) files.push_back(loaded_.at(path));
  config::Settings settings = config::Resolve(files, input);
  FilePolicy policy;
  OptimizeOptions& options = policy.optimize;
  options.context_dir = args_.context_dir;
  options.select = args_.select.value_or(settings.select.value_or(std::vector<std::string>{}));
  options.ignore = args_.ignore.value_or(settings.ignore.value_or(std::vector<std::string>{}));
  options.unsafe = args_.unsafe || settings.unsafe.value_or(false);
  if (settings.user_name) options.rules.user_name = *settings.user_name;
  if (settings.user_uid) options.rules.user_uid = *settings.user_uid;
  options.rules.base_images = settings.base_images;
  for (const auto& [rule, level] : settings.severity) policy.levels[rule] = *ParseLevel(level);
  return policy;
}

}  // namespace dockopt::cli
