// BuildKit's word readers: builder flags after the keyword, and the quote-aware splitter of ARG/ENV/LABEL.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dockopt {

struct FlagWord {
  size_t begin = 0;   // offset of the word in the input
  size_t end = 0;
  std::string value;  // quotes removed, `\x` read as `x`
};

struct FlagSplit {
  std::vector<FlagWord> flags;
  size_t rest_begin = 0;  // the arguments start here (before trimming); == input size when none
};

/// extractBuilderFlags: leading `--name[=value]` words; a bare `--` ends them and is dropped.
FlagSplit ExtractBuilderFlags(std::string_view line);

/// parseWords: splits on Unicode spaces outside quotes; quotes and escapes are kept in the words.
std::vector<std::string> ParseWords(std::string_view rest, char escape);

}  // namespace dockopt
