// Reads the build context's sources for facts the flow model cannot see in the Dockerfile: which
// packages a Go program imports, whether a compiled program can make TLS calls.
#include "transforms/rules/split_sources.h"

#include <algorithm>
#include <iterator>

#include "context/context_files.h"

namespace dockopt::split {
namespace {

constexpr size_t kMaxFiles = 2000;  // a larger context is not read (optimize stays fast)

std::optional<std::string> ReadFile(const std::string& dir, std::string_view relative) {
  return context::ContextFiles(dir).Read(relative);
}

bool AnyOf(std::string_view text, std::initializer_list<std::string_view> needles) {
  return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) { return text.find(n) != std::string_view::npos; });
}

// Crates that make TLS connections or link a TLS library; Rust's std has no TLS of its own.
constexpr std::string_view kTlsCrates[] = {
    "\"openssl\"", "\"openssl-sys\"", "\"native-tls\"", "\"rustls\"", "\"tokio-rustls\"", "\"tokio-native-tls\"",
    "\"hyper-tls\"", "\"hyper-rustls\"", "\"reqwest\"", "\"ureq\"", "\"curl\"", "\"curl-sys\"", "\"isahc\"",
    "\"attohttpc\"", "\"surf\"", "\"async-tls\"", "\"async-native-tls\"", "\"boring\"", "\"boring-sys\"",
    "\"mbedtls\"", "\"wolfssl\"", "\"schannel\"", "\"security-framework\"", "\"rustls-native-certs\"",
    "\"openssl-probe\"", "\"webpki\"", "\"ssh2\"", "\"git2\"", "\"postgres-openssl\"", "\"lettre\""};

bool RustRulesOutTls(const std::string& dir) {
  std::optional<std::string> lock = ReadFile(dir, "Cargo.lock");
  if (!lock) return false;
  size_t at = 0;
  while ((at = lock->find("name = ", at)) != std::string::npos) {
    size_t end = lock->find('\n', at);
    std::string_view name = std::string_view(*lock).substr(at + 7, end == std::string::npos ? std::string::npos : end - at - 7);
    if (std::find(std::begin(kTlsCrates), std::end(kTlsCrates), name) != std::end(kTlsCrates)) return false;
    at += 7;
  }
  return true;
}

bool GoRulesOutTls(const std::string& dir) {
  std::optional<std::string> mod = ReadFile(dir, "go.mod");
  if (!mod || mod->find("require") != std::string::npos) return false;
  std::optional<bool> tls =
      SourcesMention(dir, {".go"}, {"\"crypto/tls\"", "\"crypto/x509\"", "\"net/http\"", "\"net/smtp\"", "\"os/exec\""});
  return tls.has_value() && !*tls;
}

bool NativeRulesOutTls(const std::string& dir) {
  std::optional<bool> tls = SourcesMention(
      dir, {".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".hxx", "Makefile", "makefile", "GNUmakefile",
            "CMakeLists.txt", ".cmake", "configure.ac", "meson.build", ".mk"},
      {"openssl", "OpenSSL", "OPENSSL", "gnutls", "GnuTLS", "curl", "CURL", "mbedtls", "wolfssl", "<tls.h>",
       "-lssl", "-ltls", "libssl", "libpq", "-lpq", "mysql", "ldap", "ssh", "grpc", "http", "exec", "popen",
       "system("});
  return tls.has_value() && !*tls;
}

}  // namespace

std::optional<bool> SourcesMention(const std::string& dir, std::initializer_list<std::string_view> suffixes,
                                   std::initializer_list<std::string_view> needles) {
  const context::ContextFiles files(dir);
  if (!files.IsDirectory(".")) return std::nullopt;
  size_t count = 0;
  std::optional<bool> found = false;
  using Step = context::ContextFiles::Step;
  files.Walk([&](const std::string& path, bool directory) {
    const std::string_view name = std::string_view(path).substr(path.rfind('/') + 1);
    if (directory) return name == "vendor" || name == "testdata" || name.starts_with(".") ? Step::kSkip : Step::kContinue;
    bool source = std::any_of(suffixes.begin(), suffixes.end(), [&](std::string_view s) { return name.ends_with(s); });
    if (!source || name.ends_with("_test.go")) return Step::kContinue;
    std::optional<std::string> text = ++count > kMaxFiles ? std::nullopt : files.Read(path);
    if (!text) found = std::nullopt;  // too many files, or one too big to read: not proven
    else if (AnyOf(*text, needles)) found = true;
    return found == false ? Step::kContinue : Step::kStop;
  });
  if (found == false && count == 0) return std::nullopt;
  return found;
}

bool CopyHoldsNoSources(const std::string& context_dir, const std::vector<std::string>& sources) {
  constexpr std::string_view kSuffixes[] = {".go", ".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".hxx", ".rs",
                                            ".java", ".kt", ".scala", ".cs", ".swift", ".zig", ".m", ".s", ".S",
                                            ".cmake", ".mk", ".gradle", ".kts"};
  constexpr std::string_view kBuildFiles[] = {"Makefile", "makefile", "GNUmakefile", "CMakeLists.txt", "meson.build",
                                              "configure", "configure.ac", "go.mod", "go.sum", "Cargo.toml",
                                              "pom.xml", "package.json", "build.xml"};
  auto code = [&](std::string_view name) {
    return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](std::string_view s) { return name.ends_with(s); }) ||
           std::find(std::begin(kBuildFiles), std::end(kBuildFiles), name) != std::end(kBuildFiles);
  };
  if (sources.empty()) return false;
  const context::ContextFiles files(context_dir);
  for (const std::string& source : sources) {
    std::string path = source;
    while (path.starts_with("./")) path.erase(0, 2);
    while (path.ends_with("/")) path.pop_back();
    if (path.empty() || path == "." || path.find_first_of("*?[$\\") != std::string::npos) return false;
    if (files.IsFile(path)) {
      if (code(path.substr(path.rfind('/') + 1))) return false;
      continue;
    }
    if (!files.IsDirectory(path)) return false;
    const context::ContextFiles below(context_dir + "/" + path);
    size_t count = 0;
    bool clean = true;
    below.Walk([&](const std::string& entry, bool directory) {
      if (directory) return context::ContextFiles::Step::kContinue;
      if (++count > kMaxFiles || code(std::string_view(entry).substr(entry.rfind('/') + 1))) clean = false;
      return clean ? context::ContextFiles::Step::kContinue : context::ContextFiles::Step::kStop;
    });
    if (!clean) return false;
  }
  return true;
}

bool ContextRulesOutTls(const std::string& context_dir, const analysis::StageFlow& flow) {
  bool rust = false, go = false, native = false, other = false;
  for (const analysis::InstructionFlow& inst : flow.instructions)
    for (const analysis::CommandFlow& command : inst.commands) {
      if (command.effect.kind != analysis::EffectKind::kBuild) continue;
      const std::string& tool = command.effect.tool;
      rust |= tool == "cargo build";
      go |= tool == "go build";
      bool c = tool.starts_with("make") || tool.starts_with("cmake") || tool == "configure" || tool == "ninja" ||
               tool == "gcc" || tool == "g++" || tool == "cc" || tool == "c++" || tool.starts_with("clang");
      native |= c;
      other |= tool != "cargo build" && tool != "go build" && !c;
    }
  if (other || rust + go + native != 1) return false;  // one language, or unsure
  if (rust) return RustRulesOutTls(context_dir);
  if (go) return GoRulesOutTls(context_dir);
  return NativeRulesOutTls(context_dir);
}

}  // namespace dockopt::split
