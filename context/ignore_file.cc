// Reading and choosing the .dockerignore file (see ignore_file.h).
#include "context/ignore_file.h"

#include <fmt/core.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "context/path_clean.h"

namespace dockopt::context {
namespace {

bool ReadWholeFile(const std::string& path, std::string& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = fmt::format("cannot read '{}': {}", path, std::strerror(errno));
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = fmt::format("cannot read '{}': {}", path, std::strerror(errno));
    return false;
  }
  out = buffer.str();
  return true;
}

}  // namespace

std::vector<IgnoreLine> ReadIgnoreLines(std::string_view text) {
  std::vector<IgnoreLine> out;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  uint32_t line_number = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (line.ends_with('\r')) line.remove_suffix(1);
    ++line_number;
    if (line.starts_with('#')) continue;
    const std::string_view trimmed = TrimSpace(line);
    if (trimmed.empty()) continue;
    const auto column = static_cast<uint32_t>(trimmed.data() - line.data()) + 1;
    std::string_view body = trimmed;
    const bool invert = body.front() == '!';
    if (invert) body = TrimSpace(body.substr(1));
    std::string pattern;
    if (!body.empty()) {
      pattern = CleanPath(body);
      if (pattern.size() > 1 && pattern.front() == '/') pattern = pattern.substr(1);
    }
    if (invert) pattern = std::string("!").append(pattern);  // not insert/erase at 0: GCC 12 -O3 -Wrestrict
    out.push_back({std::move(pattern), line_number, column});
  }
  return out;
}

bool LoadIgnoreFile(const std::string& context_dir, const std::string& dockerfile, IgnoreFile& out,
                    std::string& error) {
  struct stat st {};
  const std::string specific = dockerfile + ".dockerignore";
  out = IgnoreFile{};
  if (!dockerfile.empty() && ::stat(specific.c_str(), &st) == 0) {
    out.path = specific;
  } else {
    out.path = context_dir + "/.dockerignore";
    if (::stat(out.path.c_str(), &st) != 0) {
      if (errno == ENOENT || errno == ENOTDIR) return true;
      error = fmt::format("cannot read '{}': {}", out.path, std::strerror(errno));
      return false;
    }
  }
  out.exists = true;
  if (S_ISDIR(st.st_mode)) {
    error = fmt::format("cannot read '{}': Is a directory", out.path);
    return false;
  }
  if (!ReadWholeFile(out.path, out.text, error)) return false;
  out.lines = ReadIgnoreLines(out.text);
  return true;
}

bool BuildMatcher(const IgnoreFile& file, PatternMatcher& matcher, std::string& error) {
  std::vector<std::string> patterns;
  patterns.reserve(file.lines.size());
  for (const IgnoreLine& line : file.lines) patterns.push_back(line.pattern);
  std::string message;
  size_t bad_index = 0;
  if (matcher.Init(patterns, message, bad_index)) return true;
  const IgnoreLine& bad = file.lines[bad_index];
  error = fmt::format("{}:{}:{}: error: bad pattern '{}': {}", file.path, bad.line, bad.column, bad.pattern, message);
  return false;
}

}  // namespace dockopt::context
