// Recognizers for curl, wget and git: URLs, output files, clone options.
#include "shell/recognizers.h"

namespace dockopt::shell {

namespace {

const OptionSpec kCurlSpec{
    .short_values = "oHdXAexmwTFbcCuzyYrEKQUtD",
    .long_values = {"output", "header", "data", "data-binary", "data-raw", "data-urlencode", "request",
                    "user-agent", "referer", "proxy", "max-time", "connect-timeout", "retry", "retry-delay",
                    "retry-max-time", "write-out", "upload-file", "form", "cookie", "cookie-jar",
                    "continue-at", "user", "time-cond", "speed-limit", "speed-time", "range", "cert", "cacert",
                    "key", "output-dir", "proto", "proto-redir", "url", "resolve", "interface", "limit-rate",
                    "dump-header", "quote", "config", "oauth2-bearer", "max-filesize", "netrc-file", "stderr",
                    "capath", "ciphers", "expect100-timeout", "happy-eyeballs-timeout-ms", "preproxy", "unix-socket",
                    "telnet-option", "tlsuser", "tlspassword", "ftp-port"},
    .aliases = {{"o", "output"}, {"O", "remote-name"}, {"L", "location"}, {"s", "silent"}, {"S", "show-error"},
                {"f", "fail"}, {"k", "insecure"}, {"H", "header"}, {"d", "data"}, {"X", "request"},
                {"A", "user-agent"}, {"e", "referer"}, {"x", "proxy"}, {"m", "max-time"}, {"w", "write-out"},
                {"T", "upload-file"}, {"F", "form"}, {"b", "cookie"}, {"c", "cookie-jar"}, {"C", "continue-at"},
                {"u", "user"}, {"z", "time-cond"}, {"r", "range"}, {"E", "cert"}, {"K", "config"},
                {"v", "verbose"}, {"I", "head"}, {"J", "remote-header-name"}, {"#", "progress-bar"},
                {"D", "dump-header"}, {"Q", "quote"}, {"g", "globoff"}, {"N", "no-buffer"}, {"q", "disable"}},
};

const OptionSpec kWgetSpec{
    .short_values = "OoPTtUeaiIBDXQl",
    .long_values = {"output-document", "output-file", "directory-prefix", "timeout", "tries", "user-agent",
                    "execute", "append-output", "input-file", "header", "progress", "user", "password",
                    "http-user", "http-password", "ca-certificate", "certificate", "post-data", "post-file",
                    "method", "body-data", "wait", "waitretry", "quota", "limit-rate", "level", "accept",
                    "reject", "domains", "base", "include-directories", "exclude-directories", "cut-dirs",
                    "dns-timeout", "connect-timeout", "read-timeout", "referer", "load-cookies", "save-cookies",
                    "ca-directory", "secure-protocol", "bind-address", "restrict-file-names"},
    .aliases = {{"O", "output-document"}, {"o", "output-file"}, {"P", "directory-prefix"}, {"q", "quiet"},
                {"c", "continue"}, {"T", "timeout"}, {"t", "tries"}, {"U", "user-agent"}, {"e", "execute"},
                {"a", "append-output"}, {"i", "input-file"}, {"v", "verbose"}, {"N", "timestamping"},
                {"r", "recursive"}, {"l", "level"}, {"S", "server-response"}, {"k", "convert-links"},
                {"x", "force-directories"}, {"nv", "no-verbose"}, {"np", "no-parent"}, {"nc", "no-clobber"},
                {"nd", "no-directories"}, {"nH", "no-host-directories"}, {"L", "relative"}, {"Q", "quota"}},
};

const OptionSpec kGitSpec{
    .short_values = "cCbojul",
    .long_values = {"branch", "depth", "origin", "config", "reference", "reference-if-able", "jobs", "filter",
                    "separate-git-dir", "shallow-since", "shallow-exclude", "template", "upload-pack",
                    "git-dir", "work-tree", "namespace", "exec-path", "server-option", "bundle-uri", "message",
                    "author", "date", "format", "pretty"},
    .aliases = {{"b", "branch"}, {"o", "origin"}, {"j", "jobs"}, {"q", "quiet"}, {"v", "verbose"},
                {"n", "no-checkout"}, {"l", "local"}, {"s", "shared"}, {"u", "upload-pack"},
                {"recurse-submodules", "recursive"}},
    .has_subcommand = true,
};

/// wget accepts `-nv`, `-nc`, `-np`, `-nd`, `-nH` as single options, not clusters.
void ReadWget(const std::vector<Word>& words, size_t begin, ToolCall& call) {
  ReadArgs(words, begin, kWgetSpec, call);
  std::vector<Option> merged;
  for (size_t k = 0; k < call.options.size(); ++k) {
    Option& o = call.options.Mutable()[k];
    const std::string& w = words[o.word].value;
    bool two_letter = w.size() == 3 && w[1] == 'n' && (w == "-nv" || w == "-nc" || w == "-np" || w == "-nd" ||
                                                       w == "-nH");
    if (two_letter && k + 1 < call.options.size() && call.options[k + 1].word == o.word) {
      Option one = o;
      one.name = std::string(CanonicalName(kWgetSpec, w.substr(1)));
      one.written = w;
      merged.push_back(std::move(one));
      ++k;
      continue;
    }
    merged.push_back(std::move(o));
  }
  call.options = std::move(merged);
}

}  // namespace

std::vector<ToolEntry> NetTools() {
  return {{"curl", &kCurlSpec, nullptr}, {"git", &kGitSpec, nullptr}, {"wget", &kWgetSpec, ReadWget}};
}

}  // namespace dockopt::shell
