// Recognizers for build tools: go, cargo, mvn, gradle, make, gem, bundle.
#include "shell/recognizers.h"

namespace dockopt::shell {

namespace {

const OptionSpec kGoSpec{
    .long_values = {"o", "ldflags", "gcflags", "asmflags", "tags", "mod", "modfile", "p", "buildmode", "C",
                    "compiler", "installsuffix", "pkgdir", "toolexec", "overlay", "pgo", "exec", "run", "bench",
                    "count", "timeout", "coverprofile", "covermode", "coverpkg", "cpu", "parallel"},
    .has_subcommand = true,
    .single_dash_long = true,
};

const OptionSpec kCargoSpec{
    .short_values = "pjF",
    .long_values = {"target", "features", "package", "bin", "example", "test", "bench", "manifest-path",
                    "target-dir", "jobs", "profile", "root", "version", "git", "branch", "tag", "rev", "path",
                    "registry", "index", "color", "config", "exclude"},
    .aliases = {{"p", "package"}, {"j", "jobs"}, {"F", "features"}, {"r", "release"}, {"q", "quiet"},
                {"v", "verbose"}},
    .has_subcommand = true,
};

/// mvn and gradle mix single-dash long options (-pl, -am) with attached -Dx=y and -Pprofile.
const OptionSpec kMvnSpec{
    .long_values = {"f", "file", "s", "settings", "gs", "global-settings", "pl", "projects", "rf", "resume-from",
                    "T", "threads", "t", "toolchains", "b", "builder", "l", "log-file", "amd", "ap"},
    .aliases = {{"f", "file"}, {"s", "settings"}, {"pl", "projects"}, {"T", "threads"}, {"B", "batch-mode"},
                {"q", "quiet"}, {"U", "update-snapshots"}, {"o", "offline"}, {"am", "also-make"}},
    .single_dash_long = true,
};

const OptionSpec kGradleSpec{
    .long_values = {"x", "exclude-task", "p", "project-dir", "b", "build-file", "c", "settings-file", "g",
                    "gradle-user-home", "I", "init-script", "max-workers", "console", "warning-mode", "priority",
                    "include-build"},
    .aliases = {{"x", "exclude-task"}, {"p", "project-dir"}, {"b", "build-file"}, {"q", "quiet"},
                {"i", "info"}, {"s", "stacktrace"}, {"g", "gradle-user-home"}},
    .single_dash_long = true,
};

const OptionSpec kMakeSpec{
    .short_values = "CfIloW",
    .long_values = {"directory", "file", "makefile", "include-dir", "load-average", "old-file", "what-if",
                    "jobs", "assume-old", "assume-new", "new-file", "output-sync", "debug", "eval"},
    .aliases = {{"C", "directory"}, {"f", "file"}, {"makefile", "file"}, {"j", "jobs"}, {"k", "keep-going"},
                {"s", "silent"}, {"quiet", "silent"}, {"B", "always-make"}, {"n", "dry-run"},
                {"I", "include-dir"}, {"l", "load-average"}, {"e", "environment-overrides"}},
};

const OptionSpec kGemSpec{
    .short_values = "vinsb",
    .long_values = {"version", "source", "install-dir", "bindir", "platform", "document", "build-root",
                    "clear-sources", "config-file"},
    .aliases = {{"v", "version"}, {"i", "install-dir"}, {"n", "bindir"}, {"s", "source"}, {"N", "no-document"},
                {"V", "verbose"}, {"q", "quiet"}, {"f", "force"}, {"E", "env-shebang"}},
    .has_subcommand = true,
};

const OptionSpec kBundleSpec{
    .short_values = "j",
    .long_values = {"without", "with", "path", "jobs", "retry", "gemfile", "binstubs", "standalone", "shebang",
                    "clean-none", "trust-policy", "target-rbconfig"},
    .aliases = {{"j", "jobs"}},
    .has_subcommand = true,
};

/// `-Dkey=value`, `-Pprofile`: attached values become options named D / P.
void SplitAttached(const std::vector<Word>& words, ToolCall& call) {
  for (Option& o : call.options.Mutable()) {
    const std::string& w = words[o.word].value;
    if ((w.starts_with("-D") || w.starts_with("-P")) && w.size() > 2 && o.value_word == kNoWord) {
      o.name = w.substr(1, 1);
      o.value = w.substr(2);
      o.has_value = true;
    }
  }
}

void ReadMvn(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kMvnSpec, call);
  SplitAttached(words, call);
}

void ReadGradle(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kGradleSpec, call);
  SplitAttached(words, call);
}

/// make: `-j` takes a value only when attached or when the next word is a number; VAR=x are options named
/// after the variable with `=` in front ("=CC").
void ReadMake(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kMakeSpec, call);
  for (Option& o : call.options.Mutable()) {
    if (o.name != "jobs" || o.has_value) continue;
    const std::string& w = words[o.word].value;
    size_t at = w.find('j');
    if (w.starts_with("-") && !w.starts_with("--") && at != std::string::npos && at + 1 < w.size()) {
      o.value = w.substr(at + 1);
      o.has_value = true;
    }
  }
  std::vector<Operand> kept;
  for (size_t k = 0; k < call.operands.size(); ++k) {
    Operand& op = call.operands.Mutable()[k];
    size_t eq = op.value.find('=');
    Option* last_jobs = nullptr;
    for (Option& o : call.options.Mutable()) {
      if (o.name == "jobs" && !o.has_value && o.word + 1 == op.word) last_jobs = &o;
    }
    if (last_jobs && !op.value.empty() && op.value.find_first_not_of("0123456789") == std::string::npos) {
      last_jobs->value = op.value;
      last_jobs->has_value = true;
      last_jobs->value_word = op.word;
    } else if (eq != std::string::npos && eq > 0) {
      Option o;
      o.name = "=";
      o.name.append(op.value, 0, eq);  // append: GCC 12 -O3 misreads "=" + string&& (-Wrestrict)
      o.written = op.value;
      o.value = op.value.substr(eq + 1);
      o.has_value = true;
      o.word = op.word;
      call.options.push_back(std::move(o));
    } else {
      kept.push_back(std::move(op));
    }
  }
  call.operands = std::move(kept);
}

}  // namespace

std::vector<ToolEntry> BuildTools() {
  return {{"bundle", &kBundleSpec, nullptr}, {"cargo", &kCargoSpec, nullptr}, {"gem", &kGemSpec, nullptr},
          {"go", &kGoSpec, nullptr},         {"gradle", &kGradleSpec, ReadGradle}, {"make", &kMakeSpec, ReadMake},
          {"mvn", &kMvnSpec, ReadMvn}};
}

}  // namespace dockopt::shell
