// libFuzzer target: verify's readers of builder inspect output (verify/image_info.h). The input is
// the inspect JSON, then optionally a NUL byte and `docker history` lines. Invariants: the readers
// never throw and either return an image or an error, never both; buildah's image size is the sum
// of its layer sizes, each given to exactly one history entry; the base lies inside the history.
#include <cstdint>
#include <string>

#include "tests/fuzz/fuzz_check.h"
#include "verify/image_info.h"

namespace {

using dockopt::verify::ImageInfo;

void CheckImage(const ImageInfo& info) {
  FUZZ_CHECK(info.base_name.empty() || info.base_entries < info.history.size(), "the base lies past the history");
  for (const std::string& key : dockopt::verify::OwnEnvKeys(info)) FUZZ_CHECK(!key.empty(), "an empty ENV key");
  for (const auto& layer : info.history) {
    const std::string clean = dockopt::verify::CleanCreatedBy(layer.created_by);
    FUZZ_CHECK(clean.empty() || (clean.front() != ' ' && clean.back() != ' '), "CleanCreatedBy leaves blanks");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  const std::string json = input.substr(0, nul);
  const std::string history = nul == std::string::npos ? std::string() : input.substr(nul + 1);

  std::string error;
  if (auto info = dockopt::verify::ParseBuildahInspect(json, error)) {
    FUZZ_CHECK(error.empty(), "buildah reader returned an image and an error");
    uint64_t layers = 0;
    for (const auto& layer : info->history) layers += layer.size;
    FUZZ_CHECK(layers == info->size, "buildah image size is not the sum of the history's layer sizes");
    CheckImage(*info);
  } else {
    FUZZ_CHECK(!error.empty(), "buildah reader failed without an error");
  }

  error.clear();
  if (auto info = dockopt::verify::ParseDockerInspect(json, history, error)) {
    FUZZ_CHECK(error.empty(), "docker reader returned an image and an error");
    CheckImage(*info);
  } else {
    FUZZ_CHECK(!error.empty(), "docker reader failed without an error");
  }
  return 0;
}
