// Option reading shared by the recognizers.
#include "shell/options.h"

#include <algorithm>

namespace dockopt::shell {

namespace {

bool TakesLongValue(const OptionSpec& spec, std::string_view written, std::string_view canonical) {
  return std::find(spec.long_values.begin(), spec.long_values.end(), written) != spec.long_values.end() ||
         std::find(spec.long_values.begin(), spec.long_values.end(), canonical) != spec.long_values.end();
}

}  // namespace

std::string_view CanonicalName(const OptionSpec& spec, std::string_view name) {
  while (name.starts_with("-")) name.remove_prefix(1);
  for (const auto& [from, to] : spec.aliases) {
    if (from == name) return to;
  }
  return name;
}

void ReadArgs(const std::vector<Word>& words, size_t begin, const OptionSpec& spec, ToolCall& call) {
  bool options_done = false;
  bool need_subcommand = spec.has_subcommand && call.subcommand_word == kNoWord;
  for (size_t i = begin; i < words.size(); ++i) {
    const std::string& v = words[i].value;
    if (!options_done && v == "--") {
      options_done = true;
      continue;
    }
    if (!options_done && v.size() > 1 && v[0] == '-') {
      if (v[1] == '-' || spec.single_dash_long) {
        std::string_view body = std::string_view(v).substr(v[1] == '-' ? 2 : 1);
        size_t eq = body.find('=');
        std::string_view name = body.substr(0, eq);
        Option o;
        o.name = std::string(CanonicalName(spec, name));
        o.written = v;
        o.word = i;
        if (eq != std::string_view::npos) {
          o.value = std::string(body.substr(eq + 1));
          o.has_value = true;
        } else if (TakesLongValue(spec, name, o.name) && i + 1 < words.size()) {
          o.value = words[i + 1].value;
          o.has_value = true;
          o.value_word = ++i;
        }
        call.options.push_back(std::move(o));
        continue;
      }
      for (size_t k = 1; k < v.size(); ++k) {  // a cluster: -yq, -xzf file, -ofile
        Option o;
        o.name = std::string(CanonicalName(spec, std::string_view(&v[k], 1)));
        o.written = v.size() == 2 ? v : std::string(1, v[k]);
        o.word = i;
        if (spec.short_values.find(v[k]) != std::string_view::npos) {
          o.has_value = true;
          if (k + 1 < v.size()) {
            o.value = v.substr(k + 1);
          } else if (i + 1 < words.size()) {
            o.value = words[i + 1].value;
            o.value_word = i + 1;
          }
          bool took_next = o.value_word != kNoWord;
          call.options.push_back(std::move(o));
          if (took_next) ++i;
          break;
        }
        call.options.push_back(std::move(o));
      }
      continue;
    }
    if (need_subcommand) {
      call.subcommand = v;
      call.subcommand_word = i;
      need_subcommand = false;
      continue;
    }
    if (spec.stop_at_first_operand) options_done = true;
    call.operands.push_back(Operand{v, v, "", i});
  }
}

void SplitPin(Operand& operand, std::string_view separators, size_t from) {
  // A plain loop: find_first_of calls memchr once per byte of the operand, and recognizers split every one.
  const std::string& value = operand.value;
  size_t at = from;
  auto separator = [&](char c) { return std::any_of(separators.begin(), separators.end(), [c](char s) { return s == c; }); };
  while (at < value.size() && !separator(value[at])) ++at;
  if (at >= value.size() || at == 0) return;
  operand.name = operand.value.substr(0, at);
  operand.version = operand.value.substr(at);
}

}  // namespace dockopt::shell
