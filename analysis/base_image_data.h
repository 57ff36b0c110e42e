// The base-image data files (analysis/data/base-images.tsv, os-codenames.tsv, slim-lacks.tsv,
// source-builds.tsv, distro-python.tsv, image-path-dirs.tsv,
// image-programs.tsv, image-commands.tsv), compiled into the binary by analysis/embed_base_image_data.cmake.
#pragma once

#include <string_view>

namespace dockopt::analysis {

/// The text of data file `name` ("base-images.tsv"); empty when there is no such file.
std::string_view BaseImageDataFile(std::string_view name);

}  // namespace dockopt::analysis
