// What a go.mod names: the modules it requires, and the folders its `replace` directives put in
// their place. Enough to tell a module that needs nothing from a module proxy.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dockopt::analysis {

struct GoModModules {
  std::vector<std::string> required;  // module paths of the `require` directives, in order
  /// module path -> the folder a `replace` points it at, as written ("./textstat", "../lib"); replacements
  /// by another module version or an absolute path are left out.
  std::map<std::string, std::string> local_replacements;
};

/// Reads the `require` and `replace` directives of a go.mod, single-line and block forms, without
/// `//` comments.
GoModModules ReadGoModModules(std::string_view gomod);

}  // namespace dockopt::analysis
