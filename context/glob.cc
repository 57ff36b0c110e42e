// filepath.Match semantics, rewritten for C++ (chunks separated by stars, rune-wise classes).
#include "context/glob.h"

#include <algorithm>

#include "context/utf8.h"

namespace dockopt::context {
namespace {

struct Chunk {
  bool star = false;
  std::string_view text;
  std::string_view rest;
};

// Splits off the leading stars and the literal chunk that follows, up to the next unbracketed star.
Chunk ScanChunk(std::string_view pattern) {
  Chunk chunk;
  while (!pattern.empty() && pattern.front() == '*') {
    pattern.remove_prefix(1);
    chunk.star = true;
  }
  bool in_range = false;
  size_t i = 0;
  for (; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      if (i + 1 < pattern.size()) ++i;
    } else if (c == '[') {
      in_range = true;
    } else if (c == ']') {
      in_range = false;
    } else if (c == '*' && !in_range) {
      break;
    }
  }
  chunk.text = pattern.substr(0, i);
  chunk.rest = pattern.substr(i);
  return chunk;
}

// Reads one class character (possibly escaped); false on a malformed class.
bool ClassChar(std::string_view& chunk, char32_t& rune) {
  if (chunk.empty() || chunk.front() == '-' || chunk.front() == ']') return false;
  if (chunk.front() == '\\') {
    chunk.remove_prefix(1);
    if (chunk.empty()) return false;
  }
  const DecodedRune r = DecodeRune(chunk);
  if (r.rune == kRuneError && r.size == 1) return false;
  rune = r.rune;
  chunk.remove_prefix(r.size);
  return !chunk.empty();  // a class must still be closed
}

enum class ChunkResult { kFail, kOk, kBad };

// Matches `chunk` at the start of `s`; on kOk `s` is advanced past the match. After a mismatch the
// rest of the chunk is still parsed so that malformed syntax is reported.
ChunkResult MatchChunk(std::string_view chunk, std::string_view& s) {
  bool failed = false;
  while (!chunk.empty()) {
    if (!failed && s.empty()) failed = true;
    const char c = chunk.front();
    if (c == '[') {
      char32_t rune = 0;
      if (!failed) {
        const DecodedRune r = DecodeRune(s);
        rune = r.rune;
        s.remove_prefix(r.size);
      }
      chunk.remove_prefix(1);
      bool negated = false;
      if (!chunk.empty() && chunk.front() == '^') {
        negated = true;
        chunk.remove_prefix(1);
      }
      bool matched = false;
      int ranges = 0;
      while (true) {
        if (!chunk.empty() && chunk.front() == ']' && ranges > 0) {
          chunk.remove_prefix(1);
          break;
        }
        char32_t lo = 0;
        if (!ClassChar(chunk, lo)) return ChunkResult::kBad;
        char32_t hi = lo;
        if (chunk.front() == '-') {
          chunk.remove_prefix(1);
          if (!ClassChar(chunk, hi)) return ChunkResult::kBad;
        }
        if (lo <= rune && rune <= hi) matched = true;
        ++ranges;
      }
      if (matched == negated) failed = true;
    } else if (c == '?') {
      if (!failed) {
        if (s.front() == '/') failed = true;
        s.remove_prefix(DecodeRune(s).size);
      }
      chunk.remove_prefix(1);
    } else {
      if (c == '\\') {
        chunk.remove_prefix(1);
        if (chunk.empty()) return ChunkResult::kBad;
      }
      if (!failed) {
        if (chunk.front() != s.front()) failed = true;
        s.remove_prefix(1);
      }
      chunk.remove_prefix(1);
    }
  }
  return failed ? ChunkResult::kFail : ChunkResult::kOk;
}

}  // namespace

GlobResult GlobMatch(std::string_view pattern, std::string_view name) {
  while (!pattern.empty()) {
    const Chunk chunk = ScanChunk(pattern);
    pattern = chunk.rest;
    if (chunk.star && chunk.text.empty()) {
      // A trailing star matches the rest of the name unless it holds a separator.
      return name.find('/') == std::string_view::npos ? GlobResult::kMatch : GlobResult::kNoMatch;
    }
    std::string_view rest = name;
    ChunkResult r = MatchChunk(chunk.text, rest);
    if (r == ChunkResult::kOk && (rest.empty() || !pattern.empty())) {
      name = rest;
      continue;
    }
    if (r == ChunkResult::kBad) return GlobResult::kBadPattern;
    bool advanced = false;
    if (chunk.star) {
      for (size_t i = 0; i < name.size() && name[i] != '/'; ++i) {
        rest = name.substr(i + 1);
        r = MatchChunk(chunk.text, rest);
        if (r == ChunkResult::kOk) {
          if (pattern.empty() && !rest.empty()) continue;
          name = rest;
          advanced = true;
          break;
        }
        if (r == ChunkResult::kBad) return GlobResult::kBadPattern;
      }
    }
    if (advanced) continue;
    // No match: still check that the remainder of the pattern is well formed.
    while (!pattern.empty()) {
      const Chunk next = ScanChunk(pattern);
      pattern = next.rest;
      std::string_view empty;
      if (MatchChunk(next.text, empty) == ChunkResult::kBad) return GlobResult::kBadPattern;
    }
    return GlobResult::kNoMatch;
  }
  return name.empty() ? GlobResult::kMatch : GlobResult::kNoMatch;
}

bool HasGlobMeta(std::string_view text) {
  // A loop, not find_first_of, which calls memchr once per byte of text.
  return std::any_of(text.begin(), text.end(), [](char c) { return c == '*' || c == '?' || c == '[' || c == '\\'; });
}

}  // namespace dockopt::context
