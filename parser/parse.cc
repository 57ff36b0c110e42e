// Parse: ParseSyntax, then stages and BuildKit's instruction-level checks.
#include "parser/parse.h"

#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "parser/go_text.h"

namespace dockopt {
namespace {

using ir::InstructionKind;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The flags BuildKit's instruction parser knows for each instruction.
const std::set<std::string>& AllowedFlags(InstructionKind kind) {
  static const std::set<std::string> kNone;
  static const std::set<std::string> kFrom = {"platform"};
  static const std::set<std::string> kRun = {"mount", "network", "security", "device"};
  static const std::set<std::string> kCopy = {"from", "chown", "chmod", "link", "parents", "exclude"};
  static const std::set<std::string> kAdd = {"chown", "chmod", "link", "keep-git-dir", "checksum", "exclude",
                                             "unpack"};
  static const std::set<std::string> kHealth = {"interval", "timeout", "start-period", "start-interval", "retries"};
  switch (kind) {
    case InstructionKind::kFrom: return kFrom;
    case InstructionKind::kRun: return kRun;
    case InstructionKind::kCopy: return kCopy;
    case InstructionKind::kAdd: return kAdd;
    case InstructionKind::kHealthcheck: return kHealth;
    default: return kNone;
  }
}

std::string DidYouMean(std::string_view keyword) {
  // The closest known keyword by edit distance, if it is close enough.
  static const char* kNames[] = {"FROM",   "RUN",     "CMD",     "ENTRYPOINT", "SHELL",      "LABEL",
                                 "ENV",    "ARG",     "COPY",    "ADD",        "EXPOSE",     "USER",
                                 "WORKDIR", "VOLUME", "STOPSIGNAL", "HEALTHCHECK", "ONBUILD", "MAINTAINER"};
  std::string upper(keyword);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string best;
  size_t best_distance = 3;
  for (const char* name : kNames) {
    std::string_view b = name;
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= upper.size(); ++i) {
      size_t diagonal = row[0];
      row[0] = i;
      for (size_t j = 1; j <= b.size(); ++j) {
        size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (upper[i - 1] == b[j - 1] ? 0 : 1)});
        diagonal = above;
      }
    }
    if (row[b.size()] < best_distance) {
      best_distance = row[b.size()];
      best = name;
    }
  }
  return best.empty() ? std::string() : fmt::format(", did you mean '{}'?", best);
}

bool ValidStageName(std::string_view name) {
  std::string lower = Lower(name);
  if (lower.empty() || lower[0] < 'a' || lower[0] > 'z') return false;
  for (char c : lower)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) return false;
  return true;
}

class Checker {
 public:
  Checker(ir::Dockerfile& df, Diagnostics& out) : df_(df), out_(out) {}

  bool Check(const ir::Instruction& inst, bool in_onbuild) {
    std::string_view keyword = df_.Text(inst.keyword);
    if (inst.kind == InstructionKind::kUnknown) {
      return Fail(inst.keyword.empty() ? inst.span : inst.keyword,
                  fmt::format("unknown instruction '{}'{}", keyword, DidYouMean(keyword)));
    }
    const auto& allowed = AllowedFlags(inst.kind);
    for (const ir::Flag& flag : inst.flags) {
      if (!allowed.contains(flag.name))
        return Fail(flag.span, fmt::format("unknown flag '--{}' for {}", flag.name, ir::KindName(inst.kind)));
    }
    size_t n = inst.node_args.size();
    std::string_view name = ir::KindName(inst.kind);
    switch (inst.kind) {
      case InstructionKind::kFrom:
        if (n != 1 && n != 3) return Fail(ArgsOr(inst), "FROM requires either one or three arguments");
        if (n == 3) {
          if (Lower(inst.node_args[1]) != "as")
            return Fail(ArgsOr(inst), "FROM with three arguments must read 'FROM image AS name'");
          if (!ValidStageName(inst.node_args[2]))
            return Fail(ArgsOr(inst), fmt::format("invalid name for build stage: '{}', name can't start with a "
                                                  "number or contain symbols", inst.node_args[2]));
        }
        break;
      case InstructionKind::kMaintainer:
      case InstructionKind::kWorkdir:
      case InstructionKind::kUser:
      case InstructionKind::kStopsignal:
        if (n != 1) return Fail(ArgsOr(inst), fmt::format("{} requires exactly one argument", name));
        break;
      case InstructionKind::kEnv:
      case InstructionKind::kLabel:
        if (n == 0) return Fail(ArgsOr(inst), fmt::format("{} requires at least one argument", name));
        for (size_t i = 0; i < n; i += 3)
          if (inst.node_args[i].empty()) return Fail(ArgsOr(inst), fmt::format("{} names can not be blank", name));
        break;
      case InstructionKind::kExpose:
      case InstructionKind::kVolume:
      case InstructionKind::kArg:
        if (n == 0) return Fail(ArgsOr(inst), fmt::format("{} requires at least one argument", name));
        break;
      case InstructionKind::kCopy:
      case InstructionKind::kAdd:
        if (n < 2) return Fail(ArgsOr(inst), fmt::format("{} requires at least two arguments", name));
        break;
      case InstructionKind::kShell:
        if (!inst.is_exec()) return Fail(ArgsOr(inst), "SHELL requires the arguments to be in JSON form");
        if (inst.exec_args.empty()) return Fail(ArgsOr(inst), "SHELL requires at least one argument");
        break;
      case InstructionKind::kHealthcheck: {
        if (n == 0) return Fail(ArgsOr(inst), "HEALTHCHECK requires an argument");
        std::string type = Lower(inst.node_args[0]);
        if (type == "none") {
          if (n > 1) return Fail(ArgsOr(inst), "HEALTHCHECK NONE takes no arguments");
        } else if (type == "cmd") {
          if (n < 2) return Fail(ArgsOr(inst), "missing command after HEALTHCHECK CMD");
        } else {
          return Fail(ArgsOr(inst), fmt::format("unknown type '{}' in HEALTHCHECK (try CMD)", inst.node_args[0]));
        }
        break;
      }
      case InstructionKind::kOnbuild: {
        if (inst.onbuild.empty()) return Fail(ArgsOr(inst), "ONBUILD requires at least one argument");
        const ir::Instruction& inner = inst.onbuild.front();
        if (inner.kind == InstructionKind::kOnbuild)
          return Fail(inner.keyword, "chaining ONBUILD via 'ONBUILD ONBUILD' isn't allowed");
        if (inner.kind == InstructionKind::kFrom || inner.kind == InstructionKind::kMaintainer)
          return Fail(inner.keyword, fmt::format("{} isn't allowed as an ONBUILD trigger", ir::KindName(inner.kind)));
        return Check(inner, true);
      }
      default:
        break;
    }
    (void)in_onbuild;
    return true;
  }

