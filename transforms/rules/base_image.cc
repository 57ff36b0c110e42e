// Base image facts: FROM chains, meta-ARG defaults, image families.
#include "transforms/rules/base_image.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "analysis/base_images.h"
#include "shell/lex.h"

namespace dockopt {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The meta ARGs (ARGs before the first FROM) that have a default, each expanded with the ones above it
// as BuildKit expands them. An empty default counts as none: such an ARG is meant to come from
// --build-arg, so what it holds is unknown; a later ARG of the same name without `=` keeps the value.
shell::EnvMap MetaArgDefaults(const ir::Dockerfile& df, const shell::ExpandOptions& options) {
  shell::EnvMap env;
  for (size_t i : df.meta_args) {
    for (const std::string& word : df.instructions[i].node_args) {
      size_t eq = word.find('=');
      if (eq == std::string::npos) continue;
      std::string name = word.substr(0, eq);
      shell::ExpandResult value = shell::ProcessWord(std::string_view(word).substr(eq + 1), env, options);
      if (value.ok() && value.unset_without_default.empty() && !value.result.empty()) {
        env[name] = std::move(value.result);
      } else {
        env.erase(name);
      }
    }
  }
  return env;
}

// `text` expanded with the meta-ARG defaults, as BuildKit expands a FROM; nullopt when it needs the value
// of an ARG that has none (`${NAME:-x}` and `${NAME:+x}` stand on their own) or does not expand.
std::optional<std::string> Expand(const ir::Dockerfile& df, std::string_view text) {
  // Most FROM words are plain (`python:3.12-slim`, `registry/app@sha256:...`): no quote, escape or
  // variable, so they expand to themselves. The rules ask for every stage, every round.
  if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("._-/:@+").find(c) != std::string_view::npos;
      }))
    return std::string(text);
  shell::ExpandOptions options;
  options.escape = df.escape;
  shell::ExpandResult expanded = shell::ProcessWord(text, MetaArgDefaults(df, options), options);
  if (!expanded.ok() || !expanded.unset_without_default.empty()) return std::nullopt;
  return std::move(expanded.result);
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

std::string ImageRef::Reference() const { return tag.empty() ? name : name + ":" + tag; }

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
  // Jupyter's docker-stacks (base-notebook and the images built on it) end with `USER ${NB_UID}`, jovyan:
  // https://github.com/jupyter/docker-stacks/blob/main/images/docker-stacks-foundation/Dockerfile (2026-12-07).
  if (image.name.starts_with("jupyter/") || image.name.starts_with("quay.io/jupyter/") ||
      image.name.starts_with("docker.io/jupyter/"))
    return true;
  return image.name.starts_with("cgr.dev/") || image.name.find("nginx-unprivileged") != std::string::npos ||
         image.name.starts_with("bitnami/") || image.name.starts_with("docker.io/bitnami/");
}

}  // namespace dockopt
