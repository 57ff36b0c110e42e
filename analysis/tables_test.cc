// The package and base-image tables answer the questions the split and the runtime swap ask.
#include <gtest/gtest.h>

#include "analysis/base_images.h"
#include "analysis/packages.h"

namespace dockopt::analysis {
namespace {

TEST(Packages, DevPackageMapsToItsRuntimeLibraryOnBookworm) {
  EXPECT_EQ(RuntimePackagesFor("libpq-dev", {Distro::kDebian, "bookworm"}), std::vector<std::string>{"libpq5"});
  EXPECT_EQ(RuntimePackagesFor("libpq-dev:amd64", {Distro::kDebian, "bookworm"}),
            std::vector<std::string>{"libpq5"});
  EXPECT_TRUE(RuntimePackagesFor("curl", {Distro::kDebian, "bookworm"}).empty());
}

TEST(Packages, CompilersAreBuildTools) {
  EXPECT_TRUE(IsBuildTool("gcc", Distro::kDebian));
  EXPECT_TRUE(IsBuildTool("build-essential", Distro::kDebian));
  EXPECT_FALSE(IsBuildTool("libpq5", Distro::kDebian));
}

TEST(BaseImages, FullPythonImageHasASlimVariantOfTheSameRelease) {
  std::optional<BaseImageFacts> facts = LookupBaseImage("python:3.11");
  ASSERT_TRUE(facts);
  EXPECT_TRUE(facts->toolchain);
  EXPECT_EQ(facts->slim_variant, "python:3.11-slim");
  EXPECT_EQ(facts->os.distro, Distro::kDebian);
  EXPECT_FALSE(LookupBaseImage("registry.example.com/team/app:1")) << "private images are unknown";
}

}  // namespace
}  // namespace dockopt::analysis