 private:
  static Span ArgsOr(const ir::Instruction& inst) { return inst.args.empty() ? inst.keyword : inst.args; }
  bool Fail(Span where, std::string message) {
    out_.push_back({Severity::kError, where, std::move(message)});
    return false;
  }
  ir::Dockerfile& df_;
  Diagnostics& out_;
};

void IndexInStage(ir::Stage& stage, const ir::Instruction& inst, size_t index) {
  stage.instructions.push_back(index);
  if (inst.kind == InstructionKind::kShell) stage.shells.push_back(index);
  if (inst.kind == InstructionKind::kWorkdir) stage.workdirs.push_back(index);
  auto assigns = [&](std::string_view name) {
    auto it = stage.assignments.find(name);
    if (it == stage.assignments.end()) it = stage.assignments.emplace(std::string(name), std::vector<size_t>{}).first;
    if (it->second.empty() || it->second.back() != index) it->second.push_back(index);
  };
  if (inst.kind == InstructionKind::kEnv) {
    for (size_t k = 0; k + 1 < inst.node_args.size(); k += 3) assigns(inst.node_args[k]);
  } else if (inst.kind == InstructionKind::kArg) {
    for (const std::string& word : inst.node_args)
      if (size_t eq = word.find('='); eq != std::string::npos) assigns(std::string_view(word).substr(0, eq));
  }
}

bool BuildStages(ir::Dockerfile& df, Diagnostics& out) {
  std::set<std::string> names;
  for (size_t i = 0; i < df.instructions.size(); ++i) {
    ir::Instruction& inst = df.instructions[i];
    if (inst.kind == InstructionKind::kFrom) {
      ir::Stage stage;
      stage.from = i;
      size_t end = i + 1;  // reserved exactly: a large stage's vector would otherwise end up to twice its size
      while (end < df.instructions.size() && df.instructions[end].kind != InstructionKind::kFrom) ++end;
      stage.instructions.reserve(end - i);
      if (!inst.node_args.empty()) stage.base = inst.node_args[0];
      if (inst.node_args.size() == 3) {
        stage.name = inst.node_args[2];
        if (!names.insert(Lower(stage.name)).second) {
          out.push_back({Severity::kError, inst.args, fmt::format("duplicate stage name '{}'", stage.name)});
          return false;
        }
      }
      df.stages.push_back(std::move(stage));
    }
    if (df.stages.empty()) {
      if (inst.kind != InstructionKind::kArg) {
        out.push_back({Severity::kError, inst.keyword,
                       fmt::format("'{}' before the first FROM: only ARG may come before FROM",
                                   df.Text(inst.keyword))});
        return false;
      }
      df.meta_args.push_back(i);
      continue;
    }
    inst.stage = static_cast<int>(df.stages.size() - 1);
    IndexInStage(df.stages.back(), inst, i);
  }
  if (df.stages.empty()) {
    uint32_t end = static_cast<uint32_t>(df.source->text().size());
    out.push_back({Severity::kError, {end, end}, "dockerfile contains no stages to build: no FROM instruction"});
    return false;
  }
  return true;
}

}  // namespace

ParseResult Parse(const SourceBuffer& source) {
  std::string_view text = source.text();
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    ParseResult result;
    uint32_t at = static_cast<uint32_t>(nul);
    result.diagnostics.push_back({Severity::kError, {at, at + 1}, "NUL byte in input: this is not a text Dockerfile"});
    return result;
  }
  ParseResult result = ParseSyntax(source);
  if (size_t bad = 0; result.dockerfile && !go::IsValidUtf8(text, bad)) {
    uint32_t at = static_cast<uint32_t>(bad);
    result.diagnostics.push_back({Severity::kWarning, {at, at + 1}, "invalid UTF-8 byte; it is kept as is"});
  }
  if (!result.dockerfile) return result;
  ir::Dockerfile& df = *result.dockerfile;
  Checker checker(df, result.diagnostics);
  for (const ir::Instruction& inst : df.instructions) {
    if (!checker.Check(inst, false)) {
      result.dockerfile.reset();
      return result;
    }
  }
  if (!BuildStages(df, result.diagnostics)) result.dockerfile.reset();
  return result;
}

}  // namespace dockopt
