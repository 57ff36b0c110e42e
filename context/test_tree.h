// Test helper (header only): a temporary directory tree that removes itself.
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "ir/test_support.h"

namespace dockopt::context::testing {

class TempTree {
 public:
  TempTree() {
    char tmpl[] = "/tmp/dockopt-context-XXXXXX";
    if (::mkdtemp(tmpl) == nullptr) ADD_FAILURE() << "mkdtemp failed";
    root_ = tmpl;
  }
  ~TempTree() {
    std::error_code ec;
    // Give back permissions a test may have removed, so that cleanup cannot fail.
    for (auto it = std::filesystem::recursive_directory_iterator(root_, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_symlink()) std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                                          std::filesystem::perm_options::add, ec);
    }
    std::filesystem::remove_all(root_, ec);
  }
  TempTree(const TempTree&) = delete;
  TempTree& operator=(const TempTree&) = delete;

  const std::filesystem::path& root() const { return root_; }
  std::string str() const { return root_.string(); }

  void Write(const std::string& rel, const std::string& text) const {
    const auto path = root_ / rel;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  // A sparse file of `bytes` bytes: large on paper, instant to create.
  void Sparse(const std::string& rel, uint64_t bytes) const {
    const auto path = root_ / rel;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path).close();
    std::filesystem::resize_file(path, bytes);
  }
  void Dir(const std::string& rel) const { std::filesystem::create_directories(root_ / rel); }
  void Link(const std::string& target, const std::string& rel) const {
    std::filesystem::create_directories((root_ / rel).parent_path());
    std::filesystem::create_symlink(target, root_ / rel);
  }
  std::string Read(const std::string& rel) const {
    return dockopt::testing::ReadFile(root_ / rel);
  }

  // The seed's layout: ~100 MiB fake .venv, node_modules with `modules` small files, .git, app code.
  void MakeSeed(int modules = 20000) const {
    Write(".venv/pyvenv.cfg", "home = /usr/bin\n");
    Sparse(".venv/lib/python3.11/site-packages/torch/libtorch_cpu.so", 70ull << 20);
    Sparse(".venv/lib/python3.11/site-packages/torch/libtorch_cuda.so", 30ull << 20);
    for (int i = 0; i < modules; ++i)
      Write("frontend/node_modules/pkg" + std::to_string(i % 100) + "/f" + std::to_string(i) + ".js", "x");
    Write(".git/config", "[core]\n");
    Sparse(".git/objects/pack/pack-1.pack", 6ull << 20);
    Write("app/main.py", "print('hello')\n");
    Write("app/api/routes.py", "ROUTES = []\n");
    Write("alembic/env.py", "# migrations\n");
    Write("alembic.ini", "[alembic]\n");
    Write("requirements.txt", "fastapi\n");
    Write("requirements/base.txt", "fastapi\n");
    Write("requirements/production.txt", "-r base.txt\n");
    Write("app/__pycache__/main.cpython-311.pyc", std::string(100, 'p'));
    Write(".dockerignore", "# Good but missing critical entries\n__pycache__/\n*.pyc\n");
    Write("Dockerfile",
          "FROM python:3.11-slim AS builder\n"
          "COPY requirements/base.txt requirements/production.txt ./requirements/\n"
          "COPY requirements.txt ./\n"
          "RUN pip install --prefix=/install -r requirements/production.txt\n"
          "FROM python:3.11-slim AS production\n"
          "COPY --from=builder /install /usr/local\n"
          "COPY app ./app\n"
          "COPY alembic ./alembic\n"
          "COPY alembic.ini ./\n");
  }

 private:
  std::filesystem::path root_;
};

}  // namespace dockopt::context::testing
