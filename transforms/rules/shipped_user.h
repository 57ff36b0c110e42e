// The non-root user an official image already ships for applications, so DF301 can switch to it
// instead of creating one.
#pragma once

#include <optional>
#include <string>

#include "transforms/rules/base_image.h"

namespace dockopt {

/// "node" on the official node images that have it, "app" on .NET 8+; nullopt when the image ships
/// none or dockopt cannot tell (then DF301 creates its own user, which is right on any image).
std::optional<std::string> ShippedUser(const ImageRef& image);

}  // namespace dockopt
