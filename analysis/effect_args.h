// A plain reader for command-line words: options (with the ones that take a value) and operands.
// Shared by the effect readers; the shell recognizers know more tools' quirks, this only needs paths.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dockopt::analysis {

struct Args {
  std::vector<std::string> operands;
  std::multimap<std::string, std::string> options;  // "-o" -> "bin/app", "--prefix" -> "/opt"; flags map to ""

  bool Has(std::string_view name) const { return options.count(std::string(name)) > 0; }
  /// The last value of any of `names`.
  std::optional<std::string> Value(std::initializer_list<std::string_view> names) const;
};

/// Reads words[begin..]: `--name=value`, `--name value` and `-x value` for names in `valued`, `-xVALUE`
/// for single-letter valued options; everything after `--` is an operand.
Args ReadArgs(const std::vector<std::string>& words, size_t begin, std::initializer_list<std::string_view> valued);

/// The binaries `go install PKG...` (operands after "install") writes to GOBIN: each package's last
/// path element ("jap" for github.com/jitsi/jap/cmd/jap, "x" for example.com/x/v2@v2.1.0); for Go
/// files (`go build main.go util.go`), the first file's name without `.go`. nullopt
/// when a name is not in the words: no package (the current one), `.`, a `...` pattern, a variable.
std::optional<std::vector<std::string>> GoInstalledNames(const Args& args);
/// `words` without the options among `names` that are not followed by a number: make's and cmake's `-j`
/// take an optional count, and in `make -j install` the word after it is the target, not the count.
std::vector<std::string> WithoutBareCounts(const std::vector<std::string>& words, std::initializer_list<std::string_view> names);

}  // namespace dockopt::analysis
