// Recognizers for file tools: rm, find (-delete, -exec rm), chown, chmod, tar (old and new style), cd.
#include "shell/recognizers.h"

#include <cctype>

namespace dockopt::shell {

namespace {

const OptionSpec kRmSpec{
    .aliases = {{"r", "recursive"}, {"R", "recursive"}, {"f", "force"}, {"v", "verbose"}, {"d", "dir"},
                {"i", "interactive"}, {"I", "interactive"}},
};

const OptionSpec kChownSpec{
    .long_values = {},
    .aliases = {{"R", "recursive"}, {"v", "verbose"}, {"c", "changes"}, {"f", "silent"}, {"quiet", "silent"},
                {"h", "no-dereference"}},
};

const OptionSpec kTarSpec{
    .short_values = "fCTXbHgKLNV",
    .long_values = {"file", "directory", "files-from", "exclude-from", "exclude", "strip-components", "transform",
                    "owner", "group", "mode", "format", "blocking-factor", "use-compress-program", "xform",
                    "wildcards-match-slash", "newer", "after-date", "label"},
    .aliases = {{"x", "extract"}, {"get", "extract"}, {"c", "create"}, {"t", "list"}, {"r", "append"},
                {"u", "update"}, {"z", "gzip"}, {"gunzip", "gzip"}, {"j", "bzip2"}, {"J", "xz"}, {"v", "verbose"},
                {"f", "file"}, {"C", "directory"}, {"T", "files-from"}, {"X", "exclude-from"},
                {"p", "preserve-permissions"}, {"o", "no-same-owner"}, {"a", "auto-compress"},
                {"I", "use-compress-program"}, {"k", "keep-old-files"}, {"O", "to-stdout"}, {"H", "format"},
                {"b", "blocking-factor"}, {"Z", "compress"}, {"h", "dereference"}},
};

const OptionSpec kCdSpec{.stop_at_first_operand = true};

/// `find PATH... EXPR`: starting points, then primaries; `-exec ... ;` keeps its command as the value.
void ReadFind(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  size_t i = begin;
  for (; i < words.size(); ++i) {
    const std::string& v = words[i].value;
    if (v.starts_with("-") || v == "(" || v == "!" || v == "\\(") break;
    call.operands.push_back(Operand{v, v, "", i});
  }
  static constexpr std::string_view kNoValue[] = {"delete", "print", "print0", "prune", "quit", "ls", "depth",
                                                  "xdev", "mount", "true", "false", "empty", "readable",
                                                  "writable", "executable", "nouser", "nogroup", "not", "and",
                                                  "or", "a", "o", "daystart", "follow", "noleaf", "ignore_readdir_race"};
  for (; i < words.size(); ++i) {
    const std::string& v = words[i].value;
    if (!v.starts_with("-") || v.size() < 2) continue;  // parentheses, `!`
    Option o;
    o.name = v.substr(1);
    o.written = v;
    o.word = i;
    if (o.name == "exec" || o.name == "execdir" || o.name == "ok" || o.name == "okdir") {
      o.has_value = true;
      size_t j = i + 1;
      for (; j < words.size() && words[j].value != ";" && words[j].value != "+"; ++j) {
        if (!o.value.empty()) o.value.push_back(' ');
        o.value += words[j].value;
      }
      if (j < words.size()) o.value += " " + words[j].value;
      o.value_word = i + 1 < words.size() ? i + 1 : kNoWord;
      i = j;
    } else {
      bool takes_value = true;
      for (std::string_view n : kNoValue) takes_value = takes_value && n != o.name;
      if (takes_value && i + 1 < words.size()) {
        o.has_value = true;
        o.value = words[i + 1].value;
        o.value_word = ++i;
      }
    }
    call.options.push_back(std::move(o));
  }
}

/// chmod modes may start with '-' (`chmod -x f`): such a word is the mode, not an option.
void ReadChmod(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  for (size_t i = begin; i < words.size(); ++i) {
    const std::string& v = words[i].value;
    bool mode_like = v.size() > 1 && v[0] == '-' && v.find_first_not_of("rwxXst", 1) == std::string::npos;
    if (v.starts_with("-") && v != "-" && !mode_like && v != "--") {
      std::vector<Word> one{words[i]};
      ToolCall tmp;
      ReadArgs(one, 0, kChownSpec, tmp);
      for (Option& o : tmp.options.Mutable()) {
        o.word = i;
        call.options.push_back(std::move(o));
      }
      continue;
    }
    if (v == "--") continue;
    call.operands.push_back(Operand{v, v, "", i});
  }
}

/// Old-style `tar xzf file.tgz -C dir`: a first word without '-' is a cluster whose value letters take
/// the following words in order.
void ReadTar(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  size_t next = begin;
  if (begin < words.size() && !words[begin].value.empty() && words[begin].value[0] != '-' &&
      std::isalpha(static_cast<unsigned char>(words[begin].value[0]))) {
    const std::string& cluster = words[begin].value;
    next = begin + 1;
    for (char c : cluster) {
      Option o;
      o.name = std::string(CanonicalName(kTarSpec, std::string_view(&c, 1)));
      o.written = std::string(1, c);
      o.word = begin;
      if (kTarSpec.short_values.find(c) != std::string_view::npos && next < words.size()) {
        o.has_value = true;
        o.value = words[next].value;
        o.value_word = next++;
      }
      call.options.push_back(std::move(o));
    }
  }
  ReadArgs(words, next, kTarSpec, call);
}

}  // namespace

std::vector<ToolEntry> FileTools() {
  return {{"cd", &kCdSpec, nullptr},           {"chgrp", &kChownSpec, nullptr}, {"chmod", &kChownSpec, ReadChmod},
          {"chown", &kChownSpec, nullptr},     {"find", &kRmSpec, ReadFind},   {"rm", &kRmSpec, nullptr},
          {"tar", &kTarSpec, ReadTar}};
}

}  // namespace dockopt::shell
