// Package and path names as findings list them: 'a', 'b', 'c'.
#pragma once

#include <string>
#include <vector>

namespace dockopt {

/// The names, each in single quotes, separated by ", ".
inline std::string Quoted(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) out += ", ";
    out += '\'';
    out += name;
    out += '\'';
  }
  return out;
}

}  // namespace dockopt
