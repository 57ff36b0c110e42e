#include "analysis/app_writable.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dockopt::analysis {
namespace {


TEST(AppWritable, RailsServerByItsCommand) {
  std::optional<AppWritable> rails = AppWritableDirs({"bundle", "exec", "rails", "server", "-b", "0.0.0.0"}, nullptr);
  ASSERT_TRUE(rails);
  EXPECT_EQ(rails->framework, "rails");
  EXPECT_EQ(rails->dirs, (std::vector<std::string>{"db", "log", "storage", "tmp"}));
  EXPECT_TRUE(AppWritableDirs({"bin/rails", "s"}, nullptr));
}

TEST(AppWritable, LaravelByArtisan) {
  std::optional<AppWritable> laravel = AppWritableDirs({"php", "artisan", "serve"}, nullptr);
  ASSERT_TRUE(laravel);
  EXPECT_EQ(laravel->dirs, (std::vector<std::string>{"storage", "bootstrap/cache"}));
}

TEST(AppWritable, OtherCommandsWriteNothingKnown) {
  EXPECT_FALSE(AppWritableDirs({"gunicorn", "app:app"}, nullptr));
  EXPECT_FALSE(AppWritableDirs({"puma", "-C", "config/puma.rb"}, nullptr));  // Sinatra runs on puma too
  EXPECT_FALSE(AppWritableDirs({}, nullptr));
}

TEST(AppWritable, AMarkerNamesTheFrameworkOfItsServer) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "dockopt-app-writable-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "config");
  std::ofstream(dir / "config/application.rb") << "module App; end\n";
  context::ContextFiles files(dir.string());
  std::optional<AppWritable> rails = AppWritableDirs({"puma", "-C", "config/puma.rb"}, &files);
  ASSERT_TRUE(rails);
  EXPECT_EQ(rails->framework, "rails");
  EXPECT_FALSE(AppWritableDirs({"node", "server.js"}, &files));  // not one of its servers
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dockopt::analysis
