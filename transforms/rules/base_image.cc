// Base image facts: FROM chains, meta-ARG defaults, image families.
#include "transforms/rules/base_image.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "analysis/base_images.h"

namespace dockopt {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The default of meta ARG `name` (ARG before the first FROM), or nullopt.
std::optional<std::string> MetaArg(const ir::Dockerfile& df, std::string_view name) {
  std::optional<std::string> value;
  for (size_t i : df.meta_args) {
    for (const std::string& word : df.instructions[i].node_args) {
      size_t eq = word.find('=');
      if (eq == std::string::npos || std::string_view(word).substr(0, eq) != name) continue;
      std::string v = word.substr(eq + 1);
      if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) v = v.substr(1, v.size() - 2);
      value = v;
    }
  }
  return value;
}

// `${NAME}`, `${NAME:-x}` and `$NAME` replaced by meta-ARG defaults; nullopt when one has none.
std::optional<std::string> Expand(const ir::Dockerfile& df, std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '$') {
      out += text[i];
      continue;
    }
    std::string name, fallback;
    bool has_fallback = false;
    if (i + 1 < text.size() && text[i + 1] == '{') {
      size_t close = text.find('}', i);
      if (close == std::string_view::npos) return std::nullopt;
      std::string_view inner = text.substr(i + 2, close - i - 2);
      size_t dash = inner.find(":-");
      name = std::string(inner.substr(0, dash));
      if (dash != std::string_view::npos) {
        fallback = std::string(inner.substr(dash + 2));
        has_fallback = true;
      }
      i = close;
    } else {
      size_t j = i + 1;
      while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
      name = std::string(text.substr(i + 1, j - i - 1));
      i = j - 1;
    }
    std::optional<std::string> value = MetaArg(df, name);
    if (value && !value->empty()) out += *value;
    else if (has_fallback) out += fallback;
    else return std::nullopt;
  }
  return out;
}

bool NameIs(const ImageRef& image, std::initializer_list<std::string_view> shorts) {
  return std::find(shorts.begin(), shorts.end(), image.Short()) != shorts.end();
}

}  // namespace

std::string_view ImageRef::Short() const {
  std::string_view n = name;
  size_t slash = n.rfind('/');
  return slash == std::string_view::npos ? n : n.substr(slash + 1);
}

int FinalStage(const ir::Dockerfile& df) { return df.stages.empty() ? -1 : static_cast<int>(df.stages.size()) - 1; }

ImageRef BaseImageOf(const ir::Dockerfile& df, int stage) {
  ImageRef ref;
  std::vector<int> seen;
  while (stage >= 0 && std::find(seen.begin(), seen.end(), stage) == seen.end()) {
    seen.push_back(stage);
    const std::string& base = df.stages[static_cast<size_t>(stage)].base;
    int parent = df.FindStage(base);
    if (parent >= 0 && parent < stage) {
      stage = parent;
      continue;
    }
    std::optional<std::string> expanded = Expand(df, base);
    if (!expanded) return ref;
    std::string text = Lower(*expanded);
    text = text.substr(0, text.find('@'));
    size_t colon = text.rfind(':');
    size_t slash = text.rfind('/');
    if (colon != std::string::npos && (slash == std::string::npos || colon > slash)) {
      ref.tag = text.substr(colon + 1);
      text.resize(colon);
    }
    ref.name = text;
    ref.known = !ref.name.empty();
    return ref;
  }
  return ref;
}

BaseFamily FamilyOf(const ImageRef& image) {
  if (!image.known) return BaseFamily::kUnknown;
  if (image.name == "scratch") return BaseFamily::kScratch;
  if (image.name.starts_with("gcr.io/distroless/")) return BaseFamily::kDistroless;
  // The base-image table knows the official images' releases; the rules below cover the rest.
  if (std::optional<analysis::BaseImageFacts> facts =
          analysis::LookupBaseImage(image.tag.empty() ? image.name : image.name + ":" + image.tag)) {
    switch (facts->os.distro) {
      case analysis::Distro::kDebian:
      case analysis::Distro::kUbuntu: return BaseFamily::kDebian;
      case analysis::Distro::kAlpine: return BaseFamily::kAlpine;
      case analysis::Distro::kRedHat: return BaseFamily::kRedHat;
      case analysis::Distro::kDistroless: return BaseFamily::kDistroless;
      case analysis::Distro::kScratch: return BaseFamily::kScratch;
      case analysis::Distro::kUnknown: break;
    }
  }
  if (image.tag.find("alpine") != std::string::npos || image.name.find("alpine") != std::string::npos ||
      NameIs(image, {"busybox"}))
    return BaseFamily::kAlpine;
  if (image.name.find("ubi-minimal") != std::string::npos || image.name.find("ubi-micro") != std::string::npos ||
      image.name.find("-minimal") != std::string::npos || image.name.find("-micro") != std::string::npos)
    return BaseFamily::kUnknown;
  if (NameIs(image, {"fedora", "centos", "rockylinux", "almalinux", "oraclelinux", "ubi8", "ubi9", "ubi"}))
    return BaseFamily::kRedHat;
  // The official images below are built on Debian or Ubuntu unless their tag says otherwise.
  std::string_view name = image.name;
  if (name.starts_with("docker.io/")) name.remove_prefix(10);
  if (name.starts_with("library/")) name.remove_prefix(8);
  // Well-known images of other publishers, built on Debian or Ubuntu.
  for (std::string_view known : {"nvidia/cuda", "tensorflow/tensorflow", "pytorch/pytorch", "continuumio/miniconda",
                                 "continuumio/miniconda3", "continuumio/anaconda", "continuumio/anaconda3"})
    if (name == known) return BaseFamily::kDebian;
  if (name.find('/') != std::string_view::npos && !name.starts_with("mcr.microsoft.com/dotnet/"))
    return BaseFamily::kUnknown;
  if (NameIs(image, {"debian", "ubuntu", "python", "node", "ruby", "golang", "openjdk", "eclipse-temurin", "php",
                     "perl", "rust", "buildpack-deps", "maven", "gradle", "elixir", "erlang", "haskell", "julia",
                     "r-base", "swift", "clojure", "pypy", "java", "tomcat", "aspnet", "runtime", "sdk", "runtime-deps"}))
    return BaseFamily::kDebian;
  return BaseFamily::kUnknown;
}

bool RunsAsNonRoot(const ImageRef& image) {
  if (!image.known) return false;
  if (image.name.starts_with("gcr.io/distroless/") && image.tag.find("nonroot") != std::string::npos) return true;
  return image.name.starts_with("cgr.dev/") || image.name.find("nginx-unprivileged") != std::string::npos ||
         image.name.starts_with("bitnami/") || image.name.starts_with("docker.io/bitnami/");
}

}  // namespace dockopt
