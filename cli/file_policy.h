// What applies to one Dockerfile: the .dockopt.toml files above it (or --config, or none with
// --no-config), then the command line on top. Precedence: CLI > nearest config > parent config.
#pragma once

#include <boost/program_options.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "emitter/review_model.h"
#include "transforms/optimize.h"

namespace dockopt::cli {

/// The command line's part: only what it sets explicitly overrides the config files.
struct PolicyArgs {
  std::optional<std::vector<std::string>> select, ignore;
  bool unsafe = false;
  std::optional<std::string> context_dir;
  std::optional<std::string> config_file;  // --config: this file only
  bool no_config = false;                   // --no-config
};

/// The settings for one file: the optimizer's options and each rule's level.
struct FilePolicy {
  OptimizeOptions optimize;
  std::map<std::string, Level> levels;  // rule ID -> level, where a config sets one
  Level LevelOf(const Report& report) const;
};

void AddConfigOptions(boost::program_options::options_description& options);

class Policies {
 public:
  /// Loads every config file the inputs need (once each). On a bad config file returns false with
  /// `error` holding `file:line:col: error: message`, the line and a caret.
  bool Load(const PolicyArgs& args, const std::vector<std::string>& inputs, std::string& error);
  FilePolicy For(const std::string& input) const;

 private:
  PolicyArgs args_;
  std::map<std::string, config::File> loaded_;  // by path
  std::map<std::string, std::vector<std::string>> files_of_input_;
};

}  // namespace dockopt::cli
