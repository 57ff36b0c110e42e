// Test fixture (tests only): runs the dockopt binary in a temporary directory.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "ir/test_support.h"

namespace dockopt::cli::testing {

namespace fs = std::filesystem;
using dockopt::testing::ReadFile;

struct Outcome {
  int exit_code = -1;
  std::string out, err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/dockopt-cli-XXXXXX";
    dir_ = mkdtemp(pattern);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& text) {
    fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  // Runs `dockopt ARGS` with `stdin_text` on standard input.
  Outcome Dockopt(const std::string& args, const std::string& stdin_text = "") {
    fs::path in = Write(".stdin", stdin_text), out = dir_ / ".stdout", err = dir_ / ".stderr";
    std::string command = std::string(DOCKOPT_BINARY) + " " + args + " <" + in.string() + " >" + out.string() +
                          " 2>" + err.string();
    int status = std::system(command.c_str());
    Outcome run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = ReadFile(out);
    run.err = ReadFile(err);
    return run;
  }
  fs::path dir_;
};

}  // namespace dockopt::cli::testing
